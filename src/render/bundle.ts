import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle } from '@remotion/bundler';

import { ASSETS_DIR, BUNDLE_PREFIX } from './files';

/**
 * Bundles the Remotion project once; the returned folder serves every render of the run.
 * `publicDir` replaces assets/ (tests bundle with their own issue files).
 */
export const bundleProject = (onProgress?: (percent: number) => void, publicDir = ASSETS_DIR, outDir?: string): Promise<string> =>
	bundle({
		entryPoint: fileURLToPath(new URL('../index.ts', import.meta.url)),
		publicDir,
		outDir,
		onProgress: onProgress ?? (() => undefined),
	});

/**
 * Bundles into a fresh temporary folder, runs `render` with it and removes it however the run ends
 * (a bundle holds a copy of assets/, tens of MB a run). `onFolder` hears the folder before
 * bundling starts, for the folder lock to name it in case this process is killed.
 */
export const withBundle = async <T>(
	{ onProgress, onFolder }: { onProgress: (percent: number) => void; onFolder: (folder: string) => Promise<void> },
	render: (serveUrl: string) => Promise<T>,
): Promise<T> => {
	const folder = await mkdtemp(join(tmpdir(), BUNDLE_PREFIX));
	const removeNow = () => rmSync(folder, { recursive: true, force: true });
	// Remotion ends the process itself on Ctrl-C (process.exit): no finally block runs then.
	process.on('exit', removeNow);
	try {
		await onFolder(folder);
		return await render(await bundleProject(onProgress, ASSETS_DIR, folder));
	} finally {
		process.off('exit', removeNow);
		await rm(folder, { recursive: true, force: true });
	}
};
