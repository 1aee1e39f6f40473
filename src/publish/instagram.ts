/**
 * Node side: a Reel to Instagram with the Graph API's container flow: check the day's publishing
 * limit, create a container, send the bytes to its upload URI, wait for FINISHED, publish once.
 */
import { join } from 'node:path';
import type { InstagramCredentials } from './credentials-schema';
import { checkUploadUri, type Endpoints, GRAPH_API_VERSION } from './endpoints';
import { type PublishEvent, StopTarget } from './events';
import {
  classifyGraphError,
  type ContainerStatus,
  containerParams,
  type GraphError,
  readContainerStatus,
  readPublishingLimit,
  regainAccessMs,
} from './graph-protocol';
import { Attempts, type HttpResponse, NetworkError, send, sendFile, type Timing } from './http';
import type { InstagramItem } from './plan';
import { retryAfterMs } from './retry';
import type { InstagramEntry } from './state';
import { fileStamp, sameStamp, type StateStore } from './state-file';

export type InstagramContext = {
  dir: string;
  endpoints: Endpoints;
  timing: Timing;
  account: InstagramCredentials;
  store: StateStore;
  emit: (event: PublishEvent) => void;
  signal?: AbortSignal;
};

/** Containers Meta keeps unpublished for this long. */
const CONTAINER_LIFETIME_MS = 24 * 3_600_000;

/** A throttled app waits for access to come back only this long in a run; longer, the run stops and says when. */
const MAX_THROTTLE_WAIT_MS = 2 * 60_000;

/** The Graph API's error reply, kept whole so the caller can tell an expired container from the rest. */
export class GraphFailure extends Error {
  constructor(
    what: string,
    readonly status: number,
    readonly error: GraphError,
  ) {
    super(`${what}: Instagram answered ${status}: ${error.message}`);
  }
}

const graphUrl = (ctx: InstagramContext, path: string) =>
  `${ctx.endpoints.graph[ctx.account.host]}/${GRAPH_API_VERSION}${path}`;

/**
 * One Graph API call with the token in the Authorization header (never in the URL). With
 * `retry`, 5xx, transient errors, lost connections and short throttling are tried again with
 * backoff; without, the caller decides (a publish call that may have worked must not be repeated blindly).
 */
const call = async (
  ctx: InstagramContext,
  what: string,
  url: string,
  init: RequestInit,
  { retry = true }: { retry?: boolean } = {},
): Promise<HttpResponse> => {
  const attempts = new Attempts(what, ctx.timing, (message) => ctx.emit({ type: 'warning', message }), ctx.signal);
  for (;;) {
    let response: HttpResponse;
    try {
      response = await send(url, {
        ...init,
        headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${ctx.account.accessToken}` },
        timeoutMs: ctx.timing.requestTimeoutMs,
        signal: ctx.signal,
      });
    } catch (error) {
      if (!(error instanceof NetworkError) || !retry) throw error;
      await attempts.failed(error.message);
      continue;
    }
    if (response.status < 400) return response;
    const error = classifyGraphError(response.status, response.body);
    if (error.kind === 'token') {
      throw new StopTarget(
        'instagram',
        `Instagram refused the access token (${error.message}): run npm run auth -- instagram`,
      );
    }
    if (error.kind === 'postingLimit') {
      throw new StopTarget(
        'instagram',
        `Instagram's publishing limit for the last 24 hours is reached (${error.message}): run the same command again tomorrow; what is published is skipped`,
      );
    }
    if (error.kind === 'rateLimit') {
      const wait =
        regainAccessMs(response.headers.get('x-business-use-case-usage')) ??
        retryAfterMs(response.headers.get('retry-after'), ctx.timing.now());
      if (wait !== null && wait > MAX_THROTTLE_WAIT_MS) {
        throw new StopTarget(
          'instagram',
          `Instagram is throttling this app (${error.message}) and expects access back in ${Math.ceil(wait / 60_000)} min: run the same command again then`,
        );
      }
      await attempts.failed(`throttled: ${error.message}`, wait);
      continue;
    }
    if (error.kind === 'retry' && retry) {
      await attempts.failed(`${response.status}: ${error.message}`);
      continue;
    }
    throw new GraphFailure(what, response.status, error);
  }
};

const form = (params: Record<string, string>): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(params).toString(),
});

