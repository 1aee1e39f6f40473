import type React from 'react';
import { AbsoluteFill } from 'remotion';
import type { Theme } from '../schema';

/** A flat vertical gradient: cheap to rasterise, unlike blur filters or big shadows. */
export const Background: React.FC<{ theme: Theme }> = ({ theme }) => (
  <AbsoluteFill
    style={{ background: `linear-gradient(180deg, ${theme.background} 0%, ${theme.backgroundGradient} 100%)` }}
  />
);
