import { describe, expect, test } from 'vitest';
import type { Issue } from '../../src/schema';
import { diffValues, planIssueSave, scopeChanges, unsavedPropEdits, withBrandEdits } from '../../src/studio/issue-edit';

const ISSUE: Issue = {
  newsletter: { name: '테스트 레터' },
  title: '짧은 테스트 호',
  takeaways: [
    { headline: '첫 번째 요점', points: ['GPT-4가 다시 앞섰습니다.'], keywords: ['GPT-4'] },
    { headline: '두 번째 요점', points: ['데이터가 가장 중요합니다.'] },
  ],
};

/** As `npm run extract` writes an issue file. */
const extracted = (issue: Issue) => `${JSON.stringify(issue, null, 2)}\n`;

/** As the example files are kept: Prettier's JSON, short objects on one line. */
const PRETTIER_TEXT = `{
  "newsletter": { "name": "테스트 레터" },
  "title": "짧은 테스트 호",
  "takeaways": [
    { "headline": "첫 번째 요점", "points": ["GPT-4가 다시 앞섰습니다."], "keywords": ["GPT-4"] },
    { "headline": "두 번째 요점", "points": ["데이터가 가장 중요합니다."] }
  ]
}
`;

const edit = (change: (issue: Issue) => void): Issue => {
  const copy = structuredClone(ISSUE);
  change(copy);
  return copy;
};

const plan = (edited: Issue, takeaway: number | null = 1, fileText = extracted(ISSUE)) =>
  planIssueSave({ file: 'issues/test.json', slug: 'test', fileText, base: ISSUE, edited, takeaway });

describe('diffValues', () => {
  test('names each changed leaf; a list of text changes whole', () => {
    const edited = edit((i) => {
      i.takeaways[0].headline = '새 제목';
      i.takeaways[0].points.push('둘째 문장');
    });
    expect(diffValues(ISSUE, edited)).toEqual([
      { path: ['takeaways', 0, 'headline'], value: '새 제목' },
      { path: ['takeaways', 0, 'points'], value: ['GPT-4가 다시 앞섰습니다.', '둘째 문장'] },
    ]);
  });

  test('a removed field is a change to undefined; an added one carries its value', () => {
    const edited = edit((i) => {
      delete i.takeaways[0].keywords;
      i.music = { src: 'audio/bed.m4a', volume: 0.25 };
    });
    expect(diffValues(ISSUE, edited)).toEqual([
      { path: ['takeaways', 0, 'keywords'], value: undefined },
      { path: ['music'], value: { src: 'audio/bed.m4a', volume: 0.25 } },
    ]);
  });

  test('no edit, no change', () => {
    expect(diffValues(ISSUE, structuredClone(ISSUE))).toEqual([]);
  });
});

describe('scopeChanges', () => {
  const edited = edit((i) => {
    i.title = '새 호';
    i.takeaways[0].headline = '하나';
    i.takeaways[1].headline = '둘';
  });

  test("a clip saves its own takeaway and the issue's fields, not another takeaway", () => {
    const { saved, skipped } = scopeChanges(diffValues(ISSUE, edited), 1);
    expect(saved.map((c) => c.path)).toEqual([['title'], ['takeaways', 0, 'headline']]);
    expect(skipped).toEqual(['issue.takeaways[1].headline']);
  });

  test('a recap saves every takeaway', () => {
    expect(scopeChanges(diffValues(ISSUE, edited), null).saved).toHaveLength(3);
  });

  test('a clip cannot add or remove takeaways; a recap can', () => {
    const added = edit((i) => i.takeaways.push({ headline: '셋', points: ['셋째'] }));
    expect(scopeChanges(diffValues(ISSUE, added), 2)).toEqual({ saved: [], skipped: ['issue.takeaways'] });
    expect(scopeChanges(diffValues(ISSUE, added), null).saved).toHaveLength(1);
  });
});

