import { describe, expect, test } from 'vitest';
import { findFigures, formatFigureNumber } from '../../src/figures/find-figures';
import { figureRuns } from '../../src/figures/figure-runs';

const texts = (text: string) => findFigures(text).map((f) => f.text);

describe('the figure finder finds a number with a unit', () => {
  test.each([
    ['점유율이 37%까지 올랐습니다', '37%'],
    ['성능이 2배로 뛰었다', '2배'],
    ['투자 규모는 300억 원입니다', '300억 원'],
    ['투자 규모는 300억원입니다', '300억원'],
    ['시가총액 1조를 넘겼다', '1조'],
    ['월 $20에 쓸 수 있다', '$20'],
    ['추론 속도가 10x 빨라졌다', '10x'],
    ['가입자가 5만 명을 넘었다', '5만 명'],
    ['금리가 3.5%로 올랐다', '3.5%'],
    ['금리가 0.25%p 올랐다', '0.25%p'],
    ['이용자 1,200명이 참여했다', '1,200명'],
    ['30억 달러를 모았다', '30억 달러'],
    ['매출이 2천만 원', '2천만 원'],
    ['raised $1.5B in funding', '$1.5B'],
    ['2 billion users', '2 billion'],
    ['비용이 40퍼센트 줄었다', '40퍼센트'],
    ['전국 3곳에서 열린다', '3곳'],
    ['데이터센터 12개를 짓는다', '12개'],
    ['₩5,000에 판다', '₩5,000'],
    ['하락폭은 -3%였다', '-3%'],
    ['8개월 격차를 따라잡았다', '8개월'],
    ['3년 만에 흑자', '3년'],
    ['24시간 돌아간다', '24시간'],
  ])('%s → %s', (text, figure) => {
    expect(texts(text)).toEqual([figure]);
  });

  test('every figure in order', () => {
    expect(texts('매출 2배, 이익 37%, 직원 5만 명')).toEqual(['2배', '37%', '5만 명']);
  });

  test('the parts a count-up needs', () => {
    expect(findFigures('300억 원')[0]).toMatchObject({
      prefix: '',
      value: 300,
      decimals: 0,
      grouped: false,
      suffix: '억 원',
    });
    expect(findFigures('$1.5B')[0]).toMatchObject({ prefix: '$', value: 1.5, decimals: 1, suffix: 'B' });
    expect(findFigures('1,200명')[0]).toMatchObject({ value: 1200, grouped: true, suffix: '명' });
  });
});

describe('the figure finder leaves alone', () => {
  test.each([
    ['a date', '2026년 3월 9일에 발표했다'],
    ['a month', '3월에 출시된다'],
    ['a date with a short year', '26년 3월에 나온다'],
    ['a year alone', '2026년은 다르다'],
    ['a model name', 'GPT-4보다 낫다'],
    ['a model with a point version', 'Gemini 1.5 Pro가 나왔다'],
    ['an OS version', 'iOS 18에 들어간다'],
    ['a chip name', 'M3 칩을 쓴다'],
    ['a rank (an ordinal)', '앱스토어 1위를 했다'],
    ['an English ordinal', 'the 2nd release'],
    ['a bare number', '버전 3 이후로'],
    ['a three-part version', '버전 1.5.2에서'],
    ['a word that starts like a unit', '10xl 사이즈'],
    ['a clock time', '오후 3시 30분'],
  ])('%s: %s', (_kind, text) => {
    expect(texts(text)).toEqual([]);
  });
});

describe('formatting a count-up value', () => {
  test('keeps the written decimals and grouping', () => {
    const [rate] = findFigures('3.5%');
    expect(formatFigureNumber(rate, 1.2345)).toBe('1.2');
    const [people] = findFigures('1,200명');
    expect(formatFigureNumber(people, 999.6)).toBe('1,000');
    const [plain] = findFigures('1200명');
    expect(formatFigureNumber(plain, 1200)).toBe('1200');
  });
});

describe('figure runs over caption pages', () => {
  const page = (text: string, startMs: number, durationMs = 2000) => ({
    lines: [text.split(' ')],
    startMs,
    durationMs,
  });

  test('each page with a figure shows its first; a page without one shows none', () => {
    const runs = figureRuns([
      page('매출이 2배 늘고 이익은 37%', 0),
      page('그래서 어쩌라고', 2000),
      page('5만 명이 썼다', 4000),
    ]);
    expect(runs.map((r) => [r.figure.text, r.startMs, r.endMs])).toEqual([
      ['2배', 0, 2000],
      ['5만 명', 4000, 6000],
    ]);
  });

  test('pages in a row with the same figure keep one callout', () => {
    const runs = figureRuns([
      page('투자가 300억 원으로…', 0),
      page('300억 원이면 충분하다', 2000),
      page('300억 원 또', 5000),
    ]);
    expect(runs.map((r) => [r.figure.text, r.startMs, r.endMs])).toEqual([
      ['300억 원', 0, 4000],
      ['300억 원', 5000, 7000],
    ]);
  });

  test('a figure broken over two lines is still found', () => {
    const runs = figureRuns([{ lines: [['투자는', '300억'], ['원입니다']], startMs: 0, durationMs: 1000 }]);
    expect(runs[0].figure.text).toBe('300억 원');
  });

  test('a negative figure counts down', () => {
    expect(findFigures('-3%')[0].value).toBe(-3);
  });
});