const containerStatus = async (ctx: InstagramContext, id: string) =>
  readContainerStatus(
    (
      await call(
        ctx,
        'asking for the container status',
        graphUrl(ctx, `/${encodeURIComponent(id)}?fields=status_code,status`),
        { method: 'GET' },
      )
    ).body,
  );

/** The post a publish call made whose answer was lost: our caption, posted after the call was sent. */
const findMedia = async (
  ctx: InstagramContext,
  caption: string,
  since: string,
): Promise<{ id: string; permalink: string | null } | null> => {
  const response = await call(
    ctx,
    'listing recent posts',
    graphUrl(ctx, `/${ctx.account.userId}/media?fields=id,caption,timestamp,permalink&limit=10`),
    { method: 'GET' },
  );
  const media = (
    response.body as { data?: Array<{ id?: string; caption?: string; timestamp?: string; permalink?: string }> }
  )?.data?.find((m) => m.caption === caption && Date.parse(m.timestamp ?? '') >= Date.parse(since) - 60_000);
  return media?.id ? { id: media.id, permalink: media.permalink ?? null } : null;
};

const permalinkOf = async (ctx: InstagramContext, mediaId: string): Promise<string | null> => {
  try {
    const response = await call(
      ctx,
      'reading the post link',
      graphUrl(ctx, `/${encodeURIComponent(mediaId)}?fields=permalink`),
      {
        method: 'GET',
      },
    );
    return (response.body as { permalink?: string })?.permalink ?? null;
  } catch (error) {
    if (error instanceof StopTarget) throw error;
    return null;
  }
};

/** Stops before any upload when the day's API posts are used up. */
const checkPublishingLimit = async (ctx: InstagramContext): Promise<void> => {
  const response = await call(
    ctx,
    'checking the publishing limit',
    graphUrl(ctx, `/${ctx.account.userId}/content_publishing_limit?fields=quota_usage,config`),
    { method: 'GET' },
  );
  const limit = readPublishingLimit(response.body);
  if (limit.used >= limit.total) {
    throw new StopTarget(
      'instagram',
      `Instagram's publishing limit is reached: ${limit.used} of ${limit.total} API posts in the last ${Math.round(limit.windowSeconds / 3600)} h. Run the same command again when the oldest of them is a day old; what is published is skipped`,
    );
  }
};

/** Sends the whole file to the container's upload URI; a failed send starts again from byte 0 into the same container. */
const uploadBytes = async (item: InstagramItem, ctx: InstagramContext, uri: string, total: number): Promise<void> => {
  const what = `uploading ${item.files.video}`;
  const attempts = new Attempts(what, ctx.timing, (message) => ctx.emit({ type: 'warning', message }), ctx.signal);
  for (;;) {
    ctx.emit({ type: 'stage', item, stage: 'uploading' });
    ctx.emit({ type: 'bytes', item, sent: 0, total });
    let response: HttpResponse;
    try {
      response = await sendFile(uri, {
        method: 'POST',
        headers: {
          authorization: `OAuth ${ctx.account.accessToken}`,
          offset: '0',
          file_size: String(total),
          'content-type': 'application/octet-stream',
          'content-length': String(total),
        },
        path: join(ctx.dir, item.files.video),
        start: 0,
        stallTimeoutMs: ctx.timing.stallTimeoutMs,
        onBytes: (sent) => ctx.emit({ type: 'bytes', item, sent, total }),
        signal: ctx.signal,
      });
    } catch (error) {
      if (!(error instanceof NetworkError)) throw error;
      await attempts.failed(error.message);
      continue;
    }
    if (response.status < 400 && (response.body as { success?: unknown })?.success === true) return;
    const error = classifyGraphError(response.status, response.body);
    if (error.kind === 'token') {
      throw new StopTarget(
        'instagram',
        `Instagram refused the access token (${error.message}): run npm run auth -- instagram`,
      );
    }
    if (error.kind === 'retry' || error.kind === 'rateLimit' || response.status < 400) {
      await attempts.failed(
        `${response.status}: ${response.status < 400 ? JSON.stringify(response.body) : error.message}`,
      );
      continue;
    }
    throw new GraphFailure(what, response.status, error);
  }
};

