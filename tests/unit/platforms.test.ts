import { describe, expect, test } from 'vitest';
import { checkDuration, PLATFORMS, safeRect, secondsToFrames } from '../../src/platforms';

describe('platform presets', () => {
  test('match the platform facts in the design notes', () => {
    expect(safeRect(PLATFORMS.reels)).toEqual({ x: 65, y: 269, width: 950, height: 979 });
    expect(safeRect(PLATFORMS.shorts)).toEqual({ x: 48, y: 288, width: 840, height: 960 });
    for (const p of Object.values(PLATFORMS)) {
      expect([p.width, p.height, p.fps, p.maxDurationSeconds]).toEqual([1080, 1920, 30, 180]);
    }
  });

  test('a clip over the limit fails naming the takeaway and its measured length', () => {
    expect(() =>
      checkDuration({ platform: PLATFORMS.shorts, durationInFrames: 5431, label: 'Takeaway 3 ("긴 이야기")' }),
    ).toThrowError('Takeaway 3 ("긴 이야기") is 181.0 s long, over the 180 s limit of YouTube Shorts');
    expect(() => checkDuration({ platform: PLATFORMS.reels, durationInFrames: 5400, label: 'x' })).not.toThrow();
  });

  test('rounds durations up to whole frames', () => {
    expect(secondsToFrames(2, 30)).toBe(60);
    expect(secondsToFrames(9.01, 30)).toBe(271);
  });
});
