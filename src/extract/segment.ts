/**
 * Segmenting: an issue's text into blocks (headings and paragraphs) with its footer set apart.
 *
 * - Markdown: `#` headings (and setext underlines), and bold lead-ins (a paragraph that starts with
 *   `**…**` short enough for a headline) are headings; lines of a paragraph join as in CommonMark;
 *   list items are paragraphs of their own; code, tables and link definitions are dropped.
 * - Plain text: every line is a paragraph, except that in a hard-wrapped block (no line wider than
 *   an editor wraps) a line that fills the width and stops mid-sentence goes on on the next line.
 *   A heading is a short line that does not end like a Korean sentence and is followed by a longer
 *   body paragraph (or by another heading that is: the title right above the first section).
 * - Footer: the trailing run of short lines (a sign-off, the brand, an address) when it holds a
 *   comment, share, like or unsubscribe line.
 *
 * Pure: no React, no Node.
 */
import { columns, endsLikeSentence } from './korean';

export type Block = {
  text: string;
  /** Heading level (1 is the top); absent for a paragraph. */
  level?: number;
  /** A bold lead-in: if it lands inside a section, its text goes back in front of its paragraph. */
  leadIn?: boolean;
};

export type Segmented = {
  blocks: Block[];
  footer: Block[];
  frontMatter: Record<string, string>;
};

/** A line this long can still be a heading (cut to a headline later, with a warning); a longer line is a sentence. */
const HEADING_MAX_CHARS = 60;
/** Bold lead-ins rank below every `#` level. */
const LEAD_IN_LEVEL = 7;
/** Mail clients and editors wrap at 72 to 80 columns; a wider line was not wrapped by a tool. */
const HARD_WRAP_MAX_COLUMNS = 100;
/** A wrapped line fills its width up to the word that did not fit; a shorter line ended on purpose. */
const WRAP_FILL_RATIO = 0.75;
/** A footer line is short: a long paragraph that mentions 댓글 is content. */
const FOOTER_LINE_MAX_CHARS = 120;
/** Short lines around footer lines (a sign-off, an address, the brand) are part of the footer. */
const FOOTER_FILLER_MAX_CHARS = 40;

const FOOTER =
  /댓글|의견을\s*남겨|구독\s*(?:취소|해지|하기)|수신\s*거부|unsubscribe|^좋아요\s*\d*$|공유하기|친구에게\s*(?:공유|추천)|©|copyright|all rights reserved|발신\s*전용|웹에서\s*보기|view (?:it )?in (?:your )?browser/iu;
const BULLET = /^\s*(?:[-*+•·▪◦]|\d{1,3}[.)])\s+/u;
const URL = /https?:\/\/|www\./iu;

const normalizeText = (text: string): string =>
  text
    .normalize('NFC')
    .replace(/\r\n?/gu, '\n')
    .replace(/[\u200b\u2060\ufeff]/gu, '')
    .replace(/[\u00a0\u3000\t]/gu, ' ')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n');

const FRONT_MATTER = /^---\n([\s\S]*?)\n---[ ]*(?:\n|$)/u;

