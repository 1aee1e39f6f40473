/**
 * Studio only: a save control over the preview of an issue's clip, recap or cover. Studio's own
 * "save default props" rewrites a literal in Root.tsx and cannot reach props read from a file
 * ("Can't save default props"), so this writes the props panel's edits to the issue into the issue
 * file itself, through Studio's writeStaticFile. Never drawn in a render or a read-only Studio.
 */
import { writeStaticFile } from '@remotion/studio';
import type React from 'react';
import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { getRemotionEnvironment, Internals, staticFile, useCurrentScale, useVideoConfig } from 'remotion';
import type { Brand, Issue } from '../schema';
import { compositionSource } from './file-changes';
import {
  changeName,
  deepEqual,
  diffValues,
  planIssueSave,
  scopeChanges,
  unsavedPropEdits,
  withBrandEdits,
} from './issue-edit';
import { useLoadedIssueFiles } from './issue-store';

/** The control's size on screen, whatever the preview's zoom: Studio's own panels use 12-13 px text. */
const SCREEN_FONT_PX = 13;

/** Frame pixels kept clear below the control for the safe-zone overlay's label (28 px text, 16 px from the edge). */
const LABEL_CLEARANCE = 64;

type Status =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; changed: string[] }
  | { kind: 'unchanged' }
  | { kind: 'error'; message: string };

type Props = Record<string, unknown> & { issue?: Issue; brand?: Brand };

/**
 * The issue each composition's panel edits were made against, by composition id: the file may
 * change on disk while edits are pending, and only the edits themselves may be written over it.
 */
const editBases = new Map<string, Issue>();

