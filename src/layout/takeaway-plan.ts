/**
 * Where everything of a TakeawayClip goes and when: sizes from the real font's measurements,
 * positions from the platform's safe zone, times from the text. Pure (the measure function is
 * passed in), so the Studio, the renderer and the unit tests all get the same plan.
 */
import { type Interval, speechIntervals } from '../audio/mix';
import type { Phrase } from '../captions/import';
import { type PagingLimits, pagePoints, WordTooWideError } from '../captions/paging';
import { type TimedPage, timePages, totalDurationMs } from '../captions/timing';
import { overlapWarnings, pagePhrases, shortPageWarnings, spreadOverVoice, timeVoicePages } from '../captions/voice-timing';
import { checkDuration, PLATFORMS, type PlatformPreset, type Rect, safeRect, secondsToFrames } from '../platforms';
import type { TakeawayClipProps } from '../schema';
import { fitHeadline } from './fit-headline';
import { type FittedText, fitLines, type MeasureAt } from './fit-lines';
import { type OutroText, outroText } from './outro-text';

export const TYPE = {
	/** Hook headline: as big as fits, never smaller than what still reads in a feed thumbnail. */
	hookMaxFontSize: 112,
	/** The captions' floor (large social type at 1080 wide): the hook, the thumbnail's text, never reads smaller than the captions after it. */
	hookMinFontSize: 56,
	/** Design rule: the hook is 2 to 3 lines. */
	hookMaxLines: 3,
	/** The headline stays small above the captions so late viewers know the topic. */
	topicMaxFontSize: 46,
	topicMinFontSize: 34,
	topicMaxLines: 2,
	/** Large social type that still gives about 11 Hangul a line on Shorts. */
	captionFontSize: 66,
	/** Design rule: captions at 1080 wide stay at 56 px or more; a long unbreakable word shrinks them to here at most. */
	captionMinFontSize: 56,
	captionLineHeight: 1.34,
	/** Room for the highlight pill around each word; part of the measured width. */
	captionWordPaddingEm: 0.16,
	captionMaxLines: 2,
	/** Netflix Korean rule, on top of the measured width. */
	captionMaxLineChars: 16,
	/** Space kept between text and the edge of the safe zone. */
	inset: 24,
	chipFontSize: 34,
	/** Below this the chip is no longer legible; longer names are cut by the schema's limit. */
	chipMinFontSize: 22,
	chipPaddingXEm: 0.6,
	chipGapEm: 0.5,
	outroNameFontSize: 72,
	outroFontSize: 44,
} as const;

export const TIMELINE = {
	/** Long enough to read a 3-line headline once; the first frame is the Shorts thumbnail. */
	hookSeconds: 2,
	/** A beat for the call to action and the handle. */
	outroSeconds: 2,
	/** Springs settle within this, under the design's 0.4 s. */
	entranceFrames: 11,
} as const;

/** A takeaway's voiceover as calculateMetadata found it: its length from the file, its timings from the captions file. */
export type ResolvedVoice = {
	/** Under assets/, as in the issue file. */
	src: string;
	durationMs: number;
	/** The captions file's phrases; null when the takeaway has no captions file. */
	phrases: Phrase[] | null;
	/** The captions file, for messages. */
	captionsFile: string | null;
};

export type TakeawayPlan = {
	platform: PlatformPreset;
	safe: Rect;
	hook: FittedText;
	topic: FittedText;
	pages: TimedPage[];
	position: string;
	chipFontSize: number;
	outro: OutroText;
	captionFontSize: number;
	captionWidth: number;
	hookFrames: number;
	bodyFrames: number;
	outroFrames: number;
	durationInFrames: number;
	voice: ResolvedVoice | null;
	/** Where the voice speaks, in clip time: the music ducks there. */
	speech: Interval[];
	/** Things the author should know that do not stop the render. */
	warnings: string[];
};

export type Measurers = {
	/** Headline weight (ExtraBold). */
	headline: MeasureAt;
	/** Caption weight (Bold). */
	caption: MeasureAt;
	/** Chip and small labels (SemiBold). */
	label: MeasureAt;
};

/** Largest chip size, up to TYPE.chipFontSize, at which name and position fit `maxWidth`. */
export const fitChip = (name: string, position: string, maxWidth: number, measure: Measurers): number => {
	const perPixel =
		measure.label(name, 1) + measure.headline(position, 1) + 2 * TYPE.chipPaddingXEm + TYPE.chipGapEm;
	return Math.max(TYPE.chipMinFontSize, Math.min(TYPE.chipFontSize, Math.floor(maxWidth / perPixel)));
};

/** Caption line width as drawn: each word is its own padded box, with no space glyphs between. */
export const captionLineWidth = (line: string, fontSize: number, caption: MeasureAt): number =>
	line
		.split(' ')
		.filter(Boolean)
		.reduce((sum, word) => sum + caption(word, fontSize) + 2 * TYPE.captionWordPaddingEm * fontSize, 0);

/**
 * Pages at the largest caption size, from TYPE.captionFontSize down to TYPE.captionMinFontSize, at
 * which every word fits a line whole (Korean words never split). `where` names the text at fault.
 */
