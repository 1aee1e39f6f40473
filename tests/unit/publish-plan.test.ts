import { describe, expect, test } from 'vitest';
import { planJobs } from '../../src/issues/jobs';
import { PLATFORM_IDS } from '../../src/platforms';
import type { ClipReport } from '../../src/render/report-schema';
import { credentialsSchema } from '../../src/publish/credentials-schema';
import { dryRunText } from '../../src/publish/dry-run';
import { formatDuration, parseDuration } from '../../src/publish/duration';
import { checkUploadUri, endpointsFrom } from '../../src/publish/endpoints';
import {
  classifyGraphError,
  readContainerStatus,
  readPublishingLimit,
  regainAccessMs,
} from '../../src/publish/graph-protocol';
import {
  type ClipInput,
  planPublish,
  type PublishOptions,
  type YoutubeItem,
  youtubeQuotaUnits,
} from '../../src/publish/plan';
import { redact, SecretSet } from '../../src/publish/redact';
import { backoffMs, retryAfterMs } from '../../src/publish/retry';
import { describeEntry, parseState, type YoutubeEntry } from '../../src/publish/state';
import {
  captionsBody,
  classifyYoutubeError,
  contentRange,
  nextByte,
  nextQuotaReset,
  videoResource,
} from '../../src/publish/youtube-protocol';
import { issueSchema } from '../../src/schema';
import { uploadText, uploadTextSchema } from '../../src/upload/upload-text';
import { EXAMPLE_ISSUE } from '../helpers/example';

const NOW = new Date('2026-03-02T12:00:00Z');

const OPTIONS: PublishOptions = {
  to: ['youtube', 'instagram'],
  only: null,
  privacy: null,
  at: null,
  everyMs: null,
  madeForKids: false,
};

/** Report entries and upload texts for the example issue, as render:issue would list them. */
const clips = (change: (input: ClipInput) => ClipInput = (c) => c): ClipInput[] =>
  planJobs(EXAMPLE_ISSUE, 'w', { platforms: [...PLATFORM_IDS], only: null, recap: true }).map((job) => {
    const clip: ClipReport = {
      id: job.id,
      platform: job.platform,
      takeaway: job.takeaway,
      ...job.files,
      durationSeconds: 20,
      propsHash: 'h',
      audio: null,
      warnings: [],
      checks: {},
      ok: true,
    };
    return change({
      clip,
      upload: uploadText(job.platform, EXAMPLE_ISSUE, job.subject),
      sizes: { video: 1000, cover: 500, subtitles: 100 },
    });
  });

