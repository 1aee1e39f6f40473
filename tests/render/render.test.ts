import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HeadlessBrowser } from '@remotion/renderer';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { PLATFORM_IDS, PLATFORMS } from '../../src/platforms';
import { probeVideo } from '../../src/render/probe';
import { closeBrowser, launchBrowser, renderStillImage, renderVideo } from '../../src/render/render';
import { checkVideo } from '../../src/render/spec';
import { EXAMPLE_ISSUE, exampleProps } from '../helpers/example';
import { readPng } from '../helpers/png';

const serveUrl = inject('serveUrl');
let browser: HeadlessBrowser;
let dir: string;

beforeAll(async () => {
  browser = await launchBrowser();
  dir = mkdtempSync(join(tmpdir(), 'clip-render-'));
});

afterAll(async () => {
  if (browser) await closeBrowser(browser);
  rmSync(dir, { recursive: true, force: true });
});

describe.each(PLATFORM_IDS)('TakeawayClip for %s', (platform) => {
  test('an H.264 High, 1080x1920, 30 fps, yuv420p/bt709 MP4 with moov before mdat', async () => {
    const output = join(dir, `clip-${platform}.mp4`);
    // Frames 45 to 74 cross from the hook into the first caption page.
    await renderVideo({
      serveUrl,
      browser,
      id: 'TakeawayClip',
      inputProps: exampleProps({ platform, takeaway: 2 }),
      output,
      frameRange: [45, 74],
    });
    const probe = await probeVideo(output);
    const checks = checkVideo(probe, PLATFORMS[platform]);
    const failed = Object.entries(checks).filter(([, c]) => !c.ok);
    expect(failed).toEqual([]);
    expect(probe.durationSeconds).toBeCloseTo(1, 1);
  });
});

test("the Recap, laid out for both platforms as render:issue renders it, meets each platform's spec", async () => {
  const output = join(dir, 'recap-both.mp4');
  // From the hook into the list of takeaways.
  await renderVideo({
    serveUrl,
    browser,
    id: 'Recap',
    inputProps: { issue: EXAMPLE_ISSUE, platform: 'both' },
    output,
    frameRange: [50, 69],
  });
  const probe = await probeVideo(output);
  for (const platform of PLATFORM_IDS) {
    // A bitrate over 20 frames says nothing of a clip's: the encoder's buffer starts full.
    const failed = Object.entries(checkVideo(probe, PLATFORMS[platform])).filter(
      ([name, c]) => !c.ok && name !== 'bitrate',
    );
    expect(failed, platform).toEqual([]);
  }
});

test('the Cover still is 1080x1920', async () => {
  const output = join(dir, 'cover.png');
  await renderStillImage({ serveUrl, browser, id: 'Cover', inputProps: exampleProps({ takeaway: 4 }), output });
  const png = readPng(output);
  expect([png.width, png.height]).toEqual([1080, 1920]);
});

describe('bad props stop before any frame is rendered, naming the field and the rule', () => {
  test.each([
    [
      'no takeaways',
      (p: ReturnType<typeof exampleProps>) => (p.issue.takeaways = []),
      /issue\.takeaways: an issue needs at least 1 takeaway/,
    ],
    [
      'an empty headline',
      (p: ReturnType<typeof exampleProps>) => (p.issue.takeaways[0].headline = ''),
      /issue\.takeaways\[0\]\.headline: a headline must not be empty/,
    ],
    [
      'no points',
      (p: ReturnType<typeof exampleProps>) => (p.issue.takeaways[0].points = []),
      /issue\.takeaways\[0\]\.points: a takeaway needs at least 1 point/,
    ],
    [
      'an unknown platform',
      (p: ReturnType<typeof exampleProps>) => Object.assign(p, { platform: 'tiktok' }),
      /platform: must be one of: reels, shorts/,
    ],
    [
      'a takeaway out of range',
      (p: ReturnType<typeof exampleProps>) => (p.takeaway = 9),
      /takeaway: must be between 1 and 6/,
    ],
    [
      'a colour that is not one',
      (p: ReturnType<typeof exampleProps>) => (p.brand.theme = { text: 'not-a-colour' }),
      /brand\.theme\.text: Invalid color/,
    ],
    [
      'a headline word too wide for the hook',
      (p: ReturnType<typeof exampleProps>) => (p.issue.takeaways[0].headline = '가'.repeat(20)),
      /issue\.takeaways\[0\]\.headline: a word is too wide to fit a line of the hook on Instagram Reels: "가{20}" is \d+ px at the minimum size of 56 px, and a line there holds at most 902 px/,
    ],
  ])('%s', async (_name, mutate, message) => {
    const props = exampleProps({ takeaway: 1 });
    mutate(props);
    const output = join(dir, 'bad.mp4');
    await expect(
      renderVideo({ serveUrl, browser, id: 'TakeawayClip', inputProps: props, output }),
    ).rejects.toThrowError(message);
    expect(() => readPng(output)).toThrowError(/ENOENT/);
  });
});
