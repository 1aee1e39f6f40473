/**
 * The one mdast tree (from Markdown, HTML or plain text) as a flat run of blocks the outline reads,
 * with the footer set apart.
 *
 * - Headings keep their level. A paragraph that opens with a bold phrase short enough for a
 *   headline ("**시리즈 A 투자가 줄었다** 올해 …", or bold alone on its line) is a bold lead-in: a
 *   heading below every `#` level, whose text goes back in front of its paragraph when the
 *   outline finds it inside a section and it ended with a colon ("**참고:** …").
 * - Paragraphs split at hard line breaks (e-mails put a bold heading and its text in one cell with
 *   a `<br>`); list items are blocks of their own, except that the short only item of a list right
 *   above a longer paragraph is a numbered heading; quotes are read through; code, tables, raw
 *   HTML, link definitions and footnotes are dropped.
 * - Each block knows how much of its text is link text, so the outline can tell link lines.
 * - Footer: the trailing run of short lines (a sign-off, the brand, an address) when it holds a
 *   comment, share, unsubscribe, "view in browser", © or postal-address line; a heading ends it.
 *
 * Pure: no React, no Node.
 */
import type { Nodes, Paragraph, PhrasingContent, Root } from 'mdast';
import { isHeadingLike } from './headings';

export type Block = {
  text: string;
  /** Heading level (1 is the top); absent for a paragraph. */
  level?: number;
  /** A bold lead-in; `label` when it ended with a colon ("참고:"), so its text belongs to its paragraph. */
  leadIn?: 'label' | 'heading';
  /** An item of a bulleted or numbered list. */
  listItem?: boolean;
  /** The only item of its list: "1. 로봇" above its text is a numbered heading written as a list. */
  soleItem?: boolean;
  /** The share of the text that is link text, 0 to 1. */
  linkShare: number;
  /** The alt text of an image that stands alone. */
  image?: string;
};

/** Bold lead-ins rank below every `#` level. */
export const LEAD_IN_LEVEL = 7;
/** A footer line is short: a long paragraph that mentions 댓글 is content. */
const FOOTER_LINE_MAX_CHARS = 160;
/** Short lines around footer lines (a sign-off, an address, the brand) are part of the footer. */
const FOOTER_FILLER_MAX_CHARS = 40;

const FOOTER =
  /댓글|의견을\s*남겨|구독\s*(?:취소|해지|하기|정보|설정)|수신\s*(?:거부|거절|설정)|unsubscribe|^좋아요\s*\d*$|공유하기|친구에게\s*(?:공유|추천)|©|ⓒ|\(c\)\s*\d{4}|copyright|all rights reserved|발신\s*전용|웹에서\s*보기|브라우저에서\s*보기|view (?:it |this (?:email|issue) )?in (?:your |a )?browser|manage (?:your )?(?:subscription|preferences)|(?:서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충청|충북|충남|전라|전북|전남|경상|경북|경남|제주)\S*\s+\S+(?:시|군|구)\s+\S+(?:로|길|동)\s*\d|사업자\s*등록\s*번호|통신판매업/iu;

type Span = { text: string; linked: number };

const spanOf = (nodes: PhrasingContent[], inLink = false): Span =>
  nodes.reduce<Span>(
    (sum, node) => {
      const part: Span =
        node.type === 'text' || node.type === 'inlineCode'
          ? { text: node.value, linked: inLink ? node.value.length : 0 }
          : node.type === 'link' || node.type === 'linkReference'
            ? spanOf(node.children, true)
            : 'children' in node
              ? spanOf(node.children, inLink)
              : { text: '', linked: 0 };
      return { text: sum.text + part.text, linked: sum.linked + part.linked };
    },
    { text: '', linked: 0 },
  );

const squash = (text: string): string => text.replace(/\s+/gu, ' ').trim();

const block = (nodes: PhrasingContent[]): Block => {
  const { text, linked } = spanOf(nodes);
  const squashed = squash(text);
  return { text: squashed, linkShare: squashed.length === 0 ? 0 : Math.min(1, linked / squashed.length) };
};

const imagesOf = (nodes: PhrasingContent[]): string[] =>
  nodes.flatMap((n) =>
    n.type === 'image' ? [squash(n.alt ?? '')] : 'children' in n ? imagesOf(n.children as PhrasingContent[]) : [],
  );

