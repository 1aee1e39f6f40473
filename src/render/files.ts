/**
 * Paths and file writing shared by every Node command. Only node: imports here, so a command like
 * `extract` that loads this does not start the bundler or the renderer.
 */
import { copyFile, link, mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root, from this file's place in src/render/. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const ASSETS_DIR = join(PROJECT_ROOT, 'assets');

/** npm runs scripts from the project root; INIT_CWD is where the user typed the command, and their paths start there. */
export const USER_CWD = process.env.INIT_CWD ?? process.cwd();

/**
 * Writes to a hidden temporary file beside the output and renames it when complete, so an
 * interrupted or failed write never leaves a half-written file under the final name and never
 * replaces a good one. The temporary name keeps the extension: Remotion picks formats by it.
 */
export const writeAtomically = async (output: string, write: (tempPath: string) => Promise<unknown>): Promise<void> => {
  await mkdir(dirname(output), { recursive: true });
  const name = basename(output);
  const extension = name.includes('.') ? name.slice(name.lastIndexOf('.')) : '';
  const temp = join(dirname(output), `.${name}.partial-${process.pid}${extension}`);
  try {
    await write(temp);
    await rename(temp, output);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
};

/** Filesystems that cannot hard-link (FAT and exFAT on USB sticks, some network shares) say so with these. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EXDEV', 'EMLINK']);

/**
 * Gives `source`'s bytes a second name: a hard link where the filesystem has them (no second copy on
 * disk, instant), else a copy. Atomic like writeAtomically, and replaces what `output` was.
 * Returns how: 'link' or 'copy'.
 */
export const linkOrCopy = async (source: string, output: string): Promise<'link' | 'copy'> => {
  let how: 'link' | 'copy' = 'link';
  await writeAtomically(output, async (temp) => {
    try {
      await link(source, temp);
    } catch (error) {
      if (!NO_HARD_LINKS.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
      how = 'copy';
      await copyFile(source, temp);
    }
  });
  return how;
};
