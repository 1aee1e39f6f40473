import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { brandFiles, parseBrandFile, resolveBrand } from '../../src/brand/brand';
import { DEFAULT_CAPTION_STYLE, DEFAULT_THEME, HEADER, LINE_HEIGHT, LOGO, TYPE } from '../../src/design/tokens';
import { planJobs } from '../../src/issues/jobs';
import { fitHeaderRow } from '../../src/layout/fit-chip';
import { planCover } from '../../src/layout/cover-plan';
import { planRecap } from '../../src/layout/recap-plan';
import { planTakeawayClip } from '../../src/layout/takeaway-plan';
import { PLATFORM_IDS, PLATFORMS, safeRect } from '../../src/platforms';
import { checkAssetPaths } from '../../src/render/asset-paths';
import { readBrandFile } from '../../src/render/brand-file';
import { type Brand, formatZodError, type Issue, issueSchema, takeawayClipSchema } from '../../src/schema';
import { EXAMPLE_ISSUE, exampleProps } from '../helpers/example';
import { fakeMeasurers } from '../helpers/fake-measure';

const NEWSLETTER: Brand = {
  logo: 'brand/logo.png',
  theme: { background: '#101010', accent: '#00FF88' },
  font: 'fonts/newsletter.woff2',
  captionStyle: 'karaoke',
};

describe('brand precedence: the defaults, then assets/brand.json, then the issue’s brand, field by field', () => {
  test('nothing set is the design’s defaults', () => {
    expect(resolveBrand({}, undefined)).toEqual({
      logo: null,
      theme: DEFAULT_THEME,
      font: null,
      captionStyle: DEFAULT_CAPTION_STYLE,
    });
  });

  test('brand.json sets what it names; a partial theme keeps the default colours it does not name', () => {
    expect(resolveBrand(NEWSLETTER, undefined)).toEqual({
      logo: 'brand/logo.png',
      theme: { ...DEFAULT_THEME, background: '#101010', accent: '#00FF88' },
      font: 'fonts/newsletter.woff2',
      captionStyle: 'karaoke',
    });
  });

  test('the issue overrides only the fields it sets, the theme colour by colour', () => {
    const brand = resolveBrand(NEWSLETTER, { theme: { accent: '#FF3366', text: '#FFFFFF' }, captionStyle: 'boxed' });
    expect(brand).toEqual({
      logo: 'brand/logo.png',
      theme: { ...DEFAULT_THEME, background: '#101010', accent: '#FF3366', text: '#FFFFFF' },
      font: 'fonts/newsletter.woff2',
      captionStyle: 'boxed',
    });
  });

  test('an issue may brand itself without a brand.json', () => {
    expect(resolveBrand({}, { logo: 'special/logo.webp', font: 'special/font.otf' })).toMatchObject({
      logo: 'special/logo.webp',
      theme: DEFAULT_THEME,
      font: 'special/font.otf',
      captionStyle: DEFAULT_CAPTION_STYLE,
    });
  });

  test('its files are named by the field they came from', () => {
    const issue: Issue = { ...EXAMPLE_ISSUE, brand: { font: 'special/font.otf' } };
    expect(brandFiles(NEWSLETTER, issue)).toEqual([
      { field: 'brand.logo (assets/brand.json)', path: 'brand/logo.png' },
      { field: 'issue.brand.font', path: 'special/font.otf' },
    ]);
    expect(brandFiles({}, EXAMPLE_ISSUE)).toEqual([]);
  });
});

describe('assets/brand.json and an issue’s brand are checked against the schema', () => {
  test.each([
    ['not JSON', '{ "logo": ', /^assets\/brand\.json: not valid JSON: /],
    ['an unknown field', '{ "colour": "#fff" }', 'assets/brand.json: (root): Unrecognized key: "colour"'],
    [
      'an unknown theme colour',
      '{ "theme": { "acent": "#fff" } }',
      'assets/brand.json: theme: Unrecognized key: "acent"',
    ],
    [
      'a colour that is not one',
      '{ "theme": { "accent": "yellowish" } }',
      'assets/brand.json: theme.accent: Invalid color',
    ],
    [
      'a font of another kind',
      '{ "font": "fonts/brand.ttc" }',
      'assets/brand.json: font: the brand font must end in .woff2, .woff, .ttf, .otf',
    ],
    [
      'a font outside assets/',
      '{ "font": "../fonts/brand.woff2" }',
      'assets/brand.json: font: the brand font must be a plain path under assets/: no "..", "." or empty parts',
    ],
    [
      'a logo from the internet',
      '{ "logo": "https://example.com/logo.png" }',
      'assets/brand.json: logo: the logo must be a file under assets/, not a URL or a drive path',
    ],
    [
      'a logo that is not a picture',
      '{ "logo": "brand/logo.svg" }',
      'assets/brand.json: logo: the logo must end in .png',
    ],
    [
      'an unknown caption style',
      '{ "captionStyle": "neon" }',
      'assets/brand.json: captionStyle: must be one of: pill, karaoke, boxed',
    ],
  ])('%s', (_name, text, message) => {
    expect(() => parseBrandFile(text)).toThrowError(message);
  });

  test('a good file, with a BOM as Windows editors save it', () => {
    expect(parseBrandFile(`\uFEFF${JSON.stringify(NEWSLETTER)}`)).toEqual(NEWSLETTER);
  });

  test('an issue file’s brand is checked field by field, and named', () => {
    const result = issueSchema.safeParse({ ...EXAMPLE_ISSUE, brand: { captionStyle: 'neon', fonts: 'x.woff2' } });
    expect(result.success).toBe(false);
    expect(formatZodError(result.error!)).toBe(
      'brand.captionStyle: must be one of: pill, karaoke, boxed; brand: Unrecognized key: "fonts"',
    );
  });

  test('a clip’s props carry the newsletter’s brand, checked like the file', () => {
    const result = takeawayClipSchema.safeParse({ ...exampleProps(), brand: { font: 'fonts/x.txt' } });
    expect(formatZodError(result.error!)).toBe('brand.font: the brand font must end in .woff2, .woff, .ttf, .otf');
  });
});

