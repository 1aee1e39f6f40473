/**
 * A newsletter issue (plain text, Markdown or HTML) → a draft issue file, deterministically: the
 * same text always gives the same draft, with no model, network, clock or randomness. The editor
 * then edits the draft by hand. Every input becomes one mdast tree (parse-markdown.ts,
 * parse-html.ts, parse-plain.ts), read as blocks (blocks.ts) by one outline step (outline.ts);
 * then headlines (headline.ts), points (points.ts, sentences.ts), keywords (choose-keywords.ts),
 * name, date and number (metadata.ts) and the slug (slug.ts). layout-check.ts makes sure
 * `render:issue` accepts every headline, point and title as drafted.
 *
 * Pure: no React, no Node.
 */
import type { Root } from 'mdast';
import {
  formatZodError,
  type Issue,
  issueSchema,
  MAX_NEWSLETTER_NAME_CHARS as MAX_NAME_CHARS,
  MAX_TAKEAWAYS,
  MAX_TITLE_CHARS,
  type Takeaway,
} from '../schema';
import { toBlocks } from './blocks';
import { chooseKeywords } from './choose-keywords';
import { assertText } from './decode';
import { ExtractError } from './extract-error';
import { normalizeText, parseFrontMatter } from './front-matter';
import { draftHeadline } from './headline';
import { headingWords } from './headings';
import { pointFits, titleFits } from './layout-check';
import { issueDateAndNumber, newsletterName } from './metadata';
import { LINK_SECTION, OUTRO_HEADING, outline, type Section, SPONSORED } from './outline';
import { looksLikeHtml, parseHtml } from './parse-html';
import { looksLikeMarkdown, parseMarkdown } from './parse-markdown';
import { parsePlain } from './parse-plain';
import { choosePoints, hasPoint, pointCandidates } from './points';
import { cleanSentence, cutAtWord, headlineFrom, splitSentences } from './sentences';
import { makeSlug } from './slug';

export { ExtractError } from './extract-error';

export type InputFormat = 'text' | 'markdown' | 'html';
export type ExtractOptions = { fileName?: string; newsletterName?: string; format?: InputFormat };
export type ExtractResult = { issue: Issue; slug: string; warnings: string[]; format: InputFormat };

const formatOf = (body: string, fileName: string | undefined, hasFrontMatter: boolean): InputFormat => {
  if (
    /\.x?html?$/iu.test(fileName ?? '') ||
    (!/\.(?:md|markdown|mdx|txt|text)$/iu.test(fileName ?? '') && looksLikeHtml(body))
  ) {
    return 'html';
  }
  return /\.(?:md|markdown|mdx)$/iu.test(fileName ?? '') || hasFrontMatter || looksLikeMarkdown(body)
    ? 'markdown'
    : 'text';
};

const takeaway = (headline: string, paragraphs: string[], points: string[]): Takeaway => {
  const keywords = chooseKeywords(headline, paragraphs, points);
  return { headline, points, ...(keywords.length > 0 ? { keywords } : {}) };
};

/** Why a section is not a takeaway, if it is not. */
const skipReason = (section: Section): string | undefined => {
  const words = headingWords(section.heading);
  if (SPONSORED.test(words) || SPONSORED.test(section.heading.trim())) {
    return `Skipped the sponsored section "${words}".`;
  }
  if (section.onlyLinks || LINK_SECTION.test(words)) {
    return `Skipped the section "${words}": it lists links to read elsewhere.`;
  }
  return OUTRO_HEADING.test(words) ? `Skipped the closing section "${words}".` : undefined;
};

/** Drafts takeaways up to the most a file holds; past that only counts what would have been drafted. */
const draftUpTo = <T>(sources: T[], draft: (source: T) => Takeaway | undefined, usable: (source: T) => boolean) => {
  const takeaways: Takeaway[] = [];
  let more = 0;
  for (const source of sources) {
    if (takeaways.length < MAX_TAKEAWAYS) {
      const found = draft(source);
      if (found) {
        takeaways.push(found);
      }
    } else if (usable(source)) {
      more++;
    }
  }
  return { takeaways, total: takeaways.length + more };
};

const fromSections = (sections: Section[], warnings: string[]) =>
  draftUpTo(
    sections,
    (section) => {
      const skipped = skipReason(section);
      if (skipped) {
        warnings.push(skipped);
        return undefined;
      }
      const { headline, warning } = draftHeadline(section.heading);
      const points = choosePoints(headline, section.paragraphs, pointFits);
      if (points.length === 0) {
        warnings.push(`Skipped the section "${headline}": no sentence in it can be a caption.`);
        return undefined;
      }
      if (warning) {
        warnings.push(warning);
      }
      return takeaway(headline, section.paragraphs, points);
    },
    (section) => !skipReason(section) && hasPoint(section.paragraphs),
  );

/**
 * A digest item: the headline from its first sentence's first clause; the points from the sentences
 * after it when the headline took the whole first sentence and others are left.
 */
