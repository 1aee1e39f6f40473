/**
 * A newsletter issue's text (plain or Markdown) → a draft issue file, deterministically: the same
 * text always gives the same draft, with no model, network, clock or randomness. The editor then
 * edits the draft by hand. The rules live beside their code:
 * segment.ts (blocks, headings, footer), outline.ts (title, sections, digest items),
 * sentences.ts (splitting, cleaning, cutting), points.ts (which sentences), keywords.ts,
 * metadata.ts (name, date, number), slug.ts.
 *
 * Pure: no React, no Node.
 */
import {
  formatZodError,
  type Issue,
  issueSchema,
  MAX_HEADLINE_CHARS,
  MAX_NEWSLETTER_NAME_CHARS as MAX_NAME_CHARS,
  MAX_TAKEAWAYS,
  MAX_TITLE_CHARS,
  type Takeaway,
} from '../schema';
import { assertText } from './decode';
import { ExtractError } from './extract-error';
import { chooseKeywords } from './keywords';
import { issueDateAndNumber, newsletterName } from './metadata';
import { type Section, outline } from './outline';
import { choosePoints, pointCandidates } from './points';
import { segment } from './segment';
import { cleanSentence, cutAtWord, headlineFrom, splitSentences } from './sentences';
import { makeSlug } from './slug';

export { ExtractError } from './extract-error';

export type ExtractOptions = { fileName?: string; newsletterName?: string };
export type ExtractResult = { issue: Issue; slug: string; warnings: string[] };

/** Sponsored sections sell something; they are not the issue's takeaways. */
const SPONSORED = /^\[?(?:광고|협찬|스폰서|AD|sponsored?)\]?(?:\s|:|$)/iu;
/** "1. ", "#3 ", "①", "■", "- " in front of a heading or an item: list marks, not words. */
const ENUMERATOR = /^(?:(?:\d{1,2}[.)]|#\d{1,3}\.?|[-–—]+)\s+|[①-⑳■□▶▷◆◇●○★☆※•·]+\s*)/u;

const headlineOf = (heading: string, warnings: string[]): string => {
  const bare =
    heading
      .replace(ENUMERATOR, '')
      .replace(/[:：]$/u, '')
      .trim() || heading;
  if (bare.length > MAX_HEADLINE_CHARS) {
    warnings.push(`The heading "${bare}" is over ${MAX_HEADLINE_CHARS} characters; the headline was cut. Edit it.`);
  }
  return cutAtWord(bare, MAX_HEADLINE_CHARS);
};

const takeaway = (headline: string, paragraphs: string[], points: string[]): Takeaway => {
  const keywords = chooseKeywords(headline, paragraphs, points);
  return { headline, points, ...(keywords.length > 0 ? { keywords } : {}) };
};

const fromSections = (sections: Section[], warnings: string[]): Takeaway[] =>
  sections.flatMap((section) => {
    if (SPONSORED.test(section.heading)) {
      warnings.push(`Skipped the sponsored section "${section.heading}".`);
      return [];
    }
    const headline = headlineOf(section.heading, warnings);
    const points = choosePoints(headline, section.paragraphs);
    if (points.length === 0) {
      warnings.push(`Skipped the section "${headline}": no sentence in it can be a caption.`);
      return [];
    }
    return [takeaway(headline, section.paragraphs, points)];
  });

/**
 * A digest item: the headline from its first sentence's first clause; the points from the sentences
 * after it when the headline took the whole first sentence and others are left.
 */
const fromItems = (items: string[]): Takeaway[] =>
  items.flatMap((raw) => {
    const item = raw.replace(ENUMERATOR, '');
    const sentences = splitSentences(item);
    const firstIndex = sentences.findIndex((s) => pointCandidates([s]).length > 0);
    const first = cleanSentence(sentences[firstIndex] ?? '');
    if (first === undefined) {
      return [];
    }
    const headline = headlineFrom(first, MAX_HEADLINE_CHARS);
    const rest = sentences.slice(firstIndex + 1).join(' ');
    const tookFirst = headline === first.replace(/[.。]$/u, '') && pointCandidates([rest]).length > 0;
    const paragraphs = [tookFirst ? rest : item];
    return [takeaway(headline, paragraphs, choosePoints(headline, paragraphs))];
  });

export const extractIssue = (text: string, options: ExtractOptions = {}): ExtractResult => {
  assertText(text);
  const given = options.newsletterName?.trim() ?? '';
  if (given.length > MAX_NAME_CHARS) {
    throw new ExtractError(
      `The newsletter name "${given}" is ${given.length} characters; an issue file allows at most ${MAX_NAME_CHARS}.`,
    );
  }
  const warnings: string[] = [];
  const { blocks, footer, frontMatter } = segment(text, options.fileName);
  const shape = outline(blocks, frontMatter.title?.trim() || undefined);
  const found = shape.sections.length > 0 ? fromSections(shape.sections, warnings) : fromItems(shape.items);
  if (found.length === 0) {
    const lines = text.split('\n').filter((l) => l.trim()).length;
    throw new ExtractError(
      `No usable text: none of the file's ${lines} line${lines === 1 ? '' : 's'} gives a sentence to caption (a takeaway needs at least one sentence of ten or more characters). Give the issue's full text.`,
    );
  }
  if (found.length > MAX_TAKEAWAYS) {
    warnings.push(
      `The issue has ${found.length} takeaways; kept the first ${MAX_TAKEAWAYS} (the most a file may hold).`,
    );
  }
  const { name, warning } = newsletterName({
    option: options.newsletterName,
    frontMatter,
    preamble: shape.preamble,
    footer: footer.map((b) => b.text),
    masthead: shape.masthead,
    fileName: options.fileName,
  });
  if (warning) {
    warnings.push(warning);
  }
  const dateAndNumber = issueDateAndNumber(frontMatter, [...shape.masthead, ...shape.preamble]);
  const fallbackTitle = [name, dateAndNumber.date].filter(Boolean).join(' ');
  if (!shape.title) {
    warnings.push(`No title found: used "${fallbackTitle}". Edit the title.`);
  } else if (shape.title.length > MAX_TITLE_CHARS) {
    warnings.push(`The title is over ${MAX_TITLE_CHARS} characters and was cut. Edit it.`);
  }
  const title = cutAtWord(shape.title ?? fallbackTitle, MAX_TITLE_CHARS);
  const draft = {
    newsletter: { name },
    title,
    ...dateAndNumber,
    takeaways: found.slice(0, MAX_TAKEAWAYS),
  };
  const checked = issueSchema.safeParse(draft);
  if (!checked.success) {
    throw new ExtractError(
      `The draft does not pass the issue schema (a bug in the extractor): ${formatZodError(checked.error)}`,
    );
  }
  return { issue: checked.data, slug: makeSlug(title, options.fileName), warnings };
};
