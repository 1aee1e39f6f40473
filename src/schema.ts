/**
 * zod schemas for the issue file (the contract users' files rely on: fields may be added, never change meaning) and the clips' props.
 * Pure: no React, no Node. Every object is strict so a typo in a props file is an error, not a
 * silently dropped field.
 */
import { zColor } from '@remotion/zod-types';
import { z } from 'zod';
import { LAYOUT_IDS } from './platforms';

/** What every layout fits in Korean with words of up to 7 syllables: the recap's 3 lines of 696 px on Shorts at 56 px hold 34. */
export const MAX_HEADLINE_CHARS = 34;
/** A point is one spoken caption sentence; beyond this it reads as a paragraph. */
export const MAX_POINT_CHARS = 160;
export const MAX_TAKEAWAYS = 10;
export const MAX_TITLE_CHARS = 100;
/** The chip shows the name on one line; longer names are a tagline, not a name. */
export const MAX_NEWSLETTER_NAME_CHARS = 40;
export const MAX_POINTS = 6;

/**
 * Characters that draw nothing: whitespace, format characters (zero-width space and joiners, word
 * joiner, BOM, direction marks, soft hyphen) and the other default-ignorables (Hangul fillers,
 * variation selectors). Text made only of these would render a blank hook or an empty pill.
 */
const INVISIBLE_ONLY = /^[\s\p{Cf}\p{Default_Ignorable_Code_Point}]*$/u;

const nonEmpty = (field: string, max: number) =>
  z
    .string()
    .trim()
    .refine((text) => !INVISIBLE_ONLY.test(text), { error: `${field} must not be empty` })
    .max(max, { error: `${field} must be at most ${max} characters` });

export const newsletterSchema = z
  .object({
    name: nonEmpty('the newsletter name', MAX_NEWSLETTER_NAME_CHARS),
    handle: z
      .string()
      .regex(/^@[A-Za-z0-9._]{1,30}$/, {
        error: 'must look like @handle (letters, digits, . and _)',
      })
      .optional(),
    url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  })
  .strict();

/** Audio Remotion's ffmpeg decodes and @remotion/media-parser reads the length of. */
export const AUDIO_EXTENSIONS = ['wav', 'mp3', 'm4a', 'aac'] as const;
/** SubRip, or a JSON array of @remotion/captions Caption objects (Whisper-style word times). */
export const CAPTIONS_EXTENSIONS = ['srt', 'json'] as const;

/**
 * A file under assets/ (Remotion's public folder), written relative to it. Absolute paths, `..`
 * and URLs are refused: a render must not depend on anything outside the project or the network.
 */
export const assetPath = (what: string, extensions: readonly string[]) =>
  z
    .string()
    .min(1, { error: `${what} must not be empty` })
    .refine((path) => !/^[a-z][a-z0-9+.-]*:/i.test(path), {
      error: `${what} must be a file under assets/, not a URL or a drive path`,
    })
    .refine((path) => !path.startsWith('/') && !path.includes('\\'), {
      error: `${what} must be relative to assets/ (like audio/voice.wav), not absolute`,
    })
    .refine((path) => path.split('/').every((part) => part !== '' && part !== '.' && part !== '..'), {
      error: `${what} must be a plain path under assets/: no "..", "." or empty parts`,
    })
    .refine((path) => extensions.includes(path.split('.').pop()?.toLowerCase() ?? ''), {
      error: `${what} must end in ${extensions.map((e) => `.${e}`).join(', ')}`,
    });

/** Pictures Chromium decodes: a screenshot, a chart, a photo. */
export const IMAGE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'webp'] as const;
/** B-roll Remotion's compositor extracts frames from. */
export const VIDEO_EXTENSIONS = ['mp4', 'mov', 'webm'] as const;
/** A credit is a byline on screen, not a caption: "출처: 회사 블로그". */
export const MAX_CREDIT_CHARS = 40;

export const isVideoPath = (path: string): boolean =>
  (VIDEO_EXTENSIONS as readonly string[]).includes(path.split('.').pop()?.toLowerCase() ?? '');

/** B-roll fills the frame; a chart or a screenshot is shown whole on a card. */
export const defaultFit = (src: string): 'cover' | 'contain' => (isVideoPath(src) ? 'cover' : 'contain');

const share = (what: string) =>
  z
    .number({ error: `${what} must be a number from 0 to 1` })
    .min(0, { error: `${what} must be from 0 to 1` })
    .max(1, { error: `${what} must be from 0 to 1` });

const focusSchema = (what: string) => z.object({ x: share(`${what}.x`), y: share(`${what}.y`) }).strict();

/**
 * Something to look at under a takeaway's captions: a picture, or b-roll that loops when shorter
 * than the clip. `cover` fills the frame behind a scrim; `contain` shows all of it on a card.
 */
