import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSrt } from '@remotion/captions';
import { describe, expect, test } from 'vitest';
import { ASSETS_DIR } from '../../src/render/files';
import { LOCK_NAME } from '../../src/render/folder-lock';
import { videosToPrepare } from '../../src/render/prepare-videos';
import { preparedPath } from '../../src/visual/prepared';
import type { Issue } from '../../src/schema';
import { checkUploadText, type UploadText } from '../../src/upload/upload-text';
import { descendants, type Proc, stillRunning } from '../helpers/processes';
import { FIXTURE, bundled, pageClips, readReport, renderIssueRunner } from '../helpers/render-issue-run';
import { BROLL } from '../helpers/visual-fixtures';

const { root, state, renderIssue, issueCopy } = renderIssueRunner('render-issue');
const BUNDLED = bundled();
/**
 * Another test file renders beside this one on the 2 cores: a tab a run keeps them busy without
 * a second tab's start. Two 156-frame renders side by side took 47 s with a tab each, 49-60 s with two.
 */
const ONE_TAB = ['--concurrency', '1'];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * One output folder through an issue's life, each step starting from what the one before left, as
 * an author's do: a first run stopped with Ctrl-C, a second one killed, the re-run that completes
 * the issue for both platforms, a re-run with nothing to do, a lost file, and a second run refused
 * while a forced one writes. The takeaways only: the recap is the same path with another
 * composition (render.test.ts renders one), and 258 frames more each time.
 */
