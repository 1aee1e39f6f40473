import type React from 'react';
import { AbsoluteFill, useCurrentFrame, useVideoConfig } from 'remotion';
import type { Theme } from '../schema';

/** One slow lap: far too slow to read as wobble, fast enough to show the frame is alive. */
const LAP_SECONDS = 14;
/** Soft enough that captions keep their contrast over it. */
const GLOW_ALPHA = { accent: 0.16, muted: 0.1 };

const glow = (color: string, alpha: number): string => {
	const hex = Math.round(alpha * 255)
		.toString(16)
		.padStart(2, '0');
	return `radial-gradient(circle, ${color}${hex} 0%, ${color}00 70%)`;
};

/**
 * The quiet motion of a page without a figure or a picture: two soft glows in the theme's colours
 * drifting across the middle band. Plain gradients keep it cheap to rasterise; the frame alone
 * sets where they are, so renders are deterministic.
 */
export const Drift: React.FC<{ theme: Theme; centreY: number; opacity: number }> = ({ theme, centreY, opacity }) => {
	const frame = useCurrentFrame();
	const { fps, width } = useVideoConfig();
	const angle = (frame / (LAP_SECONDS * fps)) * 2 * Math.PI;
	const size = width * 0.9;
	const circle = (x: number, y: number, color: string, alpha: number): React.CSSProperties => ({
		position: 'absolute',
		left: x - size / 2,
		top: y - size / 2,
		width: size,
		height: size,
		background: glow(color, alpha),
	});
	return (
		<AbsoluteFill style={{ opacity }}>
			<div style={circle(width * (0.3 + 0.12 * Math.cos(angle)), centreY + 160 * Math.sin(angle), theme.accent, GLOW_ALPHA.accent)} />
			<div style={circle(width * (0.7 - 0.12 * Math.cos(angle)), centreY - 160 * Math.sin(angle), theme.mutedText, GLOW_ALPHA.muted)} />
		</AbsoluteFill>
	);
};
