/**
 * Markdown (CommonMark, with GitHub's tables and strikethrough) into an mdast tree, the
 * one tree every kind of input becomes. markdown-it rather than mdast-util-from-markdown: both
 * follow CommonMark, but micromark, under mdast-util-from-markdown, took about 4 s of CPU a
 * megabyte of Korean text here and markdown-it about 0.2 s, and a pasted issue may be megabytes.
 * markdown-it gives a flat run of tokens; this file nests them into mdast, the tree HTML also
 * becomes (hast-util-to-mdast). GitHub's footnotes, which markdown-it leaves as text, are dropped.
 *
 * Pure: no React, no Node.
 */
import type { Nodes, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import markdownItFactory, { type Token } from 'markdown-it';

const markdownIt = markdownItFactory('default', { html: true });

const FOOTNOTE_DEFINITION = /^\[\^[^\]\s]+\]:/u;
const FOOTNOTE_REFERENCE = /\[\^[^\]\s]+\]/gu;

type Open = Parent & { type: string };

/** Inline tokens into phrasing nodes, nesting links, emphasis and strong text. */
const inline = (tokens: Token[]): PhrasingContent[] => {
  const root: { children: PhrasingContent[] } = { children: [] };
  const stack: { children: PhrasingContent[] }[] = [root];
  const add = (node: PhrasingContent) => stack[stack.length - 1].children.push(node);
  const open = (node: PhrasingContent & { children: PhrasingContent[] }) => {
    add(node);
    stack.push(node);
  };
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
        add({ type: 'text', value: token.content.replace(FOOTNOTE_REFERENCE, '') });
        break;
      case 'code_inline':
        add({ type: 'inlineCode', value: token.content });
        break;
      case 'softbreak':
        add({ type: 'text', value: '\n' });
        break;
      case 'hardbreak':
        add({ type: 'break' });
        break;
      case 'image':
        add({ type: 'image', url: String(token.attrGet('src') ?? ''), alt: token.content });
        break;
      case 'link_open':
        open({ type: 'link', url: String(token.attrGet('href') ?? ''), children: [] });
        break;
      case 'strong_open':
        open({ type: 'strong', children: [] });
        break;
      case 'em_open':
        open({ type: 'emphasis', children: [] });
        break;
      case 's_open':
        open({ type: 'delete', children: [] });
        break;
      case 'link_close':
      case 'strong_close':
      case 'em_close':
      case 's_close':
        stack.pop();
        break;
      default:
        break;
    }
  }
  return root.children;
};

/** Block tokens into mdast: headings, paragraphs, lists, quotes; code, HTML, tables and rules as leaves to skip. */
const blocks = (tokens: Token[]): Root => {
  const root: Root = { type: 'root', children: [] };
  const stack: Open[] = [root];
  const add = (node: RootContent) => (stack[stack.length - 1].children as Nodes[]).push(node);
  const open = (node: RootContent & Parent) => {
    add(node);
    stack.push(node as Open);
  };
  let skipping = 0;
  for (const token of tokens) {
    if (skipping > 0 || token.type === 'table_open') {
      skipping += token.nesting;
      if (token.type === 'table_open' && skipping === 1) {
        add({ type: 'table', children: [] });
      }
      continue;
    }
    switch (token.type) {
      case 'heading_open':
        open({ type: 'heading', depth: Number(token.tag.slice(1)) as 1 | 2 | 3 | 4 | 5 | 6, children: [] });
        break;
      case 'paragraph_open':
        open({ type: 'paragraph', children: [] });
        break;
      case 'bullet_list_open':
      case 'ordered_list_open':
        open({ type: 'list', ordered: token.type === 'ordered_list_open', children: [] });
        break;
      case 'list_item_open':
        open({ type: 'listItem', children: [] });
        break;
      case 'blockquote_open':
        open({ type: 'blockquote', children: [] });
        break;
      case 'heading_close':
      case 'paragraph_close':
      case 'bullet_list_close':
      case 'ordered_list_close':
      case 'list_item_close':
      case 'blockquote_close':
        stack.pop();
        break;
      case 'inline': {
        const parent = stack[stack.length - 1];
        if (!(parent.type === 'paragraph' && FOOTNOTE_DEFINITION.test(token.content))) {
          parent.children.push(...(inline(token.children ?? []) as never[]));
        }
        break;
      }
      case 'fence':
      case 'code_block':
        add({ type: 'code', value: token.content });
        break;
      case 'html_block':
        add({ type: 'html', value: token.content });
        break;
      case 'hr':
        add({ type: 'thematicBreak' });
        break;
      default:
        break;
    }
  }
  return root;
};

export const parseMarkdown = (markdown: string): Root => blocks(markdownIt.parse(markdown, {}));

/** Whether text without a telling file name is Markdown: an ATX heading or a bold line start. */
export const looksLikeMarkdown = (body: string): boolean =>
  /^\s{0,3}#{1,6}\s+\S/mu.test(body) || /^\s{0,3}(?:\*\*|__)[^*_\n]+(?:\*\*|__)/mu.test(body);
