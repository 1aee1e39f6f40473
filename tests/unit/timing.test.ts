import { createTikTokStyleCaptions } from '@remotion/captions';
import { describe, expect, test } from 'vitest';
import { pagePoints } from '../../src/captions/paging';
import {
  pageDurationMs,
  pagesToCaptions,
  READING,
  readingChars,
  timePages,
  totalDurationMs,
} from '../../src/captions/timing';
import { pageText } from '../../src/captions/paging';
import { captionLineWidth } from '../../src/layout/caption-pages';
import { planTakeawayClip } from '../../src/layout/takeaway-plan';
import { TYPE } from '../../src/design/tokens';
import { EXAMPLE_ISSUE, exampleProps } from '../helpers/example';
import { fakeMeasureAt, fakeMeasurers } from '../helpers/fake-measure';

const limits = {
  measure: (text: string) => captionLineWidth(text, TYPE.captionFontSize, fakeMeasureAt),
  maxLineWidth: 790,
  maxLineChars: 16,
  maxLines: 2,
};

const allPages = EXAMPLE_ISSUE.takeaways.map((t) => pagePoints(t.points, limits));

describe('caption timing', () => {
  test.each(allPages.map((pages, i) => [i + 1, pages] as const))(
    'takeaway %i stays within reading speed and page bounds',
    (_i, pages) => {
      for (const page of timePages(pages)) {
        expect(page.durationMs).toBeGreaterThanOrEqual(READING.minPageMs);
        expect(page.durationMs).toBeLessThanOrEqual(READING.maxPageMs);
        const cps = readingChars(pageText(page)) / (page.durationMs / 1000);
        expect(cps).toBeLessThanOrEqual(READING.maxCharsPerSecond);
      }
    },
  );

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

// Hand-computed, so a change to the reading speed or its bounds turns these red: characters are
// counted without spaces, a page lasts characters ÷ 10 a second, at least 1 s and at most 7 s.
describe('reading speed, pinned to lengths worked out by hand', () => {
  const page = (...lines: string[][]) => ({ lines, pointIndex: 0, continues: false });

  test.each([
    // 구글이 3 + 제미나이를 5 + 발표했습니다. 7 = 15 characters ÷ 10/s = 1.5 s
    ['a one-sentence page', page(['구글이', '제미나이를'], ['발표했습니다.']), 1500],
    // 이번 2 + 발표의 3 + 진짜 2 + 승자는 3 + 오픈소스 4 + 모델입니다. 6 = 20 ÷ 10/s = 2.0 s
    ['a full two-line page', page(['이번', '발표의', '진짜'], ['승자는', '오픈소스', '모델입니다.']), 2000],
    // 최고 2 + 모델의 3 + 80% 3 + 성능이면 4 + 일상에는 4 + 충분해집니다. 7 = 23 ÷ 10/s = 2.3 s
    [
      'digits and % count as characters',
      page(['최고', '모델의', '80%', '성능이면'], ['일상에는', '충분해집니다.']),
      2300,
    ],
    // GPT-4보다 7 + 낫다 2 = 9 ÷ 10/s = 0.9 s, under the 1 s floor: 1.0 s
    ['a short page is held for the floor', page(['GPT-4보다', '낫다']), 1000],
  ])('%s', (_name, p, ms) => {
    expect(pageDurationMs(p)).toBe(ms);
  });

  test('pages follow each other at those lengths', () => {
    // From 2.0 s: 1.5 s (15 characters), then 2.0 s (20 characters): starts at 2.0 and 3.5 s.
    const timed = timePages(
      [
        page(['구글이', '제미나이를'], ['발표했습니다.']),
        page(['이번', '발표의', '진짜'], ['승자는', '오픈소스', '모델입니다.']),
      ],
      2000,
    );
    expect(timed.map((p) => [p.startMs, p.durationMs])).toEqual([
      [2000, 1500],
      [3500, 2000],
    ]);
  });

  test("a typed takeaway's clip lasts hook + reading + outro, in frames", () => {
    const props = exampleProps();
    props.issue.takeaways[0] = {
      headline: '제미나이 출시',
      points: ['구글이 제미나이를 발표했습니다.', 'GPT-4보다 낫다'],
    };
    const plan = planTakeawayClip(props, fakeMeasurers);
    // Body: 1.5 s (15 characters) + 1.0 s (9 characters, held for the floor) = 2.5 s = 75 frames at 30 fps.
    expect(plan.bodyFrames).toBe(75);
    // Hook 2 s (60) + body 75 + outro 2 s (60) = 195 frames.
    expect(plan.durationInFrames).toBe(195);
  });
});
