import type React from 'react';
import { HEADER, TYPE } from '../design/tokens';
import type { Rect } from '../platforms';
import type { Theme } from '../schema';
import { Chip } from './Chip';
import { Logo } from './Logo';
import { ProgressBar } from './ProgressBar';

/** The newsletter chip with the series position and the brand's logo beside it, and the story-style progress bar. */
export const Header: React.FC<{
  name: string;
  position: string;
  chipFontSize: number;
  displayFamily: string;
  logo: { src: string; rect: Rect } | null;
  segments: Array<{ startMs: number; durationMs: number }>;
  segmentsStartFrame: number;
  safe: Rect;
  theme: Theme;
}> = ({ name, position, chipFontSize, displayFamily, logo, segments, segmentsStartFrame, safe, theme }) => (
  <>
    <Chip
      name={name}
      position={position}
      fontSize={chipFontSize}
      displayFamily={displayFamily}
      theme={theme}
      style={{ left: safe.x + TYPE.inset, top: safe.y + HEADER.chipTop }}
    />
    {logo ? <Logo src={logo.src} rect={logo.rect} /> : null}
    <ProgressBar
      pages={segments}
      bodyStartFrame={segmentsStartFrame}
      theme={theme}
      style={{ left: safe.x + TYPE.inset, top: safe.y + HEADER.progressTop, width: safe.width - 2 * TYPE.inset }}
    />
  </>
);
