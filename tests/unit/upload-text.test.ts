import { describe, expect, test } from 'vitest';
import type { Issue } from '../../src/schema';
import {
  checkUploadText,
  recapSubject,
  reelsUpload,
  shortsUpload,
  tagsLength,
  takeawaySubject,
  toHashtag,
  UPLOAD_LIMITS,
  uploadTextProblems,
} from '../../src/upload/upload-text';
import { EXAMPLE_ISSUE } from '../helpers/example';

const allOk = (checks: Record<string, { ok: boolean }>) =>
  Object.entries(checks)
    .filter(([, c]) => !c.ok)
    .map(([k]) => k);

/** Every field at the schema's limit: the longest text the upload builders can be handed. */
const HUGE: Issue = {
  newsletter: {
    name: '가'.repeat(40),
    handle: '@a_very_long_handle_name_30chr',
    url: `https://example.com/${'p'.repeat(200)}`,
  },
  title: '<제목> '.repeat(16).trim().slice(0, 100),
  takeaways: Array.from({ length: 10 }, (_, t) => ({
    headline: `<${t}> ${'헤드라인이 아주 깁니다 '.repeat(5)}`.slice(0, 60).trim(),
    points: Array.from({ length: 6 }, (_, p) =>
      `${p}번째 문장은 최대 길이에 가깝게 아주 길게 씁니다 `.repeat(6).slice(0, 160).trim(),
    ),
    keywords: Array.from({ length: 12 }, (_, k) => `키워드 ${t}-${k} 입니다 아주 길게`.slice(0, 30)),
  })),
};

describe('upload text', () => {
  test('hashtags keep letters, digits and _ only', () => {
    expect(toHashtag('GPT-4')).toBe('#GPT4');
    expect(toHashtag('Gemini Nano')).toBe('#GeminiNano');
    expect(toHashtag('8개월')).toBe('#8개월');
    expect(toHashtag('—')).toBeNull();
  });

  test("the example issue: every takeaway and the recap within both platforms' limits", () => {
    const subjects = [
      ...EXAMPLE_ISSUE.takeaways.map((_, i) => takeawaySubject(EXAMPLE_ISSUE, i + 1)),
      recapSubject(EXAMPLE_ISSUE),
    ];
    for (const subject of subjects) {
      const reels = reelsUpload(EXAMPLE_ISSUE, subject);
      const shorts = shortsUpload(EXAMPLE_ISSUE, subject);
      expect(allOk(checkUploadText(reels))).toEqual([]);
      expect(allOk(checkUploadText(shorts))).toEqual([]);
      expect(reels.caption).toContain(subject.headline);
      expect(reels.caption).toContain(`주간 실리콘밸리 ${subject.position}`);
      expect(shorts.title.startsWith(subject.headline)).toBe(true);
    }
    const first = reelsUpload(EXAMPLE_ISSUE, takeawaySubject(EXAMPLE_ISSUE, 1));
    expect(first.caption).toContain('• 구글 제미나이가 텍스트 벤치마크에서 GPT-4를 앞섰습니다.');
    expect(first.hashtags).toEqual(['#GPT4', '#8개월', '#OpenAI', '#주간실리콘밸리', '#뉴스레터']);
    expect(reelsUpload(EXAMPLE_ISSUE, recapSubject(EXAMPLE_ISSUE)).caption).toContain(
      '1. 늦었지만 OpenAI를 뛰어넘었다\n2. ',
    );
  });

  test("a visual's credit goes with the post, as it is on screen", () => {
    const credit = '출처: 구글 제미나이 발표 (MMLU)';
    expect(EXAMPLE_ISSUE.takeaways[0].visual?.credit).toBe(credit);
    expect(reelsUpload(EXAMPLE_ISSUE, takeawaySubject(EXAMPLE_ISSUE, 1)).caption).toContain(
      `주간 실리콘밸리 1/6 · 구글 제미나이 출시를 바라보며\n${credit}`,
    );
    expect(shortsUpload(EXAMPLE_ISSUE, takeawaySubject(EXAMPLE_ISSUE, 1)).description).toContain(credit);
    expect(reelsUpload(EXAMPLE_ISSUE, takeawaySubject(EXAMPLE_ISSUE, 2)).caption).not.toContain('출처');
    expect(shortsUpload(EXAMPLE_ISSUE, recapSubject(EXAMPLE_ISSUE)).description).toContain(
      `${credit}\n영상: 주간 실리콘밸리`,
    );
  });

  test('very long headlines and many keywords stay within every limit by construction', () => {
    const subjects = [takeawaySubject(HUGE, 1), takeawaySubject(HUGE, 10), recapSubject(HUGE)];
    for (const subject of subjects) {
      const reels = reelsUpload(HUGE, subject);
      const shorts = shortsUpload(HUGE, subject);
      expect(allOk(checkUploadText(reels))).toEqual([]);
      expect(allOk(checkUploadText(shorts))).toEqual([]);
      expect(shorts.title).not.toMatch(/[<>]/);
      expect(shorts.title.length).toBeLessThanOrEqual(UPLOAD_LIMITS.shorts.titleChars);
      expect(new TextEncoder().encode(shorts.description).length).toBeLessThanOrEqual(
        UPLOAD_LIMITS.shorts.descriptionBytes,
      );
      expect(tagsLength(shorts.tags)).toBeLessThanOrEqual(UPLOAD_LIMITS.shorts.tagsChars);
      expect(reels.hashtags.length).toBeLessThanOrEqual(UPLOAD_LIMITS.reels.hashtags);
    }
    // The recap carries 120 keywords: hashtags stop at Instagram's 30.
    expect(reelsUpload(HUGE, recapSubject(HUGE)).hashtags).toHaveLength(30);
  });

  test('the checks catch what is over a limit', () => {
    expect(
      allOk(
        checkUploadText({
          platform: 'shorts',
          title: 'a<b>',
          description: '가'.repeat(1700),
          tags: ['x'.repeat(501)],
          containsSyntheticMedia: false,
        }),
      ),
    ).toEqual(['titleAngleBrackets', 'descriptionBytes', 'tagsChars']);
    expect(allOk(checkUploadText({ platform: 'reels', caption: `${'#a '.repeat(31)}`, hashtags: [] }))).toEqual([
      'hashtags',
    ]);
  });

  test('tags with a space count the quotes YouTube adds', () => {
    expect(tagsLength(['GPT-4', 'Gemini Nano'])).toBe(5 + 13 + 1);
  });
});

