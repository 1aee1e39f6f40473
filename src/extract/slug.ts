/**
 * The slug, for the file name and the Remotion composition ids: only `[a-z0-9-]`, no
 * leading, trailing or double dashes (composition ids may not hold Hangul). From the title's Latin
 * words when they are most of it, else the file name's stem, else `issue-` and a hash of the title.
 *
 * Pure: no React, no Node.
 */
import { slugFromFileName, slugify } from '../issues/ids';

/** Two Latin words name an issue ("openai-devday"); one alone ("openai") would name many. */
const MIN_TITLE_WORDS = 2;

/** 32-bit FNV-1a of the text's UTF-8 bytes, as 8 hex digits: tiny, stable, good enough to tell titles apart. */
export const fnv1a = (text: string): string => {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
};

export const makeSlug = (title: string, fileName?: string): string => {
  const words = title.split(/\s+/u).filter(Boolean);
  const latin = words.filter((w) => /[A-Za-z]/u.test(w));
  if (latin.length >= MIN_TITLE_WORDS && latin.length * 2 >= words.length) {
    const fromTitle = slugify((title.match(/[A-Za-z0-9]+/gu) ?? []).join(' '));
    if (fromTitle) {
      return fromTitle;
    }
  }
  return slugFromFileName(fileName ?? '') || `issue-${fnv1a(title)}`;
};
