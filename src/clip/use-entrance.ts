import { interpolate, spring, useCurrentFrame, useVideoConfig } from 'remotion';
import { TIMELINE } from '../design/tokens';

/**
 * A part's entrance (a short spring from 0 to 1) and exit (0 to 1 over its last frames), from the
 * frame within its Sequence: every part of a clip comes and goes the same way.
 */
export const useEntrance = (durationInFrames: number): { enter: number; leave: number } => {
  const frame = useCurrentFrame();
  const { fps } = useVideoConfig();
  const enter = spring({ frame, fps, durationInFrames: TIMELINE.entranceFrames, config: { damping: 200 } });
  const leave = interpolate(frame, [durationInFrames - TIMELINE.entranceFrames, durationInFrames], [0, 1], {
    extrapolateLeft: 'clamp',
    extrapolateRight: 'clamp',
  });
  return { enter, leave };
};
