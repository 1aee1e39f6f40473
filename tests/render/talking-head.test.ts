import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HeadlessBrowser } from '@remotion/renderer';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import talkingHeadIssue from '../../assets/examples/talking-head.json';
import { DEFAULT_CALL_TO_ACTION } from '../../src/layout/outro-text';
import { PLATFORM_IDS, PLATFORMS } from '../../src/platforms';
import { callFf } from '../../src/render/ff';
import { probeAudio, probeVideo } from '../../src/render/probe';
import { closeBrowser, launchBrowser, renderStillImage, renderVideo } from '../../src/render/render';
import { checkVideo } from '../../src/render/spec';
import { type CoverProps, issueSchema, type TakeawayClipProps, type Takeaway } from '../../src/schema';
import { FIXTURES } from '../helpers/audio-fixtures';
import { readKorean, similarity } from '../helpers/ocr';
import { BUSY_TALKING_HEAD, HEVC_TALKING_HEAD, TALKING_HEAD } from '../helpers/talking-head-fixtures';

const serveUrl = inject('serveUrl');
let browser: HeadlessBrowser;
let dir: string;

beforeAll(async () => {
  browser = await launchBrowser();
  dir = mkdtempSync(join(tmpdir(), 'clip-talking-head-'));
});

afterAll(async () => {
  if (browser) await closeBrowser(browser);
  rmSync(dir, { recursive: true, force: true });
});

const ISSUE = issueSchema.parse(talkingHeadIssue);
/** The hook is 2 s at 30 fps on both platforms: the body, and the author talking, start here. */
const BODY_START = 60;

/** The example's talking head, with `change` made to its takeaway. */
const props = (
  change: Partial<Takeaway> = {},
  platform: TakeawayClipProps['platform'] = 'reels',
): TakeawayClipProps => {
  const issue = structuredClone(ISSUE);
  const takeaway: Record<string, unknown> = { ...issue.takeaways[0], ...change };
  for (const key of Object.keys(takeaway)) if (takeaway[key] === undefined) delete takeaway[key];
  issue.takeaways[0] = takeaway as Takeaway;
  return { issue, takeaway: 1, platform, brand: {} };
};

const still = async (id: string, inputProps: TakeawayClipProps | CoverProps, name: string, frame = 0) => {
  const output = join(dir, `${name}.png`);
  await renderStillImage({ serveUrl, browser, id, inputProps, output, frame });
  return output;
};

/** The mean colour of a square of a PNG, as [r, g, b]. */
const meanColour = (png: string, x: number, y: number, size = 40): number[] => {
  const { data, width } = PNG.sync.read(readFileSync(png));
  const sum = [0, 0, 0];
  for (let dy = 0; dy < size; dy++) {
    for (let dx = 0; dx < size; dx++) {
      const i = ((y + dy) * width + x + dx) * 4;
      for (let c = 0; c < 3; c++) sum[c] += data[i + c];
    }
  }
  return sum.map((s) => s / (size * size));
};

/** The drawn speaker's face, in the 1080x1920 frame: its cheek, left of the nose. */
const CHEEK = { x: 440, y: 700 };
const SWEATER = { x: 540, y: 1500 };

describe.each(PLATFORM_IDS)('on %s', (platform) => {
  test('the talking head renders a clip that meets the platform spec, with its voice', async () => {
    const output = join(dir, `${platform}.mp4`);
    // From the hook's frozen first frame into the author talking.
    await renderVideo({
      serveUrl,
      browser,
      id: 'TakeawayClip',
      inputProps: props({}, platform),
      output,
      frameRange: [BODY_START - 3, BODY_START + 8],
    });
    // A bitrate over 12 frames says nothing of a clip's: the encoder's buffer starts full.
    const failed = Object.entries(checkVideo(await probeVideo(output), PLATFORMS[platform])).filter(
      ([name, c]) => !c.ok && name !== 'bitrate',
    );
    expect(failed).toEqual([]);
    expect(await probeAudio(output)).toMatchObject({ codec: 'aac' });
  });
});

