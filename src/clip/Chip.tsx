import type React from 'react';
import { FONT_FAMILY, WEIGHTS } from '../fonts/load-fonts';
import { TYPE } from '../layout/type-scale';
import type { Theme } from '../schema';

/** Newsletter name and series position ("2/6") in a small pill. */
export const Chip: React.FC<{
  name: string;
  position: string;
  fontSize: number;
  theme: Theme;
  style?: React.CSSProperties;
}> = ({ name, position, fontSize, theme, style }) => (
  <div
    style={{
      position: 'absolute',
      display: 'flex',
      alignItems: 'center',
      gap: fontSize * TYPE.chipGapEm,
      padding: `${fontSize * 0.3}px ${fontSize * TYPE.chipPaddingXEm}px`,
      borderRadius: fontSize,
      background: 'rgba(255, 255, 255, 0.1)',
      color: theme.text,
      fontFamily: FONT_FAMILY,
      fontWeight: WEIGHTS.semiBold,
      fontSize,
      lineHeight: 1.2,
      whiteSpace: 'nowrap',
      ...style,
    }}
  >
    <span>{name}</span>
    <span style={{ color: theme.accent, fontWeight: WEIGHTS.extraBold }}>{position}</span>
  </div>
);
