/**
 * Platform facts from Meta's and Google's help and API pages (late 2025 – 2026), as data.
 * Pure: no React, no Node.
 */
export type SafeZone = { top: number; bottom: number; left: number; right: number };

export type PlatformPreset = {
  id: LayoutId;
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

/** A layout a clip is drawn for: one platform's, or `both`, which every platform's UI leaves clear. */
export const LAYOUT_IDS = [...PLATFORM_IDS, 'both'] as const;
export type LayoutId = (typeof LAYOUT_IDS)[number];

/**
 * One layout for several platforms: each side keeps the largest margin any of them asks for, and
 * limits are the strictest, so one video is inside every app's safe zone and every upload spec.
 */
export const sharedLayout = (presets: PlatformPreset[]): PlatformPreset => {
  const [first] = presets;
  for (const preset of presets) {
    if (preset.width !== first.width || preset.height !== first.height || preset.fps !== first.fps) {
      throw new Error(`${preset.label} and ${first.label} differ in frame size or rate: one video cannot serve both`);
    }
  }
  const most = (side: keyof SafeZone) => Math.max(...presets.map((preset) => preset.safeZone[side]));
  const least = (key: 'maxDurationSeconds' | 'recommendedMaxSeconds' | 'maxBitrateMbps') =>
    Math.min(...presets.map((preset) => preset[key]));
  return {
    id: 'both',
    label: presets.map((preset) => preset.label).join(' and '),
    width: first.width,
    height: first.height,
    fps: first.fps,
    maxDurationSeconds: least('maxDurationSeconds'),
    recommendedMaxSeconds: least('recommendedMaxSeconds'),
    safeZone: { top: most('top'), bottom: most('bottom'), left: most('left'), right: most('right') },
    maxBitrateMbps: least('maxBitrateMbps'),
  };
};

export const LAYOUTS: Record<LayoutId, PlatformPreset> = {
  ...PLATFORMS,
  both: sharedLayout(PLATFORM_IDS.map((id) => PLATFORMS[id])),
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
