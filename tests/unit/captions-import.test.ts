import { describe, expect, test } from 'vitest';
import {
  captionsToPhrases,
  overrunningPhrase,
  parseCaptionsFile,
  parseCaptionsJsonPhrases,
  parseSrtPhrases,
} from '../../src/captions/import';
import { CONTINUATION } from '../../src/captions/layout';
import type { PagingLimits } from '../../src/captions/paging';
import { pageText } from '../../src/captions/paging';
import { spreadOverWords } from '../../src/captions/timing';
import { overlapWarnings, pagePhrases, spreadOverVoice, timeVoicePages } from '../../src/captions/voice-timing';
import { pagePoints } from '../../src/captions/paging';
import { fakeMeasureAt } from '../helpers/fake-measure';

const SRT = `1
00:00:00,300 --> 00:00:02,100
이번 발표의 진짜 승자는
오픈소스 모델입니다.

2
00:00:02,550 --> 00:00:05,400
회사는 모델을 빠르게 바꿀 수 있는 구조가 필요하고 그래야 변화에 바로 대응할 수 있습니다.
`;

const limits: PagingLimits = { measure: (t) => fakeMeasureAt(t, 66), maxLineWidth: 902, maxLineChars: 16, maxLines: 2 };

describe('SRT import', () => {
  test('each cue is a phrase; its words share its time by their length', () => {
    const phrases = parseSrtPhrases(SRT, 'voice.srt');
    expect(phrases).toHaveLength(2);
    expect(phrases[0].words.map((w) => w.text)).toEqual([
      '이번',
      '발표의',
      '진짜',
      '승자는',
      '오픈소스',
      '모델입니다.',
    ]);
    expect(phrases[0].words[0].startMs).toBe(300);
    expect(phrases[0].words.at(-1)?.endMs).toBe(2100);
    expect(phrases[1].source).toBe('cue 2 (line 6)');
    // Longer words get more time: "모델입니다." (6) against "이번" (2).
    const [first] = phrases[0].words;
    const last = phrases[0].words.at(-1)!;
    expect(last.endMs - last.startMs).toBeGreaterThan(first.endMs - first.startMs);
    // Contiguous: each word starts where the one before ends.
    for (let i = 1; i < phrases[0].words.length; i++) {
      expect(phrases[0].words[i].startMs).toBe(phrases[0].words[i - 1].endMs);
    }
  });

  test('CRLF, a BOM, dot milliseconds and styling tags are read', () => {
    const input = `\uFEFF1\r\n00:00:01.000 --> 00:00:02.000\r\n<i>기울인</i> {\\an8}글자\r\n`;
    const [phrase] = parseSrtPhrases(input, 'x.srt');
    expect(phrase.words.map((w) => w.text)).toEqual(['기울인', '글자']);
    expect(phrase.words[0].startMs).toBe(1000);
  });

  test('cue numbers need not start at 1; trailing spaces and a < that is not a tag are kept as text', () => {
    const phrases = parseSrtPhrases('7  \n00:00:01,000 --> 00:00:02,000  \n3 < 5 그리고 7 > 2  \n', 'x.srt');
    expect(phrases[0].words.map((w) => w.text)).toEqual(['3', '<', '5', '그리고', '7', '>', '2']);
    expect(phrases[0].source).toBe('cue 7 (line 1)');
  });

  test.each([
    [
      'a missing blank line between cues',
      '1\n00:00:00,300 --> 00:00:02,000\n첫 문장입니다.\n2\n00:00:02,500 --> 00:00:04,000\n둘\n',
      /x\.srt: line 5: a cue timing inside the text of cue 1: put a blank line before each cue/,
    ],
    ['a cue that is only styling', '1\n00:00:01,000 --> 00:00:02,000\n<i></i>\n', /line 2: cue 1 has no text/],
    ['a missing timing line', '1\n안녕하세요\n', /x\.srt: line 2: cue 1 needs a timing/],
    [
      'a malformed time',
      '1\n00:00:01 --> 00:00:02,000\n안녕\n',
      /x\.srt: line 2: cue 1 has a malformed time "00:00:01"/,
    ],
    ['minutes past 59', '1\n00:61:00,000 --> 00:62:00,000\n안녕\n', /line 2: .*malformed time/],
    [
      'an end before the start',
      '1\n00:00:03,000 --> 00:00:02,000\n안녕\n',
      /line 2: cue 1 ends \(00:00:02,000\) before it starts/,
    ],
    [
      'a cue without text',
      '1\n00:00:01,000 --> 00:00:02,000\n\n2\n00:00:02,000 --> 00:00:03,000\n둘\n',
      /line 2: cue 1 has no text/,
    ],
    ['text where a cue number belongs', `${SRT}\n떠돌이 줄\n`, /line 10: expected a cue number, found "떠돌이 줄"/],
    [
      'cues out of order',
      '1\n00:00:05,000 --> 00:00:06,000\n하나\n\n2\n00:00:01,000 --> 00:00:02,000\n둘\n',
      /line 6: cue 2 starts before cue 1 \(line 1\)/,
    ],
    ['an empty file', '\n\n', /x\.srt: has no cues/],
  ])('%s is an error naming the file and line', (_, input, message) => {
    expect(() => parseSrtPhrases(input, 'x.srt')).toThrowError(message);
  });
});

