/**
 * Node side: a Short to YouTube with the resumable upload protocol on fetch (Node's googleapis
 * client uploads multipart and cannot resume), then its captions, and later its thumbnail.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Endpoints } from './endpoints';
import { type PublishEvent, StopTarget } from './events';
import type { AccessTokens } from './google-oauth';
import { Attempts, type HttpResponse, NetworkError, send, sendFile, type Timing } from './http';
import { CONTENT_LANGUAGE, type YoutubeItem } from './plan';
import { retryAfterMs } from './retry';
import type { YoutubeEntry } from './state';
import { fileStamp, sameStamp, type StateStore } from './state-file';
import {
  captionsBody,
  classifyYoutubeError,
  contentRange,
  nextByte,
  nextQuotaReset,
  videoResource,
  type YoutubeError,
} from './youtube-protocol';

export type YoutubeContext = {
  dir: string;
  endpoints: Endpoints;
  timing: Timing;
  tokens: AccessTokens;
  store: StateStore;
  emit: (event: PublishEvent) => void;
  signal?: AbortSignal;
};

type Request = { url: string; init: RequestInit };

const hoursUntil = (date: Date, now: Date) => Math.max(0, (date.getTime() - now.getTime()) / 3_600_000).toFixed(1);

/** An error reply as what the run does next: stop YouTube for the day, or fail this clip. */
const failure = (what: string, status: number, error: YoutubeError, now: Date): Error => {
  if (error.kind === 'quota') {
    const reset = nextQuotaReset(now);
    return new StopTarget(
      'youtube',
      `YouTube's daily API quota is used up (${error.reason}: ${error.message}). It resets at midnight Pacific time, ${reset.toISOString()} (in ${hoursUntil(reset, now)} h): run the same command again then; what is published is skipped and the rest resumes`,
    );
  }
  if (error.kind === 'uploadLimit') {
    return new StopTarget(
      'youtube',
      `YouTube takes no more uploads from this channel for now (${error.reason}: ${error.message}). The limit lifts within about a day: run the same command again then`,
    );
  }
  if (error.kind === 'auth') {
    return new StopTarget(
      'youtube',
      `YouTube refused the access token even after refreshing it (${status} ${error.reason}: ${error.message}): run npm run auth -- youtube`,
    );
  }
  return new Error(`${what}: YouTube answered ${status} ${error.reason}: ${error.message}`);
};

/**
 * One YouTube call with the access token. A 401 refreshes the token once and tries again; 5xx,
 * rate limits and (when `retryDropped`) lost connections back off and try again a bounded number
 * of times. Resolves with a 2xx or 3xx reply.
 */
const call = async (
  ctx: YoutubeContext,
  what: string,
  request: Request,
  { retryDropped = true }: { retryDropped?: boolean } = {},
): Promise<HttpResponse> => {
  const attempts = new Attempts(what, ctx.timing, (message) => ctx.emit({ type: 'warning', message }), ctx.signal);
  let refreshed = false;
  for (;;) {
    const token = await ctx.tokens.get();
    let response: HttpResponse;
    try {
      response = await send(request.url, {
        ...request.init,
        headers: { ...(request.init.headers as Record<string, string>), authorization: `Bearer ${token}` },
        timeoutMs: ctx.timing.requestTimeoutMs,
        signal: ctx.signal,
      });
    } catch (error) {
      if (!(error instanceof NetworkError) || !retryDropped) throw error;
      await attempts.failed(error.message);
      continue;
    }
    if (response.status < 400) return response;
    const error = classifyYoutubeError(response.status, response.body);
    if (error.kind === 'auth' && !refreshed) {
      refreshed = true;
      ctx.emit({ type: 'warning', message: `${what}: the access token was refused (401); refreshing it` });
      await ctx.tokens.refresh();
      continue;
    }
    if (error.kind === 'retry' || error.kind === 'rateLimit') {
      await attempts.failed(
        `${response.status} ${error.reason}`,
        retryAfterMs(response.headers.get('retry-after'), ctx.timing.now()),
      );
      continue;
    }
    throw failure(what, response.status, error, ctx.timing.now());
  }
};

const api = (ctx: YoutubeContext, path: string) => `${ctx.endpoints.youtubeApi}${path}`;

const videoIdOf = (body: unknown): string => {
  const id = (body as { id?: unknown })?.id;
  if (typeof id !== 'string')
    throw new Error(`YouTube's answer to the finished upload has no video id: ${JSON.stringify(body)}`);
  return id;
};

