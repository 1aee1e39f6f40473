/**
 * Plain text into the mdast tree, by line heuristics:
 * - every line is a paragraph, except that in a hard-wrapped block (no line wider than an editor
 *   wraps) a line that fills the width and stops mid-sentence goes on on the next line;
 * - a line starting with a bullet (-, *, •, ·) is a list item;
 * - a heading is a short line that does not end like a sentence and is followed by a longer body
 *   paragraph, by a list, or by another such heading (the title right above the first section).
 *   Plain text has one heading level.
 *
 * Pure: no React, no Node.
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import { isHeadingLike } from './headings';
import { columns, endsLikeSentence } from './korean';

/** Mail clients and editors wrap at 72 to 80 columns; a wider line was not wrapped by a tool. */
const HARD_WRAP_MAX_COLUMNS = 100;
/** A wrapped line fills its width up to the word that did not fit; a shorter line ended on purpose. */
const WRAP_FILL_RATIO = 0.75;

const BULLET = /^[-*+•·▪◦]\s+/u;

type Line = { text: string; bullet: boolean };

const lines = (body: string): Line[] => {
  const out: Line[] = [];
  for (const group of body.split(/\n\s*\n/u)) {
    const rows = group
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const widest = Math.max(0, ...rows.map(columns));
    const hardWrapped = rows.length > 1 && widest <= HARD_WRAP_MAX_COLUMNS;
    rows.forEach((row, i) => {
      const previous = rows[i - 1];
      const continues =
        hardWrapped &&
        i > 0 &&
        !BULLET.test(row) &&
        columns(previous) >= WRAP_FILL_RATIO * widest &&
        !endsLikeSentence(previous);
      if (continues) {
        out[out.length - 1].text += ` ${row}`;
      } else {
        out.push({ text: row.replace(BULLET, ''), bullet: BULLET.test(row) });
      }
    });
  }
  return out;
};

const isBodyAfter = (line: Line | undefined, heading: Line): boolean =>
  line !== undefined && !line.bullet && !isHeadingLike(line.text) && line.text.length > heading.text.length;

const paragraph = (text: string): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value: text }] });

export const parsePlain = (body: string): Root => {
  const all = lines(body);
  const children: RootContent[] = [];
  all.forEach((line, i) => {
    const [next, afterNext] = [all[i + 1], all[i + 2]];
    const heading =
      !line.bullet &&
      isHeadingLike(line.text) &&
      (isBodyAfter(next, line) ||
        next?.bullet === true ||
        (next !== undefined && !next.bullet && isHeadingLike(next.text) && isBodyAfter(afterNext, next)));
    const previous = children.at(-1);
    if (heading) {
      children.push({ type: 'heading', depth: 1, children: [{ type: 'text', value: line.text }] });
    } else if (!line.bullet) {
      children.push(paragraph(line.text));
    } else if (previous?.type === 'list' && all[i - 1]?.bullet) {
      previous.children.push({ type: 'listItem', children: [paragraph(line.text)] });
    } else {
      children.push({
        type: 'list',
        ordered: false,
        children: [{ type: 'listItem', children: [paragraph(line.text)] }],
      });
    }
  });
  return { type: 'root', children };
};
