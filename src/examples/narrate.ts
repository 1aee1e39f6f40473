/**
 * The examples' narration: espeak-ng reads sentences, which are joined with pauses, and each
 * sentence's span in the result is its caption. Node only (it runs espeak-ng and reads its files);
 * the example makers in cli/ use it, no composition does.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Caption } from '@remotion/captions';
import { decodeWav } from '../audio/wav';

const run = promisify(execFile);

/** On PATH, from Debian's espeak-ng package: an offline voice with Korean, and no recordings to license. */
const ESPEAK = 'espeak-ng';
/** espeak-ng's Korean voice. */
const ESPEAK_VOICE = 'ko';
/** Words per minute: about 5 Korean syllables a second, calm but not dragging; the default 175 rushes. */
const ESPEAK_WORDS_PER_MINUTE = 165;
/** What espeak reads badly, spelled as spoken: it reads "80%" as "팔! 십!" and says "percent" in English. */
const SPOKEN_FORMS: ReadonlyArray<readonly [written: string, spoken: string]> = [['80%', '팔십 퍼센트']];

/** About -50 dBFS: espeak's silence is exact zeros, so a low threshold keeps soft onsets like ㅎ. */
const SILENCE_THRESHOLD = 0.003;
/** Silence before the first sentence, so the voice does not start on the clip's first frame. */
const LEAD_IN_SECONDS = 0.3;
/** A breath between sentences; each is its own caption, so the pause also marks the page turn. */
const PAUSE_SECONDS = 0.45;
/** Silence after the last sentence, so it is not cut off by the clip's end. */
const TAIL_SECONDS = 0.3;

export type Narration = { sampleRate: number; samples: Float32Array; captions: Caption[] };

const speak = async (text: string, output: string): Promise<void> => {
  try {
    const spoken = SPOKEN_FORMS.reduce((t, [written, said]) => t.replaceAll(written, said), text);
    await run(ESPEAK, ['-v', ESPEAK_VOICE, '-s', String(ESPEAK_WORDS_PER_MINUTE), '-w', output, spoken]);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${ESPEAK} is not installed: apt-get install espeak-ng`);
    }
    throw error;
  }
};

/** The span of samples louder than the threshold: [start, end). */
const audibleSpan = (samples: Float32Array): { start: number; end: number } => {
  const loud = (v: number) => Math.abs(v) > SILENCE_THRESHOLD;
  const start = samples.findIndex(loud);
  if (start === -1) {
    return { start: 0, end: 0 };
  }
  return { start, end: samples.findLastIndex(loud) + 1 };
};

/** Speaks each sentence and joins them with pauses; the captions are each sentence's span in the result. */
export const narrate = async (sentences: string[]): Promise<Narration> => {
  const workDir = await mkdtemp(join(tmpdir(), 'narrate-'));
  try {
    const spoken: { text: string; samples: Float32Array }[] = [];
    let sampleRate = 0;
    for (const [i, text] of sentences.entries()) {
      const path = join(workDir, `sentence-${i + 1}.wav`);
      await speak(text, path);
      const wav = decodeWav(await readFile(path));
      if (wav.channels.length !== 1 || (sampleRate !== 0 && wav.sampleRate !== sampleRate)) {
        throw new Error(
          `${ESPEAK} wrote ${wav.channels.length} channels at ${wav.sampleRate} Hz for sentence ${i + 1}: expected mono at one rate`,
        );
      }
      sampleRate = wav.sampleRate;
      const { start, end } = audibleSpan(wav.channels[0]);
      if (start === end) {
        throw new Error(`${ESPEAK} produced only silence for sentence ${i + 1}: "${text}"`);
      }
      spoken.push({ text, samples: wav.channels[0].subarray(start, end) });
    }
    const seconds = (s: number) => Math.round(s * sampleRate);
    const total =
      seconds(LEAD_IN_SECONDS) +
      spoken.reduce((sum, s) => sum + s.samples.length, 0) +
      seconds(PAUSE_SECONDS) * (spoken.length - 1) +
      seconds(TAIL_SECONDS);
    const samples = new Float32Array(total);
    const toMs = (sample: number) => Math.round((sample * 1000) / sampleRate);
    const captions: Caption[] = [];
    let at = seconds(LEAD_IN_SECONDS);
    for (const [i, s] of spoken.entries()) {
      samples.set(s.samples, at);
      captions.push({
        text: s.text,
        startMs: toMs(at),
        endMs: toMs(at + s.samples.length),
        timestampMs: null,
        confidence: null,
      });
      at += s.samples.length + (i < spoken.length - 1 ? seconds(PAUSE_SECONDS) : 0);
    }
    return { sampleRate, samples, captions };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
};
