/**
 * Node side: publish.json in the output folder, read once and written whole after every change,
 * under a temporary name first, so an interrupted run leaves the last good state.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeAtomically } from '../render/files';
import { type FileStamp, parseState, type PublishState, STATE_NAME, type StateEntry } from './state';

/** The state in `dir`, an empty one when there is none; refuses one it cannot read, since going on could post twice. */
export const readState = async (dir: string, slug: string): Promise<PublishState> => {
  const path = join(dir, STATE_NAME);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { slug, clips: {} };
    throw new Error(`${path} cannot be read (${(error as NodeJS.ErrnoException).code})`);
  }
  const parsed = parseState(text);
  if ('problem' in parsed) {
    throw new Error(
      `${path}: ${parsed.problem}. It records what was already posted, so nothing is sent: fix it, or move it away if you are sure nothing from this folder went out`,
    );
  }
  return parsed.state;
};

export class StateStore {
  constructor(
    private readonly dir: string,
    private state: PublishState,
  ) {}

  get(clipId: string): StateEntry | undefined {
    return this.state.clips[clipId];
  }

  async set(clipId: string, entry: StateEntry): Promise<void> {
    this.state = { ...this.state, clips: { ...this.state.clips, [clipId]: entry } };
    const text = `${JSON.stringify(this.state, null, 2)}\n`;
    await writeAtomically(join(this.dir, STATE_NAME), (temp) => writeFile(temp, text));
  }

  snapshot(): PublishState {
    return this.state;
  }
}

export const fileStamp = async (path: string): Promise<FileStamp> => {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { bytes, sha256: hash.digest('hex') };
};

export const sameStamp = (a: FileStamp, b: FileStamp): boolean => a.bytes === b.bytes && a.sha256 === b.sha256;
