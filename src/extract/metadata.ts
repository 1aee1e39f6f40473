/**
 * The newsletter's name and, when the issue states them, its date and number.
 *
 * Name, first found: the caller's option; Markdown front matter (`newsletter`, `publication`,
 * `brand`); a masthead line above the title (less its number and date); an HTML page's `<title>`
 * part that is not the issue's title, or a logo's alt text; the greeting's self-introduction
 * ("주간 실리콘밸리는 … 운영되고 있습니다", "안녕하세요, 모닝 브리핑 구독자 여러분", "안녕하세요,
 * 모닝 브리핑의 민지입니다", "안녕하세요, 스타트업 레터입니다"); the footer ("© 2026 스타트업 레터")
 * and the sign-off ("스타트업 레터 팀 드림"); the file name, with a warning; "뉴스레터". Date and
 * number: front matter, else a masthead or a short preamble line ("2023년 12월 10일", "제12호", "#12").
 *
 * Pure: no React, no Node.
 */
import { MAX_NEWSLETTER_NAME_CHARS as MAX_NAME_CHARS } from '../schema';
import { dateIn, isDateline, numberIn, withoutDates } from './datelines';
import { fileStem } from '../issues/ids';
import { splitSentences } from './sentences';

/** A name is a few words; more is a sentence that happened to match. */
const MAX_NAME_WORDS = 4;
const FALLBACK_NAME = '뉴스레터';

const GREETING = /^(?:안녕하세요|hi|hello|hey)[\s,.!~]*/iu;
/** Words that start a sentence about someone or something other than the newsletter. */
const NOT_A_NAME =
  /^(?:저|제|나|우리|여러분|오늘|이번|본|이|그|요즘|지난|다음|에디터|기자|the (?:week|day)|today|this|our|my|we|i)(?:\s|$)|님$|^(?:logo|로고|image|이미지|banner|배너|icon|아이콘)$/iu;
/** Nouns a newsletter's name ends in: what tells "스타트업 레터입니다" from "민지입니다". */
const NEWSLETTER_NOUN =
  /(?:뉴스레터|레터|브리핑|위클리|데일리|매거진|다이제스트|리포트|노트|편지|클럽|letter|weekly|daily|digest|briefing|bulletin|report|notes|newsletter)$/iu;
/**
 * How a newsletter introduces itself: "X는 … 운영/발행/보내드립니다", "X 구독자 여러분", "X의
 * 민지입니다" and "X입니다" only right after 안녕하세요 (since "오늘의 주제입니다" reads the same; "X입니다"
 * also only when X ends in a newsletter noun), "Welcome to X", "You're reading X".
 */