describe('planIssueSave', () => {
  test('changes one line of a file written by extract, keeping key order and the 2-space indent', () => {
    const result = plan(edit((i) => (i.takeaways[0].headline = '바뀐 제목')));
    expect(result).toEqual({
      kind: 'write',
      text: extracted(ISSUE).replace('"headline": "첫 번째 요점"', '"headline": "바뀐 제목"'),
      changed: ['issue.takeaways[0].headline'],
      skipped: [],
    });
  });

  test("keeps a Prettier-formatted file's other lines byte for byte", () => {
    const result = plan(
      edit((i) => (i.takeaways[1].headline = '고친 둘째')),
      2,
      PRETTIER_TEXT,
    );
    expect(result.kind === 'write' && result.text).toBe(PRETTIER_TEXT.replace('두 번째 요점', '고친 둘째'));
  });

  test('an added field goes after the others, indented by 2 spaces', () => {
    const result = plan(edit((i) => (i.takeaways[0].visual = { src: 'visuals/chart.png' })));
    expect(result.kind).toBe('write');
    const text = result.kind === 'write' ? result.text : '';
    expect(JSON.parse(text).takeaways[0]).toEqual({ ...ISSUE.takeaways[0], visual: { src: 'visuals/chart.png' } });
    expect(Object.keys(JSON.parse(text).takeaways[0])).toEqual(['headline', 'points', 'keywords', 'visual']);
    expect(text).toContain('\n      "visual": {\n        "src": "visuals/chart.png"\n      }\n');
  });

  test('the file as it is on disk now is the starting point: a change made there since is kept', () => {
    const onDisk = extracted({ ...ISSUE, title: '디스크에서 고친 제목' });
    const result = plan(
      edit((i) => (i.takeaways[0].headline = '패널에서 고친 제목')),
      1,
      onDisk,
    );
    expect(result.kind === 'write' && JSON.parse(result.text)).toMatchObject({
      title: '디스크에서 고친 제목',
      takeaways: [{ headline: '패널에서 고친 제목' }, ISSUE.takeaways[1]],
    });
  });

  test('an edit that breaks the schema is refused with the field and the rule, and nothing to write', () => {
    expect(plan(edit((i) => (i.takeaways[0].headline = '')))).toEqual({
      kind: 'invalid',
      error: 'takeaways[0].headline: a headline must not be empty',
    });
    const result = plan(edit((i) => (i.takeaways[0].visual = { src: '../secret.png' })));
    expect(result.kind).toBe('invalid');
    expect(result.kind === 'invalid' && result.error).toMatch(/^takeaways\[0\]\.visual\.src: /u);
  });

  test('an edit valid on its own but not with what changed on disk since is refused, naming the rule', () => {
    const voiced = edit((i) => (i.takeaways[0].voiceover = 'audio/t1.wav'));
    // The panel drops the voice while, on disk, someone added captions that time it.
    const onDisk = extracted({
      ...voiced,
      takeaways: [{ ...voiced.takeaways[0], captions: 'audio/t1.srt' }, voiced.takeaways[1]],
    });
    const result = planIssueSave({
      file: 'issues/test.json',
      slug: 'test',
      fileText: onDisk,
      base: voiced,
      edited: ISSUE,
      takeaway: 1,
    });
    expect(result.kind).toBe('invalid');
    expect(result.kind === 'invalid' && result.error).toMatch(
      /^takeaways\[0\]\.captions: a captions file times a voiceover/u,
    );
  });

  test('a file that is not JSON on disk is not overwritten', () => {
    const result = plan(
      edit((i) => (i.title = '새 호')),
      1,
      '{ "title": ',
    );
    expect(result.kind).toBe('invalid');
    expect(result.kind === 'invalid' && result.error).toMatch(/issues\/test\.json on disk is not valid JSON/u);
  });

  test('a byte order mark stays; no edit writes nothing', () => {
    const result = plan(
      edit((i) => (i.title = '새 호')),
      1,
      `\uFEFF${extracted(ISSUE)}`,
    );
    expect(result.kind === 'write' && result.text.startsWith('\uFEFF{')).toBe(true);
    expect(plan(structuredClone(ISSUE))).toEqual({ kind: 'unchanged', skipped: [] });
  });
});

describe('props that are not the issue', () => {
  test('an edit to the newsletter brand becomes the issue brand, field by field and colour by colour', () => {
    const newsletter = { theme: { accent: '#3BF0B5', text: '#F8FAFC' }, captionStyle: 'karaoke' as const };
    const edited = { theme: { accent: '#FF0000', text: '#F8FAFC' }, captionStyle: 'karaoke' as const };
    expect(withBrandEdits(ISSUE, newsletter, edited).brand).toEqual({ theme: { accent: '#FF0000' } });
    expect(withBrandEdits(ISSUE, newsletter, newsletter)).toBe(ISSUE);
    const withOwn = { ...ISSUE, brand: { theme: { background: '#000000' } } };
    expect(withBrandEdits(withOwn, newsletter, edited).brand).toEqual({
      theme: { background: '#000000', accent: '#FF0000' },
    });
  });

  test('the selection is named as not saved; the issue, the brand and what calculateMetadata adds are not', () => {
    const base = { issue: ISSUE, takeaway: 1, platform: 'reels', brand: {} };
    const edited = { ...base, platform: 'shorts', takeaway: 2, brand: { captionStyle: 'box' }, resolved: {} };
    expect(unsavedPropEdits(base, edited)).toEqual(['takeaway', 'platform']);
  });
});
