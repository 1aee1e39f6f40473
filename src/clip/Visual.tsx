import type React from 'react';
import { Audio, Video } from '@remotion/media';
import { AbsoluteFill, Img, Sequence, useCurrentFrame, useVideoConfig } from 'remotion';
import { type Interval, musicGain } from '../audio/mix';
import { FONT_FAMILY } from '../fonts/load-fonts';
import type { Rect } from '../platforms';
import { type AudioSettings, isVideoPath, type Theme, type Visual } from '../schema';
import { brollLoopFrames, containRect, fitOf, focusOf, pushInScale, type ResolvedVisual } from '../visual/visual';
import { withAlpha } from './colour';
import { useEntrance } from './use-entrance';
import { WEIGHTS } from '../design/tokens';
import { assetUrl } from './asset-files';

/** The scrim's darkness from top to bottom: darkest from the header to the captions, lighter under the platform's buttons. */
export const SCRIM_STOPS: ReadonlyArray<readonly [position: number, alpha: number]> = [
  [0, 0.7],
  [0.12, 0.8],
  [0.5, 0.84],
  [0.68, 0.55],
  [1, 0.4],
];
/** Small print: legible on a phone, quieter than any caption. */
const CREDIT_FONT_SIZE = 26;
/** A cover's text fills its centre 4:5 from top to bottom: one even, dark scrim, a touch lighter at the edges the feed crops. */
/** Enough to melt a chart's labels into colour fields at 1080 wide. */
const COVER_BLUR_PX = 36;
const COVER_SCRIM_STOPS: typeof SCRIM_STOPS = [
  [0, 0.6],
  [0.15, 0.78],
  [0.85, 0.78],
  [1, 0.6],
];
const CARD_RADIUS = 28;

/** Over a full-bleed picture the scrim alone is not enough on the busiest ones: a soft dark halo keeps every glyph's edge. */
export const textShadowOver = (theme: Theme): string => `0 0 3px ${theme.background}, 0 2px 14px ${theme.background}`;

/** The theme's background laid over the picture, so white captions keep their contrast on any picture. */
export const Scrim: React.FC<{ theme: Theme; stops: typeof SCRIM_STOPS }> = ({ theme, stops }) => (
  <AbsoluteFill
    style={{
      background: `linear-gradient(180deg, ${stops.map(([at, alpha]) => `${withAlpha(theme.background, alpha)} ${at * 100}%`).join(', ')})`,
    }}
  />
);

/**
 * The picture or the b-roll itself, pushed in slowly towards its focus. B-roll plays from `start`
 * and loops; its own sound stays out unless `muted` is false, and then it is mixed like the music.
 * @remotion/media decodes b-roll in the tab (docs/video-performance.md says why), falling back to
 * OffthreadVideo by itself for what WebCodecs cannot decode.
 */
const Media: React.FC<{
  visual: Visual;
  file: Pick<ResolvedVisual, 'kind' | 'src' | 'play' | 'durationMs'>;
  fit: 'cover' | 'contain';
  durationInFrames: number;
  /** Where the clip's sound is: without it (a cover) the b-roll is a silent picture. */
  audio: { speech: Interval[]; settings: AudioSettings | undefined; offsetFrames: number; clipFrames: number } | null;
}> = ({ visual, file, fit, durationInFrames, audio }) => {
  const frame = useCurrentFrame();
  const { fps } = useVideoConfig();
  const focus = focusOf(visual);
  const style: React.CSSProperties = {
    width: '100%',
    height: '100%',
    objectPosition: `${focus.x * 100}% ${focus.y * 100}%`,
    transform: `scale(${pushInScale(fit, frame / durationInFrames)})`,
    transformOrigin: `${focus.x * 100}% ${focus.y * 100}%`,
  };
  if (file.kind === 'image') {
    return <Img src={assetUrl(file.src)} style={{ ...style, objectFit: 'cover' }} />;
  }
  const start = visual.start ?? 0;
  const loop = brollLoopFrames(file.durationMs ?? 0, start, fps);
  const passes = Math.ceil(durationInFrames / loop);
  const muted = !audio || (visual.muted ?? true);
  return (
    <AbsoluteFill style={{ transform: style.transform, transformOrigin: style.transformOrigin }}>
      {Array.from({ length: passes }, (_, pass) => (
        <Sequence
          key={pass}
          name={`B-roll ${pass + 1}/${passes}`}
          from={pass * loop}
          durationInFrames={loop}
          layout="none"
        >
          {/* The picture from the prepared copy when there is one; it has no sound, the original has. */}
          <Video
            src={assetUrl(file.play)}
            objectFit="cover"
            trimBefore={Math.round(start * fps)}
            muted
            style={{ ...style, transform: undefined }}
          />
          {muted || !audio ? null : (
            <Audio
              src={assetUrl(file.src)}
              trimBefore={Math.round(start * fps)}
              volume={(f) =>
                musicGain({
                  timeMs: ((audio.offsetFrames + pass * loop + f) / fps) * 1000,
                  durationMs: (audio.clipFrames / fps) * 1000,
                  volume: 1,
                  settings: audio.settings,
                  speech: audio.speech,
                })
              }
            />
          )}
        </Sequence>
      ))}
    </AbsoluteFill>
  );
};

