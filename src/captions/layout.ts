/**
 * Line breaking for Korean text: break only at spaces, so a Korean word (eojeol) with its
 * particles, and tokens like `GPT-4` or `구글/메타/애플`, always stay whole. Pure: widths come from
 * a measure function (the real font in the browser, a stand-in in unit tests).
 */

/** Width in pixels of a piece of text set in one font at one size. */
export type Measure = (text: string) => number;

export type LineLimits = {
  measure: Measure;
  maxLineWidth: number;
  /** The Netflix Korean rule: 16 a line, Latin letters, spaces and punctuation counting half. */
  maxLineChars: number;
};

/** U+2026 marks a sentence that continues on the next page (not `...` or a dash). */
export const CONTINUATION = '…';

export const tokenize = (text: string): string[] => text.trim().split(/\s+/u).filter(Boolean);

const FULL_WIDTH =
  /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Extended_Pictographic}\u3000-\u303f\uff00-\uffef]/u;

/** Characters by the subtitle rule: full-width (Hangul, CJK, emoji) count 1, everything else ½. */
export const displayLength = (text: string): number =>
  Array.from(text).reduce((sum, ch) => sum + (FULL_WIDTH.test(ch) ? 1 : 0.5), 0);

export const lineFits = (text: string, limits: LineLimits): boolean =>
  limits.measure(text) <= limits.maxLineWidth && displayLength(text) <= limits.maxLineChars;

/** Greedy fill: as many words on a line as fit. A word too wide for any line gets a line alone. */
export const greedyLines = (words: string[], limits: LineLimits): string[][] => {
  const lines: string[][] = [];
  let current: string[] = [];
  for (const word of words) {
    const candidate = [...current, word];
    if (current.length === 0 || lineFits(candidate.join(' '), limits)) {
      current = candidate;
    } else {
      lines.push(current);
      current = [word];
    }
  }
  if (current.length > 0) {
    lines.push(current);
  }
  return lines;
};

/**
 * The fewest lines the words need, then the break points that make the widest line as narrow as
 * possible, so a page or a headline never ends on a lone word when an even split exists.
 */
export const balancedLines = (words: string[], limits: LineLimits): string[][] => {
  const greedy = greedyLines(words, limits);
  const lineCount = greedy.length;
  if (lineCount < 2) {
    return greedy;
  }
  const width = (from: number, to: number) => limits.measure(words.slice(from, to).join(' '));
  const fits = (from: number, to: number) => lineFits(words.slice(from, to).join(' '), limits);
  // best[k][i]: the narrowest widest line for words[i..] set in k lines, with where the first line ends.
  const best: Array<Array<{ widest: number; end: number } | null>> = [];
  for (let k = 1; k <= lineCount; k++) {
    best[k] = [];
    for (let i = 0; i < words.length; i++) {
      let choice: { widest: number; end: number } | null = null;
      const lastEnd = k === 1 ? words.length : words.length - (k - 1);
      for (let end = k === 1 ? words.length : i + 1; end <= lastEnd; end++) {
        if (!fits(i, end)) break;
        const rest = k === 1 ? { widest: 0 } : best[k - 1][end];
        if (!rest) continue;
        const widest = Math.max(width(i, end), rest.widest);
        if (!choice || widest < choice.widest) choice = { widest, end };
      }
      best[k][i] = choice;
    }
  }
  const lines: string[][] = [];
  let start = 0;
  for (let k = lineCount; k >= 1; k--) {
    const choice = best[k][start];
    if (!choice) return greedy;
    lines.push(words.slice(start, choice.end));
    start = choice.end;
  }
  return lines;
};

/**
 * Words that cannot fit a line on their own. Any word but the sentence's last may have to end a
 * continued page, so it must fit with the continuation mark too.
 */
export const overwideWords = (text: string, limits: LineLimits): string[] => {
  const words = tokenize(text);
  return words.filter((word, i) => !lineFits(i === words.length - 1 ? word : word + CONTINUATION, limits));
};