/**
 * A video of ours with this title that reached the channel after `since`: the one a lost session
 * completed. Read from the channel's uploads playlist (2 units), so a gone session never means a
 * second upload of a video that arrived.
 */
const findUploaded = async (ctx: YoutubeContext, title: string, since: string): Promise<string | null> => {
  const channels = await call(ctx, 'reading the channel', {
    url: api(ctx, '/youtube/v3/channels?part=contentDetails&mine=true'),
    init: { method: 'GET' },
  });
  const uploads = (channels.body as { items?: Array<{ contentDetails?: { relatedPlaylists?: { uploads?: string } } }> })
    ?.items?.[0]?.contentDetails?.relatedPlaylists?.uploads;
  if (!uploads) return null;
  const items = await call(ctx, 'reading the channel uploads', {
    url: api(ctx, `/youtube/v3/playlistItems?part=snippet&maxResults=25&playlistId=${encodeURIComponent(uploads)}`),
    init: { method: 'GET' },
  });
  const match = (
    items.body as {
      items?: Array<{ snippet?: { title?: string; publishedAt?: string; resourceId?: { videoId?: string } } }>;
    }
  )?.items?.find(
    (i) => i.snippet?.title === title && Date.parse(i.snippet.publishedAt ?? '') >= Date.parse(since) - 60_000,
  );
  return match?.snippet?.resourceId?.videoId ?? null;
};

type SessionStatus = { done: string } | { next: number } | { gone: true };

// An empty PUT whose Content-Range names only the total: 308 says how much arrived, 200 or 201 that it all did.
const querySession = async (
  ctx: YoutubeContext,
  uri: string,
  total: number,
  attempts: Attempts,
  refresh: () => Promise<void>,
): Promise<SessionStatus> => {
  for (;;) {
    let response: HttpResponse;
    try {
      response = await send(uri, {
        method: 'PUT',
        headers: {
          authorization: `Bearer ${await ctx.tokens.get()}`,
          'content-length': '0',
          'content-range': `bytes */${total}`,
        },
        timeoutMs: ctx.timing.requestTimeoutMs,
        signal: ctx.signal,
      });
    } catch (error) {
      if (!(error instanceof NetworkError)) throw error;
      await attempts.failed(error.message);
      continue;
    }
    if (response.status === 200 || response.status === 201) return { done: videoIdOf(response.body) };
    if (response.status === 308) return { next: nextByte(response.headers.get('range')) };
    if (response.status === 404 || response.status === 410) return { gone: true };
    const error = classifyYoutubeError(response.status, response.body);
    if (error.kind === 'auth') {
      await refresh();
      continue;
    }
    if (error.kind === 'retry' || error.kind === 'rateLimit') {
      await attempts.failed(
        `${response.status} ${error.reason}`,
        retryAfterMs(response.headers.get('retry-after'), ctx.timing.now()),
      );
      continue;
    }
    throw failure('asking YouTube how much of the upload arrived', response.status, error, ctx.timing.now());
  }
};

