/**
 * Runs `npm run publish` against the fake platforms, to see by hand what a fault looks like:
 *   npx tsx tests/helpers/publish-against-fake.ts <folder> '<faults as JSON>' [publish arguments…] [--then publish arguments…]
 * Each `--then` starts another run against the same fake, which keeps what arrived. The folder gets
 * the example issue's stand-in clips when it has no report.json, and credentials for the fake in
 * <folder>/../config. With a stallUploadAt fault the first run is interrupted (SIGINT) where the
 * upload hangs. After each run it says how many requests the fake saw, and SHOW_STATE=1 prints publish.json.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { writeCredentials } from '../../src/publish/credentials';
import { STATE_NAME } from '../../src/publish/state';
import { PROJECT_ROOT } from '../../src/render/files';
import { type Faults, startFakePlatforms } from './fake-platforms';
import { writePublishFixture } from './publish-fixture';
import { validCredentials } from './publish-run';

const main = async () => {
  const [folder, faultsJson = '{}', ...rest] = process.argv.slice(2);
  if (!folder) {
    throw new Error(
      "Usage: npx tsx tests/helpers/publish-against-fake.ts <folder> '<faults JSON>' [publish arguments…] [--then …]",
    );
  }
  const runs = rest
    .join('\u0000')
    .split('--then')
    .map((part) => part.split('\u0000').filter(Boolean));
  const dir = resolve(folder);
  const faults = JSON.parse(faultsJson) as Faults;
  const fake = await startFakePlatforms(faults);
  if (!existsSync(join(dir, 'report.json'))) await writePublishFixture(dir, { videoBytes: 3 * 1024 * 1024 });
  const credentialsFile = join(dirname(dir), 'config', 'credentials.json');
  if (!existsSync(credentialsFile)) await writeCredentials(credentialsFile, validCredentials());
  let code = 0;
  let seen = 0;
  for (const [index, args] of runs.entries()) {
    console.error(`$ npm run publish -- ${[folder, ...args].join(' ')}`);
    const child = spawn(join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'), ['src/cli/publish.ts', dir, ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ...fake.env, CLIPS_CREDENTIALS_FILE: credentialsFile, CLIPS_POLL_SECONDS: '1' },
      stdio: 'inherit',
    });
    if (index === 0 && faults.stallUploadAt !== undefined) {
      void fake.stalled.then(() => {
        console.error('(the upload hangs: Ctrl-C)');
        child.kill('SIGINT');
      });
    }
    code = await new Promise<number>((done) => child.on('close', (c) => done(c ?? 1)));
    console.error(`(exit ${code}; the fake saw ${fake.requests.length - seen} requests)`);
    seen = fake.requests.length;
    if (process.env.SHOW_STATE && existsSync(join(dir, STATE_NAME))) {
      console.error(`${STATE_NAME}:\n${await readFile(join(dir, STATE_NAME), 'utf8')}`);
    }
  }
  await fake.close();
  process.exit(code);
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
