import { describe, expect, test } from 'vitest';
import { planRecap, recapCaption, recapHeadlineWidth } from '../../src/layout/recap-plan';
import { captionLineWidth } from '../../src/layout/caption-pages';
import { RECAP, TIMELINE, TYPE } from '../../src/design/tokens';
import { LAYOUT_IDS, LAYOUTS } from '../../src/platforms';
import { type Issue, MAX_POINT_CHARS, MAX_TAKEAWAYS } from '../../src/schema';
import { EXAMPLE_ISSUE } from '../helpers/example';
import { fakeMeasureAt, fakeMeasurers } from '../helpers/fake-measure';

const captionOf = (segment: ReturnType<typeof planRecap>['segments'][number]): string =>
  segment.pages
    .flatMap((page) => page.lines.flat())
    .map((word) => word.replace('…', ''))
    .join(' ');

describe('the recap caption', () => {
  // Stand-ins for points: the page count a point takes is given, its length is its own.
  const pagesByPoint: Record<string, number> = {
    'fits two': 2,
    'fits three': 3,
    'fits one': 1,
    'fits one too': 1,
    'five pages, and long': 5,
    'four pages, longer': 4,
  };
  const pageCount = (point: string) => pagesByPoint[point];
  const takeaway = (points: string[]) => ({ headline: '헤드라인', points });

  test('is the first point when it fits two pages', () => {
    expect(recapCaption(takeaway(['fits two', 'fits one']), pageCount)).toBe('fits two');
  });

  test('else the first point that fits one page', () => {
    expect(recapCaption(takeaway(['fits three', 'fits two', 'fits one', 'fits one too']), pageCount)).toBe('fits one');
  });

  test('else the point with the fewest characters to read', () => {
    expect(recapCaption(takeaway(['five pages, and long', 'fits three', 'four pages, longer']), pageCount)).toBe(
      'fits three',
    );
  });

  test('in the plan, a first point too long for two pages gives way to one that fits one', () => {
    const issue = structuredClone(EXAMPLE_ISSUE);
    const long =
      '이 문장은 요약 화면에 넣기에는 너무 길어서 두 쪽에 다 들어가지 않고 세 쪽이나 그 이상으로 넘어가 버리는 아주 긴 첫 번째 요점입니다.';
    issue.takeaways[0].points = [long, '짧은 두 번째 요점입니다.'];
    const plan = planRecap({ issue, platform: 'shorts' }, fakeMeasurers);
    expect(plan.segments[0].pages).toHaveLength(1);
    expect(captionOf(plan.segments[0])).toBe('짧은 두 번째 요점입니다.');
  });
});

describe.each(LAYOUT_IDS)('the recap plan for %s', (platform) => {
  const plan = planRecap({ issue: EXAMPLE_ISSUE, platform }, fakeMeasurers);
  const fps = LAYOUTS[platform].fps;
  const textWidth = plan.safe.width - 2 * TYPE.inset;

  test('an intro, every takeaway back to back in order, then the outro', () => {
    expect(plan.introFrames).toBe(TIMELINE.hookSeconds * fps);
    expect(plan.outroFrames).toBe(TIMELINE.outroSeconds * fps);
    expect(plan.segments.map((s) => s.takeaway)).toEqual(EXAMPLE_ISSUE.takeaways.map((_, i) => i + 1));
    let start = plan.introFrames;
    for (const segment of plan.segments) {
      expect(segment.startFrame).toBe(start);
      expect(segment.holdFrames).toBeGreaterThanOrEqual((RECAP.minHoldMs / 1000) * fps);
      expect(segment.holdFrames).toBeLessThanOrEqual((RECAP.maxHoldMs / 1000) * fps);
      const last = segment.pages[segment.pages.length - 1];
      expect(segment.durationInFrames).toBe(
        segment.holdFrames + Math.ceil(((last.startMs + last.durationMs) / 1000) * fps),
      );
      start += segment.durationInFrames;
    }
    expect(plan.durationInFrames).toBe(start + plan.outroFrames);
    expect(plan.durationInFrames / fps).toBeLessThanOrEqual(LAYOUTS[platform].maxDurationSeconds);
  });

  test('every headline fits beside its number, every caption line inside the safe zone', () => {
    expect(plan.title.lines.length).toBeLessThanOrEqual(RECAP.titleMaxLines);
    for (const segment of plan.segments) {
      const { headline } = segment;
      expect(headline.lines.length).toBeLessThanOrEqual(RECAP.headlineMaxLines);
      expect(headline.fontSize).toBeGreaterThanOrEqual(RECAP.headlineMinFontSize);
      for (const line of headline.lines) {
        expect(fakeMeasureAt(line, headline.fontSize)).toBeLessThanOrEqual(recapHeadlineWidth(textWidth));
      }
      expect(segment.pages.length).toBeLessThanOrEqual(2);
      for (const page of segment.pages) {
        for (const line of page.lines) {
          expect(captionLineWidth(line.join(' '), segment.captionFontSize, fakeMeasureAt)).toBeLessThanOrEqual(
            textWidth,
          );
        }
      }
    }
  });
});

test("a recap over the platform's 180 s is an error naming the issue and its length, and what to shorten", () => {
  // Within the schema: ten takeaways, each with a long headline (the longest hold) and one point of
  // 160 characters in 10-syllable words, each alone on its line, so it takes 16 s to read.
  const headline = '가나다라마바사 가나다라마바사 가나다라마바사 가나다라마바';
  const point = '가나다라마바사아자차 '.repeat(15).slice(0, MAX_POINT_CHARS).trim();
  const issue: Issue = {
    ...structuredClone(EXAMPLE_ISSUE),
    takeaways: Array.from({ length: MAX_TAKEAWAYS }, () => ({ headline, points: [point] })),
  };
  expect(() => planRecap({ issue, platform: 'shorts' }, fakeMeasurers)).toThrowError(
    new RegExp(
      `^The recap of "${EXAMPLE_ISSUE.title}" is 18\\d\\.\\d s long, over the 180 s limit of YouTube Shorts\\. Shorten the takeaways' first points`,
    ),
  );
});
