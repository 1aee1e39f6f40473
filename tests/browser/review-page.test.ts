import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DEBIAN_HEADLESS_SHELL } from '../../src/render/browser';
import { writeReviewPage } from '../../src/review/write-review-page';
import { clipUpload, expectedFields, fixtureReport, writeClipMedia, writeUploadTexts } from '../helpers/review-fixture';

const dir = mkdtempSync(join(tmpdir(), 'review-browser-'));
const report = fixtureReport();
let browser: Browser;
let page: Page;
const requests: string[] = [];
const failedRequests: string[] = [];
const pageErrors: string[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  if (!existsSync(DEBIAN_HEADLESS_SHELL)) {
    throw new Error(`The review page test drives ${DEBIAN_HEADLESS_SHELL}: apt-get install chromium-headless-shell`);
  }
  writeUploadTexts(dir, report);
  await writeClipMedia(dir, report);
  const path = await writeReviewPage(dir, report);

  browser = await chromium.launch({ executablePath: DEBIAN_HEADLESS_SHELL, args: ['--no-sandbox'] });
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  page = await context.newPage();
  page.on('request', (request) => requests.push(request.url()));
  page.on('requestfailed', (request) => failedRequests.push(`${request.url()}: ${request.failure()?.errorText}`));
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await page.goto(pathToFileURL(path).href);
});

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('every video loads its metadata from the file beside the page', async () => {
  const videos = page.locator('video');
  expect(await videos.count()).toBe(report.clips.length);
  await page.waitForFunction(() => [...document.querySelectorAll('video')].every((v) => v.readyState >= 1), null, {
    timeout: 10_000,
  });
  const durations = await videos.evaluateAll((all) => all.map((v) => (v as HTMLVideoElement).duration));
  for (const duration of durations) expect(duration).toBeCloseTo(0.3, 1);
  const covers = await page
    .locator('.media img')
    .evaluateAll((all) => all.map((img) => (img as HTMLImageElement).naturalWidth));
  expect(covers).toEqual(report.clips.map(() => 108));
});

test('every upload text is shown, exactly', async () => {
  const shown = await page.locator('pre.upload-text').evaluateAll((all) => all.map((pre) => pre.textContent));
  const expected = report.clips.flatMap((c) => expectedFields(clipUpload(c.takeaway, c.platform)));
  expect([...shown].sort()).toEqual([...expected].sort());
  for (const pre of await page.locator('pre.upload-text').all()) expect(await pre.isVisible()).toBe(true);
  expect(await page.locator('h1').textContent()).toBe(report.title);
});

test('each copy button puts exactly its text on the clipboard', async () => {
  const buttons = await page.locator('button[data-copy]').all();
  expect(buttons).toHaveLength(report.clips.flatMap((c) => expectedFields(clipUpload(c.takeaway, c.platform))).length);
  for (const button of buttons) {
    const target = await button.getAttribute('data-copy');
    const text = await page.locator(`[id="${target}"]`).textContent();
    await button.click();
    await page.locator(`button[data-copy="${target}"]`, { hasText: 'Copied' }).waitFor({ timeout: 5_000 });
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
  }
});

test('nothing leaves file://, nothing fails, no page errors', () => {
  expect(requests.length).toBeGreaterThan(report.clips.length);
  expect(requests.filter((url) => !url.startsWith('file://'))).toEqual([]);
  expect(failedRequests).toEqual([]);
  expect(pageErrors).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
