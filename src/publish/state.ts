/**
 * publish.json: what has gone where, per clip, so a re-run skips what is published and resumes what
 * is not. It holds remote ids and upload addresses, never a token. Pure: no Node APIs.
 */
import { z } from 'zod';

export const STATE_NAME = 'publish.json';

export const PRIVACY = ['private', 'unlisted', 'public'] as const;
export type Privacy = (typeof PRIVACY)[number];

/** The video file a remote upload was started with: a re-rendered clip must not resume another's upload. */
const stampSchema = z.object({ bytes: z.int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict();
export type FileStamp = z.infer<typeof stampSchema>;

const youtubeEntrySchema = z
  .object({
    target: z.literal('youtube'),
    video: stampSchema,
    /** What the video was created with; a resumed session keeps it whatever the re-run asks. */
    sent: z.object({ title: z.string(), privacy: z.enum(PRIVACY), publishAt: z.string().nullable() }).strict(),
    /** The resumable session URI, while bytes are still to go. */
    session: z.object({ uri: z.string(), startedAt: z.string() }).strict().nullable(),
    /** Set once YouTube has the whole file: from then on the clip is never uploaded again. */
    videoId: z.string().nullable(),
    captionsId: z.string().nullable(),
    /** Best effort: "set", or why not yet. */
    thumbnail: z
      .object({ status: z.enum(['set', 'pending', 'failed']), note: z.string() })
      .strict()
      .nullable(),
    updatedAt: z.string(),
  })
  .strict();

const instagramEntrySchema = z
  .object({
    target: z.literal('instagram'),
    video: stampSchema,
    container: z
      .object({ id: z.string(), uri: z.string(), createdAt: z.string(), uploaded: z.boolean() })
      .strict()
      .nullable(),
    /** Set before media_publish is sent: a re-run asks the container whether it went out. */
    publishRequestedAt: z.string().nullable(),
    published: z.boolean(),
    /** null when the post went out but its id could not be read back (the publish call's answer was lost). */
    mediaId: z.string().nullable(),
    permalink: z.string().nullable(),
    updatedAt: z.string(),
  })
  .strict();

export type YoutubeEntry = z.infer<typeof youtubeEntrySchema>;
export type InstagramEntry = z.infer<typeof instagramEntrySchema>;
export type StateEntry = YoutubeEntry | InstagramEntry;

export const publishStateSchema = z
  .object({
    slug: z.string(),
    clips: z.record(z.string(), z.discriminatedUnion('target', [youtubeEntrySchema, instagramEntrySchema])),
  })
  .strict();

export type PublishState = z.infer<typeof publishStateSchema>;

/** The state as read from disk, or why it cannot be trusted (then nothing is sent: it could post twice). */
export const parseState = (text: string): { state: PublishState } | { problem: string } => {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { problem: `it is not JSON (${(error as Error).message})` };
  }
  const parsed = publishStateSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { problem: `it is not a publish state (${issue.path.join('.') || 'the top level'}: ${issue.message})` };
  }
  return { state: parsed.data };
};

export const isPublished = (entry: StateEntry | undefined): boolean =>
  entry?.target === 'youtube' ? entry.videoId !== null : entry?.target === 'instagram' ? entry.published : false;

/** Whether a clip still has work: YouTube's captions and thumbnail come after the video. */
export const isComplete = (entry: StateEntry | undefined): boolean =>
  entry?.target === 'youtube'
    ? entry.videoId !== null && entry.captionsId !== null && entry.thumbnail?.status !== 'pending'
    : isPublished(entry);

/** One line on where a clip stands, for the dry run and the summary. */
export const describeEntry = (entry: StateEntry | undefined): string => {
  if (!entry) return 'not started';
  if (entry.target === 'youtube') {
    if (entry.videoId === null) {
      return entry.session ? `upload session open since ${entry.session.startedAt}: resumes it` : 'not started';
    }
    const rest = [
      entry.captionsId === null ? 'captions still to send' : null,
      entry.thumbnail?.status === 'pending' ? 'thumbnail still to set' : null,
    ].filter(Boolean);
    return `published as video ${entry.videoId}${rest.length > 0 ? `; ${rest.join(', ')}` : ''}`;
  }
  if (entry.published) {
    return entry.mediaId ? `published as media ${entry.mediaId}` : 'published (its media id was not read back)';
  }
  if (entry.publishRequestedAt)
    return `publish sent at ${entry.publishRequestedAt}: the container says whether it went out`;
  if (entry.container) {
    return `container ${entry.container.id} ${entry.container.uploaded ? 'uploaded' : 'created'}: resumes it`;
  }
  return 'not started';
};