describe('npm run render:issue on a two-takeaway issue, for both platforms', () => {
  const dir = join(root, 'issue');
  // The first takeaway plays the example b-roll: the run prepares its copy, and its whole clip
  // is checked against Shorts' bitrate, the lower of the two.
  const withBroll = (issue: Issue) => (issue.takeaways[0].visual = { src: BROLL });
  const issuePath = issueCopy('issue', withBroll);
  const file = (name: string) => join(dir, name);
  const inode = (name: string) => statSync(file(name)).ino;
  const mtime = (name: string) => statSync(file(name)).mtimeMs;
  const IDS = ['t1', 't2'].flatMap((clip) =>
    ['reels', 'shorts'].map((platform) => `two-takeaways-${clip}-${platform}`),
  );

  const clipFiles = (id: string) => readdirSync(dir).filter((f) => f.startsWith(`${id}.`));
  const partials = () => readdirSync(dir).filter((f) => f.includes('.partial-'));
  let started: Proc[] = [];

  test('Ctrl-C mid-render keeps the clips finished, leaves nothing of the one it was on, and ends the browser', async () => {
    const [prepared] = await videosToPrepare(JSON.parse(readFileSync(issuePath, 'utf8')) as Issue, [
      { takeaway: 1, layout: 'both' },
    ]);
    const copy = join(ASSETS_DIR, preparedPath(prepared.spec));
    const copyBefore = existsSync(copy);
    // A folder with a report.json of the wrong shape: it counts as missing, with a warning naming it.
    mkdirSync(dir, { recursive: true });
    writeFileSync(file('report.json'), JSON.stringify({ clips: [null] }));
    // Ctrl-C once the first takeaway is done for both platforms, while the second renders.
    const run = await renderIssue(
      [issuePath, '--platform', 'all', '--no-recap', '--out', dir, ...ONE_TAB],
      (output, pid) => {
        started = descendants(pid);
        return output.includes('two-takeaways-t1-shorts: ok');
      },
    );
    expect(run.code, run.output).toBe(130);
    expect(run.output).toMatch(/warning: .*report\.json/);
    expect(run.output).toContain('bundling the project');
    // The b-roll's copy for the shared layout is made in assets/ before bundling, and kept there:
    // an earlier run in this clone may have made it already (a fresh clone has none).
    if (!copyBefore) expect(run.output).toContain(`preparing ${BROLL} for rendering (once)`);
    expect(existsSync(copy)).toBe(true);
    expect(run.tmpLeft).toEqual([]);
    for (const platform of ['reels', 'shorts']) {
      expect(
        clipFiles(`two-takeaways-t1-${platform}`)
          .map((f) => f.replace(/^[^.]+/, ''))
          .sort(),
      ).toEqual(['.captions.json', '.jpg', '.mp4', '.srt', '.upload.json']);
      expect(clipFiles(`two-takeaways-t2-${platform}`)).toEqual([]);
    }
    expect(partials()).toEqual([]);
    expect(readReport(dir).clips.map((c) => c.id)).toEqual(IDS.slice(0, 2));
    expect(pageClips(dir)).toEqual(IDS.slice(0, 2));
    expect(started.length).toBeGreaterThan(0);
    expect(await stillRunning(started)).toEqual([]);
  });

  test('a kill mid-render leaves no partial file under a final name', async () => {
    // SIGKILL gives no chance to clean up. Remotion starts the browser in its own process group, so
    // it outlives its parent until the next run ends it. This run bundles, so it leaves a bundle too.
    const killed = await renderIssue(
      [issuePath, '--platform', 'all', '--no-recap', '--out', dir, ...ONE_TAB],
      (output, pid) => {
        started = descendants(pid);
        return output.includes('two-takeaways-t1-shorts: unchanged');
      },
      'SIGKILL',
    );
    expect(killed.signal).toBe('SIGKILL');
    expect(clipFiles('two-takeaways-t2-reels')).toEqual([]);
    expect(started.length).toBeGreaterThan(0);
  });

  test('the re-run completes the issue: one render per clip gives both platforms their video, subtitles and captions; covers and upload texts are each their own; every check passes', async () => {
    const run = await renderIssue([issuePath, '--platform', 'all', '--no-recap', '--out', dir, ...ONE_TAB, ...BUNDLED]);
    expect(run.code, run.output).toBe(0);
    expect(run.tmpLeft).toEqual([]);
    expect(run.output).toContain('two-takeaways-t1-reels: unchanged, skipped');
    expect(run.output).toContain('two-takeaways-t1-shorts: unchanged, skipped');
    expect(run.output).toContain('two-takeaways-t2-reels: ok\n');
    expect(run.output).toContain('two-takeaways-t2-shorts: ok (the render of two-takeaways-t2-reels)');
    // What the killed run left: its browser ended, and its bundle gone with its temporary folder.
    expect(await stillRunning(started)).toEqual([]);
    expect(readdirSync(join(root, `tmp-${state.runs - 1}`)).filter((name) => !name.startsWith('tsx-'))).toEqual([]);
    expect(partials()).toEqual([]);
    const report = readReport(dir);
    expect(report.ok).toBe(true);
    expect(report.clips.map((c) => c.id)).toEqual(IDS);
    for (const clip of report.clips) {
      expect(clip.layout).toBe('both');
      expect(Object.entries(clip.checks).filter(([, c]) => !c.ok)).toEqual([]);
      // No voice, no music and a muted b-roll: the clip has no audio stream, and the report says so.
      expect(clip.audio).toBeNull();
      expect(clip.checks.audio).toEqual({ ok: true, found: 'none', expected: 'AAC 48 kHz stereo, or no audio' });
      for (const name of [clip.video, clip.cover, clip.subtitles, clip.captions, clip.upload]) {
        expect(name).not.toContain('/');
        expect(statSync(file(name)).size).toBeGreaterThan(0);
      }
      const { captions } = parseSrt({ input: readFileSync(file(clip.subtitles), 'utf8') });
      expect(captions.length).toBeGreaterThan(0);
      expect(captions[0].startMs).toBeGreaterThanOrEqual(2000);
      expect(captions.at(-1)?.endMs ?? 0).toBeLessThanOrEqual(clip.durationSeconds * 1000);
      const upload = JSON.parse(readFileSync(file(clip.upload), 'utf8')) as UploadText;
      expect(upload.platform).toBe(clip.platform);
      expect(Object.values(checkUploadText(upload)).every((c) => c.ok)).toBe(true);
    }
    for (const clip of ['t1', 't2']) {
      const [reels, shorts] = report.clips.filter((c) => c.id.startsWith(`two-takeaways-${clip}-`));
      // Hard links: the same bytes under both names, once on disk.
      for (const key of ['video', 'subtitles', 'captions'] as const) {
        expect(inode(shorts[key])).toBe(inode(reels[key]));
      }
      // A takeaway's Reels cover is the feed cover, its Shorts cover the video's first frame.
      expect(readFileSync(file(reels.cover)), clip).not.toEqual(readFileSync(file(shorts.cover)));
      expect(shorts.propsHash).toBe(reels.propsHash);
      // Each platform's own spec: YouTube's bitrate is the lower bound, and the whole b-roll clip holds it.
      expect(reels.checks.bitrate.expected).not.toBe(shorts.checks.bitrate.expected);
    }
    expect(readFileSync(file('two-takeaways-t1-reels.srt'), 'utf8')).toContain('GPT-4가 다시 앞섰습니다.');
    expect(pageClips(dir)).toEqual(IDS);
  });

  test('a re-run of an unchanged issue skips every clip, and bundles nothing', async () => {
    const before = mtime('two-takeaways-t1-reels.mp4');
    const run = await renderIssue([issuePath, '--platform', 'all', '--no-recap', '--out', dir, ...ONE_TAB]);
    expect(run.code, run.output).toBe(0);
    expect(run.output.match(/unchanged, skipped/g)).toHaveLength(4);
    expect(run.output).not.toMatch(/bundling/);
    expect(mtime('two-takeaways-t1-reels.mp4')).toBe(before);
    expect(run.tmpLeft).toEqual([]);
    expect(pageClips(dir)).toEqual(IDS);
  });

  test("a deleted platform's video comes back from the other's, without rendering again", async () => {
    const before = mtime('two-takeaways-t1-shorts.mp4');
    rmSync(file('two-takeaways-t1-reels.mp4'));
    const run = await renderIssue([
      issuePath,
      '--platform',
      'all',
      '--only',
      '1,2',
      '--no-recap',
      '--out',
      dir,
      ...BUNDLED,
    ]);
    expect(run.code, run.output).toBe(0);
    expect(run.output).toContain('two-takeaways-t1-reels: ok (the render of two-takeaways-t1-shorts)');
    expect(run.output).toContain('two-takeaways-t1-shorts: unchanged, skipped');
    expect(mtime('two-takeaways-t1-shorts.mp4')).toBe(before);
    expect(inode('two-takeaways-t1-reels.mp4')).toBe(inode('two-takeaways-t1-shorts.mp4'));
    expect(readReport(dir).ok).toBe(true);
  });

  test('a second run into a folder another run is writing to is refused, naming the PID that holds it', async () => {
    const before = inode('two-takeaways-t1-reels.mp4');
    const second = { done: false };
    // The first is stopped with Ctrl-C once the second has been refused.
    const first = renderIssue(
      [issuePath, '--platform', 'all', '--only', '1', '--no-recap', '--force', '--out', dir, ...ONE_TAB, ...BUNDLED],
      () => second.done,
    );
    while (!existsSync(file(LOCK_NAME))) await sleep(100);
    const refused = await renderIssue([
      issuePath,
      '--platform',
      'all',
      '--only',
      '2',
      '--no-recap',
      '--out',
      dir,
      ...BUNDLED,
    ]);
    second.done = true;
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(new RegExp(`another render:issue \\(PID \\d+\\) is writing to ${dir}`));
    // The first, stopped mid-render, leaves the clip it had as it was.
    expect((await first).code).toBe(130);
    expect(inode('two-takeaways-t1-reels.mp4')).toBe(before);
    expect(readReport(dir).ok).toBe(true);
  });
});

