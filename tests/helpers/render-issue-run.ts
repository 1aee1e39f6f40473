import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, inject } from 'vitest';
import { PROJECT_ROOT } from '../../src/render/files';
import type { IssueReport } from '../../src/render/report';
import type { Issue } from '../../src/schema';

export const FIXTURE = join(PROJECT_ROOT, 'assets/examples/two-takeaways.json');
/** The test bundle, for runs whose test is not about bundling: webpack is 5–25 s of every run here. */
export const bundled = () => ['--bundle', inject('serveUrl')];

/** `tmpLeft`: what the run left in its own temporary folder, besides tsx's compile cache. */
export type Run = { code: number | null; signal: NodeJS.Signals | null; output: string; tmpLeft: string[] };

/**
 * A runner for one test file: its own folder for outputs and the runs' temporary folders, removed
 * after the file. `runs` counts the runs so far (run N's temporary folder is `tmp-N`).
 */
export const renderIssueRunner = (name: string) => {
  const root = mkdtempSync(join(tmpdir(), `${name}-`));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const state = { runs: 0 };

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
      const tmp = join(root, `tmp-${++state.runs}`);
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

  return { root, state, renderIssue, issueCopy };
};

export const readReport = (dir: string) => JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as IssueReport;

/** The clips the review page beside the report shows, in its order. */
export const pageClips = (dir: string) =>
  [...readFileSync(join(dir, 'index.html'), 'utf8').matchAll(/<article class="[^"]*" id="([^"]+)"/g)].map((m) => m[1]);
