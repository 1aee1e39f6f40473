import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { callFf } from '../../src/render/ff';
import { ASSETS_DIR } from '../../src/render/files';
import { prepareVideos, videosToPrepare } from '../../src/render/prepare-videos';
import { probeVideo } from '../../src/render/probe';
import type { Issue } from '../../src/schema';
import { type PreparedSpec, preparedFilter, preparedPath } from '../../src/visual/prepared';
import { VOICE } from '../helpers/audio-fixtures';
import { EXAMPLE_ISSUE } from '../helpers/example';
import { readPng } from '../helpers/png';

const FRAME = { width: 1080, height: 1920 };
const spec = (change: Partial<PreparedSpec> = {}): PreparedSpec => ({
  hash: '0123456789abcdef',
  fit: 'cover',
  focus: { x: 0.5, y: 0.5 },
  frame: FRAME,
  ...change,
});

describe('the prepared copy of a b-roll is named by what makes it', () => {
  test('the same video, fit, focus and frame give the same name; any change gives another', () => {
    const base = preparedPath(spec());
    expect(base).toBe('.prepared/0123456789abcdef-cover-0.500-0.500-1080x1920-v1.mp4');
    expect(preparedPath(spec())).toBe(base);
    const others = [
      spec({ hash: 'fedcba9876543210' }),
      spec({ fit: 'contain' }),
      spec({ focus: { x: 0.3, y: 0.5 } }),
      spec({ focus: { x: 0.5, y: 0.25 } }),
      spec({ frame: { width: 720, height: 1280 } }),
    ].map(preparedPath);
    expect(new Set([base, ...others]).size).toBe(6);
  });

  test('a card shows the whole video, so its focus does not name another copy', () => {
    expect(preparedPath(spec({ fit: 'contain', focus: { x: 0.1, y: 0.9 } }))).toBe(
      preparedPath(spec({ fit: 'contain' })),
    );
  });
});

