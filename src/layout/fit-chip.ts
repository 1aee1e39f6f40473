import type { Measurers } from './measurers';
import { TYPE } from '../design/tokens';

/** Largest chip size, up to TYPE.chipFontSize, at which name and position fit `maxWidth`. */
export const fitChip = (name: string, position: string, maxWidth: number, measure: Measurers): number => {
  const perPixel = measure.label(name, 1) + measure.headline(position, 1) + 2 * TYPE.chipPaddingXEm + TYPE.chipGapEm;
  return Math.max(TYPE.chipMinFontSize, Math.min(TYPE.chipFontSize, Math.floor(maxWidth / perPixel)));
};
