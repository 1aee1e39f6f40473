import { type Caption, createTikTokStyleCaptions, type TikTokToken } from '@remotion/captions';
import { type CaptionPage, pageText } from './paging';

export const READING = {
	/** Korean subtitle rule: never faster than 12 characters a second. */
	maxCharsPerSecond: 12,
	/** We aim a little slower than the limit: captions here are read, not listened to. */
	targetCharsPerSecond: 10,
	/** A page shorter than this flashes by. */
	minPageMs: 1000,
	/** A page longer than this looks frozen. */
	maxPageMs: 7000,
} as const;

/** Characters a viewer reads: everything but whitespace, counted by code point. */
export const readingChars = (text: string): number => Array.from(text.replace(/\s+/gu, '')).length;

export const pageDurationMs = (page: CaptionPage): number => {
	const ms = (readingChars(pageText(page)) / READING.targetCharsPerSecond) * 1000;
	return Math.round(Math.min(READING.maxPageMs, Math.max(READING.minPageMs, ms)));
};

/**
 * One Caption per word, each word's time proportional to its length. Every word starts with a
 * space: createTikTokStyleCaptions only opens a page at a token that does, and `pageBreakAfter`
 * ends each of our measured pages exactly where the paging put it.
 */
export const pagesToCaptions = (pages: CaptionPage[], startMs = 0): Caption[] => {
	const captions: Caption[] = [];
	let pageStart = startMs;
	for (const page of pages) {
		const duration = pageDurationMs(page);
		const words = page.lines.flat();
		// +1 so short particles and numbers still get a visible moment of highlight.
		const weights = words.map((w) => readingChars(w) + 1);
		const total = weights.reduce((a, b) => a + b, 0);
		let elapsed = 0;
		words.forEach((word, i) => {
			const from = pageStart + Math.round((elapsed / total) * duration);
			elapsed += weights[i];
			const to = pageStart + Math.round((elapsed / total) * duration);
			captions.push({
				text: ` ${word}`,
				startMs: from,
				endMs: to,
				timestampMs: Math.round((from + to) / 2),
				confidence: null,
				...(i === words.length - 1 ? { pageBreakAfter: true } : {}),
			});
		});
		pageStart += duration;
	}
	return captions;
};

export type TimedPage = CaptionPage & {
	startMs: number;
	durationMs: number;
	/** The page's tokens, split into its lines. */
	tokenLines: TikTokToken[][];
};

export const timePages = (pages: CaptionPage[], startMs = 0): TimedPage[] => {
	const { pages: tiktok } = createTikTokStyleCaptions({
		captions: pagesToCaptions(pages, startMs),
		// Pages are already measured: only our pageBreakAfter marks may start a new one.
		combineTokensWithinMilliseconds: Number.POSITIVE_INFINITY,
	});
	if (tiktok.length !== pages.length) {
		throw new Error(`Expected ${pages.length} caption pages, got ${tiktok.length}`);
	}
	return pages.map((page, i) => {
		const tokens = tiktok[i].tokens;
		let offset = 0;
		const tokenLines = page.lines.map((line) => {
			const slice = tokens.slice(offset, offset + line.length);
			offset += line.length;
			return slice;
		});
		return { ...page, startMs: tiktok[i].startMs, durationMs: tiktok[i].durationMs, tokenLines };
	});
};

export const totalDurationMs = (pages: TimedPage[]): number =>
	pages.length === 0 ? 0 : pages[pages.length - 1].startMs + pages[pages.length - 1].durationMs - pages[0].startMs;