/** The container is dead (ERROR or EXPIRED): a re-run makes a new one. */
class ContainerFailed extends Error {}

/** Polls until the container is FINISHED (or already PUBLISHED); ERROR or EXPIRED is a failure with Meta's status. */
const waitFinished = async (item: InstagramItem, ctx: InstagramContext, id: string): Promise<ContainerStatus> => {
  const started = ctx.timing.now().getTime();
  for (;;) {
    const status = await containerStatus(ctx, id);
    if (status.code === 'FINISHED' || status.code === 'PUBLISHED') return status.code;
    if (status.code === 'ERROR' || status.code === 'EXPIRED') {
      throw new ContainerFailed(
        `Instagram could not take ${item.files.video}: container ${id} is ${status.code} (${status.detail})`,
      );
    }
    if (ctx.timing.now().getTime() - started + ctx.timing.pollIntervalMs > ctx.timing.maxPollMs) {
      throw new Error(
        `Instagram was still processing ${item.files.video} after ${Math.round(ctx.timing.maxPollMs / 60_000)} min (container ${id}, ${status.detail}): run the same command again within a day to publish it`,
      );
    }
    ctx.emit({ type: 'stage', item, stage: `Instagram is processing (${status.code})` });
    await ctx.timing.sleep(ctx.timing.pollIntervalMs, ctx.signal);
  }
};

/**
 * Publishes one Reel, or resumes where the state says it stopped. media_publish is sent only
 * once per container; when its answer is lost the container's status says whether it went out.
 */
