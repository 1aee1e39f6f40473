/** How long to wait before trying again. Pure: the caller passes the randomness and the clock. */

export type Backoff = {
  /** The first wait; each further one doubles. */
  baseMs: number;
  /** Google's guidance caps exponential backoff at about 32 s. */
  maxMs: number;
  /** Tries in all, the first included. */
  attempts: number;
};

export const DEFAULT_BACKOFF: Backoff = { baseMs: 1000, maxMs: 32_000, attempts: 5 };

/** Exponential backoff with up to one base interval of jitter, so many clients do not retry in step. */
export const backoffMs = (failure: number, backoff: Backoff, random: () => number): number =>
  Math.min(backoff.maxMs, backoff.baseMs * 2 ** failure) + Math.floor(random() * backoff.baseMs);

/** A Retry-After header in seconds or as an HTTP date; null when absent or unreadable. */
export const retryAfterMs = (header: string | null, now: Date): number | null => {
  if (!header) return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - now.getTime());
};