describe('render:issue reads assets/brand.json as Studio does', () => {
  let assets: string;
  beforeAll(() => {
    assets = mkdtempSync(join(tmpdir(), 'brand-file-'));
  });
  afterAll(() => rmSync(assets, { recursive: true, force: true }));

  test('no file is the defaults; a good one is its brand; a broken one names the file and the field', async () => {
    await expect(readBrandFile(assets)).resolves.toEqual({});
    writeFileSync(join(assets, 'brand.json'), JSON.stringify(NEWSLETTER));
    await expect(readBrandFile(assets)).resolves.toEqual(NEWSLETTER);
    writeFileSync(join(assets, 'brand.json'), '{ "captionStyle": "neon" }');
    await expect(readBrandFile(assets)).rejects.toThrowError(
      'assets/brand.json: captionStyle: must be one of: pill, karaoke, boxed',
    );
  });

  test('every job gets the brand as a prop, and re-renders when its logo or font changes', () => {
    const issue: Issue = { ...EXAMPLE_ISSUE, brand: { captionStyle: 'boxed' } };
    const jobs = planJobs(issue, 'w', { platforms: ['reels'], only: [2], recap: true, brand: NEWSLETTER });
    for (const job of jobs) {
      expect(job.inputProps.brand).toEqual(NEWSLETTER);
      expect(job.assets).toEqual(expect.arrayContaining(['brand/logo.png', 'fonts/newsletter.woff2']));
    }
  });

  test('a brand file that is missing on disk is named with its field before anything is bundled', async () => {
    mkdirSync(join(assets, 'brand'), { recursive: true });
    writeFileSync(join(assets, 'brand', 'logo.png'), 'png');
    const issue: Issue = { ...structuredClone(EXAMPLE_ISSUE), brand: { font: 'fonts/missing.woff2' } };
    // Only the brand's files: the example's pictures and voice are not in this folder.
    issue.takeaways = issue.takeaways.map(({ headline, points }) => ({ headline, points }));
    delete issue.music;
    await expect(checkAssetPaths(issue, { logo: 'brand/logo.png' }, assets)).rejects.toThrowError(
      /^issue\.brand\.font: assets\/fonts\/missing\.woff2 does not exist/,
    );
  });
});

describe('the logo in the header row', () => {
  const row = { x: 100, y: 300, width: 800 };

  test('a square logo is LOGO.height tall at the row’s right end, level with the chip, which fits the rest', () => {
    const header = fitHeaderRow({
      name: '주간 실리콘밸리',
      position: '2/6',
      row,
      logo: { width: 256, height: 256 },
      measure: fakeMeasurers,
      place: 'the header',
    });
    const chipHeight = header.chipFontSize * (LINE_HEIGHT.chip + 2 * TYPE.chipPaddingYEm);
    expect(header.logo).toEqual({
      x: 900 - LOGO.height,
      y: 300 + (chipHeight - LOGO.height) / 2,
      width: LOGO.height,
      height: LOGO.height,
    });
  });

  test('a wide wordmark is capped at LOGO.maxWidth, and shorter', () => {
    const header = fitHeaderRow({
      name: 'x',
      position: '1/1',
      row,
      logo: { width: 1000, height: 100 },
      measure: fakeMeasurers,
      place: 'the header',
    });
    expect(header.logo).toMatchObject({ x: 900 - LOGO.maxWidth, width: LOGO.maxWidth, height: LOGO.maxWidth / 10 });
  });

  test('a name too long to sit beside the logo even at the smallest chip is refused, naming the field', () => {
    expect(() =>
      fitHeaderRow({
        name: '아주 긴 뉴스레터 이름'.repeat(4),
        position: '10/10',
        row: { ...row, width: 500 },
        logo: { width: 400, height: 100 },
        measure: fakeMeasurers,
        place: 'the header on YouTube Shorts',
      }),
    ).toThrowError(/^issue\.newsletter\.name: ".+" is too long to sit beside the logo in the header on YouTube Shorts/);
  });

  test.each(PLATFORM_IDS)(
    'on %s the clip and the recap put it inside the safe zone, clear of the story bar',
    (platform) => {
      const safe = safeRect(PLATFORMS[platform]);
      const logo = { width: 512, height: 512 };
      for (const plan of [
        planTakeawayClip(exampleProps({ platform, takeaway: 2 }), fakeMeasurers, null, logo),
        planRecap({ issue: EXAMPLE_ISSUE, platform }, fakeMeasurers, logo),
      ]) {
        const rect = plan.logo!;
        expect(rect.x + rect.width).toBe(safe.x + safe.width - TYPE.inset);
        expect(rect.y).toBeGreaterThanOrEqual(safe.y);
        expect(rect.y + rect.height).toBeLessThan(safe.y + HEADER.progressTop);
      }
      expect(planTakeawayClip(exampleProps({ platform, takeaway: 2 }), fakeMeasurers).logo).toBeNull();
    },
  );

  test('the cover puts it at the chip row’s right end inside the feed crop', () => {
    const plan = planCover(exampleProps({ takeaway: 2 }), fakeMeasurers, { width: 512, height: 512 });
    expect(plan.logo!.x + plan.logo!.width).toBe(plan.box.x + plan.box.width);
    expect(plan.logo!.y).toBeGreaterThanOrEqual(285);
  });
});
