// `npm run auth -- youtube [--client-secrets client_secret.json]` or `npm run auth -- instagram --user-id <id> [--host instagram|facebook] [--app-id <id>]`
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { USER_CWD } from '../render/files';
import { credentialsPath, readCredentials, updateCredentials } from '../publish/credentials';
import { endpointsFrom, type InstagramHost } from '../publish/endpoints';
import { authorizeYoutube } from '../publish/google-oauth';
import { defaultTiming } from '../publish/http';
import { instagramUsername } from '../publish/instagram';
import { exchangeForLongLived } from '../publish/instagram-token';
import { createPrompter } from '../publish/prompt';
import { SecretSet } from '../publish/redact';
import { youtubeChannelTitle } from '../publish/youtube';

const USAGE = [
  'Usage: npm run auth -- youtube [--client-secrets <client_secret.json>]',
  '       npm run auth -- instagram --user-id <numeric id> [--host instagram|facebook] [--app-id <Meta app id>]',
].join('\n');

const secrets = new SecretSet();
const print = (text: string) => console.error(secrets.redact(text));

/** The system browser: $BROWSER when set, else the desktop's opener. Failing that, the printed URL does. */
const openBrowser = (url: string) => {
  print(`Sign in to Google in your browser. If it does not open, open this address:\n\n  ${url}\n`);
  const [command, args] = process.env.BROWSER
    ? [process.env.BROWSER, [url]]
    : process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]];
  const child = spawn(command, args, { stdio: 'ignore', detached: true });
  child.on('error', () => undefined);
  child.unref();
};

/** A Desktop app's client ID and secret, from the JSON file Google Cloud offers to download. */
const readClientSecrets = async (path: string): Promise<{ clientId: string; clientSecret: string }> => {
  let json: { installed?: { client_id?: unknown; client_secret?: unknown }; web?: unknown };
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    throw new Error(`${path} cannot be read as the client JSON file Google Cloud gives for an OAuth client`);
  }
  const { client_id: clientId, client_secret: clientSecret } = json.installed ?? {};
  if (typeof clientId !== 'string' || typeof clientSecret !== 'string') {
    throw new Error(
      `${path} is not a Desktop app's client file (it has no "installed" client): create an OAuth client of type Desktop app`,
    );
  }
  return { clientId, clientSecret };
};

const youtube = async (values: { 'client-secrets'?: string }) => {
  const path = credentialsPath();
  const existing = await readCredentials(path);
  const prompter = createPrompter();
  try {
    const client = values['client-secrets']
      ? await readClientSecrets(resolve(USER_CWD, values['client-secrets']))
      : existing.youtube
        ? { clientId: existing.youtube.clientId, clientSecret: existing.youtube.clientSecret }
        : {
            clientId: await prompter.ask('OAuth client ID (Desktop app): '),
            clientSecret: await prompter.ask('OAuth client secret (not shown): ', { secret: true }),
          };
    secrets.add(client.clientSecret);
    const endpoints = endpointsFrom(process.env);
    const tokens = await authorizeYoutube({ ...client, endpoints, openBrowser });
    secrets.add(tokens.refreshToken, tokens.accessToken);
    const channel = await youtubeChannelTitle(endpoints, tokens.accessToken, defaultTiming());
    await updateCredentials(path, (c) => ({ ...c, youtube: { ...client, refreshToken: tokens.refreshToken } }));
    print(`Signed in to YouTube as the channel "${channel}". Saved to ${path} (readable by you only).`);
  } finally {
    prompter.close();
  }
};

const instagram = async (values: { 'user-id'?: string; host?: string; 'app-id'?: string }) => {
  const userId = values['user-id'];
  if (!userId || !/^\d+$/.test(userId)) {
    throw new Error(`--user-id takes the account's numeric id (not the @handle)\n${USAGE}`);
  }
  const host = (values.host ?? 'instagram') as InstagramHost;
  if (host !== 'instagram' && host !== 'facebook')
    throw new Error(`--host is instagram or facebook, not "${values.host}"`);
  if (host === 'facebook' && !values['app-id']) throw new Error('--host facebook needs --app-id, the Meta app id');
  const path = credentialsPath();
  await readCredentials(path);
  const prompter = createPrompter();
  try {
    const shortLivedToken = await prompter.ask('Short-lived access token (not shown): ', { secret: true });
    secrets.add(shortLivedToken);
    const appSecret = await prompter.ask(
      `${host === 'instagram' ? 'Instagram app secret' : 'Meta app secret'} (not shown, not saved): `,
      { secret: true },
    );
    secrets.add(appSecret);
    const endpoints = endpointsFrom(process.env);
    const timing = defaultTiming();
    const long = await exchangeForLongLived({
      host,
      shortLivedToken,
      appSecret,
      appId: values['app-id'] ?? null,
      endpoints,
      timing,
    });
    secrets.add(long.accessToken);
    const username = await instagramUsername(endpoints, { userId, accessToken: long.accessToken, host }, timing);
    await updateCredentials(path, (c) => ({
      ...c,
      instagram: { userId, accessToken: long.accessToken, expiresAt: long.expiresAt, host },
    }));
    print(
      `Instagram account @${username}: a long-lived token valid until ${long.expiresAt}${host === 'instagram' ? ' (publish refreshes it when fewer than 7 days are left)' : ' (a Facebook Login token cannot be refreshed: run this again before then)'}. Saved to ${path} (readable by you only).`,
    );
  } finally {
    prompter.close();
  }
};

const main = async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'client-secrets': { type: 'string' },
      'user-id': { type: 'string' },
      host: { type: 'string' },
      'app-id': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || positionals.length !== 1) throw new Error(USAGE);
  if (positionals[0] === 'youtube') return youtube(values);
  if (positionals[0] === 'instagram') return instagram(values);
  throw new Error(`Sign in to youtube or instagram, not "${positionals[0]}"\n${USAGE}`);
};

main().catch((error: unknown) => {
  print(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
