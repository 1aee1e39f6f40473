/**
 * The loudness of a rendered clip's audio, measured and normalised to the platforms' target with the
 * ffmpeg that ships inside Remotion. That build has loudnorm but no ebur128 and no limiter filter, so
 * loudnorm both measures and, where linear gain cannot reach the target, limits.
 */
import { resolve } from 'node:path';
import type { CancelSignal } from '@remotion/renderer';
import { type LoudnessMeasurement, parseLoudnormMode, parseLoudnormSummary } from '../audio/loudnorm-summary';
import { callFf } from './ff';
import { writeAtomically } from './files';
import { probeAudio, videoDuration } from './probe';

export type { LoudnessMeasurement } from '../audio/loudnorm-summary';

export const LOUDNESS = {
  /** Instagram and YouTube play social video at about -14 LUFS integrated. */
  targetLufs: -14,
  /** The platforms' ceiling: their own transcodes clip peaks above it. */
  maxTruePeakDbtp: -1,
  /** How far from the target a file may land and still pass the spec check. */
  toleranceLu: 1,
  /** The ceiling given to loudnorm: resampling and AAC encoding after it raised the true peak by up to 0.15 dB (speech, tone bursts, clipped square waves, 128k–320k), so 0.5 dB leaves three times that. */
  limiterTruePeakDbtp: -1.5,
  /** loudnorm leaves linear mode for anything with a wider loudness range than this: 20 LU lets speech and music through, so it only compresses when the peak ceiling forces it. */
  loudnessRangeLu: 20,
} as const;

/** Both platforms ask for AAC-LC at 48 kHz; YouTube for stereo. */
export const AUDIO_FORMAT = { codec: 'aac', sampleRate: 48000, channels: 2 } as const;

/** AAC-LC as Remotion itself encodes it (libfdk_aac at 320 kb/s), so normalising costs no quality. */
const AAC_ENCODER = 'libfdk_aac';
const AAC_BITRATE = '320k';

/** Normalise to stereo before measuring, so the measurement is of what gets encoded (ffmpeg spreads mono over both channels at -3 dB each). */
const TO_STEREO = 'aformat=channel_layouts=stereo';

/** Accept a pass this close to the target: half the tolerance, so another meter that reads a little differently still sees the file within it. */
const AIM_LU = 0.5;
/** Enough to find a dynamic-mode target that lands (three or four in practice); each costs a full audio encode. */
const MAX_PASSES = 5;
/** Raising loudnorm's target in dynamic mode lifted the result by only 0.54–0.63 of the raise (its limiter takes the rest back). */
const DYNAMIC_SLOPE = 0.55;
/** A smaller change of loudnorm's target moves the result by less than loudnorm reports (0.01 LU). */
const MIN_STEP_LU = 0.05;
/** loudnorm's limits for its target and for measured_I (it takes measured_I 0 as "not measured"). */
const LOUDNORM_MAX_TARGET_LUFS = -5;
const LOUDNORM_MIN_TRUE_PEAK_DBTP = -9;
const LOUDNORM_MAX_MEASURED_LUFS = -1;
/** loudnorm takes measured_LRA 0 as "not measured" and would leave linear mode for a steady tone, whose range really is 0. */
const MIN_MEASURED_LRA = 0.01;

/** linear: one gain for the whole clip; dynamic: loudnorm's gain riding and limiter; silent: nothing to normalise. */
export type NormalisationMode = 'linear' | 'dynamic' | 'silent';

export type NormaliseResult = {
  /** The input's first audio stream, as stereo. */
  before: LoudnessMeasurement;
  /** The output file as written. */
  after: LoudnessMeasurement;
  mode: NormalisationMode;
  /** How many times the audio was encoded to get there. */
  passes: number;
};

const loudnorm = (options: Record<string, number | string>): string =>
  `loudnorm=${Object.entries(options)
    .map(([key, value]) => `${key}=${typeof value === 'number' ? value.toFixed(2) : value}`)
    .join(':')}`;

/** The same targets in every pass, so a measurement's offsetLu is what the second pass needs. */
const TARGETS = { I: LOUDNESS.targetLufs, TP: LOUDNESS.limiterTruePeakDbtp, LRA: LOUDNESS.loudnessRangeLu };