export const visualSchema = z
  .object({
    src: assetPath('the visual', [...IMAGE_EXTENSIONS, ...VIDEO_EXTENSIONS]),
    credit: nonEmpty('the credit', MAX_CREDIT_CHARS).optional(),
    fit: z.enum(['cover', 'contain'], { error: 'must be "cover" or "contain"' }).optional(),
    /** The point kept in view when cropping and zoomed towards: 0,0 is the top left. */
    focus: focusSchema('focus').optional(),
    /** Video only: false plays its sound under the voice, like the music. */
    muted: z.boolean().optional(),
    /** Video only: where the b-roll starts, in seconds. */
    start: z.number().min(0, { error: 'must be 0 or more seconds' }).optional(),
  })
  .strict()
  .superRefine((visual, ctx) => {
    if (isVideoPath(visual.src)) return;
    for (const key of ['muted', 'start'] as const) {
      if (visual[key] !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `only a video visual has \`${key}\`: ${visual.src} is a picture`,
        });
      }
    }
  });

export const themeSchema = z
  .object({
    background: zColor(),
    backgroundGradient: zColor(),
    text: zColor(),
    mutedText: zColor(),
    accent: zColor(),
    onAccent: zColor(),
  })
  .strict();

/** Fonts Chromium loads with the FontFace API. */
export const FONT_EXTENSIONS = ['woff2', 'woff', 'ttf', 'otf'] as const;

/** How the word being read stands out: on an accent pill, filled with the accent as it is read, or on a boxed line. */
export const CAPTION_STYLES = ['pill', 'karaoke', 'boxed'] as const;

/**
 * The newsletter's look, set once in assets/brand.json and overridden field by field (the theme
 * colour by colour) by an issue's `brand`. Every field is optional: what no layer sets is the
 * design's default.
 */
export const brandSchema = z
  .object({
    /** A picture shown small on every clip and cover, in the header's corner. */
    logo: assetPath('the logo', IMAGE_EXTENSIONS).optional(),
    theme: themeSchema.partial().strict().optional(),
    /** For headlines and captions; Pretendard draws any glyph it lacks. */
    font: assetPath('the brand font', FONT_EXTENSIONS).optional(),
    captionStyle: z.enum(CAPTION_STYLES, { error: `must be one of: ${CAPTION_STYLES.join(', ')}` }).optional(),
  })
  .strict();

const volume = (what: string) =>
  z
    .number({ error: `${what} must be a number from 0 to 1` })
    .min(0, { error: `${what} must be from 0 to 1` })
    .max(1, { error: `${what} must be from 0 to 1` });

export const takeawaySchema = z
  .object({
    headline: nonEmpty('a headline', MAX_HEADLINE_CHARS),
    points: z
      .array(nonEmpty('a point', MAX_POINT_CHARS))
      .min(1, { error: 'a takeaway needs at least 1 point' })
      .max(MAX_POINTS, { error: `a takeaway has at most ${MAX_POINTS} points` }),
    keywords: z.array(nonEmpty('a keyword', 30)).max(12).optional(),
    /** The author reading the takeaway, or a video of them saying it (a talking head); the body lasts as long as this. */
    voiceover: assetPath('the voiceover', [...AUDIO_EXTENSIONS, ...VIDEO_EXTENSIONS]).optional(),
    /** Talking head only: the point of the video kept in view when it is cropped to the frame; 0,0 is the top left. */
    voiceoverFocus: focusSchema('voiceoverFocus').optional(),
    /** The voiceover's timings; without it the points are spread over the voice. */
    captions: assetPath('the captions file', CAPTIONS_EXTENSIONS).optional(),
    /** The voiceover is machine-made (text-to-speech, a cloned voice): YouTube's upload declares it as synthetic media. */
    syntheticVoice: z.boolean().optional(),
    visual: visualSchema.optional(),
  })
  .strict()
  .refine((takeaway) => takeaway.captions === undefined || takeaway.voiceover !== undefined, {
    path: ['captions'],
    error: 'a captions file times a voiceover: add `voiceover` to this takeaway, or remove `captions`',
  })
  .superRefine((takeaway, ctx) => {
    const talkingHead = takeaway.voiceover !== undefined && isVideoPath(takeaway.voiceover);
    if (takeaway.voiceoverFocus && !talkingHead) {
      ctx.addIssue({
        code: 'custom',
        path: ['voiceoverFocus'],
        message: `only a video voiceover (a talking head) is cropped: ${takeaway.voiceover ?? 'this takeaway has no voiceover'}${takeaway.voiceover ? ' is audio' : ''}`,
      });
    }
    // The talking head fills the frame: a second full-bleed picture would hide it, a card beside it does not.
    if (talkingHead && takeaway.visual && (takeaway.visual.fit ?? defaultFit(takeaway.visual.src)) === 'cover') {
      ctx.addIssue({
        code: 'custom',
        path: ['visual', 'fit'],
        message: `the talking head ${takeaway.voiceover} fills the frame, so a visual beside it goes on a card: set "fit": "contain", or remove \`visual\``,
      });
    }
  })
  .refine((takeaway) => takeaway.syntheticVoice === undefined || takeaway.voiceover !== undefined, {
    path: ['syntheticVoice'],
    error: 'syntheticVoice describes a voiceover: add `voiceover` to this takeaway, or remove `syntheticVoice`',
  });

