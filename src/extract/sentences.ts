/**
 * Sentences: splitting a paragraph, and the safe shortenings that make one a caption.
 *
 * - Split after `.`, `!`, `?`, `…` (or a run of them) followed by a space, and after laughter
 *   (ㅋㅋㅋ) that follows a polite ending; never inside quotes or brackets.
 * - Clean: drop links, parentheticals ("(OpenAI)", "(x.ai...?)"), laughter and crying (ㅋㅋㅋ,
 *   ㅎㅎㅎ, ㅠㅠ), emoticons, the hedges "개인적으로" and "솔직히", and sentence-initial fillers
 *   ("일단", "사실", "그리고", "또한", "여담이지만", "다시말해", "결론적으로"…); end with a full stop.
 * - Cut: a sentence too long for a caption becomes what follows a concession ("A지만 B" → "B",
 *   the author's point, with the sentence's own ending) if that fits, else the longest fitting
 *   cut: the sentence (or B) ended after a "~고" / "~는데" / "~인데" / "~며" word outside quotes,
 *   whose ending becomes a sentence ending in the sentence's own register (했고 → 했습니다 or 했다).
 *   No rule, no cut.
 * - Greetings, sign-offs, notes about the newsletter and the author's promises (…하겠습니다) are
 *   about the sender, not the topic: never points.
 *
 * Pure: no React, no Node.
 */
import { displayLength } from '../captions/layout';
import { endClause, isPolite, TRAILING_FILLERS } from './korean';

/** Shorter than this, a cleaned sentence is a fragment ("물론입니다."), not a caption. */
export const MIN_POINT_CHARS = 10;
/** A cut shorter than this has lost what the sentence said. */
const MIN_CLAUSE_CHARS = 20;
/** A headline's first clause shorter than this ("하지만") says nothing; take more of the sentence. */
const MIN_HEADLINE_CLAUSE_CHARS = 8;
/**
 * About what one caption line holds on Shorts at the caption size (src/layout/takeaway-plan.ts),
 * less the continuation mark: a longer word stops the render, so its sentence is not a point.
 */
const MAX_CAPTION_WORD_CHARS = 11;

const CLOSING: Record<string, string> = { '(': ')', '[': ']', '（': '）', '“': '”', '‘': '’', '「': '」', '『': '』' };
const TERMINAL = /[.!?。！？…]/u;
const LAUGHTER = /[ㅋㅎㅠㅜ]/u;

const splitWith = (text: string, nested: boolean): { sentences: string[]; balanced: boolean } => {
  const sentences: string[] = [];
  const open: string[] = [];
  let inQuote = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (nested && ch === '"') {
      inQuote = !inQuote;
    } else if (nested && ch in CLOSING) {
      open.push(CLOSING[ch]);
    } else if (nested && ch === open[open.length - 1]) {
      open.pop();
    } else if (open.length === 0 && !inQuote && (TERMINAL.test(ch) || LAUGHTER.test(ch))) {
      const run = TERMINAL.test(ch) ? TERMINAL : LAUGHTER;
      let end = i + 1;
      while (end < text.length && run.test(text[end])) {
        end++;
      }
      const before = text.slice(start, i);
      const ends =
        run === TERMINAL
          ? (end === text.length || /\s/u.test(text[end])) &&
            !(ch === '.' && end === i + 1 && /(?:^|[^\p{L}])\p{Lu}$/u.test(before))
          : end > i + 1 && isPolite(before);
      if (ends) {
        sentences.push(text.slice(start, end).trim());
        start = end;
      }
      i = end - 1;
    }
  }
  sentences.push(text.slice(start).trim());
  return { sentences: sentences.filter(Boolean), balanced: open.length === 0 && !inQuote };
};

/** A paragraph's sentences; unbalanced quotes or brackets are ignored rather than swallowing the rest. */
export const splitSentences = (paragraph: string): string[] => {
  const nested = splitWith(paragraph, true);
  return nested.balanced ? nested.sentences : splitWith(paragraph, false).sentences;
};

const HOUSEKEEPING =
  /안녕하세요|구독자\s*(?:님|여러분)|구독하기|구독\s*(?:취소|해지)|수신\s*거부|뉴스레터(?:로|에서|를\s*통해)?\s*(?:정리|보내|전해|공유|소개|쓸|쓰)|댓글(?:로|을\s*남겨|\s*남겨|\s*달아)|의견을\s*남겨|공유\s*(?:해\s*주|부탁)|감사(?:합니다|드립니다)|고맙습니다|새해\s*복|좋은\s*(?:하루|주말|한\s*주|연휴|저녁)|즐거운\s*(?:하루|주말|한\s*주)|여기까지(?:입니다|예요|에요|\s*[!.~]|$)|다음\s*(?:주|호|시간|편)에\s*(?:또|다시)?\s*(?:만나|뵙|찾아)|뵙겠습니다|만나요|겠습니다[.!]?$|^(?:hi|hello|hey|dear)\b|thanks for reading|see you (?:next|tomorrow|soon)|until next (?:week|time)|(?:forward|share) (?:this|it) (?:to|with)|reply to this (?:email|e-mail)/iu;

