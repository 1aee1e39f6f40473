/**
 * What each composition's calculateMetadata works out once, before any frame renders (the plan
 * measured with the real fonts, lengths and timings read from the files), typed as part of its
 * props as template-audiogram does: the schema's part is what a person edits in Studio, `resolved`
 * is added to it. The component, the SRT beside the clip and the report all read the same figures.
 * Pure.
 */
import type { Caption } from '@remotion/captions';
import type { ResolvedAudioFile } from './audio/mix';
import type { ResolvedBrand } from './brand/brand';
import type { FigureRun } from './figures/figure-runs';
import type { CoverPlan } from './layout/cover-plan';
import type { RecapPlan } from './layout/recap-plan';
import type { TakeawayPlan } from './layout/takeaway-plan';
import type { CoverProps, RecapProps, TakeawayClipProps } from './schema';
import type { ResolvedVisual } from './visual/visual';

/** What the files beside a clip are written from. */
export type ClipCaptions = {
  /** Word captions with the times each word is highlighted (spoken, with a voice), on the clip's clock. */
  subtitles: Caption[];
  /** One caption per page, for as long as it is on screen: the SRT. */
  pages: Caption[];
  /** Things the author should know that do not stop the render. */
  warnings: string[];
};

export type ResolvedTakeaway = ClipCaptions & {
  plan: TakeawayPlan;
  brand: ResolvedBrand;
  music: ResolvedAudioFile | null;
  visual: ResolvedVisual | null;
  /** What a talking head's picture decodes: its prepared copy or the voiceover video; null without one. */
  talkingHead: string | null;
  /** The figures the caption pages mention, and the one size their band fits them at. */
  figures: { runs: FigureRun[]; fontSize: number };
};

export type ResolvedRecap = ClipCaptions & {
  plan: RecapPlan;
  brand: ResolvedBrand;
  music: ResolvedAudioFile | null;
};

export type ResolvedCover = { plan: CoverPlan; brand: ResolvedBrand };

/**
 * Optional in the type because callers pass only the schema's part (and Studio's props panel
 * checks only that); Remotion always runs calculateMetadata before the component renders.
 */
type WithResolved<P, R> = P & { readonly resolved?: R };

export type TakeawayClipCompositionProps = WithResolved<TakeawayClipProps, ResolvedTakeaway>;
export type RecapCompositionProps = WithResolved<RecapProps, ResolvedRecap>;
export type CoverCompositionProps = WithResolved<CoverProps, ResolvedCover>;

export const resolvedOf = <R>(props: { readonly resolved?: R }): R => {
  if (!props.resolved) {
    throw new Error('The composition was rendered without what its calculateMetadata resolved');
  }
  return props.resolved;
};

/**
 * Node side: a resolved composition's props come back from the browser as plain JSON, so their
 * type is asserted here, at that one border, from the composition they belong to.
 */
export const captionsOf = (props: Record<string, unknown>): ClipCaptions =>
  resolvedOf(props as WithResolved<object, ClipCaptions>);
