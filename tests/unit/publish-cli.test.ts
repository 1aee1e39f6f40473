import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { writeCredentials } from '../../src/publish/credentials';
import { PROJECT_ROOT } from '../../src/render/files';
import { type FakePlatforms, startFakePlatforms } from '../helpers/fake-platforms';
import { writePublishFixture } from '../helpers/publish-fixture';
import { validCredentials } from '../helpers/publish-run';

const TSX = join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');

/** A command started with tsx takes 2 s of CPU; on a 2-core machine shared with other work, several times that. */
const SPAWN_TIMEOUT_MS = 60_000;

let root = '';
let fake: FakePlatforms | null = null;
afterEach(async () => {
  await fake?.close();
  fake = null;
  if (root) await rm(root, { recursive: true, force: true });
});

const publish = (
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> =>
  new Promise((resolve) => {
    const child = spawn(TSX, ['src/cli/publish.ts', ...args], { cwd: PROJECT_ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });

describe('npm run publish', () => {
  test(
    '--dry-run lists every clip and sends nothing, with no credentials at all',
    async () => {
      fake = await startFakePlatforms();
      root = await mkdtemp(join(tmpdir(), 'publish-cli-'));
      const dir = join(root, 'weekly-sv-gemini');
      await writePublishFixture(dir);
      const before = await readdir(dir);
      const run = await publish([dir, '--dry-run'], { ...fake.env, CLIPS_CREDENTIALS_FILE: join(root, 'none.json') });
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Dry run: nothing is sent and no credentials are read.');
      expect(run.stdout.match(/^weekly-sv-gemini-\S+ → (YouTube Shorts|Instagram Reels)$/gm)).toHaveLength(14);
      expect(run.stdout).toContain('Every check passed.');
      expect(fake.requests).toHaveLength(0);
      expect(await readdir(dir)).toEqual(before);
    },
    SPAWN_TIMEOUT_MS,
  );

  test(
    'a run with faults on both platforms prints progress and no secret, in its output or in out/',
    async () => {
      fake = await startFakePlatforms({
        dropUploadAt: 0.6,
        expireFirstTokenAfter: 1,
        instagramTokenExpired: true,
        echoSecrets: true,
      });
      root = await mkdtemp(join(tmpdir(), 'publish-cli-'));
      const dir = join(root, 'weekly-sv-gemini');
      await writePublishFixture(dir, { videoBytes: 512 * 1024 });
      const credentialsFile = join(root, 'config', 'credentials.json');
      await writeCredentials(credentialsFile, validCredentials());
      const run = await publish([dir, '--only', '1'], {
        ...fake.env,
        CLIPS_CREDENTIALS_FILE: credentialsFile,
        CLIPS_POLL_SECONDS: '0.01',
      });
      const output = `${run.stdout}\n${run.stderr}`;
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('[1/2] weekly-sv-gemini-t1-shorts → YouTube Shorts');
      // The fake cuts at the first chunk past 60 %; how big chunks come depends on the load.
      const resumedAt = Number(/resuming at byte (\d+) of 524288/.exec(run.stderr)?.[1]);
      expect(resumedAt).toBeGreaterThanOrEqual(0.6 * 524288);
      expect(resumedAt).toBeLessThan(524288);
      expect(run.stderr).toContain('0.5 of 0.5 MB sent');
      expect(run.stderr).toContain(
        'Instagram Reels stopped: Instagram refused the access token (Error validating access token: Session has expired for Bearer [redacted].',
      );
      expect(run.stdout).toContain('1 sent, 0 skipped, 1 failed');
      const files = await Promise.all((await readdir(dir)).map((name) => readFile(join(dir, name), 'latin1')));
      for (const secret of fake.secrets()) {
        expect(output).not.toContain(secret);
        for (const file of files) expect(file).not.toContain(secret);
      }
      expect(existsSync(join(dir, '.render-issue.lock'))).toBe(false);
    },
    SPAWN_TIMEOUT_MS,
  );
});
