import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HeadlessBrowser } from '@remotion/renderer';
import type { VideoConfig } from 'remotion';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { LAYOUT_IDS, LAYOUTS, type Rect, safeRect } from '../../src/platforms';
import { closeBrowser, launchBrowser, renderStillImage, resolveComposition } from '../../src/render/render';
import { captionsOf } from '../../src/resolved';
import type { Brand, TakeawayClipProps } from '../../src/schema';
import { exampleProps, fullestIssue } from '../helpers/example';
import { differingPixels, readPng } from '../helpers/png';
import { COVER, DEFAULT_THEME } from '../../src/design/tokens';

const serveUrl = inject('serveUrl');
let browser: HeadlessBrowser;
let dir: string;

beforeAll(async () => {
  browser = await launchBrowser();
  dir = mkdtempSync(join(tmpdir(), 'clip-safe-zone-'));
});

afterAll(async () => {
  if (browser) await closeBrowser(browser);
  rmSync(dir, { recursive: true, force: true });
});

/** A flat background, so every pixel that differs from it is something drawn. */
const FLAT: Brand = { theme: { backgroundGradient: DEFAULT_THEME.background } };

/**
 * Renders each frame as a still and expects no drawn pixel outside `rect`, and plenty inside it,
 * so an empty frame cannot pass.
 */
const expectInside = async (
  target: { id: string; inputProps: Record<string, unknown>; composition?: VideoConfig },
  frames: number[],
  rect: Rect,
) => {
  for (const frame of frames) {
    const output = join(dir, `${target.id}-${frame}.png`);
    await renderStillImage({ serveUrl, browser, ...target, output, frame });
    const pixels = differingPixels(readPng(output), DEFAULT_THEME.background, rect);
    expect({ frame, outside: pixels.outside, examples: pixels.outsideExamples }).toEqual({
      frame,
      outside: 0,
      examples: [],
    });
    expect(pixels.inside).toBeGreaterThan(5000);
  }
};

/**
 * The frames with the most on screen: the opening (the hook, the Shorts thumbnail), the middle of
 * the caption page with the most text, and the settled outro card.
 */
const fullestFrames = (composition: VideoConfig): number[] => {
  const { pages } = captionsOf(composition.props);
  const page = pages.reduce((most, p) => (p.text.length > most.text.length ? p : most));
  const middle = Math.round(((page.startMs + page.endMs) / 2000) * composition.fps);
  return [0, middle, composition.durationInFrames - 30];
};

describe.each(LAYOUT_IDS)(
  "with a flat background and the fullest issue, nothing is drawn outside the %s safe zone (both: inside every platform's)",
  (platform) => {
    const safe = safeRect(LAYOUTS[platform]);

    test.each([
      ['TakeawayClip', { ...exampleProps({ platform, takeaway: 7 }), issue: fullestIssue() }],
      ['Recap', { issue: fullestIssue(), platform }],
    ] as const)('%s', async (id, props) => {
      const inputProps = { ...props, brand: FLAT };
      const composition = await resolveComposition({ serveUrl, browser, id, inputProps });
      await expectInside({ id, inputProps, composition }, fullestFrames(composition), safe);
    });
  },
);

/** The text alone: a cover's picture fills the frame by design. */
const withoutVisual = (props: TakeawayClipProps): TakeawayClipProps => {
  delete props.issue.takeaways[props.takeaway - 1].visual;
  return props;
};

describe("the Cover keeps everything inside Instagram's 4:5 feed crop, away from its sides", () => {
  /** Rows 285–1635 of 1920: the centre 1080x1350 the feed shows (the grid's 3:4 crop is larger). */
  const feedCrop: Rect = { x: COVER.margin, y: 285, width: 1080 - 2 * COVER.margin, height: 1635 - 285 };

  test.each([
    ['a 3-line headline with the widest line', withoutVisual(exampleProps({ takeaway: 3 }))],
    ['a 4-line headline, a long name and title', { ...exampleProps({ takeaway: 7 }), issue: fullestIssue() }],
  ])('%s', async (_name, props) => {
    await expectInside({ id: 'Cover', inputProps: { ...props, brand: FLAT } }, [0], feedCrop);
  });
});