describe('Whisper-style JSON import', () => {
  const caption = (text: string, startMs: number, endMs: number) => ({
    text,
    startMs,
    endMs,
    timestampMs: (startMs + endMs) / 2,
    confidence: 0.9,
  });

  test('a UTF-8 BOM before the JSON is read, as Windows editors save it', () => {
    const phrases = parseCaptionsFile(`\uFEFF${JSON.stringify([caption('안녕하세요.', 0, 800)])}`, 'x.json');
    expect(phrases.map((p) => p.words.map((w) => w.text))).toEqual([['안녕하세요.']]);
  });

  test('sub-word tokens join the word before; sentences and long pauses start a new phrase', () => {
    const phrases = captionsToPhrases(
      [
        caption(' 구글', 0, 300),
        caption('이', 300, 400),
        caption(' 앞섰습니다.', 400, 1200),
        caption(' 그래도', 1300, 1700),
        caption(' 의미', 1700, 2000),
        caption(' 있습니다', 3000, 3500),
      ],
      'w.json',
    );
    expect(phrases.map((p) => p.words.map((w) => w.text))).toEqual([
      ['구글이', '앞섰습니다.'],
      ['그래도', '의미'],
      ['있습니다'],
    ]);
    expect(phrases[0].words[0]).toEqual({ text: '구글이', startMs: 0, endMs: 400 });
    expect(phrases[1].source).toBe('captions [3]–[4]');
  });

  test('a caption with several words spreads its time over them', () => {
    const [phrase] = captionsToPhrases([caption(' 오픈소스 모델입니다', 1000, 2000)], 'w.json');
    expect(phrase.words).toEqual(spreadOverWords(['오픈소스', '모델입니다'], 1000, 2000));
  });

  test('captions without leading spaces (per sentence, or from parseSrt) are whole words, not sub-word tokens', () => {
    const phrases = captionsToPhrases(
      [caption('이번 발표의 승자는', 0, 1000), caption('오픈소스 모델입니다', 1000, 2000)],
      'w.json',
    );
    expect(phrases.flatMap((p) => p.words.map((w) => w.text))).toEqual([
      '이번',
      '발표의',
      '승자는',
      '오픈소스',
      '모델입니다',
    ]);
  });

  test('our own captions.json reads back: pageBreakAfter is a Caption field', () => {
    const json = JSON.stringify([{ ...caption('하나', 0, 500), pageBreakAfter: true }, caption('\n둘', 500, 900)]);
    expect(parseCaptionsJsonPhrases(json, 'a.json').flatMap((p) => p.words.map((w) => w.text))).toEqual(['하나', '둘']);
  });

  test('the file is read by its extension', () => {
    const json = JSON.stringify([caption(' 하나', 0, 500), { text: ' 둘', startMs: 500, endMs: 900 }]);
    expect(parseCaptionsFile(json, 'a.JSON').flatMap((p) => p.words.map((w) => w.text))).toEqual(['하나', '둘']);
    expect(parseCaptionsFile(SRT, 'a.srt')).toHaveLength(2);
  });

  test.each([
    ['broken JSON', '[{"text": " 하나",\n "startMs": }]', /w\.json: is not valid JSON/],
    ['not an array', '{"text": "하나"}', /w\.json: must be a JSON array of captions/],
    ['an empty array', '[]', /w\.json: has no captions/],
    ['a missing time', '[{"text": " 하나", "startMs": 0}]', /w\.json: \[0\]\.endMs: /],
    [
      'an end before the start',
      '[{"text": " 하나", "startMs": 500, "endMs": 100}]',
      /w\.json: \[0\]\.endMs: must not be before startMs/,
    ],
    ['a negative time', '[{"text": " 하나", "startMs": -5, "endMs": 100}]', /\[0\]\.startMs: must be 0 or more/],
    ['a misspelt field', '[{"text": " 하나", "startMs": 0, "endMS": 100, "endMs": 100}]', /\[0\]: .*endMS/],
    [
      'captions out of order',
      '[{"text": " 하나 둘", "startMs": 900, "endMs": 1500}, {"text": " 셋", "startMs": 500, "endMs": 1200}]',
      /w\.json: \[1\] starts at 500 ms, before \[0\] \(900 ms\)/,
    ],
  ])('%s is an error naming the file and the caption', (_, input, message) => {
    expect(() => parseCaptionsJsonPhrases(input, 'w.json')).toThrowError(message);
  });

  test('a phrase ending after the voice is found', () => {
    const phrases = parseSrtPhrases(SRT, 'x.srt');
    expect(overrunningPhrase(phrases, 6000)).toBeNull();
    expect(overrunningPhrase(phrases, 5000)).toEqual({ phrase: phrases[1], endMs: 5400 });
  });
});

