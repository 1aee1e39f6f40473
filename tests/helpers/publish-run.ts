/** A publish run in the test process against the fake platforms, with timings in milliseconds. */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { writeCredentials } from '../../src/publish/credentials';
import type { Credentials } from '../../src/publish/credentials-schema';
import type { PublishEvent } from '../../src/publish/events';
import type { Timing } from '../../src/publish/http';
import type { PublishOptions } from '../../src/publish/plan';
import { publishIssue } from '../../src/publish/publish-issue';
import { SecretSet } from '../../src/publish/redact';
import { STATE_NAME, type PublishState } from '../../src/publish/state';
import { FAKE, type Faults, type FakePlatforms, startFakePlatforms } from './fake-platforms';
import { type FixtureOptions, writePublishFixture } from './publish-fixture';

export const fastTiming = (overrides: Partial<Timing> = {}): Timing => ({
  backoff: { baseMs: 1, maxMs: 4, attempts: 5 },
  requestTimeoutMs: 3000,
  stallTimeoutMs: 3000,
  pollIntervalMs: 1,
  maxPollMs: 1000,
  random: () => 0,
  now: () => new Date(),
  sleep: (ms, signal) => sleep(ms, undefined, { signal }),
  ...overrides,
});

export const DEFAULT_OPTIONS: PublishOptions = {
  to: ['youtube', 'instagram'],
  only: [1],
  privacy: null,
  at: null,
  everyMs: null,
  madeForKids: false,
};

export const validCredentials = (now = new Date()): Credentials => ({
  youtube: { clientId: FAKE.clientId, clientSecret: FAKE.clientSecret, refreshToken: FAKE.refreshToken },
  instagram: {
    userId: FAKE.igUserId,
    accessToken: FAKE.igToken,
    expiresAt: new Date(now.getTime() + 30 * 86_400_000).toISOString(),
    host: 'instagram',
  },
});

export type PublishSetup = {
  fake: FakePlatforms;
  root: string;
  dir: string;
  credentialsFile: string;
  env: Record<string, string>;
  run: (
    options?: Partial<PublishOptions>,
    extra?: { timing?: Partial<Timing>; signal?: AbortSignal; onEvent?: (event: PublishEvent) => void },
  ) => Promise<{ summary: Awaited<ReturnType<typeof publishIssue>>; events: PublishEvent[] }>;
  state: () => Promise<PublishState>;
  /** Every file the run left in the output folder, as text. */
  outputText: () => Promise<string>;
  close: () => Promise<void>;
};

export const setUpPublish = async (
  faults: Faults = {},
  { fixture = {}, credentials = validCredentials() }: { fixture?: FixtureOptions; credentials?: Credentials } = {},
): Promise<PublishSetup> => {
  const fake = await startFakePlatforms(faults);
  const root = await mkdtemp(join(tmpdir(), 'publish-test-'));
  const dir = join(root, 'out', 'weekly-sv-gemini');
  await writePublishFixture(dir, fixture);
  const credentialsFile = join(root, 'config', 'credentials.json');
  await writeCredentials(credentialsFile, credentials);
  const env = { ...fake.env, CLIPS_CREDENTIALS_FILE: credentialsFile };
  return {
    fake,
    root,
    dir,
    credentialsFile,
    env,
    run: async (options = {}, extra = {}) => {
      const events: PublishEvent[] = [];
      const summary = await publishIssue({
        dir,
        options: { ...DEFAULT_OPTIONS, ...options },
        env,
        timing: fastTiming(extra.timing),
        secrets: new SecretSet(),
        signal: extra.signal,
        onEvent: (event) => {
          events.push(event);
          extra.onEvent?.(event);
        },
      });
      return { summary, events };
    },
    state: async () => JSON.parse(await readFile(join(dir, STATE_NAME), 'utf8')) as PublishState,
    outputText: async () =>
      (await Promise.all((await readdir(dir)).map((name) => readFile(join(dir, name), 'latin1')))).join('\n'),
    close: async () => {
      await fake.close();
      await rm(root, { recursive: true, force: true });
    },
  };
};

export const messages = (events: PublishEvent[]): string[] =>
  events.flatMap((e) =>
    e.type === 'warning' || e.type === 'item-failed'
      ? [e.message]
      : e.type === 'stage'
        ? [e.stage]
        : e.type === 'item-done'
          ? [e.result]
          : e.type === 'item-skipped'
            ? [e.reason]
            : [],
  );
