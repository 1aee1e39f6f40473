/** A #RRGGBB theme colour at `alpha` (0 to 1), as the #RRGGBBAA that CSS gradients take. Pure. */
export const withAlpha = (color: string, alpha: number): string =>
  `${color}${Math.round(alpha * 255)
    .toString(16)
    .padStart(2, '0')}`;
