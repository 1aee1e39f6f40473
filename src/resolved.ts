/**
 * What calculateMetadata finds (text measured in the browser, lengths and timings read from the
 * audio and captions files) travels inside the resolved props under one key, so the component, the
 * SRT beside the clip and the report all use the same figures. Pure.
 */
import type { Caption } from '@remotion/captions';
import type { ResolvedAudioFile } from './audio/mix';
import type { ResolvedVoice } from './layout/takeaway-plan';
import type { ResolvedVisual } from './visual/visual';

export type Resolved = {
  /** Word captions with the times each word is highlighted (spoken, with a voice), on the clip's clock. */
  subtitles: Caption[];
  /** One caption per page, for as long as it is on screen: the SRT. */
  pages: Caption[];
  warnings: string[];
  voice: ResolvedVoice | null;
  music: ResolvedAudioFile | null;
  visual: ResolvedVisual | null;
};

const KEY = 'resolved';

export const withResolved = <P extends object>(props: P, resolved: Resolved): P => ({ ...props, [KEY]: resolved });

export const readResolved = (props: object): Resolved | null =>
  ((props as Record<string, unknown>)[KEY] as Resolved | undefined) ?? null;

export const requireResolved = (props: object): Resolved => {
  const resolved = readResolved(props);
  if (!resolved) {
    throw new Error('The composition did not return what it resolved from calculateMetadata');
  }
  return resolved;
};
