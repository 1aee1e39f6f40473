import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HeadlessBrowser } from '@remotion/renderer';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { PLATFORM_IDS, PLATFORMS } from '../../src/platforms';
import { callFf } from '../../src/render/ff';
import { probeVideo } from '../../src/render/probe';
import {
  closeBrowser,
  launchBrowser,
  renderStillImage,
  renderVideo,
  resolveComposition,
} from '../../src/render/render';
import { compareVideos } from '../../src/render/ssim';
import type { ResolvedTakeaway } from '../../src/resolved';
import { checkVideo } from '../../src/render/spec';
import type { TakeawayClipProps, Visual } from '../../src/schema';
import { FIXTURES } from '../helpers/audio-fixtures';
import { exampleProps } from '../helpers/example';
import { readKorean, similarity } from '../helpers/ocr';
import { BROLL, BUSY, CHART } from '../helpers/visual-fixtures';
import { renderSoundAlone } from '../helpers/audio-alone';

const serveUrl = inject('serveUrl');
let browser: HeadlessBrowser;
let dir: string;

beforeAll(async () => {
  browser = await launchBrowser();
  dir = mkdtempSync(join(tmpdir(), 'clip-visual-'));
});

afterAll(async () => {
  if (browser) await closeBrowser(browser);
  rmSync(dir, { recursive: true, force: true });
});

const withVisual = (visual: Visual, overrides: Partial<TakeawayClipProps> = {}): TakeawayClipProps => {
  const props = exampleProps({ takeaway: 3, ...overrides });
  delete props.issue.music;
  props.issue.takeaways[2].visual = visual;
  return props;
};

const KINDS: Array<[string, Visual]> = [
  ['a chart on a card', { src: CHART, credit: '출처: 구글 발표 자료' }],
  ['b-roll behind a scrim', { src: BROLL, credit: '영상: 주간 실리콘밸리', start: 1 }],
  ['a photo behind a scrim', { src: BUSY, fit: 'cover', focus: { x: 0.3, y: 0.4 } }],
];

describe.each(PLATFORM_IDS)('on %s', (platform) => {
  test.each(KINDS)('%s renders a clip that meets the platform spec', async (_kind, visual) => {
    const output = join(dir, `${platform}-${visual.src.split('/').pop()}.mp4`);
    // From the hook into the first caption page, where the picture moves and the card enters.
    await renderVideo({
      serveUrl,
      browser,
      id: 'TakeawayClip',
      inputProps: withVisual(visual, { platform }),
      output,
      frameRange: [57, 62],
    });
    // A bitrate over 6 frames says nothing of a clip's: the encoder's buffer starts full (see the whole clip below).
    const failed = Object.entries(checkVideo(await probeVideo(output), PLATFORMS[platform])).filter(
      ([name, c]) => !c.ok && name !== 'bitrate',
    );
    expect(failed).toEqual([]);
  });
});

test('a b-roll with a prepared copy plays the copy, and shows what the original shows', async () => {
  const prepared = withVisual({ src: BROLL });
  // The copy is named by its focus to three decimals: a thousandth off, there is none, and the original plays.
  const original = withVisual({ src: BROLL, focus: { x: 0.501, y: 0.5 } });
  const plays = async (props: TakeawayClipProps) => {
    const composition = await resolveComposition({ serveUrl, browser, id: 'TakeawayClip', inputProps: props });
    return (composition.props.resolved as ResolvedTakeaway).visual?.play;
  };
  expect(await plays(prepared)).toMatch(/^\.prepared\/[0-9a-f]{16}-cover-0\.500-0\.500-1080x1920-v1\.mp4$/);
  expect(await plays(original)).toBe(BROLL);
  const videos: string[] = [];
  for (const [i, props] of [prepared, original].entries()) {
    videos.push(join(dir, `prepared-${i}.mp4`));
    // Across the b-roll's loop (4 s, from frame 120), where a copy with other timing would show.
    await renderVideo({
      serveUrl,
      browser,
      id: 'TakeawayClip',
      inputProps: props,
      output: videos[i],
      frameRange: [118, 121],
    });
  }
  const { mean, min } = await compareVideos(videos[1], videos[0], () => true);
  expect(mean).toBeGreaterThan(0.97);
  expect(min).toBeGreaterThan(0.95);
});

