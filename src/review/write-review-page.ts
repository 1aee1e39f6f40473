/**
 * Writes index.html beside the clips: the review page for what report.json lists, with the upload
 * texts read from their files. Node side; the page itself is built by pure code.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeAtomically } from '../render/files';
import type { IssueReport } from '../render/report-schema';
import { formatZodError } from '../schema';
import { uploadTextSchema } from '../upload/upload-text';
import { buildReviewModel, type ClipFiles, type PublishState } from './review-model';
import { reviewPageHtml } from './ReviewPage';

export const REVIEW_PAGE_NAME = 'index.html';

/** A missing or broken upload text shows on the page as the reason, for that clip only. */
const readUpload = async (path: string): Promise<ClipFiles['upload']> => {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    return { problem: `${path}: ${(error as Error).message}` };
  }
  const parsed = uploadTextSchema.safeParse(json);
  return parsed.success ? parsed.data : { problem: `${path}: ${formatZodError(parsed.error)}` };
};

const readClipFiles = async (dir: string, upload: string, video: string): Promise<ClipFiles> => ({
  upload: await readUpload(join(dir, upload)),
  videoBytes: await stat(join(dir, video)).then(
    (s) => s.size,
    () => null,
  ),
});

/** Replaces `dir`/index.html atomically, so a page open in a browser is never half-written. */
export const writeReviewPage = async (dir: string, report: IssueReport, publish?: PublishState): Promise<string> => {
  const files = Object.fromEntries(
    await Promise.all(report.clips.map(async (c) => [c.id, await readClipFiles(dir, c.upload, c.video)] as const)),
  );
  const path = join(dir, REVIEW_PAGE_NAME);
  await writeAtomically(path, (temp) => writeFile(temp, reviewPageHtml(buildReviewModel(report, files, publish))));
  return path;
};
