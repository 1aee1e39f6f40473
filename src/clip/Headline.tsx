import type React from 'react';
import type { FittedText } from '../layout/fit-lines';
import { WEIGHTS } from '../design/tokens';

/** Pre-broken lines (measured with the real font), so the browser never re-wraps them. */
export const Headline: React.FC<{
  text: FittedText;
  /** The family it was measured in: the brand's display family. */
  fontFamily: string;
  color: string;
  lineHeight: number;
  weight?: number;
  align?: 'left' | 'center';
  style?: React.CSSProperties;
}> = ({ text, fontFamily, color, lineHeight, weight = WEIGHTS.extraBold, align = 'left', style }) => (
  <div
    style={{
      fontFamily,
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
