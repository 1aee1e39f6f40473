import { spawn } from 'node:child_process';
import { chmod, lstat, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../src/render/files';
import { credentialsPath, readCredentials, updateCredentials, writeCredentials } from '../../src/publish/credentials';
import { endpointsFrom } from '../../src/publish/endpoints';
import { authorizeYoutube, YOUTUBE_SCOPES } from '../../src/publish/google-oauth';
import { FAKE, type FakePlatforms, startFakePlatforms } from '../helpers/fake-platforms';
import { validCredentials } from '../helpers/publish-run';

let root = '';
let fake: FakePlatforms | null = null;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'credentials-test-'));
});
afterEach(async () => {
  await fake?.close();
  fake = null;
  await rm(root, { recursive: true, force: true });
});

const TSX = join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');

/** A command started with tsx takes 2 s of CPU; on a 2-core machine shared with other work, several times that. */
const SPAWN_TIMEOUT_MS = 60_000;

const runCli = (args: string[], env: Record<string, string>, input = ''): Promise<{ code: number; out: string }> =>
  new Promise((resolve) => {
    const child = spawn(TSX, args, { cwd: PROJECT_ROOT, env: { ...process.env, ...env } });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, out }));
    child.stdin.end(input);
  });

describe('the credentials file', () => {
  test('lives in $XDG_CONFIG_HOME/newsletter-clips, or where CLIPS_CREDENTIALS_FILE says, never in the repository', () => {
    expect(credentialsPath({ XDG_CONFIG_HOME: '/home/a/.config' })).toBe(
      '/home/a/.config/newsletter-clips/credentials.json',
    );
    expect(credentialsPath({ CLIPS_CREDENTIALS_FILE: '/tmp/c.json', XDG_CONFIG_HOME: '/x' })).toBe('/tmp/c.json');
    expect(() => credentialsPath({ CLIPS_CREDENTIALS_FILE: join(PROJECT_ROOT, 'out', 'c.json') })).toThrow(
      'is inside the repository, where it could be committed: set CLIPS_CREDENTIALS_FILE to a path outside it',
    );
  });

  test('is written whole with mode 0600 in a folder only its owner can enter, and read back', async () => {
    const path = join(root, 'config', 'newsletter-clips', 'credentials.json');
    await writeCredentials(path, validCredentials());
    expect((await lstat(path)).mode & 0o777).toBe(0o600);
    expect((await lstat(join(root, 'config', 'newsletter-clips'))).mode & 0o777).toBe(0o700);
    expect(await readdir(join(root, 'config', 'newsletter-clips'))).toEqual(['credentials.json']);
    expect(await readCredentials(path)).toEqual(
      validCredentials(
        new Date(Date.parse((await readCredentials(path)).instagram?.expiresAt ?? '') - 30 * 86_400_000),
      ),
    );
    expect(await readCredentials(join(root, 'none.json'))).toEqual({});
  });

  test('updating one platform keeps the other, and a refused update leaves the good file', async () => {
    const path = join(root, 'credentials.json');
    await writeCredentials(path, { youtube: validCredentials().youtube });
    await updateCredentials(path, (c) => ({ ...c, instagram: validCredentials().instagram }));
    expect(Object.keys(await readCredentials(path))).toEqual(['youtube', 'instagram']);
    const before = await readFile(path, 'utf8');
    await expect(
      updateCredentials(path, (c) => ({ ...c, youtube: { clientId: '', clientSecret: 'x', refreshToken: 'y' } })),
    ).rejects.toThrow();
    expect(await readFile(path, 'utf8')).toBe(before);
    expect(await readdir(root)).toEqual(['credentials.json']);
  });

  test('refuses a file others can read, a link, and broken JSON, without quoting a token', async () => {
    const path = join(root, 'credentials.json');
    await writeCredentials(path, validCredentials());
    await chmod(path, 0o644);
    await expect(readCredentials(path)).rejects.toThrow(
      `The credentials file ${path} can be read by others (mode 0644): run chmod 600 "${path}", and if others may have read it, revoke its tokens`,
    );
    await chmod(path, 0o600);
    await symlink(path, join(root, 'link.json'));
    await expect(readCredentials(join(root, 'link.json'))).rejects.toThrow('is not a plain file');
    await writeFile(join(root, 'broken.json'), `{"youtube": {"refreshToken": "${FAKE.refreshToken}" `, { mode: 0o600 });
    const error = await readCredentials(join(root, 'broken.json')).catch((e: Error) => e);
    expect((error as Error).message).toBe(
      `The credentials file ${join(root, 'broken.json')} is not valid JSON: fix it, or remove it and run npm run auth again`,
    );
  });
});

