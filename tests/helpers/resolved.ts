import type { VideoConfig } from 'remotion';
import { type ResolvedTakeaway, resolvedOf, type TakeawayClipCompositionProps } from '../../src/resolved';

/** What a TakeawayClip's calculateMetadata resolved, as selectComposition hands it back (plain JSON). */
export const resolvedTakeaway = (composition: VideoConfig): ResolvedTakeaway =>
  resolvedOf(composition.props as TakeawayClipCompositionProps);