const measure = async (
  path: string,
  filters: string[],
  cancelSignal: CancelSignal | undefined,
): Promise<LoudnessMeasurement> => {
  const chain = [...filters, loudnorm({ ...TARGETS, print_format: 'json' })].join(',');
  const { stderr } = await callFf(
    'ffmpeg',
    ['-hide_banner', '-nostats', '-i', path, '-map', '0:a:0', '-af', chain, '-f', 'null', '-'],
    cancelSignal,
  );
  return parseLoudnormSummary(stderr, path);
};

/** Measures the first audio stream's loudness with loudnorm's first pass (nothing is written). */
export const measureLoudness = (path: string, cancelSignal?: CancelSignal): Promise<LoudnessMeasurement> =>
  measure(resolve(path), [], cancelSignal);

/** What one encode asks of loudnorm, plus a plain gain after it. */
type Plan = { targetLufs: number; ceilingDbtp: number; gainDb: number };
type Pass = { plan: Plan; mode: 'linear' | 'dynamic'; after: LoudnessMeasurement };

const loudnessError = (pass: Pass): number => LOUDNESS.targetLufs - (pass.after.integratedLufs ?? -Infinity);
const peakOk = (pass: Pass): boolean => (pass.after.truePeakDbtp ?? -Infinity) <= LOUDNESS.maxTruePeakDbtp;
const samePlan = (a: Plan, b: Plan): boolean =>
  a.targetLufs === b.targetLufs && a.ceilingDbtp === b.ceilingDbtp && a.gainDb === b.gainDb;

/** A peak over the ceiling is worse than any loudness error. */
const better = (a: Pass, b: Pass): Pass => {
  if (peakOk(a) !== peakOk(b)) {
    return peakOk(a) ? a : b;
  }
  return Math.abs(loudnessError(b)) < Math.abs(loudnessError(a)) ? b : a;
};

/** The correction to try next, or null when the best pass is good or nothing untried would do better. */
const nextPlan = (passes: Pass[]): Plan | null => {
  const last = passes[passes.length - 1];
  if (!peakOk(last)) {
    // The encode overshot the limiter's ceiling by more than the margin: lower it by what came through.
    const overshoot = (last.after.truePeakDbtp ?? 0) - LOUDNESS.limiterTruePeakDbtp;
    const ceilingDbtp = Math.max(LOUDNORM_MIN_TRUE_PEAK_DBTP, last.plan.ceilingDbtp - overshoot);
    return ceilingDbtp < last.plan.ceilingDbtp ? { ...last.plan, ceilingDbtp } : null;
  }
  const best = passes.reduce(better);
  const { plan } = best;
  const error = loudnessError(best);
  if (best.after.truePeakDbtp === null || !Number.isFinite(error) || Math.abs(error) <= AIM_LU) {
    return null;
  }
  let next: Plan;
  if (best.after.truePeakDbtp + error <= LOUDNESS.limiterTruePeakDbtp) {
    // The peaks leave room: a plain gain lands exactly.
    next = { ...plan, gainDb: plan.gainDb + error };
  } else {
    // Too quiet with the peaks at the ceiling: raise loudnorm's target. A raise that did worse marks a
    // cliff (past it the limiter holds the whole signal down, not just its peaks): stay below it.
    const cliffs = passes.filter(
      (p) =>
        p.plan.ceilingDbtp === plan.ceilingDbtp && p.plan.gainDb === plan.gainDb && p.plan.targetLufs > plan.targetLufs,
    );
    const cliff = Math.min(LOUDNORM_MAX_TARGET_LUFS, ...cliffs.map((p) => p.plan.targetLufs));
    const step = plan.targetLufs + error / DYNAMIC_SLOPE;
    next = { ...plan, targetLufs: Math.min(step, cliffs.length > 0 ? (plan.targetLufs + cliff) / 2 : cliff) };
    if (next.targetLufs - plan.targetLufs < MIN_STEP_LU) {
      return null;
    }
  }
  return passes.some((p) => samePlan(p.plan, next)) ? null : next;
};

/**
 * Normalises the first audio stream to LOUDNESS (two-pass loudnorm, AAC-LC 48 kHz stereo) and copies
 * the video stream untouched; moov goes before mdat. Input may equal output: the result is written
 * beside it and renamed over it only when complete, so a failed or cancelled run leaves the old file.
 *
 * loudnorm falls back to dynamic mode (gain riding and a limiter) when one gain would push the peaks
 * over the ceiling, as it does for speech; that mode lands short of the target, so each pass is
 * measured and corrected (a plain gain where the peaks leave room, else a higher loudnorm target)
 * until it is within AIM_LU. When nothing gets there (a signal whose every peak is at the ceiling),
 * the nearest pass with its peak under the ceiling is kept and `after` shows the miss.
 *
 * Throws for a file with no audio stream: check probeAudio first.
 */
