import { execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseSrt } from '@remotion/captions';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { PROJECT_ROOT } from '../../src/render/files';
import type { IssueReport } from '../../src/render/report';
import type { Issue } from '../../src/schema';
import { checkUploadText, type UploadText } from '../../src/upload/upload-text';

const FIXTURE = join(PROJECT_ROOT, 'assets/examples/two-takeaways.json');
/** The test bundle, for runs whose test is not about bundling: webpack is 15–20 s of every run here. */
const BUNDLED = ['--bundle', inject('serveUrl')];
const root = mkdtempSync(join(tmpdir(), 'render-issue-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** `tmpLeft`: what the run left in its own temporary folder, besides tsx's compile cache. */
type Run = { code: number | null; signal: NodeJS.Signals | null; output: string; tmpLeft: string[] };

let runs = 0;

/**
 * Runs the command as `npm run render:issue` does, in its own process group, as a terminal would
 * for Ctrl-C, with a temporary folder of its own. `killWhen` gets the child's pid to look around.
 */
const renderIssue = (
  args: string[],
  killWhen?: (output: string, pid: number) => boolean,
  signal: NodeJS.Signals = 'SIGINT',
): Promise<Run> =>
  new Promise((resolve) => {
    const tmp = join(root, `tmp-${++runs}`);
    mkdirSync(tmp);
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/render-issue.ts', ...args], {
      cwd: PROJECT_ROOT,
      detached: true,
      env: { ...process.env, TMPDIR: tmp },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const poll = killWhen
      ? setInterval(() => {
          if (killWhen(output, child.pid as number)) {
            clearInterval(poll);
            process.kill(-(child.pid as number), signal);
          }
        }, 100)
      : undefined;
    child.on('exit', (code, signal) => {
      clearInterval(poll);
      resolve({ code, signal, output, tmpLeft: readdirSync(tmp).filter((name) => !name.startsWith('tsx-')) });
    });
  });

/** A copy of the example issue under the same file name (so the same clip ids), to edit between runs. */
const issueCopy = (folder: string, edit: (issue: Issue) => void = () => undefined): string => {
  const path = join(root, folder, 'two-takeaways.json');
  mkdirSync(join(root, folder), { recursive: true });
  const issue = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Issue;
  edit(issue);
  writeFileSync(path, JSON.stringify(issue));
  return path;
};

const readReport = (dir: string) => JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as IssueReport;
/** The clips the review page beside the report shows, in its order. */
const pageClips = (dir: string) =>
  [...readFileSync(join(dir, 'index.html'), 'utf8').matchAll(/<article class="[^"]*" id="([^"]+)"/g)].map((m) => m[1]);

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

test('a failed spec check makes render:issue exit non-zero; a report.json of the wrong shape is treated as missing, with a warning naming it', async () => {
  // An author writing hashtags into a point: the Reels caption carries them past Instagram's 30.
  const tags = Array.from({ length: 31 }, (_, i) => `#t${i + 1}`).join(' ');
  const issuePath = issueCopy('hashtags', (issue) => (issue.takeaways[0].points = [tags]));
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
  expect(report.clips[0].checks['upload.hashtags'].ok).toBe(false);
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
  expect(readdirSync(join(root, `tmp-${runs - 1}`)).filter((name) => !name.startsWith('tsx-'))).toEqual([]);
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
