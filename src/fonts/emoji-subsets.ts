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

const EMOJI_BY_DEFAULT = /\p{Emoji_Presentation}|\p{Regional_Indicator}/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
/** Variation selector 16: asks for the emoji form of a character that is text by default (❤️). */
const VS16 = '\uFE0F';

/** Characters drawn as emoji: emoji by default, or text symbols followed by VS16. © alone stays Pretendard's. */
export const emojiSubsetsFor = (text: string): EmojiSubset[] => {
	const chars = Array.from(text);
	const codePoints = chars
		.filter((ch, i) => EMOJI_BY_DEFAULT.test(ch) || (PICTOGRAPHIC.test(ch) && chars[i + 1] === VS16))
		.map((ch) => ch.codePointAt(0) as number);
	if (codePoints.length === 0) {
		return [];
	}
	return EMOJI_SUBSETS.filter((subset) => {
		const ranges = parseRange(subset.unicodeRange);
		return codePoints.some((cp) => ranges.some(([from, to]) => cp >= from && cp <= to));
	});
};
