/**
 * Studio only: when the open clip's issue file breaks on disk, the preview shows that file's error
 * (Studio would otherwise show an empty canvas, the clip being gone); once the file is fixed, the
 * clip comes back into the preview.
 */
import { goToComposition } from '@remotion/studio';
import type React from 'react';
import { useContext, useEffect, useRef, useState } from 'react';
import { getRemotionEnvironment, Internals } from 'remotion';
import type { IssueFile } from '../issues/parse-issue-file';
import { followFiles } from './file-changes';

export const FollowIssueFiles: React.FC<{ files: IssueFile[] }> = ({ files }) => {
  const { compositions, canvasContent } = useContext(Internals.CompositionManager);
  const selected = canvasContent?.type === 'composition' ? canvasContent.compositionId : null;
  // The clip that was open: Studio forgets it as soon as its composition is gone.
  const lastOpen = useRef(selected);
  const before = useRef(files);
  const returnTo = useRef<Record<string, string>>({});
  const [target, setTarget] = useState<string | null>(null);

  useEffect(() => {
    if (selected !== null) {
      lastOpen.current = selected;
    }
  }, [selected]);

  useEffect(() => {
    const { isStudio, isReadOnlyStudio } = getRemotionEnvironment();
    const previous = before.current;
    before.current = files;
    if (!isStudio || isReadOnlyStudio || previous === files) {
      return;
    }
    const next = followFiles(previous, files, lastOpen.current, returnTo.current);
    returnTo.current = next.returnTo;
    setTarget(next.goTo);
  }, [files]);

  // Studio can select a composition only once it is registered, an effect after this one.
  useEffect(() => {
    if (target !== null && compositions.some((composition) => composition.id === target)) {
      goToComposition(target);
      setTarget(null);
    }
  }, [compositions, target]);

  return null;
};
