/**
 * `remotion studio` for a browser test: on a free port, with its own public folder, in its own
 * process group so that stopping it also stops webpack's workers and anything else it started.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/render/files';

export type StudioServer = { url: string; process: ChildProcess; output: () => string; stop: () => Promise<void> };

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });

/** How long a stopped Studio gets to exit before it is killed. */
const STOP_GRACE_MS = 3_000;

export const startStudio = async (publicDir: string, timeoutMs: number): Promise<StudioServer> => {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      join(PROJECT_ROOT, 'node_modules/@remotion/cli/remotion-cli.js'),
      'studio',
      '--port',
      String(port),
      '--public-dir',
      publicDir,
      '--no-open',
      // Never hand the test an already running Studio of this project on another port.
      '--force-new',
    ],
    { cwd: PROJECT_ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CI: '1' } },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // Detached, Studio would outlive a test run that ends without its afterAll (an interrupted run).
  const killOnExit = () => {
    if (child.pid === undefined || child.exitCode !== null) {
      return;
    }
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  };
  process.once('exit', killOnExit);

  const stop = async () => {
    process.off('exit', killOnExit);
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) {
      return;
    }
    const group = -child.pid;
    try {
      process.kill(group, 'SIGTERM');
    } catch {
      return;
    }
    let grace: NodeJS.Timeout | undefined;
    await Promise.race([exited, new Promise((resolve) => (grace = setTimeout(resolve, STOP_GRACE_MS)))]);
    clearTimeout(grace);
    // Whatever of the group is left (webpack's workers, a leader that ignored SIGTERM) goes now.
    try {
      process.kill(group, 'SIGKILL');
    } catch {
      // The whole group is gone.
    }
    await exited;
  };

  const url = `http://localhost:${port}`;
  const deadline = Date.now() + timeoutMs;
  // "Server ready" comes before the first build; the page waits for the build itself.
  while (!output.includes('Server ready')) {
    if (child.exitCode !== null) {
      throw new Error(`remotion studio exited with ${child.exitCode}:\n${output}`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`remotion studio did not start within ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, process: child, output: () => output, stop };
};
