import type React from 'react';
import { AbsoluteFill, useCurrentFrame, useVideoConfig } from 'remotion';
import { seeded } from './seeded';

const COLUMNS = 32;
const ROWS = 18;
/** Server-rack blue and amber: reads as "data centre" without showing anyone's footage. */
const HUES = [205, 215, 190, 38];

/** Landscape b-roll of blinking rack lights and a sweeping glow, shorter than a clip so it loops. */
export const CityLightsBroll: React.FC = () => {
  const frame = useCurrentFrame();
  const { width, height, durationInFrames } = useVideoConfig();
  const random = seeded(7);
  const cells = Array.from({ length: COLUMNS * ROWS }, () => ({
    phase: random() * Math.PI * 2,
    speed: 0.5 + random() * 2,
    hue: HUES[Math.floor(random() * HUES.length)],
  }));
  const cellW = width / COLUMNS;
  const cellH = height / ROWS;
  const t = frame / durationInFrames;
  // One full sweep a loop, so the end meets the start without a jump.
  const sweepX = t * (width + 600) - 300;
  return (
    <AbsoluteFill style={{ background: '#04070F' }}>
      {cells.map((cell, i) => {
        const lit = 0.25 + 0.75 * (0.5 + 0.5 * Math.sin(cell.phase + t * Math.PI * 2 * Math.round(cell.speed)));
        return (
          <div
            key={i}
            style={{
              position: 'absolute',
              left: (i % COLUMNS) * cellW + cellW * 0.2,
              top: Math.floor(i / COLUMNS) * cellH + cellH * 0.35,
              width: cellW * 0.6,
              height: cellH * 0.3,
              borderRadius: cellH * 0.15,
              background: `hsl(${cell.hue} 90% ${20 + 50 * lit}%)`,
            }}
          />
        );
      })}
      <div
        style={{
          position: 'absolute',
          left: sweepX - 300,
          top: 0,
          width: 600,
          height,
          background: 'linear-gradient(90deg, #ffffff00, #9fd0ff33, #ffffff00)',
        }}
      />
    </AbsoluteFill>
  );
};