export const normaliseLoudness = async (options: {
  input: string;
  output: string;
  cancelSignal?: CancelSignal;
}): Promise<NormaliseResult> => {
  const { cancelSignal } = options;
  const input = resolve(options.input);
  const output = resolve(options.output);
  const audio = await probeAudio(input);
  if (!audio) {
    throw new Error(`${input} has no audio stream to normalise: check probeAudio() first`);
  }
  const before = await measure(input, [TO_STEREO], cancelSignal);
  // Remotion's AAC runs up to a frame (21 ms) or more past the last video frame; ending both together keeps the file as long as the clip.
  const videoSeconds = await videoDuration(input);
  const durationSeconds = videoSeconds === null ? audio.durationSeconds : Math.min(audio.durationSeconds, videoSeconds);
  // writeAtomically keeps what its callback returns to itself.
  const outcome: { result?: NormaliseResult } = {};
  await writeAtomically(output, async (temp) => {
    const encode = async (filters: string[]): Promise<string> => {
      const args = [
        '-hide_banner',
        '-nostats',
        '-y',
        '-i',
        input,
        '-map',
        '0:v?',
        '-map',
        '0:a:0',
        '-c:v',
        'copy',
        '-af',
        filters.join(','),
        '-c:a',
        AAC_ENCODER,
        '-b:a',
        AAC_BITRATE,
        '-ar',
        String(AUDIO_FORMAT.sampleRate),
        '-movflags',
        '+faststart',
        temp,
      ];
      return (await callFf('ffmpeg', args, cancelSignal)).stderr;
    };
    if (before.integratedLufs === null || before.truePeakDbtp === null || before.offsetLu === null) {
      await encode([TO_STEREO, `atrim=duration=${durationSeconds}`]);
      outcome.result = { before, after: await measureLoudness(temp, cancelSignal), mode: 'silent', passes: 1 };
      return;
    }
    // loudnorm takes measured_I only up to 0 LUFS: turn anything louder down first (a gain shifts every level alike).
    const preGainDb = Math.min(0, LOUDNORM_MAX_MEASURED_LUFS - before.integratedLufs);
    const measured = {
      measured_I: before.integratedLufs + preGainDb,
      measured_TP: before.truePeakDbtp + preGainDb,
      measured_LRA: Math.max(MIN_MEASURED_LRA, before.lra),
      measured_thresh: before.thresholdLufs + preGainDb,
      offset: before.offsetLu,
    };
    const run = async (plan: Plan): Promise<Pass> => {
      const stderr = await encode([
        TO_STEREO,
        `volume=${preGainDb.toFixed(2)}dB`,
        loudnorm({
          I: plan.targetLufs,
          TP: plan.ceilingDbtp,
          LRA: LOUDNESS.loudnessRangeLu,
          ...measured,
          linear: 'true',
          print_format: 'json',
        }),
        // Dynamic mode stamps its last 3 s about 90 ms late and pads the end: renumber by sample count and trim, so the audio stays in sync.
        'asetpts=N/SR/TB',
        `atrim=duration=${durationSeconds}`,
        `volume=${plan.gainDb.toFixed(2)}dB`,
      ]);
      const mode = parseLoudnormMode(stderr, input);
      return { plan, mode, after: await measureLoudness(temp, cancelSignal) };
    };

    const passes: Pass[] = [];
    let plan: Plan | null = { targetLufs: LOUDNESS.targetLufs, ceilingDbtp: LOUDNESS.limiterTruePeakDbtp, gainDb: 0 };
    while (plan && passes.length < MAX_PASSES) {
      passes.push(await run(plan));
      plan = nextPlan(passes);
    }
    const best = passes.reduce(better);
    const final = best === passes[passes.length - 1] ? best : await run(best.plan);
    outcome.result = { before, after: final.after, mode: final.mode, passes: passes.length + (final === best ? 0 : 1) };
  });
  if (!outcome.result) {
    throw new Error(`normalising ${input} produced no result`);
  }
  return outcome.result;
};
