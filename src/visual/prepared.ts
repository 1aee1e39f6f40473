/**
 * A b-roll prepared for rendering: the part of the author's video that a clip shows, at the size it
 * is drawn, with a keyframe every second. Pure: the name both sides agree on and the ffmpeg filter
 * that makes it. render:issue makes the file (src/render/prepare-videos.ts); calculateMetadata
 * plays it when it is in assets/ and the original otherwise, so Studio, `npx remotion render` and
 * render:issue decode the same file.
 *
 * Why: the render decodes the b-roll in every tab, each frame from the keyframe before it, and
 * draws it into the frame. A phone's or a camera's video is larger than the frame shows (a 16:9
 * b-roll full-bleed shows a third of its width) and has keyframes seconds apart. Measured over 300
 * frames of the example's b-roll (1280x720, one keyframe in 4 s) on 2 cores: 104.6 s against 61.4 s
 * without it; the part it shows (406x720, a keyframe a second): 76.1 s.
 */

import { isVideoPath, type Takeaway } from '../schema';
import { fitOf, focusOf } from './visual';

/** Under assets/: served with everything else there, and git-ignored. */
export const PREPARED_DIR = '.prepared';

/** Bumped when the recipe below changes, so an old file is not taken for a new one. */
const RECIPE = 'v1';

/** A keyframe a second at 30 fps: a frame is never more than a second's decoding from its keyframe. */
export const PREPARED_KEYFRAME_INTERVAL = 30;

/** x264's near-transparent quality: the copy is decoded and scaled once more, then encoded again by the render. */
export const PREPARED_CRF = 16;

export type PreparedFit = 'cover' | 'contain';

export type PreparedSpec = {
  /** The first 16 hex digits of the original's SHA-256: a replaced file gets a new copy. */
  hash: string;
  fit: PreparedFit;
  /** Where a full-bleed b-roll is cropped around; a card shows the whole video. */
  focus: { x: number; y: number };
  /** The frame's size: full-bleed b-roll fills it; a card is never wider or taller. */
  frame: { width: number; height: number };
};

/** A video a clip shows, and how: what its prepared copy is cut to. */
export type ShownVideo = { src: string; fit: PreparedFit; focus: PreparedSpec['focus'] };

/**
 * The videos a takeaway's clip shows: b-roll as its `visual` says, and the author on camera
 * full-bleed around the face (TalkingHead.tsx). render:issue makes the copies and
 * calculateMetadata looks them up from this one answer, so both name the same file.
 */
export const shownVideos = (takeaway: Takeaway): { broll: ShownVideo | null; talkingHead: ShownVideo | null } => ({
  broll:
    takeaway.visual && isVideoPath(takeaway.visual.src)
      ? { src: takeaway.visual.src, fit: fitOf(takeaway.visual), focus: focusOf(takeaway.visual) }
      : null,
  talkingHead:
    takeaway.voiceover && isVideoPath(takeaway.voiceover)
      ? { src: takeaway.voiceover, fit: 'cover', focus: focusOf({ focus: takeaway.voiceoverFocus }) }
      : null,
});

/** Three decimals: the focus as the author writes it, without float noise in a file name. */
const share = (value: number) => value.toFixed(3);

/** The prepared copy's path under assets/. */
export const preparedPath = ({ hash, fit, focus, frame }: PreparedSpec): string =>
  `${PREPARED_DIR}/${hash}-${fit === 'cover' ? `cover-${share(focus.x)}-${share(focus.y)}` : 'contain'}-${frame.width}x${frame.height}-${RECIPE}.mp4`;

/**
 * ffmpeg's video filter for the copy, in the terms of the video as it plays (ffmpeg turns a phone's
 * rotated video upright before filtering, as the browser does):
 * - full-bleed: the frame's shape cut out where `object-fit: cover` and `object-position` at the
 *   focus show it, then no larger than the frame;
 * - a card: the whole picture, no larger than the frame.
 * Even sizes for 4:2:0 chroma.
 */
export const preparedFilter = ({ fit, focus, frame }: Omit<PreparedSpec, 'hash'>): string => {
  const { width: w, height: h } = frame;
  // Square pixels first: an anamorphic video's pixels are stretched to their shape on screen (scale
  // keeps the picture's shape, so its pixels come out square; Remotion's ffmpeg has no setsar).
  const square = `scale=w='trunc(iw*sar/2)*2':h=ih`;
  const fitInFrame = `scale=w='min(iw,${w})':h='min(ih,${h})':force_original_aspect_ratio=decrease:force_divisible_by=2`;
  if (fit === 'contain') {
    return `${square},${fitInFrame}`;
  }
  const wider = `gt(iw/ih,${w}/${h})`;
  const cropW = `trunc(if(${wider},ih*${w}/${h},iw)/2)*2`;
  const cropH = `trunc(if(${wider},ih,iw*${h}/${w})/2)*2`;
  return [
    square,
    `crop=w='${cropW}':h='${cropH}':x='(iw-ow)*${share(focus.x)}':y='(ih-oh)*${share(focus.y)}'`,
    fitInFrame,
  ].join(',');
};
