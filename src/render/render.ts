import {
  type CancelSignal,
  type HeadlessBrowser,
  openBrowser,
  renderMedia,
  renderStill,
  selectComposition,
} from '@remotion/renderer';
import type { VideoConfig } from 'remotion';
import { chooseBrowser } from './browser';
import { writeAtomically } from './files';
import { COVER_JPEG_QUALITY, RENDER_SETTINGS } from './settings';

export type RenderTarget = {
  serveUrl: string;
  id: string;
  inputProps: Record<string, unknown>;
  /** Reuse one browser for many renders; without it each call starts its own. */
  browser?: HeadlessBrowser;
  /** Already resolved for these props: skips selecting it again (a page load and calculateMetadata). */
  composition?: VideoConfig;
};

/** The browser's options, the same wherever a browser starts: here, or inside a Remotion call given none. */
const CHROMIUM_OPTIONS = { gl: RENDER_SETTINGS.gl, enableMultiProcessOnLinux: RENDER_SETTINGS.multiProcessOnLinux };

export const launchBrowser = (): Promise<HeadlessBrowser> =>
  openBrowser('chrome', { browserExecutable: chooseBrowser().executable, chromiumOptions: CHROMIUM_OPTIONS });

/** How long closing the browser waits for the tabs Remotion is still closing: 0.1–0.3 s here. */
const TABS_CLOSING_MS = 3000;

/**
 * Closes the browser once the tabs Remotion closes without waiting are gone. When a composition's
 * props are refused, Remotion closes that tab and neither awaits nor catches it; closing the browser
 * under that call turned it into an unhandled rejection ("Target.closeTarget: Target closed").
 */
export const closeBrowser = async (browser: HeadlessBrowser): Promise<void> => {
  const until = Date.now() + TABS_CLOSING_MS;
  while ((await browser.pages()).length > 0 && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await browser.close({ silent: true });
};

/**
 * Validates the props and resolves the composition (calculateMetadata runs here), before a single
 * frame is rendered or a file is opened.
 */
export const resolveComposition = ({ serveUrl, id, inputProps, browser }: RenderTarget): Promise<VideoConfig> =>
  selectComposition({
    serveUrl,
    id,
    inputProps,
    browserExecutable: chooseBrowser().executable,
    chromiumOptions: CHROMIUM_OPTIONS,
    puppeteerInstance: browser,
    logLevel: 'error',
  });

/**
 * A render of this many frames or fewer uses one tab: a second tab's start (the bundle, the fonts)
 * costs more than it renders. Measured on 2 cores, from selectComposition's result: 12 frames
 * 6.9 s with two tabs, 5.6 s with one; 30 frames 10.6 s and 10.5 s.
 */
const ONE_TAB_FRAMES = 20;

export const renderVideo = async (
  target: RenderTarget & {
    output: string;
    frameRange?: [number, number];
    onProgress?: (progress: number) => void;
    cancelSignal?: CancelSignal;
    /** Tabs at once, as Remotion takes it (4 or "50%"); by default one per core, or one for a short range. */
    concurrency?: number | string;
  },
): Promise<VideoConfig> => {
  const composition = target.composition ?? (await resolveComposition(target));
  const [first, last] = target.frameRange ?? [0, composition.durationInFrames - 1];
  await writeAtomically(target.output, (temp) =>
    renderMedia({
      serveUrl: target.serveUrl,
      composition,
      inputProps: target.inputProps,
      outputLocation: temp,
      codec: RENDER_SETTINGS.codec,
      imageFormat: RENDER_SETTINGS.imageFormat,
      jpegQuality: RENDER_SETTINGS.jpegQuality,
      colorSpace: RENDER_SETTINGS.colorSpace,
      pixelFormat: RENDER_SETTINGS.pixelFormat,
      concurrency: target.concurrency ?? (last - first + 1 <= ONE_TAB_FRAMES ? 1 : RENDER_SETTINGS.concurrency),
      x264Preset: RENDER_SETTINGS.x264Preset,
      crf: RENDER_SETTINGS.crf,
      encodingMaxRate: RENDER_SETTINGS.encodingMaxRate,
      encodingBufferSize: RENDER_SETTINGS.encodingBufferSize,
      chromiumOptions: CHROMIUM_OPTIONS,
      frameRange: target.frameRange ?? null,
      browserExecutable: chooseBrowser().executable,
      puppeteerInstance: target.browser,
      overwrite: true,
      logLevel: 'error',
      onProgress: ({ progress }) => target.onProgress?.(progress),
      cancelSignal: target.cancelSignal,
    }),
  );
  return composition;
};

export const renderStillImage = async (
  target: RenderTarget & { output: string; frame?: number; imageFormat?: 'png' | 'jpeg'; cancelSignal?: CancelSignal },
): Promise<VideoConfig> => {
  const imageFormat = target.imageFormat ?? 'png';
  const composition = target.composition ?? (await resolveComposition(target));
  await writeAtomically(target.output, (temp) =>
    renderStill({
      serveUrl: target.serveUrl,
      composition,
      inputProps: target.inputProps,
      output: temp,
      frame: target.frame ?? 0,
      imageFormat,
      jpegQuality: imageFormat === 'jpeg' ? COVER_JPEG_QUALITY : undefined,
      chromiumOptions: CHROMIUM_OPTIONS,
      browserExecutable: chooseBrowser().executable,
      puppeteerInstance: target.browser,
      overwrite: true,
      logLevel: 'error',
      cancelSignal: target.cancelSignal,
    }),
  );
  return composition;
};
