import { describe, expect, test } from 'vitest';
import { BARS, BEATS_PER_BAR, MUSIC_BED_PEAK, padLoopEdges, synthMusicBed, TEMPO_BPM } from '../../src/audio/music-bed';
import { decodeWav, encodeWav } from '../../src/audio/wav';

/** One 16-bit step: the most a sample may move through an encode/decode round trip. */
const STEP = 1 / 32767;

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

/** A minimal WAV header around a fmt chunk body, for files encodeWav would never write. */
const wavWith = (fmt: number[], extraChunks: number[] = []): Uint8Array => {
  const data = [...ascii('data'), 4, 0, 0, 0, 0, 0, 0, 0];
  const body = [...ascii('WAVE'), ...ascii('fmt '), fmt.length, 0, 0, 0, ...fmt, ...extraChunks, ...data];
  return new Uint8Array([...ascii('RIFF'), body.length & 0xff, body.length >> 8, 0, 0, ...body]);
};

/** PCM fmt chunk body: format code, channels, sample rate 8000, byte rate, block align, bits. */
const fmtBody = (format: number, bits: number): number[] => {
  const blockAlign = bits / 8;
  const byteRate = 8000 * blockAlign;
  return [format, 0, 1, 0, 0x40, 0x1f, 0, 0, byteRate & 0xff, (byteRate >> 8) & 0xff, 0, 0, blockAlign, 0, bits, 0];
};

describe('wav', () => {
  test('encode then decode keeps sample rate, channel count and values to within one 16-bit step', () => {
    const left = Float32Array.from({ length: 1000 }, (_, i) => Math.sin(i / 7) * 0.9);
    const right = Float32Array.from({ length: 1000 }, (_, i) => (i % 50) / 25 - 1);
    const decoded = decodeWav(encodeWav({ sampleRate: 44100, channels: [left, right] }));
    expect(decoded.sampleRate).toBe(44100);
    expect(decoded.channels).toHaveLength(2);
    [left, right].forEach((original, c) => {
      expect(decoded.channels[c]).toHaveLength(original.length);
      original.forEach((v, i) => expect(Math.abs(decoded.channels[c][i] - v)).toBeLessThanOrEqual(STEP / 2 + 1e-7));
    });
  });

  test('full scale round-trips exactly and out-of-range samples clamp', () => {
    const decoded = decodeWav(encodeWav({ sampleRate: 8000, channels: [Float32Array.of(-1, 0, 1, 3, -3)] }));
    expect([...decoded.channels[0]]).toEqual([-1, 0, 1, 1, -1]);
  });

  test('the header is the canonical 44 bytes and the data is little-endian', () => {
    const bytes = encodeWav({ sampleRate: 22050, channels: [Float32Array.of(1, -1)] });
    expect(bytes).toHaveLength(48);
    expect(String.fromCharCode(...bytes.subarray(0, 4))).toBe('RIFF');
    expect([...bytes.subarray(44)]).toEqual([0xff, 0x7f, 0x01, 0x80]);
  });

  test('decoding skips chunks it does not know, like LIST', () => {
    const list = [...ascii('LIST'), 5, 0, 0, 0, ...ascii('INFO'), 0, 0];
    const decoded = decodeWav(wavWith(fmtBody(1, 16), list));
    expect(decoded.sampleRate).toBe(8000);
    expect(decoded.channels[0]).toHaveLength(2);
  });

  test('decoding reads a view that starts inside a larger buffer, as Node pools small Buffers', () => {
    const bytes = encodeWav({ sampleRate: 8000, channels: [Float32Array.of(0.5)] });
    const pooled = new Uint8Array(bytes.length + 3);
    pooled.set(bytes, 3);
    expect(decodeWav(pooled.subarray(3)).channels[0][0]).toBeCloseTo(0.5, 4);
  });

  test('rejects files that are not WAV, or not 16-bit PCM, with a clear message', () => {
    expect(() => decodeWav(new TextEncoder().encode('ID3 this is an mp3 file'))).toThrow('not a WAV file');
    expect(() => decodeWav(wavWith(fmtBody(1, 24)))).toThrow(
      'only 16-bit PCM is supported, this file is format 1 with 24-bit samples',
    );
    expect(() => decodeWav(wavWith(fmtBody(3, 32)))).toThrow(
      'only 16-bit PCM is supported, this file is format 3 with 32-bit samples',
    );
  });

  test('refuses to encode channels of different lengths or NaN samples', () => {
    expect(() => encodeWav({ sampleRate: 8000, channels: [new Float32Array(2), new Float32Array(3)] })).toThrow(
      'same length',
    );
    expect(() => encodeWav({ sampleRate: 8000, channels: [Float32Array.of(0, Number.NaN)] })).toThrow(
      'sample 1 is NaN',
    );
  });
});

describe('music bed', () => {
  const sampleRate = 48000;
  const bed = synthMusicBed({ sampleRate });

  test('is deterministic', () => {
    const again = synthMusicBed({ sampleRate });
    bed.channels.forEach((channel, c) =>
      expect(Buffer.from(again.channels[c].buffer).equals(Buffer.from(channel.buffer))).toBe(true),
    );
  });

  test('is stereo and lasts a whole number of bars', () => {
    expect(bed.channels).toHaveLength(2);
    const barSamples = (sampleRate * BEATS_PER_BAR * 60) / TEMPO_BPM;
    expect(bed.channels[0].length).toBe(BARS * barSamples);
    expect(bed.channels[1].length).toBe(bed.channels[0].length);
  });

  test('peaks at or under 0.8, with no NaN', () => {
    const peak = Math.max(...bed.channels.map((channel) => channel.reduce((max, v) => Math.max(max, Math.abs(v)), 0)));
    expect(peak).toBeLessThanOrEqual(0.8);
    expect(peak).toBeCloseTo(MUSIC_BED_PEAK, 5);
    expect(bed.channels.every((channel) => channel.every((v) => !Number.isNaN(v)))).toBe(true);
  });

  test('loops seamlessly: the jump across the loop point is no larger than any jump inside it', () => {
    for (const channel of bed.channels) {
      let largestJump = 0;
      for (let i = 1; i < channel.length; i++) {
        largestJump = Math.max(largestJump, Math.abs(channel[i] - channel[i - 1]));
      }
      expect(Math.abs(channel[0] - channel[channel.length - 1])).toBeLessThanOrEqual(largestJump);
    }
  });

  test('has no DC offset', () => {
    for (const channel of bed.channels) {
      expect(Math.abs(channel.reduce((sum, v) => sum + v, 0) / channel.length)).toBeLessThan(1e-4);
    }
  });

  test('padLoopEdges wraps the loop end before its start and the start after its end', () => {
    const padded = padLoopEdges({ sampleRate: 8000, channels: [Float32Array.of(1, 2, 3, 4)] }, 2);
    expect([...padded.channels[0]]).toEqual([3, 4, 1, 2, 3, 4, 1, 2]);
    expect(() => padLoopEdges({ sampleRate: 8000, channels: [Float32Array.of(1)] }, 2)).toThrow('more than');
  });
});
