import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { type CancelSignal, type HeadlessBrowser } from '@remotion/renderer';
import type { VideoConfig } from 'remotion';
import { toSrt } from '../captions/subtitles';
import { captionsOf } from '../resolved';
import { slugFromFileName } from '../issues/ids';
import { parseIssueFile } from '../issues/parse-issue-file';
import { type ClipJob, type JobOptions, planJobs } from '../issues/jobs';
import { PLATFORMS } from '../platforms';
import type { Issue } from '../schema';
import { checkUploadText, uploadText, uploadTextProblems } from '../upload/upload-text';
import { checkAssetPaths } from './asset-paths';
import { readBrandFile } from './brand-file';
import { browserStartedBy } from './browser-processes';
import { bundleProject } from './bundle';
import { ASSETS_DIR, linkOrCopy, PROJECT_ROOT, writeAtomically } from './files';
import { normaliseLoudness, type NormaliseResult } from './loudness';
import { type AudioProbe, probeAudio, probeVideo } from './probe';
import { lockFolder } from './folder-lock';
import { prepareVideos, videosToPrepare } from './prepare-videos';
import { PREPARED_DIR } from '../visual/prepared';
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
import { closeBrowser, launchBrowser, renderStillImage, renderVideo, resolveComposition } from './render';
import { type Check, checkAudio, checkVideo } from './spec';
import { writeReviewPage } from '../review/write-review-page';

/** Instagram's limit for a cover image. */
export const MAX_COVER_BYTES = 8 * 1024 * 1024;

export type IssueEvent =
  | { type: 'preparing'; src: string }
  | { type: 'bundling'; progress: number }
  | { type: 'planned'; jobs: ClipJob[] }
  | { type: 'clip-start'; job: ClipJob; index: number }
  | { type: 'clip-progress'; job: ClipJob; progress: number }
  | { type: 'clip-stage'; job: ClipJob; stage: string }
  /** `sharedFrom`: the clip whose render this one's video, subtitles and captions are, when not its own. */
  | { type: 'clip-done'; job: ClipJob; clip: ClipReport; skipped: boolean; sharedFrom?: string }
  /** Something the user should know that does not stop the run. */
  | { type: 'warning'; message: string };

export type RenderIssueOptions = JobOptions & {
  issuePath: string;
  /** Defaults to out/<slug>/. */
  outDir?: string;
  force: boolean;
  /** A bundle of this project made earlier (`npx remotion bundle`, or a test's): no bundling, and the run leaves it. */
  bundle?: string;
  /** Tabs rendering at once (4 or "50%"); by default one per core. */
  concurrency?: number | string;
  cancelSignal?: CancelSignal;
  onEvent?: (event: IssueEvent) => void;
};

/** An issue file read and checked as Studio reads it, or an error naming the file and what is wrong. */
export const readIssueFile = async (path: string): Promise<Issue> => {
  const file = parseIssueFile(path, slugFromFileName(path), await readFile(path, 'utf8'));
  if (!file.ok) {
    throw new Error(`Invalid issue file ${path}: ${file.error}`);
  }
  return file.issue;
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

type ClipWork = {
  job: ClipJob;
  serveUrl: string;
  browser: HeadlessBrowser;
  concurrency?: number | string;
  dir: string;
  cancelSignal?: CancelSignal;
};

/**
 * What one render makes, whichever platforms share it: the video at platform loudness, its
 * subtitles and its captions. Returns the audio as measured after normalising.
 */
const renderShared = async ({
  job,
  composition,
  serveUrl,
  browser,
  concurrency,
  dir,
  cancelSignal,
  onProgress,
  onStage,
}: ClipWork & {
  composition: VideoConfig;
  onProgress: (progress: number) => void;
  onStage: (stage: string) => void;
}): Promise<AudioReport | null> => {
  const path = (file: string) => join(dir, file);
  // Set inside the write below; `as` keeps TypeScript from narrowing it to null for good.
  let audio = null as AudioReport | null;
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
      concurrency,
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
    audio = audioReport(stream, loudness);
  });
  const { subtitles, pages } = captionsOf(composition.props);
  await writeAtomically(path(job.files.subtitles), (temp) => writeFile(temp, toSrt(pages)));
  await writeAtomically(path(job.files.captions), (temp) => writeFile(temp, `${JSON.stringify(subtitles, null, 2)}\n`));
  return audio;
};

/** The files of a render another platform's clip already has, under this clip's names: no second render. */
const reuseShared = async (job: ClipJob, source: ClipReport, dir: string): Promise<AudioReport | null> => {
  for (const key of ['video', 'subtitles', 'captions'] as const) {
    await linkOrCopy(join(dir, source[key]), join(dir, job.files[key]));
  }
  return source.audio;
};

