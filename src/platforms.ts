/**
 * Platform facts from ../shared/design.md (Meta and Google help pages, late 2025 – 2026), as data.
 * Pure: no React, no Node.
 */
export type SafeZone = { top: number; bottom: number; left: number; right: number };

export type PlatformPreset = {
  id: PlatformId;
  label: string;
  width: number;
  height: number;
  fps: number;
  /** Longest clip the platform still treats as a Reel / Short. */
  maxDurationSeconds: number;
  /** Longer clips work but are discouraged (Reels reach, Shorts Content ID blocks). */
  recommendedMaxSeconds: number;
  /** Pixels covered by the app's UI at 1080x1920: only background goes there. */
  safeZone: SafeZone;
  /** Upper bound for the video stream, from the platforms' upload specs. */
  maxBitrateMbps: number;
};

export const PLATFORM_IDS = ['reels', 'shorts'] as const;
export type PlatformId = (typeof PLATFORM_IDS)[number];

export const PLATFORMS: Record<PlatformId, PlatformPreset> = {
  reels: {
    id: 'reels',
    label: 'Instagram Reels',
    width: 1080,
    height: 1920,
    fps: 30,
    maxDurationSeconds: 180,
    recommendedMaxSeconds: 90,
    safeZone: { top: 269, bottom: 672, left: 65, right: 65 },
    maxBitrateMbps: 25,
  },
  shorts: {
    id: 'shorts',
    label: 'YouTube Shorts',
    width: 1080,
    height: 1920,
    fps: 30,
    maxDurationSeconds: 180,
    recommendedMaxSeconds: 60,
    safeZone: { top: 288, bottom: 672, left: 48, right: 192 },
    maxBitrateMbps: 8,
  },
};

export type Rect = { x: number; y: number; width: number; height: number };

/** The safe zone as a rectangle in frame pixels. */
export const safeRect = (platform: PlatformPreset): Rect => {
  const { top, bottom, left, right } = platform.safeZone;
  return {
    x: left,
    y: top,
    width: platform.width - left - right,
    height: platform.height - top - bottom,
  };
};

/** Frames for a duration in seconds, rounded up so nothing is cut short. */
export const secondsToFrames = (seconds: number, fps: number): number => Math.ceil(seconds * fps - 1e-9);

export const checkDuration = ({
  platform,
  durationInFrames,
  label,
  advice = 'Shorten its points or split it into two takeaways.',
}: {
  platform: PlatformPreset;
  durationInFrames: number;
  label: string;
  advice?: string;
}): void => {
  const seconds = durationInFrames / platform.fps;
  if (seconds > platform.maxDurationSeconds) {
    throw new Error(
      `${label} is ${seconds.toFixed(1)} s long, over the ${platform.maxDurationSeconds} s limit of ${platform.label}. ${advice}`,
    );
  }
};
