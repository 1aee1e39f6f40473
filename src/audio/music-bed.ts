/**
 * A calm background loop synthesised from sines, so the voiced example needs no third-party music.
 * Pure and deterministic: the same sample rate always gives the same samples. Every note is written
 * into a circular buffer, so tails that run past the end wrap round to the start and the loop is seamless.
 */
import type { PcmAudio } from './wav';

/** A relaxed pace that leaves room for speech on top. */
export const TEMPO_BPM = 100;
/** 4/4, one chord per bar. */
export const BEATS_PER_BAR = 4;
/** Once through I–vi–IV–V: 9.6 s at 100 BPM, long enough not to sound like a short repeat. */
export const BARS = 4;

/** MIDI notes per bar in C major: a bass root and three close-voiced upper tones that move by step. */
const CHORDS = [
  { bass: 48, upper: [60, 64, 67] }, // I: C
  { bass: 45, upper: [60, 64, 69] }, // vi: Am
  { bass: 41, upper: [60, 65, 69] }, // IV: F
  { bass: 43, upper: [59, 62, 67] }, // V: G
] as const;

/** The pad swells in slowly so chord changes blur rather than strike. */
const PAD_ATTACK_SECONDS = 0.8;
/** Each chord fades out across the next bar's attack, so the harmony crossfades. */
const PAD_RELEASE_SECONDS = 1.4;
/** A soft, round tone: upper partials fall off fast, so nothing bright competes with a voice. */
const PAD_PARTIALS = [1, 0.18, 0.05] as const;
/** Left and right pad oscillators are detuned by this many cents each way: slow chorus and width. */
const PAD_DETUNE_CENTS = 4;
/** Each of the three upper tones; together they are the bed's body, and the reference for the other levels. */
const PAD_LEVEL = 0.16;
/** The bass is a plain sine under the pad: felt more than heard. */
const BASS_LEVEL = 0.2;
/** Upper pad tones spread a little across the field; the bass stays centred. */
const PAD_SPREAD = 0.35;

/**
 * Eighth-note slots per bar: which upper chord tone to pluck and how hard, null for a rest. The rests
 * keep it sparse; the downbeat leads and the rest stay in the background.
 */
const ARPEGGIO = [
  { tone: 0, accent: 1 },
  null,
  { tone: 2, accent: 0.7 },
  { tone: 1, accent: 0.6 },
  null,
  { tone: 2, accent: 0.75 },
  { tone: 1, accent: 0.6 },
  null,
] as const;
/** The arpeggio plays an octave above the pad so the two don't blur into each other. */
const ARPEGGIO_OCTAVE = 12;
/** A few milliseconds of rise: a pluck's edge without a click. */
const PLUCK_ATTACK_SECONDS = 0.005;
/** Time constant of the pluck's exponential decay: a short, soft ring. */
const PLUCK_DECAY_SECONDS = 0.28;
/** By then the pluck has decayed ~60 dB, so cutting it there is inaudible. */
const PLUCK_RING_SECONDS = 1.9;
/** The last bit of the ring fades to exact zero, so the cut is not a step either. */
const PLUCK_FADE_SECONDS = 0.1;
/** Harmonics of the pluck and how fast each decays relative to the fundamental: bright start, round tail. */
const PLUCK_PARTIALS = [
  { harmonic: 1, level: 1, decay: 1 },
  { harmonic: 2, level: 0.3, decay: 0.5 },
  { harmonic: 3, level: 0.1, decay: 0.33 },
] as const;
/** About 9 LU under the pad: a gentle figure you notice, never a lead line fighting the voice. */
const PLUCK_LEVEL = 0.3;
/** Plucks alternate this far left and right. */
const PLUCK_SPREAD = 0.3;

/** 3 dB under full scale: AAC encoding overshoots peaks, and the encoded bed must not clip. */
export const MUSIC_BED_PEAK = 0.7;

const midiToHz = (note: number): number => 440 * 2 ** ((note - 69) / 12);

/** Rises from 0 to 1 along half a cosine: the envelope has no corners, so no clicks. */
const smoothRise = (x: number): number => (x <= 0 ? 0 : x >= 1 ? 1 : 0.5 - 0.5 * Math.cos(Math.PI * x));

/** Equal-power pan, -1 left to 1 right: notes keep their loudness wherever they sit. */
const panGains = (pan: number): readonly [number, number] => {
  const angle = ((pan + 1) * Math.PI) / 4;
  return [Math.cos(angle), Math.sin(angle)];
};

/** Samples in one bar at this sample rate; the loop is a whole number of these. */
export const barSamples = (sampleRate: number): number => Math.round((sampleRate * BEATS_PER_BAR * 60) / TEMPO_BPM);

type Note = {
  start: number;
  length: number;
  /** The note's value at `seconds` after its start, on channel 0 (left) or 1 (right). */
  sample: (seconds: number, channel: number) => number;
};

