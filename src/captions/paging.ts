import { balancedLines, CONTINUATION, greedyLines, type LineLimits, overwideWords, tokenize } from './layout';

export type PagingLimits = LineLimits & {
  /** Korean subtitle rule: at most 2 lines a page. */
  maxLines: number;
};

export type CaptionPage = {
  /** Words of each line; the last word of a continued page carries the `…`. */
  lines: string[][];
  /** Index of the point (sentence) the page belongs to. */
  pointIndex: number;
  /** The sentence goes on on the next page. */
  continues: boolean;
};

export class WordTooWideError extends Error {
  constructor(
    public readonly pointIndex: number,
    public readonly words: string[],
  ) {
    super(
      `point ${pointIndex + 1} has ${words.length === 1 ? 'a word' : 'words'} too wide for a caption line: ${words.map((w) => `"${w}"`).join(', ')}. Add a space or shorten it.`,
    );
  }
}

const withContinuation = (words: string[]): string[] =>
  words.map((w, i) => (i === words.length - 1 ? w + CONTINUATION : w));

const fitsPage = (words: string[], limits: PagingLimits): boolean =>
  greedyLines(words, limits).length <= limits.maxLines;

/**
 * Splits one sentence into pages of at most `maxLines` lines. A page that does not finish the
 * sentence ends with `…`, whose width is counted when deciding what fits.
 */
export const pageSentence = (sentence: string, pointIndex: number, limits: PagingLimits): CaptionPage[] => {
  const tooWide = overwideWords(sentence, limits);
  if (tooWide.length > 0) {
    throw new WordTooWideError(pointIndex, tooWide);
  }
  const chunks: string[][] = [];
  let rest = tokenize(sentence);
  while (rest.length > 0) {
    if (fitsPage(rest, limits)) {
      chunks.push(rest);
      break;
    }
    let take = 1;
    while (take + 1 < rest.length && fitsPage(withContinuation(rest.slice(0, take + 1)), limits)) {
      take++;
    }
    chunks.push(rest.slice(0, take));
    rest = rest.slice(take);
  }
  evenLastPages(chunks, limits);
  return chunks.map((words, i) => {
    const continues = i < chunks.length - 1;
    return {
      lines: balancedLines(continues ? withContinuation(words) : words, limits),
      pointIndex,
      continues,
    };
  });
};

/**
 * Greedy filling can leave a sentence's last page with a lone word. Move words from the page
 * before while that makes the two more even and both still fit.
 */
const evenLastPages = (chunks: string[][], limits: PagingLimits): void => {
  if (chunks.length < 2) {
    return;
  }
  const width = (words: string[]) => limits.measure(words.join(' '));
  const before = chunks.length - 2;
  const last = chunks.length - 1;
  while (chunks[before].length > 1) {
    const prev = chunks[before].slice(0, -1);
    const next = [chunks[before][chunks[before].length - 1], ...chunks[last]];
    const evener = Math.abs(width(prev) - width(next)) < Math.abs(width(chunks[before]) - width(chunks[last]));
    if (!evener || !fitsPage(withContinuation(prev), limits) || !fitsPage(next, limits)) {
      return;
    }
    chunks[before] = prev;
    chunks[last] = next;
  }
};

export const pagePoints = (points: string[], limits: PagingLimits): CaptionPage[] =>
  points.flatMap((point, i) => pageSentence(point, i, limits));

export const pageText = (page: CaptionPage): string => page.lines.map((line) => line.join(' ')).join(' ');