const INTRODUCTIONS: { pattern: RegExp; afterGreeting: boolean; noun?: boolean }[] = [
  { pattern: /^(.{2,40}?)(?:은|는)\s.*(?:뉴스레터|운영|발행|보내|전해|커뮤니티|채널|레터)/u, afterGreeting: false },
  { pattern: /^(.{2,40}?)\s*(?:구독자|독자)\s*(?:님|여러분)/u, afterGreeting: false },
  { pattern: /^(.{2,40}?)의\s+.{1,15}(?:입니다|이에요|예요)[.!]?$/u, afterGreeting: true },
  { pattern: /^(.{2,40}?)(?:입니다|이에요|예요)[.!~]*$/u, afterGreeting: true, noun: true },
  {
    pattern:
      /(?:^|[,.!]\s*)(?:welcome (?:back )?to|you(?:'|’)re reading|this is)\s+(.{2,40}?)(?:[,.!:—–]|\s+-\s|\s+(?:issue|no\.|#)|$)/iu,
    afterGreeting: false,
  },
];
/** Footer lines that carry the name: "© 2026 스타트업 레터", "스타트업 레터 팀 드림", "— 스타트업 레터". */
const FOOTER_NAMES = [
  /(?:©|ⓒ|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(.+?)(?:\.|,|\s+all rights|\s+\||$)/iu,
  /^[-–—]*\s*(.{2,30}?)\s*(?:팀\s*)?(?:드림|올림)[.!]?$/u,
  /^[-–—]+\s*(.{2,30}?)\s*(?:팀)?$/u,
];

/** What separates the parts of a masthead or a page title: "스타트업 레터 · 제58호", "제목 | 스타트업 레터". */
const SEPARATORS = /\s+[|·•—–-]\s+|\s*[|·•]\s*|:\s+/u;

const plausibleName = (name: string): string | undefined => {
  const trimmed = name
    .replace(/["'“”‘’「」『』<>《》]/gu, '')
    .replace(/^[\s,.:;·|\-–—]+|[\s,.:;·|\-–—]+$/gu, '')
    .trim();
  const words = trimmed.split(/\s+/u).length;
  return trimmed &&
    /\p{L}/u.test(trimmed) &&
    trimmed.length <= MAX_NAME_CHARS &&
    words <= MAX_NAME_WORDS &&
    !NOT_A_NAME.test(trimmed)
    ? trimmed
    : undefined;
};

/** Not a person's name ("민지", "김하늘"): a newsletter noun, several words, or Latin letters. */
const looksLikeBrand = (name: string): boolean =>
  NEWSLETTER_NOUN.test(name) || /\s/u.test(name) || /[A-Za-z]/u.test(name);

const fromIntroduction = (paragraphs: string[]): string | undefined => {
  for (const sentence of paragraphs.flatMap(splitSentences)) {
    const greeted = GREETING.test(sentence);
    const rest = sentence.replace(GREETING, '');
    for (const { pattern, afterGreeting, noun } of INTRODUCTIONS) {
      const match = afterGreeting && !greeted ? null : pattern.exec(rest);
      const name = match ? plausibleName(match[1]) : undefined;
      if (name && (!noun || looksLikeBrand(name))) {
        return name;
      }
    }
  }
  return undefined;
};

/** A masthead line less its number, date and weekday: what is left is the name, if anything. */
const fromMasthead = (line: string): string | undefined =>
  withoutDates(line).split(SEPARATORS).map(plausibleName).find(Boolean);

/** The page title's parts that are not the issue's title: "제목 | 스타트업 레터" → "스타트업 레터". */
const fromDocumentTitle = (documentTitle: string | undefined, title: string | undefined): string | undefined => {
  const key = (text: string) => text.replace(/[\s\p{P}]+/gu, '').toLowerCase();
  const parts = (documentTitle ?? '').split(SEPARATORS).filter((part) => !title || !key(title).includes(key(part)));
  return parts.length < (documentTitle ?? '').split(SEPARATORS).length || !title
    ? parts.map(fromMasthead).find(Boolean)
    : undefined;
};

const fromLogo = (alts: string[]): string | undefined =>
  alts.map((alt) => plausibleName(alt.replace(/\s*(?:로고|logo|이미지|image)\s*/giu, ' '))).find(Boolean);

const fromFooter = (lines: string[]): string | undefined =>
  lines
    .flatMap((line) => FOOTER_NAMES.map((pattern) => pattern.exec(line.trim())?.[1]))
    .map((name) => (name ? plausibleName(name.split(SEPARATORS)[0]) : undefined))
    .find(Boolean);

export const newsletterName = (source: {
  option?: string;
  frontMatter: Record<string, string>;
  masthead: string[];
  documentTitle?: string;
  title?: string;
  images: string[];
  preamble: string[];
  footer: string[];
  signOff: string[];
  fileName?: string;
}): { name: string; warning?: string } => {
  const option = source.option?.trim();
  if (option) {
    return { name: option };
  }
  const { frontMatter } = source;
  const fromFrontMatter = [frontMatter.newsletter, frontMatter.publication, frontMatter.brand]
    .map((n) => (n ? plausibleName(n) : undefined))
    .find(Boolean);
  // A line with the issue's number or date is a masthead; a bare line above a greeting ("주간 리포트") may be a section label.
  const dated = source.masthead.filter(isDateline);
  const undated = source.masthead.filter((line) => !dated.includes(line));
  // Each source's name, most trusted first; a name two sources agree on beats a name only one gives.
  const found = [
    dated.map(fromMasthead).find(Boolean),
    fromDocumentTitle(source.documentTitle, source.title),
    fromLogo(source.images),
    fromIntroduction(source.preamble),
    undated.map(fromMasthead).find(Boolean),
    fromFooter([...source.signOff, ...source.footer]) ?? fromIntroduction([...source.signOff, ...source.footer]),
  ].filter((name): name is string => name !== undefined);
  const key = (name: string) => name.replace(/\s+/gu, '').toLowerCase();
  const votes = (name: string) => found.filter((other) => key(other) === key(name)).length;
  const stated = fromFrontMatter ?? [...found].sort((a, b) => votes(b) - votes(a))[0];
  if (stated) {
    return { name: stated };
  }
  const fromFile = plausibleName(fileStem(source.fileName ?? '').replace(/[-_.]+/gu, ' '));
  const name = fromFile ?? FALLBACK_NAME;
  return {
    name,
    warning: `No newsletter name found in the text: used "${name}". Pass --name or edit newsletter.name.`,
  };
};

/** The issue's date and number, when front matter or a dateline states them. */
export const issueDateAndNumber = (
  frontMatter: Record<string, string>,
  lines: string[],
): { date?: string; number?: number } => {
  const datelines = lines.filter(isDateline);
  const fmDate = /^(\d{4}-\d{2}-\d{2})/u.exec(frontMatter.date ?? '');
  const date = fmDate ? dateIn(fmDate[1]) : datelines.map(dateIn).find(Boolean);
  const fmNumber = /^\d{1,5}$/u.test(frontMatter.number ?? frontMatter.issue ?? '')
    ? Number(frontMatter.number ?? frontMatter.issue)
    : undefined;
  const number = fmNumber !== undefined && fmNumber > 0 ? fmNumber : datelines.map(numberIn).find(Boolean);
  return { ...(date ? { date } : {}), ...(number ? { number } : {}) };
};
