import type { PlatformPreset } from '../platforms';
import type { VideoProbe } from './probe';

export type Check = { ok: boolean; found: string | number | boolean; expected: string };

/** Instagram's Graph API takes at most 300 MB; YouTube more, so the tighter one applies to both. */
export const MAX_FILE_BYTES = 300 * 1024 * 1024;

/** What the platform's upload spec asks of a video, checked against what ffprobe found. */
/** ffprobe names the profile, or gives its number (100) when built without the names. */
const H264_HIGH = ['High', '100'];

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