test('the same props render the same frames, and the frame shows the author', async () => {
  const hashes = [];
  for (const run of [1, 2]) {
    const png = await still('TakeawayClip', props(), `same-${run}`, BODY_START + 40);
    hashes.push(createHash('sha256').update(readFileSync(png)).digest('hex'));
    const [r, g, b] = meanColour(png, CHEEK.x, CHEEK.y);
    // Skin through the nearly clear band: warm and bright, where the plain background is dark blue.
    expect(r).toBeGreaterThan(150);
    expect(r - b).toBeGreaterThan(50);
    expect(g).toBeGreaterThan(b);
  }
  expect(hashes[0]).toBe(hashes[1]);
});

test("the hook, the Shorts thumbnail, shows the video's first frame behind the headline's scrim", async () => {
  const withHead = await still('TakeawayClip', props(), 'hook-talking');
  const plain = await still('TakeawayClip', props({ voiceover: undefined, captions: undefined }), 'hook-plain');
  // The speaker's green sweater, below the headline: green through the scrim, where the plain background is blue-grey.
  const [r, g] = meanColour(withHead, SWEATER.x, SWEATER.y);
  const [plainR, plainG] = meanColour(plain, SWEATER.x, SWEATER.y);
  expect(g - r).toBeGreaterThan(plainG - plainR + 15);
});

test("a phone's H.265 .mov renders the author too (@remotion/media falls back to OffthreadVideo where WebCodecs cannot decode it)", async () => {
  const png = await still(
    'TakeawayClip',
    props({ voiceover: HEVC_TALKING_HEAD, captions: undefined }),
    'hevc',
    BODY_START + 30,
  );
  const [r, g, b] = meanColour(png, CHEEK.x, CHEEK.y);
  expect(r).toBeGreaterThan(150);
  expect(r - b).toBeGreaterThan(50);
  expect(g).toBeGreaterThan(b);
});

test("the cover of a talking-head takeaway is the author's first frame behind the scrim", async () => {
  const withHead = await still('Cover', props(), 'cover-talking');
  const plain = await still('Cover', props({ voiceover: undefined, captions: undefined }), 'cover-plain');
  const [r, , b] = meanColour(withHead, CHEEK.x, CHEEK.y);
  const [plainR, , plainB] = meanColour(plain, CHEEK.x, CHEEK.y);
  expect(r - b).toBeGreaterThan(plainR - plainB + 15);
});

describe('a bad talking head stops before any frame is rendered, naming the field and the file', () => {
  const field = 'issue\\.takeaways\\[0\\]';
  test.each([
    [
      'a missing file',
      { voiceover: `${FIXTURES}/nowhere.mp4` },
      `${field}\\.voiceover: assets/${FIXTURES}/nowhere\\.mp4 does not exist`,
    ],
    [
      'a text file named .mp4',
      { voiceover: `${FIXTURES}/not-a-video.mp4` },
      `${field}\\.voiceover: assets/${FIXTURES}/not-a-video\\.mp4 cannot be read as video`,
    ],
    [
      'a video cut short',
      { voiceover: `${FIXTURES}/talking-cut-short.mp4` },
      `${field}\\.voiceover: assets/${FIXTURES}/talking-cut-short\\.mp4 is cut short: it should last 12\\.\\d\\d s, but its frames stop at`,
    ],
    [
      'a video with no video stream',
      { voiceover: `${FIXTURES}/audio-only.mp4` },
      `${field}\\.voiceover: assets/${FIXTURES}/audio-only\\.mp4 has no video stream`,
    ],
    [
      'a video with no sound',
      { voiceover: `${FIXTURES}/talking-no-sound.mp4` },
      `${field}\\.voiceover: assets/${FIXTURES}/talking-no-sound\\.mp4 has no audio stream: a talking head's sound is its voice`,
    ],
    [
      'captions that run past the video',
      { captions: `${FIXTURES}/too-long.srt` },
      `${field}\\.captions: assets/${FIXTURES}/too-long\\.srt .* after the end of the voiceover assets/${TALKING_HEAD} \\(12\\.\\d+ s\\)`,
    ],
    [
      'b-roll full-bleed over the talking head',
      { visual: { src: 'examples/visuals/city-lights.mp4' } },
      `${field}\\.visual\\.fit: the talking head ${TALKING_HEAD} fills the frame`,
    ],
  ])('%s', async (_name, change, message) => {
    const output = join(dir, 'bad.mp4');
    await expect(
      renderVideo({ serveUrl, browser, id: 'TakeawayClip', inputProps: props(change), output }),
    ).rejects.toThrowError(new RegExp(message));
    expect(() => readFileSync(output)).toThrowError(/ENOENT/);
  });
});

