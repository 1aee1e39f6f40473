import { fileURLToPath } from 'node:url';
import { bundle } from '@remotion/bundler';

import { ASSETS_DIR } from './files';

/**
 * Bundles the Remotion project once; the returned folder serves every render of the run.
 * `publicDir` replaces assets/ (tests bundle with their own issue files).
 */
export const bundleProject = (onProgress?: (percent: number) => void, publicDir = ASSETS_DIR): Promise<string> =>
	bundle({
		entryPoint: fileURLToPath(new URL('../index.ts', import.meta.url)),
		publicDir,
		onProgress: onProgress ?? (() => undefined),
	});
