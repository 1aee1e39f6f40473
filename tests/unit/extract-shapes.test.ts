/** The shapes of newsletter the outline copes with, each on a small made-up issue. */
import { describe, expect, test } from 'vitest';
import { toBlocks } from '../../src/extract/blocks';
import { dateIn, numberIn } from '../../src/extract/datelines';
import { decodeIssueBytes } from '../../src/extract/decode';
import { ExtractError, extractIssue } from '../../src/extract/extract-issue';
import { draftHeadline } from '../../src/extract/headline';
import { headingWords, markerOf } from '../../src/extract/headings';
import { headlineFits } from '../../src/extract/layout-check';
import { parseHtml } from '../../src/extract/parse-html';
import { MAX_HEADLINE_CHARS } from '../../src/schema';

const body = (n: number, topic: string) =>
  `${topic} 관련 소식입니다. ${topic} 시장은 올해 ${n}% 성장했습니다. 업계는 내년에도 성장이 이어질 것으로 봅니다.`;

const points = (text: string, fileName: string) =>
  extractIssue(text, { fileName }).issue.takeaways.flatMap((t) => t.points);

describe('HTML', () => {
  const html = `<html><head><title>제목 | 테스트 레터</title><style>p{color:red}</style><script>track()</script></head><body>
    <div style="display:none;max-height:0">미리보기 문구는 보이지 않습니다 여기에만 있습니다</div>
    <span class="preheader">숨은 프리헤더 문장도 보이지 않습니다</span>
    <table role="presentation"><tr><td style="font-size:28px;font-weight:700">큰 글씨의 제목</td></tr>
    <tr><td><p><strong>굵은 소제목 하나</strong></p><p>${body(10, '반도체')}</p>
    <p><a href="https://x.example" style="background-color:#06f;padding:8px">기사 보기</a></p>
    <table><tr><th>연도</th><th>매출</th></tr><tr><td>2025</td><td>표 안의 숫자는 문장이 아닙니다</td></tr></table>
    <button>구독하기 버튼</button>
    <p style="font-size:20px">큰 글씨 소제목 둘</p><p>${body(20, '배터리')}</p></td></tr></table>
    <img src="https://x.example/open.gif" width="1" height="1">
    </body></html>`;
  const { tree, documentTitle } = parseHtml(html);
  const { blocks } = toBlocks(tree);
  const texts = blocks.map((b) => b.text).join('\n');

  test('drops hidden text, scripts, styles, buttons, data tables and tracking pixels', () => {
    for (const gone of ['미리보기', '프리헤더', 'track()', 'color:red', '구독하기', '표 안의', '연도']) {
      expect(texts).not.toContain(gone);
    }
    expect(blocks.some((b) => b.image !== undefined)).toBe(false);
    expect(documentTitle).toBe('제목 | 테스트 레터');
  });

  test('large type and bold-only lines are headings, the larger ranking higher; layout tables read as blocks', () => {
    const headings = blocks.filter((b) => b.level !== undefined).map((b) => [b.text, b.level]);
    expect(headings).toEqual([
      ['큰 글씨의 제목', 1],
      ['굵은 소제목 하나', 3],
      ['큰 글씨 소제목 둘', 2],
    ]);
    expect(texts).toContain('반도체 시장은 올해 10% 성장했습니다.');
  });

  test('a section tagged [광고] is skipped, as sponsored', () => {
    const page = `<h1>이번 주 정리</h1><h3>반도체 이야기</h3><p>${body(10, '반도체')}</p><h3>[광고] 클라우드 할인</h3><p>지금 가입하면 클라우드 요금을 30% 깎아 드립니다. 이번 달까지만 진행합니다.</p><h3>배터리 이야기</h3><p>${body(20, '배터리')}</p>`;
    const { issue, warnings } = extractIssue(page, { fileName: 'x.html' });
    expect(issue.takeaways.map((t) => t.headline)).toEqual(['반도체 이야기', '배터리 이야기']);
    expect(warnings).toContain('Skipped the sponsored section "클라우드 할인".');
  });

  test('a button-drawn link is not text, and the name comes from the page title', () => {
    const { issue } = extractIssue(html, { fileName: 'letter.html' });
    expect(issue.newsletter.name).toBe('테스트 레터');
    expect(issue.takeaways.flatMap((t) => t.points).join(' ')).not.toContain('기사 보기');
  });

  test('HTML nested too deeply is a clear error, not a stack overflow', () => {
    const deep = `<html><body>${'<div>'.repeat(200_000)}글</body></html>`;
    expect(() => extractIssue(deep, { fileName: 'deep.html' })).toThrowError(ExtractError);
  });
});

