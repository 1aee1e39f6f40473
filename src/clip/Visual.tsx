import type React from 'react';
import { AbsoluteFill, Img, OffthreadVideo, Sequence, staticFile, useCurrentFrame, useVideoConfig } from 'remotion';
import { type Interval, musicGain } from '../audio/mix';
import { FONT_FAMILY, WEIGHTS } from '../fonts/load-fonts';
import type { Rect } from '../platforms';
import type { AudioSettings, Theme, Visual } from '../schema';
import { brollLoopFrames, containRect, focusOf, pushInScale, type ResolvedVisual } from '../visual/visual';
import { useEntrance } from './use-entrance';

/** The scrim's darkness from top to bottom: darkest from the header to the captions, lighter under the platform's buttons. */
const SCRIM_STOPS: ReadonlyArray<readonly [position: number, alpha: number]> = [
	[0, 0.7],
	[0.12, 0.8],
	[0.5, 0.84],
	[0.68, 0.55],
	[1, 0.4],
];
/** Small print: legible on a phone, quieter than any caption. */
const CREDIT_FONT_SIZE = 26;
const CARD_RADIUS = 28;

const alphaHex = (alpha: number): string =>
	Math.round(alpha * 255)
		.toString(16)
		.padStart(2, '0');

/** The theme's background laid over the picture, so white captions keep their contrast on any picture. */
const Scrim: React.FC<{ theme: Theme }> = ({ theme }) => (
	<AbsoluteFill
		style={{
			background: `linear-gradient(180deg, ${SCRIM_STOPS.map(([at, alpha]) => `${theme.background}${alphaHex(alpha)} ${at * 100}%`).join(', ')})`,
		}}
	/>
);

/**
 * The picture or the b-roll itself, pushed in slowly towards its focus. B-roll plays from `start`
 * and loops; its own sound stays out unless `muted` is false, and then it is mixed like the music.
 */
const Media: React.FC<{
	visual: Visual;
	file: ResolvedVisual;
	fit: 'cover' | 'contain';
	durationInFrames: number;
	audio: { speech: Interval[]; settings: AudioSettings | undefined; offsetFrames: number; clipFrames: number };
}> = ({ visual, file, fit, durationInFrames, audio }) => {
	const frame = useCurrentFrame();
	const { fps } = useVideoConfig();
	const focus = focusOf(visual);
	const style: React.CSSProperties = {
		width: '100%',
		height: '100%',
		objectFit: 'cover',
		objectPosition: `${focus.x * 100}% ${focus.y * 100}%`,
		transform: `scale(${pushInScale(fit, frame / durationInFrames)})`,
		transformOrigin: `${focus.x * 100}% ${focus.y * 100}%`,
	};
	if (file.kind === 'image') {
		return <Img src={staticFile(file.src)} style={style} />;
	}
	const start = visual.start ?? 0;
	const loop = brollLoopFrames(file.durationMs ?? 0, start, fps);
	const passes = Math.ceil(durationInFrames / loop);
	const muted = visual.muted ?? true;
	return (
		<AbsoluteFill style={{ transform: style.transform, transformOrigin: style.transformOrigin }}>
			{Array.from({ length: passes }, (_, pass) => (
				<Sequence key={pass} name={`B-roll ${pass + 1}/${passes}`} from={pass * loop} durationInFrames={loop} layout="none">
					<OffthreadVideo
						src={staticFile(file.src)}
						trimBefore={Math.round(start * fps)}
						muted={muted}
						volume={(f) =>
							musicGain({
								timeMs: ((audio.offsetFrames + pass * loop + f) / fps) * 1000,
								durationMs: (audio.clipFrames / fps) * 1000,
								volume: 1,
								settings: audio.settings,
								speech: audio.speech,
							})
						}
						style={{ ...style, transform: undefined }}
					/>
				</Sequence>
			))}
		</AbsoluteFill>
	);
};

const Credit: React.FC<{ text: string; theme: Theme; style: React.CSSProperties }> = ({ text, theme, style }) => (
	<div
		style={{
			position: 'absolute',
			fontFamily: FONT_FAMILY,
			fontWeight: WEIGHTS.semiBold,
			fontSize: CREDIT_FONT_SIZE,
			color: theme.text,
			opacity: 0.85,
			textShadow: `0 1px 4px ${theme.background}`,
			whiteSpace: 'pre',
			...style,
		}}
	>
		{text}
	</div>
);

type VisualProps = {
	visual: Visual;
	file: ResolvedVisual;
	theme: Theme;
	durationInFrames: number;
	audio: { speech: Interval[]; settings: AudioSettings | undefined; offsetFrames: number; clipFrames: number };
};

/** Full-bleed behind a scrim, from the first frame (the Shorts thumbnail) to the outro; the credit sits at the safe zone's foot. */
export const CoverVisual: React.FC<VisualProps & { safe: Rect }> = ({ visual, file, theme, durationInFrames, audio, safe }) => {
	const { leave } = useEntrance(durationInFrames);
	return (
		<AbsoluteFill style={{ opacity: 1 - leave }}>
			<Media visual={visual} file={file} fit="cover" durationInFrames={durationInFrames} audio={audio} />
			<Scrim theme={theme} />
			{visual.credit ? <Credit text={visual.credit} theme={theme} style={{ left: safe.x + 24, top: safe.y + safe.height - CREDIT_FONT_SIZE * 2 }} /> : null}
		</AbsoluteFill>
	);
};

/** The whole picture on a card in the middle band, with the credit under it. */
export const CardVisual: React.FC<VisualProps & { band: Rect }> = ({ visual, file, theme, durationInFrames, audio, band }) => {
	const { enter, leave } = useEntrance(durationInFrames);
	const creditRoom = visual.credit ? CREDIT_FONT_SIZE * 1.6 : 0;
	const card = containRect(file, { ...band, height: band.height - creditRoom });
	return (
		<AbsoluteFill
			style={{
				opacity: enter * (1 - leave),
				transform: `scale(${0.96 + 0.04 * enter})`,
				transformOrigin: `${card.x + card.width / 2}px ${card.y + card.height / 2}px`,
			}}
		>
			<div
				style={{
					position: 'absolute',
					left: card.x,
					top: card.y,
					width: card.width,
					height: card.height,
					borderRadius: CARD_RADIUS,
					overflow: 'hidden',
					boxShadow: `0 12px 40px ${theme.background}`,
				}}
			>
				<Media visual={visual} file={file} fit="contain" durationInFrames={durationInFrames} audio={audio} />
			</div>
			{visual.credit ? (
				<Credit
					text={visual.credit}
					theme={theme}
					style={{ left: card.x, top: card.y + card.height + CREDIT_FONT_SIZE * 0.4, width: card.width, textAlign: 'right', color: theme.mutedText }}
				/>
			) : null}
		</AbsoluteFill>
	);
};
