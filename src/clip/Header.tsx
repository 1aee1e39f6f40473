import type React from 'react';
import { TYPE } from '../layout/type-scale';
import type { Rect } from '../platforms';
import type { Theme } from '../schema';
import { Chip } from './Chip';
import { ProgressBar } from './ProgressBar';

/** Rows at the top of the safe zone, in px from its top: the chip, then the story bar under it. */
export const HEADER_ROWS = { chip: 8, progress: 84 } as const;

/** The newsletter chip with the series position, and the story-style progress bar. */
export const Header: React.FC<{
  name: string;
  position: string;
  chipFontSize: number;
  segments: Array<{ startMs: number; durationMs: number }>;
  segmentsStartFrame: number;
  safe: Rect;
  theme: Theme;
}> = ({ name, position, chipFontSize, segments, segmentsStartFrame, safe, theme }) => (
  <>
    <Chip
      name={name}
      position={position}
      fontSize={chipFontSize}
      theme={theme}
      style={{ left: safe.x + TYPE.inset, top: safe.y + HEADER_ROWS.chip }}
    />
    <ProgressBar
      pages={segments}
      bodyStartFrame={segmentsStartFrame}
      theme={theme}
      style={{ left: safe.x + TYPE.inset, top: safe.y + HEADER_ROWS.progress, width: safe.width - 2 * TYPE.inset }}
    />
  </>
);
