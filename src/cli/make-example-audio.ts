// `npm run make:example-audio`: synthesises the voiced example's narration, its subtitles and a music bed, so no third-party recordings are needed.
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { serializeSrt } from '@remotion/captions';
import { callFf } from '../render/ff';
import { padLoopEdges, synthMusicBed } from '../audio/music-bed';
import { encodeWav } from '../audio/wav';
import { narrate } from '../examples/narrate';
import { ASSETS_DIR, PROJECT_ROOT, writeAtomically } from '../render/files';
import { readIssueFile } from '../render/render-issue';

const EXAMPLE_ISSUE = join(ASSETS_DIR, 'examples', 'weekly-sv-gemini.json');
const OUTPUT_DIR = join(ASSETS_DIR, 'examples', 'audio');
/** Takeaway 6 ("그래서 어쩌라고?"): three short sentences, the length of a typical clip. */
const VOICED_TAKEAWAY = 6;

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

const main = async () => {
  const issue = await readIssueFile(EXAMPLE_ISSUE);
  const takeaway = issue.takeaways[VOICED_TAKEAWAY - 1];
  if (!takeaway) {
    throw new Error(`${shown(EXAMPLE_ISSUE)} has no takeaway ${VOICED_TAKEAWAY}`);
  }
  const workDir = await mkdtemp(join(tmpdir(), 'make-example-audio-'));
  try {
    const voice = await narrate(takeaway.points);
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
