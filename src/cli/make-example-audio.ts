// `npm run make:example-audio`: synthesises the voiced example's narration, its subtitles and a music bed, so no third-party recordings are needed.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { type Caption, serializeSrt } from '@remotion/captions';
import { callFf } from '../render/ff';
import { padLoopEdges, synthMusicBed } from '../audio/music-bed';
import { decodeWav, encodeWav } from '../audio/wav';
import { ASSETS_DIR, PROJECT_ROOT, writeAtomically } from '../render/files';
import { readIssueFile } from '../render/render-issue';

const run = promisify(execFile);

const EXAMPLE_ISSUE = join(ASSETS_DIR, 'examples', 'weekly-sv-gemini.json');
const OUTPUT_DIR = join(ASSETS_DIR, 'examples', 'audio');
/** Takeaway 6 ("그래서 어쩌라고?"): three short sentences, the length of a typical clip. */
const VOICED_TAKEAWAY = 6;

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

/** 48 kHz is what the renderer mixes at, so the bed is never resampled. */
const MUSIC_SAMPLE_RATE = 48000;
/** Plenty for a quiet synth pad in AAC-LC, and small enough to commit. */
const MUSIC_BITRATE = '128k';
/**
 * Three 1024-sample AAC frames of wrapped loop on each side, so the encoder does not start the loop
 * from silence (an audible tick at every repeat); 0.064 s is exact in ffmpeg's microsecond times.
 */
const ENCODER_CONTEXT_SAMPLES = 3 * 1024;

/** No metadata, encoder versions or dates in the file, so reruns give the same bytes. */
const BITEXACT = ['-map_metadata', '-1', '-fflags', '+bitexact', '-flags:a', '+bitexact'];

// Remotion's ffmpeg has no ipod muxer for .m4a, so callers name mp4, the same container.
const ffmpeg = (args: string[]) => callFf('ffmpeg', ['-y', ...args]);

const shown = (path: string): string => relative(PROJECT_ROOT, path);

const describe = (path: string, seconds: number, bytes: number): string =>
  `Wrote ${shown(path)} (${seconds.toFixed(2)} s, ${(bytes / 1024).toFixed(1)} KiB)`;

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
const narrate = async (
  sentences: string[],
  workDir: string,
): Promise<{ sampleRate: number; samples: Float32Array; captions: Caption[] }> => {
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
};

const main = async () => {
  const issue = await readIssueFile(EXAMPLE_ISSUE);
  const takeaway = issue.takeaways[VOICED_TAKEAWAY - 1];
  if (!takeaway) {
    throw new Error(`${shown(EXAMPLE_ISSUE)} has no takeaway ${VOICED_TAKEAWAY}`);
  }
  const workDir = await mkdtemp(join(tmpdir(), 'make-example-audio-'));
  try {
    const voice = await narrate(takeaway.points, workDir);
    const voiceWav = encodeWav({ sampleRate: voice.sampleRate, channels: [voice.samples] });
    const voicePath = join(OUTPUT_DIR, `t${VOICED_TAKEAWAY}-voice.wav`);
    await writeAtomically(voicePath, (temp) => writeFile(temp, voiceWav));
    console.log(describe(voicePath, voice.samples.length / voice.sampleRate, voiceWav.byteLength));

    const srt = `${serializeSrt({ lines: voice.captions.map((c) => [c]) })}\n`;
    const srtPath = join(OUTPUT_DIR, `t${VOICED_TAKEAWAY}-voice.srt`);
    await writeAtomically(srtPath, (temp) => writeFile(temp, srt));
    console.log(`Wrote ${shown(srtPath)} (${voice.captions.length} cues)`);

    const bed = synthMusicBed({ sampleRate: MUSIC_SAMPLE_RATE });
    const bedWav = join(workDir, 'music-bed.wav');
    await writeFile(bedWav, encodeWav(padLoopEdges(bed, ENCODER_CONTEXT_SAMPLES)));
    const padded = join(workDir, 'music-bed-padded.m4a');
    await ffmpeg(['-i', bedWav, '-c:a', 'aac', '-b:a', MUSIC_BITRATE, ...BITEXACT, '-f', 'mp4', padded]);
    const bedPath = join(OUTPUT_DIR, 'music-bed.m4a');
    // Shifting the padding before time 0 makes the MP4 muxer write an edit list that skips it; -t cuts the trailing padding.
    const context = ENCODER_CONTEXT_SAMPLES / MUSIC_SAMPLE_RATE;
    const total = (ENCODER_CONTEXT_SAMPLES + bed.channels[0].length) / MUSIC_SAMPLE_RATE;
    await writeAtomically(bedPath, (temp) =>
      ffmpeg([
        '-i',
        padded,
        '-c',
        'copy',
        '-output_ts_offset',
        String(-context),
        '-t',
        String(total),
        ...BITEXACT,
        '-f',
        'mp4',
        temp,
      ]),
    );
    const { stdout } = await callFf('ffprobe', [
      '-v',
      'error',
      '-show_entries',
      'format=duration',
      '-of',
      'csv=p=0',
      bedPath,
    ]);
    // -t cuts at 1024-sample AAC frames: a loop that is not a whole number of them would not come out exact.
    if (Math.abs(Number(stdout) - (total - context)) > 0.001) {
      throw new Error(`${shown(bedPath)} lasts ${stdout.trim()} s, not the loop's ${total - context} s`);
    }
    console.log(describe(bedPath, Number(stdout), (await stat(bedPath)).size));
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
