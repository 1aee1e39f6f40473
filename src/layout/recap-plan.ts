/**
 * The recap: every takeaway of an issue as a numbered headline with one short caption, in one clip
 * that must fit the platform's longest duration. Pure, like the clip's plan.
 */
import { readingChars, READING, type TimedPage } from '../captions/timing';
import { checkDuration, LAYOUTS, type PlatformPreset, type Rect, safeRect, secondsToFrames } from '../platforms';
import type { RecapProps, Takeaway } from '../schema';
import { fitHeadline } from './fit-headline';
import { type FittedText, fitLines } from './fit-lines';
import { type OutroText, outroText } from './outro-text';
import { pageCaptions } from './caption-pages';
import { fitHeaderRow, type Size } from './fit-chip';
import type { Measurers } from './measurers';
import { HEADER, RECAP, TIMELINE, TYPE } from '../design/tokens';

export type RecapSegment = {
  takeaway: number;
  headline: FittedText;
  /** The one caption sentence shown for this takeaway, timed from the segment's caption start. */
  pages: TimedPage[];
  captionFontSize: number;
  startFrame: number;
  holdFrames: number;
  durationInFrames: number;
};

export type RecapPlan = {
  platform: PlatformPreset;
  safe: Rect;
  title: FittedText;
  chipFontSize: number;
  /** The brand's logo at the header row's right end. */
  logo: Rect | null;
  segments: RecapSegment[];
  introFrames: number;
  outroFrames: number;
  durationInFrames: number;
  outro: OutroText;
};

/** A recap caption may page once: more and the recap drags. */
const MAX_RECAP_CAPTION_PAGES = 2;

/**
 * The takeaway's first point, which usually states it, when it is short enough; else the first
 * that fits one page; else the shortest.
 */
export const recapCaption = (takeaway: Takeaway, pageCount: (point: string) => number): string => {
  const [first] = takeaway.points;
  if (pageCount(first) <= MAX_RECAP_CAPTION_PAGES) {
    return first;
  }
  return (
    takeaway.points.find((p) => pageCount(p) === 1) ??
    [...takeaway.points].sort((a, b) => readingChars(a) - readingChars(b))[0]
  );
};

/** The headline's width beside its number, which starts at the safe zone's edge instead of the inset. */
export const recapHeadlineWidth = (textWidth: number): number => textWidth + TYPE.inset - RECAP.numberWidth;

export const planRecap = (
  { issue, platform }: Pick<RecapProps, 'issue' | 'platform'>,
  measure: Measurers,
  logo: Size | null = null,
): RecapPlan => {
  const preset = LAYOUTS[platform];
  const safe = safeRect(preset);
  const fps = preset.fps;
  const textWidth = safe.width - 2 * TYPE.inset;
  const title = fitLines({
    text: issue.title,
    measure: measure.headline,
    maxWidth: textWidth,
    maxLines: RECAP.titleMaxLines,
    maxFontSize: RECAP.titleMaxFontSize,
    minFontSize: RECAP.titleMinFontSize,
  });
  if (!title) {
    throw new Error(
      `issue.title: too long to fit the recap's opening in ${RECAP.titleMaxLines} lines at ${RECAP.titleMinFontSize} px ("${issue.title}")`,
    );
  }
  const introFrames = secondsToFrames(TIMELINE.hookSeconds, fps);
  let cursor = introFrames;
  const segments = issue.takeaways.map((item, i): RecapSegment => {
    const field = `issue.takeaways[${i}]`;
    const headline = fitHeadline({
      field: `${field}.headline`,
      place: `the recap on ${preset.label}`,
      text: item.headline,
      measure: measure.headline,
      maxWidth: recapHeadlineWidth(textWidth),
      maxLines: RECAP.headlineMaxLines,
      maxFontSize: RECAP.headlineMaxFontSize,
      minFontSize: RECAP.headlineMinFontSize,
    });
    const point = recapCaption(item, (p) => pageCaptions([p], textWidth, measure.caption, field).pages.length);
    const captions = pageCaptions([point], textWidth, measure.caption, field);
    const holdMs = Math.min(
      RECAP.maxHoldMs,
      Math.max(RECAP.minHoldMs, (readingChars(item.headline) / READING.targetCharsPerSecond) * 1000),
    );
    const holdFrames = secondsToFrames(holdMs / 1000, fps);
    const last = captions.pages[captions.pages.length - 1];
    const captionFrames = secondsToFrames((last.startMs + last.durationMs) / 1000, fps);
    const segment = {
      takeaway: i + 1,
      headline,
      pages: captions.pages,
      captionFontSize: captions.fontSize,
      startFrame: cursor,
      holdFrames,
      durationInFrames: holdFrames + captionFrames,
    };
    cursor += segment.durationInFrames;
    return segment;
  });
  const outroFrames = secondsToFrames(TIMELINE.outroSeconds, fps);
  const durationInFrames = cursor + outroFrames;
  checkDuration({
    platform: preset,
    durationInFrames,
    label: `The recap of "${issue.title}"`,
    advice:
      "Shorten the takeaways' first points (the recap reads one point of each), or skip the recap with render:issue --no-recap.",
  });
  const header = fitHeaderRow({
    name: issue.newsletter.name,
    // The widest position the chip shows.
    position: `${issue.takeaways.length}/${issue.takeaways.length}`,
    row: { x: safe.x + TYPE.inset, y: safe.y + HEADER.chipTop, width: textWidth },
    logo,
    measure,
    place: `the recap's header on ${preset.label}`,
  });
  return {
    platform: preset,
    safe,
    title,
    chipFontSize: header.chipFontSize,
    logo: header.logo,
    segments,
    introFrames,
    outroFrames,
    durationInFrames,
    outro: outroText(issue, textWidth, measure, { name: TYPE.outroNameFontSize, line: TYPE.outroFontSize }),
  };
};
