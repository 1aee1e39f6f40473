/**
 * Point choice: which sentences of a section become its caption points.
 *
 * 1. Every sentence is cleaned (sentences.ts); greetings, sign-offs, notes about the newsletter,
 *    fragments and sentences with a word too wide for a caption line drop out.
 * 2. A sentence longer than PREFERRED_POINT_CHARS (one or two caption pages) is cut to fit
 *    (sentences.ts: the clause after a concession, or the sentence ended at a clause boundary, so
 *    it keeps its meaning). One that no rule can cut stays if it fits MAX_DRAFT_POINT_CHARS, ranked
 *    after the rest; a longer one is left out.
 * 3. Topic words: the section's content words (Latin names and numbers as written, Korean words with
 *    their particles and common endings taken off) used at least twice in it and its headline; the
 *    TOPIC_WORDS most frequent, each weighing its count.
 * 4. A sentence scores the summed weight of the topic words it carries, plus FIGURE_WEIGHT for each
 *    figure (300억원, 37%), NAME_WEIGHT for each Latin-script name and CONCLUSION_WEIGHT when it
 *    states the author's conclusion ("결국", "핵심은"). The section's first sentence always counts
 *    (like a news lead, it usually states the topic); then the best by (fits the preferred length,
 *    score, earlier) up to MIN_POINTS, then more up to MAX_POINTS_PER_TAKEAWAY while they carry a
 *    topic word, as long as the points total at most MAX_TAKEAWAY_CHARS. Points keep the text's order.
 *
 * Pure: no React, no Node.
 */
import {
  cleanSentence,
  fitSentence,
  isHousekeeping,
  MIN_POINT_CHARS,
  splitSentences,
  wordsFitCaption,
} from './sentences';

/** One or two caption pages (2 lines of about 16 characters each): the length a point aims for. */
const PREFERRED_POINT_CHARS = 60;
/** Three pages at most: a longer sentence reads as a paragraph on a phone, so the draft leaves it out. */
export const MAX_DRAFT_POINT_CHARS = 90;
/** About 25 s of captions at the 10 characters a second captions are timed at. */
export const MAX_TAKEAWAY_CHARS = 250;
/** The design's 2 to 4 captioned sentences a takeaway. */
const MIN_POINTS = 2;
const MAX_POINTS_PER_TAKEAWAY = 4;
/** Enough to name what a section is about; more starts counting filler words. */
const TOPIC_WORDS = 8;
/** A figure (300억원, 37%, 2배) is what a viewer remembers; it outweighs a repeated word. */
const FIGURE_WEIGHT = 3;
/** A named company, product or person (OpenAI, GPT-4). */
const NAME_WEIGHT = 1;
/** The author's conclusion is what the section is for. */
const CONCLUSION_WEIGHT = 4;

const FIGURE = /\d+(?:[.,]\d+)?\s*(?:천|백)?\s*(?:%|퍼센트|배|개월|주년|시간|달러|억|조|만|원|명|개|위|년|곳|건|대)/gu;
const LATIN_NAME = /\b[A-Z][A-Za-z0-9]*(?:[-.+][A-Za-z0-9]+)*/gu;
const CONCLUSION =
  /^(?:결국|결론은|핵심은|요컨대|즉|따라서|그래서|한마디로)|중요한\s*(?:건|것은|점은)|라는\s*(?:게|것이)\s*제\s*생각|(?:^|\s)(?:the point is|in short|bottom line)/iu;

/** Particles and common endings, longest first, taken off a Korean word to get what it is about. */
const SUFFIXES = [
  '했습니다',
  '에서는',
  '으로는',
  '에게는',
  '이라는',
  '보다는',
  '까지는',
  '에서도',
  '으로도',
  '적으로',
  '합니다',
  '입니다',
  '하는',
  '하고',
  '해서',
  '했고',
  '하게',
  '하며',
  '에서',
  '에게',
  '으로',
  '보다',
  '까지',
  '부터',
  '처럼',
  '이나',
  '라는',
  '에는',
  '에도',
  '과의',
  '와의',
  '적인',
  '들이',
  '들은',
  '들을',
  '들의',
  '들도',
  '들과',
  '들에',
  '들',
  '이',
  '가',
  '은',
  '는',
  '을',
  '를',
  '의',
  '에',
  '로',
  '와',
  '과',
  '도',
  '만',
  '적',
  '한',
  '할',
  '된',
  '될',
  '인',
];

/** Words that occur in any text on any topic. */
const STOP_WORDS = new Set([
  '생각',
  '부분',
  '정도',
  '우리',
  '저는',
  '제가',
  '이번',
  '지금',
  '현재',
  '정말',
  '아주',
  '너무',
  '많이',
  '모든',
  '하지만',
  '그리고',
  '그래서',
  '또한',
  '물론',
  '결국',
  '앞으로',
  '다시',
  '이미',
  '여러',
  '같은',
  '같이',
  '있는',
  '없는',
  '있다',
  '없다',
  '경우',
  '때문',
  '대한',
  '관련',
  '통해',
  '위해',
  '그런',
  '이런',
  '어떤',
  '다른',
  '가장',
  '크게',
  '계속',
  '함께',
  '바로',
  '역시',
  '사실',
  '이것',
  '그것',
  '여기',
  '거기',
  '하나',
  '자체',
  '오늘',
  '이제',
  '그냥',
  '진짜',
  '약간',
  '다들',
  '여러분',
  '보면서',
  '하면서',
  '하지',
  '이라고',
  '라고',
  '있습니다',
  '됩니다',
  '같습니다',
  '그러나',
  'the',
  'and',
  'for',
  'with',
]);