describe('voice-timed pages', () => {
  test('a cue too long for one page is re-paged by the Korean rules; words keep their spoken times', () => {
    const phrases = parseSrtPhrases(SRT, 'x.srt');
    const { pages, times } = pagePhrases(phrases, limits);
    // Cue 2 is 47 characters: more than 2 lines of 16, so it becomes two pages, the first ending in "…".
    const cue2 = pages.filter((p) => p.pointIndex === 1);
    expect(cue2.length).toBe(2);
    expect(cue2[0].continues).toBe(true);
    expect(cue2[0].lines.at(-1)?.at(-1)?.endsWith(CONTINUATION)).toBe(true);
    expect(times).toEqual(phrases.flatMap((p) => p.words));
    for (const page of pages) {
      expect(page.lines.length).toBeLessThanOrEqual(2);
      for (const line of page.lines) expect(limits.measure(line.join(' '))).toBeLessThanOrEqual(limits.maxLineWidth);
    }

    const timed = timeVoicePages(pages, times, 5600);
    expect(timed[0].startMs).toBe(0);
    // The second cue's pages start with their first word's spoken time.
    const secondCueStart = timed.findIndex((p) => p.pointIndex === 1);
    expect(timed[secondCueStart].startMs).toBe(2550);
    expect(timed[secondCueStart].tokenLines[0][0]).toMatchObject({ fromMs: 2550 });
    // Back to back, the last one to the end of the voice.
    for (let i = 1; i < timed.length; i++) {
      expect(timed[i].startMs).toBe(timed[i - 1].startMs + timed[i - 1].durationMs);
    }
    expect(timed.at(-1)!.startMs + timed.at(-1)!.durationMs).toBe(5600);
    expect(timed.map(pageText).join(' ').replaceAll(CONTINUATION, '')).toBe(
      phrases.flatMap((p) => p.words.map((w) => w.text)).join(' '),
    );
  });

  test('without a captions file the points are spread over exactly the voice length', () => {
    const pages = pagePoints(
      ['이번 발표의 진짜 승자는 오픈소스 모델입니다.', '최고 모델의 80% 성능이면 충분합니다.'],
      limits,
    );
    const times = spreadOverVoice(pages, 9000);
    expect(times[0].startMs).toBe(0);
    expect(times.at(-1)!.endMs).toBe(9000);
    const timed = timeVoicePages(pages, times, 9000);
    expect(timed.at(-1)!.startMs + timed.at(-1)!.durationMs).toBe(9000);
  });
});

test('overlapping cues are a warning naming both', () => {
  const phrases = parseSrtPhrases(
    '1\n00:00:00,000 --> 00:00:02,000\n하나 둘\n\n2\n00:00:01,500 --> 00:00:03,000\n셋\n',
    'x.srt',
  );
  expect(overlapWarnings(phrases, 'f')).toEqual([
    'f: cue 2 (line 5) starts 500 ms before cue 1 (line 1) ends; its page replaces the earlier one, whose last words are never highlighted',
  ]);
  expect(overlapWarnings(parseSrtPhrases(SRT, 'x.srt'), 'f')).toEqual([]);
});