describe('the limits an upload text would break, named by the fields that break them', () => {
  const problems = (issue: Issue, takeaway: number | null) =>
    (['reels', 'shorts'] as const).flatMap((platform) => {
      const subject = takeaway === null ? recapSubject(issue) : takeawaySubject(issue, takeaway);
      const upload = platform === 'reels' ? reelsUpload(issue, subject) : shortsUpload(issue, subject);
      return uploadTextProblems(upload, issue, takeaway);
    });

  test('none for the example issue, the recap or the longest issue the schema allows', () => {
    for (const issue of [EXAMPLE_ISSUE, HUGE]) {
      for (const takeaway of [...issue.takeaways.keys()].map((i) => i + 1)) {
        expect(problems(issue, takeaway)).toEqual([]);
      }
      expect(problems(issue, null)).toEqual([]);
    }
  });

  test('hashtags typed into the title, past Instagram 30 with the keywords', () => {
    const issue = structuredClone(EXAMPLE_ISSUE);
    issue.title = Array.from({ length: 17 }, (_, i) => `#${String.fromCharCode(97 + i)}`).join(' ');
    issue.takeaways[0].keywords = Array.from({ length: 12 }, (_, i) => `k${i + 1}`);
    expect(problems(issue, 1)).toEqual([
      "its Reels caption would carry 31 hashtags, where Instagram allows 30: the keywords and the newsletter's name make up to 30, and the issue's own text has hashtags: 17 in title",
    ]);
    // Takeaway 2 has its own keywords, fewer: the title's 17 fit with them.
    expect(problems(issue, 2)).toEqual([]);
  });

  test("a takeaway's points and credit, and the recap's headlines, are named where they are", () => {
    const issue = structuredClone(EXAMPLE_ISSUE);
    issue.takeaways[1].points[0] = Array.from({ length: 21 }, (_, i) => `@user${i}`).join(' ');
    const tags = (n: number) => Array.from({ length: n }, (_, k) => `#${String.fromCharCode(97 + k)}`).join(' ');
    issue.takeaways[2].headline = tags(20);
    issue.takeaways[2].visual = { src: 'examples/visuals/benchmark-chart.png', credit: tags(13) };
    expect(problems(issue, 2)).toEqual([
      'its Reels caption would carry 21 mentions, where Instagram allows 20: 21 in takeaways[1].points[0]',
    ]);
    expect(problems(issue, 3)[0]).toMatch(
      /hashtags: 20 in takeaways\[2\]\.headline, 13 in takeaways\[2\]\.visual\.credit$/,
    );
    expect(problems(issue, null)[0]).toMatch(
      /hashtags: 20 in takeaways\[2\]\.headline, 13 in takeaways\[2\]\.visual\.credit$/,
    );
  });
});
