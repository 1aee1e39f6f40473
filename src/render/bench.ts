import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HeadlessBrowser } from '@remotion/renderer';
import { renderVideo } from './render';

export type BenchResult = { id: string; frames: number; seconds: number; fps: number };

/** Renders frames [0, frames) of a composition with our settings and times the render alone. */
export const benchRender = async ({
	serveUrl,
	browser,
	id,
	inputProps,
	frames,
	onProgress,
}: {
	serveUrl: string;
	browser: HeadlessBrowser;
	id: string;
	inputProps: Record<string, unknown>;
	frames: number;
	onProgress?: (progress: number) => void;
}): Promise<BenchResult> => {
	const dir = await mkdtemp(join(tmpdir(), 'clip-bench-'));
	try {
		const started = performance.now();
		await renderVideo({ serveUrl, browser, id, inputProps, output: join(dir, `${id}.mp4`), frameRange: [0, frames - 1], onProgress });
		const seconds = (performance.now() - started) / 1000;
		return { id, frames, seconds, fps: frames / seconds };
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
};
