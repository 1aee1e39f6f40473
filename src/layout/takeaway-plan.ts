/**
 * Where everything of a TakeawayClip goes and when: sizes from the real font's measurements,
 * positions from the platform's safe zone, times from the text. Pure (the measure function is
 * passed in), so the Studio, the renderer and the unit tests all get the same plan.
 */
import { type Interval, speechIntervals } from '../audio/mix';
import type { Phrase } from '../captions/import';
import { type TimedPage, totalDurationMs } from '../captions/timing';
import { checkDuration, LAYOUTS, type PlatformPreset, type Rect, safeRect, secondsToFrames } from '../platforms';
import type { TakeawayClipProps } from '../schema';
import { pageCaptions } from './caption-pages';
import { fitHeaderRow, type Size } from './fit-chip';
import { fitHeadline } from './fit-headline';
import { type FittedText, fitLines } from './fit-lines';
import type { Measurers } from './measurers';
import { type OutroText, outroText } from './outro-text';
import { HEADER, TIMELINE, TYPE } from '../design/tokens';
import { pageVoice } from './voice-pages';

/** A takeaway's voiceover as calculateMetadata found it: its length from the file, its timings from the captions file. */
export type ResolvedVoice = {
  /** Under assets/, as in the issue file. */
  src: string;
  durationMs: number;
  /** The captions file's phrases; null when the takeaway has no captions file. */
  phrases: Phrase[] | null;
  /** The captions file, for messages. */
  captionsFile: string | null;
};

export type TakeawayPlan = {
  platform: PlatformPreset;
  safe: Rect;
  hook: FittedText;
  topic: FittedText;
  pages: TimedPage[];
  position: string;
  chipFontSize: number;
  /** The brand's logo at the header row's right end. */
  logo: Rect | null;
  outro: OutroText;
  captionFontSize: number;
  captionWidth: number;
  hookFrames: number;
  bodyFrames: number;
  outroFrames: number;
  durationInFrames: number;
  voice: ResolvedVoice | null;
  /** Where the voice speaks, in clip time: the music ducks there. */
  speech: Interval[];
  /** Things the author should know that do not stop the render. */
  warnings: string[];
};

export const planTakeawayClip = (
  { issue, takeaway, platform }: Pick<TakeawayClipProps, 'issue' | 'takeaway' | 'platform'>,
  measure: Measurers,
  voice: ResolvedVoice | null = null,
  logo: Size | null = null,
): TakeawayPlan => {
  const preset = LAYOUTS[platform];
  const safe = safeRect(preset);
  const field = `issue.takeaways[${takeaway - 1}]`;
  const item = issue.takeaways[takeaway - 1];
  const textWidth = safe.width - 2 * TYPE.inset;

  const hook = fitHeadline({
    field: `${field}.headline`,
    place: `the hook on ${preset.label}`,
    text: item.headline,
    measure: measure.headline,
    maxWidth: textWidth,
    maxLines: TYPE.hookMaxLines,
    maxFontSize: TYPE.hookMaxFontSize,
    minFontSize: TYPE.hookMinFontSize,
  });
  const topic =
    fitLines({
      text: item.headline,
      measure: measure.headline,
      maxWidth: textWidth,
      maxLines: TYPE.topicMaxLines,
      maxFontSize: TYPE.topicMaxFontSize,
      minFontSize: TYPE.topicMinFontSize,
    }) ?? hook;

  const pages = voice
    ? pageVoice(item.points, voice, textWidth, measure.caption, field)
    : { ...pageCaptions(item.points, textWidth, measure.caption, field), warnings: [] };

  const position = `${takeaway}/${issue.takeaways.length}`;
  const header = fitHeaderRow({
    name: issue.newsletter.name,
    position,
    row: { x: safe.x + TYPE.inset, y: safe.y + HEADER.chipTop, width: textWidth },
    logo,
    measure,
    place: `the header on ${preset.label}`,
  });

  const fps = preset.fps;
  const hookFrames = secondsToFrames(TIMELINE.hookSeconds, fps);
  // With a voice the body lasts exactly as long as the voice; without, as long as reading takes.
  const bodyFrames = secondsToFrames((voice ? voice.durationMs : totalDurationMs(pages.pages)) / 1000, fps);
  const outroFrames = secondsToFrames(TIMELINE.outroSeconds, fps);
  const durationInFrames = hookFrames + bodyFrames + outroFrames;
  checkDuration({
    platform: preset,
    durationInFrames,
    label: `Takeaway ${takeaway} ("${item.headline}")`,
    ...(voice
      ? {
          advice: `Its voiceover assets/${voice.src} is ${(voice.durationMs / 1000).toFixed(1)} s: record it shorter or split the takeaway.`,
        }
      : {}),
  });
  return {
    platform: preset,
    safe,
    hook,
    topic,
    pages: pages.pages,
    position,
    chipFontSize: header.chipFontSize,
    logo: header.logo,
    outro: outroText(issue, textWidth, measure, { name: TYPE.outroNameFontSize, line: TYPE.outroFontSize }),
    captionFontSize: pages.fontSize,
    captionWidth: textWidth,
    hookFrames,
    bodyFrames,
    outroFrames,
    durationInFrames,
    voice,
    speech: voice
      ? voice.phrases
        ? speechIntervals(
            voice.phrases.flatMap((p) => p.words),
            (hookFrames / fps) * 1000,
          )
        : [{ startMs: (hookFrames / fps) * 1000, endMs: (hookFrames / fps) * 1000 + voice.durationMs }]
      : [],
    warnings: pages.warnings,
  };
};