const fromItem = (raw: string, warnings: string[]): Takeaway | undefined => {
  const item = headingWords(raw);
  const sentences = splitSentences(item);
  const firstIndex = sentences.findIndex((s) => pointCandidates([s]).length > 0);
  const first = cleanSentence(sentences[firstIndex] ?? '');
  if (first === undefined) {
    return undefined;
  }
  const { headline, warning } = draftHeadline(headlineFrom(first));
  const rest = sentences.slice(firstIndex + 1).join(' ');
  const tookFirst = headline === first.replace(/[.。]$/u, '') && pointCandidates([rest]).length > 0;
  const paragraphs = [tookFirst ? rest : item];
  const points = choosePoints(headline, paragraphs, pointFits);
  if (points.length === 0) {
    return undefined;
  }
  if (warning) {
    warnings.push(warning);
  }
  return takeaway(headline, paragraphs, points);
};

const fromItems = (items: string[], warnings: string[]) =>
  draftUpTo(
    items,
    (item) => fromItem(item, warnings),
    (item) => hasPoint([item]),
  );

const treeOf = (body: string, format: InputFormat): { tree: Root; documentTitle?: string } => {
  try {
    return format === 'html'
      ? parseHtml(body)
      : { tree: format === 'markdown' ? parseMarkdown(body) : parsePlain(body) };
  } catch (error) {
    if (error instanceof RangeError) {
      throw new ExtractError(
        `The ${format === 'html' ? 'HTML' : 'Markdown'} nests too deeply to read (${error.message}): save the e-mail or page again, or give its text as a .txt file.`,
      );
    }
    throw error;
  }
};

/** The title cut to what the recap's opening holds, at a part boundary if it has one. */
const fitTitle = (title: string, warnings: string[]): string => {
  if (title.length <= MAX_TITLE_CHARS && titleFits(title)) {
    return title;
  }
  for (let max = Math.min(title.length, MAX_TITLE_CHARS); max > 0; max--) {
    const cut = cutAtWord(title, max);
    if (titleFits(cut)) {
      warnings.push(`The title "${title}" is too long for the recap's opening and was cut. Edit it.`);
      return cut;
    }
  }
  return cutAtWord(title, MAX_TITLE_CHARS);
};

export const extractIssue = (text: string, options: ExtractOptions = {}): ExtractResult => {
  assertText(text);
  const given = options.newsletterName?.trim() ?? '';
  if (given.length > MAX_NAME_CHARS) {
    throw new ExtractError(
      `The newsletter name "${given}" is ${given.length} characters; an issue file allows at most ${MAX_NAME_CHARS}.`,
    );
  }
  const warnings: string[] = [];
  const { frontMatter, body } = parseFrontMatter(normalizeText(text));
  const format = options.format ?? formatOf(body, options.fileName, Object.keys(frontMatter).length > 0);
  const { tree, documentTitle } = treeOf(body, format);
  const { blocks, footer } = toBlocks(tree);
  const shape = outline(blocks, frontMatter.title?.trim() || undefined);
  const { takeaways, total } =
    shape.sections.length > 0 ? fromSections(shape.sections, warnings) : fromItems(shape.items, warnings);
  if (takeaways.length === 0) {
    const lines = text.split('\n').filter((l) => l.trim()).length;
    throw new ExtractError(
      `No usable text: none of the file's ${lines} line${lines === 1 ? '' : 's'} gives a sentence to caption (a takeaway needs at least one sentence of ten or more characters). Give the issue's full text.`,
    );
  }
  if (total > MAX_TAKEAWAYS) {
    warnings.push(`The issue has ${total} takeaways; kept the first ${MAX_TAKEAWAYS} (the most a file may hold).`);
  }
  const { name, warning } = newsletterName({
    option: options.newsletterName,
    frontMatter,
    masthead: shape.masthead,
    documentTitle,
    title: shape.title,
    images: shape.images,
    preamble: [...shape.preamble, ...shape.intro],
    footer: footer.map((b) => b.text),
    signOff: shape.signOff,
    fileName: options.fileName,
  });
  if (warning) {
    warnings.push(warning);
  }
  const dateAndNumber = issueDateAndNumber(frontMatter, [...shape.masthead, ...shape.preamble]);
  const fallbackTitle = [name, dateAndNumber.date].filter(Boolean).join(' ');
  if (!shape.title) {
    warnings.push(`No title found: used "${fallbackTitle}". Edit the title.`);
  }
  const title = fitTitle(shape.title ?? fallbackTitle, warnings);
  const draft = {
    newsletter: { name },
    title,
    ...dateAndNumber,
    takeaways,
  };
  const checked = issueSchema.safeParse(draft);
  if (!checked.success) {
    throw new ExtractError(
      `The draft does not pass the issue schema (a bug in the extractor): ${formatZodError(checked.error)}`,
    );
  }
  return { issue: checked.data, slug: makeSlug(title, options.fileName), warnings, format };
};
