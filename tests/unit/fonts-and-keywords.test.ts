import { describe, expect, test } from 'vitest';
import { isKeyword, keywordParts } from '../../src/captions/keywords';
import { EMOJI_SUBSETS, emojiSubsetsFor } from '../../src/fonts/emoji-subsets';

describe('emoji font subsets', () => {
	test('the package lists its 11 subsets', () => {
		expect(EMOJI_SUBSETS.map((s) => s.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
	});

	test('Korean, Latin, digits and punctuation need no emoji font', () => {
		expect(emojiSubsetsFor('구글이 GPT-4를 8개월 만에 따라잡았다? #1 ©')).toEqual([]);
	});

	test('an emoji loads only the subsets that hold it', () => {
		const subsets = emojiSubsetsFor('대박 🚀');
		expect(subsets.length).toBeGreaterThan(0);
		expect(subsets.length).toBeLessThan(3);
		expect(subsets.some((s) => /1f680-1f6a2/.test(s.unicodeRange))).toBe(true);
		expect(emojiSubsetsFor('사랑해요 ❤️').length).toBeGreaterThan(0);
		expect(emojiSubsetsFor('🇰🇷').map((s) => s.index)).toContain(0);
	});
});

describe('keywords', () => {
	const parts = keywordParts(['GPT-4', 'Gemini Nano', ' 8개월 ']);

	test('match a word carrying particles, ignoring case', () => {
		expect(isKeyword('GPT-4보다', parts)).toBe(true);
		expect(isKeyword('gpt-4', parts)).toBe(true);
		expect(isKeyword('8개월', parts)).toBe(true);
		expect(isKeyword('Nano는', parts)).toBe(true);
		expect(isKeyword('구글이', parts)).toBe(false);
	});

	test('no keywords, no emphasis', () => {
		expect(isKeyword('GPT-4', keywordParts(undefined))).toBe(false);
	});
});
