import type { MeasureAt } from './fit-lines';

/** The real fonts' widths in the weights a clip uses; a stand-in in unit tests. */
export type Measurers = {
  /** Headlines, in the brand's font (ExtraBold). */
  headline: MeasureAt;
  /** Captions, in the brand's font (Bold). */
  caption: MeasureAt;
  /** The chip's name and small labels, in Pretendard (SemiBold). */
  label: MeasureAt;
};
