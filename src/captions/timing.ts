import { type Caption, createTikTokStyleCaptions, type TikTokToken } from '@remotion/captions';
import { type CaptionPage, pageText } from './paging';

export const READING = {
  /** Korean subtitle rule: never faster than 12 characters a second. */
  maxCharsPerSecond: 12,
  /** We aim a little slower than the limit: captions here are read, not listened to. */
  targetCharsPerSecond: 10,
  /** A page shorter than this flashes by. */
  minPageMs: 1000,
  /** A page longer than this looks frozen. */
  maxPageMs: 7000,
} as const;

/** Characters a viewer reads: everything but whitespace, counted by code point. */
export const readingChars = (text: string): number => Array.from(text.replace(/\s+/gu, '')).length;

export const pageDurationMs = (page: CaptionPage): number => {
  const ms = (readingChars(pageText(page)) / READING.targetCharsPerSecond) * 1000;
  return Math.round(Math.min(READING.maxPageMs, Math.max(READING.minPageMs, ms)));
};

export type TimedWord = { text: string; startMs: number; endMs: number };

/**
 * Spreads a span of time over words in proportion to their length, as a reader's eye or a
 * speaker's voice roughly does; +1 so short particles and numbers still get a visible moment.
 */
export const spreadOverWords = (words: string[], startMs: number, endMs: number): TimedWord[] => {
  const weights = words.map((w) => readingChars(w) + 1);
  const total = weights.reduce((a, b) => a + b, 0);
  let elapsed = 0;
  return words.map((text, i) => {
    const from = startMs + Math.round((elapsed / total) * (endMs - startMs));
    elapsed += weights[i];
    return { text, startMs: from, endMs: startMs + Math.round((elapsed / total) * (endMs - startMs)) };
  });
};

/** Reading-speed times for the pages, back to back from `startMs`, one entry per word. */
export const readingTimes = (pages: CaptionPage[], startMs = 0): TimedWord[] => {
  let pageStart = startMs;
  return pages.flatMap((page) => {
    const duration = pageDurationMs(page);
    const words = spreadOverWords(page.lines.flat(), pageStart, pageStart + duration);
    pageStart += duration;
    return words;
  });
};

/**
 * One Caption per word of the pages, timed by `times` (one entry per word, in order). Every word
 * starts with a space: createTikTokStyleCaptions only opens a page at a token that does, and
 * `pageBreakAfter` ends each of our measured pages exactly where the paging put it.
 */
export const pagesToCaptions = (pages: CaptionPage[], times: TimedWord[] = readingTimes(pages)): Caption[] => {
  const words = pages.flatMap((page) =>
    page.lines.flat().map((word, i, all) => ({ word, last: i === all.length - 1 })),
  );
  if (words.length !== times.length) {
    throw new Error(`Expected a time for each of the ${words.length} caption words, got ${times.length}`);
  }
  return words.map(({ word, last }, i) => ({
    text: ` ${word}`,
    startMs: times[i].startMs,
    endMs: times[i].endMs,
    timestampMs: Math.round((times[i].startMs + times[i].endMs) / 2),
    confidence: null,
    ...(last ? { pageBreakAfter: true } : {}),
  }));
};

export type TimedPage = CaptionPage & {
  startMs: number;
  durationMs: number;
  /** The page's tokens, split into its lines. */
  tokenLines: TikTokToken[][];
};

/**
 * Pages with their times: by reading speed from `startMs`, or by `times` (one per word) when a
 * voice sets the pace. A page lasts until the next one starts.
 */
export const timePages = (
  pages: CaptionPage[],
  startMs = 0,
  times: TimedWord[] = readingTimes(pages, startMs),
): TimedPage[] => {
  const { pages: tiktok } = createTikTokStyleCaptions({
    captions: pagesToCaptions(pages, times),
    // Pages are already measured: only our pageBreakAfter marks may start a new one.
    combineTokensWithinMilliseconds: Number.POSITIVE_INFINITY,
  });
  if (tiktok.length !== pages.length) {
    throw new Error(`Expected ${pages.length} caption pages, got ${tiktok.length}`);
  }
  return pages.map((page, i) => {
    const tokens = tiktok[i].tokens;
    let offset = 0;
    const tokenLines = page.lines.map((line) => {
      const slice = tokens.slice(offset, offset + line.length);
      offset += line.length;
      return slice;
    });
    return { ...page, startMs: tiktok[i].startMs, durationMs: tiktok[i].durationMs, tokenLines };
  });
};

export const totalDurationMs = (pages: TimedPage[]): number =>
  pages.length === 0 ? 0 : pages[pages.length - 1].startMs + pages[pages.length - 1].durationMs - pages[0].startMs;
