/**
 * What a publish run sends where: one item per clip and platform, with its text, privacy, schedule
 * and the limit checks run before anything is sent. Pure: the Node side gathers the report, the
 * upload texts and the file sizes, and passes the clock in.
 */
import { TIMELINE } from '../design/tokens';
import { PLATFORMS, type PlatformId } from '../platforms';
import type { ClipReport } from '../render/report-schema';
import type { Check } from '../render/spec';
import { checkUploadText, type UploadText } from '../upload/upload-text';
import type { Privacy, StateEntry } from './state';

export type Target = 'youtube' | 'instagram';
export const TARGETS: Target[] = ['youtube', 'instagram'];
export const TARGET_OF: Record<PlatformId, Target> = { shorts: 'youtube', reels: 'instagram' };
export const TARGET_LABEL: Record<Target, string> = { youtube: 'YouTube Shorts', instagram: 'Instagram Reels' };

export const LIMITS = {
  youtube: {
    /** A vertical video up to this long is a Short. */
    maxSeconds: PLATFORMS.shorts.maxDurationSeconds,
    /** thumbnails.set takes images up to this size. */
    thumbnailBytes: 50 * 1024 * 1024,
  },
  instagram: {
    /** What the Graph API accepts for a Reel (the app's own limit is 180 s). */
    minSeconds: 3,
    maxSeconds: 15 * 60,
    maxBytes: 300 * 1024 * 1024,
  },
} as const;

/** The clips' language: captions tracks and the videos' default language. */
export const CONTENT_LANGUAGE = 'ko';

/** YouTube's category for uploads that name none: People & Blogs. */
export const YOUTUBE_CATEGORY_ID = '22';

/** Reels' thumbnail frame: the middle of the hook, after its entrance has settled. */
export const REELS_THUMB_OFFSET_MS = (TIMELINE.hookSeconds * 1000) / 2;

/**
 * YouTube Data API quota: 10,000 units a day for a new project, an upload about 100 (since
 * December 2025), a captions track 400, a thumbnail 50; it resets at midnight Pacific time.
 */
export const YOUTUBE_QUOTA = { dailyUnits: 10_000, upload: 100, captions: 400, thumbnail: 50 } as const;

export type PublishOptions = {
  to: Target[];
  /** Takeaway numbers, and "recap"; null for every clip in the report. */
  only: Array<number | 'recap'> | null;
  /** null: private on YouTube (Instagram posts are public). */
  privacy: Privacy | null;
  at: Date | null;
  everyMs: number | null;
  madeForKids: boolean;
};

export type ClipInput = {
  clip: ClipReport;
  upload: UploadText;
  /** Bytes of the files the report names; null where a file is missing. */
  sizes: { video: number | null; cover: number | null; subtitles: number | null };
};

type ItemBase = {
  clipId: string;
  takeaway: number | null;
  files: { video: string; cover: string; subtitles: string };
  videoBytes: number;
  durationSeconds: number;
  checks: Record<string, Check>;
  /** Every check passed: only such an item is sent. */
  ok: boolean;
  /** What the author should know that does not stop the item. */
  notes: string[];
};

export type YoutubeItem = ItemBase & {
  target: 'youtube';
  title: string;
  description: string;
  tags: string[];
  privacy: Privacy;
  /** ISO time; the video stays private until then. */
  publishAt: string | null;
  madeForKids: boolean;
  containsSyntheticMedia: boolean;
  /** The cover (for Shorts, the hook's first frame), set once YouTube has processed the video; null without one. */
  thumbnail: string | null;
};

export type InstagramItem = ItemBase & {
  target: 'instagram';
  caption: string;
  shareToFeed: boolean;
  thumbOffsetMs: number;
};

export type PublishItem = YoutubeItem | InstagramItem;

/** The options' own contradictions, before any clip is looked at. */
export const checkOptions = (options: PublishOptions, now: Date): void => {
  const instagram = options.to.includes('instagram');
  if (options.to.length === 0) {
    throw new Error('--to names no platform: give youtube, instagram or both');
  }
  if (options.at && instagram) {
    throw new Error(
      '--at cannot schedule Instagram: the Graph API publishes at once and has no scheduled posts. Publish Instagram at the time you want, or schedule YouTube alone with --to youtube',
    );
  }
  if (options.everyMs !== null && !options.at) {
    throw new Error('--every spaces the clips from the first one at --at: give --at too');
  }
  if (options.at && options.at.getTime() <= now.getTime()) {
    throw new Error(`--at ${options.at.toISOString()} is not in the future (now is ${now.toISOString()})`);
  }
  if (options.at && options.privacy !== null && options.privacy !== 'private') {
    throw new Error(
      `--at needs --privacy private (or none): YouTube keeps a scheduled video private and makes it public at --at, so it cannot be ${options.privacy} before`,
    );
  }
  if (instagram && options.privacy !== null && options.privacy !== 'public') {
    throw new Error(
      `Instagram has no ${options.privacy} posts: a Reel is seen by the account's audience. Publish YouTube alone with --to youtube, or pass --privacy public`,
    );
  }
};

const positionOf = (clip: ClipReport): number | 'recap' => clip.takeaway ?? 'recap';

/** Takeaways in order, then the recap. */
const order = (a: ClipReport, b: ClipReport): number => (a.takeaway ?? Infinity) - (b.takeaway ?? Infinity);

