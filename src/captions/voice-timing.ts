/**
 * Caption pages paced by a voice instead of by reading speed. Pure: the voice's length and the
 * phrases from its captions file come in, timed pages come out.
 */
import type { Phrase } from './import';
import { type CaptionPage, type PagingLimits, pageSentence, pageText } from './paging';
import { READING, readingTimes, type TimedPage, timePages, type TimedWord } from './timing';

/** Pages each phrase by our Korean rules (a long cue becomes several pages); words keep their spoken times. */
export const pagePhrases = (phrases: Phrase[], limits: PagingLimits): { pages: CaptionPage[]; times: TimedWord[] } => ({
  pages: phrases.flatMap((phrase, i) => pageSentence(phrase.words.map((w) => w.text).join(' '), i, limits)),
  times: phrases.flatMap((phrase) => phrase.words),
});

/** Reading-speed times stretched or squeezed to the voice's length: no captions file, so no real timings. */
export const spreadOverVoice = (pages: CaptionPage[], durationMs: number): TimedWord[] => {
  const times = readingTimes(pages);
  const scale = durationMs / times[times.length - 1].endMs;
  return times.map((t) => ({
    text: t.text,
    startMs: Math.round(t.startMs * scale),
    endMs: Math.round(t.endMs * scale),
  }));
};

/**
 * Times the pages by their words, then lets them cover the whole voice: the first page is up from
 * the body's first frame (reading a moment ahead of the voice is fine) and the last stays to its end.
 */
export const timeVoicePages = (pages: CaptionPage[], times: TimedWord[], durationMs: number): TimedPage[] => {
  const timed = timePages(pages, 0, times);
  const first = timed[0];
  first.durationMs += first.startMs;
  first.startMs = 0;
  const last = timed[timed.length - 1];
  last.durationMs = Math.max(last.durationMs, durationMs - last.startMs);
  return timed;
};

/** Pages on screen for less than the reading minimum: the voice outpaces the captions there. */
export const shortPageWarnings = (pages: TimedPage[], field: string): string[] =>
  pages
    .filter((page) => page.durationMs < READING.minPageMs)
    .map(
      (page) =>
        `${field}: the caption page "${pageText(page)}" is on screen for ${(page.durationMs / 1000).toFixed(2)} s, under the ${READING.minPageMs / 1000} s a viewer needs to read it; slow down there or shorten the cue`,
    );

/** Phrases that start before the one before has ended: the end of the earlier one is never highlighted. */
export const overlapWarnings = (phrases: Phrase[], field: string): string[] =>
  phrases.slice(1).flatMap((phrase, i) => {
    const before = phrases[i];
    const overlapMs = before.words[before.words.length - 1].endMs - phrase.words[0].startMs;
    return overlapMs > 0
      ? [
          `${field}: ${phrase.source} starts ${overlapMs} ms before ${before.source} ends; its page replaces the earlier one, whose last words are never highlighted`,
        ]
      : [];
  });
