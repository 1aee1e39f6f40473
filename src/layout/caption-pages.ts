import { type PagingLimits, pagePoints, WordTooWideError } from '../captions/paging';
import { type TimedPage, timePages } from '../captions/timing';
import type { MeasureAt } from './fit-lines';
import { TYPE } from '../design/tokens';

/** Caption line width as drawn: each word is its own padded box, with no space glyphs between. */
export const captionLineWidth = (line: string, fontSize: number, caption: MeasureAt): number =>
  line
    .split(' ')
    .filter(Boolean)
    .reduce((sum, word) => sum + caption(word, fontSize) + 2 * TYPE.captionWordPaddingEm * fontSize, 0);

/**
 * Pages at the largest caption size, from TYPE.captionFontSize down to TYPE.captionMinFontSize, at
 * which every word fits a line whole (Korean words never split). `where` names the text at fault.
 */
export const fitCaptionPages = (
  width: number,
  caption: MeasureAt,
  page: (limits: PagingLimits) => TimedPage[],
  where: (error: WordTooWideError) => string,
): { fontSize: number; pages: TimedPage[] } => {
  let lastError: WordTooWideError | null = null;
  for (let fontSize = TYPE.captionFontSize; fontSize >= TYPE.captionMinFontSize; fontSize -= 2) {
    const limits: PagingLimits = {
      measure: (text) => captionLineWidth(text, fontSize, caption),
      maxLineWidth: width,
      maxLineChars: TYPE.captionMaxLineChars,
      maxLines: TYPE.captionMaxLines,
    };
    try {
      return { fontSize, pages: page(limits) };
    } catch (error) {
      if (!(error instanceof WordTooWideError)) {
        throw error;
      }
      lastError = error;
    }
  }
  const error = lastError as WordTooWideError;
  throw new Error(
    `${where(error)}: ${error.message} (measured at the minimum caption size of ${TYPE.captionMinFontSize} px)`,
  );
};

/** The points paged and timed at reading speed. */
export const pageCaptions = (
  points: string[],
  width: number,
  caption: MeasureAt,
  field: string,
): { fontSize: number; pages: TimedPage[] } =>
  fitCaptionPages(
    width,
    caption,
    (limits) => timePages(pagePoints(points, limits)),
    (error) => `${field}.points[${error.pointIndex}]`,
  );