describe('bad visuals stop before any frame is rendered, naming the field and the file', () => {
  const field = 'issue\\.takeaways\\[2\\]\\.visual';
  test.each([
    [
      'a missing file',
      { src: `${FIXTURES}/nowhere.png` },
      `${field}\\.src: assets/${FIXTURES}/nowhere\\.png does not exist`,
    ],
    [
      'a text file named .png',
      { src: `${FIXTURES}/not-a-picture.png` },
      `${field}\\.src: assets/${FIXTURES}/not-a-picture\\.png is not a picture`,
    ],
    [
      'a picture cut short',
      { src: `${FIXTURES}/cut-short.png` },
      `${field}\\.src: assets/${FIXTURES}/cut-short\\.png cannot be decoded as a picture`,
    ],
    [
      'a picture too large to decode',
      { src: `${FIXTURES}/huge.png` },
      `${field}\\.src: assets/${FIXTURES}/huge\\.png is 12000x12000 px \\(144 MP\\), more than the 40 MP`,
    ],
    [
      'a video cut short',
      { src: `${FIXTURES}/cut-short.mp4` },
      `${field}\\.src: assets/${FIXTURES}/cut-short\\.mp4 is cut short: it should last 4\\.00 s, but its frames stop at`,
    ],
    [
      'a video with no video stream',
      { src: `${FIXTURES}/audio-only.mp4` },
      `${field}\\.src: assets/${FIXTURES}/audio-only\\.mp4 has no video stream`,
    ],
    [
      'a start past the end',
      { src: BROLL, start: 9 },
      `${field}\\.start: 9 s is past the end of assets/${BROLL} \\(4\\.00 s long\\)`,
    ],
    ['a start on a picture', { src: CHART, start: 1 }, `${field}\\.start: only a video visual has \`start\``],
    ['a URL', { src: 'https://example.com/a.png' }, `${field}\\.src: the visual must be a file under assets/`],
    [
      'a long credit',
      { src: CHART, credit: '출처: '.padEnd(41, '가') },
      `${field}\\.credit: the credit must be at most 40 characters`,
    ],
  ])('%s', async (_name, visual, message) => {
    const output = join(dir, 'bad.mp4');
    await expect(
      renderVideo({ serveUrl, browser, id: 'TakeawayClip', inputProps: withVisual(visual as Visual), output }),
    ).rejects.toThrowError(new RegExp(message));
    expect(() => readFileSync(output)).toThrowError(/ENOENT/);
  });
});

test('the headline and captions read as well over the busiest picture as over the plain background (Tesseract)', async () => {
  const busy = withVisual({ src: BUSY, fit: 'cover' });
  const plain = exampleProps({ takeaway: 3 });
  delete plain.issue.music;
  const read = async (props: TakeawayClipProps, name: string, frame: number, crop: string) => {
    const still = join(dir, `${name}-${frame}.png`);
    await renderStillImage({ serveUrl, browser, id: 'TakeawayClip', inputProps: props, output: still, frame });
    const cropped = join(dir, `${name}-${frame}-text.png`);
    await callFf('ffmpeg', ['-v', 'error', '-y', '-i', still, '-vf', `crop=${crop}`, cropped]);
    return readKorean(cropped);
  };
  const { headline, points } = busy.issue.takeaways[2];
  // The hook's headline in the Reels safe zone's middle.
  const hookCrop = '1080:600:0:450';
  expect(similarity(headline, await read(busy, 'busy', 30, hookCrop))).toBeGreaterThan(0.9);
  // The first caption page, with a word on the accent pill: OCR misreads some of that on any background, so compare.
  const captionCrop = '1080:400:0:650';
  const overPicture = similarity(points[0], await read(busy, 'busy', 80, captionCrop));
  const overPlain = similarity(points[0], await read(plain, 'plain', 80, captionCrop));
  expect(overPicture).toBeGreaterThan(0.6);
  expect(overPicture).toBeGreaterThanOrEqual(overPlain - 0.05);
});

test('the same props render the same frames', async () => {
  const props = withVisual({ src: BROLL, start: 0.5 });
  const hashes = [];
  for (const run of [1, 2]) {
    const still = join(dir, `same-${run}.png`);
    await renderStillImage({ serveUrl, browser, id: 'TakeawayClip', inputProps: props, output: still, frame: 97 });
    hashes.push(createHash('sha256').update(readFileSync(still)).digest('hex'));
  }
  expect(hashes[0]).toBe(hashes[1]);
});

describe("the b-roll's own sound", () => {
  test.each([
    ['stays out by default', {}, false],
    ['plays when muted is false', { muted: false }, true],
  ])('%s', async (_name, extra, audible) => {
    // The example's music is off: the b-roll's sound is all the clip could play. Audio only: no
    // frame is captured.
    const inputProps = withVisual({ src: `${FIXTURES}/broll-with-sound.mp4`, ...extra });
    const { samples } = await renderSoundAlone({
      serveUrl,
      browser,
      inputProps,
      output: join(dir, `sound-${audible}.wav`),
      frameRange: [30, 59],
    });
    expect(samples.length).toBeGreaterThan(0);
    const peak = samples.reduce((max, x) => Math.max(max, Math.abs(x)), 0);
    if (audible) expect(peak).toBeGreaterThan(0.05);
    else expect(peak).toBe(0);
  });
});