/** Uploads the video, resuming the recorded session when there is one; returns the video id. */
const uploadVideo = async (item: YoutubeItem, ctx: YoutubeContext, start: YoutubeEntry): Promise<string> => {
  let entry = start;
  const save = async (change: Partial<YoutubeEntry>) => {
    entry = { ...entry, ...change, updatedAt: ctx.timing.now().toISOString() };
    await ctx.store.set(item.clipId, entry);
  };
  const path = join(ctx.dir, item.files.video);
  const total = entry.video.bytes;
  const what = `uploading ${item.files.video}`;
  const attempts = new Attempts(what, ctx.timing, (message) => ctx.emit({ type: 'warning', message }), ctx.signal);
  let refreshed = false;
  const refresh = async () => {
    if (refreshed) {
      throw new StopTarget(
        'youtube',
        'YouTube refused the access token even after refreshing it: run npm run auth -- youtube',
      );
    }
    refreshed = true;
    ctx.emit({ type: 'warning', message: `${what}: the access token was refused (401); refreshing it` });
    await ctx.tokens.refresh();
  };
  // null: ask the session how much it has before sending.
  let offset: number | null = entry.session ? null : 0;
  let confirmed = 0;
  for (;;) {
    if (!entry.session) {
      ctx.emit({ type: 'stage', item, stage: 'starting the upload session' });
      const response = await call(ctx, 'starting the upload session', {
        url: api(ctx, '/upload/youtube/v3/videos?uploadType=resumable&part=snippet,status'),
        init: {
          method: 'POST',
          headers: {
            'content-type': 'application/json; charset=UTF-8',
            'x-upload-content-length': String(total),
            'x-upload-content-type': 'video/mp4',
          },
          body: JSON.stringify(videoResource(item)),
        },
      });
      const location = response.headers.get('location');
      if (
        !location ||
        new URL(location, ctx.endpoints.youtubeApi).origin !== new URL(ctx.endpoints.youtubeApi).origin
      ) {
        throw new Error(
          `YouTube's answer to the upload request has no session URI on its own host (Location: ${location})`,
        );
      }
      await save({
        session: { uri: new URL(location, ctx.endpoints.youtubeApi).href, startedAt: ctx.timing.now().toISOString() },
        sent: { title: item.title, privacy: item.privacy, publishAt: item.publishAt },
      });
      offset = 0;
    }
    const session = entry.session as NonNullable<YoutubeEntry['session']>;
    if (offset === null) {
      ctx.emit({ type: 'stage', item, stage: 'asking how much of the upload arrived' });
      const status = await querySession(ctx, session.uri, total, attempts, refresh);
      if ('done' in status) return status.done;
      if ('gone' in status) {
        const found = await findUploaded(ctx, entry.sent.title, session.startedAt);
        if (found) {
          ctx.emit({
            type: 'warning',
            message: `${item.clipId}: the upload session is gone, but the video arrived (${found})`,
          });
          return found;
        }
        ctx.emit({
          type: 'warning',
          message: `${item.clipId}: the upload session expired before the video arrived; starting a new one`,
        });
        await save({ session: null });
        continue;
      }
      offset = status.next;
      if (offset > confirmed) {
        confirmed = offset;
        attempts.reset();
      }
    }
    const from = offset;
    ctx.emit({
      type: 'stage',
      item,
      stage: from > 0 ? `resuming at byte ${from} of ${total} (${Math.floor((100 * from) / total)} %)` : 'uploading',
    });
    ctx.emit({ type: 'bytes', item, sent: from, total });
    let response: HttpResponse;
    try {
      response = await sendFile(session.uri, {
        method: 'PUT',
        headers: {
          authorization: `Bearer ${await ctx.tokens.get()}`,
          'content-type': 'video/mp4',
          'content-length': String(total - from),
          ...(from > 0 ? { 'content-range': contentRange(from, total) } : {}),
        },
        path,
        start: from,
        stallTimeoutMs: ctx.timing.stallTimeoutMs,
        onBytes: (sent) => ctx.emit({ type: 'bytes', item, sent: from + sent, total }),
        signal: ctx.signal,
      });
    } catch (error) {
      if (!(error instanceof NetworkError)) throw error;
      await attempts.failed(error.message);
      offset = null;
      continue;
    }
    if (response.status === 200 || response.status === 201) return videoIdOf(response.body);
    offset = null;
    if (response.status === 308) continue;
    if (response.status === 404 || response.status === 410) continue;
    const error = classifyYoutubeError(response.status, response.body);
    if (error.kind === 'auth') {
      await refresh();
      continue;
    }
    if (error.kind === 'retry' || error.kind === 'rateLimit') {
      await attempts.failed(
        `${response.status} ${error.reason}`,
        retryAfterMs(response.headers.get('retry-after'), ctx.timing.now()),
      );
      continue;
    }
    throw failure(what, response.status, error, ctx.timing.now());
  }
};

/** The video's Korean captions track, if one is there already (a lost answer to an insert that worked). */
const findCaptions = async (ctx: YoutubeContext, videoId: string): Promise<string | null> => {
  const response = await call(ctx, 'listing the captions', {
    url: api(ctx, `/youtube/v3/captions?part=snippet&videoId=${encodeURIComponent(videoId)}`),
    init: { method: 'GET' },
  });
  const items = (response.body as { items?: Array<{ id?: string; snippet?: { language?: string } }> })?.items ?? [];
  return items.find((i) => i.snippet?.language === CONTENT_LANGUAGE)?.id ?? null;
};

