import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HeadlessBrowser } from '@remotion/renderer';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { closeBrowser, launchBrowser, renderStillImage, resolveComposition } from '../../src/render/render';
import { exampleProps } from '../helpers/example';
import { redPixels, readPng } from '../helpers/png';

const serveUrl = inject('serveUrl');
let browser: HeadlessBrowser;
let dir: string;

beforeAll(async () => {
  browser = await launchBrowser();
  dir = mkdtempSync(join(tmpdir(), 'clip-emoji-'));
});

afterAll(async () => {
  if (browser) await closeBrowser(browser);
  rmSync(dir, { recursive: true, force: true });
});

/** The break-it session's repro: red hearts in the headline and in a caption. */
const heartProps = () => {
  const props = exampleProps({ takeaway: 1 });
  props.issue.takeaways[0] = { headline: '빨간 하트 ❤️❤️❤️', points: ['하트가 보여야 합니다 ❤️'] };
  return props;
};

// The default theme has no red: a drawn Noto heart gives thousands of clearly red pixels, a missing one none.
const DRAWN_HEART = 2000;

test('emoji in the hook headline are drawn in colour', async () => {
  const output = join(dir, 'hook.png');
  await renderStillImage({ serveUrl, browser, id: 'TakeawayClip', inputProps: heartProps(), output, frame: 24 });
  expect(redPixels(readPng(output))).toBeGreaterThan(3 * DRAWN_HEART);
});

test('an emoji in a caption page is drawn in colour', async () => {
  const props = heartProps();
  const composition = await resolveComposition({ serveUrl, browser, id: 'TakeawayClip', inputProps: props });
  const output = join(dir, 'caption.png');
  // Hook and outro are equally long, so the clip's middle is the body's: the one caption page is up.
  await renderStillImage({
    serveUrl,
    browser,
    id: 'TakeawayClip',
    inputProps: props,
    output,
    frame: Math.round(composition.durationInFrames / 2),
    composition,
  });
  expect(redPixels(readPng(output))).toBeGreaterThan(DRAWN_HEART / 2);
});

test('the cover draws the headline emoji', async () => {
  const output = join(dir, 'cover.png');
  await renderStillImage({ serveUrl, browser, id: 'Cover', inputProps: heartProps(), output });
  expect(redPixels(readPng(output))).toBeGreaterThan(3 * DRAWN_HEART);
});
