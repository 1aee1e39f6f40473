// `npm run make:example-visuals`: draws the examples' chart, b-roll, busy test picture and the brand's logo with
// Remotion itself, so no third-party media are needed.
import { rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HeadlessBrowser } from '@remotion/renderer';
import { bundleProject } from '../render/bundle';
import { callFf } from '../render/ff';
import { ASSETS_DIR, PROJECT_ROOT, writeAtomically } from '../render/files';
import { closeBrowser, launchBrowser, renderStillImage, renderVideo } from '../render/render';

const OUTPUT_DIR = join(ASSETS_DIR, 'examples', 'visuals');
/** The example newsletter's logo, which assets/brand.json names. */
const LOGO = join(ASSETS_DIR, 'brand', 'logo.png');

/** Phone b-roll quality is plenty behind a scrim, and the file stays small in the repository. */
const BROLL_CRF = 30;

const renderBroll = async (serveUrl: string, browser: HeadlessBrowser): Promise<string> => {
  const raw = join(serveUrl, 'city-lights-raw.mp4');
  await renderVideo({ serveUrl, browser, id: 'city-lights-broll', inputProps: {}, output: raw });
  await writeAtomically(join(OUTPUT_DIR, 'city-lights.mp4'), (temp) =>
    callFf('ffmpeg', [
      '-y',
      '-i',
      raw,
      '-c:v',
      'libx264',
      '-preset',
      'veryslow',
      '-crf',
      String(BROLL_CRF),
      '-pix_fmt',
      'yuv420p',
      '-movflags',
      '+faststart',
      '-an',
      temp,
    ]),
  );
  return 'city-lights.mp4';
};

const main = async () => {
  const serveUrl = await bundleProject(
    undefined,
    ASSETS_DIR,
    fileURLToPath(new URL('../examples/index.ts', import.meta.url)),
  );
  const browser = await launchBrowser();
  try {
    const outputs = [
      await renderStillImage({
        serveUrl,
        browser,
        id: 'benchmark-chart',
        inputProps: {},
        output: join(OUTPUT_DIR, 'benchmark-chart.png'),
      }).then(() => 'benchmark-chart.png'),
      // JPEG, as a phone saves a photo; it also keeps the busiest picture small in the repository.
      await renderStillImage({
        serveUrl,
        browser,
        id: 'busy-picture',
        inputProps: {},
        output: join(OUTPUT_DIR, 'busy-picture.jpg'),
        imageFormat: 'jpeg',
      }).then(() => 'busy-picture.jpg'),
      await renderBroll(serveUrl, browser),
    ].map((name) => join(OUTPUT_DIR, name));
    // PNG keeps the logo's rounded corners transparent over any background.
    await renderStillImage({ serveUrl, browser, id: 'brand-logo', inputProps: {}, output: LOGO });
    for (const output of [...outputs, LOGO]) {
      console.log(`wrote ${relative(PROJECT_ROOT, output)}`);
    }
  } finally {
    await closeBrowser(browser);
    await rm(serveUrl, { recursive: true, force: true });
  }
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