export const publishInstagram = async (item: InstagramItem, ctx: InstagramContext): Promise<string> => {
  const stamp = await fileStamp(join(ctx.dir, item.files.video));
  const now = () => ctx.timing.now().toISOString();
  let entry: InstagramEntry = (ctx.store.get(item.clipId) as InstagramEntry | undefined) ?? {
    target: 'instagram',
    video: stamp,
    container: null,
    publishRequestedAt: null,
    published: false,
    mediaId: null,
    permalink: null,
    updatedAt: now(),
  };
  const save = async (change: Partial<InstagramEntry>) => {
    entry = { ...entry, ...change, updatedAt: now() };
    await ctx.store.set(item.clipId, entry);
  };
  const published = async (media: { id: string; permalink: string | null } | null) => {
    await save({ published: true, mediaId: media?.id ?? null, permalink: media?.permalink ?? null });
    return media
      ? `media ${media.id}${media.permalink ? ` ${media.permalink}` : ''}`
      : 'published (the publish answer was lost and the post was not found among the latest: check the account)';
  };

  if (entry.container) {
    const { id, createdAt } = entry.container;
    // A container Meta no longer knows (older than a day) answers with an error: it is gone.
    const status = await containerStatus(ctx, id).catch((error: unknown) => {
      if (error instanceof GraphFailure) return null;
      throw error;
    });
    const since = entry.publishRequestedAt ?? createdAt;
    if (status?.code === 'PUBLISHED') {
      ctx.emit({ type: 'stage', item, stage: `container ${id} was already published` });
      return published(await findMedia(ctx, item.caption, since));
    }
    const expired = ctx.timing.now().getTime() - Date.parse(createdAt) >= CONTAINER_LIFETIME_MS;
    if (!status || expired || status.code === 'ERROR' || status.code === 'EXPIRED') {
      // A publish sent from a container that can no longer be asked may still have gone out.
      const posted = entry.publishRequestedAt ? await findMedia(ctx, item.caption, since) : null;
      if (posted) return published(posted);
      ctx.emit({
        type: 'warning',
        message: `${item.clipId}: container ${id} is ${status && !expired ? `${status.code} (${status.detail})` : 'gone or over a day old'}; a new one is made`,
      });
      await save({ container: null, publishRequestedAt: null });
    } else if (!sameStamp(entry.video, stamp)) {
      ctx.emit({
        type: 'warning',
        message: `${item.clipId}: ${item.files.video} changed since container ${id} was made; a new one is made for the new file`,
      });
      await save({ container: null, publishRequestedAt: null, video: stamp });
    }
  }
  if (entry.container === null && !sameStamp(entry.video, stamp)) await save({ video: stamp });

  await checkPublishingLimit(ctx);
  if (!entry.container) {
    ctx.emit({ type: 'stage', item, stage: 'creating the container' });
    const response = await call(
      ctx,
      'creating the Reels container',
      graphUrl(ctx, `/${ctx.account.userId}/media`),
      form(containerParams(item)),
    );
    const body = response.body as { id?: unknown; uri?: unknown };
    if (typeof body?.id !== 'string')
      throw new Error(`Instagram's container answer has no id: ${JSON.stringify(body)}`);
    await save({
      container: { id: body.id, uri: checkUploadUri(body.uri, ctx.endpoints), createdAt: now(), uploaded: false },
    });
  }
  const container = entry.container as NonNullable<InstagramEntry['container']>;
  if (!container.uploaded) {
    await uploadBytes(item, ctx, container.uri, stamp.bytes);
    await save({ container: { ...container, uploaded: true } });
  }
  try {
    if ((await waitFinished(item, ctx, container.id)) === 'PUBLISHED') {
      return published(await findMedia(ctx, item.caption, entry.publishRequestedAt ?? container.createdAt));
    }
  } catch (error) {
    if (error instanceof ContainerFailed) await save({ container: null, publishRequestedAt: null });
    throw error;
  }

  const what = `publishing container ${container.id}`;
  for (let tries = 0; ; tries++) {
    ctx.emit({ type: 'stage', item, stage: 'publishing' });
    await save({ publishRequestedAt: now() });
    try {
      const response = await call(
        ctx,
        what,
        graphUrl(ctx, `/${ctx.account.userId}/media_publish`),
        form({ creation_id: container.id }),
        {
          retry: false,
        },
      );
      const id = (response.body as { id?: unknown })?.id;
      if (typeof id !== 'string')
        throw new Error(`Instagram's publish answer has no media id: ${JSON.stringify(response.body)}`);
      return published({ id, permalink: await permalinkOf(ctx, id) });
    } catch (error) {
      const ambiguous =
        error instanceof NetworkError || (error instanceof GraphFailure && error.error.kind === 'retry');
      if (!ambiguous) throw error;
      ctx.emit({ type: 'warning', message: `${(error as Error).message}; asking the container whether it went out` });
      const status = await containerStatus(ctx, container.id);
      if (status.code === 'PUBLISHED') {
        return published(await findMedia(ctx, item.caption, entry.publishRequestedAt ?? container.createdAt));
      }
      if (status.code !== 'FINISHED' || tries >= 1) {
        throw new Error(
          `${what}: no answer, and the container is ${status.code} (${status.detail}): run the same command again to retry`,
        );
      }
      ctx.emit({
        type: 'warning',
        message: `${item.clipId}: container ${container.id} did not go out (FINISHED); publishing it again`,
      });
    }
  }
};

/** The account the token belongs to, to confirm a sign-in. */
export const instagramUsername = async (
  endpoints: Endpoints,
  account: Pick<InstagramCredentials, 'userId' | 'accessToken' | 'host'>,
  timing: Timing,
): Promise<string> => {
  const response = await send(
    `${endpoints.graph[account.host]}/${GRAPH_API_VERSION}/${account.userId}?fields=username`,
    {
      headers: { authorization: `Bearer ${account.accessToken}` },
      timeoutMs: timing.requestTimeoutMs,
    },
  );
  if (response.status >= 400) {
    throw new Error(
      `Instagram did not name the account ${account.userId}: ${classifyGraphError(response.status, response.body).message}`,
    );
  }
  const username = (response.body as { username?: unknown })?.username;
  if (typeof username !== 'string') throw new Error(`Instagram's answer for account ${account.userId} has no username`);
  return username;
};