/** Latin-script names (GPT-4, OpenAI) and numbers with a unit (8개월, 80%, 300억원). */
export const NAME_OR_NUMBER =
  /[A-Za-z][A-Za-z0-9]*(?:[-.+][A-Za-z0-9]+)*|\d+(?:[.,]\d+)?(?:%|개월|주년|시간|세대|달러|억원|만원|조원|년|월|일|시|분|초|명|개|억|조|만|원|배|위|등|호)/gu;

const stem = (word: string): string => {
  let current = word;
  for (let round = 0; round < 2; round++) {
    const suffix = SUFFIXES.find((s) => current.endsWith(s) && current.length - s.length >= 2);
    if (!suffix) {
      break;
    }
    current = current.slice(0, -suffix.length);
  }
  return current;
};

/**
 * Every content word of a text, in order: names and numbers lower-cased, Korean stems. Korean
 * right after a name or number is its particle (GPT-4보다, 8개월차이), not a word.
 */
export const contentWords = (text: string): string[] => {
  const names = (text.match(NAME_OR_NUMBER) ?? []).map((w) => w.toLowerCase()).filter((w) => w.length >= 2);
  const korean = (text.match(/(?<![A-Za-z0-9%])\p{Script=Hangul}+/gu) ?? []).map(stem).filter((w) => w.length >= 2);
  return [...names, ...korean].filter((w) => !STOP_WORDS.has(w));
};

/** Content words the texts use at least twice, most frequent first (ties: first seen), with their counts. */
export const topicWords = (texts: string[]): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const word of texts.flatMap(contentWords)) {
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return new Map(
    [...counts]
      .filter(([, count]) => count >= 2)
      .sort(([, a], [, b]) => b - a)
      .slice(0, TOPIC_WORDS),
  );
};

type Candidate = { text: string; index: number; preferred: boolean; score: number };

/** A sentence as a caption, cut to the preferred length if a rule can; undefined if it cannot be one. */
const asPoint = (sentence: string): { text: string; preferred: boolean } | undefined => {
  const cleaned = isHousekeeping(sentence) ? undefined : cleanSentence(sentence);
  if (cleaned === undefined || cleaned.length < MIN_POINT_CHARS || !wordsFitCaption(cleaned)) {
    return undefined;
  }
  const short = fitSentence(cleaned, PREFERRED_POINT_CHARS);
  const text = short ?? fitSentence(cleaned, MAX_DRAFT_POINT_CHARS);
  return text === undefined ? undefined : { text, preferred: short !== undefined };
};

/** Every sentence of the paragraphs that can be a caption point, in order, each once. */
export const pointCandidates = (paragraphs: string[]): { text: string; preferred: boolean }[] => {
  const seen = new Set<string>();
  return paragraphs
    .flatMap(splitSentences)
    .flatMap((sentence) => asPoint(sentence) ?? [])
    .filter((point) => !seen.has(point.text) && seen.add(point.text));
};

/** Whether any sentence of the paragraphs can be a caption point (stops at the first). */
export const hasPoint = (paragraphs: string[]): boolean =>
  paragraphs.some((paragraph) => splitSentences(paragraph).some((sentence) => asPoint(sentence) !== undefined));

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

/** The section's points by the rule at the top of this file; `fits` says whether a point passes the render's checks. */
export const choosePoints = (
  headline: string,
  paragraphs: string[],
  fits: (point: string) => boolean = () => true,
): string[] => {
  const topics = topicWords([headline, ...paragraphs]);
  const candidates: Candidate[] = pointCandidates(paragraphs).map(({ text, preferred }, index) => ({
    text,
    index,
    preferred,
    score:
      [...new Set(contentWords(text))].reduce((sum, word) => sum + (topics.get(word) ?? 0), 0) +
      FIGURE_WEIGHT * count(text, FIGURE) +
      NAME_WEIGHT * count(text, LATIN_NAME) +
      (CONCLUSION.test(text) ? CONCLUSION_WEIGHT : 0),
  }));
  const ranked = [...candidates].sort(
    (a, b) =>
      Number(b.index === 0) - Number(a.index === 0) ||
      Number(b.preferred) - Number(a.preferred) ||
      b.score - a.score ||
      a.index - b.index,
  );
  const chosen: Candidate[] = [];
  let total = 0;
  for (const candidate of ranked) {
    const wanted = chosen.length < MIN_POINTS || (chosen.length < MAX_POINTS_PER_TAKEAWAY && candidate.score > 0);
    if (wanted && total + candidate.text.length <= MAX_TAKEAWAY_CHARS && fits(candidate.text)) {
      chosen.push(candidate);
      total += candidate.text.length;
    }
  }
  return chosen.sort((a, b) => a.index - b.index).map((c) => c.text);
};
