/**
 * Studio as the editing room, in a real browser: `remotion studio` on a free port with a copy of
 * assets/ as its public folder (the real one is never written), driven by playwright-core with
 * Debian's headless shell. One server and one page for the whole file: each start costs a webpack
 * build and a page load.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DEBIAN_HEADLESS_SHELL } from '../../src/render/browser';
import { ASSETS_DIR, PROJECT_ROOT } from '../../src/render/files';
import { type StudioServer, startStudio } from '../helpers/studio-server';

/** Studio's first build and page load take 10-25 s on 2 busy cores. */
const START_TIMEOUT_MS = 90_000;
/** The issue asks for 2 s from disk to preview; a wait fails only at 10 s, so a busy machine shows its real figure. */
const LIVE_TIMEOUT_MS = 10_000;
/** A test makes up to five such waits; the browser project's 30 s is too short when other work shares the cores. */
const TEST_TIMEOUT_MS = 60_000;
/** What the issue asks of a live change. */
const LIVE_TARGET_MS = 2_000;

const publicDir = mkdtempSync(join(tmpdir(), 'studio-e2e-'));
const issuePath = (slug: string) => join(publicDir, 'issues', `${slug}.json`);
const EXAMPLE = readFileSync(join(PROJECT_ROOT, 'assets/examples/two-takeaways.json'), 'utf8');

let studio: StudioServer | undefined;
let browser: Browser | undefined;
let page: Page;
const pageErrors: string[] = [];
const consoleErrors: string[] = [];
const latencies: number[] = [];

beforeAll(async () => {
  if (!existsSync(DEBIAN_HEADLESS_SHELL)) {
    throw new Error(`The Studio test drives ${DEBIAN_HEADLESS_SHELL}: apt-get install chromium-headless-shell`);
  }
  cpSync(ASSETS_DIR, publicDir, { recursive: true });
  writeFileSync(issuePath('alpha'), EXAMPLE);
  writeFileSync(
    issuePath('beta'),
    EXAMPLE.replace('짧은 테스트 호', '두 번째 호').replace('첫 번째 요점', '베타의 요점'),
  );

  studio = await startStudio(publicDir, START_TIMEOUT_MS);
  browser = await chromium.launch({ executablePath: DEBIAN_HEADLESS_SHELL, args: ['--no-sandbox'] });
  page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  // Studio asks bugs.remotion.dev about known bugs in its version: this machine is offline by design.
  await page.route(/^https?:\/\/(?!localhost[:/])/u, (route) => route.abort());
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    const offline = message.text().includes('net::ERR_FAILED') && !message.location().url.includes('localhost');
    if (message.type() === 'error' && !offline) {
      consoleErrors.push(message.text());
    }
  });
  await page.goto(`${studio.url}/alpha-t1-reels`, { timeout: START_TIMEOUT_MS });
  await page.getByText('첫 번째 요점').first().waitFor({ timeout: START_TIMEOUT_MS });
  // Not measured: Studio compiles the props panel's modules lazily in the first seconds after loading.
  await writeAndWait('alpha', EXAMPLE.replace('첫 번째 요점', '준비 운동'), '준비 운동', START_TIMEOUT_MS);
  await writeAndWait('alpha', EXAMPLE, '첫 번째 요점', START_TIMEOUT_MS);
  // Set once: gone if anything reloads the page.
  await page.evaluate(() => Object.assign(window, { notReloaded: true }));
}, START_TIMEOUT_MS * 2);

afterAll(async () => {
  await browser?.close();
  await studio?.stop();
  rmSync(publicDir, { recursive: true, force: true });
  if (latencies.length > 0) {
    console.log(`Save to preview: ${latencies.map((ms) => `${ms} ms`).join(', ')}`);
  }
}, 30_000);

const notReloaded = () => page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded === true);
/** A folder or composition in Studio's list, by its name. */
const inList = (name: string) => page.locator(`.__remotion-composition-selector-item[title="${name}"]`);

/** Studio opens only the folders on the way to the selected composition. */
const expand = async (folder: string) => {
  if ((await inList(folder).getAttribute('aria-expanded')) === 'false') {
    await inList(folder).click();
  }
};