/** A bed under every clip of the issue: looped, faded in and out, ducked under the voice. */
export const musicSchema = z
  .object({
    src: assetPath('the music', AUDIO_EXTENSIONS),
    volume: volume('the music volume'),
  })
  .strict();

/** Mix settings; each has a default in src/audio/mix.ts. */
export const audioSettingsSchema = z
  .object({
    voiceVolume: volume('the voice volume').optional(),
    /** The music's level while the voice speaks, as a share of its own volume. */
    duckTo: volume('the ducked music level').optional(),
    fadeInSeconds: z.number().min(0).max(5, { error: 'must be at most 5 seconds' }).optional(),
    fadeOutSeconds: z.number().min(0).max(5, { error: 'must be at most 5 seconds' }).optional(),
  })
  .strict();

export const issueSchema = z
  .object({
    newsletter: newsletterSchema,
    title: nonEmpty('the title', MAX_TITLE_CHARS),
    date: z.iso.date({ error: 'must be an ISO date (YYYY-MM-DD)' }).optional(),
    number: z.int().positive().optional(),
    callToAction: nonEmpty('the call to action', 40).optional(),
    music: musicSchema.optional(),
    audio: audioSettingsSchema.optional(),
    /** This issue's look where it differs from assets/brand.json. */
    brand: brandSchema.optional(),
    takeaways: z
      .array(takeawaySchema)
      .min(1, { error: 'an issue needs at least 1 takeaway' })
      .max(MAX_TAKEAWAYS, { error: `an issue has at most ${MAX_TAKEAWAYS} takeaways` }),
  })
  .strict();

/** Which app's safe zone the clip is laid out for; `both` keeps clear of every app's UI at once. */
export const platformSchema = z.enum(LAYOUT_IDS, {
  error: `must be one of: ${LAYOUT_IDS.join(', ')}`,
});

/**
 * A clip's props: an issue, which takeaway (1-based, as in "2/6"), which platform, and the
 * newsletter's brand (assets/brand.json, which the issue's own `brand` overrides).
 */
export const takeawayClipSchema = z
  .object({
    issue: issueSchema,
    takeaway: z.int({ error: 'must be a whole number (1 is the first takeaway)' }).min(1, {
      error: 'must be 1 or more (1 is the first takeaway)',
    }),
    platform: platformSchema,
    brand: brandSchema,
  })
  .strict()
  .superRefine((props, ctx) => {
    const count = props.issue.takeaways.length;
    if (props.takeaway > count) {
      ctx.addIssue({
        code: 'custom',
        path: ['takeaway'],
        message: `must be between 1 and ${count}: the issue has ${count} takeaway${count === 1 ? '' : 's'}`,
      });
    }
  });

/** The cover is chosen like a clip: the platform picks nothing but keeps one props file for both. */
export const coverSchema = takeawayClipSchema;

/** The recap takes a whole issue: every takeaway's headline with one short caption. */
export const recapSchema = z
  .object({
    issue: issueSchema,
    platform: platformSchema,
    brand: brandSchema,
  })
  .strict();

export type Issue = z.infer<typeof issueSchema>;
export type Takeaway = z.infer<typeof takeawaySchema>;
export type Visual = z.infer<typeof visualSchema>;
export type Music = z.infer<typeof musicSchema>;
export type AudioSettings = z.infer<typeof audioSettingsSchema>;
export type Theme = z.infer<typeof themeSchema>;
export type Brand = z.infer<typeof brandSchema>;
export type CaptionStyle = (typeof CAPTION_STYLES)[number];
export type TakeawayClipProps = z.infer<typeof takeawayClipSchema>;
export type CoverProps = z.infer<typeof coverSchema>;
export type RecapProps = z.infer<typeof recapSchema>;

/**
 * Every problem as `field.path: rule`, on one line: Remotion passes only the first line of an error
 * thrown in the browser on to the terminal.
 */
export const formatZodError = (error: z.ZodError): string =>
  error.issues
    .map((issue) => {
      const path = issue.path
        .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
        .join('');
      return `${path || '(root)'}: ${issue.message}`;
    })
    .join('; ');

export const parseOrThrow = <S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> => {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new Error(`Invalid ${what}: ${formatZodError(result.error)}`);
  }
  return result.data;
};