/** What each platform gets of its own: the cover, the upload text, and the checks against its spec. */
const finishClip = async ({
  job,
  composition,
  coverComposition,
  audio,
  hash,
  serveUrl,
  browser,
  dir,
  cancelSignal,
}: ClipWork & {
  composition: VideoConfig;
  coverComposition: VideoConfig;
  audio: AudioReport | null;
  hash: string;
}): Promise<ClipReport> => {
  const path = (file: string) => join(dir, file);
  await renderStillImage({
    serveUrl,
    browser,
    composition: coverComposition,
    id: job.cover.composition,
    inputProps: job.cover.inputProps,
    output: path(job.files.cover),
    frame: job.cover.frame,
    imageFormat: 'jpeg',
    cancelSignal,
  });
  const upload = uploadText(job.platform, job.inputProps.issue as Issue, job.subject);
  await writeAtomically(path(job.files.upload), (temp) => writeFile(temp, `${JSON.stringify(upload, null, 2)}\n`));

  const probe = await probeVideo(path(job.files.video));
  const platform = PLATFORMS[job.platform];
  const coverBytes = (await stat(path(job.files.cover))).size;
  const expectedSeconds = composition.durationInFrames / composition.fps;
  const checks: Record<string, Check> = {
    ...checkVideo(probe, platform),
    ...checkAudio(await probeAudio(path(job.files.video)), audio),
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
    layout: job.layout,
    takeaway: job.takeaway,
    ...job.files,
    durationSeconds: Number(probe.durationSeconds.toFixed(3)),
    propsHash: hash,
    audio,
    warnings: captionsOf(composition.props).warnings,
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
  // A bundle made earlier renders the copy of assets/ it was made with: its files are the ones to
  // check and hash, so a file replaced since cannot pass for what the clip plays.
  const assetsDir = options.bundle ? join(options.bundle, 'public') : ASSETS_DIR;
  if (options.bundle && !(await stat(join(options.bundle, 'index.html')).catch(() => null))) {
    throw new Error(
      `--bundle: ${options.bundle} is not a bundle of this project (it has no index.html); make one with npx remotion bundle`,
    );
  }
  if (options.bundle && !(await stat(assetsDir).catch(() => null))) {
    throw new Error(
      `--bundle: ${options.bundle} has no public folder (its copy of assets/); make it again with npx remotion bundle`,
    );
  }
  const brand = await readBrandFile(assetsDir);
  await checkAssetPaths(issue, brand, assetsDir);
  const slug = slugFromFileName(basename(options.issuePath));
  if (!slug) {
    throw new Error(`${options.issuePath}: the file name has no letters or digits to name the clips after`);
  }
  const jobs = planJobs(issue, slug, { ...options, brand });
  // The upload texts are made from the issue alone: a platform limit one would break stops the run
  // here, before a frame is rendered, rather than failing its check once the clip is done.
  const refused = jobs.flatMap((job) =>
    uploadTextProblems(uploadText(job.platform, issue, job.subject), issue, job.takeaway).map(
      (problem) => `${job.id}: ${problem}`,
    ),
  );
  if (refused.length > 0) {
    throw new Error(`${options.issuePath}: fix the issue file before rendering:\n${refused.join('\n')}`);
  }
  const dir = resolve(options.outDir ?? join(PROJECT_ROOT, 'out', slug));
  emit({ type: 'planned', jobs });

  const lock = await lockFolder(dir, (message) => emit({ type: 'warning', message }));
  try {
    return await withRunTemp(
      (temp) => lock.record({ temp }),
      async () => {
        await removeStalePartials(dir);
        const earlier = await earlierClips(dir, emit);
        const hashes = await Promise.all(jobs.map((job) => propsHash(job.inputProps, job.assets, assetsDir)));
        const unchanged = jobs.map((job, i) => {
          const before = earlier.find((c) => c.id === job.id);
          return !options.force && before?.ok && before.propsHash === hashes[i] ? before : null;
        });
        const run = { issue, slug, jobs, dir, hashes, unchanged, earlier, emit };
        // Nothing to render, share or cover: a re-run of an unchanged issue needs no prepared
        // copies, bundle or browser, which are most of its time.
        if (unchanged.every((clip) => clip !== null)) {
          return await renderJobs({ ...run, cancelSignal: options.cancelSignal, force: options.force });
        }
        // Before the bundle, which copies assets/ with the prepared b-roll in it; a bundle made
        // earlier has the copies that were there then.
        if (!options.bundle) {
          const preparedDir = join(ASSETS_DIR, PREPARED_DIR);
          await removeStalePartials(preparedDir);
          await prepareVideos(await videosToPrepare(issue, jobs), {
            cancelSignal: options.cancelSignal,
            onMake: (src) => emit({ type: 'preparing', src }),
          });
        }
        if (!options.bundle) emit({ type: 'bundling', progress: 0 });
        const serveUrl = options.bundle ?? (await bundleProject((progress) => emit({ type: 'bundling', progress })));
        const browser = await launchBrowser();
        try {
          await lock.record({ browser: browserStartedBy(listProcesses(), process.pid) ?? undefined });
          return await renderJobs({
            ...run,
            renderer: { serveUrl, browser, concurrency: options.concurrency },
            force: options.force,
            cancelSignal: options.cancelSignal,
          });
        } finally {
          await closeBrowser(browser);
        }
      },
    );
  } finally {
    lock.release();
  }
};

/**
 * The clips an earlier run left in `dir` whose files are all still there: they stay in the report,
 * --force or not. A report that cannot be used counts as missing, with a warning.
 */
const earlierClips = async (dir: string, emit: (event: IssueEvent) => void): Promise<ClipReport[]> => {
  const { report: previous, problem } = await readReport(dir);
  if (problem) {
    emit({ type: 'warning', message: `${problem}; it is ignored and every clip is rendered again` });
  }
  const kept: ClipReport[] = [];
  for (const clip of previous?.clips ?? []) {
    if (await clipFilesExist(dir, clip)) kept.push(clip);
  }
  return kept;
};

const renderJobs = async ({
  issue,
  slug,
  jobs,
  dir,
  hashes,
  unchanged,
  earlier,
  renderer,
  force,
  cancelSignal,
  emit,
}: {
  issue: Issue;
  slug: string;
  jobs: ClipJob[];
  dir: string;
  /** Each job's props hash, in the order of `jobs`. */
  hashes: string[];
  /** Each job's clip from an earlier run when it is unchanged (and not forced): skipped. */
  unchanged: Array<ClipReport | null>;
  earlier: ClipReport[];
  /** The bundle and the browser; absent when every job is unchanged. */
  renderer?: { serveUrl: string; browser: HeadlessBrowser; concurrency?: number | string };
  force: boolean;
  cancelSignal?: CancelSignal;
  emit: (event: IssueEvent) => void;
}): Promise<IssueReport> => {
  // The props of every clip to render are checked (and its length measured) before the first frame
  // renders; each render's composition is selected once for all the platforms that share it, and
  // for its cover.
  const selected = new Map<string, VideoConfig>();
  const select = async (id: string, inputProps: Record<string, unknown>) => {
    if (!renderer) throw new Error('a clip to render needs a bundle and a browser');
    const key = JSON.stringify([id, inputProps.platform, inputProps.takeaway ?? null]);
    const known = selected.get(key);
    if (known) return known;
    const composition = await resolveComposition({ ...renderer, id, inputProps });
    selected.set(key, composition);
    return composition;
  };
  const compositions: Array<VideoConfig | null> = [];
  const covers: Array<VideoConfig | null> = [];
  for (const [index, job] of jobs.entries()) {
    const toDo = unchanged[index] === null;
    compositions.push(toDo ? await select(job.composition, job.inputProps) : null);
    covers.push(toDo ? await select(job.cover.composition, job.cover.inputProps) : null);
  }
  let report: IssueReport = { slug, title: issue.title, ok: false, clips: earlier };
  // Renders made in this run: --force renders each once, not once per platform.
  const renderedNow = new Set<string>();
  for (const [index, job] of jobs.entries()) {
    emit({ type: 'clip-start', job, index });
    const before = unchanged[index];
    if (before) {
      emit({ type: 'clip-done', job, clip: before, skipped: true });
      continue;
    }
    const composition = compositions[index];
    const coverComposition = covers[index];
    if (!composition || !coverComposition || !renderer) {
      throw new Error(`${job.id}: no composition was selected for a clip to render`);
    }
    const hash = hashes[index];
    // Another platform's clip of the same render, with the same props: its files are this clip's too.
    const sibling = report.clips.find(
      (c) => c.id !== job.id && c.layout === job.layout && c.layout === 'both' && c.propsHash === hash,
    );
    const work = { job, ...renderer, dir, cancelSignal };
    const shares = sibling && (!force || renderedNow.has(job.render)) ? sibling : null;
    let audio: AudioReport | null;
    if (shares) {
      emit({ type: 'clip-stage', job, stage: `sharing the render of ${shares.id}` });
      audio = await reuseShared(job, shares, dir);
    } else {
      audio = await renderShared({
        ...work,
        composition,
        onProgress: (progress) => emit({ type: 'clip-progress', job, progress }),
        onStage: (stage) => emit({ type: 'clip-stage', job, stage }),
      });
      renderedNow.add(job.render);
    }
    emit({ type: 'clip-stage', job, stage: 'cover and checks' });
    const clip = await finishClip({ ...work, composition, coverComposition, audio, hash });
    report = await writeReport(dir, { ...report, clips: withClip(report.clips, clip) });
    await writeReviewPage(dir, report);
    emit({ type: 'clip-done', job, clip, skipped: false, sharedFrom: shares?.id });
  }
  // Written after every run, skipped clips and all, so a folder from before the page gets one too.
  const final = await writeReport(dir, report);
  await writeReviewPage(dir, final);
  return final;
};
