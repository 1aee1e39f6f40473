/**
 * What ffmpeg's loudnorm filter reports, read from its stderr: the last flat JSON object it prints.
 * Pure: the loudness code in render/ runs ffmpeg and hands the text here.
 */

/**
 * One EBU R128 measurement by loudnorm. Silence has no loudness and no peak: ffmpeg prints -inf, which
 * is `null` here (never -Infinity, which JSON cannot hold).
 */
export type LoudnessMeasurement = {
  /** Integrated loudness, LUFS; null for silence. */
  integratedLufs: number | null;
  /** True peak (loudnorm's 192 kHz sample peak), dBTP; null for silence. */
  truePeakDbtp: number | null;
  /** Loudness range, LU. */
  lra: number;
  /** The relative gate, LUFS (-70 for silence). */
  thresholdLufs: number;
  /** By how much loudnorm's one-pass dynamic mode would miss the target, the `offset` its second pass takes; null for silence. */
  offsetLu: number | null;
};

/** loudnorm's summary is the last flat JSON object on stderr (values never contain braces). */
const LOUDNORM_JSON = /\{\s*"input_i"[^{}]*\}/g;

const parseLoudnormJson = (stderr: string, path: string): Record<string, string> => {
  const block = stderr.match(LOUDNORM_JSON)?.at(-1);
  if (!block) {
    throw new Error(`loudnorm printed no measurement for ${path}:\n${stderr.slice(-2000)}`);
  }
  return JSON.parse(block) as Record<string, string>;
};

const field = (json: Record<string, string>, key: string): string => {
  const value = json[key];
  if (value === undefined) {
    throw new Error(`loudnorm's summary has no "${key}"`);
  }
  return value;
};

/** A level in dB, or null for ffmpeg's -inf / inf (silence). */
const level = (json: Record<string, string>, key: string): number | null => {
  const value = Number(field(json, key));
  return Number.isFinite(value) ? value : null;
};

const finite = (json: Record<string, string>, key: string): number => {
  const value = level(json, key);
  if (value === null) {
    throw new Error(`loudnorm's "${key}" is ${json[key]}`);
  }
  return value;
};

/** loudnorm's first-pass measurement of the input, from ffmpeg's stderr; `path` names the file in errors. */
export const parseLoudnormSummary = (stderr: string, path: string): LoudnessMeasurement => {
  const json = parseLoudnormJson(stderr, path);
  return {
    integratedLufs: level(json, 'input_i'),
    truePeakDbtp: level(json, 'input_tp'),
    lra: finite(json, 'input_lra'),
    thresholdLufs: finite(json, 'input_thresh'),
    offsetLu: level(json, 'target_offset'),
  };
};

/** Whether loudnorm's second pass kept to one gain ('linear') or rode it with its limiter ('dynamic'). */
export const parseLoudnormMode = (stderr: string, path: string): 'linear' | 'dynamic' =>
  field(parseLoudnormJson(stderr, path), 'normalization_type') === 'linear' ? 'linear' : 'dynamic';
