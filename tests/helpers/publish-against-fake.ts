/**
 * Runs `npm run publish` against the fake platforms, to see by hand what a fault looks like:
 *   npx tsx tests/helpers/publish-against-fake.ts <folder> '<faults as JSON>' [publish arguments…]
 * The folder gets the example issue's stand-in clips when it has no report.json, and credentials
 * for the fake in <folder>/../config; it is kept, so a second call resumes from its publish.json.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { writeCredentials } from '../../src/publish/credentials';
import { PROJECT_ROOT } from '../../src/render/files';
import { type Faults, startFakePlatforms } from './fake-platforms';
import { writePublishFixture } from './publish-fixture';
import { validCredentials } from './publish-run';

const main = async () => {
  const [folder, faultsJson = '{}', ...args] = process.argv.slice(2);
  if (!folder)
    throw new Error(
      "Usage: npx tsx tests/helpers/publish-against-fake.ts <folder> '<faults JSON>' [publish arguments…]",
    );
  const dir = resolve(folder);
  const fake = await startFakePlatforms(JSON.parse(faultsJson) as Faults);
  if (!existsSync(join(dir, 'report.json'))) await writePublishFixture(dir, { videoBytes: 3 * 1024 * 1024 });
  const credentialsFile = join(dirname(dir), 'config', 'credentials.json');
  if (!existsSync(credentialsFile)) await writeCredentials(credentialsFile, validCredentials());
  const child = spawn(join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'), ['src/cli/publish.ts', dir, ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...fake.env, CLIPS_CREDENTIALS_FILE: credentialsFile, CLIPS_POLL_SECONDS: '1' },
    stdio: 'inherit',
  });
  const code = await new Promise<number>((done) => child.on('close', (c) => done(c ?? 1)));
  await fake.close();
  process.exit(code);
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
