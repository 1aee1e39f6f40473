import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HeadlessBrowser } from '@remotion/renderer';
import type { PNG } from 'pngjs';
import type { VideoConfig } from 'remotion';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { COVER, DEFAULT_THEME, LINE_HEIGHT, TAKEAWAY_ROWS, TYPE } from '../../src/design/tokens';
import { PLATFORMS, type Rect, safeRect } from '../../src/platforms';
import { closeBrowser, launchBrowser, renderStillImage, resolveComposition } from '../../src/render/render';
import { type CoverCompositionProps, captionsOf, type RecapCompositionProps, resolvedOf } from '../../src/resolved';
import { type Brand, CAPTION_STYLES, type TakeawayClipProps } from '../../src/schema';
import { BLOCK_FONT, NOT_A_FONT } from '../helpers/brand-fixtures';
import { EXAMPLE_ISSUE, exampleProps } from '../helpers/example';
import { differingPixels, pixelsChanged, readPng } from '../helpers/png';
import { resolvedTakeaway } from '../helpers/resolved';

const serveUrl = inject('serveUrl');
let browser: HeadlessBrowser;
let dir: string;
let renders = 0;

beforeAll(async () => {
  browser = await launchBrowser();
  dir = mkdtempSync(join(tmpdir(), 'clip-brand-'));
});

afterAll(async () => {
  if (browser) await closeBrowser(browser);
  rmSync(dir, { recursive: true, force: true });
});

/** The example newsletter's logo on a flat default background, so every drawn pixel is accounted for. */
const FLAT_WITH_LOGO: Brand = { logo: 'brand/logo.png', theme: { backgroundGradient: DEFAULT_THEME.background } };

const render = async (id: string, inputProps: Record<string, unknown>, composition: VideoConfig, frame: number) => {
  const output = join(dir, `${id}-${++renders}.png`);
  await renderStillImage({ serveUrl, browser, id, inputProps, composition, output, frame });
  return readPng(output);
};

/** The middle of a caption page: a word is being read there. */
const pageMiddle = (composition: VideoConfig, page = 0): number => {
  const { startMs, endMs } = captionsOf(composition.props).pages[page];
  return Math.round(((startMs + endMs) / 2000) * composition.fps);
};

/** The logo's mint and teal: nothing else in the default look has a colour like them. */
const logoPixels = (png: PNG, rect: Rect): { inside: number; outside: number } => {
  let inside = 0;
  let outside = 0;
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      if (!(png.data[i + 1] > 150 && png.data[i] < 120 && png.data[i + 2] > 120)) continue;
      if (x >= rect.x && x < rect.x + rect.width && y >= rect.y && y < rect.y + rect.height) inside++;
      else outside++;
    }
  }
  return { inside, outside };
};

/** Mint fills the tile above its ridges: a good share of the logo's box, and nothing anywhere else. */
const expectLogoIn = (png: PNG, logo: Rect) => {
  const pixels = logoPixels(png, logo);
  expect(pixels.inside).toBeGreaterThan(0.25 * logo.width * logo.height);
  expect(pixels.outside).toBe(0);
};

describe('the logo sits at the right end of the header row, inside the safe zone', () => {
  test.each([
    ['TakeawayClip', 'reels'],
    ['TakeawayClip', 'shorts'],
    ['Recap', 'shorts'],
  ] as const)('%s on %s', async (id, platform) => {
    const inputProps =
      id === 'Recap'
        ? { issue: EXAMPLE_ISSUE, platform, brand: FLAT_WITH_LOGO }
        : { ...exampleProps({ takeaway: 2, platform }), brand: FLAT_WITH_LOGO };
    const composition = await resolveComposition({ serveUrl, browser, id, inputProps });
    const png = await render(id, inputProps, composition, pageMiddle(composition));
    const { logo } =
      id === 'Recap' ? resolvedOf(composition.props as RecapCompositionProps).plan : resolvedTakeaway(composition).plan;
    const safe = safeRect(PLATFORMS[platform]);
    expect(logo!.x + logo!.width).toBeCloseTo(safe.x + safe.width - TYPE.inset, 5);
    expect(logo!.y).toBeGreaterThanOrEqual(safe.y);
    expectLogoIn(png, logo!);
    expect(differingPixels(png, DEFAULT_THEME.background, safe).outside).toBe(0);
  });

  test("the cover: at the chip row's right end, inside Instagram's 4:5 feed crop", async () => {
    const inputProps = { ...exampleProps({ takeaway: 2 }), brand: FLAT_WITH_LOGO };
    const composition = await resolveComposition({ serveUrl, browser, id: 'Cover', inputProps });
    const png = await render('Cover', inputProps, composition, 0);
    const { logo } = resolvedOf(composition.props as CoverCompositionProps).plan;
    const feedCrop: Rect = { x: COVER.margin, y: 285, width: 1080 - 2 * COVER.margin, height: 1635 - 285 };
    expect(logo!.x + logo!.width).toBe(feedCrop.x + feedCrop.width);
    expectLogoIn(png, logo!);
    expect(differingPixels(png, DEFAULT_THEME.background, feedCrop).outside).toBe(0);
  });
});

