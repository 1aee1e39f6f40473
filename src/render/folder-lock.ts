/**
 * One run at a time per output folder, render:issue's or publish's. The lock file names the run's
 * command and PID, its temporary folder and its browser, so a run that finds the lock of a killed
 * run can end what that run left behind.
 */
import { readFileSync, rmSync } from 'node:fs';
import { link, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { type BrowserRecord, browserProcesses } from './browser-processes';
import { listProcesses, readProcess } from './processes';
import { RUN_TEMP_PREFIX } from './run-temp';

export const LOCK_NAME = '.render-issue.lock';

/** How long ended browser processes get to go before their folder is removed: they write to it until they do. */
const BROWSER_EXIT_WAIT_MS = 5000;

type LockContent = {
  /** The npm script holding the folder. */
  command?: string;
  pid: number;
  /** Tells a reused PID apart (null where there is no /proc). */
  startTime: number | null;
  /** The run's temporary folder: its bundle, browser profile and Remotion's working folders. */
  temp?: string;
  browser?: BrowserRecord;
};

export type FolderLock = {
  /** Adds to what the lock says about this run, for a later run to clean up if this one is killed. */
  record: (update: Pick<LockContent, 'temp' | 'browser'>) => Promise<void>;
  release: () => void;
};

const cannotWrite = (dir: string, error: unknown, command: string): Error =>
  new Error(
    `${command} cannot write to the output folder ${dir} (${(error as Error).message}): make it writable${command === 'render:issue' ? ' or choose another with --out' : ''}`,
  );

const readLock = async (path: string): Promise<LockContent | null> => {
  try {
    const lock = JSON.parse(await readFile(path, 'utf8')) as Partial<LockContent>;
    return typeof lock.pid === 'number' ? { startTime: null, ...lock, pid: lock.pid } : null;
  } catch {
    return null;
  }
};

const isRunning = (lock: LockContent): boolean => {
  try {
    process.kill(lock.pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return lock.startTime === null || readProcess(lock.pid)?.startTime === lock.startTime;
};

/** Ends the browser and removes the temporary folder a killed run left; says what it did. */
const cleanUpAfter = async (lock: LockContent): Promise<string> => {
  const done: string[] = [];
  if (lock.browser) {
    const ended = browserProcesses(listProcesses(), lock.browser);
    for (const { pid } of ended) {
      process.kill(pid, 'SIGKILL');
    }
    const running = () => ended.some((p) => readProcess(p.pid)?.startTime === p.startTime);
    for (let waited = 0; waited < BROWSER_EXIT_WAIT_MS && running(); waited += 100) {
      await new Promise((r) => setTimeout(r, 100));
    }
    if (ended.length > 0)
      done.push(`ended its ${ended.length} browser processes (${ended.map((p) => p.pid).join(', ')})`);
  }
  if (lock.temp && basename(lock.temp).startsWith(RUN_TEMP_PREFIX)) {
    await rm(lock.temp, { recursive: true, force: true });
    done.push(`removed its temporary folder ${lock.temp}`);
  }
  return `an earlier run (PID ${lock.pid}) ended without finishing here${done.length > 0 ? `: ${done.join('; ')}` : ''}`;
};

/**
 * Takes the folder for this run, creating it. A folder another live run holds is refused naming its
 * PID; a lock whose run is gone is taken over. Also the first write to the folder, so an unwritable
 * folder fails here, before bundling. `onNote` hears what was cleaned up after a killed run.
 */
export const lockFolder = async (
  dir: string,
  onNote: (note: string) => void,
  command = 'render:issue',
): Promise<FolderLock> => {
  const path = join(dir, LOCK_NAME);
  const temp = `${path}.partial-${process.pid}`;
  let content: LockContent = { command, pid: process.pid, startTime: readProcess(process.pid)?.startTime ?? null };
  const write = async () => {
    await writeFile(temp, JSON.stringify(content));
    return temp;
  };
  try {
    await mkdir(dir, { recursive: true });
    await write();
  } catch (error) {
    throw cannotWrite(dir, error, command);
  }
  try {
    // link() fails if the name exists, and the lock appears with its content complete.
    for (;;) {
      try {
        await link(temp, path);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw cannotWrite(dir, error, command);
      }
      const held = await readLock(path);
      if (held && isRunning(held)) {
        throw new Error(
          `another ${held.command ?? 'render:issue'} (PID ${held.pid}) is writing to ${dir}: wait for it to finish${command === 'render:issue' ? ', or choose another folder with --out' : ''}`,
        );
      }
      if (held) onNote(await cleanUpAfter(held));
      await rm(path, { force: true });
    }
  } finally {
    await rm(temp, { force: true });
  }

  const releaseNow = () => {
    try {
      if ((JSON.parse(readFileSync(path, 'utf8')) as LockContent).pid === process.pid) rmSync(path, { force: true });
    } catch {
      // Gone already, or never ours.
    }
  };
  // Remotion ends the process itself on Ctrl-C (process.exit): no finally block runs then.
  process.on('exit', releaseNow);
  return {
    record: async (update) => {
      content = { ...content, ...update };
      await rename(await write(), path);
    },
    release: () => {
      process.off('exit', releaseNow);
      releaseNow();
    },
  };
};