const parseFrontMatter = (text: string): { frontMatter: Record<string, string>; body: string } => {
  const match = FRONT_MATTER.exec(text);
  if (!match) {
    return { frontMatter: {}, body: text };
  }
  const frontMatter: Record<string, string> = {};
  for (const line of match[1].split('\n')) {
    const field = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/u.exec(line);
    if (field) {
      frontMatter[field[1].toLowerCase()] = field[2].trim().replace(/^(["'])(.*)\1$/u, '$2');
    }
  }
  return { frontMatter, body: text.slice(match[0].length) };
};

const looksLikeMarkdown = (body: string, fileName: string | undefined, hasFrontMatter: boolean): boolean =>
  /\.(?:md|markdown|mdx)$/iu.test(fileName ?? '') ||
  hasFrontMatter ||
  /^\s{0,3}#{1,6}\s+\S/mu.test(body) ||
  /^\s{0,3}(?:\*\*|__)[^*_\n]+(?:\*\*|__)/mu.test(body);

/** Markdown's inline syntax removed, keeping the words a reader sees. */
const stripInlineMarkdown = (text: string): string =>
  text
    .replace(/<!--[\s\S]*?-->/gu, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/gu, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/gu, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/gu, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/gu, '')
    .replace(/(\*\*|__)(.+?)\1/gu, '$2')
    .replace(/(?<![\p{L}\p{N}*])\*(?!\s)([^*\n]+?)\*(?![\p{L}\p{N}])/gu, '$1')
    .replace(/(?<![\p{L}\p{N}_])_(?!\s)([^_\n]+?)_(?![\p{L}\p{N}_])/gu, '$1')
    .replace(/~~(.+?)~~/gu, '$1')
    .replace(/`([^`]+)`/gu, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/gu, '$1')
    .replace(/\s+/gu, ' ')
    .trim();

/** Short, not a sentence, not a list item or a link, with at least one letter: could be a heading. */
const isHeadingLike = (text: string): boolean =>
  text.length <= HEADING_MAX_CHARS &&
  /\p{L}/u.test(text) &&
  !endsLikeSentence(text) &&
  !/[,，]$/u.test(text) &&
  !URL.test(text) &&
  !/^\s*[-*+•·▪◦]\s/u.test(text);

const boldLeadIn = (paragraph: string): Block[] => {
  const match = /^(\*\*|__)(.+?)\1(?=[\s:：.\-–—]|$)\s*[:：.\-–—]?\s*(.*)$/u.exec(paragraph);
  const lead = match ? stripInlineMarkdown(match[2]).replace(/[:：]$/u, '') : '';
  if (!match || !isHeadingLike(lead)) {
    return [{ text: stripInlineMarkdown(paragraph) }];
  }
  const rest = stripInlineMarkdown(match[3]);
  return [{ text: lead, level: LEAD_IN_LEVEL, leadIn: true }, ...(rest ? [{ text: rest }] : [])];
};

const parseMarkdown = (body: string): Block[] => {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let fence: string | undefined;
  const flush = () => {
    if (paragraph.length > 0) {
      blocks.push(...boldLeadIn(paragraph.join(' ')).filter((b) => b.text.length > 0));
      paragraph = [];
    }
  };
  for (const raw of body.split('\n')) {
    const fenceMark = /^\s{0,3}(`{3,}|~{3,})/u.exec(raw)?.[1];
    if (fence !== undefined || fenceMark) {
      flush();
      if (fence === undefined) {
        fence = fenceMark;
      } else if (fenceMark?.startsWith(fence)) {
        fence = undefined;
      }
      continue;
    }
    const line = raw.replace(/^\s{0,3}(?:>\s?)+/u, '');
    const atx = /^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/u.exec(line);
    const setext = /^\s{0,3}(=+|-+)\s*$/u.exec(line);
    if (atx) {
      flush();
      const text = stripInlineMarkdown(atx[2]);
      if (text) {
        blocks.push({ text, level: atx[1].length });
      }
    } else if (setext && paragraph.length === 1 && isHeadingLike(stripInlineMarkdown(paragraph[0]))) {
      blocks.push({ text: stripInlineMarkdown(paragraph[0]), level: setext[1].startsWith('=') ? 1 : 2 });
      paragraph = [];
    } else if (
      line.trim() === '' ||
      /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/u.test(line) ||
      /^\s*\|/u.test(line) ||
      /^\s{0,3}\[[^\]]+\]:\s/u.test(line)
    ) {
      flush();
    } else if (BULLET.test(line)) {
      flush();
      paragraph = [line.replace(BULLET, '').trim()];
    } else {
      paragraph.push(line.trim());
    }
  }
  flush();
  return blocks;
};

const parsePlain = (body: string): Block[] => {
  const blocks: Block[] = [];
  for (const group of body.split(/\n\s*\n/u)) {
    const lines = group
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const widest = Math.max(0, ...lines.map(columns));
    const hardWrapped = lines.length > 1 && widest <= HARD_WRAP_MAX_COLUMNS;
    lines.forEach((line, i) => {
      const previous = lines[i - 1];
      const continues =
        hardWrapped && i > 0 && columns(previous) >= WRAP_FILL_RATIO * widest && !endsLikeSentence(previous);
      if (continues) {
        blocks[blocks.length - 1].text += ` ${line}`;
      } else {
        blocks.push({ text: line });
      }
    });
  }
  return blocks;
};

/** Splits off the trailing run of short lines, when it holds a footer line (comments, unsubscribe…). */
const cutFooter = (blocks: Block[]): { blocks: Block[]; footer: Block[] } => {
  let start = blocks.length;
  let hasFooterLine = false;
  while (start > 0) {
    const { text } = blocks[start - 1];
    const footerLine = FOOTER.test(text) && text.length <= FOOTER_LINE_MAX_CHARS;
    if (!footerLine && text.length > FOOTER_FILLER_MAX_CHARS) {
      break;
    }
    hasFooterLine ||= footerLine;
    start--;
  }
  return hasFooterLine ? { blocks: blocks.slice(0, start), footer: blocks.slice(start) } : { blocks, footer: [] };
};

const isBodyAfter = (block: Block | undefined, heading: Block): boolean =>
  block !== undefined && !isHeadingLike(block.text) && block.text.length > heading.text.length;

/** Plain text's headings: a heading-like line followed by a longer paragraph, or by such a heading. */
const markPlainHeadings = (blocks: Block[]): Block[] =>
  blocks.map((block, i) => {
    const [next, afterNext] = [blocks[i + 1], blocks[i + 2]];
    const heading =
      isHeadingLike(block.text) &&
      (isBodyAfter(next, block) || (next !== undefined && isHeadingLike(next.text) && isBodyAfter(afterNext, next)));
    return heading ? { text: block.text, level: 1 } : block;
  });

export const segment = (text: string, fileName?: string): Segmented => {
  const { frontMatter, body } = parseFrontMatter(normalizeText(text));
  const markdown = looksLikeMarkdown(body, fileName, Object.keys(frontMatter).length > 0);
  const { blocks, footer } = cutFooter(markdown ? parseMarkdown(body) : parsePlain(body));
  return { blocks: markdown ? blocks : markPlainHeadings(blocks), footer, frontMatter };
};
