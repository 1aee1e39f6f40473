import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { type CancelSignal, type HeadlessBrowser } from '@remotion/renderer';
import type { VideoConfig } from 'remotion';
import { toSrt } from '../captions/subtitles';
import { captionsOf } from '../resolved';
import { slugFromFileName } from '../issues/ids';
import { type ClipJob, type JobOptions, planJobs } from '../issues/jobs';
import { PLATFORMS } from '../platforms';
import { type Issue, issueSchema, parseOrThrow } from '../schema';
import { stripBom } from '../strip-bom';
import { checkUploadText, uploadText } from '../upload/upload-text';
import { checkAssetPaths } from './asset-paths';
import { readBrandFile } from './brand-file';
import { browserStartedBy } from './browser-processes';
import { bundleProject } from './bundle';
import { PROJECT_ROOT } from './files';
import { writeAtomically } from './files';
import { type AudioProbe, normaliseLoudness, type NormaliseResult, probeAudio } from './loudness';
import { probeVideo } from './probe';
import { lockFolder } from './folder-lock';
import { listProcesses } from './processes';
import { withRunTemp } from './run-temp';
import {
  type AudioReport,
  type ClipReport,
  clipFilesExist,
  type IssueReport,
  propsHash,
  readReport,
  writeReport,
} from './report';
import { withClip } from './report-schema';
import { launchBrowser, renderStillImage, renderVideo, resolveComposition } from './render';
import { type Check, checkAudio, checkVideo } from './spec';

/** Instagram's limit for a cover image. */
export const MAX_COVER_BYTES = 8 * 1024 * 1024;

export type IssueEvent =
  | { type: 'bundling'; progress: number }
  | { type: 'planned'; jobs: ClipJob[] }
  | { type: 'clip-start'; job: ClipJob; index: number }
  | { type: 'clip-progress'; job: ClipJob; progress: number }
  | { type: 'clip-stage'; job: ClipJob; stage: string }
  | { type: 'clip-done'; job: ClipJob; clip: ClipReport; skipped: boolean }
  /** Something the user should know that does not stop the run. */
  | { type: 'warning'; message: string };

export type RenderIssueOptions = JobOptions & {
  issuePath: string;
  /** Defaults to out/<slug>/. */
  outDir?: string;
  force: boolean;
  cancelSignal?: CancelSignal;
  onEvent?: (event: IssueEvent) => void;
};

