/**
 * A theme colour at `alpha` (0 to 1). A brand's colours may be written in any CSS form the schema
 * accepts (#hex of any length, rgb(), hsl(), a name), so the browser mixes them. Pure.
 */
export const withAlpha = (color: string, alpha: number): string =>
  `color-mix(in srgb, ${color} ${alpha * 100}%, transparent)`;