const padNote = (
  sampleRate: number,
  start: number,
  holdSeconds: number,
  note: number,
  level: number,
  pan: number,
  partials: readonly number[],
): Note => {
  const gains = panGains(pan);
  const base = midiToHz(note);
  const detuned = [base * 2 ** (-PAD_DETUNE_CENTS / 1200), base * 2 ** (PAD_DETUNE_CENTS / 1200)];
  return {
    start,
    length: Math.round((holdSeconds + PAD_RELEASE_SECONDS) * sampleRate),
    sample: (t, channel) => {
      const envelope = smoothRise(t / PAD_ATTACK_SECONDS) * (1 - smoothRise((t - holdSeconds) / PAD_RELEASE_SECONDS));
      let value = 0;
      partials.forEach((amplitude, i) => {
        value += amplitude * Math.sin(2 * Math.PI * detuned[channel] * (i + 1) * t);
      });
      return level * gains[channel] * envelope * value;
    },
  };
};

const pluckNote = (sampleRate: number, start: number, note: number, level: number, pan: number): Note => {
  const gains = panGains(pan);
  const frequency = midiToHz(note);
  return {
    start,
    length: Math.round(PLUCK_RING_SECONDS * sampleRate),
    sample: (t, channel) => {
      const envelope =
        smoothRise(t / PLUCK_ATTACK_SECONDS) *
        (1 - smoothRise((t - (PLUCK_RING_SECONDS - PLUCK_FADE_SECONDS)) / PLUCK_FADE_SECONDS));
      let value = 0;
      for (const { harmonic, level: partial, decay } of PLUCK_PARTIALS) {
        value +=
          partial * Math.exp(-t / (PLUCK_DECAY_SECONDS * decay)) * Math.sin(2 * Math.PI * frequency * harmonic * t);
      }
      return level * gains[channel] * envelope * value;
    },
  };
};

const notes = (sampleRate: number): Note[] => {
  const bar = barSamples(sampleRate);
  const barSeconds = bar / sampleRate;
  const slot = bar / ARPEGGIO.length;
  return CHORDS.flatMap((chord, barIndex) => {
    const start = barIndex * bar;
    const pad = [
      padNote(sampleRate, start, barSeconds, chord.bass, BASS_LEVEL, 0, [1]),
      ...chord.upper.map((note, i) =>
        padNote(sampleRate, start, barSeconds, note, PAD_LEVEL, PAD_SPREAD * (i - 1), PAD_PARTIALS),
      ),
    ];
    const plucks = ARPEGGIO.flatMap((pluck, i) =>
      pluck === null
        ? []
        : [
            pluckNote(
              sampleRate,
              start + Math.round(i * slot),
              chord.upper[pluck.tone] + ARPEGGIO_OCTAVE,
              PLUCK_LEVEL * pluck.accent,
              i % 2 === 0 ? -PLUCK_SPREAD : PLUCK_SPREAD,
            ),
          ],
    );
    return [...pad, ...plucks];
  });
};

/** Synthesises the stereo loop: BARS bars long, peak MUSIC_BED_PEAK, no DC, ending where it starts. */
export const synthMusicBed = ({ sampleRate }: { sampleRate: number }): PcmAudio => {
  if (!Number.isInteger(sampleRate) || sampleRate <= 0) {
    throw new Error(`synthMusicBed: the sample rate must be a positive integer, not ${sampleRate}`);
  }
  const length = BARS * barSamples(sampleRate);
  // Mixing in doubles keeps the sum of many small notes exact before the one rounding to float32.
  const mix = [new Float64Array(length), new Float64Array(length)];
  for (const note of notes(sampleRate)) {
    for (let i = 0; i < note.length; i++) {
      const at = (note.start + i) % length;
      const t = i / sampleRate;
      mix[0][at] += note.sample(t, 0);
      mix[1][at] += note.sample(t, 1);
    }
  }
  // Decaying sines leave a tiny mean; removing it keeps the bed from biasing the mix.
  for (const channel of mix) {
    const mean = channel.reduce((sum, v) => sum + v, 0) / length;
    channel.forEach((v, i) => {
      channel[i] = v - mean;
    });
  }
  const peak = Math.max(...mix.map((channel) => channel.reduce((max, v) => Math.max(max, Math.abs(v)), 0)));
  const gain = MUSIC_BED_PEAK / peak;
  return { sampleRate, channels: mix.map((channel) => Float32Array.from(channel, (v) => v * gain)) };
};

/**
 * The loop with `samples` of its end put before its start and of its start after its end. A lossy
 * encoder given this sees the loop's edges as the continuous signal they are; the caller trims them off.
 */
export const padLoopEdges = ({ sampleRate, channels }: PcmAudio, samples: number): PcmAudio => ({
  sampleRate,
  channels: channels.map((channel) => {
    if (samples > channel.length) {
      throw new Error(`padLoopEdges: ${samples} samples of padding is more than the ${channel.length}-sample loop`);
    }
    const padded = new Float32Array(channel.length + 2 * samples);
    padded.set(channel.subarray(channel.length - samples), 0);
    padded.set(channel, samples);
    padded.set(channel.subarray(0, samples), samples + channel.length);
    return padded;
  }),
});
