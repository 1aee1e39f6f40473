// One file with every emoji: the package's numbered subsets each load, but Chromium draws none of their glyphs.
import notoColorEmoji from '@fontsource/noto-color-emoji/files/noto-color-emoji-emoji-400-normal.woff2';
import { loadFont } from '@remotion/fonts';
import { staticFile } from 'remotion';
import pretendardBold from 'pretendard/dist/web/static/woff2/Pretendard-Bold.woff2';
import pretendardExtraBold from 'pretendard/dist/web/static/woff2/Pretendard-ExtraBold.woff2';
import pretendardSemiBold from 'pretendard/dist/web/static/woff2/Pretendard-SemiBold.woff2';
import pretendardSubsetBold from 'pretendard/dist/web/static/woff2-subset/Pretendard-Bold.subset.woff2';
import pretendardSubsetExtraBold from 'pretendard/dist/web/static/woff2-subset/Pretendard-ExtraBold.subset.woff2';
import pretendardSubsetSemiBold from 'pretendard/dist/web/static/woff2-subset/Pretendard-SemiBold.subset.woff2';
import { hasEmoji } from './emoji';
import { needsFullPretendard } from './pretendard-subset';
import { WEIGHTS } from '../design/tokens';

/**
 * Pretendard draws Korean and Latin: its subset first, then the full font (the same glyphs and
 * metrics) for what the subset lacks, loaded only for text that has such a character. Emoji fall
 * through to Noto Color Emoji. No system font is used.
 */
export const FONT_FAMILY = '"Pretendard", "Pretendard Full", "Noto Color Emoji"';

/**
 * Each weight as the subset (about 270 KB) and as the full font (790 KB). Decoding the three full
 * weights was 0.45–0.55 s of every tab's start on 2 cores; with the subset a select or a still
 * takes about 0.3 s less, for frames that are byte for byte the same.
 */
const PRETENDARD = [
  { weight: WEIGHTS.semiBold, subset: pretendardSubsetSemiBold, full: pretendardSemiBold },
  { weight: WEIGHTS.bold, subset: pretendardSubsetBold, full: pretendardBold },
  { weight: WEIGHTS.extraBold, subset: pretendardSubsetExtraBold, full: pretendardExtraBold },
];

/**
 * Every weight the text uses maps to the one emoji face, and to the one brand font file, so Chromium
 * never smears a glyph with synthetic bold: the brand's file is drawn as it was made.
 */
const ANY_WEIGHT = '100 900';

/** One family name per brand font file, so two issues' fonts never share a name in one tab. */
const brandFamily = (path: string): string => `Brand ${path.replace(/[^A-Za-z0-9]/g, '_')}`;

/** Headlines and captions: the brand font when there is one, Pretendard for every glyph it lacks. */
export const displayFamily = (brandFont: string | null): string =>
  brandFont ? `"${brandFamily(brandFont)}", ${FONT_FAMILY}` : FONT_FAMILY;

const loaded = new Map<string, Promise<void>>();

const once = (key: string, load: () => Promise<void>): Promise<void> => {
  const existing = loaded.get(key);
  if (existing) {
    return existing;
  }
  const promise = load();
  loaded.set(key, promise);
  return promise;
};

/**
 * Loads Pretendard's subset, the full font when `text` has a character the subset lacks, Noto Color
 * Emoji when `text` has an emoji and the brand font (a file under
 * assets/, checked by loadBrand first), each once per tab. Everything comes from node_modules or
 * assets/ through the bundle: nothing is fetched from the internet.
 */
export const loadFonts = async (text = '', brandFont: string | null = null): Promise<void> => {
  await Promise.all([
    ...PRETENDARD.map(({ weight, subset }) =>
      once(`pretendard-${weight}`, () => loadFont({ family: 'Pretendard', url: subset, weight: String(weight) })),
    ),
    ...(needsFullPretendard(text)
      ? PRETENDARD.map(({ weight, full }) =>
          once(`pretendard-full-${weight}`, () =>
            loadFont({ family: 'Pretendard Full', url: full, weight: String(weight) }),
          ),
        )
      : []),
    ...(hasEmoji(text)
      ? [once('emoji', () => loadFont({ family: 'Noto Color Emoji', url: notoColorEmoji, weight: ANY_WEIGHT }))]
      : []),
    ...(brandFont
      ? [
          once(`brand-${brandFont}`, () =>
            loadFont({ family: brandFamily(brandFont), url: staticFile(brandFont), weight: ANY_WEIGHT }),
          ),
        ]
      : []),
  ]);
};
