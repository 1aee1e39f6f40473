/**
 * The issue files as Studio last read them, for the save control inside a composition: Root
 * registers the compositions, but a component Studio shows has only its props and its id. Studio
 * runs Root and the preview in one page, so one module-level list serves both.
 */
import { useSyncExternalStore } from 'react';
import type { IssueFile } from '../issues/parse-issue-file';

let current: IssueFile[] = [];
const listeners = new Set<() => void>();

export const publishIssueFiles = (files: IssueFile[]): void => {
  if (files === current) {
    return;
  }
  current = files;
  for (const listener of listeners) listener();
};

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

export const useLoadedIssueFiles = (): IssueFile[] => useSyncExternalStore(subscribe, () => current);
