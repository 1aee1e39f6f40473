/**
 * Studio only: the issue files follow the disk. Studio's server watches the public folder and
 * tells the page when anything in it changes (watchPublicFolder); an added, removed or edited issue
 * file is read again through the same parser, and a change to a file an issue names (voice,
 * captions, picture, music, a brand's logo or font) re-runs the open composition's
 * calculateMetadata. No page reload. assets/brand.json itself is followed by use-live-brand.ts.
 */
import { reevaluateComposition, watchPublicFolder } from '@remotion/studio';
import { useEffect, useRef } from 'react';
import { getRemotionEnvironment, getStaticFiles } from 'remotion';
import { NEWSLETTER_BRAND } from '../brand/newsletter-brand';
import { loadIssueFiles } from '../issues/load-issue-files';
import type { IssueFile } from '../issues/parse-issue-file';
import { folderChange, keepUnchanged, type ListedFile, referencedFiles } from './file-changes';
import { publishIssueFiles } from './issue-store';

/**
 * Quiet time before reading the issue files again: a save arrives as two or more events (the file
 * emptied, then written), and a file read between them would flash as broken.
 */
const SETTLE_MS = 120;

const listing = (files: ListedFile[]): ListedFile[] => files.map(({ name, lastModified }) => ({ name, lastModified }));

export const useLiveIssueFiles = (
  files: IssueFile[],
  setFiles: (update: (old: IssueFile[]) => IssueFile[]) => void,
) => {
  const latest = useRef(files);
  latest.current = files;
  useEffect(() => publishIssueFiles(files), [files]);

  useEffect(() => {
    const { isStudio, isReadOnlyStudio } = getRemotionEnvironment();
    if (!isStudio || isReadOnlyStudio) {
      return;
    }
    let before = listing(getStaticFiles());
    // Only the newest read counts, whichever finishes first.
    let generation = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const { cancel } = watchPublicFolder((staticFiles) => {
      const after = listing(staticFiles);
      const watched = referencedFiles(latest.current, NEWSLETTER_BRAND);
      const change = folderChange(before, after, watched);
      before = after;
      if (change.referenced) {
        reevaluateComposition();
      }
      if (!change.issues) {
        return;
      }
      clearTimeout(timer);
      timer = setTimeout(() => {
        const mine = ++generation;
        loadIssueFiles()
          .then((loaded) => {
            if (mine === generation) {
              setFiles((old) => keepUnchanged(old, loaded));
            }
          })
          // A failed read leaves the last good list on screen; the next change reads again.
          .catch((error: unknown) => console.error('Could not read the issue files again:', error));
      }, SETTLE_MS);
    });
    return () => {
      clearTimeout(timer);
      cancel();
    };
  }, [setFiles]);
};
