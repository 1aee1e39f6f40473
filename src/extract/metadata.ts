/**
 * The newsletter's name and, when the issue states them, its date and number.
 *
 * Name, first found: the caller's option; Markdown front matter (`newsletter`, `publication`,
 * `brand`); the preamble's self-introduction ("주간 실리콘밸리는 … 운영되고 있습니다",
 * "안녕하세요, 모닝 브리핑 구독자 여러분", "안녕하세요, 모닝 브리핑의 민지입니다"); a masthead heading
 * above the title (less its number and date); the file name; "뉴스레터". Date and number: front
 * matter, else a masthead heading or a short preamble line ("2023년 12월 10일", "제12호", "#12").
 *
 * Pure: no React, no Node.
 */
import { issueSchema } from '../schema';
import { splitSentences } from './sentences';
import { MAX_NEWSLETTER_NAME_CHARS as MAX_NAME_CHARS } from '../schema';
import { fileStem } from './slug';

/** A name is a few words; more is a sentence that happened to match. */
const MAX_NAME_WORDS = 4;
/** A line this short that states a date or number is a dateline, not a sentence mentioning one. */
const MAX_DATELINE_CHARS = 40;
const FALLBACK_NAME = '뉴스레터';

const GREETING = /^안녕하세요[\s,.!~]*/u;
/** Words that start a sentence about someone or something other than the newsletter. */
const NOT_A_NAME = /^(?:저|제|나|우리|여러분|오늘|이번|본|이|그|요즘|지난|다음)(?:\s|$)|님$/u;
/**
 * How a newsletter introduces itself: "X는 … 운영/발행/보내드립니다", "X 구독자 여러분", and "X의
 * 민지입니다" only right after 안녕하세요, since "오늘의 주제입니다" reads the same.
 */
const INTRODUCTIONS: { pattern: RegExp; afterGreeting: boolean }[] = [
  { pattern: /^(.{2,40}?)(?:은|는)\s.*(?:뉴스레터|운영|발행|보내|전해|커뮤니티|채널|레터)/u, afterGreeting: false },
  { pattern: /^(.{2,40}?)\s*(?:구독자|독자)\s*(?:님|여러분)/u, afterGreeting: false },
  { pattern: /^(.{2,40}?)의\s+.{1,15}(?:입니다|이에요|예요)[.!]?$/u, afterGreeting: true },
];

const DATE = /(\d{4})\s*(?:년|[-./])\s*(\d{1,2})\s*(?:월|[-./])\s*(\d{1,2})\s*일?/u;
const NUMBER = /(?:제\s*)?(\d{1,4})\s*호(?!\p{L})|#\s*(\d{1,4})(?!\d)|\b(?:vol|no|issue)\.?\s*(\d{1,4})(?!\d)/iu;
const WEEKDAY = /\(?[월화수목금토일]요일\)?|\([월화수목금토일]\)/gu;

const plausibleName = (name: string): string | undefined => {
  const trimmed = name
    .replace(/["'“”‘’「」『』]/gu, '')
    .replace(/[\s,.:;·|\-–—]+$/u, '')
    .trim();
  const words = trimmed.split(/\s+/u).length;
  return trimmed && trimmed.length <= MAX_NAME_CHARS && words <= MAX_NAME_WORDS && !NOT_A_NAME.test(trimmed)
    ? trimmed
    : undefined;
};

const fromIntroduction = (paragraphs: string[]): string | undefined => {
  for (const sentence of paragraphs.flatMap(splitSentences)) {
    const greeted = GREETING.test(sentence);
    const rest = sentence.replace(GREETING, '');
    for (const { pattern, afterGreeting } of INTRODUCTIONS) {
      const match = afterGreeting && !greeted ? null : pattern.exec(rest);
      const name = match ? plausibleName(match[1]) : undefined;
      if (name) {
        return name;
      }
    }
  }
  return undefined;
};

export const newsletterName = (source: {
  option?: string;
  frontMatter: Record<string, string>;
  preamble: string[];
  footer: string[];
  masthead: string[];
  fileName?: string;
}): { name: string; warning?: string } => {
  const option = source.option?.trim();
  if (option) {
    return { name: option };
  }
  const { frontMatter } = source;
  const stated =
    [frontMatter.newsletter, frontMatter.publication, frontMatter.brand]
      .map((n) => (n ? plausibleName(n) : undefined))
      .find(Boolean) ??
    fromIntroduction([...source.preamble, ...source.footer]) ??
    source.masthead
      .map((h) => plausibleName(h.replace(DATE, '').replace(NUMBER, '').replace(WEEKDAY, '')))
      .find(Boolean);
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

const isoDate = (year: string, month: string, day: string): string | undefined => {
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return issueSchema.shape.date.safeParse(date).success ? date : undefined;
};

/** The issue's date and number, when front matter or a dateline states them. */
export const issueDateAndNumber = (
  frontMatter: Record<string, string>,
  datelines: string[],
): { date?: string; number?: number } => {
  const lines = datelines.filter((line) => line.length <= MAX_DATELINE_CHARS);
  const fmDate = /^(\d{4})-(\d{2})-(\d{2})/u.exec(frontMatter.date ?? '');
  const date = fmDate
    ? isoDate(fmDate[1], fmDate[2], fmDate[3])
    : lines
        .map((line) => DATE.exec(line))
        .map((m) => (m ? isoDate(m[1], m[2], m[3]) : undefined))
        .find(Boolean);
  const fmNumber = /^\d{1,5}$/u.test(frontMatter.number ?? frontMatter.issue ?? '')
    ? Number(frontMatter.number ?? frontMatter.issue)
    : undefined;
  const lineNumber = lines
    .map((line) => NUMBER.exec(line))
    .map((m) => (m ? Number(m[1] ?? m[2] ?? m[3]) : undefined))
    .find((n) => n !== undefined && n > 0);
  const number = fmNumber !== undefined && fmNumber > 0 ? fmNumber : lineNumber;
  return { ...(date ? { date } : {}), ...(number ? { number } : {}) };
};
