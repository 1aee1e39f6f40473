/**
 * A takeaway's picture or b-roll as calculateMetadata found it, and the pure arithmetic of showing
 * it: where it sits, how it moves, how b-roll loops. No React, no Node.
 */
import { defaultFit, type Visual } from '../schema';

export type ResolvedVisual = {
  kind: 'image' | 'video';
  /** Under assets/, as in the issue file. */
  src: string;
  /** What the clip decodes: b-roll's prepared copy when render:issue has made it (prepared.ts), else `src`. */
  play: string;
  width: number;
  height: number;
  /** Video only: its length, and how long it plays from `start` before it loops. */
  durationMs: number | null;
};

export const fitOf = (visual: Visual): 'cover' | 'contain' => visual.fit ?? defaultFit(visual.src);

/** A visual's or a talking head's focus; the centre when the author gave none. */
export const focusOf = (media: { focus?: { x: number; y: number } }): { x: number; y: number } =>
  media.focus ?? { x: 0.5, y: 0.5 };

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

/** Over a talking head the scrim is all but clear where the face is, so the author stays the picture. */
export const TALKING_HEAD_SCRIM = {
  /** Under the header, the topic line and the captions: as dark as over b-roll's busiest frames. */
  text: 0.8,
  /** Where nothing is written: a touch, so the face keeps the clip's colour. */
  clear: 0.12,
  /** The platform's buttons cover the bottom band: lighter, as over b-roll. */
  bottom: 0.45,
  /** A soft edge between them, in px: a hard line across the author reads as a bar. */
  ramp: 72,
} as const;

/**
 * The scrim over a talking head as [position, alpha] stops (positions as shares of the frame's
 * height): dark behind the text above `clear` and from its foot down to `textBottom`, nearly
 * clear between. A clear band thinner than two ramps keeps only its middle.
 */
export const talkingHeadScrimStops = (
  height: number,
  clear: { y: number; height: number },
  textBottom: number,
): Array<readonly [position: number, alpha: number]> => {
  const { text, clear: open, bottom, ramp } = TALKING_HEAD_SCRIM;
  const middle = clear.y + clear.height / 2;
  const openFrom = Math.min(clear.y + ramp, middle);
  const openTo = Math.max(clear.y + clear.height - ramp, middle);
  const at = (px: number) => Math.min(1, Math.max(0, px / height));
  return [
    [0, text],
    [at(clear.y), text],
    [at(openFrom), open],
    [at(openTo), open],
    [at(clear.y + clear.height), text],
    [at(textBottom), text],
    [1, bottom],
  ];
};