const fitCaptionPages = (
	width: number,
	caption: MeasureAt,
	page: (limits: PagingLimits) => TimedPage[],
	where: (error: WordTooWideError) => string,
): { fontSize: number; pages: TimedPage[] } => {
	let lastError: WordTooWideError | null = null;
	for (let fontSize = TYPE.captionFontSize; fontSize >= TYPE.captionMinFontSize; fontSize -= 2) {
		const limits: PagingLimits = {
			measure: (text) => captionLineWidth(text, fontSize, caption),
			maxLineWidth: width,
			maxLineChars: TYPE.captionMaxLineChars,
			maxLines: TYPE.captionMaxLines,
		};
		try {
			return { fontSize, pages: page(limits) };
		} catch (error) {
			if (!(error instanceof WordTooWideError)) {
				throw error;
			}
			lastError = error;
		}
	}
	const error = lastError as WordTooWideError;
	throw new Error(`${where(error)}: ${error.message} (measured at the minimum caption size of ${TYPE.captionMinFontSize} px)`);
};

/** The points paged and timed at reading speed. */
export const pageCaptions = (points: string[], width: number, caption: MeasureAt, field: string): { fontSize: number; pages: TimedPage[] } =>
	fitCaptionPages(width, caption, (limits) => timePages(pagePoints(points, limits)), (error) => `${field}.points[${error.pointIndex}]`);

/**
 * Pages timed by the voice: the captions file's phrases re-paged by our rules, or, without one, the
 * points spread over the voice's length (with a warning, since the highlight then only guesses).
 */
const pageVoice = (
	points: string[],
	voice: ResolvedVoice,
	width: number,
	caption: MeasureAt,
	field: string,
): { fontSize: number; pages: TimedPage[]; warnings: string[] } => {
	const { phrases } = voice;
	if (!phrases) {
		const fitted = fitCaptionPages(
			width,
			caption,
			(limits) => {
				const pages = pagePoints(points, limits);
				return timeVoicePages(pages, spreadOverVoice(pages, voice.durationMs), voice.durationMs);
			},
			(error) => `${field}.points[${error.pointIndex}]`,
		);
		return {
			...fitted,
			warnings: [
				`${field}: no captions file, so the points are spread over the voiceover's ${(voice.durationMs / 1000).toFixed(1)} s; the highlight follows the text, not the voice. Add \`captions\` (an .srt or Whisper-style .json) for word timing.`,
			],
		};
	}
	const fitted = fitCaptionPages(
		width,
		caption,
		(limits) => {
			const { pages, times } = pagePhrases(phrases, limits);
			return timeVoicePages(pages, times, voice.durationMs);
		},
		(error) => `${field}.captions (${voice.captionsFile}) ${phrases[error.pointIndex].source}`,
	);
	const where = `${field}.captions (${voice.captionsFile})`;
	return { ...fitted, warnings: [...overlapWarnings(phrases, where), ...shortPageWarnings(fitted.pages, where)] };
};

export const planTakeawayClip = (
	{ issue, takeaway, platform }: Pick<TakeawayClipProps, 'issue' | 'takeaway' | 'platform'>,
	measure: Measurers,
	voice: ResolvedVoice | null = null,
): TakeawayPlan => {
	const preset = PLATFORMS[platform];
	const safe = safeRect(preset);
	const field = `issue.takeaways[${takeaway - 1}]`;
	const item = issue.takeaways[takeaway - 1];
	const textWidth = safe.width - 2 * TYPE.inset;

	const hook = fitHeadline({
		field: `${field}.headline`,
		place: `the hook on ${preset.label}`,
		text: item.headline,
		measure: measure.headline,
		maxWidth: textWidth,
		maxLines: TYPE.hookMaxLines,
		maxFontSize: TYPE.hookMaxFontSize,
		minFontSize: TYPE.hookMinFontSize,
	});
	const topic =
		fitLines({
			text: item.headline,
			measure: measure.headline,
			maxWidth: textWidth,
			maxLines: TYPE.topicMaxLines,
			maxFontSize: TYPE.topicMaxFontSize,
			minFontSize: TYPE.topicMinFontSize,
		}) ?? hook;

	const pages = voice
		? pageVoice(item.points, voice, textWidth, measure.caption, field)
		: { ...pageCaptions(item.points, textWidth, measure.caption, field), warnings: [] };

	const position = `${takeaway}/${issue.takeaways.length}`;
	const chipFontSize = fitChip(issue.newsletter.name, position, textWidth, measure);

	const fps = preset.fps;
	const hookFrames = secondsToFrames(TIMELINE.hookSeconds, fps);
	// With a voice the body lasts exactly as long as the voice; without, as long as reading takes.
	const bodyFrames = secondsToFrames((voice ? voice.durationMs : totalDurationMs(pages.pages)) / 1000, fps);
	const outroFrames = secondsToFrames(TIMELINE.outroSeconds, fps);
	const durationInFrames = hookFrames + bodyFrames + outroFrames;
	checkDuration({
		platform: preset,
		durationInFrames,
		label: `Takeaway ${takeaway} ("${item.headline}")`,
		...(voice ? { advice: `Its voiceover assets/${voice.src} is ${(voice.durationMs / 1000).toFixed(1)} s: record it shorter or split the takeaway.` } : {}),
	});
	return {
		platform: preset,
		safe,
		hook,
		topic,
		pages: pages.pages,
		position,
		chipFontSize,
		outro: outroText(issue, textWidth, measure, { name: TYPE.outroNameFontSize, line: TYPE.outroFontSize }),
		captionFontSize: pages.fontSize,
		captionWidth: textWidth,
		hookFrames,
		bodyFrames,
		outroFrames,
		durationInFrames,
		voice,
		speech: voice
			? voice.phrases
				? speechIntervals(voice.phrases.flatMap((p) => p.words), (hookFrames / fps) * 1000)
				: [{ startMs: (hookFrames / fps) * 1000, endMs: (hookFrames / fps) * 1000 + voice.durationMs }]
			: [],
		warnings: pages.warnings,
	};
};
