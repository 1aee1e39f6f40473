/**
 * The upload text as read back from a clip's .upload.json, which anything reading the output folder
 * must check before trusting. Pure: no React, no Node.
 */
import { z } from 'zod';
import type { UploadText } from './upload-text';

export const uploadTextSchema: z.ZodType<UploadText> = z.discriminatedUnion('platform', [
  z.object({ platform: z.literal('reels'), caption: z.string(), hashtags: z.array(z.string()) }),
  z.object({ platform: z.literal('shorts'), title: z.string(), description: z.string(), tags: z.array(z.string()) }),
]);
