/**
 * What a heading looks like, whatever the input: short, not a sentence, not a link; and the marks
 * in front of one ("1. ", "1) ", "①", "#3", "🚀", "■", "[AI]") that number or decorate it but are
 * not among its words.
 *
 * Pure: no React, no Node.
 */
import { endsLikeSentence } from './korean';

/** A line this long can still be a heading (shortened to a headline later, with a warning); a longer line is a sentence. */
const HEADING_MAX_CHARS = 60;

const URL = /https?:\/\/|www\./iu;
const BULLET_MARK = /^\s*[-*+•·▪◦]\s/u;

/** Short, not a sentence, not a list item or a link, with at least one letter: could be a heading. */
export const isHeadingLike = (text: string): boolean =>
  text.length > 0 &&
  text.length <= HEADING_MAX_CHARS &&
  /\p{L}/u.test(text) &&
  !endsLikeSentence(text) &&
  !/[,，]$/u.test(text) &&
  !URL.test(text) &&
  !BULLET_MARK.test(text);

const EMOJI =
  /^(?:\p{Extended_Pictographic}|\p{Regional_Indicator})(?:\u{fe0f}|\u{200d}|[\u{1f3fb}-\u{1f3ff}]|\p{Extended_Pictographic})*/u;
const KEYCAP = /^\d\u{fe0f}?\u{20e3}/u;
const NUMBERED = /^(?:\d{1,2}[.)]|\(\d{1,2}\)|#\d{1,3}\.?|0\d(?=\s)|(?:no|part)\.?\s?\d{1,2}[.:]?)(?=\s|$)/iu;
const CIRCLED = /^[\u2460-\u2473\u2776-\u277f\u2780-\u2793]/u;
const SYMBOL = /^(?:[■□▶▷►◆◇●○★☆※•·▪◦➤➔→✔✅☑]\u{fe0f}?)+/u;
const TAG = /^\[[^\]\n]{1,10}\](?=\s*\S)/u;

export type Marker = 'number' | 'circled' | 'emoji' | 'symbol' | 'tag' | 'none';

/** The kind of mark a heading starts with: sections of one issue share theirs. */
export const markerOf = (text: string): Marker => {
  const start = text.trimStart();
  if (NUMBERED.test(start) || KEYCAP.test(start)) {
    return 'number';
  }
  if (CIRCLED.test(start)) {
    return 'circled';
  }
  if (EMOJI.test(start)) {
    return 'emoji';
  }
  if (SYMBOL.test(start)) {
    return 'symbol';
  }
  return TAG.test(start) ? 'tag' : 'none';
};

const LEADING_MARKS = [NUMBERED, KEYCAP, CIRCLED, EMOJI, SYMBOL, TAG];
const TRAILING_EMOJI =
  /(?:\s*(?:\p{Extended_Pictographic}|\p{Regional_Indicator})(?:\u{fe0f}|\u{200d}|[\u{1f3fb}-\u{1f3ff}])*)+$/u;

/** The heading's words: its leading marks, a trailing colon and trailing emoji taken off. */
export const headingWords = (heading: string): string => {
  let text = heading.trim();
  for (let previous = ''; previous !== text;) {
    previous = text;
    for (const mark of LEADING_MARKS) {
      text = text.replace(mark, '').trimStart();
    }
  }
  const bare = text
    .replace(TRAILING_EMOJI, '')
    .replace(/\s*[:：]$/u, '')
    .trim();
  return bare || heading.trim();
};

/** A heading's words as a key to compare by: a table of contents lists the sections in other marks or spacing. */
export const headingKey = (text: string): string =>
  headingWords(text)
    .replace(/[\s\p{P}\p{S}]+/gu, '')
    .toLowerCase();
