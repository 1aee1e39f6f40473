import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Names a run's temporary folder, so a later run knows one it may remove. */
export const RUN_TEMP_PREFIX = 'render-issue-run-';

/**
 * Gives the run a temporary folder of its own and points os.tmpdir() (TMPDIR) at it while `run`
 * runs: the webpack bundle (a copy of assets/, tens of MB), the browser profile and Remotion's
 * working folders all go there, and go with it however the run ends. `onFolder` hears the folder
 * first, for the folder lock to name it in case this process is killed.
 */
export const withRunTemp = async <T>(
  onFolder: (folder: string) => Promise<void>,
  run: () => Promise<T>,
): Promise<T> => {
  const outer = process.env.TMPDIR;
  const folder = await mkdtemp(join(tmpdir(), RUN_TEMP_PREFIX));
  const removeNow = () => rmSync(folder, { recursive: true, force: true });
  // Remotion ends the process itself on Ctrl-C (process.exit): no finally block runs then.
  process.on('exit', removeNow);
  try {
    await onFolder(folder);
    process.env.TMPDIR = folder;
    return await run();
  } finally {
    if (outer === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = outer;
    process.off('exit', removeNow);
    await rm(folder, { recursive: true, force: true });
  }
};