const insertCaptions = async (item: YoutubeItem, ctx: YoutubeContext, videoId: string): Promise<string> => {
  const srt = await readFile(join(ctx.dir, item.files.subtitles), 'utf8');
  for (let tries = 0; ; tries++) {
    const boundary = `clips-${randomBytes(12).toString('hex')}`;
    try {
      const response = await call(
        ctx,
        `uploading the captions ${item.files.subtitles}`,
        {
          url: api(ctx, '/upload/youtube/v3/captions?part=snippet&uploadType=multipart'),
          init: {
            method: 'POST',
            headers: { 'content-type': `multipart/related; boundary=${boundary}` },
            body: captionsBody(videoId, srt, boundary),
          },
        },
        // An insert whose answer was lost may have worked: look before sending again.
        { retryDropped: false },
      );
      const id = (response.body as { id?: unknown })?.id;
      if (typeof id !== 'string')
        throw new Error(`YouTube's answer to the captions upload has no id: ${JSON.stringify(response.body)}`);
      return id;
    } catch (error) {
      if (!(error instanceof NetworkError) || tries >= 1) throw error;
      ctx.emit({ type: 'warning', message: `${error.message}; checking whether the captions arrived` });
      const found = await findCaptions(ctx, videoId);
      if (found) return found;
    }
  }
};

const describeSchedule = (entry: YoutubeEntry) =>
  entry.sent.publishAt ? `private until ${entry.sent.publishAt}, then public` : entry.sent.privacy;

/**
 * Uploads the video (resuming an open session) and its captions, recording each step in the
 * state. The thumbnail waits for processing: see setThumbnail.
 */
export const publishYoutube = async (item: YoutubeItem, ctx: YoutubeContext): Promise<string> => {
  const stamp = await fileStamp(join(ctx.dir, item.files.video));
  const now = () => ctx.timing.now().toISOString();
  let entry = ctx.store.get(item.clipId) as YoutubeEntry | undefined;
  if (entry && entry.videoId === null && entry.session && !sameStamp(entry.video, stamp)) {
    ctx.emit({
      type: 'warning',
      message: `${item.clipId}: ${item.files.video} changed since its upload started; the old session is dropped and the new file uploaded`,
    });
    entry = undefined;
  }
  if (entry?.videoId && !sameStamp(entry.video, stamp)) {
    ctx.emit({
      type: 'warning',
      message: `${item.clipId}: ${item.files.video} changed since it was published as ${entry.videoId}; it is not posted again (remove its entry from publish.json to post the new file)`,
    });
  }
  if (!entry) {
    entry = {
      target: 'youtube',
      video: stamp,
      sent: { title: item.title, privacy: item.privacy, publishAt: item.publishAt },
      session: null,
      videoId: null,
      captionsId: null,
      thumbnail: null,
      updatedAt: now(),
    };
  } else if (
    entry.videoId === null &&
    entry.session &&
    (entry.sent.publishAt !== item.publishAt || entry.sent.privacy !== item.privacy)
  ) {
    ctx.emit({
      type: 'warning',
      message: `${item.clipId}: resuming the upload started as ${describeSchedule(entry)}; the new privacy or --at applies to clips not yet started`,
    });
  }
  if (entry.videoId === null) {
    const videoId = await uploadVideo(item, ctx, entry);
    entry = {
      ...((ctx.store.get(item.clipId) as YoutubeEntry | undefined) ?? entry),
      videoId,
      session: null,
      updatedAt: now(),
    };
    await ctx.store.set(item.clipId, entry);
  }
  const videoId = entry.videoId as string;
  if (entry.captionsId === null) {
    ctx.emit({ type: 'stage', item, stage: `on YouTube as video ${videoId} (${describeSchedule(entry)})` });
    ctx.emit({ type: 'stage', item, stage: 'uploading captions' });
    entry = { ...entry, captionsId: await insertCaptions(item, ctx, videoId), updatedAt: now() };
    await ctx.store.set(item.clipId, entry);
  }
  if (entry.thumbnail === null && item.thumbnail) {
    entry = {
      ...entry,
      thumbnail: { status: 'pending', note: 'waits for YouTube to process the video' },
      updatedAt: now(),
    };
    await ctx.store.set(item.clipId, entry);
  }
  return `video ${videoId}, ${describeSchedule(entry)}, captions ${entry.captionsId}`;
};

type Processing = 'succeeded' | 'failed' | 'timeout';