export const readIssueFile = async (path: string): Promise<Issue> => {
  let json: unknown;
  try {
    json = JSON.parse(stripBom(await readFile(path, 'utf8')));
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`);
  }
  return parseOrThrow(issueSchema, json, `issue file ${path}`);
};

/** Removes temporary files that a killed run left behind (their process is gone). */
const removeStalePartials = async (dir: string) => {
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const pid = /^\..+\.partial-(\d+)/.exec(name)?.[1];
    if (!pid) continue;
    let alive = true;
    try {
      process.kill(Number(pid), 0);
    } catch {
      alive = false;
    }
    if (!alive || Number(pid) === process.pid) await rm(join(dir, name), { force: true });
  }
};

const audioReport = (stream: AudioProbe, { before, after, mode, passes }: NormaliseResult): AudioReport => ({
  codec: stream.codec,
  profile: stream.profile,
  sampleRate: stream.sampleRate,
  channels: stream.channels,
  integratedLufs: after.integratedLufs,
  truePeakDbtp: after.truePeakDbtp,
  loudnessRangeLu: after.lra,
  normalising: { mode, passes, before: { integratedLufs: before.integratedLufs, truePeakDbtp: before.truePeakDbtp } },
});

const renderClip = async ({
  job,
  composition,
  coverComposition,
  serveUrl,
  browser,
  dir,
  hash,
  cancelSignal,
  onProgress,
  onStage,
}: {
  job: ClipJob;
  composition: VideoConfig;
  coverComposition: VideoConfig;
  serveUrl: string;
  browser: HeadlessBrowser;
  dir: string;
  hash: string;
  cancelSignal?: CancelSignal;
  onProgress: (progress: number) => void;
  onStage: (stage: string) => void;
}): Promise<ClipReport> => {
  const path = (file: string) => join(dir, file);
  // Set inside the write below; `as` keeps TypeScript from narrowing it to null for good.
  let audio = null as { stream: AudioProbe; loudness: NormaliseResult } | null;
  // The clip takes its final name only once its audio is at platform loudness.
  await writeAtomically(path(job.files.video), async (temp) => {
    await renderVideo({
      serveUrl,
      browser,
      composition,
      id: job.composition,
      inputProps: job.inputProps,
      output: temp,
      cancelSignal,
      onProgress,
    });
    if (!(await probeAudio(temp))) {
      return;
    }
    onStage('normalising loudness');
    const loudness = await normaliseLoudness({ input: temp, output: temp, cancelSignal });
    const stream = await probeAudio(temp);
    if (!stream) {
      throw new Error(`${job.id}: the audio stream was lost while normalising its loudness`);
    }
    audio = { stream, loudness };
  });
  const { stream, loudness } = audio ?? { stream: null, loudness: null };

  await renderStillImage({
    serveUrl,
    browser,
    composition: coverComposition,
    id: job.cover.composition,
    inputProps: job.inputProps,
    output: path(job.files.cover),
    frame: job.cover.frame,
    imageFormat: 'jpeg',
    cancelSignal,
  });
  const { subtitles, pages, warnings } = captionsOf(composition.props);
  await writeAtomically(path(job.files.subtitles), (temp) => writeFile(temp, toSrt(pages)));
  await writeAtomically(path(job.files.captions), (temp) => writeFile(temp, `${JSON.stringify(subtitles, null, 2)}\n`));
  const upload = uploadText(job.platform, job.inputProps.issue as Issue, job.subject);
  await writeAtomically(path(job.files.upload), (temp) => writeFile(temp, `${JSON.stringify(upload, null, 2)}\n`));

  const probe = await probeVideo(path(job.files.video));
  const platform = PLATFORMS[job.platform];
  const coverBytes = (await stat(path(job.files.cover))).size;
  const expectedSeconds = composition.durationInFrames / composition.fps;
  const checks: Record<string, Check> = {
    ...checkVideo(probe, platform),
    ...checkAudio(stream, loudness?.after ?? null),
    lengthMatchesComposition: {
      ok: Math.abs(probe.durationSeconds - expectedSeconds) <= 1 / composition.fps,
      found: Number(probe.durationSeconds.toFixed(3)),
      expected: `${expectedSeconds.toFixed(3)} s ± 1 frame`,
    },
    coverSize: { ok: coverBytes <= MAX_COVER_BYTES, found: coverBytes, expected: `≤ ${MAX_COVER_BYTES} bytes` },
    ...Object.fromEntries(Object.entries(checkUploadText(upload)).map(([name, c]) => [`upload.${name}`, c])),
  };
  return {
    id: job.id,
    platform: job.platform,
    takeaway: job.takeaway,
    ...job.files,
    durationSeconds: Number(probe.durationSeconds.toFixed(3)),
    propsHash: hash,
    audio: stream && loudness ? audioReport(stream, loudness) : null,
    warnings,
    checks,
    ok: Object.values(checks).every((c) => c.ok),
  };
};

/**
 * Renders every clip of an issue with one bundle and one browser, writing each file under a
 * temporary name first and the report after every clip, so an interrupted run loses at most the
 * clip it was on and a re-run picks up from there. The output folder is locked for the run, and
 * what the run puts in the temporary folder (the bundle, …) is removed when it ends.
 */
export const renderIssue = async (options: RenderIssueOptions): Promise<IssueReport> => {
  const emit = options.onEvent ?? (() => undefined);
  const issue = await readIssueFile(options.issuePath);
  const brand = await readBrandFile();
  await checkAssetPaths(issue, brand);
  const slug = slugFromFileName(basename(options.issuePath));
  if (!slug) {
    throw new Error(`${options.issuePath}: the file name has no letters or digits to name the clips after`);
  }
  const jobs = planJobs(issue, slug, { ...options, brand });
  const dir = resolve(options.outDir ?? join(PROJECT_ROOT, 'out', slug));
  emit({ type: 'planned', jobs });

  const lock = await lockFolder(dir, (message) => emit({ type: 'warning', message }));
  try {
    return await withRunTemp(
      (temp) => lock.record({ temp }),
      async () => {
        const serveUrl = await bundleProject((progress) => emit({ type: 'bundling', progress }));
        const browser = await launchBrowser();
        try {
          await lock.record({ browser: browserStartedBy(listProcesses(), process.pid) ?? undefined });
          return await renderJobs({ ...options, issue, slug, jobs, dir, serveUrl, browser, emit });
        } finally {
          await browser.close({ silent: true });
        }
      },
    );
  } finally {
    lock.release();
  }
};

const renderJobs = async ({
  issue,
  slug,
  jobs,
  dir,
  serveUrl,
  browser,
  force,
  cancelSignal,
  emit,
}: {
  issue: Issue;
  slug: string;
  jobs: ClipJob[];
  dir: string;
  serveUrl: string;
  browser: HeadlessBrowser;
  force: boolean;
  cancelSignal?: CancelSignal;
  emit: (event: IssueEvent) => void;
}): Promise<IssueReport> => {
  // Every clip's props are checked (and its length measured) before the first frame renders;
  // each composition is selected once, for its video and, when it is the same, its cover.
  const compositions: VideoConfig[] = [];
  const covers: VideoConfig[] = [];
  for (const job of jobs) {
    const composition = await resolveComposition({
      serveUrl,
      browser,
      id: job.composition,
      inputProps: job.inputProps,
    });
    compositions.push(composition);
    covers.push(
      job.cover.composition === job.composition
        ? composition
        : await resolveComposition({ serveUrl, browser, id: job.cover.composition, inputProps: job.inputProps }),
    );
  }
  await removeStalePartials(dir);
  const { report: previous, problem } = await readReport(dir);
  if (problem) {
    emit({ type: 'warning', message: `${problem}; it is ignored and every clip is rendered again` });
  }
  // Every clip of an earlier run whose files are still there stays in the report, --force or not.
  let report: IssueReport = { slug, title: issue.title, ok: false, clips: [] };
  for (const clip of previous?.clips ?? []) {
    if (await clipFilesExist(dir, clip)) report.clips.push(clip);
  }
  for (const [index, job] of jobs.entries()) {
    emit({ type: 'clip-start', job, index });
    const hash = await propsHash(job.inputProps, job.assets);
    const before = report.clips.find((c) => c.id === job.id);
    if (!force && before?.ok && before.propsHash === hash) {
      emit({ type: 'clip-done', job, clip: before, skipped: true });
      continue;
    }
    const clip = await renderClip({
      job,
      composition: compositions[index],
      coverComposition: covers[index],
      serveUrl,
      browser,
      dir,
      hash,
      cancelSignal,
      onProgress: (progress) => emit({ type: 'clip-progress', job, progress }),
      onStage: (stage) => emit({ type: 'clip-stage', job, stage }),
    });
    report = await writeReport(dir, { ...report, clips: withClip(report.clips, clip) });
    emit({ type: 'clip-done', job, clip, skipped: false });
  }
  return writeReport(dir, report);
};