describe('header, headline, captions and outro read as well over the busiest talking head as over the plain background (Tesseract)', () => {
  // No captions file: the points are spread over the 3 s video, so the first page is up from the body's start.
  const busy = props({ voiceover: BUSY_TALKING_HEAD, captions: undefined });
  const plain = props({ voiceover: undefined, captions: undefined });
  const { headline, points } = ISSUE.takeaways[0];
  // Each frame is rendered once and cropped for each text on it.
  const frames = new Map<string, Promise<string>>();
  const read = async (inputProps: TakeawayClipProps, name: string, frame: number, crop: string) => {
    const key = `${name}-${frame}`;
    if (!frames.has(key)) frames.set(key, still('TakeawayClip', inputProps, key, frame));
    const png = await frames.get(key)!;
    const cropped = join(dir, `${key}-${crop.replaceAll(':', '-')}.png`);
    await callFf('ffmpeg', ['-v', 'error', '-y', '-i', png, '-vf', `crop=${crop}`, cropped]);
    return readKorean(cropped);
  };

  test('the hook headline, over the frozen first frame', async () => {
    // "moat" in the headline is Latin in a Korean model's eyes: compare with the plain background's reading.
    const overHead = similarity(headline, await read(busy, 'busy', 30, '1080:600:0:450'));
    const overPlain = similarity(headline, await read(plain, 'plain', 30, '1080:600:0:450'));
    expect(overHead).toBeGreaterThan(0.75);
    expect(overHead).toBeGreaterThanOrEqual(overPlain - 0.05);
  });

  test('the chip and the topic line, at the top of the safe zone', async () => {
    const header = `${ISSUE.newsletter.name} ${headline}`;
    const overHead = similarity(header, await read(busy, 'busy', BODY_START + 20, '1080:240:0:269'));
    const overPlain = similarity(header, await read(plain, 'plain', BODY_START + 20, '1080:240:0:269'));
    expect(overHead).toBeGreaterThan(0.8);
    expect(overHead).toBeGreaterThanOrEqual(overPlain - 0.05);
  });

  test('the first caption page, below the face (lower than over a plain background)', async () => {
    const overHead = similarity(points[0], await read(busy, 'busy', BODY_START + 20, '1080:400:0:850'));
    const overPlain = similarity(points[0], await read(plain, 'plain', BODY_START + 20, '1080:400:0:650'));
    expect(overHead).toBeGreaterThan(0.6);
    expect(overHead).toBeGreaterThanOrEqual(overPlain - 0.05);
  });

  test('the outro, once the talking head has faded out', async () => {
    // Hook 60 + the 3 s video's 90 frames, then 30 frames into the outro, where it has settled; below the chip.
    const outro = `${DEFAULT_CALL_TO_ACTION} ${ISSUE.newsletter.name}`;
    expect(similarity(outro, await read(busy, 'busy', BODY_START + 90 + 30, '1080:500:0:550'))).toBeGreaterThan(0.9);
  });
});
