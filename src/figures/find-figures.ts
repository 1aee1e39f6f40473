/**
 * Finds the figures a caption talks about (37%, 2배, 300억 원, $20, 10x, 5만 명) so the clip can show
 * them big. Pure: no React, no Node.
 *
 * A span of time counts (8개월, 3년, 24시간); what does not, on purpose: a number without a unit
 * (it may be anything), a date or a clock time (2026년, 3월, 9일, 3시 30분: a year from 1000 on is a
 * date, and 월, 일, 시, 분 are no units here), an ordinal or rank (1위, 2nd, 제3), and a number glued to
 * a name (GPT-4, iOS 18, M3, Gemini 1.5).
 */

export type Figure = {
  /** As written, e.g. "300억 원". */
  text: string;
  /** Where it starts in the text, in UTF-16 units. */
  index: number;
  /** A currency sign before the number ("$", "₩"), or "". A minus sign is in `value`. */
  prefix: string;
  value: number;
  /** Digits after the decimal point, as written. */
  decimals: number;
  /** The number was written with thousands separators (1,000). */
  grouped: boolean;
  /** The unit after the number, with any space as written: "%", "배", "억 원". */
  suffix: string;
};

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const CURRENCY_SIGN = String.raw`[$₩€£¥]`;
/** Korean powers of ten, alone or stacked: 1조, 300억, 5만, 2천만. */
const KOREAN_MAGNITUDE = '(?:천|백)?(?:만|억|조)|천';
/** Counted things. 개 never starts 개월 (a time span). */
const KOREAN_COUNTER = '개국|개사|개(?!월)|명|대|건|곳|가구';
const KOREAN_CURRENCY = '원|달러|엔|유로|위안|파운드';
/** Spans of time; 년 before a month ("26년 3월") is a date. */
const KOREAN_SPAN = '개월|시간|년(?! ?\\d{1,2}월)';
/** Numbers from here on with 년 are years: 2026년 is a date, 3년 a span. */
const FIRST_YEAR = 1000;
const ENGLISH_MAGNITUDE = String.raw`(?: ?(?:thousand|million|billion|trillion)|[KMB]|bn)(?![\p{L}\p{N}])`;

/** Units that stand alone after a number: a share, a ratio or a multiple. */
const RATIO = String.raw`%p|%|퍼센트|배|[x×](?![\p{L}\p{N}])`;

const FIGURE = new RegExp(
  [
    // A sign, unless the number is glued to a word: "GPT-4" is a name, "-3%" a figure.
    String.raw`(?<![\p{L}\p{N}._\-])`,
    '(?<sign>[-−])?',
    `(?<prefix>${CURRENCY_SIGN})?`,
    `(?<number>${NUMBER})`,
    '(?<suffix>',
    `(?:${RATIO})`,
    `|(?:${KOREAN_MAGNITUDE})(?: ?(?:${KOREAN_CURRENCY}|${KOREAN_COUNTER}))?`,
    `|(?:${ENGLISH_MAGNITUDE})`,
    `| ?(?:${KOREAN_CURRENCY}|${KOREAN_COUNTER})`,
    `|(?:${KOREAN_SPAN})`,
    ')?',
    // Not part of a longer number or a version ("1.5.2").
    String.raw`(?![\p{N}]|\.\p{N})`,
  ].join(''),
  'gu',
);

/** Every figure in a text, in order. A currency sign alone makes a figure ($20); a bare number does not. */
export const findFigures = (text: string): Figure[] => {
  const figures: Figure[] = [];
  for (const match of text.matchAll(FIGURE)) {
    const {
      sign,
      prefix = '',
      number,
      suffix = '',
    } = match.groups as { sign?: string; prefix?: string; number: string; suffix?: string };
    if (!prefix && !suffix) {
      continue;
    }
    const plain = number.replace(/,/g, '');
    if (suffix.startsWith('년') && Number(plain) >= FIRST_YEAR) {
      continue;
    }
    figures.push({
      text: match[0],
      index: match.index ?? 0,
      prefix,
      value: sign ? -Number(plain) : Number(plain),
      decimals: plain.includes('.') ? plain.split('.')[1].length : 0,
      grouped: number.includes(','),
      suffix,
    });
  }
  return figures;
};

/** The number as the figure wrote it, at `value` (a count-up passes through smaller values). */
export const formatFigureNumber = (figure: Figure, value: number): string =>
  value.toLocaleString('en-US', {
    minimumFractionDigits: figure.decimals,
    maximumFractionDigits: figure.decimals,
    useGrouping: figure.grouped,
  });