const Credit: React.FC<{ text: string; theme: Theme; style: React.CSSProperties }> = ({ text, theme, style }) => (
  <div
    style={{
      position: 'absolute',
      fontFamily: FONT_FAMILY,
      fontWeight: WEIGHTS.semiBold,
      fontSize: CREDIT_FONT_SIZE,
      color: theme.text,
      opacity: 0.85,
      textShadow: `0 1px 4px ${theme.background}`,
      whiteSpace: 'pre',
      ...style,
    }}
  >
    {text}
  </div>
);

type VisualProps = {
  visual: Visual;
  file: ResolvedVisual;
  theme: Theme;
  durationInFrames: number;
  audio: { speech: Interval[]; settings: AudioSettings | undefined; offsetFrames: number; clipFrames: number };
};

/** Full-bleed behind a scrim, from the first frame (the Shorts thumbnail) to the outro; the credit sits at the safe zone's foot. */
export const CoverVisual: React.FC<VisualProps & { safe: Rect }> = ({
  visual,
  file,
  theme,
  durationInFrames,
  audio,
  safe,
}) => {
  const { leave } = useEntrance(durationInFrames);
  return (
    <AbsoluteFill style={{ opacity: 1 - leave }}>
      <Media visual={visual} file={file} fit="cover" durationInFrames={durationInFrames} audio={audio} />
      <Scrim theme={theme} stops={SCRIM_STOPS} />
      {visual.credit ? (
        <Credit
          text={visual.credit}
          theme={theme}
          style={{ left: safe.x + 24, top: safe.y + safe.height - CREDIT_FONT_SIZE * 2 }}
        />
      ) : null}
    </AbsoluteFill>
  );
};

/** The whole picture on a card in the middle band, with the credit under it. */
export const CardVisual: React.FC<VisualProps & { band: Rect }> = ({
  visual,
  file,
  theme,
  durationInFrames,
  audio,
  band,
}) => {
  const { enter, leave } = useEntrance(durationInFrames);
  const creditRoom = visual.credit ? CREDIT_FONT_SIZE * 1.6 : 0;
  const card = containRect(file, { ...band, height: band.height - creditRoom });
  return (
    <AbsoluteFill
      style={{
        opacity: enter * (1 - leave),
        transform: `scale(${0.96 + 0.04 * enter})`,
        transformOrigin: `${card.x + card.width / 2}px ${card.y + card.height / 2}px`,
      }}
    >
      <div
        style={{
          position: 'absolute',
          left: card.x,
          top: card.y,
          width: card.width,
          height: card.height,
          borderRadius: CARD_RADIUS,
          overflow: 'hidden',
          boxShadow: `0 12px 40px ${theme.background}`,
        }}
      >
        <Media visual={visual} file={file} fit="contain" durationInFrames={durationInFrames} audio={audio} />
      </div>
      {visual.credit ? (
        <Credit
          text={visual.credit}
          theme={theme}
          style={{
            left: card.x,
            top: card.y + card.height + CREDIT_FONT_SIZE * 0.4,
            width: card.width,
            textAlign: 'right',
            color: theme.mutedText,
          }}
        />
      ) : null}
    </AbsoluteFill>
  );
};

/**
 * A cover's picture: the takeaway's visual filling the frame behind an even scrim (b-roll's first
 * frame). Covers are stills, so the blur's cost does not matter here as it would in a clip.
 */
export const CoverBackdrop: React.FC<{ visual: Visual; theme: Theme }> = ({ visual, theme }) => (
  <AbsoluteFill>
    {/* A chart or screenshot cropped to 9:16 shows torn-off labels: blurred, it is its colours only. */}
    <AbsoluteFill
      style={{ filter: fitOf(visual) === 'contain' ? `blur(${COVER_BLUR_PX}px)` : undefined, transform: 'scale(1.1)' }}
    >
      <Media
        visual={visual}
        file={{
          kind: isVideoPath(visual.src) ? 'video' : 'image',
          src: visual.src,
          play: visual.src,
          durationMs: null,
        }}
        fit="cover"
        durationInFrames={1}
        audio={null}
      />
    </AbsoluteFill>
    <Scrim theme={theme} stops={COVER_SCRIM_STOPS} />
  </AbsoluteFill>
);
