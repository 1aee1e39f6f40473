/**
 * Save-back from Studio, the pure part: what an edit made in the props panel changed in an issue,
 * and the issue file's text with only those changes written into it. The file's other bytes stay as
 * they were (key order, indent, line breaks, the other takeaways), so a saved file diffs cleanly.
 * Pure: no React, no Node, no Remotion.
 */
import { applyEdits, type JSONPath, modify } from 'jsonc-parser';
import { parseIssueFile } from '../issues/parse-issue-file';
import type { Brand, Issue } from '../schema';
import { stripBom } from '../strip-bom';

/** One changed value; `value` undefined means the field was removed. */
export type IssueChange = { path: JSONPath; value: unknown };

/** A new or replaced value is written with the indent the issue files use (2 spaces, as `npm run extract` writes them). */
const FORMATTING = { insertSpaces: true, tabSize: 2, eol: '\n' } as const;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const deepEqual = (a: unknown, b: unknown): boolean => {
  if (a === b) {
    return true;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a).filter((key) => a[key] !== undefined);
    const otherKeys = Object.keys(b).filter((key) => b[key] !== undefined);
    return keys.length === otherKeys.length && keys.every((key) => deepEqual(a[key], b[key]));
  }
  return false;
};

/**
 * Every value that differs between `base` and `edited`, as deep as both sides are objects (and
 * arrays of objects of the same length, like the takeaways); an array of text (points, keywords)
 * changes as a whole.
 */
export const diffValues = (base: unknown, edited: unknown, path: JSONPath = []): IssueChange[] => {
  if (deepEqual(base, edited)) {
    return [];
  }
  if (isObject(base) && isObject(edited)) {
    const keys = [...new Set([...Object.keys(base), ...Object.keys(edited)])];
    return keys.flatMap((key) => diffValues(base[key], edited[key], [...path, key]));
  }
  const objectArrays =
    Array.isArray(base) &&
    Array.isArray(edited) &&
    base.length === edited.length &&
    base.every(isObject) &&
    edited.every(isObject);
  if (objectArrays) {
    return base.flatMap((item, i) => diffValues(item, edited[i], [...path, i]));
  }
  return [{ path, value: edited }];
};

const pathText = (path: JSONPath): string =>
  path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${part}`)).join('');

/** `issue.takeaways[1].headline`: a change named as the props panel and the schema's errors name fields. */
export const changeName = (change: IssueChange): string => `issue.${pathText(change.path)}`;

/**
 * A clip or cover shows one takeaway: only that takeaway and the issue's own fields (title, music,
 * call to action…) are saved from it, so an edit to another takeaway in the panel never reaches the
 * file from a clip that does not show it. A recap (`takeaway` null) shows them all.
 */
export const scopeChanges = (
  changes: IssueChange[],
  takeaway: number | null,
): { saved: IssueChange[]; skipped: string[] } => {
  const inScope = (change: IssueChange): boolean =>
    takeaway === null || change.path[0] !== 'takeaways' || change.path[1] === takeaway - 1;
  return {
    saved: changes.filter(inScope),
    skipped: changes.filter((change) => !inScope(change)).map(changeName),
  };
};

export type SavePlan =
  | { kind: 'unchanged'; skipped: string[] }
  | { kind: 'write'; text: string; changed: string[]; skipped: string[] }
  | { kind: 'invalid'; error: string };

/**
 * The issue file's new text: `edited` minus `base` (what Studio had loaded from the file when the
 * edit began), written into the file's current text. Checked with the same parser Studio and
 * render:issue read issue files with; a result that fails it is not written.
 */
export const planIssueSave = ({
  file,
  slug,
  fileText,
  base,
  edited,
  takeaway,
}: {
  /** The file's name under assets/, for messages: `issues/x.json`. */
  file: string;
  slug: string;
  fileText: string;
  base: Issue;
  edited: Issue;
  takeaway: number | null;
}): SavePlan => {
  const onDisk = parseIssueFile(file, slug, fileText);
  if (!onDisk.ok && onDisk.error.startsWith('not valid JSON')) {
    return { kind: 'invalid', error: `assets/${file} on disk is ${onDisk.error}: fix it in an editor first` };
  }
  const { saved, skipped } = scopeChanges(diffValues(base, edited), takeaway);
  if (saved.length === 0) {
    return { kind: 'unchanged', skipped };
  }
  const bom = fileText.startsWith('\uFEFF') ? '\uFEFF' : '';
  let text = stripBom(fileText);
  for (const change of saved) {
    text = applyEdits(text, modify(text, change.path, change.value as Json, { formattingOptions: FORMATTING }));
  }
  const checked = parseIssueFile(file, slug, text);
  if (!checked.ok) {
    return { kind: 'invalid', error: checked.error };
  }
  return { kind: 'write', text: bom + text, changed: saved.map(changeName), skipped };
};

/**
 * The `brand` prop is assets/brand.json's, shared by every issue: an edit to it in one clip's panel
 * (a theme colour, the caption style) is saved as that issue's own `brand`, which overrides the
 * newsletter's field by field and colour by colour, so brand.json and the other issues stay as
 * they were.
 */
export const withBrandEdits = (issue: Issue, newsletter: Brand, edited: Brand | undefined): Issue => {
  if (!edited || deepEqual(newsletter, edited)) {
    return issue;
  }
  const brand: Brand = { ...issue.brand };
  for (const key of ['logo', 'font', 'captionStyle'] as const) {
    if (edited[key] !== newsletter[key] && edited[key] !== undefined) {
      Object.assign(brand, { [key]: edited[key] });
    }
  }
  const colours = Object.entries(edited.theme ?? {}).filter(
    ([colour, value]) => newsletter.theme?.[colour as keyof NonNullable<Brand['theme']>] !== value,
  );
  if (colours.length > 0) {
    brand.theme = { ...brand.theme, ...Object.fromEntries(colours) };
  }
  return { ...issue, brand };
};

/**
 * Props the panel can edit that are not part of the issue file (the selection, the look, what
 * calculateMetadata resolved): named to the author when changed, never written.
 */
/** Saved into the issue file (the brand as the issue's override), or not an edit at all (calculateMetadata's result). */
const SAVED_PROPS = new Set(['issue', 'brand', 'resolved']);

export const unsavedPropEdits = (base: Record<string, unknown>, edited: Record<string, unknown>): string[] =>
  [...new Set([...Object.keys(base), ...Object.keys(edited)])].filter(
    (key) => !SAVED_PROPS.has(key) && !deepEqual(base[key], edited[key]),
  );
