import type { ColorSpace, VideoImageFormat } from '@remotion/renderer';

/**
 * Encoding settings shared by `npx remotion render` (remotion.config.ts) and the Node render
 * code, which the config file does not reach.
 */
export const RENDER_SETTINGS = {
	codec: 'h264',
	// JPEG frames are much cheaper to capture than PNG and we need no alpha channel.
	imageFormat: 'jpeg' satisfies VideoImageFormat,
	// bt709 gives yuv420p with bt709 tags, which Instagram and YouTube expect; Remotion's default is yuvj420p/bt470bg.
	colorSpace: 'bt709' satisfies ColorSpace,
	pixelFormat: 'yuv420p',
	// Stills are covers: JPEG at this quality stays far below Instagram's 8 MB cover limit.
	jpegQuality: 90,
} as const;
