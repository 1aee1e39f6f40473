/**
 * A local stand-in for Google's token endpoint, the YouTube Data API and Instagram's Graph API,
 * written from their docs, with faults to inject. One node:http server on port 0; it records every
 * request and every byte that arrives, so tests can check what was sent, how often, and that an
 * upload resumed rather than restarted.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const FAKE = {
  clientId: 'fake-client-id.apps.googleusercontent.com',
  clientSecret: 'GOCSPX-fake-client-secret-0123456789',
  refreshToken: '1//fake-refresh-token-abcdefghijklmnop',
  igUserId: '17841400000000001',
  igToken: 'IGAAfake-long-lived-token-0123456789abcdef',
  igShortToken: 'IGAAfake-short-lived-token-zyxwvut987654',
  igAppSecret: 'fake-instagram-app-secret-42424242',
  graphVersion: 'v26.0',
} as const;

export type ContainerCode = 'IN_PROGRESS' | 'FINISHED' | 'ERROR' | 'EXPIRED';

export type Faults = {
  /** The first access token works for this many calls, then answers 401 (expired). */
  expireFirstTokenAfter?: number;
  /** The token endpoint refuses the refresh token (revoked, or a test app's 7 days are over). */
  revokedRefreshToken?: boolean;
  /** Starting an upload session answers 503 this many times. */
  initFailures?: number;
  /** Drops the connection once a YouTube upload has this share of its bytes (first time only). */
  dropUploadAt?: number;
  /** Stops reading a YouTube upload once it has this share of its bytes (first time only), as a link that hangs. */
  stallUploadAt?: number;
  /** Answers 503 once a YouTube upload has this share of its bytes (first time only). */
  fail503UploadAt?: number;
  quotaExceededOn?: 'init' | 'captions';
  uploadLimitExceeded?: boolean;
  /** captions.insert answers 429 rateLimitExceeded this many times. */
  captionsRateLimited?: number;
  /** videos.list says "processing" this many times before "succeeded". */
  processingPolls?: number;
  thumbnailForbidden?: boolean;
  /** content_publishing_limit says the day's posts are used up. */
  publishingLimitReached?: boolean;
  /** What the container's status answers after the upload, in order; the last repeats. */
  containerStatuses?: ContainerCode[];
  /** Drops the connection once a Reels upload has this share of its bytes (first time only). */
  dropReelsUploadAt?: number;
  /** Container creation answers Graph error code 4 (application request limit) this many times. */
  graphRateLimited?: number;
  /** media_publish works, then holds its answer this long (past the client's timeout). */
  publishAnswerDelayMs?: number;
  /** media_publish works, then drops the connection instead of answering. */
  publishAnswerDropped?: boolean;
  /** Every Graph call answers code 190: the token expired. */
  instagramTokenExpired?: boolean;
  /** Error replies quote the Authorization header, as a careless server might: nothing may print it. */
  echoSecrets?: boolean;
};

type Session = {
  id: string;
  total: number;
  chunks: Buffer[];
  received: number;
  metadata: Record<string, unknown>;
  videoId: string | null;
};

type Video = {
  id: string;
  metadata: Record<string, unknown>;
  sha256: string;
  uploadedAt: string;
  processingPolls: number;
};

type Container = {
  id: string;
  params: Record<string, string>;
  bytes: Buffer | null;
  polls: number;
  published: boolean;
};

type Media = { id: string; caption: string; timestamp: string };

export type FakeRequest = { method: string; path: string; headers: Record<string, string | string[] | undefined> };

export type FakePlatforms = {
  base: string;
  env: Record<string, string>;
  faults: Faults;
  requests: FakeRequest[];
  accessTokens: string[];
  sessions: Map<string, Session>;
  videos: Map<string, Video>;
  captions: Array<{ id: string; videoId: string; srt: string }>;
  thumbnails: Array<{ videoId: string; bytes: number }>;
  /** Each upload PUT: where it started and how many body bytes the fake read. */
  youtubePuts: Array<{ session: string; start: number; read: number }>;
  containers: Map<string, Container>;
  reelsUploads: Array<{ container: string; offset: string | undefined; fileSize: string | undefined; read: number }>;
  media: Media[];
  /** Settles when a stallUploadAt fault has stopped an upload. */
  stalled: Promise<void>;
  /** Consent the test's "browser" gives: the redirect the loopback server receives. */
  authorize: (authUrl: string) => string;
  /** Every secret the fake handed out or was given: none may reach the output. */
  secrets: () => string[];
  close: () => Promise<void>;
};