/** Writes an issue file and waits for `text` in the preview; the time from the write to the text. */
const writeAndWait = async (
  slug: string,
  content: string,
  text: string,
  timeout = LIVE_TIMEOUT_MS,
): Promise<number> => {
  const start = Date.now();
  writeFileSync(issuePath(slug), content);
  try {
    await page.getByText(text, { exact: true }).first().waitFor({ timeout });
  } catch (error) {
    await page.screenshot({ path: join(tmpdir(), 'studio-e2e-failure.png') });
    throw error;
  }
  return Date.now() - start;
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

test(
  'the composition list has a folder for every issue file, and a clip shows its headline and the safe zone',
  async () => {
    await expect(inList('alpha').count()).resolves.toBe(1);
    await expect(inList('beta').count()).resolves.toBe(1);
    await expand('beta');
    await expect(inList('beta-reels').count()).resolves.toBe(1);
    await expect(page.getByText('첫 번째 요점').first().isVisible()).resolves.toBe(true);
    await expect(page.getByText('Instagram Reels safe zone (Studio only)').isVisible()).resolves.toBe(true);
    await expect(page.getByTestId('save-to-issue-file').innerText()).resolves.toContain('assets/issues/alpha.json');
  },
  TEST_TIMEOUT_MS,
);

test(
  'an edited issue file updates the preview without a reload',
  async () => {
    for (const headline of ['디스크 수정', '두번째 수정', '세번째 수정']) {
      latencies.push(await writeAndWait('alpha', EXAMPLE.replace('첫 번째 요점', headline), headline));
    }
    console.log(`Save to preview: ${latencies.map((ms) => `${ms} ms`).join(', ')}`);
    expect(await notReloaded()).toBe(true);
    expect(median(latencies)).toBeLessThan(LIVE_TARGET_MS);
  },
  TEST_TIMEOUT_MS,
);

test(
  'assets/brand.json edited on disk reaches the preview without a reload',
  async () => {
    const brandPath = join(publicDir, 'brand.json');
    const original = readFileSync(brandPath, 'utf8');
    const accentIs = (colour: string) =>
      page.waitForFunction(
        (rgb) =>
          [...document.querySelectorAll('span, div')].some(
            (element) => element.textContent === '1/2' && getComputedStyle(element).color === rgb,
          ),
        colour,
        { timeout: LIVE_TIMEOUT_MS },
      );
    await accentIs('rgb(59, 240, 181)');
    const start = Date.now();
    writeFileSync(brandPath, original.replace('"accent": "#3BF0B5"', '"accent": "#FF0000"'));
    await accentIs('rgb(255, 0, 0)');
    console.log(`brand.json to preview: ${Date.now() - start} ms`);
    writeFileSync(brandPath, original);
    await accentIs('rgb(59, 240, 181)');
    expect(await notReloaded()).toBe(true);
  },
  TEST_TIMEOUT_MS,
);

test(
  'a broken file shows its error in its folder while the other issues keep working; fixing it brings its clips back',
  async () => {
    writeFileSync(issuePath('beta'), '{ "title": ');
    await inList('beta-invalid-2').waitFor({ timeout: LIVE_TIMEOUT_MS });
    await expect(inList('beta-reels').count()).resolves.toBe(0);
    // The open clip of another issue still follows its file.
    latencies.push(await writeAndWait('alpha', EXAMPLE.replace('첫 번째 요점', '알파 정상'), '알파 정상'));

    // The open clip's own file breaks: the preview shows the file's error, then the clip once it is fixed.
    writeFileSync(issuePath('alpha'), EXAMPLE.replace('"takeaways"', '"takeaway"'));
    await page.getByText('assets/issues/alpha.json is not a valid issue file').waitFor({ timeout: LIVE_TIMEOUT_MS });
    await page.getByText('(root): Unrecognized key: "takeaway"').waitFor({ timeout: LIVE_TIMEOUT_MS });
    await expect(inList('alpha-invalid-1').count()).resolves.toBe(1);
    await writeAndWait('alpha', EXAMPLE, '첫 번째 요점');
    await expect(inList('alpha-t1-reels').count()).resolves.toBe(1);

    // A file broken before its clip was opened: its error, then its first clip once fixed.
    await inList('beta-invalid-2').click();
    await page.getByText('assets/issues/beta.json is not a valid issue file').waitFor({ timeout: LIVE_TIMEOUT_MS });
    writeFileSync(issuePath('beta'), EXAMPLE);
    await page
      .getByTestId('save-to-issue-file')
      .getByText('assets/issues/beta.json · takeaway 1')
      .waitFor({ timeout: LIVE_TIMEOUT_MS });
    await expect(inList('beta-reels').count()).resolves.toBe(1);
    await expect(inList('beta-invalid-2').count()).resolves.toBe(0);

    await inList('alpha-t1-reels').click();
    await page
      .getByTestId('save-to-issue-file')
      .getByText('assets/issues/alpha.json · takeaway 1')
      .waitFor({ timeout: LIVE_TIMEOUT_MS });
    expect(await notReloaded()).toBe(true);
  },
  TEST_TIMEOUT_MS,
);

test(
  'an added issue file gets its folder and a deleted one loses it, live',
  async () => {
    writeFileSync(issuePath('gamma'), EXAMPLE);
    await inList('gamma').waitFor({ timeout: LIVE_TIMEOUT_MS });
    await expand('gamma');
    await inList('gamma-reels').waitFor({ timeout: LIVE_TIMEOUT_MS });
    unlinkSync(issuePath('gamma'));
    await inList('gamma').waitFor({ state: 'detached', timeout: LIVE_TIMEOUT_MS });
    expect(await notReloaded()).toBe(true);
  },
  TEST_TIMEOUT_MS,
);

test(
  'an edit in the props panel is saved into the issue file: validated, only that takeaway, key order and indent kept',
  async () => {
    await page.getByLabel('Expand right sidebar').click();
    const headline = page.locator('input[placeholder="issue.takeaways.0.headline"]');
    const save = page.getByTestId('save-to-issue-file-button');
    const status = page.getByTestId('save-to-issue-file-status');

    // An empty headline breaks the schema: Studio shows the field and the rule instead of the clip, and
    // with the clip goes the save control, so nothing can be written.
    await headline.fill('');
    await page
      .getByText('Invalid TakeawayClip props: issue.takeaways[0].headline: a headline must not be empty')
      .waitFor({ timeout: LIVE_TIMEOUT_MS });
    await expect(save.count()).resolves.toBe(0);
    expect(readFileSync(issuePath('alpha'), 'utf8')).toBe(EXAMPLE);

    await headline.fill('스튜디오 저장');
    await page.getByText('스튜디오 저장', { exact: true }).first().waitFor({ timeout: LIVE_TIMEOUT_MS });
    await status.getByText('Unsaved: headline').waitFor({ timeout: LIVE_TIMEOUT_MS });
    // As an author would: the pointer rests on the button before the click.
    await save.hover();
    await page.waitForTimeout(500);
    await save.click();
    await status.getByText('Saved: headline').waitFor({ timeout: LIVE_TIMEOUT_MS });
    // The example's Prettier layout, its other takeaway and its key order, byte for byte.
    expect(readFileSync(issuePath('alpha'), 'utf8')).toBe(EXAMPLE.replace('첫 번째 요점', '스튜디오 저장'));

    // After a save the preview follows the file again, though the panel had edited it.
    latencies.push(await writeAndWait('alpha', EXAMPLE.replace('첫 번째 요점', '저장 뒤 수정'), '저장 뒤 수정'));
    expect(await notReloaded()).toBe(true);
  },
  TEST_TIMEOUT_MS,
);

test(
  'a picture an issue names, replaced on disk, is shown new without a reload',
  async () => {
    const chart = 'examples/visuals/benchmark-chart.png';
    writeFileSync(
      issuePath('alpha'),
      EXAMPLE.replace('"keywords": ["GPT-4"] }', `"keywords": ["GPT-4"], "visual": { "src": "${chart}" } }`),
    );
    // The picture is on screen in the body, after the 2 s hook.
    // The keys seek only when no field of the props panel has the focus.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let second = 0; second < 3; second++) {
      await page.keyboard.press('Shift+ArrowRight');
    }
    const pictureWidth = (width: number) =>
      page.waitForFunction(
        ([name, w]) =>
          [...document.querySelectorAll('img')].some((img) => img.src.includes(name) && img.naturalWidth === w),
        [chart, width] as const,
        { timeout: LIVE_TIMEOUT_MS },
      );
    await pictureWidth(1280);
    const start = Date.now();
    cpSync(join(publicDir, 'brand/logo.png'), join(publicDir, chart));
    await pictureWidth(256);
    console.log(`Picture replaced to preview: ${Date.now() - start} ms`);
    expect(await notReloaded()).toBe(true);
  },
  TEST_TIMEOUT_MS,
);

test('no page errors', () => {
  expect(pageErrors).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
