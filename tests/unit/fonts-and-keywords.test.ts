import { describe, expect, test } from 'vitest';
import { isKeyword, keywordParts } from '../../src/captions/keywords';
import { hasEmoji } from '../../src/fonts/emoji';

describe('which texts need the emoji font', () => {
  test('Korean, Latin, digits and punctuation need none', () => {
    expect(hasEmoji('구글이 GPT-4를 8개월 만에 따라잡았다? #1 © ™ → ★')).toBe(false);
  });

  test('emoji by default, text symbols asking for the emoji form, flags and keycaps do', () => {
    expect(hasEmoji('대박 🚀')).toBe(true);
    expect(hasEmoji('사랑해요 ❤️')).toBe(true);
    expect(hasEmoji('🇰🇷')).toBe(true);
    expect(hasEmoji('1️⃣ 첫째')).toBe(true);
    expect(hasEmoji('👩‍💻 개발자')).toBe(true);
  });

  test('a heart without the emoji selector stays text', () => {
    expect(hasEmoji('사랑 ❤')).toBe(false);
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
