import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { LOCK_NAME, lockFolder } from '../../src/render/folder-lock';

const root = mkdtempSync(join(tmpdir(), 'folder-lock-'));
const started: ChildProcess[] = [];
afterAll(() => {
  for (const child of started) child.kill('SIGKILL');
  rmSync(root, { recursive: true, force: true });
});

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ');
  } catch {
    return false;
  }
};

/** Stands in for a browser: a process group whose leader has the profile flag and a helper without it. */
const fakeBrowser = (profile: string): Promise<{ leader: number; helper: number }> =>
  new Promise((resolve) => {
    const helper = `require('child_process').spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: ['ignore', 'ignore', 'ignore'] }).pid`;
    const child = spawn(
      process.execPath,
      ['-e', `console.log(${helper}); setInterval(() => {}, 1000)`, '--', `--user-data-dir=${profile}`],
      {
        detached: true,
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
    started.push(child);
    child.stdout.once('data', (d) => resolve({ leader: child.pid as number, helper: Number(String(d).trim()) }));
  });

describe('the output folder lock', () => {
  test('a second run into a held folder is refused, naming the PID that holds it; released, the folder is free again', async () => {
    const dir = join(root, 'held');
    const lock = await lockFolder(dir, () => undefined);
    await expect(lockFolder(dir, () => undefined)).rejects.toThrow(
      `another render:issue (PID ${process.pid}) is writing to ${dir}`,
    );
    lock.release();
    expect(existsSync(join(dir, LOCK_NAME))).toBe(false);
    (await lockFolder(dir, () => undefined)).release();
  });

  test("a killed run's lock is taken over: its browser is ended, its temporary folder removed, other processes left alone", async () => {
    const dir = join(root, 'stale');
    mkdirSync(dir);
    const temp = mkdtempSync(join(root, 'render-issue-run-'));
    const profile = join(temp, 'puppeteer_dev_chrome_profile-abc');
    const browser = await fakeBrowser(profile);
    const bystander = await fakeBrowser(join(root, 'puppeteer_dev_chrome_profile-someone-else'));
    const dead = spawnSync('true').pid;
    writeFileSync(
      join(dir, LOCK_NAME),
      JSON.stringify({ pid: dead, startTime: null, temp, browser: { group: browser.leader, userDataDir: profile } }),
    );

    const notes: string[] = [];
    const lock = await lockFolder(dir, (note) => notes.push(note));
    await new Promise((r) => setTimeout(r, 200));
    expect([alive(browser.leader), alive(browser.helper)]).toEqual([false, false]);
    expect([alive(bystander.leader), alive(bystander.helper)]).toEqual([true, true]);
    expect(existsSync(temp)).toBe(false);
    expect(notes).toEqual([
      expect.stringContaining(
        `an earlier run (PID ${dead}) ended without finishing here: ended its 2 browser processes`,
      ),
    ]);
    expect(JSON.parse(readFileSync(join(dir, LOCK_NAME), 'utf8'))).toMatchObject({ pid: process.pid });
    lock.release();
    process.kill(-bystander.leader, 'SIGKILL');
  });

  test('a folder that cannot be written to fails, naming the folder', async () => {
    const file = join(root, 'a-file');
    writeFileSync(file, '');
    await expect(lockFolder(join(file, 'out'), () => undefined)).rejects.toThrow(
      `render:issue cannot write to the output folder ${join(file, 'out')}`,
    );
  });
});
