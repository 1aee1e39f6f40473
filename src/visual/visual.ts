/**
 * A takeaway's picture or b-roll as calculateMetadata found it, and the pure arithmetic of showing
 * it: where it sits, how it moves, how b-roll loops. No React, no Node.
 */
import { isVideoPath, type Visual } from '../schema';

export type ResolvedVisual = {
  kind: 'image' | 'video';
  /** Under assets/, as in the issue file. */
  src: string;
  width: number;
  height: number;
  /** Video only: its length, and how long it plays from `start` before it loops. */
  durationMs: number | null;
};

/** Charts and screenshots are shown whole on a card; b-roll fills the frame. */
export const fitOf = (visual: Visual): 'cover' | 'contain' =>
  visual.fit ?? (isVideoPath(visual.src) ? 'cover' : 'contain');

export const focusOf = (visual: Visual): { x: number; y: number } => visual.focus ?? { x: 0.5, y: 0.5 };

/** A slow push-in: enough to feel alive over a 10 s body, too little to crop what matters. */
export const PUSH_IN = { cover: 0.08, contain: 0.04 } as const;

/** The picture's scale `progress` (0 to 1) of the way through the time it is shown. */
export const pushInScale = (fit: 'cover' | 'contain', progress: number): number =>
  1 + PUSH_IN[fit] * Math.min(1, Math.max(0, progress));

/**
 * Frames of b-roll played before it starts again from `start`: a clip longer than the b-roll loops
 * it rather than freezing on its last frame, which reads as a mistake.
 */
export const brollLoopFrames = (durationMs: number, startSeconds: number, fps: number): number =>
  Math.max(1, Math.floor((durationMs / 1000 - startSeconds) * fps));

/** The largest rectangle of the picture's shape that fits `box`, centred in it. */
export const containRect = (
  size: { width: number; height: number },
  box: { x: number; y: number; width: number; height: number },
): { x: number; y: number; width: number; height: number } => {
  const scale = Math.min(box.width / size.width, box.height / size.height);
  const width = size.width * scale;
  const height = size.height * scale;
  return { x: box.x + (box.width - width) / 2, y: box.y + (box.height - height) / 2, width, height };
};
