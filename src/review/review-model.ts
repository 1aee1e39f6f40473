/**
 * What the review page shows, built from report.json, the upload texts and (once published) the
 * publish state: every figure formatted and every link made here, so the page only lays it out.
 * Pure: no React, no Node.
 */
import { PLATFORM_IDS, PLATFORMS } from '../platforms';
import type { ClipReport, IssueReport } from '../render/report-schema';
import { checkUploadText, UPLOAD_LIMITS, type UploadText } from '../upload/upload-text';

/** Where a clip stands on its platform; written by `npm run publish`, keyed by clip id. */
export type ClipPublishState = {
  status: 'uploaded' | 'scheduled' | 'published';
  /** The post (or the uploaded video while it is not yet public). */
  url?: string;
  /** When a scheduled clip goes public, as an ISO time. */
  publishAt?: string;
};
export type PublishState = Record<string, ClipPublishState>;

/** What the page needs from the clip's files beside the report, read by the Node side. */
export type ClipFiles = {
  upload: UploadText | { problem: string };
  /** null: the video's size could not be read. */
  videoBytes: number | null;
};

export type CheckView = { name: string; ok: boolean; found: string; expected: string };

/** One box of an upload form, with exactly what goes into it. */
export type UploadField = { label: string; text: string; limits: string; ok: boolean };

export type ClipView = {
  id: string;
  platform: string;
  ok: boolean;
  /** Relative URLs of the files beside the page. */
  links: { video: string; cover: string; subtitles: string; upload: string };
  length: string;
  size: string;
  sizeBytes: string;
  loudness: string;
  checks: CheckView[];
  failed: number;
  warnings: string[];
  upload: { fields: UploadField[] } | { problem: string };
  publish: { status: ClipPublishState['status']; url: string | null; publishAt: string | null } | null;
};

export type ClipGroup = { heading: string; clips: ClipView[] };

export type ReviewModel = {
  title: string;
  slug: string;
  ok: boolean;
  clips: number;
  failed: number;
  groups: ClipGroup[];
};

/** A relative path as a URL: each segment encoded, so `#`, `?`, `:` or spaces in a name stay part of the path. */
export const fileUrl = (path: string): string => path.split('/').map(encodeURIComponent).join('/');

/** Only web links become links: a `javascript:` or file URL from a tampered state file is left out. */
const webUrl = (url: string | undefined): string | null => (url && /^https?:\/\//i.test(url) ? url : null);

const formatBytes = (bytes: number): string =>
  bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const formatLoudness = (clip: ClipReport): string => {
  if (!clip.audio) return 'no audio';
  const { integratedLufs, truePeakDbtp, loudnessRangeLu } = clip.audio;
  if (integratedLufs === null) return 'silent';
  const peak = truePeakDbtp === null ? '' : ` · ${truePeakDbtp.toFixed(1)} dBTP`;
  return `${integratedLufs.toFixed(1)} LUFS${peak} · LRA ${loudnessRangeLu.toFixed(1)} LU`;
};

/** The form's boxes: Instagram takes one caption with its hashtags; YouTube a title, a description and comma-separated tags. */
export const uploadFields = (upload: UploadText): UploadField[] => {
  const checks = checkUploadText(upload);
  /** Each count against its limit ("210 / 2200 characters"); the box is fine when every check on it passes. */
  const limit = (counts: Array<[name: string, max: number, unit: string]>, alsoChecked: string[] = []) => ({
    limits: counts.map(([name, max, unit]) => `${checks[name].found} / ${max} ${unit}`).join(' · '),
    ok: [...counts.map(([name]) => name), ...alsoChecked].every((name) => checks[name].ok),
  });
  if (upload.platform === 'reels') {
    const { captionChars, hashtags, mentions } = UPLOAD_LIMITS.reels;
    const counts: Array<[string, number, string]> = [
      ['captionChars', captionChars, 'characters'],
      ['hashtags', hashtags, 'hashtags'],
      ['mentions', mentions, 'mentions'],
    ];
    return [{ label: 'Caption', text: upload.caption, ...limit(counts) }];
  }
  const { titleChars, descriptionBytes, tagsChars } = UPLOAD_LIMITS.shorts;
  return [
    {
      label: 'Title',
      text: upload.title,
      ...limit([['titleChars', titleChars, 'characters']], ['titleAngleBrackets']),
    },
    { label: 'Description', text: upload.description, ...limit([['descriptionBytes', descriptionBytes, 'bytes']]) },
    { label: 'Tags', text: upload.tags.join(', '), ...limit([['tagsChars', tagsChars, 'characters']]) },
  ];
};

const clipView = (clip: ClipReport, files: ClipFiles | undefined, publish: ClipPublishState | undefined): ClipView => {
  const checks = Object.entries(clip.checks).map(([name, c]) => ({
    name,
    ok: c.ok,
    found: String(c.found),
    expected: c.expected,
  }));
  const upload = files?.upload ?? { problem: 'the upload text was not read' };
  const uploadView =
    'problem' in upload
      ? upload
      : upload.platform === clip.platform
        ? { fields: uploadFields(upload) }
        : { problem: `${clip.upload} holds a ${upload.platform} text, not one for ${clip.platform}` };
  const bytes = files?.videoBytes ?? null;
  return {
    id: clip.id,
    platform: PLATFORMS[clip.platform].label,
    ok: clip.ok,
    links: {
      video: fileUrl(clip.video),
      cover: fileUrl(clip.cover),
      subtitles: fileUrl(clip.subtitles),
      upload: fileUrl(clip.upload),
    },
    length: `${clip.durationSeconds.toFixed(1)} s`,
    size: bytes === null ? 'size unknown' : formatBytes(bytes),
    sizeBytes: bytes === null ? '' : `${bytes} bytes`,
    loudness: formatLoudness(clip),
    // Failed checks first: they are what the author has to act on.
    checks: [...checks.filter((c) => !c.ok), ...checks.filter((c) => c.ok)],
    failed: checks.filter((c) => !c.ok).length,
    warnings: clip.warnings,
    upload: uploadView,
    publish: publish
      ? { status: publish.status, url: webUrl(publish.url), publishAt: publish.publishAt ?? null }
      : null,
  };
};

/** Takeaways in order, the recap last; within each, the platforms in a fixed order so columns line up. */
export const buildReviewModel = (
  report: IssueReport,
  files: Record<string, ClipFiles>,
  publish: PublishState = {},
): ReviewModel => {
  const keys = [...new Set(report.clips.map((c) => c.takeaway))].sort(
    (a, b) => (a ?? Number.MAX_SAFE_INTEGER) - (b ?? Number.MAX_SAFE_INTEGER),
  );
  const groups = keys.map((takeaway) => ({
    heading: takeaway === null ? 'Recap' : `Takeaway ${takeaway}`,
    clips: report.clips
      .filter((c) => c.takeaway === takeaway)
      .sort((a, b) => PLATFORM_IDS.indexOf(a.platform) - PLATFORM_IDS.indexOf(b.platform))
      .map((c) => clipView(c, files[c.id], publish[c.id])),
  }));
  return {
    title: report.title,
    slug: report.slug,
    ok: report.ok,
    clips: report.clips.length,
    failed: report.clips.filter((c) => !c.ok).length,
    groups,
  };
};
