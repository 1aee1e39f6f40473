import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, inject, test } from 'vitest';
import { PLATFORMS } from '../../src/platforms';
import { PROJECT_ROOT } from '../../src/render/files';
import { probeVideo } from '../../src/render/probe';
import { checkVideo } from '../../src/render/spec';
import { exampleProps } from '../helpers/example';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'clip-cli-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const remotion = async (args: string[]) => {
  try {
    const { stdout, stderr } = await run('npx', ['remotion', ...args], {
      cwd: PROJECT_ROOT,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
};

test('npx remotion render with bad props fails naming the fields, writes nothing and keeps a good file', async () => {
  const props = exampleProps();
  props.issue.takeaways[0].headline = '';
  Object.assign(props, { takeaway: 9 });
  const propsFile = join(dir, 'bad-props.json');
  writeFileSync(propsFile, JSON.stringify(props));

  const fresh = join(dir, 'fresh.mp4');
  // The tests' bundle: the props are checked in the browser, after bundling, and the same either way.
  const serveUrl = inject('serveUrl');
  const bad = await remotion(['render', serveUrl, 'TakeawayClip', fresh, `--props=${propsFile}`]);
  expect(bad.code).not.toBe(0);
  expect(bad.output).toContain(
    'Invalid TakeawayClip props: issue.takeaways[0].headline: a headline must not be empty; takeaway: must be between 1 and 6',
  );
  expect(bad.output).not.toMatch(/Rendered \d+\/\d+/);
  expect(existsSync(fresh)).toBe(false);

  const good = join(dir, 'good.mp4');
  writeFileSync(good, 'a good render from before');
  const again = await remotion(['render', serveUrl, 'TakeawayClip', good, `--props=${propsFile}`]);
  expect(again.code).not.toBe(0);
  expect(readFileSync(good, 'utf8')).toBe('a good render from before');
});

test('npx remotion render, with remotion.config.ts, writes an H.264 High, 1080x1920, 30 fps, yuv420p/bt709 MP4 with moov before mdat', async () => {
  const output = join(dir, 'cli.mp4');
  // Rendering the tests' bundle spares the CLI its own webpack run; the codec, colour space and the rest still come from remotion.config.ts.
  const render = await remotion(['render', inject('serveUrl'), 'TakeawayClip', output, '--frames=0-14']);
  expect(render.code, render.output).toBe(0);
  const probe = await probeVideo(output);
  expect(Object.entries(checkVideo(probe, PLATFORMS.reels)).filter(([, check]) => !check.ok)).toEqual([]);
  // 15 frames; the music's AAC stream runs a few tens of ms past them (encoder priming and padding).
  expect(probe.durationSeconds).toBeGreaterThanOrEqual(0.5);
  expect(probe.durationSeconds).toBeLessThan(0.6);
});
