/**
 * Keywords: words the clip keeps in the accent colour. First the Latin-script names and the numbers
 * with a unit (GPT-4, OpenAI, 8개월, 80%) that the section repeats or its headline carries, most
 * frequent first (a word ever written without a capital or digit, like "open", is not a name); then
 * the headline's Korean words the section uses at least HANGUL_KEYWORD_MIN_COUNT times (its subject).
 * Only words that appear in the takeaway's headline or points count: a keyword is there to be seen.
 *
 * Pure: no React, no Node.
 */
import { contentWords, NAME_OR_NUMBER, topicWords } from './points';

/** Four accents a takeaway is emphasis; more is decoration. */
const MAX_KEYWORDS = 4;
/** The schema's limit for a keyword. */
const MAX_KEYWORD_CHARS = 30;
/** Clips match keywords inside words, so "AI" or "VC" would light up OpenAI and VCs too. */
const MIN_NAME_CHARS = 3;
/** A headline word the section repeats this often is its subject, not a passing mention. */
const HANGUL_KEYWORD_MIN_COUNT = 3;

/** English words that start a headline with a capital without naming anything. */
const FUNCTION_WORDS = new Set(
  'a an the why what how when where who which this that these those is are was were be our your my their its new big small more less top best'.split(
    ' ',
  ),
);

/** Below this share of Hangul letters the text is in a Latin-script language, where every headline starts with a capital. */
const MIN_HANGUL_SHARE = 0.2;

export const chooseKeywords = (headline: string, paragraphs: string[], points: string[]): string[] => {
  const letters = paragraphs.join('').match(/\p{L}/gu) ?? [];
  const latinText = (paragraphs.join('').match(/\p{Script=Hangul}/gu)?.length ?? 0) < MIN_HANGUL_SHARE * letters.length;
  const shown = [headline, ...points].join('\n').toLowerCase();
  const names = new Map<string, { form: string; count: number; inHeadline: boolean; proper: boolean }>();
  for (const [word] of [headline, ...paragraphs].join('\n').matchAll(NAME_OR_NUMBER)) {
    const key = word.toLowerCase();
    const entry = names.get(key) ?? { form: word, count: 0, inHeadline: headline.includes(word), proper: true };
    names.set(key, { ...entry, count: entry.count + 1, proper: entry.proper && /[\p{Lu}\p{N}]/u.test(word) });
  }
  const fromNames = [...names]
    .filter(
      ([key, { count, inHeadline, proper }]) =>
        proper &&
        key.length >= MIN_NAME_CHARS &&
        !FUNCTION_WORDS.has(key) &&
        (count >= 2 || (inHeadline && !latinText)),
    )
    .sort(([, a], [, b]) => b.count - a.count)
    .map(([, { form }]) => form);
  const fromTopics = [...topicWords([headline, ...paragraphs])]
    .filter(
      ([word, count]) =>
        /^\p{Script=Hangul}+$/u.test(word) &&
        count >= HANGUL_KEYWORD_MIN_COUNT &&
        contentWords(headline).includes(word),
    )
    .map(([word]) => word);
  return [...new Set([...fromNames, ...fromTopics])]
    .filter((word) => word.length <= MAX_KEYWORD_CHARS && shown.includes(word.toLowerCase()))
    .slice(0, MAX_KEYWORDS);
};
