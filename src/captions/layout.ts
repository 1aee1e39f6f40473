/**
 * Line breaking for Korean text: break only at spaces, so a Korean word (eojeol) with its
 * particles, and tokens like `GPT-4` or `구글/메타/애플`, always stay whole. Pure: widths come from
 * a measure function (the real font in the browser, a stand-in in unit tests).
 */

/** Width in pixels of a piece of text set in one font at one size. */
export type Measure = (text: string) => number;

export type LineLimits = {
	measure: Measure;
	maxLineWidth: number;
	/** The Netflix Korean rule: 16 a line, Latin letters, spaces and punctuation counting half. */
	maxLineChars: number;
};

/** U+2026 marks a sentence that continues on the next page (not `...` or a dash). */
export const CONTINUATION = '…';

export const tokenize = (text: string): string[] => text.trim().split(/\s+/u).filter(Boolean);

const FULL_WIDTH = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Extended_Pictographic}\u3000-\u303f\uff00-\uffef]/u;

/** Characters by the subtitle rule: full-width (Hangul, CJK, emoji) count 1, everything else ½. */
export const displayLength = (text: string): number =>
	Array.from(text).reduce((sum, ch) => sum + (FULL_WIDTH.test(ch) ? 1 : 0.5), 0);

export const lineFits = (text: string, limits: LineLimits): boolean =>
	limits.measure(text) <= limits.maxLineWidth && displayLength(text) <= limits.maxLineChars;

/** Greedy fill: as many words on a line as fit. A word too wide for any line gets a line alone. */
export const greedyLines = (words: string[], limits: LineLimits): string[][] => {
	const lines: string[][] = [];
	let current: string[] = [];
	for (const word of words) {
		const candidate = [...current, word];
		if (current.length === 0 || lineFits(candidate.join(' '), limits)) {
			current = candidate;
		} else {
			lines.push(current);
			current = [word];
		}
	}
	if (current.length > 0) {
		lines.push(current);
	}
	return lines;
};

/**
 * The fewest lines the words need, then the break points that make the lines most even (so a
 * two-line page never ends on a lone word when a balanced split exists).
 */
export const balancedLines = (words: string[], limits: LineLimits): string[][] => {
	const greedy = greedyLines(words, limits);
	if (greedy.length !== 2) {
		return greedy;
	}
	let best = greedy;
	let bestWidest = Math.max(...greedy.map((l) => limits.measure(l.join(' '))));
	for (let split = 1; split < words.length; split++) {
		const first = words.slice(0, split).join(' ');
		const second = words.slice(split).join(' ');
		if (!lineFits(first, limits) || !lineFits(second, limits)) {
			continue;
		}
		const widest = Math.max(limits.measure(first), limits.measure(second));
		if (widest < bestWidest) {
			bestWidest = widest;
			best = [words.slice(0, split), words.slice(split)];
		}
	}
	return best;
};

/**
 * Words that cannot fit a line on their own. Any word but the sentence's last may have to end a
 * continued page, so it must fit with the continuation mark too.
 */
export const overwideWords = (text: string, limits: LineLimits): string[] => {
	const words = tokenize(text);
	return words.filter((word, i) => !lineFits(i === words.length - 1 ? word : word + CONTINUATION, limits));
};
