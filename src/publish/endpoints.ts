/**
 * Where the platforms' APIs are: the real hosts, or stand-ins named by environment variables (a
 * local fake in the tests). Pure: reads the environment it is given.
 */
import { z } from 'zod';

export type InstagramHost = 'instagram' | 'facebook';

/** A current Graph API version (Meta keeps each for about two years). */
export const GRAPH_API_VERSION = 'v26.0';

export type Endpoints = {
  /** Origin of the YouTube Data API, for both /youtube/v3 and /upload/youtube/v3. */
  youtubeApi: string;
  googleToken: string;
  /** Origin of the Graph API for each login type: Instagram Login and Facebook Login. */
  graph: Record<InstagramHost, string>;
  /** Where Meta may send the video bytes: its rupload host, or the stand-in's origin. */
  uploadOrigins: string[];
};

const DEFAULTS = {
  youtubeApi: 'https://www.googleapis.com',
  googleToken: 'https://oauth2.googleapis.com/token',
  graph: { instagram: 'https://graph.instagram.com', facebook: 'https://graph.facebook.com' },
  rupload: 'https://rupload.facebook.com',
} as const;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Tokens travel to these URLs, so plain http is allowed only to this machine. */
const endpointUrl = (name: string, value: string): string => {
  const parsed = z.url().safeParse(value);
  if (!parsed.success) {
    throw new Error(`${name} must be a URL like https://host, not "${value}"`);
  }
  const url = new URL(value);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
    throw new Error(`${name} must be an https URL (http only for 127.0.0.1 or localhost), not "${value}"`);
  }
  return value.replace(/\/+$/, '');
};

export const endpointsFrom = (env: Record<string, string | undefined>): Endpoints => {
  const youtubeApi = env.CLIPS_YOUTUBE_API_BASE
    ? endpointUrl('CLIPS_YOUTUBE_API_BASE', env.CLIPS_YOUTUBE_API_BASE)
    : DEFAULTS.youtubeApi;
  const googleToken = env.CLIPS_GOOGLE_TOKEN_URL
    ? endpointUrl('CLIPS_GOOGLE_TOKEN_URL', env.CLIPS_GOOGLE_TOKEN_URL)
    : DEFAULTS.googleToken;
  const graphOverride = env.CLIPS_GRAPH_API_BASE ? endpointUrl('CLIPS_GRAPH_API_BASE', env.CLIPS_GRAPH_API_BASE) : null;
  return {
    youtubeApi,
    googleToken,
    graph: graphOverride ? { instagram: graphOverride, facebook: graphOverride } : { ...DEFAULTS.graph },
    uploadOrigins: graphOverride ? [new URL(graphOverride).origin] : [DEFAULTS.rupload],
  };
};

/** The container's upload URI, if it is one Meta's docs name (or the stand-in's): the token goes there. */
export const checkUploadUri = (uri: unknown, endpoints: Endpoints): string => {
  if (typeof uri !== 'string' || !URL.canParse(uri)) {
    throw new Error(`Instagram's container has no upload uri (got ${JSON.stringify(uri)})`);
  }
  const origin = new URL(uri).origin;
  if (!endpoints.uploadOrigins.includes(origin)) {
    throw new Error(
      `Instagram's container names an upload host ${origin}, not ${endpoints.uploadOrigins.join(' or ')}: the token is not sent there`,
    );
  }
  return uri;
};
