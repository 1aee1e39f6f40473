import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { FIXTURE, bundled, pageClips, readReport, renderIssueRunner } from '../helpers/render-issue-run';

const { root, state, renderIssue, issueCopy } = renderIssueRunner('render-issue-failures');
const BUNDLED = bundled();

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
    ...BUNDLED,
  ]);
  expect(run.output).toMatch(/warning: .*report\.json/);
  expect(run.code).toBe(1);
  expect(run.output).toContain('Some checks failed');
  const report = readReport(dir);
  expect(report.clips.map((c) => c.id)).toEqual(['two-takeaways-t1-reels']);
  expect(report.clips[0].checks['upload.hashtags']).toMatchObject({ ok: false, found: 31 });
});

/** A process by its pid and its start time (in clock ticks since boot), so a reused pid is not mistaken for it. */
type Proc = { pid: number; ppid: number; start: string };

const processes = (): Proc[] =>
  readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((name) => {
      try {
        const fields = readFileSync(`/proc/${name}/stat`, 'utf8')
          .replace(/^.*\) /s, '')
          .split(' ');
        return [{ pid: Number(name), ppid: Number(fields[1]), start: fields[19] }];
      } catch {
        return [];
      }
    });

/** Every process started under `pid`: the browser and its helpers, the bundler's esbuild. */
const descendants = (pid: number): Proc[] => {
  const all = processes();
  const found: Proc[] = [];
  let parents = [pid];
  while (parents.length > 0) {
    const children = all.filter((p) => parents.includes(p.ppid));
    found.push(...children);
    parents = children.map((p) => p.pid);
  }
  return found;
};

/** Those of `procs` still running after a moment: a killed process takes a little while to be reaped. */
const stillRunning = async (procs: Proc[]): Promise<Proc[]> => {
  const running = () => {
    const now = processes();
    return procs.filter((p) => now.some((q) => q.pid === p.pid && q.start === p.start));
  };
  for (let waited = 0; waited < 5_000 && running().length > 0; waited += 250) {
    await new Promise((r) => setTimeout(r, 250));
  }
  return running();
};

test('Ctrl-C or a kill mid-render keeps finished clips, leaves no partial file under a final name, and a re-run completes it and ends what the killed run left', async () => {
  const dir = join(root, 'interrupted');
  const args = [FIXTURE, '--platform', 'reels', '--no-recap', '--out', dir];
  const clipFiles = (id: string) => readdirSync(dir).filter((f) => f.startsWith(id));

  // Ctrl-C while the second clip renders: the first is done and kept, the second is discarded.
  let started: Proc[] = [];
  const interrupted = await renderIssue([...args, ...BUNDLED], (output, pid) => {
    started = descendants(pid);
    return output.includes('two-takeaways-t1-reels: ok');
  });
  expect(interrupted.code).toBe(130);
  expect(interrupted.tmpLeft).toEqual([]);
  expect(clipFiles('two-takeaways-t2-reels')).toEqual([]);
  expect(clipFiles('two-takeaways-t1-reels').sort()).toEqual([
    'two-takeaways-t1-reels.captions.json',
    'two-takeaways-t1-reels.jpg',
    'two-takeaways-t1-reels.mp4',
    'two-takeaways-t1-reels.srt',
    'two-takeaways-t1-reels.upload.json',
  ]);
  expect(readdirSync(dir).filter((f) => f.includes('.partial-'))).toEqual([]);
  expect(readReport(dir).clips.map((c) => c.id)).toEqual(['two-takeaways-t1-reels']);
  expect(pageClips(dir)).toEqual(['two-takeaways-t1-reels']);
  expect(started.length).toBeGreaterThan(0);
  expect(await stillRunning(started)).toEqual([]);

  // SIGKILL gives no chance to clean up: still nothing under a final name. Remotion starts the
  // browser in its own process group, so it outlives its parent until the next run ends it.
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

  const rerun = await renderIssue([...args, ...BUNDLED]);
  expect(rerun.code).toBe(0);
  expect(rerun.output).toContain('two-takeaways-t1-reels: unchanged, skipped');
  expect(rerun.output).toContain('two-takeaways-t2-reels: ok');
  expect(await stillRunning(started)).toEqual([]);
  expect(readReport(dir).ok).toBe(true);
  expect(pageClips(dir)).toEqual(['two-takeaways-t1-reels', 'two-takeaways-t2-reels']);
  const files = readdirSync(dir);
  expect(files.filter((f) => f.includes('.partial-'))).toEqual([]);
  expect(files.filter((f) => f.endsWith('.mp4')).sort()).toEqual([
    'two-takeaways-t1-reels.mp4',
    'two-takeaways-t2-reels.mp4',
  ]);
  // The killed run's bundle went with it when the re-run took over its folder.
  expect(readdirSync(join(root, `tmp-${state.runs - 1}`)).filter((name) => !name.startsWith('tsx-'))).toEqual([]);
});
