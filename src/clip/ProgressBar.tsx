import type React from 'react';
import { interpolate, useCurrentFrame, useVideoConfig } from 'remotion';
import type { Theme } from '../schema';

const GAP = 8;
const HEIGHT = 8;

/** Story-style bar: one segment per caption page (or recap item), filling while it is on screen. */
export const ProgressBar: React.FC<{
  pages: Array<{ startMs: number; durationMs: number }>;
  bodyStartFrame: number;
  theme: Theme;
  style: React.CSSProperties;
}> = ({ pages, bodyStartFrame, theme, style }) => {
  const frame = useCurrentFrame();
  const { fps } = useVideoConfig();
  const timeMs = ((frame - bodyStartFrame) / fps) * 1000;
  return (
    <div style={{ position: 'absolute', display: 'flex', gap: GAP, height: HEIGHT, ...style }}>
      {pages.map((page) => {
        const filled = interpolate(timeMs, [page.startMs, page.startMs + page.durationMs], [0, 1], {
          extrapolateLeft: 'clamp',
          extrapolateRight: 'clamp',
        });
        return (
          <div
            key={page.startMs}
            style={{ flex: 1, borderRadius: HEIGHT / 2, background: 'rgba(255, 255, 255, 0.22)', overflow: 'hidden' }}
          >
            <div style={{ width: `${filled * 100}%`, height: '100%', background: theme.accent }} />
          </div>
        );
      })}
    </div>
  );
};
