/**
 * Small facts about Korean text the extractor relies on: how a sentence ends, how wide a line is
 * in a fixed-width editor, and how to end a clause cleanly when a long sentence is cut after it.
 * Pure: no React, no Node.
 */

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
/** Unicode composes a Hangul syllable as initial × 588 + medial × 28 + final. */
const FINALS = 28;
const FINAL_NONE = 0;
const FINAL_NIEUN = 4;
const FINAL_RIEUL = 8;
const FINAL_BIEUP = 17;
const FINAL_SSANGSIOT = 20;

const finalOf = (syllable: string): number | undefined => {
  const code = syllable.codePointAt(0) ?? 0;
  return code >= HANGUL_FIRST && code <= HANGUL_LAST ? (code - HANGUL_FIRST) % FINALS : undefined;
};

const withFinal = (syllable: string, final: number): string => {
  const code = syllable.codePointAt(0) ?? 0;
  return String.fromCodePoint(code - ((code - HANGUL_FIRST) % FINALS) + final);
};

/** Laughter, crying, emoticons and emoji that trail a sentence without ending it. */
export const TRAILING_FILLERS =
  /(?:\s*(?:[ㅋㅎㅠㅜ]{2,}|\^\^|;;+|~+|[\p{Extended_Pictographic}\u{FE0F}\u{200D}]+))+\s*$/u;
const CLOSERS = /["'”’)\]」』]+$/u;
/** Polite endings (합쇼체 and 해요체): a line ending in one is a sentence, punctuation or not. */
const POLITE_ENDING = /(?:니다|요|죠)$/u;

/**
 * Whether a line ends like a Korean sentence rather than a heading: a full stop (not an ellipsis),
 * or a polite ending with or without `!`/`?`. Headlines end in plain forms or nouns, and a
 * question or `...` alone ("그래서 어쩌라고?", "짜집기...") does not make them sentences.
 */
export const endsLikeSentence = (line: string): boolean => {
  const core = line.replace(TRAILING_FILLERS, '').replace(CLOSERS, '').trimEnd();
  if (/(?<!\.)\.$/u.test(core) || core.endsWith('。')) {
    return true;
  }
  return POLITE_ENDING.test(core.replace(/[!?！？]+$/u, ''));
};

export const isPolite = (sentence: string): boolean =>
  POLITE_ENDING.test(
    sentence
      .replace(TRAILING_FILLERS, '')
      .replace(/[.!?。！？]+$/u, '')
      .trimEnd(),
  );

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Columns a line takes in a fixed-width editor: Hangul and other wide characters take two. */
export const columns = (line: string): number => Array.from(line).reduce((sum, ch) => sum + (WIDE.test(ch) ? 2 : 1), 0);

type Register = 'polite' | 'plain';

/** `stem` + the declarative ending: 하 → 합니다, 있 → 있습니다, 알 → 압니다 (ㄹ drops before ㅂ). */
const politeFrom = (stem: string): string | undefined => {
  const last = stem.slice(-1);
  const final = finalOf(last);
  if (final === undefined) {
    return undefined;
  }
  if (final === FINAL_NONE || final === FINAL_RIEUL) {
    return `${stem.slice(0, -1)}${withFinal(last, FINAL_BIEUP)}니다`;
  }
  return `${stem}습니다`;
};

/** Stems whose plain declarative is the stem + 다 whatever the verb: past tense, 있다, 없다. */
const takesPlainDa = (stem: string): boolean => finalOf(stem.slice(-1)) === FINAL_SSANGSIOT || /(?:있|없)$/u.test(stem);

/**
 * A clause-final word (…했고, …인데, …하며) turned into a sentence-final one in the sentence's
 * register, or undefined when no rule does it safely. `~고` counts only after past tense, 있/없/않
 * or the copula 이, because nouns end in 고 too (최고, 광고). `~지만` is not here: the clause before a
 * concession says the opposite of the author's point, and `~면서` ("while …") leads to the point.
 */
export const endClause = (word: string, register: Register): string | undefined => {
  const match = /^(.+?)(인데|는데|은데|으며|며|고)$/u.exec(word.replace(/[,，]$/u, ''));
  if (!match) {
    return undefined;
  }
  const [, stem, ending] = match;
  if (ending === '인데') {
    return register === 'polite' ? `${stem}입니다` : `${stem}이다`;
  }
  if (ending === '고' && !takesPlainDa(stem) && !/(?:않|이)$/u.test(stem)) {
    return undefined;
  }
  if (register === 'polite') {
    return politeFrom(stem);
  }
  if (takesPlainDa(stem) || (ending === '고' && stem.endsWith('이'))) {
    return `${stem}다`;
  }
  if (ending === '는데' && finalOf(stem.slice(-1)) === FINAL_NONE) {
    return `${stem.slice(0, -1)}${withFinal(stem.slice(-1), FINAL_NIEUN)}다`;
  }
  return ending === '는데' && finalOf(stem.slice(-1)) !== undefined ? `${stem}는다` : undefined;
};
