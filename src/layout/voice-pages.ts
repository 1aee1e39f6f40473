import { pagePoints } from '../captions/paging';
import type { TimedPage } from '../captions/timing';
import {
  overlapWarnings,
  pagePhrases,
  shortPageWarnings,
  spreadOverVoice,
  timeVoicePages,
} from '../captions/voice-timing';
import { fitCaptionPages } from './caption-pages';
import type { MeasureAt } from './fit-lines';
import type { ResolvedVoice } from './takeaway-plan';

/**
 * Pages timed by the voice: the captions file's phrases re-paged by our rules, or, without one, the
 * points spread over the voice's length (with a warning, since the highlight then only guesses).
 */
export const pageVoice = (
  points: string[],
  voice: ResolvedVoice,
  width: number,
  caption: MeasureAt,
  field: string,
): { fontSize: number; pages: TimedPage[]; warnings: string[] } => {
  const { phrases } = voice;
  if (!phrases) {
    const fitted = fitCaptionPages(
      width,
      caption,
      (limits) => {
        const pages = pagePoints(points, limits);
        return timeVoicePages(pages, spreadOverVoice(pages, voice.durationMs), voice.durationMs);
      },
      (error) => `${field}.points[${error.pointIndex}]`,
    );
    return {
      ...fitted,
      warnings: [
        `${field}: no captions file, so the points are spread over the voiceover's ${(voice.durationMs / 1000).toFixed(1)} s; the highlight follows the text, not the voice. Add \`captions\` (an .srt or Whisper-style .json) for word timing.`,
      ],
    };
  }
  const fitted = fitCaptionPages(
    width,
    caption,
    (limits) => {
      const { pages, times } = pagePhrases(phrases, limits);
      return timeVoicePages(pages, times, voice.durationMs);
    },
    (error) => `${field}.captions (${voice.captionsFile}) ${phrases[error.pointIndex].source}`,
  );
  const where = `${field}.captions (${voice.captionsFile})`;
  return { ...fitted, warnings: [...overlapWarnings(phrases, where), ...shortPageWarnings(fitted.pages, where)] };
};
