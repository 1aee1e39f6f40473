/**
 * Instagram's Graph API replies, as data: error codes, the publishing limit, a container's
 * status. Pure.
 */
import type { InstagramItem } from './plan';

export type GraphErrorKind =
  /** The token is invalid or expired: only a new one helps. */
  | 'token'
  /** The account's API posts for the last 24 hours are used up. */
  | 'postingLimit'
  | 'rateLimit'
  /** The container is older than 24 hours: a new one is needed. */
  | 'expired'
  | 'retry'
  | 'fatal';

export type GraphError = { kind: GraphErrorKind; code: number | null; subcode: number | null; message: string };

/** Application, user, page and per-call throttling (codes 4, 17, 32, 613) and business use case limits. */
const RATE_CODES = new Set([4, 17, 32, 613, 80001, 80002]);
/** Meta's "try again" errors for media: server error, create failed, unknown upload error. */
const RETRY_SUBCODES = new Set([2207001, 2207032, 2207053]);
const POSTING_LIMIT_SUBCODE = 2207042;
const EXPIRED_SUBCODE = 2207020;

export const classifyGraphError = (status: number, body: unknown): GraphError => {
  const error = (
    body as {
      error?: {
        message?: unknown;
        code?: unknown;
        error_subcode?: unknown;
        is_transient?: unknown;
        error_user_msg?: unknown;
      };
    }
  )?.error;
  const code = typeof error?.code === 'number' ? error.code : null;
  const subcode = typeof error?.error_subcode === 'number' ? error.error_subcode : null;
  const text = String(error?.error_user_msg ?? error?.message ?? `HTTP ${status}`);
  const message = `${text}${code === null ? '' : ` (code ${code}${subcode === null ? '' : `, subcode ${subcode}`})`}`;
  const kind: GraphErrorKind =
    code === 190
      ? 'token'
      : subcode === POSTING_LIMIT_SUBCODE
        ? 'postingLimit'
        : subcode === EXPIRED_SUBCODE
          ? 'expired'
          : status === 429 || (code !== null && RATE_CODES.has(code))
            ? 'rateLimit'
            : status >= 500 || error?.is_transient === true || (subcode !== null && RETRY_SUBCODES.has(subcode))
              ? 'retry'
              : 'fatal';
  return { kind, code, subcode, message };
};

/** Meta's estimate of when a throttled app may call again, from X-Business-Use-Case-Usage; null without one. */
export const regainAccessMs = (header: string | null): number | null => {
  if (!header) return null;
  try {
    const usage = JSON.parse(header) as Record<string, Array<{ estimated_time_to_regain_access?: number }>>;
    const minutes = Object.values(usage)
      .flat()
      .map((u) => u.estimated_time_to_regain_access ?? 0);
    return minutes.length > 0 ? Math.max(...minutes) * 60_000 : null;
  } catch {
    return null;
  }
};

export type PublishingLimit = { used: number; total: number; windowSeconds: number };

/** content_publishing_limit's answer: `{ data: [{ quota_usage, config: { quota_total, quota_duration } }] }`. */
export const readPublishingLimit = (body: unknown): PublishingLimit => {
  const entry = (
    body as { data?: Array<{ quota_usage?: unknown; config?: { quota_total?: unknown; quota_duration?: unknown } }> }
  )?.data?.[0];
  const used = entry?.quota_usage;
  const total = entry?.config?.quota_total;
  if (typeof used !== 'number' || typeof total !== 'number') {
    throw new Error(
      `Instagram's content_publishing_limit answer has no quota_usage and quota_total: ${JSON.stringify(body)}`,
    );
  }
  const windowSeconds = typeof entry?.config?.quota_duration === 'number' ? entry.config.quota_duration : 86_400;
  return { used, total, windowSeconds };
};

export const CONTAINER_STATUSES = ['IN_PROGRESS', 'FINISHED', 'PUBLISHED', 'ERROR', 'EXPIRED'] as const;
export type ContainerStatus = (typeof CONTAINER_STATUSES)[number];

/** `GET /{container}?fields=status_code,status`: the code, and Meta's words for an error. */
export const readContainerStatus = (body: unknown): { code: ContainerStatus; detail: string } => {
  const { status_code: code, status } = (body ?? {}) as { status_code?: unknown; status?: unknown };
  if (!CONTAINER_STATUSES.includes(code as ContainerStatus)) {
    throw new Error(
      `Instagram's container status is not one of ${CONTAINER_STATUSES.join(', ')}: ${JSON.stringify(body)}`,
    );
  }
  return { code: code as ContainerStatus, detail: typeof status === 'string' ? status : String(code) };
};

/** POST /{ig-user-id}/media: a Reel container that takes its bytes by resumable upload. */
export const containerParams = (item: InstagramItem): Record<string, string> => ({
  media_type: 'REELS',
  upload_type: 'resumable',
  caption: item.caption,
  share_to_feed: String(item.shareToFeed),
  thumb_offset: String(item.thumbOffsetMs),
});
