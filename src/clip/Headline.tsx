import type React from 'react';
import { FONT_FAMILY } from '../fonts/load-fonts';
import type { FittedText } from '../layout/fit-lines';
import { WEIGHTS } from '../design/tokens';

/** Pre-broken lines (measured with the real font), so the browser never re-wraps them. */
export const Headline: React.FC<{
  text: FittedText;
  color: string;
  lineHeight: number;
  weight?: number;
  align?: 'left' | 'center';
  style?: React.CSSProperties;
}> = ({ text, color, lineHeight, weight = WEIGHTS.extraBold, align = 'left', style }) => (
  <div
    style={{
      fontFamily: FONT_FAMILY,
      fontWeight: weight,
      fontSize: text.fontSize,
      lineHeight,
      color,
      textAlign: align,
      whiteSpace: 'pre',
      letterSpacing: 0,
      ...style,
    }}
  >
    {text.lines.map((line, i) => (
      <div key={i}>{line}</div>
    ))}
  </div>
);
