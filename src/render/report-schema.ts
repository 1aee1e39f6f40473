/**
 * What report.json holds, as types and as the zod schema a report read back from disk must pass.
 * Pure: no Node APIs, so merging is unit-tested without files.
 */
import { z } from 'zod';
import { LAYOUT_IDS, type LayoutId, PLATFORM_IDS, type PlatformId } from '../platforms';
import type { NormalisationMode } from './loudness';
import type { Check } from './spec';

export type ClipReport = {
  id: string;
  platform: PlatformId;
  /** The layout the video was drawn for: the platform's own, or `both` when one render serves every platform (absent in reports before it existed). */
  layout?: LayoutId;
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

const checkSchema = z.object({
  ok: z.boolean(),
  found: z.union([z.string(), z.number(), z.boolean()]),
  expected: z.string(),
});

const loudnessSchema = z.object({ integratedLufs: z.number().nullable(), truePeakDbtp: z.number().nullable() });

const audioSchema = z.object({
  codec: z.string(),
  profile: z.string(),
  sampleRate: z.number(),
  channels: z.number(),
  ...loudnessSchema.shape,
  loudnessRangeLu: z.number(),
  normalising: z.object({ mode: z.enum(['linear', 'dynamic', 'silent']), passes: z.number(), before: loudnessSchema }),
});

const clipSchema: z.ZodType<ClipReport> = z.object({
  id: z.string(),
  platform: z.enum(PLATFORM_IDS),
  layout: z.enum(LAYOUT_IDS).optional(),
  takeaway: z.int().positive().nullable(),
  video: z.string(),
  cover: z.string(),
  subtitles: z.string(),
  captions: z.string(),
  upload: z.string(),
  durationSeconds: z.number(),
  propsHash: z.string(),
  audio: audioSchema.nullable(),
  warnings: z.array(z.string()),
  checks: z.record(z.string(), checkSchema),
  ok: z.boolean(),
});

export const issueReportSchema: z.ZodType<IssueReport> = z.object({
  slug: z.string(),
  title: z.string(),
  ok: z.boolean(),
  clips: z.array(clipSchema),
});

/** The report as read from disk, or why it cannot be used (then it counts as missing). */
export const parseReport = (text: string): { report: IssueReport } | { problem: string } => {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { problem: `it is not JSON (${(error as Error).message})` };
  }
  const parsed = issueReportSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { problem: `it is not a report (${issue.path.join('.') || 'the top level'}: ${issue.message})` };
  }
  return { report: parsed.data };
};

/** `clip` in place of the entry with its id, or added at the end. */
export const withClip = (clips: ClipReport[], clip: ClipReport): ClipReport[] =>
  clips.some((c) => c.id === clip.id) ? clips.map((c) => (c.id === clip.id ? clip : c)) : [...clips, clip];

/**
 * The issue's order: takeaway by takeaway, the recap last, platforms as PLATFORM_IDS lists them. A
 * clip rendered again after its file was lost keeps its place on the review page.
 */
const issueOrder = (a: ClipReport, b: ClipReport): number =>
  (a.takeaway ?? Infinity) - (b.takeaway ?? Infinity) ||
  PLATFORM_IDS.indexOf(a.platform) - PLATFORM_IDS.indexOf(b.platform);

/** Ours win; clips only another writer put on disk since are kept too; in the issue's order. */
export const mergeReports = (ours: IssueReport, onDisk: IssueReport | null): IssueReport => {
  const clips = [...ours.clips, ...(onDisk?.clips ?? []).filter((c) => !ours.clips.some((o) => o.id === c.id))].sort(
    issueOrder,
  );
  return { ...ours, clips, ok: clips.every((c) => c.ok) };
};
