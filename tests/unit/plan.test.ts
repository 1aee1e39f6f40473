import { describe, expect, test } from 'vitest';
import { captionLineWidth } from '../../src/layout/caption-pages';
import { planTakeawayClip } from '../../src/layout/takeaway-plan';
import { COVER, TIMELINE, TYPE } from '../../src/design/tokens';
import { planCover } from '../../src/layout/cover-plan';
import { LAYOUTS, LAYOUT_IDS } from '../../src/platforms';
import { spreadOverWords, totalDurationMs } from '../../src/captions/timing';
import { exampleProps } from '../helpers/example';
import { fakeMeasurers, fakeMeasureAt } from '../helpers/fake-measure';

describe('takeaway clip plan', () => {
  test.each(LAYOUT_IDS.flatMap((platform) => [1, 2, 3, 4, 5, 6].map((takeaway) => [platform, takeaway] as const)))(
    '%s takeaway %i: length from the text, every line inside the safe zone',
    (platform, takeaway) => {
      const plan = planTakeawayClip(exampleProps({ platform, takeaway }), fakeMeasurers);
      const fps = LAYOUTS[platform].fps;
      expect(plan.hookFrames).toBe(TIMELINE.hookSeconds * fps);
      expect(plan.outroFrames).toBe(TIMELINE.outroSeconds * fps);
      expect(plan.bodyFrames).toBe(Math.ceil((totalDurationMs(plan.pages) / 1000) * fps));
      expect(plan.durationInFrames).toBe(plan.hookFrames + plan.bodyFrames + plan.outroFrames);
      const width = plan.safe.width - 2 * TYPE.inset;
      expect(plan.captionWidth).toBe(width);
      expect(plan.hook.lines.length).toBeLessThanOrEqual(TYPE.hookMaxLines);
      expect(plan.hook.fontSize).toBeGreaterThanOrEqual(TYPE.hookMinFontSize);
      for (const line of plan.hook.lines) {
        expect(fakeMeasureAt(line, plan.hook.fontSize)).toBeLessThanOrEqual(width);
      }
      for (const page of plan.pages) {
        for (const line of page.lines) {
          expect(captionLineWidth(line.join(' '), plan.captionFontSize, fakeMeasureAt)).toBeLessThanOrEqual(width);
        }
      }
      expect(plan.position).toBe(`${takeaway}/6`);
    },
  );

  test('a headline too long for the hook at the minimum size names the field and the rule', () => {
    const props = exampleProps({ platform: 'shorts', takeaway: 2 });
    props.issue.takeaways[1].headline = '아주아주아주긴제목입니다 '.repeat(4).trim();
    expect(() => planTakeawayClip(props, fakeMeasurers)).toThrowError(
      /^issue\.takeaways\[1\]\.headline: too long to fit the hook on YouTube Shorts in 3 lines of 792 px at the minimum size of 56 px/,
    );
  });

  test('a headline too big for 3 lines at 72 px shrinks to fit instead of being refused', () => {
    const props = exampleProps({ platform: 'shorts', takeaway: 2 });
    props.issue.takeaways[1].headline = '가 가나다라마바 가나다라마바사 가 가나다라마바사 가나다라마바사';
    const plan = planTakeawayClip(props, fakeMeasurers);
    expect(plan.hook.fontSize).toBeLessThan(72);
    expect(plan.hook.fontSize).toBeGreaterThanOrEqual(TYPE.hookMinFontSize);
    expect(plan.hook.lines.length).toBeLessThanOrEqual(TYPE.hookMaxLines);
  });

  test.each([
    ['a URL', 'https://example.com/articles/12345'],
    ['Korean with no spaces', '띄어쓰기없이아주길게쓴한국어헤드라인입니다'],
  ])('a headline that is one word too wide for a line (%s) says so, with the word and the room', (_name, headline) => {
    const props = exampleProps({ platform: 'shorts', takeaway: 2 });
    props.issue.takeaways[1].headline = headline;
    expect(() => planTakeawayClip(props, fakeMeasurers)).toThrowError(
      new RegExp(
        `^issue\\.takeaways\\[1\\]\\.headline: a word is too wide to fit a line of the hook on YouTube Shorts: "${headline.replace(/[.]/g, '\\.')}" is \\d+ px at the minimum size of 56 px, and a line there holds at most 792 px \\(about \\d+ Korean characters\\)`,
      ),
    );
  });

  test('a word that fits no caption line at the minimum size names the point', () => {
    const props = exampleProps({ takeaway: 1 });
    props.issue.takeaways[0].points[1] = `이것은 ${'가'.repeat(18)}입니다`;
    expect(() => planTakeawayClip(props, fakeMeasurers)).toThrowError(
      /^issue\.takeaways\[0\]\.points\[1\]: .*too wide.*56 px/,
    );
  });

  test('a long unbreakable token shrinks the captions instead of splitting the word', () => {
    const props = exampleProps({ platform: 'shorts', takeaway: 3 });
    props.issue.takeaways[2].points[0] = '결국 구글/메타/애플/아마존만이 이깁니다.';
    const plan = planTakeawayClip(props, fakeMeasurers);
    expect(plan.captionFontSize).toBeLessThan(TYPE.captionFontSize);
    expect(plan.captionFontSize).toBeGreaterThanOrEqual(TYPE.captionMinFontSize);
    expect(plan.pages.flatMap((p) => p.lines.flat()).map((w) => w.replace('…', ''))).toContain(
      '구글/메타/애플/아마존만이',
    );
  });

  test('the outro shows the handle and link when the issue has them, shrinking a long URL to fit', () => {
    const props = exampleProps();
    props.issue.newsletter = {
      name: '주간 실리콘밸리',
      handle: '@weekly.sv',
      url: `https://example.com/${'a'.repeat(60)}`,
    };
    const plan = planTakeawayClip(props, fakeMeasurers);
    expect(plan.outro.links.map((l) => l.text)).toEqual(['@weekly.sv', `example.com/${'a'.repeat(60)}`]);
    for (const link of plan.outro.links) {
      expect(fakeMeasureAt(link.text, link.fontSize)).toBeLessThanOrEqual(plan.captionWidth);
    }
    expect(planTakeawayClip(exampleProps(), fakeMeasurers).outro.links).toEqual([]);
  });
});