const readBody = (req: IncomingMessage): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8', ...headers });
  res.end(JSON.stringify(body));
};

const googleError = (res: ServerResponse, status: number, reason: string, message: string) =>
  json(res, status, { error: { code: status, message, errors: [{ message, domain: 'youtube', reason }] } });

const graphError = (
  res: ServerResponse,
  status: number,
  code: number,
  message: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) => json(res, status, { error: { message, type: 'OAuthException', code, fbtrace_id: 'fake', ...extra } }, headers);

const base64url = (buffer: Buffer) =>
  buffer.toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

export const startFakePlatforms = async (faults: Faults = {}): Promise<FakePlatforms> => {
  const requests: FakeRequest[] = [];
  const accessTokens: string[] = [];
  const tokenUses = new Map<string, number>();
  const sessions = new Map<string, Session>();
  const videos = new Map<string, Video>();
  const captions: FakePlatforms['captions'] = [];
  const thumbnails: FakePlatforms['thumbnails'] = [];
  const youtubePuts: FakePlatforms['youtubePuts'] = [];
  const containers = new Map<string, Container>();
  const reelsUploads: FakePlatforms['reelsUploads'] = [];
  const media: Media[] = [];
  const codes = new Map<string, { challenge: string; redirectUri: string }>();
  const igTokens = new Set<string>([FAKE.igToken]);
  const handedOut: string[] = [];
  const counters = {
    init: 0,
    captionsLimited: 0,
    graphLimited: 0,
    dropped: false,
    failed503: false,
    reelsDropped: false,
    stalled: false,
  };
  let markStalled: () => void = () => undefined;
  const stalled = new Promise<void>((resolve) => {
    markStalled = resolve;
  });
  let nextId = 1;
  const id = (prefix: string) => `${prefix}${String(nextId++).padStart(4, '0')}`;
  let base = '';

  const issueAccessToken = () => {
    const token = `ya29.fake-access-${accessTokens.length + 1}-${randomBytes(6).toString('hex')}`;
    accessTokens.push(token);
    return token;
  };

  /** The YouTube call's token: a known one, and not the expired first one. */
  const youtubeAuthorized = (req: IncomingMessage, res: ServerResponse): boolean => {
    const token = /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ''))?.[1] ?? '';
    const index = accessTokens.indexOf(token);
    const uses = (tokenUses.get(token) ?? 0) + 1;
    tokenUses.set(token, uses);
    const expired = index === 0 && faults.expireFirstTokenAfter !== undefined && uses > faults.expireFirstTokenAfter;
    if (index < 0 || expired) {
      googleError(
        res,
        401,
        'authError',
        `Request had invalid authentication credentials${faults.echoSecrets ? ` (got ${String(req.headers.authorization)})` : ''}.`,
      );
      return false;
    }
    return true;
  };

  const graphAuthorized = (req: IncomingMessage, res: ServerResponse, scheme = 'Bearer'): boolean => {
    const token = new RegExp(`^${scheme} (.+)$`).exec(String(req.headers.authorization ?? ''))?.[1] ?? '';
    if (faults.instagramTokenExpired || !igTokens.has(token)) {
      graphError(
        res,
        400,
        190,
        `Error validating access token: Session has expired${faults.echoSecrets ? ` for ${String(req.headers.authorization)}` : ''}.`,
        { error_subcode: 463 },
      );
      return false;
    }
    return true;
  };

  const tokenEndpoint = async (req: IncomingMessage, res: ServerResponse) => {
    const form = new URLSearchParams((await readBody(req)).toString());
    if (form.get('client_id') !== FAKE.clientId || form.get('client_secret') !== FAKE.clientSecret) {
      json(res, 401, { error: 'invalid_client', error_description: 'The OAuth client was not found.' });
      return;
    }
    if (form.get('grant_type') === 'refresh_token') {
      const known =
        form.get('refresh_token') === FAKE.refreshToken || handedOut.includes(form.get('refresh_token') ?? '');
      if (faults.revokedRefreshToken || !known) {
        json(res, 400, {
          error: 'invalid_grant',
          error_description: `Token has been expired or revoked.${faults.echoSecrets ? ` ${form.get('refresh_token')}` : ''}`,
        });
        return;
      }
      json(res, 200, { access_token: issueAccessToken(), expires_in: 3599, token_type: 'Bearer' });
      return;
    }
    if (form.get('grant_type') === 'authorization_code') {
      const grant = codes.get(form.get('code') ?? '');
      const verifier = form.get('code_verifier') ?? '';
      if (!grant || base64url(createHash('sha256').update(verifier).digest()) !== grant.challenge) {
        json(res, 400, { error: 'invalid_grant', error_description: 'Bad code or code_verifier.' });
        return;
      }
      if (form.get('redirect_uri') !== grant.redirectUri) {
        json(res, 400, { error: 'redirect_uri_mismatch', error_description: 'Bad redirect_uri.' });
        return;
      }
      codes.delete(form.get('code') ?? '');
      const refreshToken = `1//fake-new-refresh-${randomBytes(8).toString('hex')}`;
      handedOut.push(refreshToken);
      json(res, 200, {
        access_token: issueAccessToken(),
        refresh_token: refreshToken,
        expires_in: 3599,
        scope: 'https://www.googleapis.com/auth/youtube.upload https://www.googleapis.com/auth/youtube.force-ssl',
        token_type: 'Bearer',
      });
      return;
    }
    json(res, 400, { error: 'unsupported_grant_type' });
  };

  const videoResource = (video: Video) => ({ kind: 'youtube#video', id: video.id, ...video.metadata });

  const finishSession = (session: Session): Video => {
    const bytes = Buffer.concat(session.chunks);
    const video: Video = {
      id: id('vid'),
      metadata: session.metadata,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      uploadedAt: new Date().toISOString(),
      processingPolls: 0,
    };
    videos.set(video.id, video);
    session.videoId = video.id;
    return video;
  };

  const uploadPut = (req: IncomingMessage, res: ServerResponse, session: Session) => {
    const range = String(req.headers['content-range'] ?? '');
    if (range.startsWith('bytes */')) {
      req.resume();
      if (session.videoId) {
        json(res, 200, videoResource(videos.get(session.videoId) as Video));
      } else {
        res.writeHead(308, session.received > 0 ? { range: `bytes=0-${session.received - 1}` } : {});
        res.end();
      }
      return;
    }
    const start = range ? Number(/^bytes (\d+)-/.exec(range)?.[1]) : 0;
    if (start !== session.received) {
      req.resume();
      googleError(res, 400, 'badContent', `Content-Range starts at ${start}, but ${session.received} bytes arrived`);
      return;
    }
    const put = { session: session.id, start, read: 0 };
    youtubePuts.push(put);
    let answered = false;
    req.on('data', (chunk: Buffer) => {
      if (answered) return;
      put.read += chunk.length;
      session.chunks.push(chunk);
      session.received += chunk.length;
      const share = session.received / session.total;
      if (faults.stallUploadAt !== undefined && !counters.stalled && share >= faults.stallUploadAt) {
        counters.stalled = true;
        answered = true;
        req.pause();
        markStalled();
      } else if (faults.dropUploadAt !== undefined && !counters.dropped && share >= faults.dropUploadAt) {
        counters.dropped = true;
        answered = true;
        req.socket.destroy();
      } else if (faults.fail503UploadAt !== undefined && !counters.failed503 && share >= faults.fail503UploadAt) {
        counters.failed503 = true;
        answered = true;
        res.setHeader('connection', 'close');
        googleError(res, 503, 'backendError', 'Backend Error');
        req.socket.end();
      }
    });
    req.on('end', () => {
      if (answered) return;
      if (session.received === session.total) {
        json(res, 201, videoResource(finishSession(session)));
      } else {
        res.writeHead(308, { range: `bytes=0-${session.received - 1}` });
        res.end();
      }
    });
  };

  const youtube = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const path = url.pathname;
    if (path === '/upload/youtube/v3/videos' && req.method === 'PUT') {
      const session = sessions.get(url.searchParams.get('upload_id') ?? '');
      if (!youtubeAuthorized(req, res)) return void req.resume();
      if (!session) return void (req.resume(), googleError(res, 404, 'notFound', 'Upload session not found'));
      return uploadPut(req, res, session);
    }
    if (!youtubeAuthorized(req, res)) return void req.resume();
    if (path === '/upload/youtube/v3/videos' && req.method === 'POST') {
      const body = JSON.parse((await readBody(req)).toString() || '{}') as Record<string, unknown>;
      if (url.searchParams.get('uploadType') !== 'resumable')
        return googleError(res, 400, 'badRequest', 'resumable only');
      if (faults.quotaExceededOn === 'init') {
        return googleError(
          res,
          403,
          'quotaExceeded',
          'The request cannot be completed because you have exceeded your quota.',
        );
      }
      if (faults.uploadLimitExceeded) {
        return googleError(
          res,
          400,
          'uploadLimitExceeded',
          'The user has exceeded the number of videos they may upload.',
        );
      }
      if (counters.init < (faults.initFailures ?? 0)) {
        counters.init += 1;
        return googleError(res, 503, 'backendError', 'Backend Error');
      }
      const total = Number(req.headers['x-upload-content-length']);
      const session: Session = { id: id('upl'), total, chunks: [], received: 0, metadata: body, videoId: null };
      sessions.set(session.id, session);
      res.writeHead(200, {
        location: `${base}/upload/youtube/v3/videos?uploadType=resumable&upload_id=${session.id}&part=snippet,status`,
      });
      return void res.end();
    }
    if (path === '/upload/youtube/v3/captions' && req.method === 'POST') {
      const body = (await readBody(req)).toString();
      if (faults.quotaExceededOn === 'captions') {
        return googleError(
          res,
          403,
          'quotaExceeded',
          'The request cannot be completed because you have exceeded your quota.',
        );
      }
      if (counters.captionsLimited < (faults.captionsRateLimited ?? 0)) {
        counters.captionsLimited += 1;
        return json(
          res,
          429,
          { error: { code: 429, message: 'Too many requests', errors: [{ reason: 'rateLimitExceeded' }] } },
          { 'retry-after': '0' },
        );
      }
      const boundary = /boundary=(.+)$/.exec(String(req.headers['content-type']))?.[1] ?? '';
      const parts = body.split(`--${boundary}`);
      const snippet = JSON.parse(parts[1].split('\r\n\r\n')[1]) as { snippet: { videoId: string; language: string } };
      const srt = parts[2].split('\r\n\r\n').slice(1).join('\r\n\r\n').replace(/\r\n$/, '');
      if (!videos.has(snippet.snippet.videoId)) return googleError(res, 404, 'videoNotFound', 'No such video');
      const track = { id: id('cap'), videoId: snippet.snippet.videoId, srt };
      captions.push(track);
      return json(res, 200, { kind: 'youtube#caption', id: track.id, snippet: snippet.snippet });
    }
    if (path === '/youtube/v3/captions' && req.method === 'GET') {
      const videoId = url.searchParams.get('videoId');
      return json(res, 200, {
        items: captions.filter((c) => c.videoId === videoId).map((c) => ({ id: c.id, snippet: { language: 'ko' } })),
      });
    }
    if (path === '/youtube/v3/videos' && req.method === 'GET') {
      const video = videos.get(url.searchParams.get('id') ?? '');
      if (!video) return json(res, 200, { items: [] });
      video.processingPolls += 1;
      const done = video.processingPolls > (faults.processingPolls ?? 0);
      return json(res, 200, {
        items: [
          {
            id: video.id,
            processingDetails: { processingStatus: done ? 'succeeded' : 'processing' },
            status: { uploadStatus: done ? 'processed' : 'uploaded' },
          },
        ],
      });
    }
    if (path === '/upload/youtube/v3/thumbnails/set' && req.method === 'POST') {
      const bytes = await readBody(req);
      if (faults.thumbnailForbidden) {
        return googleError(res, 403, 'forbidden', 'The thumbnail can’t be set for the specified video.');
      }
      thumbnails.push({ videoId: url.searchParams.get('videoId') ?? '', bytes: bytes.length });
      return json(res, 200, { kind: 'youtube#thumbnailSetResponse', items: [{}] });
    }
    if (path === '/youtube/v3/channels') {
      return json(res, 200, {
        items: [
          {
            id: 'UCfake',
            snippet: { title: 'Fake Channel' },
            contentDetails: { relatedPlaylists: { uploads: 'UUfake' } },
          },
        ],
      });
    }
    if (path === '/youtube/v3/playlistItems') {
      return json(res, 200, {
        items: [...videos.values()].map((v) => ({
          snippet: {
            title: (v.metadata.snippet as { title?: string })?.title,
            publishedAt: v.uploadedAt,
            resourceId: { videoId: v.id },
          },
        })),
      });
    }
    googleError(res, 404, 'notFound', `No fake for ${req.method} ${path}`);
  };

  const graphVersioned = async (req: IncomingMessage, res: ServerResponse, url: URL, path: string) => {
    if (path === '/oauth/access_token') {
      const q = url.searchParams;
      if (q.get('client_secret') !== FAKE.igAppSecret || q.get('fb_exchange_token') !== FAKE.igShortToken) {
        return graphError(res, 400, 190, 'Invalid OAuth access token.');
      }
      return json(res, 200, { access_token: FAKE.igToken, token_type: 'bearer', expires_in: 5_183_944 });
    }
    const form = req.method === 'POST' ? new URLSearchParams((await readBody(req)).toString()) : new URLSearchParams();
    if (!graphAuthorized(req, res)) return;
    const user = `/${FAKE.igUserId}`;
    if (path === user) return json(res, 200, { id: FAKE.igUserId, username: 'fake_newsletter' });
    if (path === `${user}/content_publishing_limit`) {
      return json(res, 200, {
        data: [
          {
            quota_usage: faults.publishingLimitReached ? 100 : media.length,
            config: { quota_total: 100, quota_duration: 86_400 },
          },
        ],
      });
    }
    if (path === `${user}/media` && req.method === 'POST') {
      if (counters.graphLimited < (faults.graphRateLimited ?? 0)) {
        counters.graphLimited += 1;
        return graphError(
          res,
          400,
          4,
          'Application request limit reached',
          { is_transient: true },
          {
            'x-business-use-case-usage': JSON.stringify({
              [FAKE.igUserId]: [{ type: 'instagram', call_count: 100, estimated_time_to_regain_access: 0 }],
            }),
          },
        );
      }
      if (form.get('media_type') !== 'REELS' || form.get('upload_type') !== 'resumable') {
        return graphError(res, 400, 100, 'media_type=REELS and upload_type=resumable expected');
      }
      const container: Container = {
        id: id('1790000'),
        params: Object.fromEntries(form),
        bytes: null,
        polls: 0,
        published: false,
      };
      containers.set(container.id, container);
      return json(res, 200, { id: container.id, uri: `${base}/ig-api-upload/${FAKE.graphVersion}/${container.id}` });
    }
    if (path === `${user}/media` && req.method === 'GET') {
      return json(res, 200, {
        data: [...media].reverse().map((m) => ({ ...m, permalink: `https://www.instagram.com/reel/${m.id}/` })),
      });
    }
    if (path === `${user}/media_publish` && req.method === 'POST') {
      const container = containers.get(form.get('creation_id') ?? '');
      if (!container) return graphError(res, 400, 100, 'Unknown creation_id');
      if (container.published) return graphError(res, 400, 9007, 'Media already published', { error_subcode: 2207008 });
      const status = statusOf(container);
      if (status !== 'FINISHED')
        return graphError(res, 400, 9007, 'Media ID is not available', { error_subcode: 2207027 });
      container.published = true;
      const post = {
        id: id('1800000'),
        caption: container.params.caption ?? '',
        timestamp: new Date().toISOString().replace('Z', '+0000'),
      };
      media.push(post);
      if (faults.publishAnswerDropped) return void req.socket.destroy();
      if (faults.publishAnswerDelayMs) {
        setTimeout(() => json(res, 200, { id: post.id }), faults.publishAnswerDelayMs).unref();
        return;
      }
      return json(res, 200, { id: post.id });
    }
    const container = containers.get(path.slice(1));
    if (container && req.method === 'GET') {
      const code = statusOf(container, true);
      return json(res, 200, {
        id: container.id,
        status_code: code,
        status: code === 'ERROR' ? 'Error: Media upload has failed with error code 2207026' : code,
      });
    }
    const post = media.find((m) => `/${m.id}` === path);
    if (post) return json(res, 200, { id: post.id, permalink: `https://www.instagram.com/reel/${post.id}/` });
    graphError(res, 400, 100, `No fake for ${req.method} ${path}`);
  };

  const statusOf = (container: Container, poll = false): ContainerCode | 'PUBLISHED' => {
    if (container.published) return 'PUBLISHED';
    if (!container.bytes) return 'IN_PROGRESS';
    const sequence = faults.containerStatuses ?? ['FINISHED'];
    const code = sequence[Math.min(container.polls, sequence.length - 1)];
    if (poll) container.polls += 1;
    return code;
  };

  const reelsUpload = (req: IncomingMessage, res: ServerResponse, containerId: string) => {
    const container = containers.get(containerId);
    if (!container) return void (req.resume(), graphError(res, 400, 100, 'Unknown container'));
    if (!graphAuthorized(req, res, 'OAuth')) return void req.resume();
    const upload = {
      container: containerId,
      offset: req.headers.offset as string | undefined,
      fileSize: req.headers.file_size as string | undefined,
      read: 0,
    };
    reelsUploads.push(upload);
    const chunks: Buffer[] = [];
    let dropped = false;
    req.on('data', (chunk: Buffer) => {
      if (dropped) return;
      chunks.push(chunk);
      upload.read += chunk.length;
      if (
        faults.dropReelsUploadAt !== undefined &&
        !counters.reelsDropped &&
        upload.read >= faults.dropReelsUploadAt * Number(upload.fileSize)
      ) {
        counters.reelsDropped = true;
        dropped = true;
        req.socket.destroy();
      }
    });
    req.on('end', () => {
      if (dropped) return;
      const bytes = Buffer.concat(chunks);
      if (bytes.length !== Number(upload.fileSize)) {
        return graphError(res, 400, 100, `file_size ${upload.fileSize} but ${bytes.length} bytes arrived`);
      }
      container.bytes = bytes;
      json(res, 200, { success: true, message: 'Upload successful.' });
    });
  };

  const authorize = (authUrl: string): string => {
    const q = new URL(authUrl).searchParams;
    if (q.get('client_id') !== FAKE.clientId) throw new Error('consent asked for another client');
    const code = `4/fake-code-${randomBytes(6).toString('hex')}`;
    codes.set(code, { challenge: q.get('code_challenge') ?? '', redirectUri: q.get('redirect_uri') ?? '' });
    return `${q.get('redirect_uri')}/?code=${encodeURIComponent(code)}&state=${q.get('state')}&scope=${encodeURIComponent(q.get('scope') ?? '')}`;
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', base);
    requests.push({ method: req.method ?? 'GET', path: url.pathname, headers: req.headers });
    const route = async () => {
      if (url.pathname === '/token') return tokenEndpoint(req, res);
      // A browser stand-in asks here: the consent is given and the browser sent on to the loopback redirect.
      if (url.pathname === '/consent') {
        res.writeHead(302, { location: authorize(url.searchParams.get('url') ?? '') });
        return void res.end();
      }
      if (url.pathname.startsWith('/upload/youtube/') || url.pathname.startsWith('/youtube/'))
        return youtube(req, res, url);
      const upload = new RegExp(`^/ig-api-upload/${FAKE.graphVersion}/(\\w+)$`).exec(url.pathname);
      if (upload) return reelsUpload(req, res, upload[1]);
      if (url.pathname === '/access_token') {
        const q = url.searchParams;
        if (q.get('client_secret') !== FAKE.igAppSecret || q.get('access_token') !== FAKE.igShortToken) {
          return graphError(res, 400, 190, 'Invalid OAuth access token.');
        }
        return json(res, 200, { access_token: FAKE.igToken, token_type: 'bearer', expires_in: 5_183_944 });
      }
      if (url.pathname === '/refresh_access_token') {
        if (!igTokens.has(url.searchParams.get('access_token') ?? ''))
          return graphError(res, 400, 190, 'Invalid OAuth access token.');
        const fresh = `IGAAfake-refreshed-${randomBytes(8).toString('hex')}`;
        igTokens.add(fresh);
        handedOut.push(fresh);
        return json(res, 200, { access_token: fresh, token_type: 'bearer', expires_in: 5_183_944 });
      }
      if (url.pathname.startsWith(`/${FAKE.graphVersion}/`)) {
        return graphVersioned(req, res, url, url.pathname.slice(FAKE.graphVersion.length + 1));
      }
      json(res, 404, { error: `No fake for ${url.pathname}` });
    };
    route().catch((error: unknown) => {
      if (!res.headersSent) json(res, 500, { error: String(error) });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    base,
    env: { CLIPS_YOUTUBE_API_BASE: base, CLIPS_GOOGLE_TOKEN_URL: `${base}/token`, CLIPS_GRAPH_API_BASE: base },
    faults,
    requests,
    accessTokens,
    stalled,
    sessions,
    videos,
    captions,
    thumbnails,
    youtubePuts,
    containers,
    reelsUploads,
    media,
    authorize,
    secrets: () => [
      FAKE.clientSecret,
      FAKE.refreshToken,
      FAKE.igToken,
      FAKE.igShortToken,
      FAKE.igAppSecret,
      ...accessTokens,
      ...handedOut,
    ],
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
