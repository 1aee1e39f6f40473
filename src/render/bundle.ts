import { fileURLToPath } from 'node:url';
import { bundle } from '@remotion/bundler';

import { ASSETS_DIR } from './files';
import { minifyRenderBundle } from './minify';

/** The clips' entry point; src/examples/index.ts is the example media's. */
export const CLIPS_ENTRY = fileURLToPath(new URL('../index.ts', import.meta.url));

/**
 * Bundles the Remotion project once; the returned folder serves every render of the run.
 * `publicDir` replaces assets/ (tests bundle with their own issue files).
 */
export const bundleProject = (
  onProgress?: (percent: number) => void,
  publicDir = ASSETS_DIR,
  entryPoint = CLIPS_ENTRY,
): Promise<string> =>
  bundle({
    entryPoint,
    publicDir,
    onProgress: onProgress ?? (() => undefined),
    webpackOverride: minifyRenderBundle,
  });
