/**
 * What --dry-run prints: per item the platform, the text, privacy, schedule and the limit checks,
 * and where publish.json says it stands; then the day's quota the run would use. Pure.
 */
import type { Check } from '../render/spec';
import { formatDuration } from './duration';
import {
  CONTENT_LANGUAGE,
  type PublishItem,
  type PublishOptions,
  TARGET_LABEL,
  YOUTUBE_QUOTA,
  youtubeQuotaUnits,
} from './plan';
import { describeEntry, isComplete, type PublishState } from './state';

const indent = (text: string, by: string) =>
  text
    .split('\n')
    .map((line, i) => (i === 0 || line === '' ? line : `${by}${line}`))
    .join('\n');

const field = (name: string, value: string) => `  ${name.padEnd(12)}${indent(value, ' '.repeat(14))}`;

/** Passed checks run on in lines of about this many characters. */
const LINE_CHARS = 100;

const wrap = (parts: string[]): string => {
  const lines: string[] = [];
  for (const part of parts) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + part.length + 3 <= LINE_CHARS) lines[last] += ` · ${part}`;
    else lines.push(part);
  }
  return lines.join('\n');
};

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

const formatCheck = (name: string, check: Check) =>
  `${check.ok ? '✓' : '✗'} ${name} ${typeof check.found === 'number' ? Number(check.found.toFixed(3)) : check.found} (${check.expected})`;

const checkLines = (checks: Record<string, Check>): string[] => {
  const entries = Object.entries(checks);
  const passed = entries.filter(([, c]) => c.ok).map(([n, c]) => formatCheck(n, c));
  const failed = entries.filter(([, c]) => !c.ok).map(([n, c]) => formatCheck(n, c));
  return [field('checks', [...failed, wrap(passed)].filter(Boolean).join('\n'))];
};

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

const itemLines = (item: PublishItem, state: PublishState): string[] => {
  const lines = [`${item.clipId} → ${TARGET_LABEL[item.target]}`];
  if (item.target === 'youtube') {
    lines.push(
      field('title', item.title),
      field(
        'description',
        `${new TextEncoder().encode(item.description).length} bytes, from "${item.description.split('\n')[0]}"`,
      ),
      field('tags', item.tags.join(', ') || 'none'),
      field(
        'privacy',
        item.publishAt ? `private until ${item.publishAt}, then public (publishAt)` : `${item.privacy}, at once`,
      ),
      field(
        'declares',
        `made for kids: ${yesNo(item.madeForKids)} · synthetic media: ${yesNo(item.containsSyntheticMedia)}`,
      ),
      field('captions', `${item.files.subtitles} (${CONTENT_LANGUAGE})`),
      field('thumbnail', item.thumbnail ? `${item.thumbnail}, once YouTube has processed the video` : 'none'),
    );
  } else {
    lines.push(
      field('caption', item.caption),
      field('privacy', 'public, at once (Instagram has neither private posts nor scheduling through its API)'),
      field('feed', `share to feed: ${yesNo(item.shareToFeed)}`),
    );
  }
  lines.push(
    field('video', `${item.files.video}, ${megabytes(item.videoBytes)}, ${item.durationSeconds} s`),
    ...item.notes.map((note) => field('note', note)),
    field('state', describeEntry(state.clips[item.clipId])),
    ...checkLines(item.checks),
  );
  return lines;
};

export const dryRunText = ({
  dir,
  title,
  items,
  state,
  options,
}: {
  dir: string;
  title: string;
  items: PublishItem[];
  state: PublishState;
  options: PublishOptions;
}): string => {
  const pending = items.filter((i) => !isComplete(state.clips[i.clipId]));
  const units = pending.reduce(
    (sum, item) => sum + (item.target === 'youtube' ? youtubeQuotaUnits(item, state.clips[item.clipId]) : 0),
    0,
  );
  const youtube = pending.filter((i) => i.target === 'youtube').length;
  const instagram = pending.filter((i) => i.target === 'instagram').length;
  const failing = items.filter((i) => !i.ok);
  const schedule = options.at
    ? `YouTube from ${options.at.toISOString()}${options.everyMs ? `, one every ${formatDuration(options.everyMs)}` : ', all at once'}`
    : 'at once';
  return [
    `Dry run: nothing is sent and no credentials are read. ${dir} — ${title}`,
    `${items.length} items (${pending.length} still to send), ${schedule}`,
    '',
    ...items.flatMap((item) => [...itemLines(item, state), '']),
    `YouTube: ${youtube} Shorts to send, about ${units.toLocaleString('en')} of the ${YOUTUBE_QUOTA.dailyUnits.toLocaleString('en')} quota units a day (upload ${YOUTUBE_QUOTA.upload}, captions ${YOUTUBE_QUOTA.captions}, thumbnail ${YOUTUBE_QUOTA.thumbnail} each)${units > YOUTUBE_QUOTA.dailyUnits ? ': over the quota, so the run will stop and finish after it resets' : ''}.`,
    `Instagram: ${instagram} Reels to send; the account's posts in the last 24 h are checked against content_publishing_limit before each upload.`,
    failing.length === 0
      ? 'Every check passed.'
      : `${failing.length} items fail their checks (✗ above): a run sends nothing until they pass.`,
  ].join('\n');
};
