/**
 * Whether a drafted headline, point or title passes the same layout checks `render:issue` runs
 * (the hook, the captions and the recap in every layout: each platform's and the one both share;
 * the cover), measured with a stand-in for Pretendard that is never narrower than the real font,
 * so a draft that passes here passes there. tests/unit/extract-corpus.test.ts proves the stand-in
 * conservative against the font files.
 *
 * Pure: no React, no Node.
 */
import { overwideWords } from '../captions/layout';
import { captionLineWidth } from '../layout/caption-pages';
import type { MeasureAt } from '../layout/fit-lines';
import { planCover } from '../layout/cover-plan';
import type { Measurers } from '../layout/measurers';
import { planRecap } from '../layout/recap-plan';
import { planTakeawayClip } from '../layout/takeaway-plan';
import { TYPE } from '../design/tokens';
import { LAYOUT_IDS, LAYOUTS, safeRect } from '../platforms';
import type { Issue } from '../schema';

/**
 * Advance widths in em of the printable ASCII characters (U+0020 to U+007E), the widest of
 * Pretendard's SemiBold, Bold and ExtraBold (the weights a clip uses), rounded up to 0.01 em.
 */
const ASCII_EM = [
  0.24, 0.33, 0.38, 0.64, 0.64, 1, 0.67, 0.2, 0.41, 0.41, 0.57, 0.67, 0.3, 0.46, 0.3, 0.39, 0.69, 0.48, 0.62, 0.65,
  0.67, 0.64, 0.66, 0.59, 0.66, 0.66, 0.3, 0.3, 0.67, 0.67, 0.67, 0.56, 0.88, 0.75, 0.65, 0.74, 0.71, 0.6, 0.57, 0.75,
  0.73, 0.28, 0.56, 0.68, 0.55, 0.9, 0.72, 0.77, 0.63, 0.77, 0.64, 0.64, 0.66, 0.71, 0.75, 1.03, 0.71, 0.72, 0.66, 0.41,
  0.39, 0.41, 0.48, 0.47, 0.48, 0.57, 0.62, 0.58, 0.62, 0.59, 0.38, 0.62, 0.62, 0.28, 0.28, 0.58, 0.28, 0.9, 0.62, 0.6,
  0.62, 0.62, 0.41, 0.56, 0.39, 0.62, 0.58, 0.84, 0.57, 0.58, 0.57, 0.41, 0.38, 0.41, 0.67,
];
/** Pretendard draws every Hangul syllable and jamo 0.8643 em wide in every weight. */
const HANGUL_EM = 0.87;
/** Anything else (CJK, symbols, emoji from Noto Color Emoji at about 1.25 em): wider than any of them. */
const OTHER_EM = 1.3;
const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/u;

export const estimateWidth: MeasureAt = (text, fontSize) => {
  let em = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    em += code >= 0x20 && code <= 0x7e ? ASCII_EM[code - 0x20] : HANGUL.test(ch) ? HANGUL_EM : OTHER_EM;
  }
  return em * fontSize;
};

const ESTIMATE: Measurers = { headline: estimateWidth, caption: estimateWidth, label: estimateWidth };

/** Stands in for the parts of a draft a check does not look at. */
const FILLER_POINT = '짧은 문장입니다.';

/** Whether the hook and the recap in every layout, and the cover, take this title and headline. */
const fits = ({ title = '제목', headline = '제목' }: { title?: string; headline?: string }): boolean => {
  const issue: Issue = {
    newsletter: { name: '뉴스레터' },
    title,
    takeaways: [{ headline, points: [FILLER_POINT] }],
  };
  try {
    for (const platform of LAYOUT_IDS) {
      planTakeawayClip({ issue, takeaway: 1, platform }, ESTIMATE);
      planRecap({ issue, platform }, ESTIMATE);
    }
    planCover({ issue, takeaway: 1 }, ESTIMATE);
    return true;
  } catch {
    return false;
  }
};

export const headlineFits = (headline: string): boolean => fits({ headline });

export const titleFits = (title: string): boolean => fits({ title });

/**
 * Whether the captions take this point in every layout: paging refuses only a word too wide for a
 * caption line at the smallest caption size, so that is the check (the full paging is slow).
 */
export const pointFits = (point: string): boolean =>
  LAYOUT_IDS.every((platform) => {
    const width = safeRect(LAYOUTS[platform]).width - 2 * TYPE.inset;
    const size = TYPE.captionMinFontSize;
    return (
      overwideWords(point, {
        measure: (text) => captionLineWidth(text, size, estimateWidth),
        maxLineWidth: width,
        maxLineChars: TYPE.captionMaxLineChars,
      }).length === 0
    );
  });