/** A paragraph line that opens with a bold phrase: the lead-in heading, then the rest. */
const leadIn = (nodes: PhrasingContent[], listItem: boolean): Block[] | undefined => {
  const start = nodes.findIndex((n) => !(n.type === 'text' && n.value.trim() === ''));
  const first = nodes[start];
  if (listItem || first?.type !== 'strong') {
    return undefined;
  }
  const rest = nodes.slice(start + 1);
  const restText = spanOf(rest).text;
  const bold = squash(spanOf(first.children).text);
  const label = /[:：]$/u.test(bold) || /^\s*[:：]/u.test(restText);
  const lead = bold.replace(/\s*[:：]$/u, '');
  if (!isHeadingLike(lead) || (restText.trim() !== '' && !/^[\s:：.\-–—]/u.test(restText))) {
    return undefined;
  }
  const body = block(rest);
  body.text = body.text.replace(/^[:：.\-–—]\s*/u, '');
  return [
    { text: lead, level: LEAD_IN_LEVEL, leadIn: label ? 'label' : 'heading', linkShare: block([first]).linkShare },
    ...(body.text ? [body] : []),
  ];
};

const paragraphBlocks = (paragraph: Paragraph, listItem: boolean): Block[] => {
  const lines: PhrasingContent[][] = [[]];
  for (const node of paragraph.children) {
    if (node.type === 'break') {
      lines.push([]);
    } else {
      lines[lines.length - 1].push(node);
    }
  }
  return lines.flatMap((nodes) => {
    const line = block(nodes);
    if (line.text === '') {
      return imagesOf(nodes).map((alt) => ({ text: '', image: alt, linkShare: 0 }));
    }
    return leadIn(nodes, listItem) ?? [{ ...line, ...(listItem ? { listItem: true } : {}) }];
  });
};

const walk = (node: Nodes, listItem: boolean): Block[] => {
  switch (node.type) {
    case 'heading': {
      const heading = block(node.children);
      return heading.text
        ? [{ ...heading, level: node.depth }]
        : imagesOf(node.children).map((alt) => ({ text: '', image: alt, linkShare: 0 }));
    }
    case 'paragraph':
      return paragraphBlocks(node, listItem);
    case 'list': {
      const items = node.children.flatMap((child) => walk(child, true));
      return node.children.length === 1 ? items.map((b) => ({ ...b, soleItem: true })) : items;
    }
    case 'listItem':
      return node.children.flatMap((child) => walk(child, true));
    case 'code':
    case 'html':
    case 'table':
    case 'definition':
    case 'footnoteDefinition':
    case 'yaml':
      return [];
    default:
      return 'children' in node ? (node.children as Nodes[]).flatMap((child) => walk(child, listItem)) : [];
  }
};

/** Splits off the trailing run of short lines, when it holds a footer line. */
const cutFooter = (blocks: Block[]): { blocks: Block[]; footer: Block[] } => {
  let start = blocks.length;
  let hasFooterLine = false;
  while (start > 0) {
    const { text } = blocks[start - 1];
    const footerLine = FOOTER.test(text) && text.length <= FOOTER_LINE_MAX_CHARS;
    // A heading starts content ("함께 읽을 뉴스"), however short the lines under it.
    if (!footerLine && (text.length > FOOTER_FILLER_MAX_CHARS || blocks[start - 1].level !== undefined)) {
      break;
    }
    hasFooterLine ||= footerLine;
    start--;
  }
  return hasFooterLine ? { blocks: blocks.slice(0, start), footer: blocks.slice(start) } : { blocks, footer: [] };
};

/** A one-item list whose short item stands above a longer paragraph is a numbered heading ("1. 로봇" then its text). */
const listHeadings = (blocks: Block[]): Block[] =>
  blocks.map((block, i) => {
    const next = blocks[i + 1];
    const heading =
      block.soleItem === true &&
      isHeadingLike(block.text) &&
      next !== undefined &&
      next.level === undefined &&
      !next.listItem &&
      !isHeadingLike(next.text) &&
      next.text.length > block.text.length;
    return heading ? { text: block.text, level: LEAD_IN_LEVEL, leadIn: 'heading', linkShare: block.linkShare } : block;
  });

export const toBlocks = (tree: Root): { blocks: Block[]; footer: Block[] } =>
  cutFooter(listHeadings(walk(tree, false)));
