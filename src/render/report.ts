import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ASSETS_DIR } from './files';
import { LOUDNESS, type NormalisationMode } from './loudness';
import type { PlatformId } from '../platforms';
import { writeAtomically } from './files';
import { RENDER_SETTINGS } from './settings';
import type { Check } from './spec';

export const REPORT_NAME = 'report.json';

export type ClipReport = {
	id: string;
	platform: PlatformId;
	takeaway: number | null;
	/** Paths relative to the report. */
	video: string;
	cover: string;
	subtitles: string;
	/** The captions as shown, as @remotion/captions Caption objects with word times. */
	captions: string;
	upload: string;
	durationSeconds: number;
	/** Hash of the props and render settings: a re-run skips the clip while it is unchanged. */
	propsHash: string;
	/** The audio as measured after normalising; null when the clip has no audio at all. */
	audio: AudioReport | null;
	/** What the author should know that did not stop the render. */
	warnings: string[];
	checks: Record<string, Check>;
	ok: boolean;
};

export type AudioReport = {
	codec: string;
	profile: string;
	sampleRate: number;
	channels: number;
	/** null: the audio is silent (no loudness to speak of). */
	integratedLufs: number | null;
	truePeakDbtp: number | null;
	loudnessRangeLu: number;
	/** How the normalising pass got there, and what the render came out at before it. */
	normalising: {
		mode: NormalisationMode;
		passes: number;
		before: { integratedLufs: number | null; truePeakDbtp: number | null };
	};
};

export type IssueReport = { slug: string; title: string; ok: boolean; clips: ClipReport[] };

/**
 * Changes whenever what the clip shows or plays, or how it is encoded, changes: the props, the
 * settings, and the bytes of the audio and captions files it uses (a re-recorded voiceover keeps
 * its name).
 */
export const propsHash = async (inputProps: unknown, assets: string[] = []): Promise<string> => {
	const hash = createHash('sha256').update(JSON.stringify({ inputProps, settings: RENDER_SETTINGS, loudness: LOUDNESS }));
	for (const asset of assets) {
		hash.update(asset).update(await readFile(join(ASSETS_DIR, asset)));
	}
	return hash.digest('hex').slice(0, 16);
};

export const readReport = async (dir: string): Promise<IssueReport | null> => {
	try {
		return JSON.parse(await readFile(join(dir, REPORT_NAME), 'utf8')) as IssueReport;
	} catch {
		return null;
	}
};

export const writeReport = (dir: string, report: IssueReport): Promise<void> =>
	writeAtomically(join(dir, REPORT_NAME), (temp) => writeFile(temp, `${JSON.stringify(report, null, 2)}\n`));