describe('ffmpeg makes the part of the video a clip shows, at the size it is drawn', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'prepared-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  let files = 0;
  const next = (extension: string) => join(dir, `${++files}.${extension}`);

  /** A test video with one keyframe: red on its left half, blue on its right, with a voice. */
  const source = async (width: number, height: number, seconds = 0.2) => {
    // Drawn small and scaled up by ffmpeg pixel for pixel: a 4K picture drawn in JavaScript takes seconds.
    const picture = new PNG({ width: 2, height: 1 });
    picture.data.set([255, 0, 0, 255, 0, 0, 255, 255]);
    const png = next('png');
    writeFileSync(png, PNG.sync.write(picture));
    const path = next('mp4');
    await callFf('ffmpeg', [
      ...['-v', 'error', '-y', '-loop', '1', '-framerate', '30', '-t', String(seconds), '-i', png],
      ...['-i', join(ASSETS_DIR, VOICE), '-t', String(seconds)],
      ...['-vf', `scale=${width}:${height}:flags=neighbor`, '-c:v', 'libx264', '-preset', 'ultrafast', '-g', '300'],
      ...['-pix_fmt', 'yuv420p', '-c:a', 'aac', path],
    ]);
    return path;
  };

  const prepare = async (input: string, change: Partial<PreparedSpec>) => {
    const output = next('mp4');
    await callFf('ffmpeg', ['-v', 'error', '-y', '-i', input, '-an', '-vf', preparedFilter(spec(change)), output]);
    return output;
  };

  /** The colour in the middle of the copy's first frame. */
  const middle = async (video: string): Promise<[number, number, number]> => {
    const png = next('png');
    await callFf('ffmpeg', ['-v', 'error', '-y', '-i', video, '-frames:v', '1', png]);
    const image = readPng(png);
    const i = (Math.floor(image.height / 2) * image.width + Math.floor(image.width / 2)) * 4;
    return [image.data[i], image.data[i + 1], image.data[i + 2]];
  };

  test.each([
    ['a 16:9 b-roll full-bleed: the 9:16 strip it shows, at its own pixels', 1280, 720, 'cover', [404, 720]],
    ['a 4K 16:9 b-roll full-bleed: the strip, no larger than the frame', 3840, 2160, 'cover', [1080, 1920]],
    ['a phone video already 9:16 and smaller than the frame: as it is', 720, 1280, 'cover', [720, 1280]],
    ['a phone video larger than the frame: the frame', 2160, 3840, 'cover', [1080, 1920]],
    ['a square b-roll on a card: the whole picture, as it is', 800, 800, 'contain', [800, 800]],
    ['a 4K b-roll on a card: the whole picture, no wider than the frame', 3840, 2160, 'contain', [1080, 608]],
  ] as const)('%s', async (_name, width, height, fit, [w, h]) => {
    const prepared = await prepare(await source(width, height), { fit });
    const probe = await probeVideo(prepared);
    // force_divisible_by rounds to even sizes: within 2 px of the frame's shape.
    expect(Math.abs(probe.width - w)).toBeLessThanOrEqual(2);
    expect(Math.abs(probe.height - h)).toBeLessThanOrEqual(2);
    expect(probe.width % 2).toBe(0);
    expect(probe.height % 2).toBe(0);
  });

  test("full-bleed is cut out where the focus is, as CSS's object-position shows it", async () => {
    // Red on the left half, blue on the right: the strip a focus at the left edge shows is red.
    const input = await source(1280, 720);
    const [r1, , b1] = await middle(await prepare(input, { focus: { x: 0, y: 0.5 } }));
    expect(r1).toBeGreaterThan(200);
    expect(b1).toBeLessThan(60);
    const [r2, , b2] = await middle(await prepare(input, { focus: { x: 1, y: 0.5 } }));
    expect(r2).toBeLessThan(60);
    expect(b2).toBeGreaterThan(200);
  });

  test('render:issue makes each copy once, with a keyframe a second, every frame at its time, and no sound', async () => {
    const publicDir = join(dir, 'assets');
    mkdirSync(join(publicDir, 'me'), { recursive: true });
    copyFileSync(await source(1280, 720, 3), join(publicDir, 'me', 'broll.mp4'));

    const issue = structuredClone(EXAMPLE_ISSUE) as Issue;
    issue.takeaways[0].visual = { src: 'me/broll.mp4', focus: { x: 0.2, y: 0.5 } };
    // Two clips of takeaway 1 (Reels and Shorts: one frame size) and the recap: one copy.
    const videos = await videosToPrepare(
      issue,
      [
        { takeaway: 1, layout: 'reels' },
        { takeaway: 1, layout: 'shorts' },
        { takeaway: null, layout: 'reels' },
      ],
      publicDir,
    );
    expect(videos).toHaveLength(1);
    const made: string[] = [];
    const first = await prepareVideos(videos, { publicDir, onMake: (src) => made.push(src) });
    expect(first).toEqual([{ src: 'me/broll.mp4', prepared: videos.map((v) => preparedPath(v.spec))[0], made: true }]);
    expect(made).toEqual(['me/broll.mp4']);
    const path = join(publicDir, first[0].prepared);
    const mtime = statSync(path).mtimeMs;

    const again = await prepareVideos(videos, { publicDir, onMake: (src) => made.push(src) });
    expect(again[0].made).toBe(false);
    expect(made).toHaveLength(1);
    expect(statSync(path).mtimeMs).toBe(mtime);

    const original = await probeVideo(join(publicDir, 'me', 'broll.mp4'));
    const copy = await probeVideo(path);
    expect(copy.durationSeconds).toBeCloseTo(original.durationSeconds, 1);
    expect(copy.fps).toBe(30);
    const { stdout } = await callFf('ffprobe', [
      ...['-v', 'error', '-select_streams', 'v', '-show_entries', 'frame=key_frame', '-of', 'csv=p=0', path],
    ]);
    const keys = stdout
      .trim()
      .split('\n')
      .map((line) => line.startsWith('1'));
    // The original has one keyframe in 3 s.
    expect(keys).toHaveLength(90);
    expect(keys.flatMap((key, i) => (key ? [i] : []))).toEqual([0, 30, 60]);
    const streams = await callFf('ffprobe', [
      '-v',
      'error',
      '-show_entries',
      'stream=codec_type',
      '-of',
      'csv=p=0',
      path,
    ]);
    expect(streams.stdout.trim()).toBe('video');
  });
});
