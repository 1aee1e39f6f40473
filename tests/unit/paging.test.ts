import { describe, expect, test } from 'vitest';
import { balancedLines, CONTINUATION, displayLength, tokenize } from '../../src/captions/layout';
import { type PagingLimits, pagePoints, pageSentence, WordTooWideError } from '../../src/captions/paging';
import { captionLineWidth } from '../../src/layout/caption-pages';
import { TYPE } from '../../src/design/tokens';
import { safeRect, PLATFORMS } from '../../src/platforms';
import { EXAMPLE_ISSUE } from '../helpers/example';
import { fakeMeasureAt } from '../helpers/fake-measure';

const limitsFor = (width: number): PagingLimits => ({
  measure: (text) => captionLineWidth(text, TYPE.captionFontSize, fakeMeasureAt),
  maxLineWidth: width,
  maxLineChars: TYPE.captionMaxLineChars,
  maxLines: TYPE.captionMaxLines,
});

const LONG =
  '결국 기술적 해자보다는 소비자경험과 자본력으로만 이루어진 좁은 해자만이 지금의 플레이어들을 구분해주고 있다는 생각인데 GPT-4와 300억원 그리고 구글/메타/애플 같은 토큰은 절대 쪼개지면 안 됩니다.';

const SENTENCES = [...EXAMPLE_ISSUE.takeaways.flatMap((t) => t.points), LONG];

describe.each([
  ['reels', safeRect(PLATFORMS.reels).width - 2 * TYPE.inset],
  ['shorts', safeRect(PLATFORMS.shorts).width - 2 * TYPE.inset],
  ['a narrow box', 600],
])('paging on %s', (_name, width) => {
  const limits = limitsFor(width);

  test.each(SENTENCES)('%s', (sentence) => {
    const pages = pageSentence(sentence, 0, limits);
    // Never breaks inside a word: the pages' words, less the continuation marks, are the sentence's words.
    const words = pages.flatMap((p) => p.lines.flat()).map((w) => (w.endsWith(CONTINUATION) ? w.slice(0, -1) : w));
    expect(words).toEqual(tokenize(sentence));
    pages.forEach((page, i) => {
      expect(page.lines.length).toBeGreaterThan(0);
      expect(page.lines.length).toBeLessThanOrEqual(2);
      for (const line of page.lines) {
        const text = line.join(' ');
        expect(limits.measure(text)).toBeLessThanOrEqual(width);
        expect(displayLength(text)).toBeLessThanOrEqual(16);
      }
      const last = page.lines.at(-1)?.at(-1) ?? '';
      const isLast = i === pages.length - 1;
      expect(page.continues).toBe(!isLast);
      expect(last.endsWith(CONTINUATION)).toBe(!isLast);
    });
  });
});

describe('paging rules', () => {
  const limits = limitsFor(safeRect(PLATFORMS.shorts).width - 2 * TYPE.inset);

  test('keeps tokens like GPT-4, 300억원 and 구글/메타/애플 whole', () => {
    const lines = pageSentence(LONG, 0, limits)
      .flatMap((p) => p.lines.flat())
      .map((w) => w.replace(CONTINUATION, ''));
    expect(lines).toContain('GPT-4와');
    expect(lines).toContain('300억원');
    expect(lines.some((w) => w.startsWith('구글/메타/애플'))).toBe(true);
  });

  test('balances a two-line page instead of leaving one word alone', () => {
    const [page] = pageSentence('기술적 해자가 생각보다 작다는 신호입니다.', 0, limits);
    expect(page.lines).toHaveLength(2);
    const [a, b] = page.lines.map((l) => limits.measure(l.join(' ')));
    expect(Math.abs(a - b)).toBeLessThan(limits.measure('생각보다'));
  });

  test('balances three or more lines too: the widest line is as narrow as the line count allows', () => {
    const measure = (t: string) => Array.from(t).length * 100;
    const lines = balancedLines('가장 중요한건 기술적 해자 moat이 좁다는 것'.split(' '), {
      measure,
      maxLineWidth: 900,
      maxLineChars: 99,
    });
    expect(lines).toEqual([['가장', '중요한건'], ['기술적', '해자'], ['moat이'], ['좁다는', '것']]);
    expect(lines.at(-1)).not.toEqual(['것']);
  });

  test('continues a long sentence with … (U+2026), never ...', () => {
    const pages = pageSentence(LONG, 0, limits);
    expect(pages.length).toBeGreaterThan(2);
    expect(pages.slice(0, -1).every((p) => p.lines.at(-1)?.at(-1)?.endsWith('\u2026'))).toBe(true);
    expect(pages.flatMap((p) => p.lines.flat()).some((w) => w.endsWith('...'))).toBe(false);
  });

  test('a word too wide for any line is an error naming the point', () => {
    expect(() => pagePoints(['짧은 문장', `${'가'.repeat(20)} 입니다`], limits)).toThrowError(WordTooWideError);
    expect(() => pagePoints(['짧은 문장', `${'가'.repeat(20)} 입니다`], limits)).toThrowError(
      /point 2 has a word too wide/,
    );
  });

  test('a sentence over two pages ends on an even page, not a lone word', () => {
    const pages = pageSentence('좋은 데이터를 골라내는 스타트업에 기회가 있습니다.', 0, limits);
    expect(pages).toHaveLength(2);
    expect(pages.every((p) => p.lines.flat().length >= 2)).toBe(true);
  });

  test('page indices follow the points', () => {
    const pages = pagePoints(EXAMPLE_ISSUE.takeaways[0].points, limits);
    expect(pages.map((p) => p.pointIndex)).toEqual([...pages.map((p) => p.pointIndex)].sort());
    expect(new Set(pages.map((p) => p.pointIndex)).size).toBe(EXAMPLE_ISSUE.takeaways[0].points.length);
  });

  test('counts Latin letters, spaces and punctuation as half a character', () => {
    expect(displayLength('가나다')).toBe(3);
    expect(displayLength('GPT-4')).toBe(2.5);
    expect(displayLength('AI 시대')).toBe(3.5);
  });
});
