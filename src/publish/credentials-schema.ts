/**
 * The credentials file's shape: one JSON file outside the repository for both platforms. Pure.
 */
import { z } from 'zod';

const secret = (what: string) =>
  z
    .string()
    .trim()
    .min(1, { error: `${what} must not be empty` });

export const youtubeCredentialsSchema = z
  .object({
    clientId: secret('youtube.clientId'),
    clientSecret: secret('youtube.clientSecret'),
    refreshToken: secret('youtube.refreshToken'),
  })
  .strict();

export const instagramCredentialsSchema = z
  .object({
    userId: z.string().regex(/^\d+$/, { error: 'instagram.userId must be the numeric account id, not the @handle' }),
    accessToken: secret('instagram.accessToken'),
    /** When the long-lived token stops working. */
    expiresAt: z.iso.datetime({ error: 'instagram.expiresAt must be an ISO date and time' }),
    /** Which login made the token: Instagram Login (graph.instagram.com) or Facebook Login (graph.facebook.com). */
    host: z.enum(['instagram', 'facebook'], { error: 'instagram.host must be "instagram" or "facebook"' }),
  })
  .strict();

export const credentialsSchema = z
  .object({
    youtube: youtubeCredentialsSchema.optional(),
    instagram: instagramCredentialsSchema.optional(),
  })
  .strict();

export type YoutubeCredentials = z.infer<typeof youtubeCredentialsSchema>;
export type InstagramCredentials = z.infer<typeof instagramCredentialsSchema>;
export type Credentials = z.infer<typeof credentialsSchema>;

/** Every secret in the file, for the printers to hide. */
export const secretsOf = (credentials: Credentials): string[] =>
  [credentials.youtube?.clientSecret, credentials.youtube?.refreshToken, credentials.instagram?.accessToken].filter(
    (s): s is string => Boolean(s),
  );

/** Instagram Login tokens refresh themselves; with fewer days left than this a publish refreshes first. */
export const INSTAGRAM_REFRESH_BEFORE_DAYS = 7;

export const daysLeft = (expiresAt: string, now: Date): number => (Date.parse(expiresAt) - now.getTime()) / 86_400_000;
