// `npm run make:example-talking-head`: a drawn speaker whose mouth follows espeak-ng's reading of the example's points, muxed with that voice, and its SRT: a talking head with no one's recording in it.
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serializeSrt } from '@remotion/captions';
import { encodeWav } from '../audio/wav';
import { narrate } from '../examples/narrate';
import { frameLevels } from '../examples/speaker-levels';
import { bundleProject } from '../render/bundle';
import { callFf } from '../render/ff';
import { ASSETS_DIR, PROJECT_ROOT, writeAtomically } from '../render/files';
import { closeBrowser, launchBrowser, renderVideo } from '../render/render';
import { readIssueFile } from '../render/render-issue';

const EXAMPLE_ISSUE = join(ASSETS_DIR, 'examples', 'talking-head.json');
const OUTPUT_DIR = join(ASSETS_DIR, 'examples', 'talking-head');
/** What a phone records. */
const FPS = 30;
/** A flat drawing stays crisp at this quality behind a scrim, and the file stays well under 1 MB. */
const VIDEO_CRF = 28;
/** Speech needs no more in AAC-LC; 48 kHz is what the renderer mixes at, so nothing is resampled twice. */
const AUDIO_BITRATE = '96k';
const AUDIO_SAMPLE_RATE = 48000;
/** No metadata, encoder versions or dates in the file, so reruns give the same bytes. */
const BITEXACT = ['-map_metadata', '-1', '-fflags', '+bitexact', '-flags:v', '+bitexact', '-flags:a', '+bitexact'];

const shown = (path: string): string => relative(PROJECT_ROOT, path);

const main = async () => {
  const issue = await readIssueFile(EXAMPLE_ISSUE);
  const takeaway = issue.takeaways[0];
  if (!takeaway.voiceover || !takeaway.captions) {
    throw new Error(`${shown(EXAMPLE_ISSUE)}: takeaway 1 needs \`voiceover\` and \`captions\` to know where to write`);
  }
  const videoPath = join(ASSETS_DIR, takeaway.voiceover);
  const srtPath = join(ASSETS_DIR, takeaway.captions);
  if (!videoPath.startsWith(OUTPUT_DIR) || !srtPath.startsWith(OUTPUT_DIR)) {
    throw new Error(`${shown(EXAMPLE_ISSUE)}: the example's files belong under ${shown(OUTPUT_DIR)}/`);
  }

  const voice = await narrate(takeaway.points);
  const work = await mkdtemp(join(tmpdir(), 'make-example-talking-head-'));
  const serveUrl = await bundleProject(
    undefined,
    ASSETS_DIR,
    fileURLToPath(new URL('../examples/index.ts', import.meta.url)),
  );
  const browser = await launchBrowser();
  try {
    const wav = join(work, 'voice.wav');
    await writeFile(wav, encodeWav({ sampleRate: voice.sampleRate, channels: [voice.samples] }));
    const drawn = join(work, 'speaker.mp4');
    await renderVideo({
      serveUrl,
      browser,
      id: 'speaker',
      inputProps: { levels: frameLevels(voice.samples, voice.sampleRate, FPS) },
      output: drawn,
    });
    await writeAtomically(videoPath, (temp) =>
      callFf('ffmpeg', [
        '-y',
        '-i',
        drawn,
        '-i',
        wav,
        '-map',
        '0:v',
        '-map',
        '1:a',
        '-c:v',
        'libx264',
        '-preset',
        'veryslow',
        '-crf',
        String(VIDEO_CRF),
        '-pix_fmt',
        'yuv420p',
        '-c:a',
        'aac',
        '-b:a',
        AUDIO_BITRATE,
        '-ar',
        String(AUDIO_SAMPLE_RATE),
        '-movflags',
        '+faststart',
        ...BITEXACT,
        temp,
      ]),
    );
    const seconds = voice.samples.length / voice.sampleRate;
    console.log(
      `Wrote ${shown(videoPath)} (${seconds.toFixed(2)} s, ${((await stat(videoPath)).size / 1024).toFixed(1)} KiB)`,
    );
    const srt = `${serializeSrt({ lines: voice.captions.map((c) => [c]) })}\n`;
    await writeAtomically(srtPath, (temp) => writeFile(temp, srt));
    console.log(`Wrote ${shown(srtPath)} (${voice.captions.length} cues)`);
  } finally {
    await closeBrowser(browser);
    await rm(serveUrl, { recursive: true, force: true });
    await rm(work, { recursive: true, force: true });
  }
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