const renderCheck = (clip: ClipReport): Check => {
  const failed = Object.entries(clip.checks)
    .filter(([, c]) => !c.ok)
    .map(([name]) => name);
  return {
    ok: clip.ok,
    found: failed.length > 0 ? `failed: ${failed.join(', ')}` : 'passed',
    expected: "render:issue's checks in report.json pass",
  };
};

const fileCheck = (bytes: number | null, max?: number): Check => ({
  ok: bytes !== null && bytes > 0 && (max === undefined || bytes <= max),
  found: bytes === null ? 'missing' : bytes,
  expected: max === undefined ? 'bytes, not empty' : `1 to ${max} bytes`,
});

const durationCheck = (seconds: number, min: number, max: number): Check => ({
  ok: seconds >= min && seconds <= max,
  found: seconds,
  expected: `${min} to ${max} s`,
});

const withOk = <T extends ItemBase>(item: Omit<T, 'ok'>): T =>
  ({ ...item, ok: Object.values(item.checks).every((c) => c.ok) }) as T;

/**
 * The items of a run, YouTube before Instagram for each clip position, with the schedule laid
 * out over the YouTube items in order. Throws on contradictory options or an --only that names no
 * rendered clip.
 */
export const planPublish = (clips: ClipInput[], options: PublishOptions, now: Date): PublishItem[] => {
  checkOptions(options, now);
  const rendered = new Set(clips.map((c) => positionOf(c.clip)));
  for (const wanted of options.only ?? []) {
    if (!rendered.has(wanted)) {
      const have = [...rendered].map(String).join(', ') || 'none';
      throw new Error(
        `--only: ${wanted === 'recap' ? 'the recap' : `takeaway ${wanted}`} has no rendered clip (rendered: ${have})`,
      );
    }
  }
  const chosen = clips
    .filter((c) => options.to.includes(TARGET_OF[c.clip.platform]))
    .filter((c) => options.only === null || options.only.includes(positionOf(c.clip)))
    .sort((a, b) => order(a.clip, b.clip) || (TARGET_OF[a.clip.platform] === 'youtube' ? -1 : 1));

  let scheduled = 0;
  return chosen.map(({ clip, upload, sizes }): PublishItem => {
    const base = {
      clipId: clip.id,
      takeaway: clip.takeaway,
      files: { video: clip.video, cover: clip.cover, subtitles: clip.subtitles },
      videoBytes: sizes.video ?? 0,
      durationSeconds: clip.durationSeconds,
    };
    const textChecks = Object.fromEntries(
      Object.entries(checkUploadText(upload)).map(([name, check]) => [`upload.${name}`, check]),
    );
    if (upload.platform === 'shorts') {
      const publishAt =
        options.at === null
          ? null
          : new Date(options.at.getTime() + scheduled++ * (options.everyMs ?? 0)).toISOString();
      const thumbnail = sizes.cover !== null && sizes.cover <= LIMITS.youtube.thumbnailBytes ? clip.cover : null;
      return withOk<YoutubeItem>({
        ...base,
        target: 'youtube',
        title: upload.title,
        description: upload.description,
        tags: upload.tags,
        privacy: options.privacy ?? 'private',
        publishAt,
        madeForKids: options.madeForKids,
        containsSyntheticMedia: upload.containsSyntheticMedia,
        thumbnail,
        checks: {
          render: renderCheck(clip),
          video: fileCheck(sizes.video),
          durationSeconds: durationCheck(clip.durationSeconds, 0, LIMITS.youtube.maxSeconds),
          ...textChecks,
          captions: fileCheck(sizes.subtitles),
        },
        notes: thumbnail
          ? []
          : [
              `no thumbnail: ${clip.cover} is ${sizes.cover === null ? 'missing' : 'over 50 MB'}; YouTube picks a frame`,
            ],
      });
    }
    return withOk<InstagramItem>({
      ...base,
      target: 'instagram',
      caption: upload.caption,
      shareToFeed: true,
      thumbOffsetMs: REELS_THUMB_OFFSET_MS,
      checks: {
        render: renderCheck(clip),
        video: fileCheck(sizes.video, LIMITS.instagram.maxBytes),
        durationSeconds: durationCheck(clip.durationSeconds, LIMITS.instagram.minSeconds, LIMITS.instagram.maxSeconds),
        ...textChecks,
        thumbOffset: {
          ok: REELS_THUMB_OFFSET_MS < clip.durationSeconds * 1000,
          found: REELS_THUMB_OFFSET_MS,
          expected: `under the clip's ${Math.round(clip.durationSeconds * 1000)} ms`,
        },
      },
      notes: [
        `cover: the frame at ${REELS_THUMB_OFFSET_MS / 1000} s (the hook); the designed cover ${clip.cover} would need a public URL (cover_url), which this tool does not host`,
      ],
    });
  });
};

/** The YouTube units an item still needs, by what publish.json says it has done. */
export const youtubeQuotaUnits = (item: YoutubeItem, entry: StateEntry | undefined): number => {
  const done = entry?.target === 'youtube' ? entry : null;
  return (
    (done?.videoId ? 0 : YOUTUBE_QUOTA.upload) +
    (done?.captionsId ? 0 : YOUTUBE_QUOTA.captions) +
    (item.thumbnail && (!done?.thumbnail || done.thumbnail.status === 'pending') ? YOUTUBE_QUOTA.thumbnail : 0)
  );
};
