import type React from 'react';
import { interpolate, useCurrentFrame, useVideoConfig } from 'remotion';
import { FILLS, HEADER } from '../design/tokens';
import type { Theme } from '../schema';

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
    <div
      style={{
        position: 'absolute',
        display: 'flex',
        gap: HEADER.progressGap,
        height: HEADER.progressHeight,
        ...style,
      }}
    >
      {pages.map((page) => {
        const filled = interpolate(timeMs, [page.startMs, page.startMs + page.durationMs], [0, 1], {
          extrapolateLeft: 'clamp',
          extrapolateRight: 'clamp',
        });
        return (
          <div
            key={page.startMs}
            style={{
              flex: 1,
              borderRadius: HEADER.progressHeight / 2,
              background: FILLS.progressTrack,
              overflow: 'hidden',
            }}
          >
            <div style={{ width: `${filled * 100}%`, height: '100%', background: theme.accent }} />
          </div>
        );
      })}
    </div>
  );
};