const SaveControl: React.FC = () => {
  const { id } = useVideoConfig();
  const scale = useCurrentScale();
  const files = useLoadedIssueFiles();
  const source = useMemo(() => compositionSource(files, id), [files, id]);
  const { props: allEditorProps, updateProps } = useContext(Internals.EditorPropsContext);
  const edited = allEditorProps[id] as Props | undefined;
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const { compositions } = useContext(Internals.CompositionManager);
  const registered = compositions.find((composition) => composition.id === id)?.defaultProps as Props | undefined;
  // The issue as the panel now has it, with edits to the newsletter's brand as the issue's own.
  const editedIssue = useMemo(
    () => edited?.issue && withBrandEdits(edited.issue, registered?.brand ?? {}, edited.brand),
    [edited, registered],
  );

  const fileIssue = source?.issue;
  if (editedIssue && fileIssue && !editBases.has(id)) {
    editBases.set(id, fileIssue);
  }
  const base = editBases.get(id) ?? fileIssue;

  // A file changed on disk reaches a composition with panel edits only if none of them touch the issue.
  const seen = useRef(fileIssue);
  useEffect(() => {
    const before = seen.current;
    seen.current = fileIssue;
    if (!fileIssue || !before || fileIssue === before || !editedIssue) {
      return;
    }
    if (deepEqual(editedIssue, editBases.get(id) ?? before)) {
      editBases.set(id, fileIssue);
      updateProps({ id, defaultProps: edited ?? {}, newProps: (old) => ({ ...old, issue: fileIssue }) });
    }
  }, [edited, editedIssue, fileIssue, id, updateProps]);

  const pending = useMemo(
    () =>
      source && base && editedIssue
        ? scopeChanges(diffValues(base, editedIssue), source.takeaway)
        : { saved: [], skipped: [] },
    [base, editedIssue, source],
  );
  // A refusal is about the edit it was for: a new edit clears it.
  useEffect(() => {
    setStatus((old) => (old.kind === 'error' ? { kind: 'idle' } : old));
  }, [editedIssue]);
  const notInFile = useMemo(
    () => (edited && registered ? unsavedPropEdits(registered, edited) : []),
    [edited, registered],
  );

  const save = useCallback(async () => {
    if (!source || !base || !editedIssue) {
      return;
    }
    setStatus({ kind: 'saving' });
    try {
      const response = await fetch(staticFile(source.file), { cache: 'no-store' });
      if (!response.ok) {
        throw new Error(`assets/${source.file} could not be read (HTTP ${response.status})`);
      }
      const plan = planIssueSave({
        file: source.file,
        slug: source.slug,
        fileText: await response.text(),
        base,
        edited: editedIssue,
        takeaway: source.takeaway,
      });
      if (plan.kind === 'invalid') {
        setStatus({ kind: 'error', message: plan.error });
        return;
      }
      if (plan.kind === 'unchanged') {
        setStatus({ kind: 'unchanged' });
        return;
      }
      await writeStaticFile({ filePath: source.file, contents: plan.text });
      editBases.set(id, editedIssue);
      setStatus({ kind: 'saved', changed: plan.changed });
    } catch (error) {
      setStatus({ kind: 'error', message: (error as Error).message });
    }
  }, [base, editedIssue, id, source]);

  if (!source) {
    return null;
  }
  const where = `assets/${source.file}${source.takeaway === null ? '' : ` · takeaway ${source.takeaway}`}`;
  const message =
    status.kind === 'error'
      ? `Not saved: ${status.message}`
      : status.kind === 'saving'
        ? 'Saving…'
        : pending.saved.length > 0
          ? `Unsaved: ${pending.saved.map((change) => shortPath(changeName(change))).join(', ')}`
          : status.kind === 'saved'
            ? `Saved: ${status.changed.map(shortPath).join(', ')}`
            : status.kind === 'unchanged'
              ? 'The file already says this'
              : 'No unsaved edits to the issue';
  const notes = [
    ...(pending.skipped.length > 0 ? [`Other takeaways' edits are saved from their own clips`] : []),
    ...(notInFile.length > 0 ? [`Not part of the issue file, not saved: ${notInFile.join(', ')}`] : []),
  ];
  return (
    // A plain div, not AbsoluteFill: Studio's timeline lists every AbsoluteFill as a track.
    <div style={{ position: 'absolute', inset: 0, pointerEvents: 'none' }}>
      <div
        data-testid="save-to-issue-file"
        style={{
          // In the bottom band, which the platforms' UI covers and the clip fills with background only.
          position: 'absolute',
          bottom: LABEL_CLEARANCE,
          right: 0,
          transform: `scale(${1 / scale})`,
          transformOrigin: 'bottom right',
          pointerEvents: 'auto',
          margin: 8,
          padding: '8px 10px',
          maxWidth: 320,
          borderRadius: 6,
          background: 'rgba(20, 22, 28, 0.92)',
          color: '#F7F8FA',
          font: `${SCREEN_FONT_PX}px/1.4 system-ui, sans-serif`,
          boxShadow: '0 2px 8px rgba(0, 0, 0, 0.4)',
        }}
      >
        <div style={{ opacity: 0.75 }}>{where}</div>
        <button
          type="button"
          data-testid="save-to-issue-file-button"
          disabled={pending.saved.length === 0 || status.kind === 'saving'}
          // Keeps the focus in the props panel's field: its blur re-renders the preview under the pointer.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => void save()}
          style={{
            margin: '6px 0',
            padding: '4px 10px',
            border: 0,
            borderRadius: 4,
            font: 'inherit',
            fontWeight: 600,
            cursor: pending.saved.length === 0 ? 'default' : 'pointer',
            background: pending.saved.length === 0 ? '#3A3F4B' : '#0B84F3',
            color: 'white',
          }}
        >
          Save to {source.file}
        </button>
        <div
          data-testid="save-to-issue-file-status"
          data-status={status.kind}
          style={{ color: status.kind === 'error' ? '#FF8A80' : undefined, wordBreak: 'break-word' }}
        >
          {message}
        </div>
        {notes.map((note) => (
          <div key={note} style={{ opacity: 0.75 }}>
            {note}
          </div>
        ))}
      </div>
    </div>
  );
};

/** `issue.takeaways[1].headline` → `headline`, `issue.music.volume` → `music.volume`: enough to recognise. */
const shortPath = (path: string): string => path.replace(/^issue\./u, '').replace(/^takeaways\[\d+\]\./u, '');

/** The composition's component, with the save control over it in an interactive Studio. */
export const withSaveToIssueFile = <P extends object>(Component: React.ComponentType<P>): React.FC<P> => {
  const Editable: React.FC<P> = (props) => {
    const { isStudio, isRendering, isReadOnlyStudio } = getRemotionEnvironment();
    return (
      <>
        <Component {...props} />
        {isStudio && !isRendering && !isReadOnlyStudio ? <SaveControl /> : null}
      </>
    );
  };
  Editable.displayName = `Editable(${Component.displayName ?? Component.name})`;
  return Editable;
};
