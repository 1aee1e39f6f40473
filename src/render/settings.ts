import type {
  Bitrate,
  Codec,
  ColorSpace,
  OpenGlRenderer,
  PixelFormat,
  VideoImageFormat,
  X264Preset,
} from '@remotion/renderer';

export type RenderSettings = {
  codec: Codec;
  imageFormat: VideoImageFormat;
  colorSpace: ColorSpace;
  pixelFormat: PixelFormat;
  jpegQuality: number;
  /** null: Remotion's default for each. */
  concurrency: number | string | null;
  x264Preset: X264Preset | null;
  crf: number | null;
  /** x264's VBV ceiling and buffer, on top of crf: peaks are capped, calm frames keep crf's quality. */
  encodingMaxRate: Bitrate | null;
  encodingBufferSize: Bitrate | null;
  gl: OpenGlRenderer | null;
  /** Chromium with a process per tab (Remotion's default) or all of it in one (--single-process). */
  multiProcessOnLinux: boolean;
};

/**
 * Render settings shared by `npx remotion render` (remotion.config.ts) and the Node render code,
 * which the config file does not reach. The tuned values come from `npm run bench -- --tune` on a
 * 2-core machine; the README's performance section has the figures.
 */
export const RENDER_SETTINGS: RenderSettings = {
  codec: 'h264',
  // JPEG frames are much cheaper to capture than PNG and we need no alpha channel.
  imageFormat: 'jpeg',
  // bt709 gives yuv420p with bt709 tags, which Instagram and YouTube expect; Remotion's default is yuvj420p/bt470bg.
  colorSpace: 'bt709',
  pixelFormat: 'yuv420p',
  // Frames are re-encoded by x264 at once; past this quality the difference does not survive it.
  jpegQuality: 80,
  // One tab per core: Remotion's default (half the cores) left a core idle, 10.5 → 15.0 frames/s here.
  concurrency: '100%',
  // superfast: 15.2 → 16.5 frames/s at SSIM 1.0000 against medium; ultrafast is faster but drops to Constrained Baseline, not High.
  x264Preset: 'superfast',
  // Remotion's default for H.264, stated so the preset trade-off is measured at a fixed quality.
  crf: 18,
  // YouTube asks for about 8 Mbps at 1080p: at crf 18 a busy full-bleed picture or b-roll came out at 9.7 to 10.8 Mbps.
  encodingMaxRate: '7M',
  // One second of the ceiling: a page change's burst fits, and a 10 s clip averages at most 7.7 Mbps.
  encodingBufferSize: '7M',
  gl: null,
  // One process (--single-process): a new tab is otherwise a renderer process started from scratch
  // (no zygote), 1.35 CPU-s a page even for the blank composition. Selecting a composition
  // 1.18 → 0.56 s, a still 1.41 → 0.81 s, 300 frames 63.7 → 59.4 s; 43 stills byte-identical.
  multiProcessOnLinux: false,
};

/** Covers are looked at as stills: JPEG at this quality stays far below Instagram's 8 MB limit. */
export const COVER_JPEG_QUALITY = 90;
