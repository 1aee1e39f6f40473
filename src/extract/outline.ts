/**
 * Outline: which heading is the title, which are the sections, and what is preamble or intro.
 *
 * - Headings followed by a greeting ("안녕하세요 구독자님! …") belong to the preamble: a masthead,
 *   a date line.
 * - Section level: the most common level among the headings after the first (ties: the shallower),
 *   so `#` title + `##` sections, `#` + bold lead-ins and plain text (one level) all work.
 * - Title: Markdown front matter's `title`, else the last heading above the first section that is
 *   shallower than the sections (a brand `#` may sit above a `##` title), else the first heading.
 *   Headings above the title are the masthead; the text between title and first section is an
 *   intro; neither becomes a takeaway.
 * - Sections: every later heading at the section level or shallower, with the paragraphs up to the
 *   next one; a deeper heading's text is dropped, a deeper bold lead-in goes back into its paragraph.
 * - No section at all: a digest, whose paragraphs after the title (greetings left out) are the items.
 *
 * Pure: no React, no Node.
 */
import type { Block } from './segment';
import { isHousekeeping, splitSentences } from './sentences';

export type Section = { heading: string; paragraphs: string[] };

export type Outline = {
  title?: string;
  /** Headings above the title: a masthead with the newsletter's name, issue number or date. */
  masthead: string[];
  /** Paragraphs before the title (all greetings when there is no title). */
  preamble: string[];
  sections: Section[];
  /** A digest's items: paragraphs after the title, when there are no sections. */
  items: string[];
};

type Heading = Block & { level: number; index: number };

const GREETING = /안녕하세요|반갑습니다|구독자\s*(?:님|여러분)/u;
/** A greeting opens a few lines about the newsletter; a longer paragraph that opens with one is the issue itself. */
const MAX_GREETING_SENTENCES = 5;

/** A paragraph that greets or talks about the newsletter rather than the news. */
const isPreambleParagraph = (paragraph: string): boolean => {
  const sentences = splitSentences(paragraph);
  return (
    (GREETING.test(sentences[0] ?? '') && sentences.length <= MAX_GREETING_SENTENCES) ||
    sentences.filter(isHousekeeping).length * 2 > sentences.length
  );
};

const sameText = (a: string, b: string): boolean =>
  a.replace(/\s+/gu, '').toLowerCase() === b.replace(/\s+/gu, '').toLowerCase();

const sectionLevel = (headings: Heading[]): number | undefined => {
  const counts = new Map<number, number>();
  for (const { level } of headings) {
    counts.set(level, (counts.get(level) ?? 0) + 1);
  }
  return [...counts].sort(([levelA, a], [levelB, b]) => b - a || levelA - levelB)[0]?.[0];
};

const paragraphsOf = (blocks: Block[]): string[] => {
  const paragraphs: string[] = [];
  let leadIn: string | undefined;
  for (const block of blocks) {
    if (block.level === undefined) {
      paragraphs.push(leadIn ? `${leadIn}: ${block.text}` : block.text);
    }
    leadIn = block.leadIn ? block.text : undefined;
  }
  return paragraphs;
};

export const outline = (blocks: Block[], frontMatterTitle?: string): Outline => {
  const headings = blocks.flatMap((block, index): Heading[] =>
    block.level === undefined ? [] : [{ ...block, level: block.level, index }],
  );
  const opensPreamble = (h: Heading) => {
    const next = blocks[h.index + 1];
    return next !== undefined && next.level === undefined && isPreambleParagraph(next.text);
  };
  const firstContent = headings.findIndex((h) => !opensPreamble(h));
  const candidates = firstContent === -1 ? [] : headings.slice(firstContent);
  let title: Heading | undefined;
  if (frontMatterTitle) {
    title = candidates[0] && sameText(candidates[0].text, frontMatterTitle) ? candidates[0] : undefined;
  } else {
    const likelyLevel = sectionLevel(candidates.slice(1));
    const firstSection = candidates.findIndex((h, i) => i > 0 && h.level === likelyLevel);
    const lead = candidates.slice(0, firstSection === -1 ? candidates.length : firstSection);
    title = lead.filter((h) => likelyLevel !== undefined && h.level < likelyLevel).at(-1) ?? candidates[0];
  }
  const rest = candidates.filter((h) => title === undefined || h.index > title.index);
  const level = sectionLevel(rest);
  const heads =
    level === undefined ? [] : rest.slice(rest.findIndex((h) => h.level === level)).filter((h) => h.level <= level);
  const anchor = title?.index ?? heads[0]?.index;
  return {
    title: frontMatterTitle || title?.text,
    masthead: headings.filter((h) => anchor === undefined || h.index < anchor).map((h) => h.text),
    preamble:
      anchor === undefined ? paragraphsOf(blocks).filter(isPreambleParagraph) : paragraphsOf(blocks.slice(0, anchor)),
    sections: heads.map((h, i) => ({
      heading: h.text,
      paragraphs: paragraphsOf(blocks.slice(h.index + 1, heads[i + 1]?.index ?? blocks.length)),
    })),
    items:
      heads.length > 0
        ? []
        : paragraphsOf(blocks.slice((title?.index ?? -1) + 1)).filter((p) => !isPreambleParagraph(p)),
  };
};
