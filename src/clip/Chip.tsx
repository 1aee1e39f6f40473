import type React from 'react';
import { FONT_FAMILY } from '../fonts/load-fonts';
import { FILLS, LINE_HEIGHT, TYPE, WEIGHTS } from '../design/tokens';
import type { Theme } from '../schema';

/**
 * Newsletter name and series position ("2/6") in a small pill; the position in the brand's display
 * family, in which it was measured.
 */
export const Chip: React.FC<{
  name: string;
  position: string;
  fontSize: number;
  displayFamily: string;
  theme: Theme;
  style?: React.CSSProperties;
}> = ({ name, position, fontSize, displayFamily, theme, style }) => (
  <div
    style={{
      position: 'absolute',
      display: 'flex',
      alignItems: 'center',
      gap: fontSize * TYPE.chipGapEm,
      padding: `${fontSize * TYPE.chipPaddingYEm}px ${fontSize * TYPE.chipPaddingXEm}px`,
      borderRadius: fontSize,
      background: FILLS.chip,
      color: theme.text,
      fontFamily: FONT_FAMILY,
      fontWeight: WEIGHTS.semiBold,
      fontSize,
      lineHeight: LINE_HEIGHT.chip,
      whiteSpace: 'nowrap',
      ...style,
    }}
  >
    <span>{name}</span>
    <span style={{ color: theme.accent, fontFamily: displayFamily, fontWeight: WEIGHTS.extraBold }}>{position}</span>
  </div>
);
