import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { descendants, type Proc, stillRunning } from '../helpers/processes';
import { FIXTURE, bundled, pageClips, readReport, renderIssueRunner } from '../helpers/render-issue-run';

const { root, state, renderIssue } = renderIssueRunner('render-issue-interrupted');

test('Ctrl-C or a kill mid-render keeps finished clips, leaves no partial file under a final name, and a re-run completes it and ends what the killed run left', async () => {
  const dir = join(root, 'interrupted');
  const args = [FIXTURE, '--platform', 'reels', '--no-recap', '--out', dir];
  const clipFiles = (id: string) => readdirSync(dir).filter((f) => f.startsWith(id));
  const partials = () => readdirSync(dir).filter((f) => f.includes('.partial-'));

  // Ctrl-C while the second clip renders: the first is done and kept, the second is discarded.
  let started: Proc[] = [];
  const interrupted = await renderIssue([...args, ...bundled()], (output, pid) => {
    started = descendants(pid);
    return output.includes('two-takeaways-t1-reels: ok');
  });
  expect(interrupted.code, interrupted.output).toBe(130);
  expect(interrupted.tmpLeft).toEqual([]);
  expect(clipFiles('two-takeaways-t2-reels')).toEqual([]);
  expect(clipFiles('two-takeaways-t1-reels').sort()).toEqual([
    'two-takeaways-t1-reels.captions.json',
    'two-takeaways-t1-reels.jpg',
    'two-takeaways-t1-reels.mp4',
    'two-takeaways-t1-reels.srt',
    'two-takeaways-t1-reels.upload.json',
  ]);
  expect(partials()).toEqual([]);
  expect(readReport(dir).clips.map((c) => c.id)).toEqual(['two-takeaways-t1-reels']);
  expect(pageClips(dir)).toEqual(['two-takeaways-t1-reels']);
  expect(started.length).toBeGreaterThan(0);
  expect(await stillRunning(started)).toEqual([]);

  // SIGKILL gives no chance to clean up: still nothing under a final name. Remotion starts the
  // browser in its own process group, so it outlives its parent until the next run ends it. This
  // run bundles, so it leaves a bundle behind too.
  const killed = await renderIssue(
    args,
    (output, pid) => {
      started = descendants(pid);
      return output.includes('two-takeaways-t1-reels: unchanged');
    },
    'SIGKILL',
  );
  expect(killed.signal).toBe('SIGKILL');
  expect(clipFiles('two-takeaways-t2-reels')).toEqual([]);
  expect(started.length).toBeGreaterThan(0);

  const rerun = await renderIssue([...args, ...bundled()]);
  expect(rerun.code, rerun.output).toBe(0);
  expect(rerun.output).toContain('two-takeaways-t1-reels: unchanged, skipped');
  expect(rerun.output).toContain('two-takeaways-t2-reels: ok');
  expect(await stillRunning(started)).toEqual([]);
  expect(readReport(dir).ok).toBe(true);
  expect(pageClips(dir)).toEqual(['two-takeaways-t1-reels', 'two-takeaways-t2-reels']);
  expect(partials()).toEqual([]);
  expect(
    readdirSync(dir)
      .filter((f) => f.endsWith('.mp4'))
      .sort(),
  ).toEqual(['two-takeaways-t1-reels.mp4', 'two-takeaways-t2-reels.mp4']);
  // The killed run's bundle went with it when the re-run took over its folder.
  expect(readdirSync(join(root, `tmp-${state.runs - 1}`)).filter((name) => !name.startsWith('tsx-'))).toEqual([]);
});
