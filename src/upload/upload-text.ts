/**
 * What the upload forms ask for, built from the issue and kept within each platform's limits by
 * construction (design notes, "text" row). Pure: no React, no Node.
 */
import { z } from 'zod';
import type { PlatformId } from '../platforms';
import type { Issue } from '../schema';

export const UPLOAD_LIMITS = {
  reels: { captionChars: 2200, hashtags: 30, mentions: 20 },
  shorts: { titleChars: 100, descriptionBytes: 5000, tagsChars: 500 },
} as const;

/** What a clip is about: a takeaway ("2/6") or the recap of the whole issue. */
export type UploadSubject = {
  headline: string;
  points: string[];
  keywords: string[];
  position: string;
  numbered: boolean;
  /** The credits of the pictures and b-roll the clip shows: they go with the post as on screen. */
  credits: string[];
  /** The clip plays a machine-made voice, which YouTube's upload form asks about. */
  syntheticMedia: boolean;
};

export type ReelsUpload = { platform: 'reels'; caption: string; hashtags: string[] };
export type ShortsUpload = {
  platform: 'shorts';
  title: string;
  description: string;
  tags: string[];
  /** YouTube's "altered or synthetic content" question. */
  containsSyntheticMedia: boolean;
};
export type UploadText = ReelsUpload | ShortsUpload;

/** Hashtags allow letters, digits and _ only: "GPT-4" → "#GPT4", "Gemini Nano" → "#GeminiNano". */
export const toHashtag = (word: string): string | null => {
  const body = word.replace(/[^\p{L}\p{N}_]/gu, '');
  return body ? `#${body}` : null;
};

const unique = (items: Array<string | null>): string[] => [...new Set(items.filter((i): i is string => Boolean(i)))];

const utf8Bytes = (text: string): number => new TextEncoder().encode(text).length;

/** Cuts at a word boundary and marks the cut with …, within `max` UTF-16 units. */
export const truncate = (text: string, max: number): string => {
  if (text.length <= max) {
    return text;
  }
  const room = text.slice(0, max - 1);
  const space = room.lastIndexOf(' ');
  return `${(space > max / 2 ? room.slice(0, space) : room).trimEnd()}…`;
};

/** Cuts to at most `maxBytes` of UTF-8 without splitting a character. */
const truncateBytes = (text: string, maxBytes: number): string => {
  if (utf8Bytes(text) <= maxBytes) {
    return text;
  }
  let out = '';
  for (const ch of text) {
    if (utf8Bytes(`${out}${ch}…`) > maxBytes) break;
    out += ch;
  }
  return `${out}…`;
};

/** Drops points from the end until the text fits, so whole sentences are kept rather than cut. */
const fitPoints = (build: (points: string[]) => string, points: string[], fits: (text: string) => boolean): string => {
  for (let n = points.length; n >= 0; n--) {
    const text = build(points.slice(0, n));
    if (fits(text)) return text;
  }
  return build([]);
};

const sourceLine = (issue: Issue, position: string) => `${issue.newsletter.name} ${position} · ${issue.title}`;

const linkLines = (issue: Issue): string[] =>
  [issue.newsletter.url ? `전체 글: ${issue.newsletter.url}` : null, issue.newsletter.handle ?? null].filter(
    (l): l is string => Boolean(l),
  );

export const reelsUpload = (issue: Issue, subject: UploadSubject): ReelsUpload => {
  const limits = UPLOAD_LIMITS.reels;
  const hashtags = unique([...subject.keywords.map(toHashtag), toHashtag(issue.newsletter.name), '#뉴스레터']).slice(
    0,
    limits.hashtags,
  );
  const tail = [sourceLine(issue, subject.position), ...subject.credits, ...linkLines(issue)].join('\n');
  const build = (points: string[]) =>
    [
      subject.headline,
      points.map((p, i) => (subject.numbered ? `${i + 1}. ${p}` : `• ${p}`)).join('\n'),
      tail,
      hashtags.join(' '),
    ]
      .filter(Boolean)
      .join('\n\n');
  const caption = fitPoints(build, subject.points, (t) => t.length <= limits.captionChars);
  return { platform: 'reels', caption: truncate(caption, limits.captionChars), hashtags };
};

