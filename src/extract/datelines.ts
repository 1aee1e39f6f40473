/**
 * Dates and issue numbers as newsletters write them in a masthead or dateline: "2026년 3월 9일",
 * "2026.03.09", "March 8, 2026", "3월 9일 (월)"; "제58호", "58호", "#142", "Vol. 3", "Issue #37".
 *
 * Pure: no React, no Node.
 */
import { issueSchema } from '../schema';

/** A masthead or dateline is short: the name, a number, a date, a weekday. */
const MAX_DATELINE_CHARS = 60;

const NUMERIC_DATE = /(\d{4})\s*(?:년|[-./])\s*(\d{1,2})\s*(?:월|[-./])\s*(\d{1,2})\s*일?/u;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ENGLISH_DATE =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/iu;
/** A day without its year ("3월 9일"): a dateline, but not a date the issue file can hold. */
const YEARLESS_DATE = /\d{1,2}\s*월\s*\d{1,2}\s*일/u;
const ISSUE_NUMBER =
  /(?:제\s*)?(\d{1,4})\s*호(?!\p{L})|(?<=\S\s*)#\s*(\d{1,4})(?!\d)|^#(\d{1,4})$|\b(?:vol|no|issue|ep)\.?\s*#?(\d{1,4})(?!\d)/iu;
const WEEKDAY =
  /\(?[월화수목금토일]요일\)?|\([월화수목금토일]\)|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?/giu;

const iso = (year: string, month: string | number, day: string): string | undefined => {
  const date = `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
  return issueSchema.shape.date.safeParse(date).success ? date : undefined;
};

/** The ISO date a line states, if any. */
export const dateIn = (line: string): string | undefined => {
  const numeric = NUMERIC_DATE.exec(line);
  if (numeric) {
    return iso(numeric[1], numeric[2], numeric[3]);
  }
  const english = ENGLISH_DATE.exec(line);
  return english ? iso(english[3], MONTHS.indexOf(english[1].toLowerCase()) + 1, english[2]) : undefined;
};

/** The issue number a line states, if any. */
export const numberIn = (line: string): number | undefined => {
  const match = ISSUE_NUMBER.exec(line);
  const number = match ? Number(match[1] ?? match[2] ?? match[3] ?? match[4]) : undefined;
  return number !== undefined && number > 0 ? number : undefined;
};

/** A short line with a date or an issue number: a masthead or a dateline, not a sentence that mentions one. */
export const isDateline = (line: string): boolean =>
  line.length <= MAX_DATELINE_CHARS &&
  (NUMERIC_DATE.test(line) || ENGLISH_DATE.test(line) || YEARLESS_DATE.test(line) || ISSUE_NUMBER.test(line));

/** A dateline less its dates, numbers and weekdays: what is left may be the newsletter's name. */
export const withoutDates = (line: string): string =>
  line
    .replace(new RegExp(NUMERIC_DATE.source, 'gu'), ' ')
    .replace(new RegExp(ENGLISH_DATE.source, 'giu'), ' ')
    .replace(new RegExp(YEARLESS_DATE.source, 'gu'), ' ')
    .replace(new RegExp(ISSUE_NUMBER.source, 'giu'), ' ')
    .replace(WEEKDAY, ' ');
