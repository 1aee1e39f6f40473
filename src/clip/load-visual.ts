/**
 * Browser side of calculateMetadata for a takeaway's `visual`: reads the picture's size or the
 * video's length and streams, so a missing, mislabelled, truncated or oversized file fails with the
 * field and the file named before any frame renders.
 */
import { parseMedia } from '@remotion/media-parser';
import { imageSize } from 'image-size';
import { getStaticFiles } from 'remotion';
import type { Issue } from '../schema';
import { preparedPath, type ShownVideo, shownVideos } from '../visual/prepared';
import type { ResolvedVisual } from '../visual/visual';
import { assetUrl, fetchFile } from './asset-files';

/**
 * Every render tab holds the decoded picture (4 bytes a pixel): 40 MP is 160 MB, past what a
 * 1080-wide frame can show many times over. Larger pictures are refused, not silently downscaled.
 */
export const MAX_IMAGE_PIXELS = 40_000_000;
/** A b-roll whose frames stop this much before its stated length is cut short (a partial copy). */
const TRUNCATION_TOLERANCE_SECONDS = 0.5;

export const loadImage = async (path: string, field: string): Promise<ResolvedVisual> => {
  const bytes = new Uint8Array(await fetchFile(path, field));
  let size;
  try {
    size = imageSize(bytes);
  } catch (error) {
    throw new Error(
      `${field}: assets/${path} is not a picture (${(error as Error).message}): use a PNG, JPEG or WebP file`,
    );
  }
  const pixels = size.width * size.height;
  if (pixels > MAX_IMAGE_PIXELS) {
    throw new Error(
      `${field}: assets/${path} is ${size.width}x${size.height} px (${(pixels / 1e6).toFixed(0)} MP), more than the ${MAX_IMAGE_PIXELS / 1e6} MP a render decodes: scale it to at most 4000 px on its long side`,
    );
  }
  try {
    (await createImageBitmap(new Blob([bytes]))).close();
  } catch {
    throw new Error(`${field}: assets/${path} cannot be decoded as a picture (is it cut short or damaged?)`);
  }
  return { kind: 'image', src: path, play: path, width: size.width, height: size.height, durationMs: null };
};

/** A video file as its frames show it: its picture's size, its real length and whether it has sound. */
export type VideoFile = { width: number; height: number; durationMs: number; hasAudio: boolean };

/**
 * Reads a video's streams and every frame's time: a file that is not video, has no picture or is
 * cut short (its header still claims the full length) fails with the field and the file named.
 */
export const readVideo = async (path: string, field: string): Promise<VideoFile> => {
  await fetchFile(path, field, { headers: { Range: 'bytes=0-0' } });
  let lastFrameSeconds = 0;
  let result;
  try {
    result = await parseMedia({
      src: assetUrl(path),
      fields: { durationInSeconds: true, slowDurationInSeconds: true, tracks: true },
      // Reading every frame's timestamp is what shows a file cut short: its header still claims the full length.
      onVideoTrack: () => (sample) => {
        lastFrameSeconds = Math.max(lastFrameSeconds, sample.timestamp / 1e6);
      },
      acknowledgeRemotionLicense: true,
      logLevel: 'error',
    });
  } catch (error) {
    throw new Error(`${field}: assets/${path} cannot be read as video (${(error as Error).message.split('\n')[0]})`);
  }
  const video = result.tracks.find((track) => track.type === 'video');
  if (!video || video.type !== 'video') {
    throw new Error(`${field}: assets/${path} has no video stream (is it audio only?)`);
  }
  const duration = result.durationInSeconds ?? result.slowDurationInSeconds;
  if (lastFrameSeconds < duration - TRUNCATION_TOLERANCE_SECONDS) {
    throw new Error(
      `${field}: assets/${path} is cut short: it should last ${duration.toFixed(2)} s, but its frames stop at ${lastFrameSeconds.toFixed(2)} s`,
    );
  }
  return {
    width: video.width,
    height: video.height,
    durationMs: Math.round(duration * 1000),
    hasAudio: result.tracks.some((track) => track.type === 'audio'),
  };
};

/** The first 16 hex digits of a file's SHA-256, by URL: Studio's URL changes with the file (see assetUrl). */
const hashes = new Map<string, Promise<string>>();

const fileHash = (path: string, field: string): Promise<string> => {
  const url = assetUrl(path);
  let hash = hashes.get(url);
  if (!hash) {
    hash = fetchFile(path, field)
      .then((bytes) => crypto.subtle.digest('SHA-256', bytes))
      .then((digest) => [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join(''))
      .then((hex) => hex.slice(0, 16));
    hash.catch(() => hashes.delete(url));
    hashes.set(url, hash);
  }
  return hash;
};

type Frame = { width: number; height: number };

/**
 * What a clip decodes for a video it shows: the copy render:issue prepares for this video, fit,
 * focus and frame when it is in assets/ (src/visual/prepared.ts), else the video itself.
 */
export const playableVideo = async ({ src, fit, focus }: ShownVideo, field: string, frame: Frame): Promise<string> => {
  const prepared = preparedPath({ hash: await fileHash(src, field), fit, focus, frame });
  return getStaticFiles().some((file) => file.name === prepared) ? prepared : src;
};

const loadVideo = async (
  shown: ShownVideo,
  start: number,
  field: string,
  frame: Frame | null,
): Promise<ResolvedVisual> => {
  const path = shown.src;
  const { width, height, durationMs } = await readVideo(path, field);
  if (start >= durationMs / 1000) {
    throw new Error(
      `${field.replace(/\.src$/, '.start')}: ${start} s is past the end of assets/${path} (${(durationMs / 1000).toFixed(2)} s long)`,
    );
  }
  const play = frame ? await playableVideo(shown, field, frame) : path;
  return { kind: 'video', src: path, play, width, height, durationMs };
};

/**
 * `frame`: the clip's size, which a full-bleed b-roll fills and a card's never exceeds; null for a
 * cover, a still that decodes one frame of the original.
 */
export const loadVisual = async (
  issue: Issue,
  takeaway: number,
  frame: Frame | null,
): Promise<ResolvedVisual | null> => {
  const item = issue.takeaways[takeaway - 1];
  if (!item.visual) {
    return null;
  }
  const field = `issue.takeaways[${takeaway - 1}].visual.src`;
  const { broll } = shownVideos(item);
  return broll ? loadVideo(broll, item.visual.start ?? 0, field, frame) : loadImage(item.visual.src, field);
};
