import * as fontkit from 'fontkit';
import { fileURLToPath } from 'node:url';
import type { MeasureAt } from '../../src/layout/fit-lines';
import type { Measurers } from '../../src/layout/measurers';

/** The Pretendard weights a clip draws with, read from the package's font files. */
export const pretendard = (weight: 'SemiBold' | 'Bold' | 'ExtraBold'): fontkit.Font =>
  fontkit.openSync(
    fileURLToPath(
      new URL(`../../node_modules/pretendard/dist/public/static/Pretendard-${weight}.otf`, import.meta.url),
    ),
  ) as fontkit.Font;

/** Widths as the browser lays the text out in this font: shaped, with kerning; remembered per text, as layout is slow. */
export const fontMeasure = (font: fontkit.Font): MeasureAt => {
  const ems = new Map<string, number>();
  return (text, fontSize) => {
    let em = ems.get(text);
    if (em === undefined) {
      em = font.layout(text).advanceWidth / font.unitsPerEm;
      ems.set(text, em);
    }
    return em * fontSize;
  };
};

/** The real font's widths in the weights a clip uses, without a browser. */
export const fontMeasurers = (): Measurers => ({
  headline: fontMeasure(pretendard('ExtraBold')),
  caption: fontMeasure(pretendard('Bold')),
  label: fontMeasure(pretendard('SemiBold')),
});
