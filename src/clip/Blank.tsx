import type React from 'react';
import { AbsoluteFill } from 'remotion';

/** The capture floor for `npm run bench`: a 1080x1920 frame with nothing to lay out. */
export const Blank: React.FC = () => <AbsoluteFill style={{ backgroundColor: '#0E1320' }} />;
