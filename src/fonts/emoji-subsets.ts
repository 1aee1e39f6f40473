/**
 * Which of Noto Color Emoji's 11 subset files a text needs. Loading all of them costs every render
 * tab about 24 MB of font data, and most clips have no emoji at all. Pure: no React, no Node.
 */
import unicodeRanges from '@fontsource/noto-color-emoji/unicode.json';

export type EmojiSubset = { index: number; unicodeRange: string };

const parseRange = (range: string): Array<[number, number]> =>
	range.split(',').map((part) => {
		const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
		return [parseInt(from, 16), parseInt(to ?? from, 16)];
	});

export const EMOJI_SUBSETS: EmojiSubset[] = Object.entries(unicodeRanges as Record<string, string>).map(
	([key, unicodeRange]) => ({ index: Number(key.replace(/\D/g, '')), unicodeRange }),
);

// Joiners, variation selectors and keycap parts are in many subsets; they alone need no emoji font.
const PICTOGRAPHIC = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

export const emojiSubsetsFor = (text: string): EmojiSubset[] => {
	const codePoints = Array.from(text)
		.filter((ch) => PICTOGRAPHIC.test(ch))
		.map((ch) => ch.codePointAt(0) as number);
	if (codePoints.length === 0) {
		return [];
	}
	return EMOJI_SUBSETS.filter((subset) => {
		const ranges = parseRange(subset.unicodeRange);
		return codePoints.some((cp) => ranges.some(([from, to]) => cp >= from && cp <= to));
	});
};
