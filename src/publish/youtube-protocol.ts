/**
 * The YouTube Data API's resumable upload protocol and error replies, as data. Pure.
 */
import { CONTENT_LANGUAGE, YOUTUBE_CATEGORY_ID, type YoutubeItem } from './plan';

/** videos.insert's body: everything the upload form asks for, each set explicitly (an omitted privacy now means public). */
export const videoResource = (item: YoutubeItem) => ({
  snippet: {
    title: item.title,
    description: item.description,
    tags: item.tags,
    categoryId: YOUTUBE_CATEGORY_ID,
    defaultLanguage: CONTENT_LANGUAGE,
    defaultAudioLanguage: CONTENT_LANGUAGE,
  },
  status: {
    privacyStatus: item.privacy,
    ...(item.publishAt ? { publishAt: item.publishAt } : {}),
    selfDeclaredMadeForKids: item.madeForKids,
    containsSyntheticMedia: item.containsSyntheticMedia,
  },
});

/** The next byte to send after a 308: `Range: bytes=0-N` means N + 1 arrived; no Range means none did. */
export const nextByte = (range: string | null): number => {
  if (!range) return 0;
  const match = /^bytes=0-(\d+)$/.exec(range.trim());
  if (!match) {
    throw new Error(`YouTube's upload status has a Range header this tool cannot read: "${range}"`);
  }
  return Number(match[1]) + 1;
};

/** The Content-Range of a PUT that sends bytes `from`..end of a `total`-byte file. */
export const contentRange = (from: number, total: number): string => `bytes ${from}-${total - 1}/${total}`;

export type YoutubeErrorKind =
  /** The project's daily units are spent: nothing more today. */
  | 'quota'
  /** The channel may upload no more videos for now. */
  | 'uploadLimit'
  | 'auth'
  | 'rateLimit'
  | 'retry'
  | 'fatal';

export type YoutubeError = { kind: YoutubeErrorKind; reason: string; message: string };

const QUOTA_REASONS = new Set(['quotaExceeded', 'dailyLimitExceeded']);
const RATE_REASONS = new Set(['rateLimitExceeded', 'userRateLimitExceeded']);

/** What an error reply means for the run. */
export const classifyYoutubeError = (status: number, body: unknown): YoutubeError => {
  const error = (body as { error?: { message?: unknown; errors?: Array<{ reason?: unknown; message?: unknown }> } })
    ?.error;
  const reason = String(error?.errors?.[0]?.reason ?? (status >= 500 ? 'backendError' : `http${status}`));
  const message = String(error?.message ?? error?.errors?.[0]?.message ?? `HTTP ${status}`);
  const kind: YoutubeErrorKind = QUOTA_REASONS.has(reason)
    ? 'quota'
    : reason === 'uploadLimitExceeded'
      ? 'uploadLimit'
      : status === 401
        ? 'auth'
        : status === 429 || RATE_REASONS.has(reason)
          ? 'rateLimit'
          : status >= 500
            ? 'retry'
            : 'fatal';
  return { kind, reason, message };
};

const QUOTA_TIME_ZONE = 'America/Los_Angeles';

/** How far `timeZone`'s wall clock is ahead of UTC at `date`. */
const zoneOffsetMs = (date: Date, timeZone: string): number => {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(date.getTime() / 1000) * 1000;
};

/** YouTube's quota resets at midnight Pacific time: the next one after `now`. */
export const nextQuotaReset = (now: Date): Date => {
  const offset = zoneOffsetMs(now, QUOTA_TIME_ZONE);
  const wall = new Date(now.getTime() + offset);
  const midnight = Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate() + 1);
  // The offset at midnight can differ from now's across a DST change: correct with it.
  const guess = midnight - offset;
  return new Date(midnight - zoneOffsetMs(new Date(guess), QUOTA_TIME_ZONE));
};

/** captions.insert's multipart/related body: the caption resource, then the SRT. */
export const captionsBody = (videoId: string, srt: string, boundary: string): string =>
  [
    `--${boundary}`,
    'Content-Type: application/json; charset=UTF-8',
    '',
    JSON.stringify({ snippet: { videoId, language: CONTENT_LANGUAGE, name: '', isDraft: false } }),
    `--${boundary}`,
    'Content-Type: application/octet-stream',
    '',
    srt,
    `--${boundary}--`,
    '',
  ].join('\r\n');
