import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { bundled, readReport, renderIssueRunner } from '../helpers/render-issue-run';

const { root, renderIssue, issueCopy } = renderIssueRunner('render-issue-failures');

test('a failed spec check makes render:issue exit non-zero; a report.json of the wrong shape is treated as missing, with a warning naming it', async () => {
  // An author writing hashtags into the issue's title: with the keywords' 12, the newsletter's and
  // #뉴스레터, the Reels caption carries 31, past Instagram's 30. The title is not in the clip, so
  // the clip stays as short as the example's.
  const issuePath = issueCopy('hashtags', (issue) => {
    issue.title = Array.from({ length: 17 }, (_, i) => `#${String.fromCharCode(97 + i)}`).join(' ');
    issue.takeaways[0].keywords = Array.from({ length: 12 }, (_, i) => `k${i + 1}`);
  });
  const dir = join(root, 'hashtags-out');
  mkdirSync(dir);
  writeFileSync(join(dir, 'report.json'), JSON.stringify({ clips: [null] }));
  const run = await renderIssue([
    issuePath,
    '--platform',
    'reels',
    '--only',
    '1',
    '--no-recap',
    '--out',
    dir,
    ...bundled(),
  ]);
  expect(run.output).toMatch(/warning: .*report\.json/);
  expect(run.code).toBe(1);
  expect(run.output).toContain('Some checks failed');
  const report = readReport(dir);
  expect(report.clips.map((c) => c.id)).toEqual(['two-takeaways-t1-reels']);
  expect(report.clips[0].checks['upload.hashtags']).toMatchObject({ ok: false, found: 31 });
});
