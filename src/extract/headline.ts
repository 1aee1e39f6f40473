/**
 * A section heading (or a digest item's first clause) as a headline that fits the hook, the cover
 * and the recap on both platforms: its words without marks; if too long, the longest shorter form
 * that keeps its meaning (cut at a clause ending or a comma, or its first part before a colon, dash
 * or question mark); failing those, cut at a word with `…`, and the editor is warned.
 *
 * Pure: no React, no Node.
 */
import { MAX_HEADLINE_CHARS } from '../schema';
import { headingWords } from './headings';
import { headlineFits } from './layout-check';
import { cutAtWord, headlineClauses, MIN_HEADLINE_CLAUSE_CHARS } from './sentences';

/** Where a heading's first part ends: "A: B", "A — B", "A | B", "A? B". */
const PART_END = /\s*[:：|]\s+|\s+[—–-]\s+|(?<=[?!？！])\s+|[,，]\s+/gu;

const fitsAsHeadline = (headline: string): boolean => headline.length <= MAX_HEADLINE_CHARS && headlineFits(headline);

/** The heading's leading parts ("A", "A: B"), shortest first. */
const leadingParts = (text: string): string[] =>
  [...text.matchAll(PART_END)].map((m) => text.slice(0, m.index).replace(/[\s,，]+$/u, ''));

export const draftHeadline = (heading: string): { headline: string; warning?: string } => {
  const words = headingWords(heading);
  if (fitsAsHeadline(words)) {
    return { headline: words };
  }
  const shorter = [...headlineClauses(words), ...leadingParts(words)]
    .filter((h) => h.length >= MIN_HEADLINE_CLAUSE_CHARS && fitsAsHeadline(h))
    .sort((a, b) => b.length - a.length)[0];
  if (shorter) {
    return {
      headline: shorter,
      warning: `The heading "${words}" is too long for the hook; the headline is its first clause "${shorter}". Edit it.`,
    };
  }
  for (let max = MAX_HEADLINE_CHARS; max > MIN_HEADLINE_CLAUSE_CHARS; max--) {
    const cut = cutAtWord(words, max);
    if (fitsAsHeadline(cut)) {
      return {
        headline: cut,
        warning: `The heading "${words}" is too long for the hook; the headline was cut to "${cut}". Edit it.`,
      };
    }
  }
  const cut = cutAtWord(words, MAX_HEADLINE_CHARS);
  return {
    headline: cut,
    warning: `The heading "${words}" has a word too wide for the hook; render:issue will refuse "${cut}". Edit it.`,
  };
};
