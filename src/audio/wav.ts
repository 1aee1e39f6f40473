/**
 * 16-bit PCM WAV encoding and decoding on plain bytes. Pure: no Node APIs, so it runs in tests,
 * commands and the browser alike.
 */

export type PcmAudio = {
  sampleRate: number;
  /** One array per channel, all the same length, samples in [-1, 1]. */
  channels: Float32Array[];
};

/** Symmetric full scale, so -1 and 1 both round-trip exactly and encoding never needs -32768. */
const FULL_SCALE = 32767;
const BYTES_PER_SAMPLE = 2;
/** The canonical header: RIFF (12 bytes), fmt chunk (8 + 16), data chunk header (8). */
const HEADER_BYTES = 44;
/** WAVE_FORMAT_PCM: integer samples, no compression. */
const FORMAT_PCM = 1;
/** WAVE_FORMAT_EXTENSIBLE: what ffmpeg writes for some layouts; its subformat says PCM or not. */
const FORMAT_EXTENSIBLE = 0xfffe;
/** Offset of the subformat GUID inside an extensible fmt chunk; its first two bytes are the format code. */
const EXTENSIBLE_SUBFORMAT_OFFSET = 24;

const fourCc = (view: DataView, offset: number): string =>
  String.fromCharCode(
    view.getUint8(offset),
    view.getUint8(offset + 1),
    view.getUint8(offset + 2),
    view.getUint8(offset + 3),
  );

const writeFourCc = (view: DataView, offset: number, text: string): void => {
  for (let i = 0; i < 4; i++) {
    view.setUint8(offset + i, text.charCodeAt(i));
  }
};

/** Encodes float samples as a 16-bit PCM WAV file: clamped to [-1, 1], rounded half away from zero. */
export const encodeWav = ({ sampleRate, channels }: PcmAudio): Uint8Array => {
  if (!Number.isInteger(sampleRate) || sampleRate <= 0) {
    throw new Error(`encodeWav: the sample rate must be a positive integer, not ${sampleRate}`);
  }
  if (channels.length === 0) {
    throw new Error('encodeWav: give at least one channel');
  }
  const frames = channels[0].length;
  if (channels.some((c) => c.length !== frames)) {
    throw new Error(`encodeWav: all channels must have the same length (${channels.map((c) => c.length).join(', ')})`);
  }
  const blockAlign = channels.length * BYTES_PER_SAMPLE;
  const dataBytes = frames * blockAlign;
  const bytes = new Uint8Array(HEADER_BYTES + dataBytes);
  const view = new DataView(bytes.buffer);
  writeFourCc(view, 0, 'RIFF');
  view.setUint32(4, HEADER_BYTES - 8 + dataBytes, true);
  writeFourCc(view, 8, 'WAVE');
  writeFourCc(view, 12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, FORMAT_PCM, true);
  view.setUint16(22, channels.length, true);
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * blockAlign, true);
  view.setUint16(32, blockAlign, true);
  view.setUint16(34, BYTES_PER_SAMPLE * 8, true);
  writeFourCc(view, 36, 'data');
  view.setUint32(40, dataBytes, true);
  let offset = HEADER_BYTES;
  for (let frame = 0; frame < frames; frame++) {
    for (const channel of channels) {
      const sample = channel[frame];
      if (Number.isNaN(sample)) {
        throw new Error(`encodeWav: sample ${frame} is NaN`);
      }
      const scaled = Math.min(1, Math.max(-1, sample)) * FULL_SCALE;
      // Math.round sends -0.5 up to 0; rounding the magnitude keeps positive and negative symmetric.
      view.setInt16(offset, Math.sign(scaled) * Math.round(Math.abs(scaled)), true);
      offset += BYTES_PER_SAMPLE;
    }
  }
  return bytes;
};

/** Decodes a 16-bit PCM WAV file, skipping chunks it does not need (LIST, fact, …). */
export const decodeWav = (bytes: Uint8Array): PcmAudio => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 12 || fourCc(view, 0) !== 'RIFF' || fourCc(view, 8) !== 'WAVE') {
    throw new Error('decodeWav: not a WAV file (no RIFF/WAVE header)');
  }
  let format: { channels: number; sampleRate: number } | null = null;
  let offset = 12;
  while (offset + 8 <= bytes.byteLength) {
    const id = fourCc(view, offset);
    const size = view.getUint32(offset + 4, true);
    const body = offset + 8;
    if (id === 'fmt ') {
      if (size < 16 || body + size > bytes.byteLength) {
        throw new Error('decodeWav: the fmt chunk is truncated');
      }
      const code = view.getUint16(body, true);
      const pcm =
        code === FORMAT_PCM ||
        (code === FORMAT_EXTENSIBLE &&
          size >= 40 &&
          view.getUint16(body + EXTENSIBLE_SUBFORMAT_OFFSET, true) === FORMAT_PCM);
      const bits = view.getUint16(body + 14, true);
      if (!pcm || bits !== BYTES_PER_SAMPLE * 8) {
        throw new Error(
          `decodeWav: only 16-bit PCM is supported, this file is format ${code} with ${bits}-bit samples`,
        );
      }
      format = { channels: view.getUint16(body + 2, true), sampleRate: view.getUint32(body + 4, true) };
      if (format.channels === 0) {
        throw new Error('decodeWav: the fmt chunk declares no channels');
      }
    } else if (id === 'data') {
      if (!format) {
        throw new Error('decodeWav: the data chunk comes before the fmt chunk');
      }
      // Streaming writers (espeak-ng to a pipe, ffmpeg to stdout) leave a placeholder size: read what is there.
      const available = Math.min(size, bytes.byteLength - body);
      const frames = Math.floor(available / (format.channels * BYTES_PER_SAMPLE));
      const channels = Array.from({ length: format.channels }, () => new Float32Array(frames));
      let at = body;
      for (let frame = 0; frame < frames; frame++) {
        for (const channel of channels) {
          // -32768 is one step past -1 on the symmetric scale: clamp it so samples stay in [-1, 1].
          channel[frame] = Math.max(-1, view.getInt16(at, true) / FULL_SCALE);
          at += BYTES_PER_SAMPLE;
        }
      }
      return { sampleRate: format.sampleRate, channels };
    }
    // Chunks are padded to an even length.
    offset = body + size + (size % 2);
  }
  throw new Error('decodeWav: the file has no data chunk');
};
