/**
 * A headline fitted to one place in a layout (the hook, the recap, the cover), or an error that
 * gives the real limit: the lines, their width and the minimum size.
 */
import { MAX_HEADLINE_CHARS } from '../schema';
import { type FittedText, fitLines } from './fit-lines';

/** The longest Korean word MAX_HEADLINE_CHARS is sized for: 7 syllables, as in 마이크로소프트 or 인공지능모델이. */
const HEADLINE_MAX_WORD_SYLLABLES = 7;

export const fitHeadline = ({
	field,
	place,
	...fit
}: Parameters<typeof fitLines>[0] & {
	/** The headline's path in the props, for the message. */
	field: string;
	/** Where it goes, for the message: "the hook on YouTube Shorts". */
	place: string;
}): FittedText => {
	const fitted = fitLines(fit);
	if (fitted) {
		return fitted;
	}
	throw new Error(
		`${field}: too long to fit ${place} in ${fit.maxLines} lines of ${fit.maxWidth} px at the minimum size of ${fit.minFontSize} px ("${fit.text}"). A headline of up to ${MAX_HEADLINE_CHARS} characters fits when none of its words is longer than ${HEADLINE_MAX_WORD_SYLLABLES} syllables: shorten it or its longest words.`,
	);
};
