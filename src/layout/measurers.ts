import type { MeasureAt } from './fit-lines';

/** The real font's widths in the weights a clip uses; a stand-in in unit tests. */
export type Measurers = {
  /** Headline weight (ExtraBold). */
  headline: MeasureAt;
  /** Caption weight (Bold). */
  caption: MeasureAt;
  /** Chip and small labels (SemiBold). */
  label: MeasureAt;
};