test('bad input fails before bundling and writes nothing: bad --only, and an upload text past a platform limit', async () => {
  const dir = join(root, 'bad');
  const run = await renderIssue([FIXTURE, '--platform', 'reels', '--only', '3', '--out', dir, ...ONE_TAB]);
  expect(run.code).toBe(1);
  expect(run.output).toContain('--only: 3 is not a takeaway of this issue (it has 2: 1 to 2)');
  expect(existsSync(dir)).toBe(false);

  const trailingComma = await renderIssue([FIXTURE, '--only', '1,', '--out', dir, ...ONE_TAB]);
  expect(trailingComma.code).toBe(1);
  expect(trailingComma.output).toContain('--only takes takeaway numbers like 1,3, not "1,"');
  expect(existsSync(dir)).toBe(false);

  const zeroTabs = await renderIssue([FIXTURE, '--concurrency', '0', '--out', dir]);
  expect(zeroTabs.code).toBe(1);
  expect(zeroTabs.output).toContain(
    '--concurrency takes a number of tabs like 2, or a share of the cores like 50%, not "0"',
  );
  expect(existsSync(dir)).toBe(false);

  // An author writing hashtags into the issue's title: with the keywords' 12, the newsletter's and
  // #뉴스레터, the Reels caption would carry 31, past Instagram's 30. The upload text is made from
  // the issue alone, so the run stops before it renders.
  const hashtags = issueCopy('hashtags', (issue) => {
    issue.title = Array.from({ length: 17 }, (_, i) => `#${String.fromCharCode(97 + i)}`).join(' ');
    issue.takeaways[0].keywords = Array.from({ length: 12 }, (_, i) => `k${i + 1}`);
  });
  const tooMany = await renderIssue([hashtags, '--platform', 'all', '--out', dir, ...ONE_TAB]);
  expect(tooMany.code).toBe(1);
  expect(tooMany.output).toContain(`${hashtags}: fix the issue file before rendering`);
  expect(tooMany.output).toContain(
    "two-takeaways-t1-reels: its Reels caption would carry 31 hashtags, where Instagram allows 30: the keywords and the newsletter's name make up to 30, and the issue's own text has hashtags: 17 in title",
  );
  // The recap carries takeaway 1's keywords too; Shorts has no hashtag limit to break.
  expect(tooMany.output).toContain('two-takeaways-recap-reels: its Reels caption would carry');
  expect(tooMany.output).not.toContain('-shorts:');
  expect(tooMany.output).not.toMatch(/bundl/i);
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
    const run = await renderIssue([
      FIXTURE,
      '--platform',
      'reels',
      '--only',
      '1',
      '--no-recap',
      '--out',
      dir,
      ...ONE_TAB,
    ]);
    expect(run.code).toBe(1);
    expect(run.output).toContain(`cannot write to the output folder ${dir}`);
    expect(run.output).not.toMatch(/bundl/i);
    expect(run.tmpLeft).toEqual([]);
  } finally {
    if (asRoot) execFileSync('chattr', ['-i', dir]);
    chmodSync(dir, 0o755);
  }
});
