/**
 * Node side: Instagram's long-lived tokens. A short-lived token (an hour) is exchanged for one
 * of 60 days; an Instagram Login token is refreshed before it runs out. The token exchange
 * endpoints take their secrets in the query string, as Meta documents, so no URL from here is
 * ever printed.
 */
import type { InstagramCredentials } from './credentials-schema';
import { type Endpoints, GRAPH_API_VERSION, type InstagramHost } from './endpoints';
import { classifyGraphError } from './graph-protocol';
import { send, type Timing } from './http';

/** A long-lived token's documented lifetime, for an answer that does not state it. */
const LONG_LIVED_SECONDS = 60 * 86_400;

const tokenAnswer = (
  what: string,
  status: number,
  body: unknown,
  now: Date,
): { accessToken: string; expiresAt: string } => {
  if (status >= 400) {
    throw new Error(`${what}: Instagram answered ${status}: ${classifyGraphError(status, body).message}`);
  }
  const { access_token: token, expires_in: expiresIn } = (body ?? {}) as {
    access_token?: unknown;
    expires_in?: unknown;
  };
  if (typeof token !== 'string' || token.length === 0) throw new Error(`${what}: the answer has no access_token`);
  const seconds = typeof expiresIn === 'number' && expiresIn > 0 ? expiresIn : LONG_LIVED_SECONDS;
  return { accessToken: token, expiresAt: new Date(now.getTime() + seconds * 1000).toISOString() };
};

/**
 * Instagram Login: GET graph.instagram.com/access_token?grant_type=ig_exchange_token with the app
 * secret. Facebook Login: GET graph.facebook.com/oauth/access_token?grant_type=fb_exchange_token
 * with the app id and secret.
 */
export const exchangeForLongLived = async ({
  host,
  shortLivedToken,
  appSecret,
  appId,
  endpoints,
  timing,
}: {
  host: InstagramHost;
  shortLivedToken: string;
  appSecret: string;
  appId: string | null;
  endpoints: Endpoints;
  timing: Timing;
}): Promise<{ accessToken: string; expiresAt: string }> => {
  const query =
    host === 'instagram'
      ? new URLSearchParams({
          grant_type: 'ig_exchange_token',
          client_secret: appSecret,
          access_token: shortLivedToken,
        })
      : new URLSearchParams({
          grant_type: 'fb_exchange_token',
          client_id: appId ?? '',
          client_secret: appSecret,
          fb_exchange_token: shortLivedToken,
        });
  if (host === 'facebook' && !appId)
    throw new Error('Facebook Login needs the app id (--app-id) to exchange the token');
  const path = host === 'instagram' ? '/access_token' : `/${GRAPH_API_VERSION}/oauth/access_token`;
  const response = await send(`${endpoints.graph[host]}${path}?${query}`, { timeoutMs: timing.requestTimeoutMs });
  return tokenAnswer('Exchanging the short-lived token', response.status, response.body, timing.now());
};

/**
 * Instagram Login tokens refresh for another 60 days while still valid (and at least a day old).
 * Facebook Login user tokens cannot be refreshed this way: a new sign-in makes a new one.
 */
export const refreshInstagramToken = async (
  account: InstagramCredentials,
  endpoints: Endpoints,
  timing: Timing,
): Promise<{ accessToken: string; expiresAt: string }> => {
  if (account.host !== 'instagram') {
    throw new Error(
      'a Facebook Login token cannot be refreshed by the API: run npm run auth -- instagram with a new token',
    );
  }
  const query = new URLSearchParams({ grant_type: 'ig_refresh_token', access_token: account.accessToken });
  const response = await send(`${endpoints.graph.instagram}/refresh_access_token?${query}`, {
    timeoutMs: timing.requestTimeoutMs,
  });
  return tokenAnswer('Refreshing the Instagram token', response.status, response.body, timing.now());
};