describe('cover plan', () => {
  test('keeps the essential text inside the 4:5 feed crop', () => {
    const plan = planCover(exampleProps({ takeaway: 3 }), fakeMeasurers);
    expect(plan.box.y).toBeGreaterThanOrEqual(COVER.essential.top);
    expect(plan.box.y + plan.box.height).toBeLessThanOrEqual(COVER.essential.bottom);
    expect(plan.headline.lines.length).toBeLessThanOrEqual(COVER.headlineMaxLines);
    for (const line of plan.headline.lines) {
      expect(fakeMeasureAt(line, plan.headline.fontSize)).toBeLessThanOrEqual(plan.box.width);
    }
  });

  test('a Japanese headline, which has no spaces, is a word too wide for the cover, not a headline too long', () => {
    const props = exampleProps({ takeaway: 1 });
    props.issue.takeaways[0].headline = '日本語の見出しには単語の間に空白がないので一行に収まりません';
    expect(() => planCover(props, fakeMeasurers)).toThrowError(
      /^issue\.takeaways\[0\]\.headline: a word is too wide to fit a line of the cover: ".+" is \d+ px at the minimum size of 80 px, and a line there holds at most 900 px/,
    );
  });
});

describe('voiced takeaway plan', () => {
  const phrases = [
    {
      words: spreadOverWords(['이번', '발표의', '진짜', '승자는', '오픈소스', '모델입니다.'], 300, 4000),
      source: 'cue 1 (line 1)',
    },
    { words: spreadOverWords(['회사는', '구조가', '필요합니다.'], 4500, 8600), source: 'cue 2 (line 5)' },
  ];
  const voice = { src: 'examples/audio/v.wav', durationMs: 9000, phrases, captionsFile: 'assets/examples/audio/v.srt' };

  test.each(LAYOUT_IDS)('%s: the body lasts exactly as long as the voice, the pages follow its cues', (platform) => {
    const plan = planTakeawayClip(exampleProps({ platform, takeaway: 6 }), fakeMeasurers, voice);
    const fps = LAYOUTS[platform].fps;
    expect(plan.bodyFrames).toBe(Math.ceil(9 * fps));
    expect(plan.durationInFrames).toBe(plan.hookFrames + Math.ceil(9 * fps) + plan.outroFrames);
    expect(
      plan.pages.map((p) =>
        p.tokenLines
          .flat()
          .map((t) => t.text.trim())
          .join(' '),
      ),
    ).toEqual(['이번 발표의 진짜 승자는 오픈소스 모델입니다.', '회사는 구조가 필요합니다.']);
    expect(plan.pages[1].startMs).toBe(4500);
    // The music ducks where the words are, in clip time (after the hook).
    const hookMs = (plan.hookFrames / fps) * 1000;
    expect(plan.speech).toEqual([{ startMs: hookMs + 300, endMs: hookMs + 8600 }]);
    expect(plan.warnings).toEqual([]);
  });

  test('without a captions file the points are spread over the voice, with a warning', () => {
    const plan = planTakeawayClip(exampleProps({ platform: 'reels', takeaway: 6 }), fakeMeasurers, {
      ...voice,
      phrases: null,
      captionsFile: null,
    });
    expect(plan.bodyFrames).toBe(270);
    const last = plan.pages.at(-1)!;
    expect(last.startMs + last.durationMs).toBe(9000);
    expect(plan.warnings).toEqual([
      expect.stringMatching(
        /^issue\.takeaways\[5\]: no captions file, so the points are spread over the voiceover's 9\.0 s/,
      ),
    ]);
    expect(plan.speech).toEqual([{ startMs: 2000, endMs: 11_000 }]);
  });

  test('a cue word too wide for a line names the captions file and cue', () => {
    const wide = [{ words: [{ text: '가'.repeat(30), startMs: 0, endMs: 1000 }], source: 'cue 7 (line 25)' }];
    expect(() =>
      planTakeawayClip(exampleProps({ platform: 'shorts', takeaway: 6 }), fakeMeasurers, { ...voice, phrases: wide }),
    ).toThrowError(
      /^issue\.takeaways\[5\]\.captions \(assets\/examples\/audio\/v\.srt\) cue 7 \(line 25\): .*too wide/,
    );
  });

  test('a page the voice rushes through is a warning, not an error', () => {
    const fast = [
      { words: spreadOverWords(['하나', '둘'], 0, 300), source: 'cue 1 (line 1)' },
      { words: spreadOverWords(['셋'], 400, 2000), source: 'cue 2 (line 5)' },
    ];
    const plan = planTakeawayClip(exampleProps({ platform: 'reels', takeaway: 6 }), fakeMeasurers, {
      ...voice,
      durationMs: 2000,
      phrases: fast,
    });
    expect(plan.warnings).toEqual([expect.stringContaining('the caption page "하나 둘" is on screen for 0.40 s')]);
  });
});

test('a voiceover too long for the platform is an error naming it and its length', () => {
  const voice = { src: 'audio/long.wav', durationMs: 200_000, phrases: null, captionsFile: null };
  expect(() => planTakeawayClip(exampleProps({ platform: 'shorts', takeaway: 6 }), fakeMeasurers, voice)).toThrowError(
    /Takeaway 6 \("그래서 어쩌라고\?"\) is 204\.0 s long, over the 180 s limit of YouTube Shorts\. Its voiceover assets\/audio\/long\.wav is 200\.0 s: record it shorter/,
  );
});