describe('the publish plan', () => {
  test('goes through the clips in order, YouTube before Instagram, the recap last', () => {
    const items = planPublish(clips(), OPTIONS, NOW);
    expect(items.map((i) => i.clipId).slice(0, 4)).toEqual(['w-t1-shorts', 'w-t1-reels', 'w-t2-shorts', 'w-t2-reels']);
    expect(items.slice(-2).map((i) => i.clipId)).toEqual(['w-recap-shorts', 'w-recap-reels']);
    expect(items.every((i) => i.ok)).toBe(true);
    expect(items[0]).toMatchObject({
      target: 'youtube',
      privacy: 'private',
      publishAt: null,
      thumbnail: 'w-t1-shorts.jpg',
    });
    expect(items[1]).toMatchObject({ target: 'instagram', shareToFeed: true, thumbOffsetMs: 1000 });
  });

  test('--only and --to pick clips; an --only without a rendered clip is refused', () => {
    expect(
      planPublish(clips(), { ...OPTIONS, to: ['instagram'], only: [2, 'recap'] }, NOW).map((i) => i.clipId),
    ).toEqual(['w-t2-reels', 'w-recap-reels']);
    expect(() => planPublish(clips(), { ...OPTIONS, only: [9] }, NOW)).toThrow(
      '--only: takeaway 9 has no rendered clip (rendered: 1, 2, 3, 4, 5, 6, recap)',
    );
  });

  test('--at and --every lay out publishAt over the Shorts', () => {
    const at = new Date('2026-03-03T00:00:00Z');
    const items = planPublish(clips(), { ...OPTIONS, to: ['youtube'], at, everyMs: parseDuration('1d') }, NOW);
    expect(items.map((i) => (i as YoutubeItem).publishAt)).toEqual([
      '2026-03-03T00:00:00.000Z',
      '2026-03-04T00:00:00.000Z',
      '2026-03-05T00:00:00.000Z',
      '2026-03-06T00:00:00.000Z',
      '2026-03-07T00:00:00.000Z',
      '2026-03-08T00:00:00.000Z',
      '2026-03-09T00:00:00.000Z',
    ]);
  });

  test.each([
    [
      { at: new Date('2026-03-03T00:00:00Z') },
      '--at cannot schedule Instagram: the Graph API publishes at once and has no scheduled posts. Publish Instagram at the time you want, or schedule YouTube alone with --to youtube',
    ],
    [{ to: ['youtube'], everyMs: 60_000 }, '--every spaces the clips from the first one at --at: give --at too'],
    [
      { to: ['youtube'], at: new Date('2026-03-01T00:00:00Z') },
      '--at 2026-03-01T00:00:00.000Z is not in the future (now is 2026-03-02T12:00:00.000Z)',
    ],
    [
      { to: ['youtube'], at: new Date('2026-03-03T00:00:00Z'), privacy: 'public' },
      '--at needs --privacy private (or none): YouTube keeps a scheduled video private and makes it public at --at, so it cannot be public before',
    ],
    [
      { privacy: 'unlisted' },
      "Instagram has no unlisted posts: a Reel is seen by the account's audience. Publish YouTube alone with --to youtube, or pass --privacy public",
    ],
  ] as Array<[Partial<PublishOptions>, string]>)('refuses contradictory options %#', (change, message) => {
    expect(() => planPublish(clips(), { ...OPTIONS, ...change }, NOW)).toThrow(message);
  });

  test('each limit is checked before anything is sent', () => {
    const items = planPublish(
      clips((c) =>
        c.clip.id === 'w-t1-shorts'
          ? {
              ...c,
              clip: {
                ...c.clip,
                durationSeconds: 181,
                ok: false,
                checks: { bitrate: { ok: false, found: 9, expected: '≤ 8' } },
              },
            }
          : c.clip.id === 'w-t1-reels'
            ? {
                ...c,
                upload: { platform: 'reels', caption: `${'#태그 '.repeat(31)}${'가'.repeat(2100)}`, hashtags: [] },
              }
            : c.clip.id === 'w-t2-reels'
              ? { ...c, sizes: { video: null, cover: null, subtitles: 10 }, clip: { ...c.clip, durationSeconds: 2 } }
              : c,
      ),
      OPTIONS,
      NOW,
    );
    const failed = (id: string) =>
      Object.entries(items.find((i) => i.clipId === id)?.checks ?? {})
        .filter(([, c]) => !c.ok)
        .map(([name]) => name);
    expect(failed('w-t1-shorts')).toEqual(['render', 'durationSeconds']);
    expect(failed('w-t1-reels')).toEqual(['upload.captionChars', 'upload.hashtags']);
    expect(failed('w-t2-reels')).toEqual(['video', 'durationSeconds']);
    expect(failed('w-t2-shorts')).toEqual([]);
    expect(items.find((i) => i.clipId === 'w-t1-shorts')?.checks.render.found).toBe('failed: bitrate');
  });

  test('a Short without a cover gets no thumbnail, and its quota leaves the thumbnail out', () => {
    const [item] = planPublish(
      clips((c) => ({ ...c, sizes: { ...c.sizes, cover: null } })),
      { ...OPTIONS, to: ['youtube'] },
      NOW,
    ) as YoutubeItem[];
    expect(item.thumbnail).toBeNull();
    expect(item.notes).toEqual(['no thumbnail: w-t1-shorts.jpg is missing; YouTube picks a frame']);
    expect(youtubeQuotaUnits(item, undefined)).toBe(500);
    const uploaded: YoutubeEntry = {
      target: 'youtube',
      video: { bytes: 1, sha256: '0'.repeat(64) },
      sent: { title: 't', privacy: 'private', publishAt: null },
      session: null,
      videoId: 'v',
      captionsId: null,
      thumbnail: null,
      updatedAt: '',
    };
    expect(youtubeQuotaUnits(item, uploaded)).toBe(400);
  });

  test('the dry run lists each item with its text, privacy and checks, and the quota it would use', () => {
    const items = planPublish(clips(), OPTIONS, NOW);
    const text = dryRunText({
      dir: 'out/w',
      title: EXAMPLE_ISSUE.title,
      items,
      state: { slug: 'w', clips: {} },
      options: OPTIONS,
    });
    expect(text).toContain('w-t6-shorts → YouTube Shorts');
    expect(text).toContain('  declares    made for kids: no · synthetic media: yes');
    expect(text).toContain(
      '  privacy     public, at once (Instagram has neither private posts nor scheduling through its API)',
    );
    expect(text).toContain('YouTube: 7 Shorts to send, about 3,850 of the 10,000 quota units a day');
    expect(text).toContain('Every check passed.');
  });
});

