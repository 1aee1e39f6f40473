/**
 * Node side: the credentials file. One JSON file outside the repository, readable by its owner
 * only, written whole or not at all. Nothing here prints a value from it.
 */
import { lstat, mkdir, readFile, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { PROJECT_ROOT, writeAtomically } from '../render/files';
import { type Credentials, credentialsSchema } from './credentials-schema';

const APP_DIR = 'newsletter-clips';
const FILE_NAME = 'credentials.json';

/** CLIPS_CREDENTIALS_FILE, or credentials.json in $XDG_CONFIG_HOME (~/.config)/newsletter-clips. */
export const credentialsPath = (env: Record<string, string | undefined> = process.env): string => {
  const path = env.CLIPS_CREDENTIALS_FILE
    ? resolve(env.CLIPS_CREDENTIALS_FILE)
    : join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), APP_DIR, FILE_NAME);
  const inside = relative(PROJECT_ROOT, path);
  if (!inside.startsWith('..') && !isAbsolute(inside)) {
    throw new Error(
      `The credentials file ${path} is inside the repository, where it could be committed: set CLIPS_CREDENTIALS_FILE to a path outside it`,
    );
  }
  return path;
};

/** Group and other permission bits: a token file must have none. */
const SHARED_BITS = 0o077;

const isEnoent = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/** The file's credentials; an empty set when there is no file. Refuses a file others can read. */
export const readCredentials = async (path: string): Promise<Credentials> => {
  let info;
  try {
    info = await lstat(path);
  } catch (error) {
    if (isEnoent(error)) return {};
    throw new Error(`The credentials file ${path} cannot be read (${(error as NodeJS.ErrnoException).code})`);
  }
  if (!info.isFile()) {
    throw new Error(`The credentials file ${path} is not a plain file (a link or folder is refused)`);
  }
  if (process.platform !== 'win32' && (info.mode & SHARED_BITS) !== 0) {
    throw new Error(
      `The credentials file ${path} can be read by others (mode ${(info.mode & 0o777).toString(8).padStart(4, '0')}): run chmod 600 "${path}", and if others may have read it, revoke its tokens`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    // The parser's message quotes the text around the error, which may be a token.
    throw new Error(`The credentials file ${path} is not valid JSON: fix it, or remove it and run npm run auth again`);
  }
  const parsed = credentialsSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`The credentials file ${path}: ${issue.path.join('.') || 'the top level'}: ${issue.message}`);
  }
  return parsed.data;
};

/** Writes the whole file under a temporary name created with mode 0600, then renames it over the old one. */
export const writeCredentials = async (path: string, credentials: Credentials): Promise<void> => {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const text = `${JSON.stringify(credentialsSchema.parse(credentials), null, 2)}\n`;
  await writeAtomically(path, (temp) => writeFile(temp, text, { mode: 0o600, flag: 'wx' }));
};

/** Reads, changes one platform's part, and writes back, keeping the other's. */
export const updateCredentials = async (
  path: string,
  change: (credentials: Credentials) => Credentials,
): Promise<Credentials> => {
  const next = change(await readCredentials(path));
  await writeCredentials(path, next);
  return next;
};
