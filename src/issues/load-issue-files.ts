import { getStaticFiles } from 'remotion';
import { isIssueFileName, slugFromFileName } from './ids';
import { type IssueFile, parseIssueFile } from './parse-issue-file';

export type { IssueFile } from './parse-issue-file';

/**
 * Reads every assets/issues/*.json through the bundle's list of public files, so an issue file
 * dropped there appears in Studio and renders without touching the code. A broken file becomes
 * an error entry instead of breaking the others.
 */
export const loadIssueFiles = async (): Promise<IssueFile[]> => {
  const files = getStaticFiles()
    .filter((f) => isIssueFileName(f.name))
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
      // Studio reads a file again under the same URL when it changes on disk.
      const response = await fetch(file.src, { cache: 'no-store' });
      // Remotion's renderer answers 404 for a symbolic link: its error page is not the issue.
      return response.ok
        ? parseIssueFile(file.name, slug, await response.text())
        : { ok: false, name: file.name, slug, error: `could not be read (HTTP ${response.status})` };
    }),
  );
};