describe('the synthetic voice declaration', () => {
  test('needs a voiceover, and reaches the Shorts upload text', () => {
    const issue = structuredClone(EXAMPLE_ISSUE);
    issue.takeaways[0].syntheticVoice = true;
    expect(issueSchema.safeParse(issue).error?.issues[0]).toMatchObject({
      path: ['takeaways', 0, 'syntheticVoice'],
      message: 'syntheticVoice describes a voiceover: add `voiceover` to this takeaway, or remove `syntheticVoice`',
    });
    expect(planPublish(clips(), { ...OPTIONS, to: ['youtube'], only: [6] }, NOW)[0]).toMatchObject({
      containsSyntheticMedia: true,
    });
  });

  test('an upload text written before the field existed reads as not synthetic', () => {
    expect(uploadTextSchema.parse({ platform: 'shorts', title: 't', description: 'd', tags: [] })).toEqual({
      platform: 'shorts',
      title: 't',
      description: 'd',
      tags: [],
      containsSyntheticMedia: false,
    });
  });
});

describe('YouTube protocol', () => {
  test('reads the 308 Range header as the next byte to send', () => {
    expect(nextByte('bytes=0-999')).toBe(1000);
    expect(nextByte(null)).toBe(0);
    expect(() => nextByte('bytes=5-9')).toThrow('Range header this tool cannot read');
    expect(contentRange(1000, 4000)).toBe('bytes 1000-3999/4000');
  });

  test('quota resets at the next midnight Pacific time, summer and winter', () => {
    expect(nextQuotaReset(new Date('2026-07-01T06:59:00Z')).toISOString()).toBe('2026-07-01T07:00:00.000Z');
    expect(nextQuotaReset(new Date('2026-07-01T07:00:00Z')).toISOString()).toBe('2026-07-02T07:00:00.000Z');
    expect(nextQuotaReset(new Date('2026-01-15T20:00:00Z')).toISOString()).toBe('2026-01-16T08:00:00.000Z');
    // 8 March 2026: clocks go forward at 2 am, after midnight, so that midnight is still PST.
    expect(nextQuotaReset(new Date('2026-03-07T20:00:00Z')).toISOString()).toBe('2026-03-08T08:00:00.000Z');
    expect(nextQuotaReset(new Date('2026-03-08T20:00:00Z')).toISOString()).toBe('2026-03-09T07:00:00.000Z');
  });

  test.each([
    [403, 'quotaExceeded', 'quota'],
    [400, 'uploadLimitExceeded', 'uploadLimit'],
    [401, 'authError', 'auth'],
    [403, 'rateLimitExceeded', 'rateLimit'],
    [429, 'whatever', 'rateLimit'],
    [503, 'backendError', 'retry'],
    [400, 'invalidTitle', 'fatal'],
  ])('%i %s is %s', (status, reason, kind) => {
    expect(classifyYoutubeError(status, { error: { message: 'm', errors: [{ reason }] } })).toEqual({
      kind,
      reason,
      message: 'm',
    });
  });

  test('the video resource states privacy, kids and synthetic media, and publishAt only when scheduled', () => {
    const [item] = planPublish(clips(), { ...OPTIONS, to: ['youtube'] }, NOW) as YoutubeItem[];
    expect(videoResource(item).status).toEqual({
      privacyStatus: 'private',
      selfDeclaredMadeForKids: false,
      containsSyntheticMedia: false,
    });
    expect(videoResource({ ...item, publishAt: '2026-03-03T00:00:00.000Z' }).status).toHaveProperty('publishAt');
  });

  test('the captions body is multipart/related: the resource, then the SRT', () => {
    expect(captionsBody('vid', '1\n00:00:00,000 --> 00:00:01,000\n안녕\n', 'B').split('\r\n')).toEqual([
      '--B',
      'Content-Type: application/json; charset=UTF-8',
      '',
      '{"snippet":{"videoId":"vid","language":"ko","name":"","isDraft":false}}',
      '--B',
      'Content-Type: application/octet-stream',
      '',
      '1\n00:00:00,000 --> 00:00:01,000\n안녕\n',
      '--B--',
      '',
    ]);
  });
});

