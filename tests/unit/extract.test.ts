import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { decodeIssueBytes } from '../../src/extract/decode';
import { ExtractError, extractIssue } from '../../src/extract/extract-issue';
import { columns, endClause, endsLikeSentence } from '../../src/extract/korean';
import { draftHeadline } from '../../src/extract/headline';
import { cleanSentence, fitSentence, headlineFrom, splitSentences } from '../../src/extract/sentences';
import { fnv1a, makeSlug } from '../../src/extract/slug';
import { planTakeawayClip } from '../../src/layout/takeaway-plan';
import { LAYOUT_IDS } from '../../src/platforms';
import { type Issue, issueSchema, MAX_HEADLINE_CHARS, MAX_POINT_CHARS } from '../../src/schema';
import { fakeMeasurers } from '../helpers/fake-measure';

const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

const EXAMPLE = read('assets/newsletters/weekly-sv-gemini.txt');
const MARKDOWN = read('tests/fixtures/newsletters/tech-spoon.md');
const DIGEST = read('tests/fixtures/newsletters/morning-digest.txt');

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/u;

const EXAMPLE_HEADLINES = [
  '늦었지만 OpenAI를 뛰어넘었다',
  '어마어마한 추론 능력? 알고보니 동영상 짜집기...',
  '결국엔 데이터가 많은 구글/메타/애플/아마존이 승리?',
  '앞으로 각자의 폰에 각자의 AI가 설치될 것',
  '가장 중요한건 기술적 해자 moat이 좁다는 것',
  '그래서 어쩌라고?',
];

const points = (issue: Issue): string[] => issue.takeaways.flatMap((t) => t.points);

/** The draft can be rendered: the clip plan pages every point in every layout without a word too wide. */
const expectRenderable = (issue: Issue) => {
  for (const platform of LAYOUT_IDS) {
    issue.takeaways.forEach((_, i) => {
      expect(() => planTakeawayClip({ issue, takeaway: i + 1, platform }, fakeMeasurers)).not.toThrow();
    });
  }
};

const expectCleanPoints = (issue: Issue) => {
  for (const point of points(issue)) {
    expect(point.length).toBeLessThanOrEqual(MAX_POINT_CHARS);
    expect(point).toMatch(/[.!?…]$/u);
    expect(point).not.toMatch(/[ㅋㅎㅠ]{2}|\(|\)|^(?:일단|솔직히|개인적으로|그리고|또한)\s/u);
  }
  for (const { headline } of issue.takeaways) {
    expect(headline.length).toBeLessThanOrEqual(MAX_HEADLINE_CHARS);
  }
};

