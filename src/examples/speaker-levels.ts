/**
 * How loud the voice is on each video frame, 0 to 1, for the drawn speaker's mouth. Pure, so the
 * example maker and its test compute the same mouth.
 */

/** Speech peaks vary: the 95th percentile of the frames' loudness opens the mouth fully, the rest scale under it. */
const FULL_OPEN_PERCENTILE = 0.95;
/** A mouth snaps open at a syllable but closes over about 3 frames, as a real one does. */
const RELEASE_PER_FRAME = 0.35;

export const frameLevels = (samples: Float32Array, sampleRate: number, fps: number): number[] => {
  const frames = Math.ceil((samples.length / sampleRate) * fps);
  const rms = Array.from({ length: frames }, (_, frame) => {
    const from = Math.floor((frame * sampleRate) / fps);
    const to = Math.min(samples.length, Math.floor(((frame + 1) * sampleRate) / fps));
    let sum = 0;
    for (let i = from; i < to; i++) sum += samples[i] * samples[i];
    return to > from ? Math.sqrt(sum / (to - from)) : 0;
  });
  const sorted = [...rms].sort((a, b) => a - b);
  const full = sorted[Math.floor((sorted.length - 1) * FULL_OPEN_PERCENTILE)] || 1;
  let previous = 0;
  return rms.map((value) => {
    const target = Math.min(1, value / full);
    previous = target >= previous ? target : previous - (previous - target) * RELEASE_PER_FRAME;
    return Math.round(previous * 1000) / 1000;
  });
};