describe('Graph API replies', () => {
  test.each([
    [400, { code: 190, error_subcode: 463 }, 'token'],
    [400, { code: 9, error_subcode: 2207042 }, 'postingLimit'],
    [400, { code: -2, error_subcode: 2207020 }, 'expired'],
    [400, { code: 4 }, 'rateLimit'],
    [429, {}, 'rateLimit'],
    [400, { code: -1, error_subcode: 2207001 }, 'retry'],
    [500, { code: 2 }, 'retry'],
    [400, { code: 100, is_transient: true }, 'retry'],
    [400, { code: 100 }, 'fatal'],
  ])('%i %j is %s', (status, error, kind) => {
    expect(classifyGraphError(status, { error: { message: 'm', ...error } }).kind).toBe(kind);
  });

  test('reads the limit, the container status and when throttling ends', () => {
    expect(
      readPublishingLimit({ data: [{ quota_usage: 3, config: { quota_total: 100, quota_duration: 86400 } }] }),
    ).toEqual({
      used: 3,
      total: 100,
      windowSeconds: 86400,
    });
    expect(() => readPublishingLimit({ data: [] })).toThrow('no quota_usage and quota_total');
    expect(readContainerStatus({ status_code: 'ERROR', status: 'Error: 2207026' })).toEqual({
      code: 'ERROR',
      detail: 'Error: 2207026',
    });
    expect(() => readContainerStatus({ status_code: 'DONE' })).toThrow('is not one of IN_PROGRESS');
    expect(regainAccessMs(JSON.stringify({ 1: [{ estimated_time_to_regain_access: 3 }] }))).toBe(180_000);
    expect(regainAccessMs('not json')).toBeNull();
  });
});

describe('endpoints, secrets, durations, backoff and state', () => {
  test('the real hosts by default; a stand-in by environment, plain http only on this machine', () => {
    expect(endpointsFrom({})).toMatchObject({
      youtubeApi: 'https://www.googleapis.com',
      googleToken: 'https://oauth2.googleapis.com/token',
      graph: { instagram: 'https://graph.instagram.com', facebook: 'https://graph.facebook.com' },
      uploadOrigins: ['https://rupload.facebook.com'],
    });
    expect(endpointsFrom({ CLIPS_GRAPH_API_BASE: 'http://127.0.0.1:9/' }).graph.instagram).toBe('http://127.0.0.1:9');
    expect(() => endpointsFrom({ CLIPS_YOUTUBE_API_BASE: 'http://example.com' })).toThrow(
      'CLIPS_YOUTUBE_API_BASE must be an https URL (http only for 127.0.0.1 or localhost), not "http://example.com"',
    );
    expect(() => checkUploadUri('https://evil.example/ig-api-upload/1', endpointsFrom({}))).toThrow(
      'names an upload host https://evil.example, not https://rupload.facebook.com: the token is not sent there',
    );
  });

  test('hides secrets and their URL-encoded forms, not short words', () => {
    const secrets = new SecretSet();
    secrets.add('1//refresh+token/abc', 'short', undefined);
    expect(secrets.redact('got 1//refresh+token/abc and 1%2F%2Frefresh%2Btoken%2Fabc, short')).toBe(
      'got [redacted] and [redacted], short',
    );
    expect(redact('abcdefghij', ['abcdefghij', 'abcdefgh'])).toBe('[redacted]');
  });

  test('credentials name the field that is wrong', () => {
    const result = credentialsSchema.safeParse({
      instagram: { userId: '@me', accessToken: 'x', expiresAt: '2026-01-01T00:00:00Z', host: 'instagram' },
    });
    expect(result.error?.issues[0].message).toBe('instagram.userId must be the numeric account id, not the @handle');
  });

  test('--every durations', () => {
    expect(parseDuration('1h30m')).toBe(5_400_000);
    expect(parseDuration('2d')).toBe(172_800_000);
    expect(formatDuration(parseDuration('1d2h'))).toBe('1d 2h');
    expect(() => parseDuration('1 week')).toThrow('--every takes a duration like 1d, 12h, 90m or 1h30m, not "1 week"');
  });

  test('backoff doubles up to its cap with jitter; Retry-After in seconds or as a date', () => {
    const backoff = { baseMs: 1000, maxMs: 32_000, attempts: 5 };
    expect([0, 1, 2, 5, 9].map((n) => backoffMs(n, backoff, () => 0))).toEqual([1000, 2000, 4000, 32_000, 32_000]);
    expect(backoffMs(0, backoff, () => 0.5)).toBe(1500);
    expect(retryAfterMs('3', NOW)).toBe(3000);
    expect(retryAfterMs('Mon, 02 Mar 2026 12:00:10 GMT', NOW)).toBe(10_000);
    expect(retryAfterMs(null, NOW)).toBeNull();
  });

  test('a state file that cannot be trusted is a problem, never an empty state', () => {
    expect(parseState('{')).toMatchObject({ problem: expect.stringMatching(/^it is not JSON/) });
    expect(parseState('{"slug":"w","clips":{"x":{"target":"youtube"}}}')).toMatchObject({
      problem: expect.stringMatching(/^it is not a publish state \(clips\.x\.video/),
    });
    expect(describeEntry(undefined)).toBe('not started');
  });
});