/** Asks until YouTube has processed the video, for at most the run's polling time. */
const waitProcessed = async (ctx: YoutubeContext, videoId: string): Promise<{ state: Processing; detail: string }> => {
  const started = ctx.timing.now().getTime();
  for (;;) {
    const response = await call(ctx, 'asking whether the video is processed', {
      url: api(ctx, `/youtube/v3/videos?part=processingDetails,status&id=${encodeURIComponent(videoId)}`),
      init: { method: 'GET' },
    });
    const video = (
      response.body as {
        items?: Array<{
          processingDetails?: { processingStatus?: string; processingFailureReason?: string };
          status?: { uploadStatus?: string; failureReason?: string; rejectionReason?: string };
        }>;
      }
    )?.items?.[0];
    const processing = video?.processingDetails?.processingStatus;
    if (processing === 'succeeded') return { state: 'succeeded', detail: processing };
    if (processing === 'failed' || processing === 'terminated' || video?.status?.uploadStatus === 'rejected') {
      const reason =
        video?.processingDetails?.processingFailureReason ??
        video?.status?.failureReason ??
        video?.status?.rejectionReason ??
        processing;
      return { state: 'failed', detail: `${processing ?? video?.status?.uploadStatus}: ${reason}` };
    }
    if (ctx.timing.now().getTime() - started + ctx.timing.pollIntervalMs > ctx.timing.maxPollMs) {
      return { state: 'timeout', detail: processing ?? 'no processing details yet' };
    }
    await ctx.timing.sleep(ctx.timing.pollIntervalMs, ctx.signal);
  }
};

/**
 * Best effort: sets the cover as the thumbnail once YouTube has processed the video (today's docs:
 * Shorts accept one only then). A failure is a warning; a video still processing is left for a re-run.
 */
export const setThumbnail = async (item: YoutubeItem, ctx: YoutubeContext): Promise<void> => {
  const entry = ctx.store.get(item.clipId) as YoutubeEntry | undefined;
  if (!entry?.videoId || entry.thumbnail?.status !== 'pending' || !item.thumbnail) return;
  const save = (status: 'set' | 'pending' | 'failed', note: string) =>
    ctx.store.set(item.clipId, { ...entry, thumbnail: { status, note }, updatedAt: ctx.timing.now().toISOString() });
  ctx.emit({ type: 'stage', item, stage: `${item.clipId}: waiting for processing, for the thumbnail` });
  const processed = await waitProcessed(ctx, entry.videoId);
  if (processed.state === 'timeout') {
    await save('pending', `YouTube was still processing (${processed.detail}): a re-run sets the thumbnail`);
    ctx.emit({ type: 'warning', message: `${item.clipId}: still processing, thumbnail left for a re-run` });
    return;
  }
  if (processed.state === 'failed') {
    await save('failed', `YouTube could not process the video (${processed.detail})`);
    ctx.emit({
      type: 'warning',
      message: `${item.clipId}: YouTube could not process video ${entry.videoId} (${processed.detail})`,
    });
    return;
  }
  try {
    await call(ctx, `setting the thumbnail ${item.thumbnail}`, {
      url: api(ctx, `/upload/youtube/v3/thumbnails/set?videoId=${encodeURIComponent(entry.videoId)}&uploadType=media`),
      init: {
        method: 'POST',
        headers: { 'content-type': 'image/jpeg' },
        body: await readFile(join(ctx.dir, item.thumbnail)),
      },
    });
    await save('set', item.thumbnail);
    ctx.emit({ type: 'stage', item, stage: `${item.clipId}: thumbnail set from ${item.thumbnail}` });
  } catch (error) {
    if (error instanceof StopTarget || (error as Error).name === 'AbortError') throw error;
    await save('failed', (error as Error).message);
    ctx.emit({ type: 'warning', message: `${item.clipId}: the thumbnail was not set (${(error as Error).message})` });
  }
};

/** The channel the token belongs to, to confirm a sign-in. */
export const youtubeChannelTitle = async (
  endpoints: Endpoints,
  accessToken: string,
  timing: Timing,
): Promise<string> => {
  const response = await send(`${endpoints.youtubeApi}/youtube/v3/channels?part=snippet&mine=true`, {
    headers: { authorization: `Bearer ${accessToken}` },
    timeoutMs: timing.requestTimeoutMs,
  });
  if (response.status >= 400) {
    const error = classifyYoutubeError(response.status, response.body);
    throw new Error(`YouTube did not name the channel: ${response.status} ${error.reason}: ${error.message}`);
  }
  const title = (response.body as { items?: Array<{ snippet?: { title?: string } }> })?.items?.[0]?.snippet?.title;
  if (!title)
    throw new Error('This Google account has no YouTube channel: create one, then run npm run auth -- youtube again');
  return title;
};