describe('signing in', () => {
  test("Google's desktop flow: loopback redirect, PKCE, offline access, both scopes", async () => {
    fake = await startFakePlatforms();
    let asked: URL | null = null;
    const tokens = await authorizeYoutube({
      clientId: FAKE.clientId,
      clientSecret: FAKE.clientSecret,
      endpoints: endpointsFrom(fake.env),
      openBrowser: (url) => {
        asked = new URL(url);
        // A wrong state is refused and the sign-in goes on waiting for the right one.
        const forged = new URL(fake?.authorize(url) ?? '');
        forged.searchParams.set('state', 'forged');
        void fetch(forged)
          .then((r) => expect(r.status).toBe(400))
          .then(() => fetch(fake?.authorize(url) ?? ''));
      },
    });
    const query = (asked as unknown as URL).searchParams;
    expect(query.get('access_type')).toBe('offline');
    expect(query.get('code_challenge_method')).toBe('S256');
    expect(query.get('scope')?.split(' ')).toEqual(YOUTUBE_SCOPES);
    expect(query.get('redirect_uri')).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(tokens.refreshToken).toMatch(/^1\/\/fake-new-refresh-/);
  });

  test(
    'npm run auth -- youtube saves the refresh token from the browser flow, and prints no secret',
    async () => {
      fake = await startFakePlatforms();
      const browser = join(root, 'browser.mjs');
      await writeFile(
        browser,
        `#!/usr/bin/env node\nawait fetch(process.env.FAKE_BASE + '/consent?url=' + encodeURIComponent(process.argv[2]));\n`,
        { mode: 0o755 },
      );
      const clientFile = join(root, 'client_secret.json');
      await writeFile(
        clientFile,
        JSON.stringify({ installed: { client_id: FAKE.clientId, client_secret: FAKE.clientSecret } }),
      );
      const credentialsFile = join(root, 'config', 'credentials.json');
      const run = await runCli(['src/cli/auth.ts', 'youtube', '--client-secrets', clientFile], {
        ...fake.env,
        CLIPS_CREDENTIALS_FILE: credentialsFile,
        BROWSER: browser,
        FAKE_BASE: fake.base,
      });
      expect(run.out).toContain('Signed in to YouTube as the channel "Fake Channel".');
      expect(run.code).toBe(0);
      const saved = await readCredentials(credentialsFile);
      expect(saved.youtube?.refreshToken).toMatch(/^1\/\/fake-new-refresh-/);
      for (const secret of [...fake.secrets(), saved.youtube?.refreshToken ?? ''])
        expect(run.out).not.toContain(secret);
    },
    SPAWN_TIMEOUT_MS,
  );

  test(
    'npm run auth -- instagram exchanges the short-lived token for a 60-day one, read from stdin, printing no secret',
    async () => {
      fake = await startFakePlatforms();
      const credentialsFile = join(root, 'config', 'credentials.json');
      await mkdir(join(root, 'config'));
      const run = await runCli(
        ['src/cli/auth.ts', 'instagram', '--user-id', FAKE.igUserId],
        { ...fake.env, CLIPS_CREDENTIALS_FILE: credentialsFile },
        `${FAKE.igShortToken}\n${FAKE.igAppSecret}\n`,
      );
      expect(run.out).toContain('Instagram account @fake_newsletter: a long-lived token valid until');
      expect(run.code).toBe(0);
      const saved = await readCredentials(credentialsFile);
      expect(saved.instagram).toMatchObject({ userId: FAKE.igUserId, accessToken: FAKE.igToken, host: 'instagram' });
      expect(Date.parse(saved.instagram?.expiresAt ?? '')).toBeGreaterThan(Date.now() + 59 * 86_400_000);
      expect((await lstat(credentialsFile)).mode & 0o777).toBe(0o600);
      for (const secret of fake.secrets()) expect(run.out).not.toContain(secret);
    },
    SPAWN_TIMEOUT_MS,
  );

  test(
    'a refused exchange says why, and prints neither the token nor the app secret',
    async () => {
      fake = await startFakePlatforms();
      const wrong = await runCli(
        ['src/cli/auth.ts', 'instagram', '--user-id', FAKE.igUserId],
        { ...fake.env, CLIPS_CREDENTIALS_FILE: join(root, 'other.json') },
        `${FAKE.igShortToken}\nwrong-app-secret-123\n`,
      );
      expect(wrong.code).toBe(1);
      expect(wrong.out).toContain(
        'Exchanging the short-lived token: Instagram answered 400: Invalid OAuth access token. (code 190)',
      );
      expect(wrong.out).not.toContain('wrong-app-secret-123');
      expect(wrong.out).not.toContain(FAKE.igShortToken);
    },
    SPAWN_TIMEOUT_MS,
  );
});
