/**
 * Whether a text has a character drawn as an emoji, so the 5.8 MB colour emoji font is loaded only
 * for clips that need it. Pure: no React, no Node.
 */

const EMOJI_BY_DEFAULT = /\p{Emoji_Presentation}|\p{Regional_Indicator}/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
/** Variation selector 16: asks for the emoji form of a character that is text by default (❤️). */
const VS16 = '\uFE0F';
/** Combining keycap: "1️⃣" and "#️⃣" are emoji built on a digit or sign that is text alone. */
const KEYCAP = '\u20E3';

/** Emoji by default, text symbols followed by VS16, and keycaps. © alone stays Pretendard's. */
export const hasEmoji = (text: string): boolean => {
  const chars = Array.from(text);
  return chars.some(
    (ch, i) => EMOJI_BY_DEFAULT.test(ch) || ch === KEYCAP || (PICTOGRAPHIC.test(ch) && chars[i + 1] === VS16),
  );
};
