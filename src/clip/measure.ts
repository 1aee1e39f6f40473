import { measureText } from '@remotion/layout-utils';
import { FONT_FAMILY } from '../fonts/load-fonts';
import type { MeasureAt } from '../layout/fit-lines';
import type { Measurers } from '../layout/measurers';
import { WEIGHTS } from '../design/tokens';

/** Measured once at this size; widths scale linearly with the font size. */
const REFERENCE_SIZE = 100;

const measurer =
  (fontWeight: number): MeasureAt =>
  (text, fontSize) =>
    (measureText({
      text,
      fontFamily: FONT_FAMILY,
      fontSize: REFERENCE_SIZE,
      fontWeight,
      validateFontIsLoaded: true,
    }).width *
      fontSize) /
    REFERENCE_SIZE;

/** The real font's widths; only valid once loadFonts() has resolved. */
export const browserMeasurers = (): Measurers => ({
  headline: measurer(WEIGHTS.extraBold),
  caption: measurer(WEIGHTS.bold),
  label: measurer(WEIGHTS.semiBold),
});
