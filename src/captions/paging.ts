import { balancedLines, CONTINUATION, greedyLines, type LineLimits, overwideWords, tokenize } from './layout';

export type PagingLimits = LineLimits & {
	/** Korean subtitle rule: at most 2 lines a page. */
	maxLines: number;
};

export type CaptionPage = {
	/** Words of each line; the last word of a continued page carries the `…`. */
	lines: string[][];
	/** Index of the point (sentence) the page belongs to. */
	pointIndex: number;
	/** The sentence goes on on the next page. */
	continues: boolean;
};

export class WordTooWideError extends Error {
	constructor(
		public readonly pointIndex: number,
		public readonly words: string[],
	) {
		super(
			`point ${pointIndex + 1} has ${words.length === 1 ? 'a word' : 'words'} too wide for a caption line: ${words.map((w) => `"${w}"`).join(', ')}. Add a space or shorten it.`,
		);
	}
}

const withContinuation = (words: string[]): string[] =>
	words.map((w, i) => (i === words.length - 1 ? w + CONTINUATION : w));

const fitsPage = (words: string[], limits: PagingLimits): boolean =>
	greedyLines(words, limits).length <= limits.maxLines;

/**
 * Splits one sentence into pages of at most `maxLines` lines. A page that does not finish the
 * sentence ends with `…`, whose width is counted when deciding what fits.
 */
export const pageSentence = (
	sentence: string,
	pointIndex: number,
	limits: PagingLimits,
): CaptionPage[] => {
	const tooWide = overwideWords(sentence, limits);
	if (tooWide.length > 0) {
		throw new WordTooWideError(pointIndex, tooWide);
	}
	const pages: CaptionPage[] = [];
	let rest = tokenize(sentence);
	while (rest.length > 0) {
		if (fitsPage(rest, limits)) {
			pages.push({ lines: balancedLines(rest, limits), pointIndex, continues: false });
			break;
		}
		let take = 1;
		while (take + 1 < rest.length && fitsPage(withContinuation(rest.slice(0, take + 1)), limits)) {
			take++;
		}
		const words = withContinuation(rest.slice(0, take));
		pages.push({ lines: balancedLines(words, limits), pointIndex, continues: true });
		rest = rest.slice(take);
	}
	return pages;
};

export const pagePoints = (points: string[], limits: PagingLimits): CaptionPage[] =>
	points.flatMap((point, i) => pageSentence(point, i, limits));

export const pageText = (page: CaptionPage): string =>
	page.lines.map((line) => line.join(' ')).join(' ');
