import { createTikTokStyleCaptions } from '@remotion/captions';
import { describe, expect, test } from 'vitest';
import { pagePoints } from '../../src/captions/paging';
import { pageDurationMs, pagesToCaptions, READING, readingChars, timePages, totalDurationMs } from '../../src/captions/timing';
import { pageText } from '../../src/captions/paging';
import { captionLineWidth } from '../../src/layout/caption-pages';
import { TYPE } from '../../src/layout/type-scale';
import { EXAMPLE_ISSUE } from '../helpers/example';
import { fakeMeasureAt } from '../helpers/fake-measure';

const limits = {
	measure: (text: string) => captionLineWidth(text, TYPE.captionFontSize, fakeMeasureAt),
	maxLineWidth: 790,
	maxLineChars: 16,
	maxLines: 2,
};

const allPages = EXAMPLE_ISSUE.takeaways.map((t) => pagePoints(t.points, limits));

describe('caption timing', () => {
	test.each(allPages.map((pages, i) => [i + 1, pages] as const))('takeaway %i stays within reading speed and page bounds', (_i, pages) => {
		for (const page of timePages(pages)) {
			expect(page.durationMs).toBeGreaterThanOrEqual(READING.minPageMs);
			expect(page.durationMs).toBeLessThanOrEqual(READING.maxPageMs);
			const cps = readingChars(pageText(page)) / (page.durationMs / 1000);
			expect(cps).toBeLessThanOrEqual(READING.maxCharsPerSecond);
		}
	});

	test('a one-word page still lasts the minimum, a huge one the maximum', () => {
		expect(pageDurationMs({ lines: [['네']], pointIndex: 0, continues: false })).toBe(1000);
		expect(pageDurationMs({ lines: [['가'.repeat(200)]], pointIndex: 0, continues: false })).toBe(7000);
	});

	test('every word is a Caption starting with a space, so @remotion/captions may open a page there', () => {
		const captions = pagesToCaptions(allPages[0]);
		expect(captions.every((c) => c.text.startsWith(' ') && c.text.trim().length > 0)).toBe(true);
		expect(captions.filter((c) => c.pageBreakAfter)).toHaveLength(allPages[0].length);
	});

	test('words follow each other without gaps and fill each page exactly', () => {
		const timed = timePages(allPages[1], 2000);
		expect(timed[0].startMs).toBe(2000);
		for (const page of timed) {
			const tokens = page.tokenLines.flat();
			expect(tokens[0].fromMs).toBe(page.startMs);
			expect(tokens.at(-1)?.toMs).toBe(page.startMs + page.durationMs);
			tokens.slice(1).forEach((t, i) => expect(t.fromMs).toBe(tokens[i].toMs));
			expect(page.tokenLines.map((l) => l.length)).toEqual(page.lines.map((l) => l.length));
		}
		expect(totalDurationMs(timed)).toBe(allPages[1].reduce((s, p) => s + pageDurationMs(p), 0));
	});

	test('longer words are highlighted longer', () => {
		const [page] = timePages([{ lines: [['데이터가', '중요한'], ['자산입니다.']], pointIndex: 0, continues: false }]);
		const [a, b, c] = page.tokenLines.flat().map((t) => t.toMs - t.fromMs);
		expect(c).toBeGreaterThan(b);
		expect(a).toBeGreaterThan(b);
	});

	test('matches what createTikTokStyleCaptions makes of the same captions', () => {
		const { pages } = createTikTokStyleCaptions({
			captions: pagesToCaptions(allPages[2]),
			combineTokensWithinMilliseconds: Number.POSITIVE_INFINITY,
		});
		expect(pages.map((p) => p.text.replace(/\s+/g, ' '))).toEqual(allPages[2].map(pageText));
	});
});
