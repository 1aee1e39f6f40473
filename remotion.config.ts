// Applies to the Remotion CLI and Studio only; src/render/ passes the same settings to @remotion/renderer.
import { Config } from '@remotion/cli/config';
import { chooseBrowser } from './src/render/browser';
import { minifyRenderBundle } from './src/render/minify';
import { RENDER_SETTINGS } from './src/render/settings';

Config.setEntryPoint('src/index.ts');
Config.setPublicDir('assets');
// `npx remotion render` and `still` load the same minified bundle render:issue does; Studio is left as it is.
Config.overrideWebpackConfig(minifyRenderBundle);
// Studio's canvas editing (drag, scale, rotate a layer) writes the change into src/*.tsx, that is into
// every clip of every issue, and its hover outlines cover the whole preview, save control included.
// An author edits an issue in the props panel and saves it to the issue file (src/studio/).
Config.setInteractivityEnabled(false);
Config.setVideoImageFormat(RENDER_SETTINGS.imageFormat);
Config.setJpegQuality(RENDER_SETTINGS.jpegQuality);
Config.setColorSpace(RENDER_SETTINGS.colorSpace);
Config.setPixelFormat(RENDER_SETTINGS.pixelFormat);
Config.setCodec(RENDER_SETTINGS.codec);
Config.setOverwriteOutput(true);
Config.setConcurrency(RENDER_SETTINGS.concurrency);
Config.setX264Preset(RENDER_SETTINGS.x264Preset);
if (RENDER_SETTINGS.crf !== null) {
  Config.setCrf(RENDER_SETTINGS.crf);
}
Config.setEncodingMaxRate(RENDER_SETTINGS.encodingMaxRate);
Config.setEncodingBufferSize(RENDER_SETTINGS.encodingBufferSize);
// RENDER_SETTINGS.multiProcessOnLinux is not set here: Remotion 4.0.527 reads
// setChromiumMultiProcessOnLinux(false) as unset and keeps its default, a process per tab. The CLI
// takes --enable-multiprocess-on-linux=false (npm run bench passes it); the frames are the same.
if (RENDER_SETTINGS.gl !== null) {
  Config.setChromiumOpenGlRenderer(RENDER_SETTINGS.gl);
}

const browser = chooseBrowser();
if (browser.executable) {
  Config.setBrowserExecutable(browser.executable);
}
