import { describe, expect, test } from 'vitest';
import { PLATFORMS } from '../../src/platforms';
import type { VideoProbe } from '../../src/render/probe';
import { checkVideo } from '../../src/render/spec';

const good: VideoProbe = {
  codec: 'h264',
  profile: 'High',
  width: 1080,
  height: 1920,
  fps: 30,
  pixelFormat: 'yuv420p',
  colorPrimaries: 'bt709',
  colorTransfer: 'bt709',
  colorSpace: 'bt709',
  fieldOrder: 'progressive',
  durationSeconds: 13,
  bitRate: 4_000_000,
  sizeBytes: 6_500_000,
  boxes: ['ftyp', 'moov', 'free', 'mdat'],
};

const failing = (probe: VideoProbe, platform = PLATFORMS.shorts) =>
  Object.entries(checkVideo(probe, platform))
    .filter(([, c]) => !c.ok)
    .map(([name]) => name);

describe('video spec check', () => {
  test('a conforming file passes every check', () => {
    expect(failing(good)).toEqual([]);
    expect(failing({ ...good, profile: '100' })).toEqual([]);
  });

  test("Remotion's defaults (yuvj420p, bt470bg) fail the colour checks", () => {
    expect(
      failing({
        ...good,
        pixelFormat: 'yuvj420p',
        colorPrimaries: 'bt470bg',
        colorSpace: 'bt470bg',
        colorTransfer: 'unknown',
      }),
    ).toEqual(['pixelFormat', 'colorPrimaries', 'colorTransfer', 'colorSpace']);
  });

  test('moov after mdat, a wrong size or fps, and a bitrate over the cap fail', () => {
    expect(failing({ ...good, boxes: ['ftyp', 'mdat', 'moov'] })).toEqual(['moovBeforeMdat']);
    expect(failing({ ...good, width: 1920, height: 1080, fps: 29.97 })).toEqual(['size', 'fps']);
    expect(failing({ ...good, bitRate: 9_000_000 }, PLATFORMS.shorts)).toEqual(['bitrate']);
    expect(failing({ ...good, bitRate: 9_000_000 }, PLATFORMS.reels)).toEqual([]);
    expect(failing({ ...good, durationSeconds: 181 })).toEqual(['duration']);
  });
});
