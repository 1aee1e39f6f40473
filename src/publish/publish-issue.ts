/**
 * Node side: publishes an issue's rendered folder. Reads report.json and the upload texts, plans
 * and checks every item before sending anything, holds render:issue's folder lock, and walks the
 * items, recording each step in publish.json so a re-run skips what went out and resumes the rest.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { lockFolder } from '../render/folder-lock';
import { readReport } from '../render/report';
import type { IssueReport } from '../render/report-schema';
import { uploadTextSchema } from '../upload/upload-text';
import { credentialsPath, readCredentials, updateCredentials } from './credentials';
import { type Credentials, daysLeft, INSTAGRAM_REFRESH_BEFORE_DAYS, secretsOf } from './credentials-schema';
import { type Endpoints, endpointsFrom } from './endpoints';
import { type PublishEvent, StopTarget } from './events';
import { youtubeAccessTokens } from './google-oauth';
import { defaultTiming, type Timing } from './http';
import { publishInstagram } from './instagram';
import { refreshInstagramToken } from './instagram-token';
import { type ClipInput, planPublish, type PublishItem, type PublishOptions, type Target, TARGET_LABEL } from './plan';
import type { SecretSet } from './redact';
import { describeEntry, isComplete, isPublished, type PublishState } from './state';
import { readState, StateStore } from './state-file';
import { publishYoutube, setThumbnail, type YoutubeContext } from './youtube';

const sizeOf = (path: string): Promise<number | null> =>
  stat(path).then(
    (s) => (s.isFile() ? s.size : null),
    () => null,
  );

/** The folder's report and, per clip, its upload text and file sizes; refuses a folder render:issue did not finish. */
export const loadClips = async (dir: string): Promise<{ report: IssueReport; clips: ClipInput[] }> => {
  const { report, problem } = await readReport(dir);
  if (problem) throw new Error(`${problem}: run npm run render:issue for this issue again`);
  if (!report) throw new Error(`${dir} has no report.json: render the issue first with npm run render:issue`);
  const clips: ClipInput[] = [];
  for (const clip of report.clips) {
    const path = join(dir, clip.upload);
    let json: unknown;
    try {
      json = JSON.parse(await readFile(path, 'utf8'));
    } catch (error) {
      throw new Error(`${path} (the upload text of ${clip.id}) cannot be read: ${(error as Error).message}`);
    }
    const parsed = uploadTextSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${path}: ${issue.path.join('.') || 'the top level'}: ${issue.message}`);
    }
    if (parsed.data.platform !== clip.platform) {
      throw new Error(
        `${path} is a ${parsed.data.platform} text, but report.json lists ${clip.id} as ${clip.platform}`,
      );
    }
    clips.push({
      clip,
      upload: parsed.data,
      sizes: {
        video: await sizeOf(join(dir, clip.video)),
        cover: await sizeOf(join(dir, clip.cover)),
        subtitles: await sizeOf(join(dir, clip.subtitles)),
      },
    });
  }
  return { report, clips };
};

export type Plan = { report: IssueReport; items: PublishItem[]; state: PublishState };

/** Everything a run would do, read and checked without credentials or network: what --dry-run shows. */
export const preparePublish = async (dir: string, options: PublishOptions, now: Date): Promise<Plan> => {
  const { report, clips } = await loadClips(dir);
  const items = planPublish(clips, options, now);
  return { report, items, state: await readState(dir, report.slug) };
};

export type PublishSummary = {
  done: string[];
  skipped: string[];
  failed: string[];
  /** Why a platform stopped before its last clip. */
  stopped: Partial<Record<Target, string>>;
};

const needsCredentials = (credentials: Credentials, path: string, targets: Set<Target>) => {
  for (const target of targets) {
    if (!credentials[target]) {
      throw new Error(`There are no ${TARGET_LABEL[target]} credentials in ${path}: run npm run auth -- ${target}`);
    }
  }
};

/** Refreshes an Instagram Login token with fewer than 7 days left; stops Instagram when the token has run out. */
const freshInstagramToken = async (
  credentials: Credentials,
  path: string,
  endpoints: Endpoints,
  timing: Timing,
  secrets: SecretSet,
  emit: (event: PublishEvent) => void,
): Promise<Credentials> => {
  const account = credentials.instagram;
  if (!account) return credentials;
  const left = daysLeft(account.expiresAt, timing.now());
  if (left >= INSTAGRAM_REFRESH_BEFORE_DAYS) return credentials;
  try {
    const fresh = await refreshInstagramToken(account, endpoints, timing);
    secrets.add(fresh.accessToken);
    emit({
      type: 'warning',
      message: `The Instagram token had ${left.toFixed(1)} days left: refreshed until ${fresh.expiresAt}`,
    });
    return updateCredentials(path, (c) => ({ ...c, instagram: { ...account, ...fresh } }));
  } catch (error) {
    if (left <= 0) {
      throw new StopTarget(
        'instagram',
        `The Instagram token expired at ${account.expiresAt}: run npm run auth -- instagram`,
      );
    }
    emit({
      type: 'warning',
      message: `The Instagram token expires in ${left.toFixed(1)} days and could not be refreshed (${(error as Error).message})`,
    });
    return credentials;
  }
};

/**
 * Sends every item that is not published yet. A platform that hits its quota or limit (or whose
 * token is refused) stops for the run while the other goes on; any other failure fails that item
 * only. Thumbnails come last, when YouTube has had time to process the videos.
 */
export const publishIssue = async ({
  dir,
  options,
  env = process.env,
  timing = defaultTiming(env),
  secrets,
  signal,
  onEvent,
}: {
  dir: string;
  options: PublishOptions;
  env?: Record<string, string | undefined>;
  timing?: Timing;
  secrets: SecretSet;
  signal?: AbortSignal;
  onEvent: (event: PublishEvent) => void;
}): Promise<PublishSummary> => {
  const endpoints = endpointsFrom(env);
  const { items, state } = await preparePublish(dir, options, timing.now());
  const failing = items.filter((i) => !i.ok);
  if (failing.length > 0) {
    throw new Error(
      `Nothing was sent: ${failing
        .map(
          (i) =>
            `${i.clipId} (${Object.entries(i.checks)
              .filter(([, c]) => !c.ok)
              .map(([n]) => n)
              .join(', ')})`,
        )
        .join('; ')} fail their checks. See them with --dry-run`,
    );
  }
  const todo = items.filter((i) => !isComplete(state.clips[i.clipId]));
  const summary: PublishSummary = { done: [], skipped: [], failed: [], stopped: {} };
  const lock = await lockFolder(dir, (message) => onEvent({ type: 'warning', message }), 'publish');
  try {
    const path = credentialsPath(env);
    let credentials = await readCredentials(path);
    needsCredentials(credentials, path, new Set(todo.map((i) => i.target)));
    secrets.add(...secretsOf(credentials));
    const store = new StateStore(dir, await readState(dir, state.slug));
    if (todo.some((i) => i.target === 'instagram')) {
      try {
        credentials = await freshInstagramToken(credentials, path, endpoints, timing, secrets, onEvent);
      } catch (error) {
        if (!(error instanceof StopTarget)) throw error;
        summary.stopped.instagram = error.message;
      }
    }
    const youtube: YoutubeContext | null = credentials.youtube
      ? {
          dir,
          endpoints,
          timing,
          tokens: youtubeAccessTokens(credentials.youtube, endpoints),
          store,
          emit: onEvent,
          signal,
        }
      : null;
    for (const [index, item] of items.entries()) {
      onEvent({ type: 'item-start', item, index, count: items.length });
      const entry = store.get(item.clipId);
      // A Short whose video and captions are up waits only for its thumbnail, which comes last.
      if (isPublished(entry) && (entry?.target === 'instagram' || entry?.captionsId !== null)) {
        summary.skipped.push(item.clipId);
        onEvent({ type: 'item-skipped', item, reason: describeEntry(entry) });
        continue;
      }
      const stopped = summary.stopped[item.target];
      if (stopped) {
        summary.skipped.push(item.clipId);
        onEvent({ type: 'item-skipped', item, reason: `${TARGET_LABEL[item.target]} stopped: see above` });
        continue;
      }
      try {
        const result =
          item.target === 'youtube'
            ? await publishYoutube(item, youtube as YoutubeContext)
            : await publishInstagram(item, {
                dir,
                endpoints,
                timing,
                account: credentials.instagram as NonNullable<Credentials['instagram']>,
                store,
                emit: onEvent,
                signal,
              });
        summary.done.push(item.clipId);
        onEvent({ type: 'item-done', item, result });
      } catch (error) {
        if (signal?.aborted) throw error;
        if (error instanceof StopTarget) summary.stopped[error.target] = error.message;
        summary.failed.push(item.clipId);
        onEvent({ type: 'item-failed', item, message: (error as Error).message });
      }
    }
    for (const item of items) {
      if (item.target !== 'youtube' || !youtube || summary.stopped.youtube) continue;
      try {
        await setThumbnail(item, youtube);
      } catch (error) {
        if (signal?.aborted) throw error;
        if (error instanceof StopTarget) summary.stopped.youtube = error.message;
        onEvent({
          type: 'warning',
          message: `${item.clipId}: the thumbnail step failed (${(error as Error).message})`,
        });
      }
    }
    return summary;
  } finally {
    lock.release();
  }
};
