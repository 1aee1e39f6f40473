import type { MeasureAt } from '../../src/layout/fit-lines';
import type { Measurers } from '../../src/layout/measurers';

/**
 * A stand-in for the browser's text metrics, close to Pretendard's: Hangul about 0.92 em, Latin and
 * digits about 0.56 em, a space 0.26 em.
 */
export const fakeMeasureAt: MeasureAt = (text, fontSize) =>
  Array.from(text).reduce((sum, ch) => {
    if (/\s/u.test(ch)) return sum + 0.26;
    if (/[\p{Script=Hangul}\p{Extended_Pictographic}]/u.test(ch)) return sum + 0.92;
    return sum + 0.56;
  }, 0) * fontSize;

export const fakeMeasurers: Measurers = {
  headline: fakeMeasureAt,
  caption: fakeMeasureAt,
  label: fakeMeasureAt,
};