test('each caption style draws the same page differently', async () => {
  const pngs: PNG[] = [];
  let block: Rect | null = null;
  for (const captionStyle of CAPTION_STYLES) {
    const inputProps = { ...exampleProps({ takeaway: 2 }), brand: { captionStyle } };
    const composition = await resolveComposition({ serveUrl, browser, id: 'TakeawayClip', inputProps });
    pngs.push(await render('TakeawayClip', inputProps, composition, pageMiddle(composition)));
    const { plan } = resolvedTakeaway(composition);
    const height = 2 * plan.captionFontSize * LINE_HEIGHT.caption;
    block = { x: 0, y: plan.safe.y + plan.safe.height * TAKEAWAY_ROWS.captionCentre - height / 2, width: 1080, height };
  }
  const [pill, karaoke, boxed] = pngs;
  // Karaoke differs from the pill around the word being read; boxed fills its lines with the accent.
  expect(pixelsChanged(pill, karaoke, block!)).toBeGreaterThan(2000);
  expect(pixelsChanged(pill, boxed, block!)).toBeGreaterThan(20_000);
  expect(pixelsChanged(karaoke, boxed, block!)).toBeGreaterThan(20_000);
});

describe('a brand font', () => {
  /** A takeaway with a page of Hangul alone (no full stop: the block font has one) and a Latin one. */
  const withPages = (brand: Brand): TakeawayClipProps => {
    const props = exampleProps({ takeaway: 2 });
    const takeaway = props.issue.takeaways[1];
    // Hangul alone, so the topic above the captions and the band between them do not move either.
    takeaway.headline = '글꼴을 시험하는 제목';
    takeaway.points = ['한글로만 쓴 이 문장은 기본 글꼴이 그립니다', 'Gemini Ultra beats GPT-4 on MMLU.'];
    takeaway.keywords = [];
    delete takeaway.visual;
    return { ...props, brand };
  };

  test('measures and draws what it has, and leaves Hangul to Pretendard', async () => {
    const [plain, branded] = await Promise.all(
      [withPages({}), withPages({ font: BLOCK_FONT })].map(async (inputProps) => {
        const composition = await resolveComposition({ serveUrl, browser, id: 'TakeawayClip', inputProps });
        return { inputProps, composition, plan: resolvedTakeaway(composition).plan };
      }),
    );
    // The block font's Latin is far wider than Pretendard's: the layout was measured in it.
    const latinLines = (plan: typeof plain.plan) =>
      plan.pages.filter((p) => /[A-Z]/.test(p.lines.flat().join(' '))).flatMap((p) => p.lines);
    expect(latinLines(branded.plan).length).toBeGreaterThan(latinLines(plain.plan).length);
    expect(branded.plan.pages[0].lines).toEqual(plain.plan.pages[0].lines);

    const captions: Rect = {
      x: 0,
      y: plain.plan.safe.y + plain.plan.safe.height * 0.4,
      width: 1080,
      height: plain.plan.safe.height * 0.4,
    };
    const page = async (run: typeof plain, index: number) =>
      render('TakeawayClip', run.inputProps, run.composition, pageMiddle(run.composition, index));
    // Pretendard draws the Hangul page either way: the same glyphs, only moved down a few rows by the brand
    // font's ascent, which sets the line's baseline. Drawn in anything else, thousands of pixels would differ.
    const [plainHangul, brandedHangul] = [await page(plain, 0), await page(branded, 0)];
    const shifts = Array.from({ length: 17 }, (_, i) => i - 8);
    const aligned = Math.min(...shifts.map((dy) => pixelsChanged(plainHangul, brandedHangul, captions, { dy })));
    expect(aligned).toBeLessThan(2000);
    const latinPage = branded.plan.pages.findIndex((p) => /[A-Z]/.test(p.lines.flat().join(' ')));
    expect(pixelsChanged(await page(plain, 1), await page(branded, latinPage), captions)).toBeGreaterThan(5000);
  });

  test.each([
    [
      'assets/brand.json',
      { font: NOT_A_FONT },
      {},
      /brand\.font \(assets\/brand\.json\): assets\/test-fixtures\/not-a-font\.woff2 is not a font Chromium can load/,
    ],
    [
      "the issue's brand",
      {},
      { font: NOT_A_FONT },
      /issue\.brand\.font: assets\/test-fixtures\/not-a-font\.woff2 is not a font Chromium can load/,
    ],
  ])(
    'that does not load, set in %s, stops the render before any frame and keeps a good earlier file',
    async (_where, newsletter, issueBrand, message) => {
      const inputProps = withPages(newsletter);
      inputProps.issue.brand = issueBrand;
      const output = join(dir, 'good.png');
      writeFileSync(output, 'a good render from before');
      await expect(
        renderStillImage({ serveUrl, browser, id: 'TakeawayClip', inputProps, output, frame: 0 }),
      ).rejects.toThrowError(message);
      expect(readFileSync(output, 'utf8')).toBe('a good render from before');
    },
  );
});

test('a logo that is missing or not a picture names the field and the file', async () => {
  const props = exampleProps({ takeaway: 1 });
  props.issue.brand = { logo: 'brand/missing.png' };
  await expect(resolveComposition({ serveUrl, browser, id: 'Cover', inputProps: props })).rejects.toThrowError(
    /issue\.brand\.logo: assets\/brand\/missing\.png does not exist/,
  );
  const recap = { issue: EXAMPLE_ISSUE, platform: 'reels', brand: { logo: 'test-fixtures/not-a-picture.png' } };
  await expect(resolveComposition({ serveUrl, browser, id: 'Recap', inputProps: recap })).rejects.toThrowError(
    /brand\.logo \(assets\/brand\.json\): assets\/test-fixtures\/not-a-picture\.png is not a picture/,
  );
});
