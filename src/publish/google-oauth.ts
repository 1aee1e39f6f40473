/**
 * Node side: Google's OAuth flow for desktop apps with google-auth-library: the system browser, a
 * loopback redirect, PKCE and offline access; and access tokens from the saved refresh token.
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CodeChallengeMethod, OAuth2Client } from 'google-auth-library';
import type { YoutubeCredentials } from './credentials-schema';
import type { Endpoints } from './endpoints';
import { StopTarget } from './events';

/** Uploading needs youtube.upload; captions need youtube.force-ssl. */
export const YOUTUBE_SCOPES = [
  'https://www.googleapis.com/auth/youtube.upload',
  'https://www.googleapis.com/auth/youtube.force-ssl',
];

/** How long the browser sign-in may take before the command gives up. */
const SIGN_IN_TIMEOUT_MS = 5 * 60_000;

/** Google's own words for a refused token request, without the request (which carries the secrets). */
export const describeGoogleError = (error: unknown): string => {
  const data = (error as { response?: { data?: { error?: unknown; error_description?: unknown } } }).response?.data;
  if (data?.error === 'invalid_grant') {
    return `Google refused the saved refresh token (invalid_grant${data.error_description ? `: ${String(data.error_description)}` : ''}). Tokens of an app still in testing expire after 7 days; a revoked one too. Run npm run auth -- youtube`;
  }
  if (data?.error) {
    return `Google's token endpoint refused the request (${String(data.error)}${data.error_description ? `: ${String(data.error_description)}` : ''})`;
  }
  const code =
    (error as { code?: unknown; cause?: { code?: unknown } }).cause?.code ?? (error as { code?: unknown }).code;
  return `Google's token endpoint could not be reached (${String(code ?? 'no answer')})`;
};

export type AccessTokens = {
  get: () => Promise<string>;
  /** A fresh token, after the API refused the one in hand. */
  refresh: () => Promise<string>;
};

export const youtubeAccessTokens = (credentials: YoutubeCredentials, endpoints: Endpoints): AccessTokens => {
  const client = new OAuth2Client({
    clientId: credentials.clientId,
    clientSecret: credentials.clientSecret,
    endpoints: { oauth2TokenUrl: endpoints.googleToken },
  });
  let current: string | null = null;
  const fetchToken = async (): Promise<string> => {
    // Only the refresh token: the library then asks the token endpoint for a new access token.
    client.setCredentials({ refresh_token: credentials.refreshToken });
    try {
      const { token } = await client.getAccessToken();
      if (!token) throw new Error('no access token in the answer');
      current = token;
      return token;
    } catch (error) {
      // Without an access token nothing on YouTube can go on.
      throw new StopTarget('youtube', describeGoogleError(error));
    }
  };
  return {
    get: () => (current ? Promise.resolve(current) : fetchToken()),
    refresh: fetchToken,
  };
};

type Callback = { code: string } | { error: string };

const PAGE = (text: string) =>
  `<!doctype html><meta charset="utf-8"><title>newsletter-clips</title><p style="font:16px sans-serif">${text}</p>`;

/**
 * Signs in in the browser and returns the tokens. The redirect comes back to a server on
 * 127.0.0.1 that this call starts on a free port and closes when done; the state parameter and
 * the PKCE verifier tie the answer to this request.
 */
export const authorizeYoutube = async ({
  clientId,
  clientSecret,
  endpoints,
  openBrowser,
  signal,
}: {
  clientId: string;
  clientSecret: string;
  endpoints: Endpoints;
  /** Shows the consent page: the system browser, or a test acting as one. */
  openBrowser: (url: string) => void;
  signal?: AbortSignal;
}): Promise<{ refreshToken: string; accessToken: string }> => {
  const state = randomBytes(16).toString('hex');
  let settle: (callback: Callback) => void = () => undefined;
  const answered = new Promise<Callback>((resolve) => {
    settle = resolve;
  });
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== '/') {
      response.writeHead(404).end();
      return;
    }
    if (url.searchParams.get('state') !== state) {
      response
        .writeHead(400, { 'content-type': 'text/html' })
        .end(PAGE('This sign-in answer is not for this request.'));
      return;
    }
    const error = url.searchParams.get('error');
    const code = url.searchParams.get('code');
    response
      .writeHead(200, { 'content-type': 'text/html' })
      .end(
        PAGE(code ? 'Signed in. You can close this tab and go back to the terminal.' : 'Sign-in was not completed.'),
      );
    settle(code ? { code } : { error: error ?? 'no code in the answer' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const redirectUri = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const timer = setTimeout(
    () => settle({ error: `no answer within ${SIGN_IN_TIMEOUT_MS / 60_000} minutes` }),
    SIGN_IN_TIMEOUT_MS,
  );
  const onAbort = () => settle({ error: 'cancelled' });
  signal?.addEventListener('abort', onAbort);
  try {
    const client = new OAuth2Client({
      clientId,
      clientSecret,
      redirectUri,
      endpoints: { oauth2TokenUrl: endpoints.googleToken },
    });
    const { codeVerifier, codeChallenge } = await client.generateCodeVerifierAsync();
    openBrowser(
      client.generateAuthUrl({
        access_type: 'offline',
        // Asks again even if granted before: Google sends a refresh token only with consent.
        prompt: 'consent',
        scope: YOUTUBE_SCOPES,
        code_challenge_method: CodeChallengeMethod.S256,
        code_challenge: codeChallenge,
        state,
      }),
    );
    const callback = await answered;
    if ('error' in callback) {
      throw new Error(`Google sign-in did not complete: ${callback.error}`);
    }
    let tokens;
    try {
      ({ tokens } = await client.getToken({ code: callback.code, codeVerifier, redirect_uri: redirectUri }));
    } catch (error) {
      throw new Error(describeGoogleError(error));
    }
    if (!tokens.refresh_token || !tokens.access_token) {
      throw new Error(
        'Google sent no refresh token: remove this app under "Third-party apps & services" in your Google Account and run npm run auth -- youtube again',
      );
    }
    return { refreshToken: tokens.refresh_token, accessToken: tokens.access_token };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
    server.closeAllConnections();
    server.close();
  }
};
