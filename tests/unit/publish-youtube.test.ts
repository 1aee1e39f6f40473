import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { STATE_NAME, type YoutubeEntry } from '../../src/publish/state';
import type { Faults } from '../helpers/fake-platforms';
import { messages, type PublishSetup, setUpPublish } from '../helpers/publish-run';

const SHORT = 'weekly-sv-gemini-t1-shorts';
const YOUTUBE_ONLY = { to: ['youtube' as const] };

let setup: PublishSetup | null = null;
afterEach(async () => {
  await setup?.close();
  setup = null;
});

const start = async (faults: Faults = {}, videoBytes = 400 * 1024) => {
  setup = await setUpPublish(faults, { fixture: { videoBytes } });
  return setup;
};

const sha256 = async (path: string) =>
  createHash('sha256')
    .update(await readFile(path))
    .digest('hex');

const youtubeEntry = async (s: PublishSetup) => (await s.state()).clips[SHORT] as YoutubeEntry;

describe('publishing a Short to the fake YouTube', () => {
  test('sends the metadata, the whole file once, the captions and the thumbnail, and a re-run sends nothing', async () => {
    const s = await start({ processingPolls: 2 });
    const { summary } = await s.run(YOUTUBE_ONLY);
    expect(summary).toMatchObject({ done: [SHORT], failed: [], stopped: {} });

    expect(s.fake.sessions.size).toBe(1);
    const [session] = s.fake.sessions.values();
    expect(session.metadata).toEqual({
      snippet: expect.objectContaining({
        title: '늦었지만 OpenAI를 뛰어넘었다 | 주간 실리콘밸리',
        tags: ['GPT-4', '8개월', 'OpenAI', '주간 실리콘밸리', '뉴스레터'],
        defaultLanguage: 'ko',
      }),
      status: { privacyStatus: 'private', selfDeclaredMadeForKids: false, containsSyntheticMedia: false },
    });
    const [video] = s.fake.videos.values();
    expect(video.sha256).toBe(await sha256(join(s.dir, `${SHORT}.mp4`)));
    expect(s.fake.captions).toEqual([
      { id: expect.any(String), videoId: video.id, srt: await readFile(join(s.dir, `${SHORT}.srt`), 'utf8') },
    ]);
    expect(s.fake.thumbnails).toEqual([{ videoId: video.id, bytes: 24 * 1024 }]);
    expect(await youtubeEntry(s)).toMatchObject({
      videoId: video.id,
      session: null,
      captionsId: s.fake.captions[0].id,
      thumbnail: { status: 'set' },
    });

    const before = s.fake.requests.length;
    const again = await s.run(YOUTUBE_ONLY);
    expect(again.summary).toMatchObject({ done: [], skipped: [SHORT] });
    expect(s.fake.requests.length).toBe(before);
  });

  test('a clip that fails a check stops the run before anything is sent', async () => {
    setup = await setUpPublish({}, { fixture: { failing: ['weekly-sv-gemini-t2-reels'] } });
    await expect(setup.run({ only: [1, 2] })).rejects.toThrow(
      'Nothing was sent: weekly-sv-gemini-t2-reels (render) fail their checks. See them with --dry-run',
    );
    expect(setup.fake.requests).toHaveLength(0);
  });

  test('--at schedules the Shorts privately and --every spaces them', async () => {
    const s = await start();
    const at = new Date(Date.now() + 86_400_000);
    await s.run({ ...YOUTUBE_ONLY, only: [1, 2], at, everyMs: 3_600_000 });
    expect([...s.fake.sessions.values()].map((x) => x.metadata.status)).toEqual([
      {
        privacyStatus: 'private',
        publishAt: at.toISOString(),
        selfDeclaredMadeForKids: false,
        containsSyntheticMedia: false,
      },
      {
        privacyStatus: 'private',
        publishAt: new Date(at.getTime() + 3_600_000).toISOString(),
        selfDeclaredMadeForKids: false,
        containsSyntheticMedia: false,
      },
    ]);
  });

  test("declares the synthetic voice of the example's sixth takeaway", async () => {
    const s = await start();
    await s.run({ ...YOUTUBE_ONLY, only: [6], privacy: 'unlisted', madeForKids: true });
    const [session] = s.fake.sessions.values();
    expect(session.metadata.status).toEqual({
      privacyStatus: 'unlisted',
      selfDeclaredMadeForKids: true,
      containsSyntheticMedia: true,
    });
  });

  test.each([
    ['a dropped connection at 60 %', { dropUploadAt: 0.6 }],
    ['a 503 at 50 %', { fail503UploadAt: 0.5 }],
  ])('resumes after %s from the byte YouTube has, not from the start', async (_, faults) => {
    const s = await start(faults);
    const { summary, events } = await s.run(YOUTUBE_ONLY);
    expect(summary.done).toEqual([SHORT]);
    const size = (await readFile(join(s.dir, `${SHORT}.mp4`))).length;
    expect(s.fake.sessions.size).toBe(1);
    expect(s.fake.youtubePuts).toHaveLength(2);
    const [first, second] = s.fake.youtubePuts;
    expect(first.start).toBe(0);
    expect(first.read).toBeGreaterThanOrEqual(size * 0.5);
    expect(second.start).toBe(first.read);
    expect(first.read + second.read).toBe(size);
    expect([...s.fake.videos.values()][0].sha256).toBe(await sha256(join(s.dir, `${SHORT}.mp4`)));
    expect(messages(events).some((m) => m.startsWith(`resuming at byte ${first.read} of ${size}`))).toBe(true);
  });

  test('an expired access token is refreshed once and the upload goes on in the same session', async () => {
    const s = await start({ expireFirstTokenAfter: 1 });
    const { summary, events } = await s.run(YOUTUBE_ONLY);
    expect(summary.done).toEqual([SHORT]);
    expect(s.fake.accessTokens).toHaveLength(2);
    expect(s.fake.sessions.size).toBe(1);
    expect(s.fake.videos.size).toBe(1);
    expect(messages(events)).toContain(
      'uploading weekly-sv-gemini-t1-shorts.mp4: the access token was refused (401); refreshing it',
    );
  });

  test('a revoked refresh token stops YouTube with what to run', async () => {
    const s = await start({ revokedRefreshToken: true });
    const { summary } = await s.run({ ...YOUTUBE_ONLY, only: [1, 2] });
    expect(summary).toMatchObject({ failed: [SHORT], skipped: ['weekly-sv-gemini-t2-shorts'] });
    expect(summary.stopped.youtube).toBe(
      'Google refused the saved refresh token (invalid_grant: Token has been expired or revoked.). Tokens of an app still in testing expire after 7 days; a revoked one too. Run npm run auth -- youtube',
    );
    expect(s.fake.sessions.size).toBe(0);
  });

  test('5xx on the session start is retried with backoff, a bounded number of times', async () => {
    const s = await start({ initFailures: 2 });
    const { summary, events } = await s.run(YOUTUBE_ONLY);
    expect(summary.done).toEqual([SHORT]);
    expect(messages(events).filter((m) => m.includes('503 backendError; trying again'))).toHaveLength(2);

    const failing = await setUpPublish({ initFailures: 10 });
    try {
      const run = await failing.run(YOUTUBE_ONLY);
      expect(run.summary.failed).toEqual([SHORT]);
      expect(messages(run.events).at(-1)).toBe('starting the upload session: gave up after 5 tries (503 backendError)');
    } finally {
      await failing.close();
    }
  });

  test('quotaExceeded stops YouTube with the reason and the reset time, and Instagram goes on', async () => {
    const s = await start({ quotaExceededOn: 'init' });
    const { summary } = await s.run({ only: [1, 2] });
    expect(summary.failed).toEqual([SHORT]);
    expect(summary.skipped).toEqual(['weekly-sv-gemini-t2-shorts']);
    expect(summary.done).toEqual(['weekly-sv-gemini-t1-reels', 'weekly-sv-gemini-t2-reels']);
    expect(summary.stopped.youtube).toMatch(
      /^YouTube's daily API quota is used up \(quotaExceeded: .*\)\. It resets at midnight Pacific time, \d{4}-\d\d-\d\dT(07|08):00:00\.000Z \(in \d+\.\d h\)/,
    );
  });

  test('uploadLimitExceeded stops YouTube with the reason', async () => {
    const s = await start({ uploadLimitExceeded: true });
    const { summary } = await s.run(YOUTUBE_ONLY);
    expect(summary.stopped.youtube).toMatch(
      /^YouTube takes no more uploads from this channel for now \(uploadLimitExceeded/,
    );
  });

  test('a quota stop between the video and its captions resumes with the captions only', async () => {
    const s = await start({ quotaExceededOn: 'captions' });
    await s.run(YOUTUBE_ONLY);
    expect(await youtubeEntry(s)).toMatchObject({ videoId: expect.any(String), captionsId: null });
    delete s.fake.faults.quotaExceededOn;
    const { summary } = await s.run(YOUTUBE_ONLY);
    expect(summary.done).toEqual([SHORT]);
    expect(s.fake.sessions.size).toBe(1);
    expect(s.fake.videos.size).toBe(1);
    expect(s.fake.captions).toHaveLength(1);
  });

  test('a rate-limited captions upload is tried again after Retry-After', async () => {
    const s = await start({ captionsRateLimited: 1 });
    const { summary } = await s.run(YOUTUBE_ONLY);
    expect(summary.done).toEqual([SHORT]);
    expect(s.fake.captions).toHaveLength(1);
  });

  test('an upload cut off by the user resumes on the next run from the recorded session', async () => {
    const s = await start({}, 2 * 1024 * 1024);
    const controller = new AbortController();
    await expect(
      s.run(YOUTUBE_ONLY, {
        signal: controller.signal,
        onEvent: (event) => {
          if (event.type === 'bytes' && event.sent > event.total * 0.6) controller.abort();
        },
      }),
    ).rejects.toThrow();
    const cut = await youtubeEntry(s);
    expect(cut).toMatchObject({ videoId: null, session: { uri: expect.stringContaining('upload_id=') } });
    const arrived = [...s.fake.sessions.values()][0].received;
    expect(arrived).toBeGreaterThan(0);

    const { summary } = await s.run(YOUTUBE_ONLY);
    expect(summary.done).toEqual([SHORT]);
    expect(s.fake.sessions.size).toBe(1);
    expect(s.fake.youtubePuts.at(-1)?.start).toBe(arrived);
    expect([...s.fake.videos.values()][0].sha256).toBe(await sha256(join(s.dir, `${SHORT}.mp4`)));
  });

  test('a session that is gone after its video arrived is not uploaded again', async () => {
    const s = await start();
    await s.run(YOUTUBE_ONLY);
    const entry = await youtubeEntry(s);
    const state = await s.state();
    state.clips[SHORT] = {
      ...entry,
      videoId: null,
      captionsId: null,
      session: {
        uri: `${s.fake.base}/upload/youtube/v3/videos?uploadType=resumable&upload_id=gone`,
        startedAt: entry.updatedAt,
      },
    };
    await writeFile(join(s.dir, STATE_NAME), JSON.stringify(state));
    const { events } = await s.run(YOUTUBE_ONLY);
    expect(s.fake.sessions.size).toBe(1);
    expect(await youtubeEntry(s)).toMatchObject({ videoId: entry.videoId });
    expect(messages(events)).toContain(
      `${SHORT}: the upload session is gone, but the video arrived (${entry.videoId})`,
    );
  });

  test('a thumbnail YouTube refuses is a warning, not a failure, and is not tried again', async () => {
    const s = await start({ thumbnailForbidden: true });
    const { summary, events } = await s.run(YOUTUBE_ONLY);
    expect(summary.done).toEqual([SHORT]);
    expect(messages(events).some((m) => m.startsWith(`${SHORT}: the thumbnail was not set`))).toBe(true);
    expect((await youtubeEntry(s)).thumbnail?.status).toBe('failed');
    const before = s.fake.requests.length;
    await s.run(YOUTUBE_ONLY);
    expect(s.fake.requests.length).toBe(before);
  });

  test('a video still processing leaves its thumbnail for a re-run', async () => {
    const s = await start({ processingPolls: 1000 });
    await s.run(YOUTUBE_ONLY, { timing: { pollIntervalMs: 5, maxPollMs: 30 } });
    expect((await youtubeEntry(s)).thumbnail?.status).toBe('pending');
    s.fake.faults.processingPolls = 0;
    await s.run(YOUTUBE_ONLY);
    expect((await youtubeEntry(s)).thumbnail?.status).toBe('set');
    expect(s.fake.videos.size).toBe(1);
  });
});
