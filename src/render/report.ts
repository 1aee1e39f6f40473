import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
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
	upload: string;
	durationSeconds: number;
	/** Hash of the props and render settings: a re-run skips the clip while it is unchanged. */
	propsHash: string;
	checks: Record<string, Check>;
	ok: boolean;
};

export type IssueReport = { slug: string; title: string; ok: boolean; clips: ClipReport[] };

/** Changes whenever what the clip shows or how it is encoded changes. */
export const propsHash = (inputProps: unknown): string =>
	createHash('sha256').update(JSON.stringify({ inputProps, settings: RENDER_SETTINGS })).digest('hex').slice(0, 16);

export const readReport = async (dir: string): Promise<IssueReport | null> => {
	try {
		return JSON.parse(await readFile(join(dir, REPORT_NAME), 'utf8')) as IssueReport;
	} catch {
		return null;
	}
};

export const writeReport = (dir: string, report: IssueReport): Promise<void> =>
	writeAtomically(join(dir, REPORT_NAME), (temp) => writeFile(temp, `${JSON.stringify(report, null, 2)}\n`));
