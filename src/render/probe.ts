import { open, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { callFf } from './ff';

export type AudioProbe = {
  codec: string;
  /** As ffprobe names it: "LC", or its number ("1") when ffprobe is built without the names. */
  profile: string;
  sampleRate: number;
  channels: number;
  channelLayout: string;
  durationSeconds: number;
};

export type VideoProbe = {
  codec: string;
  profile: string;
  width: number;
  height: number;
  fps: number;
  pixelFormat: string;
  colorPrimaries: string;
  colorTransfer: string;
  colorSpace: string;
  fieldOrder: string;
  durationSeconds: number;
  bitRate: number;
  sizeBytes: number;
  /** Top-level MP4 boxes in file order, e.g. ftyp, moov, free, mdat. */
  boxes: string[];
};

/** Top-level box types of an MP4, read from their headers only, so large files cost nothing. */
export const readTopLevelBoxes = async (path: string): Promise<string[]> => {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const boxes: string[] = [];
    const header = Buffer.alloc(16);
    let offset = 0;
    while (offset + 8 <= size) {
      await file.read(header, 0, 16, offset);
      let boxSize = header.readUInt32BE(0);
      const type = header.toString('latin1', 4, 8);
      if (boxSize === 1) {
        boxSize = Number(header.readBigUInt64BE(8));
      } else if (boxSize === 0) {
        boxSize = size - offset;
      }
      if (boxSize < 8) {
        throw new Error(`${path}: malformed MP4 box "${type}" at byte ${offset}`);
      }
      boxes.push(type);
      offset += boxSize;
    }
    return boxes;
  } finally {
    await file.close();
  }
};

const ratio = (value: string | undefined): number => {
  const [num, den] = (value ?? '0/1').split('/').map(Number);
  return den ? num / den : num;
};

/** Reads a video's stream facts with the ffprobe that ships inside Remotion. */
export const probeVideo = async (path: string): Promise<VideoProbe> => {
  const { stdout } = await callFf('ffprobe', [
    '-v',
    'error',
    '-print_format',
    'json',
    '-show_format',
    '-show_streams',
    resolve(path),
  ]);
  const data = JSON.parse(stdout) as {
    streams: Array<Record<string, string | number | undefined>>;
    format: Record<string, string | undefined>;
  };
  const video = data.streams.find((s) => s.codec_type === 'video');
  if (!video) {
    throw new Error(`${path} has no video stream`);
  }
  return {
    codec: String(video.codec_name),
    profile: String(video.profile),
    width: Number(video.width),
    height: Number(video.height),
    fps: ratio(String(video.r_frame_rate)),
    pixelFormat: String(video.pix_fmt),
    colorPrimaries: String(video.color_primaries),
    colorTransfer: String(video.color_transfer),
    colorSpace: String(video.color_space),
    fieldOrder: String(video.field_order ?? 'progressive'),
    durationSeconds: Number(data.format.duration),
    bitRate: Number(data.format.bit_rate),
    sizeBytes: (await stat(path)).size,
    boxes: await readTopLevelBoxes(path),
  };
};

/** The first audio stream's facts, or null when the file has none. */
export const probeAudio = async (file: string): Promise<AudioProbe | null> => {
  const path = resolve(file);
  // ffprobe's own failure prints its command line and an empty JSON object: say what is wrong.
  const stats = await stat(path).catch(() => null);
  if (!stats?.isFile()) {
    throw new Error(`${path}: ${stats ? 'not a file' : 'no such file'}`);
  }
  const { stdout } = await callFf(
    'ffprobe',
    ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', '-select_streams', 'a:0', path],
    undefined,
  );
  const data = JSON.parse(stdout) as {
    streams: Array<Record<string, string | number | undefined>>;
    format: Record<string, string | undefined>;
  };
  const audio = data.streams[0];
  if (!audio) {
    return null;
  }
  return {
    codec: String(audio.codec_name),
    profile: String(audio.profile),
    sampleRate: Number(audio.sample_rate),
    channels: Number(audio.channels),
    channelLayout: String(audio.channel_layout),
    durationSeconds: Number(audio.duration ?? data.format.duration),
  };
};

/** The first video stream's own length (not the container's, which the audio may stretch); null without video. */
export const videoDuration = async (path: string): Promise<number | null> => {
  const { stdout } = await callFf(
    'ffprobe',
    ['-v', 'error', '-print_format', 'json', '-show_streams', '-select_streams', 'v:0', path],
    undefined,
  );
  const duration = (JSON.parse(stdout) as { streams: Array<{ duration?: string }> }).streams[0]?.duration;
  return duration === undefined ? null : Number(duration);
};
