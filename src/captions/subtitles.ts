/**
 * Subtitles as shown: one SRT cue per caption page, its lines broken where the page breaks them,
 * timed on the clip's own clock. Pure; serialised with @remotion/captions.
 */
import { type Caption, serializeSrt } from '@remotion/captions';
import type { TimedPage } from './timing';

/**
 * Word-level Captions of the pages, shifted by `offsetMs` (where the captions start in the clip).
 * The first word of a page has no leading space and a page's second line starts with a line break,
 * so the serialised cue reads exactly like the page.
 */
export const subtitleCaptions = (pages: TimedPage[], offsetMs: number): Caption[] =>
  pages.flatMap((page) =>
    page.tokenLines.flatMap((line, lineIndex) =>
      line.map((token, i): Caption => {
        const word = token.text.trim();
        const isLastOfPage = lineIndex === page.tokenLines.length - 1 && i === line.length - 1;
        return {
          text: i > 0 ? ` ${word}` : lineIndex > 0 ? `\n${word}` : word,
          startMs: Math.round(token.fromMs + offsetMs),
          endMs: Math.round(token.toMs + offsetMs),
          timestampMs: Math.round((token.fromMs + token.toMs) / 2 + offsetMs),
          confidence: null,
          ...(isLastOfPage ? { pageBreakAfter: true } : {}),
        };
      }),
    ),
  );

/**
 * One Caption per page, lasting exactly as long as the page is on screen: with a voice a page can
 * go up before its first word is spoken and stay through a pause, and the SRT says what is shown.
 */
export const shownCaptions = (pages: TimedPage[], offsetMs: number): Caption[] =>
  pages.map((page) => {
    const startMs = Math.round(page.startMs + offsetMs);
    const endMs = Math.round(page.startMs + page.durationMs + offsetMs);
    return {
      text: page.tokenLines.map((line) => line.map((token) => token.text.trim()).join(' ')).join('\n'),
      startMs,
      endMs,
      timestampMs: Math.round((startMs + endMs) / 2),
      confidence: null,
      pageBreakAfter: true,
    };
  });

export const toSrt = (captions: Caption[]): string => `${serializeSrt({ lines: [captions] })}\n`;
