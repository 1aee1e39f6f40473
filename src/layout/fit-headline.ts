/**
 * A headline fitted to one place in a layout (the hook, the recap, the cover), or an error saying
 * why it cannot fit there: a word wider than a line even at the minimum size, or too many lines.
 */
import { tokenize } from '../captions/layout';
import { MAX_HEADLINE_CHARS } from '../schema';
import { type FittedText, fitLines } from './fit-lines';

/** The longest Korean word MAX_HEADLINE_CHARS is sized for: 7 syllables, as in 마이크로소프트 or 인공지능모델이. */
const HEADLINE_MAX_WORD_SYLLABLES = 7;

/** Stands in for any Hangul syllable: Pretendard draws them all the same width. */
const HANGUL_SYLLABLE = '가';

export const fitHeadline = ({
  field,
  place,
  ...fit
}: Parameters<typeof fitLines>[0] & {
  /** The headline's path in the props, for the message. */
  field: string;
  /** Where it goes, for the message: "the hook on YouTube Shorts". */
  place: string;
}): FittedText => {
  const fitted = fitLines(fit);
  if (fitted) {
    return fitted;
  }
  const atMinimum = (text: string) => fit.measure(text, fit.minFontSize);
  const tooWide = tokenize(fit.text).filter((word) => atMinimum(word) > fit.maxWidth);
  if (tooWide.length > 0) {
    const words = tooWide.map((word) => `"${word}" is ${Math.ceil(atMinimum(word))} px`).join(', ');
    const syllables = Math.floor(fit.maxWidth / atMinimum(HANGUL_SYLLABLE));
    throw new Error(
      `${field}: a word is too wide to fit a line of ${place}: ${words} at the minimum size of ${fit.minFontSize} px, and a line there holds at most ${fit.maxWidth} px (about ${syllables} Korean characters). Add a space or shorten it.`,
    );
  }
  throw new Error(
    `${field}: too long to fit ${place} in ${fit.maxLines} lines of ${fit.maxWidth} px at the minimum size of ${fit.minFontSize} px ("${fit.text}"). A headline of up to ${MAX_HEADLINE_CHARS} characters fits when none of its words is longer than ${HEADLINE_MAX_WORD_SYLLABLES} syllables: shorten it or its longest words.`,
  );
};
