import { useEffect, useState } from 'react';
import { cancelRender, continueRender, delayRender } from 'remotion';
import { useLiveIssueFiles } from '../studio/use-live-issue-files';
import { type IssueFile, loadIssueFiles } from './load-issue-files';

/** The issue files in assets/issues, holding Studio and renders until they are read; in Studio they follow the disk. */
export const useIssueFiles = (): IssueFile[] => {
  const [handle] = useState(() => delayRender('Reading assets/issues/*.json'));
  const [files, setFiles] = useState<IssueFile[]>([]);
  useEffect(() => {
    loadIssueFiles()
      .then((loaded) => {
        setFiles(loaded);
        continueRender(handle);
      })
      .catch((err: unknown) => cancelRender(err));
  }, [handle]);
  useLiveIssueFiles(files, setFiles);
  return files;
};
