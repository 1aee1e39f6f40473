/**
 * HTML (a saved e-mail or web page) into the same mdast tree as Markdown, parsed by parse5 (the
 * WHATWG parser browsers follow) and walked once. hast-util-from-html and hast-util-to-mdast did
 * the same in 6 s of CPU for 5 MB here, most of it copying the tree; this walk keeps only what the
 * outline reads.
 *
 * What a reader reads stays: headings, paragraphs, lists, links, bold text and images. Dropped:
 * scripts, styles, forms and navigation; hidden text (an e-mail's preheader, shown only in the inbox
 * list); tracking pixels; buttons ("구독하기", "기사 보기" drawn as a coloured box); data tables.
 * Layout tables, which e-mails use for columns and spacing, are read as plain blocks. E-mail HTML
 * rarely uses h1–h6: a short line set apart only by large type or bold becomes a heading (large
 * type ranks above bold).
 *
 * Pure: no React, no Node.
 */
import type { BlockContent, Heading, PhrasingContent, Root, RootContent } from 'mdast';
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { isHeadingLike } from './headings';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export type ParsedHtml = { tree: Root; documentTitle?: string };

/** Type this large (px) is a title in an e-mail whose body text is 14–16 px. */
const TITLE_MIN_PX = 24;
/** Type this large is a section heading. */
const HEADING_MIN_PX = 19;
/** An image this small in either direction is a tracking pixel or a spacer, never content. */
const PIXEL_MAX_PX = 3;
const PX_PER_PT = 4 / 3;

const DROPPED = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'canvas',
  'iframe',
  'object',
  'embed',
  'video',
  'audio',
  'map',
  'form',
  'input',
  'select',
  'textarea',
  'button',
  'nav',
]);
/** Elements that sit inside a line of text; any other element starts a block. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'br',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'img',
  'ins',
  'kbd',
  'label',
  'mark',
  'nobr',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
]);
const HEADING_TAG = /^h([1-6])$/u;

const HIDDEN_STYLE =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden|max-height\s*:\s*0(?![.\d])|font-size\s*:\s*0(?![.\d])|opacity\s*:\s*0(?![.\d])|mso-hide\s*:\s*all)/iu;
const HIDDEN_NAME = /preheader|preview-?text|\bhidden\b/iu;
const BUTTON_NAME = /\b(?:btn|button|cta)\b/iu;
const TRACKING_SRC = /(?:open|track|pixel|beacon|spacer)[^/]*(?:\.gif|\.png|$|\?)|1x1/iu;

const isElement = (node: Node): node is Element => 'tagName' in node;
const attr = (el: Element, name: string): string => el.attrs.find((a) => a.name === name)?.value ?? '';
const style = (el: Element) => attr(el, 'style');
const styleValue = (el: Element, property: string): string | undefined =>
  new RegExp(`(?:^|;)\\s*${property}\\s*:\\s*([^;]+)`, 'iu').exec(style(el))?.[1]?.trim();
const names = (el: Element) => `${attr(el, 'class')} ${attr(el, 'id')}`;

const pxOf = (value: string | undefined): number | undefined => {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(px|pt)?/iu.exec(value ?? '');
  return match ? Number(match[1]) * (match[2]?.toLowerCase() === 'pt' ? PX_PER_PT : 1) : undefined;
};

const textOf = (node: Node): string =>
  node.nodeName === '#text'
    ? (node as DefaultTreeAdapterMap['textNode']).value
    : 'childNodes' in node
      ? node.childNodes.map(textOf).join('')
      : '';

const hasDescendant = (el: Element, test: (child: Element) => boolean): boolean =>
  el.childNodes.some((child) => isElement(child) && (test(child) || hasDescendant(child, test)));

const isHidden = (el: Element): boolean =>
  el.attrs.some((a) => a.name === 'hidden') ||
  attr(el, 'aria-hidden') === 'true' ||
  HIDDEN_STYLE.test(style(el)) ||
  HIDDEN_NAME.test(names(el));

const isTrackingPixel = (el: Element): boolean => {
  if (el.tagName !== 'img') {
    return false;
  }
  const sizes = [attr(el, 'width'), attr(el, 'height'), styleValue(el, 'width'), styleValue(el, 'height')]
    .map(pxOf)
    .filter((n): n is number => n !== undefined);
  return sizes.some((n) => n <= PIXEL_MAX_PX) || (attr(el, 'alt').trim() === '' && TRACKING_SRC.test(attr(el, 'src')));
};

/** A link or cell drawn as a button: named so, or a link painted with a background colour. */
const isButton = (el: Element): boolean =>
  attr(el, 'role') === 'button' ||
  BUTTON_NAME.test(names(el)) ||
  (el.tagName === 'a' && /background(?:-color)?\s*:/iu.test(style(el)));

/** A table of data (it has header cells and no table inside): not prose, not layout. */
const isDataTable = (el: Element): boolean =>
  el.tagName === 'table' &&
  hasDescendant(el, (c) => c.tagName === 'th') &&
  !hasDescendant(el, (c) => c.tagName === 'table');

const dropped = (el: Element): boolean =>
  DROPPED.has(el.tagName) || isHidden(el) || isTrackingPixel(el) || isButton(el) || isDataTable(el);

type Inherited = { bold: boolean; px?: number; inLink: boolean };

const isBold = (el: Element): boolean =>
  el.tagName === 'b' ||
  el.tagName === 'strong' ||
  /^(?:bold|bolder|[6-9]00)$/iu.test(styleValue(el, 'font-weight') ?? '');

const inherit = (el: Element, from: Inherited): Inherited => ({
  bold: from.bold || isBold(el),
  px: pxOf(styleValue(el, 'font-size')) ?? from.px,
  inLink: from.inLink || el.tagName === 'a',
});