describe('headings', () => {
  test.each([
    ['1. 엔비디아 실적', 'number', '엔비디아 실적'],
    ['1) 엔비디아 실적', 'number', '엔비디아 실적'],
    ['#3 엔비디아 실적', 'number', '엔비디아 실적'],
    ['① 엔비디아 실적', 'circled', '엔비디아 실적'],
    ['1️⃣ 엔비디아 실적', 'number', '엔비디아 실적'],
    ['🚀 엔비디아 실적 🎉', 'emoji', '엔비디아 실적'],
    ['👩‍💻 개발자 채용', 'emoji', '개발자 채용'],
    ['■ 엔비디아 실적:', 'symbol', '엔비디아 실적'],
    ['[단독] 엔비디아 실적', 'tag', '엔비디아 실적'],
    ['엔비디아 실적', 'none', '엔비디아 실적'],
  ])('"%s": a %s mark; its words are "%s"', (heading, marker, words) => {
    expect(markerOf(heading)).toBe(marker);
    expect(headingWords(heading)).toBe(words);
  });

  test('a heading too long for the hook is shortened at a clause, never mid-thought; the editor is told', () => {
    const heading =
      '오픈AI가 새 추론 모델을 공개했고, 가격은 기존 모델의 절반 수준으로 낮췄다고 밝히며 경쟁사를 압박했다';
    expect(heading.length).toBeGreaterThan(50);
    const { headline, warning } = draftHeadline(heading);
    expect(headline).toBe('오픈AI가 새 추론 모델을 공개했다');
    expect(warning).toContain('first clause');
    expect(headline.length).toBeLessThanOrEqual(MAX_HEADLINE_CHARS);
    expect(headlineFits(headline)).toBe(true);
  });

  test('a headline whose words fit the schema but not the hook is shortened too', () => {
    const wide = 'WWWWWWW WWWWWWW WWWWWWW WWWWWWW';
    expect(wide.length).toBeLessThanOrEqual(MAX_HEADLINE_CHARS);
    expect(headlineFits(wide)).toBe(false);
    expect(headlineFits(draftHeadline(wide).headline)).toBe(true);
  });
});

describe('outline', () => {
  test('numbered plain-text sections under a masthead, with sub-headings, link lines and a footer', () => {
    const text = [
      '테스트 레터 제7호',
      '',
      '이번 주의 제목',
      '',
      '안녕하세요, 테스트 레터입니다. 이번 주 소식을 전해 드립니다.',
      '',
      '1. 반도체 이야기',
      '팩트 요약',
      body(10, '반도체'),
      '[원문] 반도체 보고서 https://x.example/a',
      '👉 원문 보기',
      '',
      '2. 배터리 이야기',
      '팩트 요약',
      body(20, '배터리'),
      '기사 보기',
      '',
      '함께 읽을 뉴스',
      '- 다른 회사 소식 https://x.example/b',
      '- 또 다른 소식 https://x.example/c',
      '',
      '이번 주는 여기까지입니다. 다음 주에 만나요!',
      '© 2026 테스트 레터',
      '서울특별시 중구 세종대로 1',
      '수신거부',
    ].join('\n');
    const { issue, warnings } = extractIssue(text, { fileName: 'x.txt' });
    expect(issue.title).toBe('이번 주의 제목');
    expect(issue.newsletter.name).toBe('테스트 레터');
    expect(issue.number).toBe(7);
    expect(issue.takeaways.map((t) => t.headline)).toEqual(['반도체 이야기', '배터리 이야기']);
    expect(warnings).toContain('Skipped the section "함께 읽을 뉴스": it lists links to read elsewhere.');
    const all = issue.takeaways.flatMap((t) => [t.headline, ...t.points]).join('\n');
    for (const gone of ['팩트 요약', '원문', '기사 보기', '여기까지', '©', '세종대로', '수신거부', '다른 회사']) {
      expect(all).not.toContain(gone);
    }
  });

  test('a table of contents, even abbreviated, is not a section or the title', () => {
    const md = [
      '# 이번 주 정리',
      '',
      '**목차**',
      '',
      '- 반도체',
      '- 배터리 시장',
      '',
      '## 🔋 반도체 시장의 반등',
      '',
      body(10, '반도체'),
      '',
      '## 🔋 배터리 시장, 다시 성장',
      '',
      body(20, '배터리'),
    ].join('\n');
    const { issue } = extractIssue(md, { fileName: 'x.md' });
    expect(issue.title).toBe('이번 주 정리');
    expect(issue.takeaways.map((t) => t.headline)).toEqual(['반도체 시장의 반등', '배터리 시장, 다시 성장']);
  });

  test.each([
    ['x.md', `# 이번 주 정리\n\n1. 반도체\n\n${body(10, '반도체')}\n\n2. 배터리\n\n${body(20, '배터리')}`],
    [
      'x.html',
      `<h1>이번 주 정리</h1><ol><li>반도체</li></ol><p>${body(10, '반도체')}</p><ol start="2"><li>배터리</li></ol><p>${body(20, '배터리')}</p>`,
    ],
  ])('%s: numbered headings written as one-item lists are sections', (fileName, text) => {
    expect(extractIssue(text, { fileName }).issue.takeaways.map((t) => t.headline)).toEqual(['반도체', '배터리']);
  });

  test('a heading-less digest: the intro and the sign-off are not items', () => {
    const text = [
      '오늘의 테크 브리핑은 반도체와 배터리 소식 두 가지입니다.',
      '',
      `- ${body(10, '반도체')}`,
      `- ${body(20, '배터리')}`,
      '',
      '오늘 브리핑은 여기까지! 내일 또 만나요.',
    ].join('\n');
    const { issue } = extractIssue(text, { fileName: 'x.txt' });
    expect(issue.takeaways.map((t) => t.headline)).toEqual(['반도체 관련 소식입니다', '배터리 관련 소식입니다']);
    expect(points(text, 'x.txt').join(' ')).not.toMatch(/브리핑|여기까지|만나요/u);
  });
});

