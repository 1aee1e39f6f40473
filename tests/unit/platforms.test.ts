import { describe, expect, test } from 'vitest';
import { checkDuration, LAYOUTS, PLATFORMS, safeRect, secondsToFrames, sharedLayout } from '../../src/platforms';

describe('platform presets', () => {
  test('match the platform facts in the design notes', () => {
    expect(safeRect(PLATFORMS.reels)).toEqual({ x: 65, y: 269, width: 950, height: 979 });
    expect(safeRect(PLATFORMS.shorts)).toEqual({ x: 48, y: 288, width: 840, height: 960 });
    for (const p of Object.values(PLATFORMS)) {
      expect([p.width, p.height, p.fps, p.maxDurationSeconds]).toEqual([1080, 1920, 30, 180]);
    }
  });

  test("the shared layout keeps clear of every platform's UI and meets the stricter limits", () => {
    expect(LAYOUTS.both.safeZone).toEqual({ top: 288, bottom: 672, left: 65, right: 192 });
    expect(safeRect(LAYOUTS.both)).toEqual({ x: 65, y: 288, width: 823, height: 960 });
    expect([LAYOUTS.both.maxBitrateMbps, LAYOUTS.both.recommendedMaxSeconds, LAYOUTS.both.maxDurationSeconds]).toEqual([
      8, 60, 180,
    ]);
    expect(LAYOUTS.both.label).toBe('Instagram Reels and YouTube Shorts');
    // Inside each platform's own safe zone, side by side.
    for (const platform of Object.values(PLATFORMS)) {
      for (const side of ['top', 'bottom', 'left', 'right'] as const) {
        expect(LAYOUTS.both.safeZone[side]).toBeGreaterThanOrEqual(platform.safeZone[side]);
      }
    }
  });

  test('one video cannot serve platforms with different frames', () => {
    expect(() => sharedLayout([PLATFORMS.reels, { ...PLATFORMS.shorts, fps: 60 }])).toThrowError(
      'YouTube Shorts and Instagram Reels differ in frame size or rate',
    );
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
