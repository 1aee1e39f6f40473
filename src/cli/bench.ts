// `npm run bench`: frames a second of TakeawayClip against a blank frame of the same size, one run.
import { writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { SingleBar } from 'cli-progress';
import issue from '../../assets/examples/weekly-sv-gemini.json';
import { DEFAULT_THEME } from '../clip/theme';
import { benchRender } from '../render/bench';
import { chooseBrowser } from '../render/browser';
import { bundleProject } from '../render/bundle';
import { PROJECT_ROOT } from '../render/files';
import { launchBrowser } from '../render/render';

/** The issue asks for at least 150 frames: 5 s, hook and the first caption pages. */
const FRAMES = 150;

const main = async () => {
	console.log(`Bundling… (browser: ${chooseBrowser().executable ?? "Remotion's download"}, ${cpus().length} cores)`);
	const serveUrl = await bundleProject();
	const browser = await launchBrowser();
	const bar = new SingleBar({ format: '{id} |{bar}| {percentage}% ', hideCursor: true });
	try {
		const results = [];
		for (const [id, inputProps] of [
			['TakeawayClip', { issue, takeaway: 2, platform: 'reels', theme: DEFAULT_THEME }],
			['Blank', {}],
		] as const) {
			bar.start(100, 0, { id: id.padEnd(12) });
			results.push(
				await benchRender({ serveUrl, browser, id, inputProps, frames: FRAMES, onProgress: (p) => bar.update(Math.round(p * 100)) }),
			);
			bar.stop();
		}
		const [clip, blank] = results;
		console.table(results.map((r) => ({ composition: r.id, frames: r.frames, seconds: r.seconds.toFixed(2), 'frames/s': r.fps.toFixed(2) })));
		const ratio = clip.fps / blank.fps;
		console.log(`TakeawayClip / Blank: ${ratio.toFixed(2)} (1.00 = our design costs nothing over the capture floor)`);
		const report = join(PROJECT_ROOT, 'out', 'bench.json');
		await writeFile(report, `${JSON.stringify({ cores: cpus().length, frames: FRAMES, results, ratio }, null, 2)}\n`);
		console.log(`Written to ${report}`);
	} finally {
		await browser.close({ silent: true });
	}
};

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
});
