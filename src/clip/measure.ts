import { measureText } from '@remotion/layout-utils';
import { FONT_FAMILY } from '../fonts/load-fonts';
import type { MeasureAt } from '../layout/fit-lines';
import type { Measurers } from '../layout/measurers';
import { WEIGHTS } from '../design/tokens';

/** Measured once at this size; widths scale linearly with the font size. */
const REFERENCE_SIZE = 100;

const measurer =
  (fontFamily: string, fontWeight: number): MeasureAt =>
  (text, fontSize) =>
    (measureText({
      text,
      fontFamily,
      fontSize: REFERENCE_SIZE,
      fontWeight,
      validateFontIsLoaded: true,
    }).width *
      fontSize) /
    REFERENCE_SIZE;

/**
 * The real fonts' widths, headlines and captions in the display family (the brand font, with
 * Pretendard for what it lacks) and labels in Pretendard; only valid once loadFonts() has resolved.
 */
export const browserMeasurers = (display: string): Measurers => ({
  headline: measurer(display, WEIGHTS.extraBold),
  caption: measurer(display, WEIGHTS.bold),
  label: measurer(FONT_FAMILY, WEIGHTS.semiBold),
});
