/**
 * How the voice and the music bed sit together: the music fades in and out and ducks under the
 * voice. Pure, so the Studio, the render and the unit tests hear the same envelope.
 */
import type { TimedWord } from '../captions/timing';
import type { AudioSettings } from '../schema';

export const MIX_DEFAULTS: Required<AudioSettings> = {
  voiceVolume: 1,
  /** About -10 dB: the bed stays audible between sentences but never competes with words. */
  duckTo: 0.3,
  /** Long enough not to start with a jolt, short enough to be there by the hook's end. */
  fadeInSeconds: 1,
  /** The outro card's beat closes on the music fading out. */
  fadeOutSeconds: 1.5,
};

export const DUCKING = {
  /** The music dips just before a word so its first syllable is clean. */
  attackMs: 150,
  /** And comes back slowly after, so breaths between words don't pump it. */
  releaseMs: 450,
  /** Silences shorter than this between words are part of speech, not a gap to fill. */
  mergeGapMs: 800,
} as const;

export type Interval = { startMs: number; endMs: number };

/** An audio file under assets/ and its length, as calculateMetadata read it. */
export type ResolvedAudioFile = { src: string; durationMs: number };

/** A loop's length within this of a whole frame is that frame: durations are read rounded to the millisecond. */
const WHOLE_FRAME_TOLERANCE = 0.05;

/**
 * Whole frames per pass of a looped bed, so each pass starts exactly where the last one ends. A
 * loop made to a whole number of frames (the example's 9.6 s is 288) plays whole; any other loses
 * the part of a frame it has beyond its last whole one.
 */
export const loopFrames = (durationMs: number, fps: number): number => {
  const frames = (durationMs / 1000) * fps;
  const whole = Math.round(frames);
  return Math.max(1, Math.abs(frames - whole) <= WHOLE_FRAME_TOLERANCE ? whole : Math.floor(frames));
};

/** Where the voice speaks, in clip time: words joined across short silences. */
export const speechIntervals = (words: TimedWord[], offsetMs: number): Interval[] => {
  const intervals: Interval[] = [];
  for (const word of [...words].sort((a, b) => a.startMs - b.startMs)) {
    const last = intervals[intervals.length - 1];
    const startMs = word.startMs + offsetMs;
    const endMs = word.endMs + offsetMs;
    if (last && startMs - last.endMs < DUCKING.mergeGapMs) {
      last.endMs = Math.max(last.endMs, endMs);
    } else {
      intervals.push({ startMs, endMs });
    }
  }
  return intervals;
};

/** 0 away from speech, 1 while it lasts, with straight ramps of attackMs before and releaseMs after. */
export const speechPresence = (timeMs: number, speech: Interval[]): number =>
  speech.reduce((presence, { startMs, endMs }) => {
    if (timeMs >= startMs && timeMs <= endMs) return 1;
    const ramp =
      timeMs < startMs ? 1 - (startMs - timeMs) / DUCKING.attackMs : 1 - (timeMs - endMs) / DUCKING.releaseMs;
    return Math.max(presence, Math.min(1, Math.max(0, ramp)));
  }, 0);

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** The music's volume at `timeMs` of a clip `durationMs` long. */
export const musicGain = ({
  timeMs,
  durationMs,
  volume,
  settings,
  speech,
}: {
  timeMs: number;
  durationMs: number;
  volume: number;
  settings?: AudioSettings;
  speech: Interval[];
}): number => {
  const { fadeInSeconds, fadeOutSeconds, duckTo } = { ...MIX_DEFAULTS, ...settings };
  const fadeIn = fadeInSeconds === 0 ? 1 : clamp01(timeMs / (fadeInSeconds * 1000));
  const fadeOut = fadeOutSeconds === 0 ? 1 : clamp01((durationMs - timeMs) / (fadeOutSeconds * 1000));
  const duck = 1 - (1 - duckTo) * speechPresence(timeMs, speech);
  return volume * Math.min(fadeIn, fadeOut) * duck;
};

export const voiceVolume = (settings?: AudioSettings): number => settings?.voiceVolume ?? MIX_DEFAULTS.voiceVolume;