describe('the example issue (plain text)', () => {
  const { issue, slug, warnings } = extractIssue(EXAMPLE, { fileName: 'weekly-sv-gemini.txt' });

  test('gives exactly its title and six headlines, in order', () => {
    expect(issue.title).toBe('구글 제미나이 출시를 바라보며');
    expect(issue.takeaways.map((t) => t.headline)).toEqual(EXAMPLE_HEADLINES);
    expect(warnings).toEqual([]);
  });

  test('passes the schema, and every clip of it plans', () => {
    expect(issueSchema.safeParse(issue).success).toBe(true);
    expectRenderable(issue);
  });

  test('each takeaway has 2 to 4 clean caption points taken from its own section', () => {
    const sections = EXAMPLE.split(
      /^(?:늦었지만 OpenAI|어마어마한 추론|결국엔 데이터가|앞으로 각자의|가장 중요한건|그래서 어쩌라고).*$/mu,
    ).slice(1);
    issue.takeaways.forEach((takeaway, i) => {
      expect(takeaway.points.length).toBeGreaterThanOrEqual(2);
      expect(takeaway.points.length).toBeLessThanOrEqual(4);
      for (const point of takeaway.points) {
        expect(sections[i]).toContain(point.slice(0, 8));
      }
    });
    expectCleanPoints(issue);
  });

  test('leaves out the preamble, the intro and the footer', () => {
    const titleAt = EXAMPLE.indexOf('구글 제미나이 출시를 바라보며');
    const outside = [
      ...EXAMPLE.slice(0, titleAt).split('\n'),
      '구글이 제미나이 Ultra, Pro, Nano 세 버전을 출시했습니다.',
      '디테일한 내용들은 다른 분들이 많이 정리하셔서',
      '댓글',
      '의견을 남겨주세요',
    ];
    for (const point of points(issue)) {
      for (const line of outside) {
        expect(line).not.toContain(point.slice(0, 12));
      }
      expect(point).not.toMatch(/구독자|새해복|뉴스레터로|댓글|남기도록 하겠습니다/u);
    }
  });

  test('shortens safely: parentheticals, hedges and laughter go; a long sentence ends at a clause', () => {
    const all = points(issue).join('\n');
    expect(all).toContain('그 무엇보다 기대되는건 Siri GPT와 애플 스마트 안경입니다.');
    expect(all).toContain('제가 제일 놀란 부분인데 추론 영역이 어마어마하게 발전했습니다.');
  });

  test('keywords: recurring Latin names and numbers first, at most 4, each in the takeaway', () => {
    expect(issue.takeaways[0].keywords).toEqual(['GPT-4', 'OpenAI', '8개월']);
    for (const takeaway of issue.takeaways) {
      const shown = [takeaway.headline, ...takeaway.points].join(' ').toLowerCase();
      expect(takeaway.keywords?.length ?? 0).toBeLessThanOrEqual(4);
      for (const keyword of takeaway.keywords ?? []) {
        expect(keyword.length).toBeLessThanOrEqual(30);
        expect(shown).toContain(keyword.toLowerCase());
      }
    }
  });

  test('the newsletter name comes from the preamble, the slug from the file name', () => {
    expect(issue.newsletter).toEqual({ name: '주간 실리콘밸리' });
    expect(slug).toBe('weekly-sv-gemini');
    expect(issue.date).toBeUndefined();
    expect(issue.number).toBeUndefined();
  });

  test('the name given wins; without a file name the slug is a hash of the title', () => {
    const named = extractIssue(EXAMPLE, { newsletterName: '  주실밸  ' });
    expect(named.issue.newsletter.name).toBe('주실밸');
    expect(named.slug).toBe(`issue-${fnv1a('구글 제미나이 출시를 바라보며')}`);
    expect(named.slug).toMatch(SLUG);
  });

  test('is deterministic', () => {
    const again = extractIssue(EXAMPLE, { fileName: 'weekly-sv-gemini.txt' });
    expect(JSON.stringify({ issue: again.issue, slug: again.slug, warnings: again.warnings })).toBe(
      JSON.stringify({ issue, slug, warnings }),
    );
  });

  test('reads the same with Windows line ends, a BOM and paragraphs hard-wrapped at 72 columns', () => {
    const crlf = extractIssue(`\ufeff${EXAMPLE.replace(/\n/gu, '\r\n')}`, { fileName: 'weekly-sv-gemini.txt' });
    expect(crlf.issue).toEqual(issue);
    const wrap = (line: string) =>
      line.split(' ').reduce<string[]>((lines, word) => {
        const last = lines.at(-1);
        return last !== undefined && columns(`${last} ${word}`) <= 72
          ? [...lines.slice(0, -1), `${last} ${word}`]
          : [...lines, word];
      }, []);
    const wrapped = EXAMPLE.split('\n').flatMap(wrap).join('\n');
    expect(wrapped.split('\n').length).toBeGreaterThan(100);
    expect(extractIssue(wrapped, { fileName: 'weekly-sv-gemini.txt' }).issue).toEqual(issue);
  });
});

