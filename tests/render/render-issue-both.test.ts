import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { UploadText } from '../../src/upload/upload-text';
import { FIXTURE, bundled, readReport, renderIssueRunner } from '../helpers/render-issue-run';

const { root, renderIssue } = renderIssueRunner('render-issue-both');
const BUNDLED = bundled();

describe('--platform all renders each clip once, laid out for both platforms', () => {
  const dir = join(root, 'both');
  const args = [FIXTURE, '--platform', 'all', '--only', '1', '--no-recap', '--out', dir, ...BUNDLED];
  const file = (name: string) => join(dir, name);
  const inode = (name: string) => statSync(file(name)).ino;
  const shared = ['mp4', 'srt', 'captions.json'];

  test('one render gives both platforms their video, subtitles and captions; covers and upload texts are each their own', async () => {
    const run = await renderIssue(args);
    expect(run.code).toBe(0);
    expect(run.output).toContain('two-takeaways-t1-reels: ok\n');
    expect(run.output).toContain('two-takeaways-t1-shorts: ok (the render of two-takeaways-t1-reels)');
    // Hard links: the same bytes under both names, once on disk.
    for (const extension of shared) {
      expect(inode(`two-takeaways-t1-shorts.${extension}`)).toBe(inode(`two-takeaways-t1-reels.${extension}`));
    }
    expect(readFileSync(file('two-takeaways-t1-reels.jpg'))).not.toEqual(
      readFileSync(file('two-takeaways-t1-shorts.jpg')),
    );
    const uploads = ['reels', 'shorts'].map(
      (platform) => JSON.parse(readFileSync(file(`two-takeaways-t1-${platform}.upload.json`), 'utf8')) as UploadText,
    );
    expect(uploads.map((u) => u.platform)).toEqual(['reels', 'shorts']);
    const report = readReport(dir);
    expect(report.ok).toBe(true);
    expect(report.clips.map((c) => [c.id, c.platform, c.layout])).toEqual([
      ['two-takeaways-t1-reels', 'reels', 'both'],
      ['two-takeaways-t1-shorts', 'shorts', 'both'],
    ]);
    const [reels, shorts] = report.clips;
    expect(shorts.propsHash).toBe(reels.propsHash);
    // Each platform's own spec: YouTube's bitrate is the lower bound, and it holds for both.
    expect(reels.checks.bitrate.expected).not.toBe(shorts.checks.bitrate.expected);
    expect([reels.checks.bitrate.ok, shorts.checks.bitrate.ok]).toEqual([true, true]);
  });

  test("a deleted platform's video comes back from the other's, without rendering again", async () => {
    const before = statSync(file('two-takeaways-t1-shorts.mp4')).mtimeMs;
    rmSync(file('two-takeaways-t1-reels.mp4'));
    const run = await renderIssue(args);
    expect(run.code).toBe(0);
    expect(run.output).toContain('two-takeaways-t1-reels: ok (the render of two-takeaways-t1-shorts)');
    expect(run.output).toContain('two-takeaways-t1-shorts: unchanged, skipped');
    expect(statSync(file('two-takeaways-t1-shorts.mp4')).mtimeMs).toBe(before);
    expect(inode('two-takeaways-t1-reels.mp4')).toBe(inode('two-takeaways-t1-shorts.mp4'));
    expect(readReport(dir).ok).toBe(true);
  });

  test('--force renders the shared clip again, once, for both', async () => {
    const before = inode('two-takeaways-t1-reels.mp4');
    const run = await renderIssue([...args, '--force']);
    expect(run.code).toBe(0);
    expect(run.output).toContain('two-takeaways-t1-reels: ok\n');
    expect(run.output).toContain('two-takeaways-t1-shorts: ok (the render of two-takeaways-t1-reels)');
    expect(inode('two-takeaways-t1-reels.mp4')).not.toBe(before);
    expect(inode('two-takeaways-t1-shorts.mp4')).toBe(inode('two-takeaways-t1-reels.mp4'));
  });
});

test('a second run into a folder another run is writing to is refused, naming the PID that holds it', async () => {
  const dir = join(root, 'two-runs');
  const first = renderIssue([FIXTURE, '--platform', 'reels', '--only', '1', '--no-recap', '--out', dir, ...BUNDLED]);
  await new Promise((r) => setTimeout(r, 2000));
  const second = renderIssue([FIXTURE, '--platform', 'reels', '--only', '2', '--no-recap', '--out', dir, ...BUNDLED]);
  // Whichever takes the folder first renders: on a busy machine the second may start first.
  const [done, refused] = (await Promise.all([first, second])).sort((a, b) => (a.code ?? 0) - (b.code ?? 0));
  expect(done.code).toBe(0);
  expect(refused.code).toBe(1);
  expect(refused.output).toMatch(new RegExp(`another render:issue \\(PID \\d+\\) is writing to ${dir}`));
  expect(readReport(dir).clips).toHaveLength(1);
});
