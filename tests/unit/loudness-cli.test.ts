import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'loudness-cli-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `npm run loudness` without npm's start-up; paths start in `dir`, where the user typed them. */
const loudness = async (args: string[]) => {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'src/cli/loudness.ts'), ...args],
      {
        cwd: ROOT,
        env: { ...process.env, INIT_CWD: dir },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
};

// tsx and Remotion's renderer take seconds to start on a busy machine.
describe('npm run loudness', () => {
  test("a missing file is named, without ffprobe's command line or output", async () => {
    expect(await loudness(['nope.mp4', '--check'])).toEqual({
      code: 1,
      stdout: '',
      stderr: `${join(dir, 'nope.mp4')}: no such file\n`,
    });
  }, 30_000);
});