describe('the newsletter name', () => {
  const sections = ['## 반도체 이야기', '', body(10, '반도체'), '', '## 배터리 이야기', '', body(20, '배터리')].join(
    '\n',
  );

  test('from the sign-off, when nothing above names it', () => {
    const md = `# 이번 주 정리\n\n${sections}\n\n다음 주에 또 만나요!\n\n그린 노트 팀 드림\n\n[수신거부](https://x.example/u)`;
    expect(extractIssue(md, { fileName: 'x.md' }).issue.newsletter.name).toBe('그린 노트');
  });

  test("from a logo's alt text above the title", () => {
    const html = `<body><img src="logo.png" alt="칩 레터 로고"><h1>이번 주 정리</h1><h2>반도체 이야기</h2><p>${body(10, '반도체')}</p><h2>배터리 이야기</h2><p>${body(20, '배터리')}</p></body>`;
    expect(extractIssue(html, { fileName: 'x.html' }).issue.newsletter.name).toBe('칩 레터');
  });

  test('from the greeting ("○○입니다"), but not from a person introducing themselves', () => {
    const named = `# 이번 주 정리\n\n안녕하세요, 테크 노트입니다.\n\n${sections}`;
    expect(extractIssue(named, { fileName: 'x.md' }).issue.newsletter.name).toBe('테크 노트');
    const person = extractIssue(`# 이번 주 정리\n\n안녕하세요, 민지입니다.\n\n${sections}`, { fileName: 'weekly.md' });
    expect(person.issue.newsletter.name).toBe('weekly');
    expect(person.warnings[0]).toMatch(/No newsletter name found in the text/u);
  });
});

describe('dates, numbers and bytes', () => {
  test.each([
    ['2026년 3월 9일 (월)', '2026-03-09', undefined],
    ['스타트업 레터 #142', undefined, 142],
    ['제58호 · 2026.03.09', '2026-03-09', 58],
    ['Signal Weekly · Issue #37 · March 8, 2026', '2026-03-08', 37],
  ])('"%s": date %s, number %s', (line, date, number) => {
    expect(dateIn(line)).toBe(date);
    expect(numberIn(line)).toBe(number);
  });

  test('EUC-KR HTML is read, with a warning that says how to convert it; a PDF is refused with what to give instead', () => {
    const eucKr = new Uint8Array([0x3c, 0x70, 0x3e, 0xbe, 0xc8, 0xb3, 0xe7, 0x3c, 0x2f, 0x70, 0x3e]);
    const decoded = decodeIssueBytes(eucKr, 'mail.html');
    expect(decoded.text).toBe('<p>안녕</p>');
    expect(decoded.warnings[0]).toContain('iconv -f CP949 -t UTF-8');
    expect(() => decodeIssueBytes(new TextEncoder().encode('%PDF-1.7\n...'), 'issue.pdf')).toThrowError(
      /issue\.pdf is a PDF, not text/u,
    );
  });
});
