import type { HeadlessBrowser } from '@remotion/renderer';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { closeBrowser, launchBrowser, resolveComposition } from '../../src/render/render';
import { MAX_HEADLINE_CHARS } from '../../src/schema';
import { exampleProps } from '../helpers/example';

const serveUrl = inject('serveUrl');
let browser: HeadlessBrowser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  if (browser) await closeBrowser(browser);
});

/** Words of these many syllables; every Hangul syllable of Pretendard is as wide as any other. */
const koreanHeadline = (...syllables: number[]): string =>
  syllables.map((n) => '가나다라마바사아'.slice(0, n)).join(' ');

/**
 * Of all Korean headlines of the schema's longest length with words of 1 to 7 syllables, the ones
 * that leave the hook, the recap and the cover the least room at their minimum size (found by
 * exhaustive search over word lengths with Pretendard's widths).
 */
const WORST_CASES = [koreanHeadline(2, 7, 7, 2, 7, 4), koreanHeadline(1, 6, 7, 1, 7, 7), koreanHeadline(6, 7, 6, 7, 4)];

describe('the longest headline the schema allows fits every layout with the real font', () => {
  test('the worst cases are as long as the schema allows', () => {
    expect(WORST_CASES.map((h) => h.length)).toEqual(WORST_CASES.map(() => MAX_HEADLINE_CHARS));
  });

  test.each(WORST_CASES)('the hook in the layout shared by both platforms, the narrowest: "%s"', async (headline) => {
    const props = exampleProps({ platform: 'both', takeaway: 1 });
    props.issue.takeaways[0].headline = headline;
    await expect(
      resolveComposition({ serveUrl, browser, id: 'TakeawayClip', inputProps: props }),
    ).resolves.toMatchObject({ width: 1080 });
  });

  test('the recap in the shared layout, the narrowest headline of all (room for the number beside it)', async () => {
    const { issue, brand } = exampleProps();
    WORST_CASES.forEach((headline, i) => (issue.takeaways[i].headline = headline));
    await expect(
      resolveComposition({ serveUrl, browser, id: 'Recap', inputProps: { issue, platform: 'both', brand } }),
    ).resolves.toMatchObject({ width: 1080 });
  });

  test.each(WORST_CASES)('the cover: "%s"', async (headline) => {
    const props = exampleProps({ takeaway: 1 });
    props.issue.takeaways[0].headline = headline;
    await expect(resolveComposition({ serveUrl, browser, id: 'Cover', inputProps: props })).resolves.toMatchObject({
      width: 1080,
    });
  });
});

test('a headline within the limit but with words too long to share a line is refused with the real limit', async () => {
  const { issue, brand } = exampleProps();
  // Two neighbours never share a recap line in the shared layout, so 4 words take 4 lines.
  issue.takeaways[0].headline = koreanHeadline(8, 7, 8, 7);
  await expect(
    resolveComposition({ serveUrl, browser, id: 'Recap', inputProps: { issue, platform: 'both', brand } }),
  ).rejects.toThrowError(
    new RegExp(
      `issue\\.takeaways\\[0\\]\\.headline: too long to fit the recap on Instagram Reels and YouTube Shorts in 3 lines of 703 px at the minimum size of 56 px .*A headline of up to ${MAX_HEADLINE_CHARS} characters fits when none of its words is longer than 7 syllables`,
    ),
  );
});
