import { describe, expect, test } from 'vitest';
import { browserProcesses, browserStartedBy, type ProcessInfo } from '../../src/render/browser-processes';

const PROFILE = '/tmp/puppeteer_dev_chrome_profile-abc123';
const CHROMIUM = '/usr/lib/chromium/chromium-headless-shell';

const proc = (pid: number, ppid: number, group: number, ...args: string[]): ProcessInfo => ({
  pid,
  ppid,
  group,
  startTime: pid * 10,
  args,
});

/** Debian's wrapper script, the browser it starts, and the browser's helpers, as after a kill -9 of the run (pid 100). */
const table = [
  proc(100, 1, 100, 'node', 'src/cli/render-issue.ts'),
  proc(201, 1, 200, CHROMIUM, 'about:blank', `--user-data-dir=${PROFILE}`),
  // Chromium rewrites its helpers' command lines into one string.
  proc(202, 201, 200, `${CHROMIUM} --type=gpu-process --no-sandbox`),
  proc(203, 201, 200, `${CHROMIUM} --type=renderer --no-sandbox`),
  // Someone else's browser: another profile, another group.
  proc(301, 1, 300, CHROMIUM, 'about:blank', '--user-data-dir=/tmp/puppeteer_dev_chrome_profile-other'),
  proc(302, 301, 300, `${CHROMIUM} --type=renderer`),
  // Another program that happens to share the group id.
  proc(204, 1, 200, '/usr/bin/python3', 'server.py'),
];

describe('the processes of a recorded browser', () => {
  test('the browser with the recorded profile and its helpers, nothing else', () => {
    expect(browserProcesses(table, { group: 200, userDataDir: PROFILE }).map((p) => p.pid)).toEqual([201, 202, 203]);
  });

  test('a group whose browser is gone (its id may be reused) is left alone', () => {
    expect(
      browserProcesses(
        table.filter((p) => p.pid !== 201),
        { group: 200, userDataDir: PROFILE },
      ),
    ).toEqual([]);
    expect(browserProcesses(table, { group: 300, userDataDir: PROFILE })).toEqual([]);
  });
});

describe('the browser a run started', () => {
  test("its child with a profile folder: the group and profile to record (through Debian's wrapper script)", () => {
    const running = [
      proc(100, 1, 100, 'node', 'src/cli/render-issue.ts'),
      proc(150, 100, 100, '/node_modules/esbuild', '--service'),
      proc(
        200,
        100,
        200,
        '/bin/sh',
        '-e',
        '/usr/bin/chromium-headless-shell',
        'about:blank',
        `--user-data-dir=${PROFILE}`,
      ),
      proc(201, 200, 200, CHROMIUM, 'about:blank', `--user-data-dir=${PROFILE}`),
    ];
    expect(browserStartedBy(running, 100)).toEqual({ group: 200, userDataDir: PROFILE });
    expect(browserStartedBy(running, 999)).toBeNull();
  });
});
