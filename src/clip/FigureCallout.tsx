import type React from 'react';
import { Easing, interpolate, spring, useCurrentFrame, useVideoConfig } from 'remotion';
import type { FigureRun } from '../figures/figure-runs';
import { formatFigureNumber } from '../figures/find-figures';
import type { MeasureAt } from '../layout/fit-lines';
import type { Rect } from '../platforms';
import type { Theme } from '../schema';
import { LINE_HEIGHT, TIMELINE, WEIGHTS } from '../design/tokens';

/** Big enough to be the picture of the page, small enough to leave the band some air. */
const FIGURE_MAX_FONT_SIZE = 200;
/** The band's share the figure's line may take: the rest is air above and below it. */
const FIGURE_BAND_SHARE = 0.8;
/** A count-up a viewer can follow, done well before the page changes (a page is 1 s or more). */
const COUNT_UP_FRAMES = 18;

/** The size the figure's widest state (its final value) fits the band at. */
export const figureFontSize = (runs: FigureRun[], band: Rect, measure: MeasureAt): number =>
  Math.min(
    FIGURE_MAX_FONT_SIZE,
    band.height * FIGURE_BAND_SHARE,
    ...runs.map(({ figure }) => (band.width / measure(figure.text, 100)) * 100),
  );

/**
 * The figure the caption page talks about, big in the accent colour and the brand's display family
 * in the middle band: it pops in with the page, counts up from zero and leaves when the pages stop
 * mentioning it.
 */
export const FigureCallout: React.FC<{
  runs: FigureRun[];
  band: Rect;
  fontSize: number;
  fontFamily: string;
  theme: Theme;
}> = ({ runs, band, fontSize, fontFamily, theme }) => {
  const frame = useCurrentFrame();
  const { fps } = useVideoConfig();
  const toFrame = (ms: number) => Math.round((ms / 1000) * fps);
  const run = runs.find((r) => frame >= toFrame(r.startMs) && frame < toFrame(r.endMs));
  if (!run) {
    return null;
  }
  const start = toFrame(run.startMs);
  const end = toFrame(run.endMs);
  const pop = spring({
    frame: frame - start,
    fps,
    durationInFrames: TIMELINE.entranceFrames,
    config: { damping: 200 },
  });
  const leave = interpolate(frame, [end - TIMELINE.entranceFrames, end], [0, 1], {
    extrapolateLeft: 'clamp',
    extrapolateRight: 'clamp',
  });
  const counted = interpolate(frame - start, [0, COUNT_UP_FRAMES], [0, 1], {
    extrapolateLeft: 'clamp',
    extrapolateRight: 'clamp',
    easing: Easing.out(Easing.cubic),
  });
  const { figure } = run;
  const sign = figure.value < 0 ? '-' : '';
  return (
    <div
      style={{
        position: 'absolute',
        left: band.x,
        top: band.y,
        width: band.width,
        height: band.height,
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        fontFamily,
        fontWeight: WEIGHTS.extraBold,
        fontSize,
        lineHeight: LINE_HEIGHT.figure,
        // Digits of one width, so the figure does not jitter while it counts.
        fontVariantNumeric: 'tabular-nums',
        whiteSpace: 'pre',
        color: theme.accent,
        opacity: pop * (1 - leave),
        transform: `scale(${interpolate(pop, [0, 1], [0.8, 1])})`,
      }}
    >
      {sign}
      {figure.prefix}
      {formatFigureNumber(figure, Math.abs(figure.value) * counted)}
      {figure.suffix}
    </div>
  );
};
