import { createHash } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ASSETS_DIR } from './files';
import { LOUDNESS } from './loudness';
import { writeAtomically } from './files';
import { type ClipReport, type IssueReport, mergeReports, parseReport } from './report-schema';
import { RENDER_SETTINGS } from './settings';

export type { AudioReport, ClipReport, IssueReport } from './report-schema';

export const REPORT_NAME = 'report.json';

const filterAsync = async <T>(items: T[], keep: (item: T) => Promise<boolean>): Promise<T[]> => {
  const verdicts = await Promise.all(items.map(keep));
  return items.filter((_, i) => verdicts[i]);
};

/**
 * Changes whenever what the clip shows or plays, or how it is encoded, changes: the props, the
 * settings, and the bytes of the audio and captions files it uses (a re-recorded voiceover keeps
 * its name).
 */
export const propsHash = async (
  inputProps: unknown,
  assets: string[] = [],
  assetsDir: string = ASSETS_DIR,
): Promise<string> => {
  const hash = createHash('sha256').update(
    JSON.stringify({ inputProps, settings: RENDER_SETTINGS, loudness: LOUDNESS }),
  );
  for (const asset of assets) {
    hash.update(asset).update(await readFile(join(assetsDir, asset)));
  }
  return hash.digest('hex').slice(0, 16);
};

/** The report in `dir`: null when there is none; a problem when it cannot be used, so it counts as missing. */
export const readReport = async (dir: string): Promise<{ report: IssueReport | null; problem: string | null }> => {
  const path = join(dir, REPORT_NAME);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT'
      ? { report: null, problem: null }
      : { report: null, problem: `${path} cannot be read (${(error as Error).message})` };
  }
  const parsed = parseReport(text);
  return 'report' in parsed
    ? { report: parsed.report, problem: null }
    : { report: null, problem: `${path}: ${parsed.problem}` };
};

/** Whether every file the clip's entry names is in `dir`: the report keeps such a clip, whatever else runs. */
export const clipFilesExist = async (dir: string, clip: ClipReport): Promise<boolean> =>
  (
    await Promise.all(
      [clip.video, clip.cover, clip.subtitles, clip.captions, clip.upload].map((file) =>
        stat(join(dir, file)).then(
          () => true,
          () => false,
        ),
      ),
    )
  ).every(Boolean);

/**
 * Re-reads the report on disk and merges ours into it by clip id, so clips another writer added
 * meanwhile (with their files there) are never lost; a report on disk that cannot be used is replaced.
 */
export const writeReport = async (dir: string, report: IssueReport): Promise<IssueReport> => {
  const onDisk = (await readReport(dir)).report;
  const kept = onDisk && { ...onDisk, clips: await filterAsync(onDisk.clips, (clip) => clipFilesExist(dir, clip)) };
  const merged = mergeReports(report, kept);
  await writeAtomically(join(dir, REPORT_NAME), (temp) => writeFile(temp, `${JSON.stringify(merged, null, 2)}\n`));
  return merged;
};