export const shortsUpload = (issue: Issue, subject: UploadSubject): ShortsUpload => {
  const limits = UPLOAD_LIMITS.shorts;
  const noAngles = (t: string) => t.replace(/[<>]/g, '');
  const title = truncate(noAngles(`${subject.headline} | ${issue.newsletter.name}`), limits.titleChars);
  const hashtags = unique([...subject.keywords.map(toHashtag), '#Shorts']);
  const build = (points: string[]) =>
    noAngles(
      [
        subject.headline,
        points.map((p, i) => (subject.numbered ? `${i + 1}. ${p}` : p)).join('\n'),
        [sourceLine(issue, subject.position), ...subject.credits].join('\n'),
        ...linkLines(issue),
        hashtags.join(' '),
      ]
        .filter(Boolean)
        .join('\n\n'),
    );
  const description = truncateBytes(
    fitPoints(build, subject.points, (t) => utf8Bytes(t) <= limits.descriptionBytes),
    limits.descriptionBytes,
  );
  const tags: string[] = [];
  for (const tag of unique(
    [...subject.keywords, issue.newsletter.name, '뉴스레터'].map((t) => noAngles(t).replace(/,/g, ' ').trim()),
  )) {
    if (tagsLength([...tags, tag]) <= limits.tagsChars) tags.push(tag);
  }
  return { platform: 'shorts', title, description, tags, containsSyntheticMedia: subject.syntheticMedia };
};

/** YouTube counts the commas between tags and the quotes it adds around a tag with a space. */
export const tagsLength = (tags: string[]): number =>
  tags.reduce((sum, t) => sum + t.length + (t.includes(' ') ? 2 : 0), 0) + Math.max(0, tags.length - 1);

export const uploadText = (platform: PlatformId, issue: Issue, subject: UploadSubject): UploadText =>
  platform === 'reels' ? reelsUpload(issue, subject) : shortsUpload(issue, subject);

export const takeawaySubject = (issue: Issue, takeaway: number): UploadSubject => {
  const item = issue.takeaways[takeaway - 1];
  return {
    headline: item.headline,
    points: item.points,
    keywords: item.keywords ?? [],
    position: `${takeaway}/${issue.takeaways.length}`,
    numbered: false,
    credits: item.visual?.credit ? [item.visual.credit] : [],
    syntheticMedia: item.syntheticVoice === true,
  };
};

export const recapSubject = (issue: Issue): UploadSubject => ({
  headline: issue.title,
  points: issue.takeaways.map((t) => t.headline),
  keywords: unique(issue.takeaways.flatMap((t) => t.keywords ?? [])),
  position: '요약',
  numbered: true,
  credits: unique(issue.takeaways.map((t) => t.visual?.credit ?? null)),
  // The recap plays no voiceover, only the music bed.
  syntheticMedia: false,
});

