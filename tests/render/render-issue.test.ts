import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, chmodSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseSrt } from '@remotion/captions';
import { describe, expect, test } from 'vitest';
import { checkUploadText, type UploadText } from '../../src/upload/upload-text';
import { FIXTURE, bundled, pageClips, readReport, renderIssueRunner } from '../helpers/render-issue-run';

const { root, renderIssue, issueCopy } = renderIssueRunner('render-issue');
const BUNDLED = bundled();

describe('npm run render:issue on a two-takeaway issue, for Reels', () => {
  const dir = join(root, 'complete');
  const issuePath = issueCopy('complete-issue');
  const mtime = (file: string) => statSync(join(dir, file)).mtimeMs;

  test('writes every file, a report that is all ok, subtitles that parse and upload text within limits, and leaves no bundle behind', async () => {
    const run = await renderIssue([issuePath, '--platform', 'reels', '--out', dir]);
    expect(run.output).toContain('two-takeaways-recap-reels');
    expect(run.code).toBe(0);
    expect(run.tmpLeft).toEqual([]);
    const report = readReport(dir);
    expect(report.ok).toBe(true);
    expect(report.clips.map((c) => c.id)).toEqual([
      'two-takeaways-t1-reels',
      'two-takeaways-t2-reels',
      'two-takeaways-recap-reels',
    ]);
    for (const clip of report.clips) {
      expect(Object.entries(clip.checks).filter(([, c]) => !c.ok)).toEqual([]);
      // This issue has no voice and no music: the clip has no audio stream, and the report says so.
      expect(clip.audio).toBeNull();
      expect(clip.checks.audio).toEqual({ ok: true, found: 'none', expected: 'AAC 48 kHz stereo, or no audio' });
      for (const file of [clip.video, clip.cover, clip.subtitles, clip.captions, clip.upload]) {
        expect(file).not.toContain('/');
        expect(statSync(join(dir, file)).size).toBeGreaterThan(0);
      }
      expect(clip.checks.lengthMatchesComposition.ok).toBe(true);
      const { captions } = parseSrt({ input: readFileSync(join(dir, clip.subtitles), 'utf8') });
      expect(captions.length).toBeGreaterThan(0);
      expect(captions[0].startMs).toBeGreaterThanOrEqual(2000);
      expect(captions.at(-1)?.endMs ?? 0).toBeLessThanOrEqual(clip.durationSeconds * 1000);
      const upload = JSON.parse(readFileSync(join(dir, clip.upload), 'utf8')) as UploadText;
      expect(upload.platform).toBe('reels');
      expect(Object.values(checkUploadText(upload)).every((c) => c.ok)).toBe(true);
    }
    expect(readFileSync(join(dir, 'two-takeaways-t1-reels.srt'), 'utf8')).toContain('GPT-4가 다시 앞섰습니다.');
    expect(pageClips(dir)).toEqual(report.clips.map((c) => c.id));
  });

  test('a re-run skips clips whose props have not changed, and leaves no bundle behind either', async () => {
    const before = mtime('two-takeaways-t1-reels.mp4');
    const run = await renderIssue([issuePath, '--platform', 'reels', '--out', dir]);
    expect(run.code).toBe(0);
    expect(run.output.match(/unchanged, skipped/g)).toHaveLength(3);
    expect(mtime('two-takeaways-t1-reels.mp4')).toBe(before);
    expect(run.tmpLeft).toEqual([]);
  });

  test('--force --only 1 renders that clip again and keeps the other clips in the report', async () => {
    const before = { t1: mtime('two-takeaways-t1-reels.mp4'), t2: mtime('two-takeaways-t2-reels.mp4') };
    const run = await renderIssue([
      issuePath,
      '--platform',
      'reels',
      '--only',
      '1',
      '--no-recap',
      '--force',
      '--out',
      dir,
      ...BUNDLED,
    ]);
    expect(run.code).toBe(0);
    expect(run.output).toContain('two-takeaways-t1-reels: ok');
    expect(mtime('two-takeaways-t1-reels.mp4')).not.toBe(before.t1);
    expect(mtime('two-takeaways-t2-reels.mp4')).toBe(before.t2);
    expect(
      readReport(dir)
        .clips.map((c) => c.id)
        .sort(),
    ).toEqual(['two-takeaways-recap-reels', 'two-takeaways-t1-reels', 'two-takeaways-t2-reels']);
  });

  test('a changed prop renders the clip again', async () => {
    const before = mtime('two-takeaways-t2-reels.mp4');
    issueCopy('complete-issue', (issue) => (issue.takeaways[1].headline = '고친 두 번째 요점'));
    const run = await renderIssue([
      issuePath,
      '--platform',
      'reels',
      '--only',
      '2',
      '--no-recap',
      '--out',
      dir,
      ...BUNDLED,
    ]);
    expect(run.code).toBe(0);
    expect(run.output).toContain('two-takeaways-t2-reels: ok');
    expect(mtime('two-takeaways-t2-reels.mp4')).not.toBe(before);
    expect(readFileSync(join(dir, 'two-takeaways-t2-reels.upload.json'), 'utf8')).toContain('고친 두 번째 요점');
  });
});

test('bad input fails before rendering and writes nothing', async () => {
  const dir = join(root, 'bad');
  const run = await renderIssue([FIXTURE, '--platform', 'reels', '--only', '3', '--out', dir]);
  expect(run.code).toBe(1);
  expect(run.output).toContain('--only: 3 is not a takeaway of this issue (it has 2: 1 to 2)');
  expect(existsSync(dir)).toBe(false);

  const trailingComma = await renderIssue([FIXTURE, '--only', '1,', '--out', dir]);
  expect(trailingComma.code).toBe(1);
  expect(trailingComma.output).toContain('--only takes takeaway numbers like 1,3, not "1,"');
  expect(existsSync(dir)).toBe(false);
});

test('an output folder that cannot be written to fails before bundling, naming the folder', async () => {
  const dir = join(root, 'read-only');
  mkdirSync(dir);
  chmodSync(dir, 0o555);
  // Root writes through permission bits; an immutable folder stops root too.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) execFileSync('chattr', ['+i', dir]);
  try {
    const run = await renderIssue([FIXTURE, '--platform', 'reels', '--only', '1', '--no-recap', '--out', dir]);
    expect(run.code).toBe(1);
    expect(run.output).toContain(`cannot write to the output folder ${dir}`);
    expect(run.output).not.toMatch(/bundl/i);
    expect(run.tmpLeft).toEqual([]);
  } finally {
    if (asRoot) execFileSync('chattr', ['-i', dir]);
    chmodSync(dir, 0o755);
  }
});
