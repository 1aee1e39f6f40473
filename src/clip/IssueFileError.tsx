import type React from 'react';
import { AbsoluteFill } from 'remotion';
import { FONT_FAMILY } from '../fonts/load-fonts';
import { useFonts } from './use-fonts';
import { WEIGHTS } from '../design/tokens';

export type IssueFileErrorProps = { file: string; error: string };

/** Stands in Studio for an issue file that does not validate, so the others still load. */
export const IssueFileError: React.FC<IssueFileErrorProps> = ({ file, error }) => {
  const ready = useFonts(error);
  if (!ready) {
    return null;
  }
  return (
    <AbsoluteFill
      style={{ backgroundColor: '#2A0E12', padding: 80, gap: 40, fontFamily: FONT_FAMILY, color: '#FFE3E3' }}
    >
      <div style={{ fontSize: 56, fontWeight: WEIGHTS.extraBold }}>assets/{file} is not a valid issue file</div>
      {error.split('; ').map((line) => (
        <div key={line} style={{ fontSize: 40, fontWeight: WEIGHTS.semiBold, overflowWrap: 'anywhere' }}>
          {line}
        </div>
      ))}
    </AbsoluteFill>
  );
};
