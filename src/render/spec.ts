import type { PlatformPreset } from '../platforms';
import { AUDIO_FORMAT, LOUDNESS, type LoudnessMeasurement } from './loudness';
import type { AudioProbe } from './probe';
import type { VideoProbe } from './probe';

export type Check = { ok: boolean; found: string | number | boolean; expected: string };

/** Instagram's Graph API takes at most 300 MB; YouTube more, so the tighter one applies to both. */
export const MAX_FILE_BYTES = 300 * 1024 * 1024;

/** ffprobe names the profile, or gives its number (100) when built without the names. */
const H264_HIGH = ['High', '100'];

/** What the platform's upload spec asks of a video, checked against what ffprobe found. */
export const checkVideo = (probe: VideoProbe, platform: PlatformPreset): Record<string, Check> => {
  const moov = probe.boxes.indexOf('moov');
  const mdat = probe.boxes.indexOf('mdat');
  const bitrateMbps = probe.bitRate / 1e6;
  return {
    codec: { ok: probe.codec === 'h264', found: probe.codec, expected: 'h264' },
    profile: { ok: H264_HIGH.includes(probe.profile), found: probe.profile, expected: 'High' },
    size: {
      ok: probe.width === platform.width && probe.height === platform.height,
      found: `${probe.width}x${probe.height}`,
      expected: `${platform.width}x${platform.height}`,
    },
    fps: { ok: Math.abs(probe.fps - platform.fps) < 1e-6, found: probe.fps, expected: String(platform.fps) },
    pixelFormat: { ok: probe.pixelFormat === 'yuv420p', found: probe.pixelFormat, expected: 'yuv420p' },
    colorPrimaries: { ok: probe.colorPrimaries === 'bt709', found: probe.colorPrimaries, expected: 'bt709' },
    colorTransfer: { ok: probe.colorTransfer === 'bt709', found: probe.colorTransfer, expected: 'bt709' },
    colorSpace: { ok: probe.colorSpace === 'bt709', found: probe.colorSpace, expected: 'bt709' },
    progressive: { ok: probe.fieldOrder === 'progressive', found: probe.fieldOrder, expected: 'progressive' },
    moovBeforeMdat: {
      ok: moov >= 0 && mdat >= 0 && moov < mdat,
      found: probe.boxes.join(','),
      expected: 'moov before mdat',
    },
    duration: {
      ok: probe.durationSeconds > 0 && probe.durationSeconds <= platform.maxDurationSeconds,
      found: Number(probe.durationSeconds.toFixed(3)),
      expected: `0 < s ≤ ${platform.maxDurationSeconds}`,
    },
    bitrate: {
      ok: bitrateMbps <= platform.maxBitrateMbps,
      found: Number(bitrateMbps.toFixed(2)),
      expected: `≤ ${platform.maxBitrateMbps} Mbps`,
    },
    fileSize: { ok: probe.sizeBytes <= MAX_FILE_BYTES, found: probe.sizeBytes, expected: `≤ ${MAX_FILE_BYTES} bytes` },
  };
};

/** ffprobe names the AAC profile, or gives its number (1) when built without the names. */
const AAC_LC = ['LC', '1'];

/** A level check: undefined when not measured (fails), null for silence (passes: nothing to be too loud). */
const levelCheck = (value: number | null | undefined, ok: (level: number) => boolean, expected: string): Check => {
  if (value === undefined) {
    return { ok: false, found: 'not measured', expected };
  }
  if (value === null) {
    return { ok: true, found: 'silence', expected };
  }
  return { ok: ok(value), found: Number(value.toFixed(2)), expected };
};

/**
 * What the platforms ask of the audio, checked against ffprobe and a loudness measurement. A clip
 * with no audio stream passes with one check that says so; a silent one passes the level checks.
 */
export const checkAudio = (
  audio: AudioProbe | null,
  loudness: Pick<LoudnessMeasurement, 'integratedLufs' | 'truePeakDbtp'> | null,
): Record<string, Check> => {
  if (!audio) {
    return { audio: { ok: true, found: 'none', expected: 'AAC 48 kHz stereo, or no audio' } };
  }
  const { targetLufs, toleranceLu, maxTruePeakDbtp } = LOUDNESS;
  const { codec, sampleRate, channels } = AUDIO_FORMAT;
  return {
    audioCodec: { ok: audio.codec === codec, found: audio.codec, expected: codec },
    audioProfile: { ok: AAC_LC.includes(audio.profile), found: audio.profile, expected: 'LC' },
    audioSampleRate: { ok: audio.sampleRate === sampleRate, found: audio.sampleRate, expected: `${sampleRate} Hz` },
    audioChannels: { ok: audio.channels === channels, found: audio.channels, expected: `${channels} (stereo)` },
    loudness: levelCheck(
      loudness?.integratedLufs,
      (lufs) => Math.abs(lufs - targetLufs) <= toleranceLu,
      `${targetLufs} ± ${toleranceLu} LUFS, or silence`,
    ),
    truePeak: levelCheck(loudness?.truePeakDbtp, (dbtp) => dbtp <= maxTruePeakDbtp, `≤ ${maxTruePeakDbtp} dBTP`),
  };
};
