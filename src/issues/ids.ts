/**
 * Names of an issue's compositions and output files. Pure. Remotion allows only a-z, A-Z, 0-9 and
 * "-" in folder names (and no Hangul in composition ids), so slugs are lower-case ASCII.
 */
import { LAYOUT_IDS, type LayoutId } from '../platforms';

/** Issue files live in the public folder (assets/) under this prefix. */
export const ISSUES_DIR = 'issues/';

/** `issues/x.json`: an issue file, not one in a folder below it. */
export const isIssueFileName = (name: string): boolean =>
  name.startsWith(ISSUES_DIR) && name.endsWith('.json') && !name.slice(ISSUES_DIR.length).includes('/');

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Short enough for a composition id with a suffix and for a file name shown in full. */
const MAX_SLUG_CHARS = 40;

/** Lower-case ASCII words joined by dashes, cut at a dash; empty when nothing usable is left. */
export const slugify = (text: string): string => {
  const dashed = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  if (dashed.length <= MAX_SLUG_CHARS) {
    return dashed;
  }
  const cut = dashed.slice(0, MAX_SLUG_CHARS + 1);
  const dash = cut.lastIndexOf('-');
  return (dash > 0 ? cut.slice(0, dash) : cut.slice(0, MAX_SLUG_CHARS)).replace(/-+$/u, '');
};

/** `C:\\issues\\Weekly SV_gemini.json` → `Weekly SV_gemini`: the name without its folder and extension. */
export const fileStem = (fileName: string): string => (fileName.split(/[\\/]/u).pop() ?? '').replace(/\.[^.]*$/u, '');

/** `assets/issues/Weekly SV_gemini.json` → `weekly-sv-gemini`. */
export const slugFromFileName = (fileName: string): string => slugify(fileStem(fileName));

export const takeawayId = (slug: string, takeaway: number, platform: LayoutId): string =>
  `${slug}-t${takeaway}-${platform}`;

export const recapId = (slug: string, platform: LayoutId): string => `${slug}-recap-${platform}`;

export const coverId = (slug: string, takeaway: number): string => `${slug}-t${takeaway}-cover`;

/** The still that stands in for an issue file that does not validate; `index` is the file's place in the sorted list. */
export const invalidIssueId = (slug: string, index: number): string => `${slug}-invalid-${index + 1}`;

/** Every composition id an issue with `count` takeaways gets in Studio. */
export const issueCompositionIds = (slug: string, count: number): string[] => [
  ...LAYOUT_IDS.flatMap((platform) => [
    ...Array.from({ length: count }, (_, i) => takeawayId(slug, i + 1, platform)),
    recapId(slug, platform),
  ]),
  ...Array.from({ length: count }, (_, i) => coverId(slug, i + 1)),
];
