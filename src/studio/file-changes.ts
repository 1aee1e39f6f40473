/**
 * Live files in Studio, the pure part: which issue file a composition comes from, and what a change
 * in the public folder means for the open preview. Pure: no React, no Remotion.
 */
import { coverId, invalidIssueId, isIssueFileName, recapId, takeawayId } from '../issues/ids';
import type { IssueFile } from '../issues/parse-issue-file';
import { LAYOUT_IDS } from '../platforms';
import type { Brand, Issue } from '../schema';

/** The file a composition's issue was read from, and the takeaway it shows (null for a recap). */
export type CompositionSource = { file: string; slug: string; takeaway: number | null; issue: Issue };

export const compositionSource = (files: IssueFile[], compositionId: string): CompositionSource | null => {
  for (const file of files) {
    if (!file.ok) {
      continue;
    }
    const { name, slug, issue } = file;
    const count = issue.takeaways.length;
    for (let takeaway = 1; takeaway <= count; takeaway++) {
      const ids = [...LAYOUT_IDS.map((layout) => takeawayId(slug, takeaway, layout)), coverId(slug, takeaway)];
      if (ids.includes(compositionId)) {
        return { file: name, slug, takeaway, issue };
      }
    }
    if (LAYOUT_IDS.some((layout) => recapId(slug, layout) === compositionId)) {
      return { file: name, slug, takeaway: null, issue };
    }
  }
  return null;
};

/** A public file as Studio lists it: its name under assets/ and when it last changed. */
export type ListedFile = { name: string; lastModified: number };

/**
 * Every file a clip plays, shows or reads beside the issue file: voice, captions, picture, music,
 * and the logo and font of the issue's brand and of the newsletter's (assets/brand.json).
 */
export const referencedFiles = (files: IssueFile[], newsletter: Brand): Set<string> =>
  new Set(
    [
      newsletter.logo,
      newsletter.font,
      ...files.flatMap((file) =>
        file.ok
          ? [
              file.issue.music?.src,
              file.issue.brand?.logo,
              file.issue.brand?.font,
              ...file.issue.takeaways.flatMap((t) => [t.voiceover, t.captions, t.visual?.src]),
            ]
          : [],
      ),
    ].filter((path): path is string => path !== undefined),
  );

export type FolderChange = {
  /** An issue file was added, removed or changed: read them again. */
  issues: boolean;
  /** A file the open clip may read changed: run its calculateMetadata again. */
  referenced: boolean;
};

/** What differs between two listings of the public folder, for the issue files and the files they name. */
export const folderChange = (before: ListedFile[], after: ListedFile[], watched: Set<string>): FolderChange => {
  const stamps = (files: ListedFile[]) => new Map(files.map((file) => [file.name, file.lastModified]));
  const was = stamps(before);
  const now = stamps(after);
  const changed = [...new Set([...was.keys(), ...now.keys()])].filter((name) => was.get(name) !== now.get(name));
  return {
    issues: changed.some(isIssueFileName),
    referenced: changed.some((name) => watched.has(name)),
  };
};

/**
 * The new list with every entry whose content did not change kept as the same object, so React
 * and Studio re-register only the compositions of the file that changed.
 */
export const keepUnchanged = (before: IssueFile[], after: IssueFile[]): IssueFile[] =>
  after.map((file) => {
    const old = before.find((candidate) => candidate.name === file.name);
    return old && JSON.stringify(old) === JSON.stringify(file) ? old : file;
  });

/**
 * Where the preview goes when the issue files change under it: from a clip to its file's error when
 * the file breaks, and from the error back to that clip (or the file's first) once it is fixed. `returnTo` maps a broken file's
 * name to the clip that was open when it broke.
 */
export const followFiles = (
  before: IssueFile[],
  after: IssueFile[],
  open: string | null,
  returnTo: Record<string, string>,
): { goTo: string | null; returnTo: Record<string, string> } => {
  for (const [index, file] of after.entries()) {
    const was = before.find((candidate) => candidate.name === file.name);
    if (!file.ok && was?.ok && open !== null && compositionSource([was], open)) {
      return { goTo: invalidIssueId(file.slug, index), returnTo: { ...returnTo, [file.name]: open } };
    }
    if (file.ok && was && !was.ok) {
      const rest = Object.fromEntries(Object.entries(returnTo).filter(([name]) => name !== file.name));
      const wasOpen = open === invalidIssueId(was.slug, before.indexOf(was));
      // A file broken since Studio opened has no clip to return to: its first one will do.
      const remembered = returnTo[file.name];
      const clip =
        remembered !== undefined && compositionSource([file], remembered)
          ? remembered
          : takeawayId(file.slug, 1, 'reels');
      return { goTo: wasOpen ? clip : null, returnTo: rest };
    }
  }
  return { goTo: null, returnTo };
};
