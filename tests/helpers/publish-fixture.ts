/**
 * An output folder as render:issue leaves it, without rendering: report.json, the upload texts
 * (from the real upload-text code), SRTs, and stand-in MP4 and JPEG files of chosen sizes. Clip
 * lengths and captions come from the real planners with the fake text measure, so they are what a
 * render would give to within the measure's error.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeWav } from '../../src/audio/wav';
import { parseSrtPhrases } from '../../src/captions/import';
import { shownCaptions, toSrt } from '../../src/captions/subtitles';
import { planJobs } from '../../src/issues/jobs';
import { planRecap } from '../../src/layout/recap-plan';
import { planTakeawayClip } from '../../src/layout/takeaway-plan';
import { PLATFORM_IDS } from '../../src/platforms';
import { ASSETS_DIR } from '../../src/render/files';
import type { ClipReport, IssueReport } from '../../src/render/report-schema';
import type { Issue } from '../../src/schema';
import { uploadText } from '../../src/upload/upload-text';
import { EXAMPLE_ISSUE } from './example';
import { fakeMeasurers } from './fake-measure';

/** Deterministic bytes that do not compress to nothing, so a wrong byte anywhere changes the hash. */
export const fakeBytes = (seed: string, length: number, header = Buffer.alloc(0)): Buffer => {
  const out = Buffer.alloc(length);
  header.copy(out);
  let block = createHash('sha256').update(seed).digest();
  for (let at = header.length; at < length; at += block.length) {
    block.copy(out, at);
    block = createHash('sha256').update(block).digest();
  }
  return out;
};

/** An MP4's ftyp box and a JPEG's start-of-image marker, so the stand-ins at least start right. */
const MP4_HEADER = Buffer.from('0000001c667479706973366d0000020069736f6d69736f32617663316d703431', 'hex');
const JPEG_HEADER = Buffer.from('ffd8ffe000104a46494600', 'hex');

const voiceOf = async (issue: Issue, takeaway: number) => {
  const item = issue.takeaways[takeaway - 1];
  if (!item.voiceover) return null;
  const audio = decodeWav(new Uint8Array(await readFile(join(ASSETS_DIR, item.voiceover))));
  const captionsFile = item.captions ?? null;
  return {
    src: item.voiceover,
    durationMs: (audio.channels[0].length / audio.sampleRate) * 1000,
    phrases: captionsFile
      ? parseSrtPhrases(await readFile(join(ASSETS_DIR, captionsFile), 'utf8'), captionsFile)
      : null,
    captionsFile,
  };
};

export type FixtureOptions = {
  issue?: Issue;
  slug?: string;
  /** Size of each stand-in MP4. */
  videoBytes?: number;
  recap?: boolean;
  /** Clips whose report entry fails a spec check. */
  failing?: string[];
};

type Fixture = { files: Map<string, string | Buffer>; report: IssueReport };

/** Planning 14 clips takes a few hundred milliseconds: each set of options is made once per test file. */
const made = new Map<string, Promise<Fixture>>();

export const writePublishFixture = async (dir: string, options: FixtureOptions = {}): Promise<IssueReport> => {
  const key = JSON.stringify(options);
  if (!made.has(key)) made.set(key, makeFixture(options));
  const { files, report } = await (made.get(key) as Promise<Fixture>);
  await mkdir(dir, { recursive: true });
  for (const [name, content] of files) await writeFile(join(dir, name), content);
  return report;
};

const makeFixture = async (options: FixtureOptions): Promise<Fixture> => {
  const issue = options.issue ?? EXAMPLE_ISSUE;
  const slug = options.slug ?? 'weekly-sv-gemini';
  const files = new Map<string, string | Buffer>();
  const jobs = planJobs(issue, slug, { platforms: [...PLATFORM_IDS], only: null, recap: options.recap ?? true });
  const clips: ClipReport[] = [];
  for (const job of jobs) {
    const fps = 30;
    const plan =
      job.takeaway === null
        ? planRecap({ issue, platform: job.platform }, fakeMeasurers)
        : planTakeawayClip(
            { issue, takeaway: job.takeaway, platform: job.platform },
            fakeMeasurers,
            await voiceOf(issue, job.takeaway),
          );
    const srt =
      'pages' in plan && Array.isArray(plan.pages) && 'hookFrames' in plan
        ? toSrt(shownCaptions(plan.pages, (plan.hookFrames / fps) * 1000))
        : toSrt([
            {
              text: issue.title,
              startMs: 0,
              endMs: (plan.durationInFrames / fps) * 1000,
              timestampMs: 0,
              confidence: null,
            },
          ]);
    files.set(job.files.video, fakeBytes(job.id, options.videoBytes ?? 96 * 1024, MP4_HEADER));
    files.set(job.files.cover, fakeBytes(`${job.id}.jpg`, 24 * 1024, JPEG_HEADER));
    files.set(job.files.subtitles, srt);
    files.set(job.files.captions, '[]\n');
    files.set(job.files.upload, `${JSON.stringify(uploadText(job.platform, issue, job.subject), null, 2)}\n`);
    const failing = options.failing?.includes(job.id);
    clips.push({
      id: job.id,
      platform: job.platform,
      takeaway: job.takeaway,
      ...job.files,
      durationSeconds: Number((plan.durationInFrames / fps).toFixed(3)),
      propsHash: createHash('sha256').update(job.id).digest('hex').slice(0, 16),
      audio: null,
      warnings: [],
      checks: {
        bitrateMbps: failing
          ? { ok: false, found: 9.7, expected: '≤ 8 Mbps' }
          : { ok: true, found: 1.2, expected: '≤ 8 Mbps' },
      },
      ok: !failing,
    });
  }
  const report: IssueReport = { slug, title: issue.title, ok: clips.every((c) => c.ok), clips };
  files.set('report.json', `${JSON.stringify(report, null, 2)}\n`);
  return { files, report };
};