export const isHousekeeping = (sentence: string): boolean => HOUSEKEEPING.test(sentence);

const HEDGES = /(^|\s)(?:개인적으로(?:는)?|솔직히(?:\s*말하면)?),?(?=\s)/gu;
const LEADING_FILLERS = /^(?:(?:일단|사실|그리고|또한|아무튼|여담이지만|참고로|다시\s?말해|결론적으로|더군다나)\s+)+/u;

/** The sentence with what a caption can lose safely taken out, or undefined if nothing is left. */
export const cleanSentence = (sentence: string): string | undefined => {
  let text = sentence.replace(/https?:\/\/\S+|www\.\S+/giu, '');
  for (let previous = ''; previous !== text;) {
    previous = text;
    text = text.replace(/\s*[(（[][^()（）[\]]*[)）\]]/gu, '');
  }
  text = text
    .replace(/\s*(?:[ㅋㅎㅠㅜ]{2,}|\^\^|\^_\^|;;+)/gu, '')
    .replace(HEDGES, '$1')
    .replace(/\s+/gu, ' ')
    .replace(/^[\s,.:;·\-–—]+/u, '')
    .replace(LEADING_FILLERS, '')
    .replace(/\s+([.,!?…])/gu, '$1')
    .trim();
  if (/[\p{L}\p{N}]$/u.test(text)) {
    text += '.';
  }
  return /\p{L}/u.test(text) ? text : undefined;
};

const words = (text: string): string[] => text.split(' ').filter(Boolean);

/** Whether every word fits a caption line by the subtitle rule (Latin counts half). */
export const wordsFitCaption = (text: string): boolean =>
  words(text).every((word) => displayLength(word) <= MAX_CAPTION_WORD_CHARS);

/** The sentence's words but the last, with whether each stands outside quotes. */
const wordsOutsideQuotes = (text: string): { word: string; index: number }[] => {
  let quoted = false;
  return words(text)
    .slice(0, -1)
    .flatMap((word, index) => {
      quoted = (word.match(/["“”]/gu)?.length ?? 0) % 2 === 1 ? !quoted : quoted;
      return quoted ? [] : [{ word, index }];
    });
};

/**
 * The sentence cut after each clause boundary outside quotes, with the clause's last word turned
 * into a sentence-final one; shortest first. A headline also cuts at a comma, and stays plain.
 */
const clauseEnds = (text: string, asHeadline: boolean): string[] => {
  const all = words(text);
  const register = asHeadline || !isPolite(text) ? 'plain' : 'polite';
  return wordsOutsideQuotes(text).flatMap(({ word, index }) => {
    const ending = endClause(word, register) ?? (asHeadline && /[,，]$/u.test(word) ? word.slice(0, -1) : undefined);
    return ending === undefined ? [] : [[...all.slice(0, index), ending].join(' ')];
  });
};

/** What follows each concession (…지만, …하지만) outside quotes: the author's point, with its own ending. */
const afterConcessions = (text: string): string[] => {
  const all = words(text);
  return wordsOutsideQuotes(text)
    .filter(({ word }) => /지만[,，]?$/u.test(word))
    .map(({ index }) => all.slice(index + 1).join(' '));
};

/**
 * The sentence if it fits; else the longest fitting cut of what follows its first concession (then
 * of what follows the next one); else of the sentence itself. A cut is the whole part or the part
 * ended after a clause boundary. Undefined if nothing fits.
 */
export const fitSentence = (sentence: string, maxChars: number): string | undefined => {
  if (sentence.length <= maxChars) {
    return sentence;
  }
  const fitting = (part: string): string[] =>
    (part.length <= maxChars ? [part] : clauseEnds(part, false).map((clause) => `${clause}.`)).filter(
      (cut) => cut.length >= MIN_CLAUSE_CHARS && cut.length <= maxChars,
    );
  return [...afterConcessions(sentence), sentence].map((part) => fitting(part).at(-1)).find((cut) => cut !== undefined);
};

/** Cut at the last space that leaves room for `…`, for names and titles no rule can shorten. */
export const cutAtWord = (text: string, maxChars: number): string => {
  if (text.length <= maxChars) {
    return text;
  }
  const room = text.slice(0, maxChars - 1);
  const space = room.lastIndexOf(' ');
  return `${(space > 0 ? room.slice(0, space) : room).replace(/[\s,.:;]+$/u, '')}…`;
};

/** A headline's shorter forms, each a clause the text already has: cut at a clause ending made plain or a comma. */
export const headlineClauses = (text: string): string[] => clauseEnds(text, true);

/**
 * A headline from a paragraph's first sentence: its first clause (cut at a comma or a clause
 * ending made plain: 출시했고 → 출시했다) when that says enough, else the whole sentence, without
 * the full stop.
 */
export const headlineFrom = (sentence: string): string => {
  const bare = sentence.replace(TRAILING_FILLERS, '').replace(/[.。]$/u, '');
  return clauseEnds(bare, true).find((c) => c.length >= MIN_HEADLINE_CLAUSE_CHARS) ?? bare;
};

export { MIN_HEADLINE_CLAUSE_CHARS };