describe('a Markdown issue', () => {
  const { issue, slug, warnings } = extractIssue(MARKDOWN, { fileName: 'tech-spoon.md' });

  test('takes the # title, the ## sections, front matter name, date and number', () => {
    expect(issue.title).toBe('엔비디아 실적과 AI 반도체 전쟁');
    expect(issue.takeaways.map((t) => t.headline)).toEqual([
      '엔비디아, 또 한 번 시장 예상을 넘다',
      '경쟁사들의 추격',
      '빅테크는 자체 칩으로',
    ]);
    expect(issue.newsletter.name).toBe('테크 한 스푼');
    expect(issue.date).toBe('2024-03-04');
    expect(issue.number).toBe(27);
    expect(slug).toBe('tech-spoon');
    expect(issueSchema.safeParse(issue).success).toBe(true);
    expectRenderable(issue);
  });

  test('skips the sponsored section, the greeting, the sign-off and the footer', () => {
    expect(warnings).toEqual(['Skipped the sponsored section "광고".']);
    const all = points(issue).join('\n');
    for (const outside of [
      '클라우드세이버',
      '구독',
      '설문',
      '여기까지',
      '뵙겠습니다',
      '공유해',
      '반도체 이야기로 시작합니다',
    ]) {
      expect(all).not.toContain(outside);
    }
    expectCleanPoints(issue);
  });

  test('joins wrapped lines, keeps a bold lead-in with its paragraph, drops Markdown syntax', () => {
    const [first, , third] = issue.takeaways;
    expect(first.points).toContain('참고: 실적 발표 다음 날 엔비디아 시가총액은 하루 만에 2770억 달러 늘었습니다.');
    expect(third.points).toContain('당분간은 엔비디아 독주가 이어지겠지만, 3년 뒤 판도는 아무도 모릅니다.');
    expect(points(issue).join('\n')).not.toMatch(/[*#>[\]]/u);
    expect(issue.takeaways[1].keywords).toContain('CUDA');
  });

  test('a masthead # above a ## title names the newsletter; bold lead-ins can be the sections', () => {
    const md = [
      '# 스타트업 레터 #42',
      '',
      '## 이번 주 투자 시장 정리',
      '',
      '2024년 5월 둘째 주 소식입니다.',
      '',
      '**시리즈 A 투자가 줄었다** 올해 1분기 시리즈 A 투자 건수는 작년보다 30% 줄었습니다. 투자사들은 수익성을 먼저 봅니다.',
      '',
      '**AI 스타트업만 예외** AI 스타트업 투자는 오히려 두 배로 늘었습니다. 특히 AI 인프라 기업에 돈이 몰립니다.',
    ].join('\n');
    const result = extractIssue(md, { fileName: 'letter.md' });
    expect(result.issue.title).toBe('이번 주 투자 시장 정리');
    expect(result.issue.newsletter.name).toBe('스타트업 레터');
    expect(result.issue.number).toBe(42);
    expect(result.issue.takeaways.map((t) => t.headline)).toEqual(['시리즈 A 투자가 줄었다', 'AI 스타트업만 예외']);
    expect(result.issue.takeaways[0].points).toEqual([
      '올해 1분기 시리즈 A 투자 건수는 작년보다 30% 줄었습니다.',
      '투자사들은 수익성을 먼저 봅니다.',
    ]);
  });
});

describe('a digest without section headings', () => {
  const { issue, slug, warnings } = extractIssue(DIGEST, { fileName: 'morning-digest.txt' });

  test('makes one takeaway per item, the headline from its first clause', () => {
    expect(issue.takeaways.map((t) => t.headline)).toEqual([
      '애플이 비전 프로의 한국 출시 일정을 발표했다',
      '삼성전자가 HBM3E 12단 제품의 양산을 시작했습니다',
      '오픈AI가 새 음성 모델을 공개했습니다',
      "카카오가 AI 서비스 '카나나'의 베타 테스트를 시작했습니다",
      '미국 연준이 기준금리를 동결했습니다',
    ]);
    expect(issue.takeaways[1].points).toEqual([
      '엔비디아 품질 테스트 통과 여부가 관건입니다.',
      '통과하면 SK하이닉스와의 격차를 크게 줄일 수 있습니다.',
    ]);
    expect(issueSchema.safeParse(issue).success).toBe(true);
    expectCleanPoints(issue);
    expectRenderable(issue);
  });

  test('names the newsletter from the greeting, dates it from the dateline, and says the title is a stand-in', () => {
    expect(issue.newsletter.name).toBe('모닝 테크 브리핑');
    expect(issue.date).toBe('2024-06-12');
    expect(issue.title).toBe('모닝 테크 브리핑 2024-06-12');
    expect(warnings).toEqual(['No title found: used "모닝 테크 브리핑 2024-06-12". Edit the title.']);
    expect(slug).toBe('morning-digest');
  });

  test('leaves out the greeting, the sign-off and the footer', () => {
    const all = [...points(issue), ...issue.takeaways.map((t) => t.headline)].join('\n');
    for (const outside of ['출근길', '여기까지', '좋은 하루', '수신거부', '웹에서 보기', '구독자']) {
      expect(all).not.toContain(outside);
    }
  });

  test('a dateline is not a name: without one in the text, the name comes from the file name', () => {
    const text =
      '2024년 6월 12일 수요일\n\n안녕하세요! 오늘도 소식을 전해드립니다.\n\n엔비디아 시가총액이 3조 달러를 넘었습니다. 애플을 제친 것은 처음입니다.';
    const result = extractIssue(text, { fileName: 'daily_tech-brief.txt' });
    expect(result.issue.newsletter.name).toBe('daily tech brief');
    expect(result.issue.date).toBe('2024-06-12');
    expect(result.warnings).toContain(
      'No newsletter name found in the text: used "daily tech brief". Pass --name or edit newsletter.name.',
    );
    expect(result.issue.takeaways).toEqual([
      { headline: '엔비디아 시가총액이 3조 달러를 넘었습니다', points: ['애플을 제친 것은 처음입니다.'] },
    ]);
  });

  test('keeps the first 10 of more items, and says so', () => {
    const items = Array.from(
      { length: 12 },
      (_, i) => `${i + 1}. 회사 ${i + 1}곳이 새 서비스를 발표했습니다. 반응은 아직 지켜봐야 합니다.`,
    );
    const result = extractIssue(items.join('\n\n'), { fileName: 'many.txt' });
    expect(result.issue.takeaways).toHaveLength(10);
    expect(result.warnings).toContain('The issue has 12 takeaways; kept the first 10 (the most a file may hold).');
  });
});

describe('plain-text headings', () => {
  test('a hard-wrapped issue: wrapped lines join; short lines with a body, or right above such a heading, are headings', () => {
    const text = [
      '주간 리포트',
      '',
      '안녕하세요, 데이터 한 잔 구독자 여러분! 이번 주도 데이터 업계 소식을 가져왔습니다.',
      '',
      '클라우드와 채용 시장',
      '',
      '클라우드 비용 전쟁',
      'AWS가 데이터 전송 요금을 내리면서 클라우드 가격 경쟁이 다시',
      '시작됐습니다. 구글 클라우드와 애저도 곧 비슷한 인하를 발표할',
      '것으로 보입니다. 고객 입장에서는 반가운 소식입니다.',
      '',
      '데이터 엔지니어 채용은?',
      '채용 공고는 작년보다 줄었지만 데이터 엔지니어 수요는 여전히',
      '높습니다. 특히 실시간 처리 경험이 있는 엔지니어를 찾는 회사가',
      '많습니다.',
    ].join('\n');
    const { issue } = extractIssue(text);
    expect(issue.newsletter.name).toBe('데이터 한 잔');
    expect(issue.title).toBe('클라우드와 채용 시장');
    expect(issue.takeaways.map((t) => t.headline)).toEqual(['클라우드 비용 전쟁', '데이터 엔지니어 채용은?']);
    expect(issue.takeaways[0].points[0]).toBe(
      'AWS가 데이터 전송 요금을 내리면서 클라우드 가격 경쟁이 다시 시작됐습니다.',
    );
  });

  test.each([
    ['늦었지만 OpenAI를 뛰어넘었다', false],
    ['어마어마한 추론 능력? 알고보니 동영상 짜집기...', false],
    ['그래서 어쩌라고?', false],
    ['AGI와 관련해서는 곧 따로 뉴스레터로 정리를 해보겠습니다.', true],
    ['한마디로 우리는 이 영화를 자율주행때도, 재택근무때도, 암호화폐때도 이미 보았습니다.', true],
    ['다들 연말 준비는 잘되어 가시나요?', true],
    ['그 무엇보다 기대되는건 Siri GPT와 애플 스마트 안경입니다 ㅋㅋㅋ', true],
    ['약간 테슬라 로보택시 생각나더라구요 ㅋㅋㅋ', true],
  ])('"%s" ends like a sentence: %s', (line, expected) => {
    expect(endsLikeSentence(line)).toBe(expected);
  });
});

describe('sentences', () => {
  test('split at sentence ends and after laughter, never inside quotes or brackets', () => {
    expect(
      splitSentences(
        '그걸 보면서 "미쳤다...구글이 breakthrough가 있었나? 시간이 없었는데..."라는 생각까지 했었습니다. 약간 생각나더라구요 ㅋㅋㅋ 그래도 (x.ai...?) 좋습니다.',
      ),
    ).toEqual([
      '그걸 보면서 "미쳤다...구글이 breakthrough가 있었나? 시간이 없었는데..."라는 생각까지 했었습니다.',
      '약간 생각나더라구요 ㅋㅋㅋ',
      '그래도 (x.ai...?) 좋습니다.',
    ]);
    expect(splitSentences('미국 U.S. 정부가 발표했습니다. 끝입니다.')).toEqual([
      '미국 U.S. 정부가 발표했습니다.',
      '끝입니다.',
    ]);
    expect(splitSentences('"닫히지 않은 따옴표입니다. 다음 문장입니다.')).toEqual([
      '"닫히지 않은 따옴표입니다.',
      '다음 문장입니다.',
    ]);
  });

  test.each([
    ['일단 GPT-4보다 OAI(OpenAI)를 앞섰습니다.', 'GPT-4보다 OAI를 앞섰습니다.'],
    ['개인적으로 저는 솔직히 기대됩니다 ㅋㅋㅋ', '저는 기대됩니다.'],
    ['그리고 자세한 내용은 https://example.com 에서 보세요', '자세한 내용은 에서 보세요.'],
    ['(메타 안경을 보면서 생각한 것과 비슷 ㅋㅋㅋ).', undefined],
  ])('clean "%s"', (sentence, expected) => {
    expect(cleanSentence(sentence)).toBe(expected);
  });

  test.each([
    ['발전했고', 'polite', '발전했습니다'],
    ['있는데', 'polite', '있습니다'],
    ['모델인데', 'polite', '모델입니다'],
    ['만드는데', 'polite', '만듭니다'],
    ['않고', 'polite', '않습니다'],
    ['하며', 'polite', '합니다'],
    ['발표했고,', 'plain', '발표했다'],
    ['공개하는데', 'plain', '공개한다'],
    ['최고', 'polite', undefined],
    ['하고', 'polite', undefined],
    ['하지만', 'polite', undefined],
  ] as const)('end the clause "%s" (%s) as "%s"', (word, register, expected) => {
    expect(endClause(word, register)).toBe(expected);
  });

  test('a long sentence keeps the clause after a concession, or ends after its longest clause that fits', () => {
    expect(
      fitSentence(
        '클라우드 모델보다 성능은 떨어지겠지만 개인 정보 걱정은 줄이고 각자에게 맞는 모델들이 등장할 것입니다.',
        40,
      ),
    ).toBe('개인 정보 걱정은 줄이고 각자에게 맞는 모델들이 등장할 것입니다.');
    expect(
      fitSentence(
        '결국 데모 영상은 짜집기로 밝혀졌고 구글이 설명한 방식은 실시간이 아니라 수작업을 모아서 만든 걸로 알려졌습니다.',
        40,
      ),
    ).toBe('결국 데모 영상은 짜집기로 밝혀졌습니다.');
    expect(
      fitSentence('이 문장은 끊을 곳이 전혀 없이 아주 길게 이어지는 하나의 문장이라서 줄일 수가 없습니다.', 30),
    ).toBeUndefined();
  });

  test('a headline is the first clause, plain, or the sentence; one too long for the hook is cut at a word, with a warning', () => {
    expect(headlineFrom('애플이 비전 프로를 출시했고, 가격은 499만원입니다.')).toBe('애플이 비전 프로를 출시했다');
    expect(headlineFrom('연준이 금리를 동결했습니다.')).toBe('연준이 금리를 동결했습니다');
    const { headline, warning } = draftHeadline('아주 '.repeat(30));
    expect(headline).toBe('아주 아주 아주 아주 아주 아주 아주 아주 아주 아주 아주…');
    expect(warning).toMatch(/too long for the hook; the headline was cut/u);
  });
});

describe('slugs', () => {
  test.each([
    ['구글 제미나이 출시를 바라보며', 'weekly-sv-gemini.txt', 'weekly-sv-gemini'],
    ['OpenAI DevDay 2023 정리', 'issue.md', 'openai-devday-2023'],
    ['늦었지만 OpenAI를 뛰어넘었다', 'My Issue (Final) v2!!.md', 'my-issue-final-v2'],
    ['제목', '__--weird--__.txt', 'weird'],
    ['제목', 'Ünïcödé Ñews.markdown', 'unicode-news'],
    ['제목', `${'very-long-name-'.repeat(5)}.txt`, 'very-long-name-very-long-name-very-long'],
    ['제목', 'C:\\issues\\2024-06-12.txt', '2024-06-12'],
    ['제목', '제미나이.txt', `issue-${fnv1a('제목')}`],
    ['제목', undefined, `issue-${fnv1a('제목')}`],
  ])('"%s" from %s → %s', (title, fileName, expected) => {
    const slug = makeSlug(title, fileName);
    expect(slug).toBe(expected);
    expect(slug).toMatch(SLUG);
    expect(slug.length).toBeLessThanOrEqual(40);
  });

  test('FNV-1a matches the reference values', () => {
    expect(fnv1a('')).toBe('811c9dc5');
    expect(fnv1a('a')).toBe('e40c292c');
    expect(fnv1a('foobar')).toBe('bf9cf968');
  });
});

describe('bad input', () => {
  test.each([
    ['an empty file', '', /empty/u],
    ['whitespace only', '  \n\t\n  ', /only whitespace/u],
    ['NUL characters', 'PK\u0003\u0004\u0000\u0000 text', /binary \(it contains NUL characters\)/u],
    [
      'mostly control characters',
      `${'\u0001\u0002\u0003\u0004'.repeat(20)} 안녕하세요`,
      /binary \(\d+% of its characters are control/u,
    ],
    ['no sentence', 'ㅋㅋㅋ\n\n---\n\n1234\n\n(사진)', /No usable text/u],
    ['only a title and a footer', '구글 제미나이 출시를 바라보며\n댓글\n의견을 남겨주세요', /No usable text/u],
  ])('%s is an ExtractError', (_name, text, message) => {
    expect(() => extractIssue(text, {})).toThrowError(ExtractError);
    expect(() => extractIssue(text, {})).toThrowError(message);
  });

  test('a name over the schema limit is an ExtractError', () => {
    expect(() => extractIssue(EXAMPLE, { newsletterName: '가'.repeat(41) })).toThrowError(/at most 40/u);
  });

  test('bytes: NUL is binary, UTF-8 or UTF-16 with a BOM and EUC-KR are read, invalid UTF-8 noise is binary', () => {
    expect(() => decodeIssueBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toThrowError(
      /binary \(it contains NUL bytes\)/u,
    );
    expect(() => decodeIssueBytes(new Uint8Array())).toThrowError(/empty/u);
    expect(decodeIssueBytes(new Uint8Array([0xff, 0xfe, 0x48, 0xc5, 0x55, 0xb1]))).toEqual({
      text: '안녕',
      warnings: [],
    });
    expect(decodeIssueBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('안녕')]))).toEqual({
      text: '안녕',
      warnings: [],
    });
    const eucKr = decodeIssueBytes(new Uint8Array([0xbe, 0xc8, 0xb3, 0xe7]));
    expect(eucKr.text).toBe('안녕');
    expect(eucKr.warnings[0]).toMatch(/EUC-KR/u);
    expect(() =>
      decodeIssueBytes(new Uint8Array(Array.from({ length: 64 }, (_, i) => 0x80 + ((i * 7) % 0x40)))),
    ).toThrowError(/binary/u);
  });
});
