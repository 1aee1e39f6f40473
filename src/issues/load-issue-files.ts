import { getStaticFiles } from 'remotion';
import { type Issue, formatZodError, issueSchema } from '../schema';
import { stripBom } from '../strip-bom';
import { slugFromFileName } from './ids';

/** Issue files live in the public folder (assets/) under this prefix. */
export const ISSUES_DIR = 'issues/';

export type IssueFile =
  { ok: true; name: string; slug: string; issue: Issue } | { ok: false; name: string; slug: string; error: string };

export const parseIssueFile = (name: string, slug: string, text: string): IssueFile => {
  let json: unknown;
  try {
    json = JSON.parse(stripBom(text));
  } catch (error) {
    return { ok: false, name, slug, error: `not valid JSON: ${(error as Error).message}` };
  }
  const result = issueSchema.safeParse(json);
  return result.success
    ? { ok: true, name, slug, issue: result.data }
    : { ok: false, name, slug, error: formatZodError(result.error) };
};

/**
 * Reads every assets/issues/*.json through the bundle's list of public files, so an issue file
 * dropped there appears in Studio and renders without touching the code. A broken file becomes
 * an error entry instead of breaking the others.
 */
export const loadIssueFiles = async (): Promise<IssueFile[]> => {
  const files = getStaticFiles()
    .filter(
      (f) =>
        f.name.startsWith(ISSUES_DIR) && f.name.endsWith('.json') && !f.name.slice(ISSUES_DIR.length).includes('/'),
    )
    .sort((a, b) => a.name.localeCompare(b.name));
  const seen = new Set<string>();
  return Promise.all(
    files.map(async (file): Promise<IssueFile> => {
      const slug = slugFromFileName(file.name);
      if (!slug) {
        return {
          ok: false,
          name: file.name,
          slug: 'unnamed',
          error: 'the file name has no letters or digits to make a slug from',
        };
      }
      if (seen.has(slug)) {
        return { ok: false, name: file.name, slug, error: `another issue file already has the slug "${slug}"` };
      }
      seen.add(slug);
      const response = await fetch(file.src);
      // Remotion's renderer answers 404 for a symbolic link: its error page is not the issue.
      return response.ok
        ? parseIssueFile(file.name, slug, await response.text())
        : { ok: false, name: file.name, slug, error: `could not be read (HTTP ${response.status})` };
    }),
  );
};
