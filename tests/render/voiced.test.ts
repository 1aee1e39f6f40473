import { readKorean, similarity } from '../helpers/ocr';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Caption, parseSrt } from '@remotion/captions';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { callFf } from '../../src/render/ff';
import { decodeWav } from '../../src/audio/wav';
import { ASSETS_DIR, PROJECT_ROOT } from '../../src/render/files';
import { measureLoudness } from '../../src/render/loudness';
import { probeAudio } from '../../src/render/probe';
import type { ClipReport, IssueReport } from '../../src/render/report';
import type { Issue } from '../../src/schema';
import { TWO_CUES } from '../helpers/audio-fixtures';

// The example issue's voiced takeaway with the first two sentences of its voice at twice their pace:
// the clip is rendered whole, and those are its every check (the whole voice at its own pace would
// add 10 s of frames to nothing).
const PUBLIC = join(inject('serveUrl'), 'public');
const VOICE = join(PUBLIC, TWO_CUES.voiceover);
const SRT = join(PUBLIC, TWO_CUES.captions);
const FPS = 30;
/** The hook before the voice and the outro after it, in frames (2 s each). */
const HOOK_FRAMES = 60;
const OUTRO_FRAMES = 60;

const dir = mkdtempSync(join(tmpdir(), 'voiced-'));
const ISSUE = join(dir, 'weekly-sv-gemini.json');
let clip: ClipReport;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Reads the caption band of the frame at `seconds` with Tesseract's Korean model. */
const readCaption = async (video: string, seconds: number): Promise<string> => {
  const png = join(dir, `frame-${seconds.toFixed(3)}.png`);
  // The Reels caption band: the safe zone's middle, where no header or topic line reaches.
  await callFf('ffmpeg', [
    '-v',
    'error',
    '-y',
    '-ss',
    seconds.toFixed(3),
    '-i',
    video,
    '-frames:v',
    '1',
    '-vf',
    'crop=1080:500:0:550',
    png,
  ]);
  return readKorean(png);
};

beforeAll(() => {
  const issue = JSON.parse(readFileSync(join(ASSETS_DIR, 'examples/weekly-sv-gemini.json'), 'utf8')) as Issue;
  Object.assign(issue.takeaways[5], TWO_CUES);
  writeFileSync(ISSUE, JSON.stringify(issue));
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/cli/render-issue.ts',
      ISSUE,
      '--platform',
      'reels',
      '--only',
      '6',
      '--no-recap',
      '--out',
      dir,
      // The test bundle, with the cut voice in its copy of assets/: this test is about the voice, not bundling (render-issue.test.ts bundles).
      '--bundle',
      inject('serveUrl'),
      // Another test file renders beside this one on the 2 cores: a tab a run (see render-issue.test.ts).
      '--concurrency',
      '1',
    ],
    { cwd: PROJECT_ROOT, encoding: 'utf8' },
  );
  expect(run.status, run.stdout + run.stderr).toBe(0);
  const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as IssueReport;
  expect(report.clips).toHaveLength(1);
  clip = report.clips[0];
}, 300_000);

describe("the example's voiced takeaway, through render:issue", () => {
  test('every check passes, and the report has the measured loudness', () => {
    expect(Object.entries(clip.checks).filter(([, c]) => !c.ok)).toEqual([]);
    expect(clip.audio).toMatchObject({ codec: 'aac', sampleRate: 48000, channels: 2 });
    expect(Math.abs(clip.audio!.integratedLufs! + 14)).toBeLessThanOrEqual(1);
    expect(clip.audio!.truePeakDbtp!).toBeLessThanOrEqual(-1);
    expect(clip.warnings).toEqual([]);
  });

  test('the file itself: AAC-LC 48 kHz stereo at -14 LUFS ±1 LU, true peak at most -1 dBTP', async () => {
    const video = join(dir, clip.video);
    const audio = await probeAudio(video);
    expect(audio).toMatchObject({ codec: 'aac', sampleRate: 48000, channels: 2 });
    const loudness = await measureLoudness(video);
    expect(Math.abs(loudness.integratedLufs! + 14)).toBeLessThanOrEqual(1);
    expect(loudness.truePeakDbtp!).toBeLessThanOrEqual(-1);
  });

  test('the video lasts hook + voice + outro, within one frame', () => {
    const wav = decodeWav(new Uint8Array(readFileSync(VOICE)));
    const voiceSeconds = wav.channels[0].length / wav.sampleRate;
    const expected = (HOOK_FRAMES + Math.ceil(voiceSeconds * FPS) + OUTRO_FRAMES) / FPS;
    expect(Math.abs(clip.durationSeconds - expected)).toBeLessThanOrEqual(1 / FPS);
  });

  test('the subtitles written beside it: the pages as shown, and the words as spoken, shifted past the hook', () => {
    const written = parseSrt({ input: readFileSync(join(dir, clip.subtitles), 'utf8') }).captions;
    const source = parseSrt({ input: readFileSync(SRT, 'utf8') }).captions;
    expect(written.map((c) => c.text.replace(/\n/g, ' '))).toEqual(source.map((c) => c.text));
    // The first page is up from the body's first frame, the others from their cue's first word,
    // each until the next one, the last until the voice ends.
    expect(written[0].startMs).toBe(2000);
    for (let i = 1; i < source.length; i++) {
      expect(written[i].startMs).toBe(source[i].startMs + 2000);
      expect(written[i - 1].endMs).toBe(written[i].startMs);
    }
    const wav = decodeWav(new Uint8Array(readFileSync(VOICE)));
    expect(
      Math.abs(written.at(-1)!.endMs - (2000 + (wav.channels[0].length / wav.sampleRate) * 1000)),
    ).toBeLessThanOrEqual(1);
    const words = JSON.parse(readFileSync(join(dir, clip.captions), 'utf8')) as Caption[];
    expect(words[0]).toMatchObject({ startMs: source[0].startMs + 2000 });
    expect(words.at(-1)!.endMs).toBe(source.at(-1)!.endMs + 2000);
  });

  test("at each cue's midpoint the page on screen reads as that cue's text", async () => {
    const cues = parseSrt({ input: readFileSync(SRT, 'utf8') }).captions;
    for (const [i, cue] of cues.entries()) {
      const read = await readCaption(join(dir, clip.video), HOOK_FRAMES / FPS + (cue.startMs + cue.endMs) / 2000);
      const scores = cues.map((other) => similarity(other.text, read));
      expect(scores[i], `cue ${i + 1} read as "${read}"`).toBeGreaterThanOrEqual(0.7);
      expect(Math.max(...scores.filter((_, j) => j !== i))).toBeLessThan(scores[i]);
    }
  });
});
