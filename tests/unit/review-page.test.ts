import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { buildReviewModel, type ClipFiles, fileUrl, uploadFields } from '../../src/review/review-model';
import { reviewPageHtml } from '../../src/review/ReviewPage';
import { writeReviewPage } from '../../src/review/write-review-page';
import { clipUpload, expectedFields, fixtureReport, HOSTILE_TITLE, writeUploadTexts } from '../helpers/review-fixture';

const report = fixtureReport();
const files: Record<string, ClipFiles> = Object.fromEntries(
  report.clips.map((c) => [c.id, { upload: clipUpload(c.takeaway, c.platform), videoBytes: 1536 }]),
);

/** What a browser shows for escaped text: the entities React writes, decoded. */
const decode = (html: string) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');

describe('the review page', () => {
  const html = reviewPageHtml(buildReviewModel(report, files));

  test('shows every user text as text: the only script and tags are the page’s own', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<b>OpenAI</b>');
    expect(html).not.toContain('<img src=x');
    expect(html.match(/<pre/g)?.length).toBe(html.match(/<\/pre>/g)?.length);
    expect(html).toContain(
      '<h1>&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; 제미나이 &amp; &quot;GPT-4&quot;</h1>',
    );
    expect(decode(html)).toContain(`<title>${HOSTILE_TITLE} · clips to review</title>`);
  });

  test('holds every upload text exactly as the form needs it, each with a copy button', () => {
    const shown = [...html.matchAll(/<pre id="([^"]+)"[^>]*>([\s\S]*?)<\/pre>/g)].map((m) => [m[1], decode(m[2])]);
    const expected = report.clips.flatMap((c) => expectedFields(clipUpload(c.takeaway, c.platform)));
    expect(shown.map(([, text]) => text).sort()).toEqual(expected.sort());
    for (const [id] of shown) expect(html).toContain(`data-copy="${id}"`);
    expect(new Set(shown.map(([id]) => id)).size).toBe(shown.length);
  });

  test('counts each box against its platform limit, red when a check on it fails', () => {
    const long = {
      platform: 'shorts' as const,
      title: `<${'가'.repeat(100)}`,
      description: '요약',
      tags: ['a b', 'c'],
      containsSyntheticMedia: false,
    };
    expect(uploadFields(long).map((f) => [f.label, f.limits, f.ok])).toEqual([
      ['Title', '101 / 100 characters', false],
      ['Description', '6 / 5000 bytes', true],
      ['Tags', '7 / 500 characters', true],
    ]);
    const reels = uploadFields(clipUpload(1, 'reels'))[0];
    expect(reels.limits).toMatch(/^\d+ \/ 2200 characters · 4 \/ 30 hashtags · 0 \/ 20 mentions$/);
    expect(uploadFields({ ...long, title: '<제목>' })[0]).toMatchObject({ limits: '4 / 100 characters', ok: false });
  });

  test('groups by takeaway with the platforms side by side in a fixed order, the recap last', () => {
    const model = buildReviewModel(report, files);
    expect(model.groups.map((g) => [g.heading, g.clips.map((c) => c.platform)])).toEqual([
      ['Takeaway 1', ['Instagram Reels', 'YouTube Shorts']],
      ['Takeaway 2', ['Instagram Reels']],
      ['Recap', ['YouTube Shorts']],
    ]);
    expect(model).toMatchObject({ ok: false, clips: 4, failed: 1 });
  });

  test('puts failed checks first, with what was found and expected', () => {
    const failed = buildReviewModel(report, files).groups[1].clips[0];
    expect(failed.failed).toBe(1);
    expect(failed.checks[0]).toEqual({ name: 'pixelFormat', ok: false, found: 'yuvj420p', expected: 'yuv420p' });
    expect(html).toContain('title="found yuvj420p, expected yuv420p"');
    expect(html).toContain('✗ 1 of 6 checks failed');
  });

  test('shows length, size and loudness', () => {
    const clip = buildReviewModel(report, files).groups[0].clips[0];
    expect([clip.length, clip.size, clip.sizeBytes, clip.loudness]).toEqual([
      '0.3 s',
      '1.5 KB',
      '1536 bytes',
      '-14.1 LUFS · -1.6 dBTP · LRA 3.2 LU',
    ]);
  });

  test('links the files beside it by relative URLs that keep odd characters in the path', () => {
    expect(fileUrl('clip #1?.mp4')).toBe('clip%20%231%3F.mp4');
    expect(fileUrl('javascript:alert(1)')).toBe('javascript%3Aalert(1)');
    expect(html).toContain('<video src="hostile-issue-t1-reels.mp4" controls="" preload="metadata" playsInline="">');
    expect(html).not.toMatch(/(src|href)="(https?:|\/|file:)/);
  });

  test('says why an upload text is missing, for that clip only', () => {
    const model = buildReviewModel(report, {
      ...files,
      [report.clips[0].id]: { upload: { problem: 'x.upload.json: no such file' }, videoBytes: null },
      [report.clips[1].id]: { upload: clipUpload(1, 'shorts'), videoBytes: 10 },
    });
    expect(model.groups[2].clips[0]).toMatchObject({ upload: { problem: 'x.upload.json: no such file' } });
    expect(model.groups[2].clips[0].size).toBe('size unknown');
    expect(model.groups[1].clips[0].upload).toEqual({
      problem: 'hostile-issue-t2-reels.upload.json holds a shorts text, not one for reels',
    });
  });

  test('shows the publish state when given, linking only web addresses', () => {
    const page = reviewPageHtml(
      buildReviewModel(report, files, {
        'hostile-issue-t1-shorts': { status: 'published', url: 'https://youtube.com/shorts/abc' },
        'hostile-issue-t1-reels': { status: 'scheduled', url: 'javascript:alert(1)', publishAt: '2026-01-05T09:00' },
      }),
    );
    expect(page).toContain('<span class="badge publish">published</span> <a href="https://youtube.com/shorts/abc">');
    expect(page).toContain('<span class="badge publish">scheduled</span> 2026-01-05T09:00</dd>');
    expect(page).not.toContain('javascript:');
    expect(html).not.toContain('badge publish');
  });
});

describe('writeReviewPage', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  test('writes index.html from the report and the upload texts beside it, leaving no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'review-page-'));
    dirs.push(dir);
    writeUploadTexts(dir, report);
    writeFileSync(join(dir, report.clips[0].upload), '{ "platform": "shorts", "title": 3 }');
    const path = await writeReviewPage(dir, report);
    expect(readdirSync(dir).filter((name) => name.includes('partial'))).toEqual([]);
    const page = readFileSync(path, 'utf8');
    expect(path).toBe(join(dir, 'index.html'));
    expect(decode(page)).toContain(`${join(dir, report.clips[0].upload)}: title:`);
    expect(decode(page)).toContain(expectedFields(clipUpload(1, 'reels'))[0]);
    expect(page).toContain('size unknown');
  });
});