const blockInside = new WeakMap<Element, boolean>();
/** Whether a block element sits anywhere inside (remembered: the walk asks about every element). */
const holdsBlock = (el: Element): boolean => {
  const known = blockInside.get(el);
  if (known !== undefined) {
    return known;
  }
  const found = el.childNodes.some((c) => isElement(c) && !dropped(c) && (!INLINE.has(c.tagName) || holdsBlock(c)));
  blockInside.set(el, found);
  return found;
};

/** The type of every non-blank text inside an element, each with the emphasis it inherits. */
const textStyles = (node: Node, from: Inherited): Inherited[] => {
  if (node.nodeName === '#text') {
    return textOf(node).trim() ? [from] : [];
  }
  return isElement(node) && !dropped(node) ? node.childNodes.flatMap((c) => textStyles(c, inherit(node, from))) : [];
};

/** The heading level a block of large or bold type stands for, if it reads like a heading. */
const promotedLevel = (el: Element, from: Inherited): 1 | 2 | 3 | undefined => {
  if (!['p', 'div', 'td', 'th', 'center'].includes(el.tagName) || holdsBlock(el)) {
    return undefined;
  }
  const words = textOf(el).replace(/\s+/gu, ' ').trim();
  const styles = textStyles(el, from);
  if (!isHeadingLike(words) || styles.length === 0 || styles.some((s) => s.inLink)) {
    return undefined;
  }
  const smallest = Math.min(...styles.map((s) => s.px ?? 0));
  if (smallest >= TITLE_MIN_PX) {
    return 1;
  }
  if (smallest >= HEADING_MIN_PX) {
    return 2;
  }
  return styles.every((s) => s.bold) ? 3 : undefined;
};

const phrasing = (nodes: Node[], from: Inherited): PhrasingContent[] =>
  nodes.flatMap((node): PhrasingContent[] => {
    if (node.nodeName === '#text') {
      return [{ type: 'text', value: textOf(node) }];
    }
    if (!isElement(node) || dropped(node)) {
      return [];
    }
    const children = () => phrasing(node.childNodes, inherit(node, from));
    switch (node.tagName) {
      case 'br':
        return [{ type: 'break' }];
      case 'img':
        return [{ type: 'image', url: attr(node, 'src'), alt: attr(node, 'alt') }];
      case 'a':
        return [{ type: 'link', url: attr(node, 'href'), children: children() }];
      case 'em':
      case 'i':
        return [{ type: 'emphasis', children: children() }];
      case 's':
      case 'del':
      case 'strike':
        return [{ type: 'delete', children: children() }];
      default:
        if (isBold(node) && !from.bold) {
          return [{ type: 'strong', children: children() }];
        }
        // A block inside a line (a div in a link) still ends a word.
        return INLINE.has(node.tagName) ? children() : [{ type: 'text', value: ' ' }, ...children()];
    }
  });

/** Block content of these nodes: runs of text and inline elements become paragraphs. */
const flow = (nodes: Node[], from: Inherited): BlockContent[] => {
  const out: BlockContent[] = [];
  let run: Node[] = [];
  const flush = () => {
    const children = phrasing(run, from);
    if (children.some((c) => c.type !== 'text' || c.value.trim() !== '')) {
      out.push({ type: 'paragraph', children });
    }
    run = [];
  };
  for (const node of nodes) {
    if (node.nodeName === '#text' || (isElement(node) && INLINE.has(node.tagName) && !holdsBlock(node))) {
      run.push(node);
    } else if (isElement(node) && !dropped(node)) {
      flush();
      out.push(...block(node, from));
    }
  }
  flush();
  return out;
};

const block = (el: Element, from: Inherited): BlockContent[] => {
  const inner = inherit(el, from);
  const promoted = promotedLevel(el, from);
  const tag = HEADING_TAG.exec(el.tagName);
  if (promoted !== undefined || tag) {
    const depth = (promoted ?? Number(tag?.[1])) as Heading['depth'];
    return [{ type: 'heading', depth, children: phrasing(el.childNodes, inner) }];
  }
  switch (el.tagName) {
    case 'p':
      return holdsBlock(el)
        ? flow(el.childNodes, inner)
        : [{ type: 'paragraph', children: phrasing(el.childNodes, inner) }];
    case 'ul':
    case 'ol':
      return [
        {
          type: 'list',
          ordered: el.tagName === 'ol',
          children: el.childNodes
            .filter((c): c is Element => isElement(c) && !dropped(c))
            .map((li) => ({ type: 'listItem', children: flow(li.tagName === 'li' ? li.childNodes : [li], inner) })),
        },
      ];
    case 'blockquote':
      return [{ type: 'blockquote', children: flow(el.childNodes, inner) }];
    case 'pre':
      return [{ type: 'code', value: textOf(el) }];
    case 'hr':
      return [{ type: 'thematicBreak' }];
    default:
      return flow(el.childNodes, inner);
  }
};

const findTitle = (node: Node): string | undefined => {
  if (isElement(node) && node.tagName === 'title') {
    return textOf(node).replace(/\s+/gu, ' ').trim() || undefined;
  }
  return 'childNodes' in node ? node.childNodes.map(findTitle).find(Boolean) : undefined;
};

export const parseHtml = (html: string): ParsedHtml => {
  const document = parse(html);
  const documentTitle = findTitle(document);
  const children = flow(document.childNodes, { bold: false, inLink: false }) as RootContent[];
  return { tree: { type: 'root', children }, ...(documentTitle ? { documentTitle } : {}) };
};

/** Whether text without a telling file name is HTML: it opens with a doctype or an html, head, body or table tag. */
export const looksLikeHtml = (text: string): boolean =>
  /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<table[\s>]|<meta[\s>]|<div[\s>]|<!--)/iu.test(text);
