import type React from 'react';
import { Video } from '@remotion/media';
import { AbsoluteFill, Freeze, Sequence } from 'remotion';
import { TIMELINE } from '../design/tokens';
import type { Theme } from '../schema';
import { talkingHeadScrimStops } from '../visual/visual';
import { useEntrance } from './use-entrance';
import { SCRIM_STOPS, Scrim } from './Visual';
import { assetUrl } from './asset-files';

/**
 * The author on camera, full-bleed and cropped around `focus`. The hook shows the video's first
 * frame (the Shorts thumbnail) behind the hook's even scrim; the body plays it in step with its
 * sound, behind a scrim that is dark only where text is; it fades out into the outro card. The
 * sound itself is the voiceover, which the Soundtrack plays: this picture is muted. @remotion/media
 * decodes it in the tab with WebCodecs (docs/video-performance.md says why), and falls back to
 * OffthreadVideo by itself for what WebCodecs cannot decode, such as a phone's H.265.
 */
export const TalkingHead: React.FC<{
  src: string;
  focus: { x: number; y: number };
  theme: Theme;
  hookFrames: number;
  bodyFrames: number;
  /** Where the face is left clear: between the topic line and the captions, in px from the top. */
  clear: { y: number; height: number };
  /** The captions' last line's foot, in px from the top: dark down to here. */
  textBottom: number;
  height: number;
}> = ({ src, focus, theme, hookFrames, bodyFrames, clear, textBottom, height }) => {
  const { leave } = useEntrance(hookFrames + bodyFrames);
  const style: React.CSSProperties = {
    width: '100%',
    height: '100%',
    objectPosition: `${focus.x * 100}% ${focus.y * 100}%`,
  };
  return (
    <AbsoluteFill style={{ opacity: 1 - leave }}>
      <Sequence name="First frame" durationInFrames={hookFrames} layout="none">
        <Freeze frame={0}>
          <Video src={assetUrl(src)} muted objectFit="cover" style={style} />
        </Freeze>
      </Sequence>
      <Sequence name="Talking" from={hookFrames} durationInFrames={bodyFrames} layout="none">
        <Video src={assetUrl(src)} muted objectFit="cover" style={style} />
      </Sequence>
      {/* Held into the body until the body's scrim is in, so no frame between them is left bare. */}
      <Sequence name="Hook scrim" durationInFrames={hookFrames + TIMELINE.entranceFrames} layout="none">
        <HookScrim theme={theme} durationInFrames={hookFrames + TIMELINE.entranceFrames} />
      </Sequence>
      <Sequence name="Body scrim" from={hookFrames} durationInFrames={bodyFrames} layout="none">
        <BodyScrim theme={theme} stops={talkingHeadScrimStops(height, clear, textBottom)} bodyFrames={bodyFrames} />
      </Sequence>
    </AbsoluteFill>
  );
};

/** The headline sits over the face during the hook: the even scrim, as over b-roll. */
const HookScrim: React.FC<{ theme: Theme; durationInFrames: number }> = ({ theme, durationInFrames }) => {
  const { leave } = useEntrance(durationInFrames);
  return (
    <AbsoluteFill style={{ opacity: 1 - leave }}>
      <Scrim theme={theme} stops={SCRIM_STOPS} />
    </AbsoluteFill>
  );
};

const BodyScrim: React.FC<{ theme: Theme; stops: ReturnType<typeof talkingHeadScrimStops>; bodyFrames: number }> = ({
  theme,
  stops,
  bodyFrames,
}) => {
  const { enter } = useEntrance(bodyFrames);
  return (
    <AbsoluteFill style={{ opacity: enter }}>
      <Scrim theme={theme} stops={stops} />
    </AbsoluteFill>
  );
};
