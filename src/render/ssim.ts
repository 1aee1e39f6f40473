import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { callFf } from './ff';
import { PNG } from 'pngjs';
import { ssim } from 'ssim.js';

/**
 * Every frame of a video as PNG, with Remotion's ffmpeg (its build has no ssim filter, and needs
 * none for this). Half size, uncompressed: SSIM downsamples 1080-wide frames by 4 anyway, and
 * writing full-size compressed PNGs took longer than the renders being compared.
 */
const extractFrames = async (video: string, dir: string): Promise<string[]> => {
  await callFf('ffmpeg', [
    '-v',
    'error',
    '-i',
    video,
    '-vf',
    'scale=540:960',
    '-compression_level',
    '0',
    join(dir, '%05d.png'),
  ]);
  return (await readdir(dir)).filter((f) => f.endsWith('.png')).sort();
};

const readImage = async (path: string) => {
  const png = PNG.sync.read(await readFile(path));
  return { data: new Uint8ClampedArray(png.data), width: png.width, height: png.height, colorSpace: 'srgb' as const };
};

export type SsimResult = { frames: number; mean: number; min: number; minFrame: number };

/** Mean and lowest SSIM of `test` against `reference`, over the frames `pick` selects (0-based). */
export const compareVideos = async (
  reference: string,
  test: string,
  pick: (frame: number) => boolean,
): Promise<SsimResult> => {
  const refDir = await mkdtemp(join(tmpdir(), 'ssim-ref-'));
  const testDir = await mkdtemp(join(tmpdir(), 'ssim-test-'));
  try {
    const [refFrames, testFrames] = await Promise.all([extractFrames(reference, refDir), extractFrames(test, testDir)]);
    if (refFrames.length !== testFrames.length) {
      throw new Error(`Frame counts differ: ${refFrames.length} in ${reference}, ${testFrames.length} in ${test}`);
    }
    const scores: Array<[number, number]> = [];
    for (const [i, name] of refFrames.entries()) {
      if (!pick(i)) continue;
      const [a, b] = await Promise.all([readImage(join(refDir, name)), readImage(join(testDir, testFrames[i]))]);
      scores.push([i, ssim(a, b).mssim]);
    }
    if (scores.length === 0) {
      throw new Error('No frames were picked to compare');
    }
    const worst = scores.reduce((w, s) => (s[1] < w[1] ? s : w));
    return {
      frames: scores.length,
      mean: scores.reduce((sum, [, s]) => sum + s, 0) / scores.length,
      min: worst[1],
      minFrame: worst[0],
    };
  } finally {
    await Promise.all([rm(refDir, { recursive: true, force: true }), rm(testDir, { recursive: true, force: true })]);
  }
};
