import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, test } from 'vitest';
import { SUBSET_CODE_POINTS } from '../../src/fonts/pretendard-subset-data';
import { encodeRanges, inPretendardSubset, needsFullPretendard } from '../../src/fonts/pretendard-subset';
import { issueText } from '../../src/clip/clip-text';
import { issueSchema } from '../../src/schema';

const STATIC = join(__dirname, '../../node_modules/pretendard/dist/web/static');
const WEIGHTS = ['SemiBold', 'Bold', 'ExtraBold'];
const codePoints = (file: string): number[] => (fontkit.openSync(file) as fontkit.Font).characterSet;

describe("Pretendard's subset and the list of what it draws", () => {
  test.each(WEIGHTS)('the list is exactly what the %s subset file draws', (weight) => {
    const drawn = codePoints(join(STATIC, 'woff2-subset', `Pretendard-${weight}.subset.woff2`));
    // On a new Pretendard, write this into src/fonts/pretendard-subset-data.ts.
    expect(encodeRanges(drawn)).toBe(SUBSET_CODE_POINTS.trim());
  });

  test.each(WEIGHTS)(
    'the full %s font draws every character of the subset, so the fallback never changes font',
    (weight) => {
      const full = new Set(codePoints(join(STATIC, 'woff2', `Pretendard-${weight}.woff2`)));
      const subset = codePoints(join(STATIC, 'woff2-subset', `Pretendard-${weight}.subset.woff2`));
      expect(subset.filter((cp) => !full.has(cp))).toEqual([]);
    },
  );
});

describe('which text needs the full font', () => {
  test('no example issue does: their clips load the subset only', () => {
    const examples = join(__dirname, '../../assets/examples');
    const files = readdirSync(examples).filter((name) => name.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) {
      const issue = issueSchema.parse(JSON.parse(readFileSync(join(examples, name), 'utf8')));
      expect(needsFullPretendard(issueText(issue)), name).toBe(false);
    }
    const captions = readFileSync(join(examples, 'audio/t6-voice.srt'), 'utf8');
    expect(needsFullPretendard(captions)).toBe(false);
  });

  test('a syllable outside the subset does, as does a no-break space', () => {
    const rare = Array.from({ length: 0xd7a4 - 0xac00 }, (_, i) => 0xac00 + i).find((cp) => !inPretendardSubset(cp));
    expect(rare).toBeDefined();
    expect(needsFullPretendard(`오늘의 ${String.fromCodePoint(rare as number)}`)).toBe(true);
    expect(needsFullPretendard('300억\u00a0원')).toBe(true);
  });

  test('emoji, their joiners, selectors, skin tones and keycaps do not: neither font has them', () => {
    expect(needsFullPretendard('구글 제미나이 GPT-4 37% $20 ❤️ 👍🏽 👩‍💻 1️⃣ 🇰🇷\n\t출처: 구글')).toBe(false);
  });

  test("a picture's credit and a voice's captions count as text the clip draws", () => {
    const issue = issueSchema.parse(
      JSON.parse(readFileSync(join(__dirname, '../../assets/examples/two-takeaways.json'), 'utf8')),
    );
    issue.takeaways[0].visual = { src: 'examples/visuals/benchmark-chart.png', credit: '출처:\u00a0구글' };
    expect(needsFullPretendard(issueText(issue))).toBe(true);
    delete issue.takeaways[0].visual;
    expect(needsFullPretendard(issueText(issue, ['말씀\u00a0드립니다']))).toBe(true);
  });
});