/** What Instagram counts as a hashtag and as a mention in a caption. */
const countHashtags = (text: string): number => text.match(/#[\p{L}\p{N}_]+/gu)?.length ?? 0;
const countMentions = (text: string): number => text.match(/(^|\s)@[\w.]+/g)?.length ?? 0;

/** Each limit as a check, for the report and the tests. */
export const checkUploadText = (
  upload: UploadText,
): Record<string, { ok: boolean; found: number; expected: string }> => {
  if (upload.platform === 'reels') {
    const limits = UPLOAD_LIMITS.reels;
    const hashtags = countHashtags(upload.caption);
    const mentions = countMentions(upload.caption);
    return {
      captionChars: {
        ok: upload.caption.length <= limits.captionChars,
        found: upload.caption.length,
        expected: `≤ ${limits.captionChars}`,
      },
      hashtags: { ok: hashtags <= limits.hashtags, found: hashtags, expected: `≤ ${limits.hashtags}` },
      mentions: { ok: mentions <= limits.mentions, found: mentions, expected: `≤ ${limits.mentions}` },
    };
  }
  const limits = UPLOAD_LIMITS.shorts;
  const bytes = utf8Bytes(upload.description);
  const angles = /[<>]/.test(upload.title) ? 1 : 0;
  return {
    titleChars: {
      ok: upload.title.length <= limits.titleChars && upload.title.length > 0,
      found: upload.title.length,
      expected: `1 to ${limits.titleChars}`,
    },
    titleAngleBrackets: { ok: angles === 0, found: angles, expected: 'no < or >' },
    descriptionBytes: {
      ok: bytes <= limits.descriptionBytes,
      found: bytes,
      expected: `≤ ${limits.descriptionBytes} bytes of UTF-8`,
    },
    tagsChars: {
      ok: tagsLength(upload.tags) <= limits.tagsChars,
      found: tagsLength(upload.tags),
      expected: `≤ ${limits.tagsChars}`,
    },
  };
};

/** The issue's own text that goes into a clip's upload text, by field (takeaway: 1-based, null for the recap). */
const writtenFields = (issue: Issue, takeaway: number | null): Array<[string, string]> => {
  const fields: Array<[string, string | undefined]> = [
    ['title', issue.title],
    ['newsletter.name', issue.newsletter.name],
    ['newsletter.handle', issue.newsletter.handle],
    ['newsletter.url', issue.newsletter.url],
  ];
  issue.takeaways.forEach((item, i) => {
    if (takeaway !== null && takeaway !== i + 1) return;
    fields.push([`takeaways[${i}].headline`, item.headline]);
    if (takeaway !== null) item.points.forEach((point, j) => fields.push([`takeaways[${i}].points[${j}]`, point]));
    fields.push([`takeaways[${i}].visual.credit`, item.visual?.credit]);
  });
  return fields.filter((f): f is [string, string] => f[1] !== undefined);
};

/**
 * The limits a clip's upload text would break, each as a sentence naming the issue's fields that
 * break it: made from the issue alone, so render:issue says so before it renders a frame. Only
 * hashtags and mentions typed into the issue's own text can break one; the rest is kept within the
 * limits by construction.
 */
export const uploadTextProblems = (upload: UploadText, issue: Issue, takeaway: number | null): string[] => {
  const fields = writtenFields(issue, takeaway);
  const written = (count: (text: string) => number) =>
    fields
      .map(([field, text]) => [field, count(text)] as const)
      .filter(([, n]) => n > 0)
      .map(([field, n]) => `${n} in ${field}`)
      .join(', ');
  return Object.entries(checkUploadText(upload))
    .filter(([, check]) => !check.ok)
    .map(([name, check]) => {
      if (upload.platform === 'reels' && name === 'hashtags') {
        return `its Reels caption would carry ${check.found} hashtags, where Instagram allows ${UPLOAD_LIMITS.reels.hashtags}: the keywords and the newsletter's name make up to ${UPLOAD_LIMITS.reels.hashtags}, and the issue's own text has hashtags: ${written(countHashtags)}`;
      }
      if (upload.platform === 'reels' && name === 'mentions') {
        return `its Reels caption would carry ${check.found} mentions, where Instagram allows ${UPLOAD_LIMITS.reels.mentions}: ${written(countMentions)}`;
      }
      return `its upload text's ${name} would be ${check.found}, where ${check.expected} is allowed`;
    });
};

/**
 * An upload text as read back from disk. A Shorts text written before the synthetic-media question
 * was recorded lacks it; such a text came from an issue that could not declare a synthetic voice,
 * and rendering that issue again writes false, so false is what it means.
 */
export const uploadTextSchema: z.ZodType<UploadText, unknown> = z.discriminatedUnion('platform', [
  z.object({ platform: z.literal('reels'), caption: z.string(), hashtags: z.array(z.string()) }),
  z.object({
    platform: z.literal('shorts'),
    title: z.string(),
    description: z.string(),
    tags: z.array(z.string()),
    containsSyntheticMedia: z.boolean().default(false),
  }),
]);
