import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Unit files that need a process of their own: one replaces a module (remotion's getStaticFiles) and
 * a global (fetch); the other bounds its CPU time with process.cpuUsage(), which in a worker thread
 * counts the other threads' files too (5.29 s against its 5 s bound in a fresh clone's run).
 */
const OWN_PROCESS = ['tests/unit/issue-files.test.ts', 'tests/unit/extract-corpus.test.ts'];

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    // vitest's default on 2 cores is one file at a time for the whole run; most render files leave a
    // core idle while they start Node, bundle, launch the browser or run ffmpeg and Tesseract, so two
    // at a time fill it (the unit and browser files run beside the render ones too).
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: OWN_PROCESS,
          // Pure logic that leaves no state behind: one module graph per worker thread instead of one
          // per file. The 40 files took 62 s alone, 41 s so (vitest's recipe "Per-File Isolation Settings").
          pool: 'threads',
          isolate: false,
          // A few unit tests start node with tsx or synthesise audio twice: 2-3 s alone, past 5 s while other files share 2 cores.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        // vi.mock and vi.stubGlobal need the file's own module graph; a CPU-time bound, its own process.
        test: { name: 'unit-isolated', include: OWN_PROCESS, testTimeout: 20_000 },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          // One headless shell, two ffmpeg runs and a page from disk: 6-10 s while other work shares the 2 cores.
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'render',
          include: ['tests/render/**/*.test.ts'],
          globalSetup: ['tests/render/global-setup.ts'],
          // Two files at a time, each render's tabs sharing the 2 cores with the other file's: the
          // longest test (a whole issue through render:issue, bundling included) took 170 s alone.
          testTimeout: 360_000,
          hookTimeout: 360_000,
        },
      },
    ],
  },
});
