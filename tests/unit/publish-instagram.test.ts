import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { readCredentials } from '../../src/publish/credentials';
import { type InstagramEntry, STATE_NAME } from '../../src/publish/state';
import { FAKE, type Faults } from '../helpers/fake-platforms';
import { messages, type PublishSetup, setUpPublish, validCredentials } from '../helpers/publish-run';

const REEL = 'weekly-sv-gemini-t1-reels';
const INSTAGRAM_ONLY = { to: ['instagram' as const] };

let setup: PublishSetup | null = null;
afterEach(async () => {
  await setup?.close();
  setup = null;
});

const start = async (faults: Faults = {}, credentials = validCredentials()) => {
  setup = await setUpPublish(faults, { fixture: { videoBytes: 300 * 1024 }, credentials });
  return setup;
};

const entry = async (s: PublishSetup) => (await s.state()).clips[REEL] as InstagramEntry;

const calls = (s: PublishSetup, method: string, suffix: string) =>
  s.fake.requests.filter((r) => r.method === method && r.path.endsWith(suffix)).length;

describe('publishing a Reel to the fake Instagram', () => {
  test('checks the limit, makes one container, uploads the file, publishes once, and a re-run sends nothing', async () => {
    const s = await start();
    const { summary } = await s.run(INSTAGRAM_ONLY);
    expect(summary).toMatchObject({ done: [REEL], failed: [], stopped: {} });
    expect(calls(s, 'GET', '/content_publishing_limit')).toBe(1);
    const [container] = s.fake.containers.values();
    const caption = (JSON.parse(await readFile(join(s.dir, `${REEL}.upload.json`), 'utf8')) as { caption: string })
      .caption;
    expect(container.params).toEqual({
      media_type: 'REELS',
      upload_type: 'resumable',
      caption,
      share_to_feed: 'true',
      thumb_offset: '1000',
    });
    const video = await readFile(join(s.dir, `${REEL}.mp4`));
    expect(container.bytes?.equals(video)).toBe(true);
    expect(s.fake.reelsUploads).toEqual([
      { container: container.id, offset: '0', fileSize: String(video.length), read: video.length },
    ]);
    const upload = s.fake.requests.find((r) => r.path.startsWith('/ig-api-upload/'));
    expect(upload?.headers.authorization).toBe(`OAuth ${FAKE.igToken}`);
    expect(s.fake.media).toHaveLength(1);
    expect(await entry(s)).toMatchObject({
      published: true,
      mediaId: s.fake.media[0].id,
      permalink: `https://www.instagram.com/reel/${s.fake.media[0].id}/`,
      container: { id: container.id, uploaded: true },
    });
    // No token in a URL: the Graph calls carry it in the Authorization header.
    expect(s.fake.requests.every((r) => !r.path.includes(FAKE.igToken))).toBe(true);

    const before = s.fake.requests.length;
    expect((await s.run(INSTAGRAM_ONLY)).summary.skipped).toEqual([REEL]);
    expect(s.fake.requests.length).toBe(before);
  });

  test('waits while the container is IN_PROGRESS, then publishes', async () => {
    const s = await start({ containerStatuses: ['IN_PROGRESS', 'IN_PROGRESS', 'FINISHED'] });
    const { summary, events } = await s.run(INSTAGRAM_ONLY);
    expect(summary.done).toEqual([REEL]);
    expect(messages(events).filter((m) => m === 'Instagram is processing (IN_PROGRESS)')).toHaveLength(2);
    expect(s.fake.media).toHaveLength(1);
  });

  test('a container in ERROR fails with its status, and a re-run makes a new one', async () => {
    const s = await start({ containerStatuses: ['IN_PROGRESS', 'ERROR'] });
    const { summary, events } = await s.run(INSTAGRAM_ONLY);
    expect(summary.failed).toEqual([REEL]);
    const [first] = s.fake.containers.values();
    expect(messages(events).at(-1)).toBe(
      `Instagram could not take ${REEL}.mp4: container ${first.id} is ERROR (Error: Media upload has failed with error code 2207026)`,
    );
    expect((await entry(s)).container).toBeNull();
    expect(s.fake.media).toHaveLength(0);

    s.fake.faults.containerStatuses = ['FINISHED'];
    expect((await s.run(INSTAGRAM_ONLY)).summary.done).toEqual([REEL]);
    expect(s.fake.containers.size).toBe(2);
    expect(s.fake.media).toHaveLength(1);
  });

  test('stops before uploading when the day’s posts are used up', async () => {
    const s = await start({ publishingLimitReached: true });
    const { summary } = await s.run({ ...INSTAGRAM_ONLY, only: [1, 2] });
    expect(summary).toMatchObject({ failed: [REEL], skipped: ['weekly-sv-gemini-t2-reels'] });
    expect(summary.stopped.instagram).toBe(
      "Instagram's publishing limit is reached: 100 of 100 API posts in the last 24 h. Run the same command again when the oldest of them is a day old; what is published is skipped",
    );
    expect(s.fake.containers.size).toBe(0);
  });

  test('a rate limit (Graph error code 4) is waited out and tried again', async () => {
    const s = await start({ graphRateLimited: 2 });
    const { summary, events } = await s.run(INSTAGRAM_ONLY);
    expect(summary.done).toEqual([REEL]);
    expect(
      messages(events).filter((m) => m.includes('throttled: Application request limit reached (code 4)')),
    ).toHaveLength(2);
    expect(s.fake.containers.size).toBe(1);
  });

  test.each([
    ['times out after it worked', { publishAnswerDelayMs: 1500 }],
    ['drops the connection after it worked', { publishAnswerDropped: true }],
  ])('a publish call that %s is not repeated: the container says it went out', async (_, faults) => {
    const s = await start(faults);
    const { summary, events } = await s.run(INSTAGRAM_ONLY, { timing: { requestTimeoutMs: 400 } });
    expect(summary.done).toEqual([REEL]);
    expect(calls(s, 'POST', '/media_publish')).toBe(1);
    expect(s.fake.media).toHaveLength(1);
    expect(await entry(s)).toMatchObject({ published: true, mediaId: s.fake.media[0].id });
    expect(messages(events).some((m) => m.endsWith('asking the container whether it went out'))).toBe(true);
  });

  test('a publish sent from a container that is gone is looked for among the posts before anything is sent again', async () => {
    const s = await start();
    await s.run(INSTAGRAM_ONLY);
    const done = await entry(s);
    const state = await s.state();
    state.clips[REEL] = {
      ...done,
      published: false,
      mediaId: null,
      permalink: null,
      container: { ...(done.container as NonNullable<InstagramEntry['container']>), id: 'gone' },
      publishRequestedAt: new Date(Date.now() - 60_000).toISOString(),
    };
    await writeFile(join(s.dir, STATE_NAME), JSON.stringify(state));
    const { summary } = await s.run(INSTAGRAM_ONLY);
    expect(summary.done).toEqual([REEL]);
    expect(s.fake.containers.size).toBe(1);
    expect(s.fake.media).toHaveLength(1);
    expect(await entry(s)).toMatchObject({ published: true, mediaId: s.fake.media[0].id });
  });

  test('a Reels upload cut at half is sent again into the same container', async () => {
    const s = await start({ dropReelsUploadAt: 0.5 });
    const { summary } = await s.run(INSTAGRAM_ONLY);
    expect(summary.done).toEqual([REEL]);
    expect(s.fake.containers.size).toBe(1);
    expect(s.fake.reelsUploads.map((u) => u.offset)).toEqual(['0', '0']);
    const [container] = s.fake.containers.values();
    expect(container.bytes?.equals(await readFile(join(s.dir, `${REEL}.mp4`)))).toBe(true);
  });

  test('an expired token (code 190) stops Instagram with what to run', async () => {
    const s = await start({ instagramTokenExpired: true });
    const { summary } = await s.run(INSTAGRAM_ONLY);
    expect(summary.stopped.instagram).toBe(
      'Instagram refused the access token (Error validating access token: Session has expired. (code 190, subcode 463)): run npm run auth -- instagram',
    );
  });

  test('a token with fewer than 7 days left is refreshed first and saved, still readable by its owner only', async () => {
    const credentials = validCredentials();
    credentials.instagram = {
      ...(credentials.instagram as NonNullable<typeof credentials.instagram>),
      expiresAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
    };
    const s = await start({}, credentials);
    const { summary } = await s.run(INSTAGRAM_ONLY);
    expect(summary.done).toEqual([REEL]);
    const saved = await readCredentials(s.credentialsFile);
    expect(saved.instagram?.accessToken).toMatch(/^IGAAfake-refreshed-/);
    expect(Date.parse(saved.instagram?.expiresAt ?? '')).toBeGreaterThan(Date.now() + 59 * 86_400_000);
    expect(saved.youtube).toEqual(credentials.youtube);
    expect((await stat(s.credentialsFile)).mode & 0o777).toBe(0o600);
  });
});
