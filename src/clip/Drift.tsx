import type React from 'react';
import { AbsoluteFill, useCurrentFrame, useVideoConfig } from 'remotion';
import type { Rect } from '../platforms';
import type { Theme } from '../schema';
import { withAlpha } from './colour';

/** One slow lap: far too slow to read as wobble, fast enough to show the frame is alive. */
const LAP_SECONDS = 14;
/** Soft enough that captions keep their contrast over it. */
const GLOW_ALPHA = { accent: 0.16, muted: 0.1 };
/** Where a glow's colour has faded to nothing, as a share of its box: the edge that stays inside `area`. */
const GLOW_FADE = 0.7;
/** How far the glows wander up and down, in px. */
const DRIFT_Y = 80;

const glow = (color: string, alpha: number): string =>
  `radial-gradient(circle, ${withAlpha(color, alpha)} 0%, ${withAlpha(color, 0)} ${GLOW_FADE * 100}%)`;

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/**
 * The quiet motion of a page without a figure or a picture: two soft glows in the theme's colours
 * drifting across the middle band. They never reach past `area` (the safe zone), so the bands the
 * apps cover stay plain background; the frame alone sets where they are, so renders are deterministic.
 */
export const Drift: React.FC<{ theme: Theme; area: Rect; centreY: number; opacity: number }> = ({
  theme,
  area,
  centreY,
  opacity,
}) => {
  const frame = useCurrentFrame();
  const { fps } = useVideoConfig();
  const angle = (frame / (LAP_SECONDS * fps)) * 2 * Math.PI;
  const box = Math.min(area.width, area.height) * 0.75;
  // The visible disc's radius: the gradient is transparent from GLOW_FADE of the way out.
  const visible = (box / 2) * GLOW_FADE;
  const circle = (xShare: number, dy: number, color: string, alpha: number): React.CSSProperties => {
    const x = area.x + visible + (area.width - 2 * visible) * xShare;
    const y = clamp(centreY + dy, area.y + visible, area.y + area.height - visible);
    return {
      position: 'absolute',
      left: x - box / 2,
      top: y - box / 2,
      width: box,
      height: box,
      background: glow(color, alpha),
    };
  };
  return (
    <AbsoluteFill style={{ opacity }}>
      <div style={circle(0.3 + 0.2 * Math.cos(angle), DRIFT_Y * Math.sin(angle), theme.accent, GLOW_ALPHA.accent)} />
      <div style={circle(0.7 - 0.2 * Math.cos(angle), -DRIFT_Y * Math.sin(angle), theme.mutedText, GLOW_ALPHA.muted)} />
    </AbsoluteFill>
  );
};
