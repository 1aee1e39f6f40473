/**
 * Node side: fetch with a time limit, errors that name the call but never its query string (where
 * a token may ride), retries with backoff, and a file sent as a stream with its progress.
 */
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { type Backoff, backoffMs, DEFAULT_BACKOFF } from './retry';

export type Timing = {
  backoff: Backoff;
  /** A call that sends no file. */
  requestTimeoutMs: number;
  /** An upload whose bytes stop moving (or whose answer does not come) for this long is cut. */
  stallTimeoutMs: number;
  /** How often to ask whether a video has been processed. */
  pollIntervalMs: number;
  /** How long to keep asking before leaving it to a re-run. */
  maxPollMs: number;
  random: () => number;
  now: () => Date;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
};

/** Meta asks for a container's status about once a minute for up to five; half that finds short clips sooner. */
const DEFAULT_POLL_SECONDS = 30;

/** The timings of a real run; CLIPS_POLL_SECONDS changes how often processing is asked about. */
export const defaultTiming = (env: Record<string, string | undefined> = process.env): Timing => {
  const pollSeconds = env.CLIPS_POLL_SECONDS === undefined ? DEFAULT_POLL_SECONDS : Number(env.CLIPS_POLL_SECONDS);
  if (!Number.isFinite(pollSeconds) || pollSeconds <= 0) {
    throw new Error(`CLIPS_POLL_SECONDS must be a number of seconds above 0, not "${env.CLIPS_POLL_SECONDS}"`);
  }
  return {
    backoff: DEFAULT_BACKOFF,
    requestTimeoutMs: 60_000,
    stallTimeoutMs: 60_000,
    pollIntervalMs: pollSeconds * 1000,
    maxPollMs: 10 * 60_000,
    random: Math.random,
    now: () => new Date(),
    sleep: (ms, signal) => sleep(ms, undefined, { signal }),
  };
};

/** The connection failed, was cut, or no answer came in time: the call may or may not have done its work. */
export class NetworkError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

export type HttpResponse = { status: number; headers: Headers; body: unknown };

/** `POST /v26.0/123/media`: enough to say which call, nothing of its query. */
export const callName = (method: string, url: string): string => `${method} ${new URL(url).pathname}`;

const readBody = async (response: Response): Promise<unknown> => {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
};

const networkError = (name: string, error: unknown, timedOut: boolean, timeoutMs: number): NetworkError => {
  if (timedOut) {
    return new NetworkError(`${name}: no answer within ${Math.round(timeoutMs / 1000)} s`, 'TIMEOUT');
  }
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code ?? 'NETWORK';
  return new NetworkError(`${name}: the connection failed (${cause?.code ?? cause?.message ?? 'fetch failed'})`, code);
};

/**
 * One HTTP call. Resolves with any status (the caller reads the error reply); rejects with a
 * NetworkError when no answer came, or the caller's AbortError when it was cancelled.
 */
export const send = async (
  url: string,
  init: RequestInit & { timeoutMs: number; signal?: AbortSignal },
): Promise<HttpResponse> => {
  const name = callName(init.method ?? 'GET', url);
  const timer = new AbortController();
  const timeout = setTimeout(() => timer.abort(), init.timeoutMs);
  const signal = init.signal ? AbortSignal.any([init.signal, timer.signal]) : timer.signal;
  try {
    const response = await fetch(url, { ...init, signal });
    return { status: response.status, headers: response.headers, body: await readBody(response) };
  } catch (error) {
    if (init.signal?.aborted) throw init.signal.reason;
    throw networkError(name, error, timer.signal.aborted, init.timeoutMs);
  } finally {
    clearTimeout(timeout);
  }
};

/**
 * Sends bytes `start`..end of a file as the body, reporting each chunk as it goes. The stall timer
 * restarts with every chunk read, so a slow link is fine and a dead one is cut.
 */
export const sendFile = async (
  url: string,
  init: Omit<RequestInit, 'body'> & {
    path: string;
    start: number;
    stallTimeoutMs: number;
    onBytes: (sent: number) => void;
    signal?: AbortSignal;
  },
): Promise<HttpResponse> => {
  const name = callName(init.method ?? 'PUT', url);
  const timer = new AbortController();
  let stall = setTimeout(() => timer.abort(), init.stallTimeoutMs);
  const restart = () => {
    clearTimeout(stall);
    stall = setTimeout(() => timer.abort(), init.stallTimeoutMs);
  };
  const signal = init.signal ? AbortSignal.any([init.signal, timer.signal]) : timer.signal;
  let sent = 0;
  let settled = false;
  const counted = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      sent += chunk.byteLength;
      restart();
      // A cut request may still drain its body for a moment: it no longer counts as sent.
      if (!settled) init.onBytes(sent);
      controller.enqueue(chunk);
    },
  });
  const stream = createReadStream(init.path, { start: init.start });
  const file = Readable.toWeb(stream) as ReadableStream<Uint8Array>;
  try {
    const response = await fetch(url, {
      ...init,
      body: file.pipeThrough(counted),
      // Node's fetch sends a stream body only in half-duplex mode.
      duplex: 'half',
      signal,
    } as RequestInit);
    return { status: response.status, headers: response.headers, body: await readBody(response) };
  } catch (error) {
    if (init.signal?.aborted) throw init.signal.reason;
    throw networkError(name, error, timer.signal.aborted, init.stallTimeoutMs);
  } finally {
    settled = true;
    clearTimeout(stall);
    stream.destroy();
  }
};

/** Counts a call's failures and waits between tries; the last failure ends it. */
export class Attempts {
  private failures = 0;

  constructor(
    private readonly what: string,
    private readonly timing: Timing,
    private readonly onRetry: (message: string) => void,
    private readonly signal?: AbortSignal,
  ) {}

  /** Waits before the next try (at least as long as the server asked), or throws when none is left. */
  async failed(reason: string, waitMs: number | null = null): Promise<void> {
    this.failures += 1;
    if (this.failures >= this.timing.backoff.attempts) {
      throw new Error(`${this.what}: gave up after ${this.failures} tries (${reason})`);
    }
    const wait = Math.max(waitMs ?? 0, backoffMs(this.failures - 1, this.timing.backoff, this.timing.random));
    this.onRetry(`${this.what}: ${reason}; trying again in ${(wait / 1000).toFixed(1)} s`);
    await this.timing.sleep(wait, this.signal);
  }

  /** Progress was made: the next failure starts counting afresh. */
  reset(): void {
    this.failures = 0;
  }
}
