// One file with every emoji: the package's numbered subsets each load, but Chromium draws none of their glyphs.
import notoColorEmoji from '@fontsource/noto-color-emoji/files/noto-color-emoji-emoji-400-normal.woff2';
import { loadFont } from '@remotion/fonts';
import { staticFile } from 'remotion';
import pretendardBold from 'pretendard/dist/web/static/woff2/Pretendard-Bold.woff2';
import pretendardExtraBold from 'pretendard/dist/web/static/woff2/Pretendard-ExtraBold.woff2';
import pretendardSemiBold from 'pretendard/dist/web/static/woff2/Pretendard-SemiBold.woff2';
import { hasEmoji } from './emoji';
import { WEIGHTS } from '../design/tokens';

/** Pretendard draws Korean and Latin; emoji fall through to Noto Color Emoji. No system font is used. */
export const FONT_FAMILY = '"Pretendard", "Noto Color Emoji"';

const PRETENDARD = [
  { weight: WEIGHTS.semiBold, url: pretendardSemiBold },
  { weight: WEIGHTS.bold, url: pretendardBold },
  { weight: WEIGHTS.extraBold, url: pretendardExtraBold },
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
 * Loads Pretendard, Noto Color Emoji when `text` has an emoji and the brand font (a file under
 * assets/, checked by loadBrand first), each once per tab. Everything comes from node_modules or
 * assets/ through the bundle: nothing is fetched from the internet.
 */
export const loadFonts = async (text = '', brandFont: string | null = null): Promise<void> => {
  await Promise.all([
    ...PRETENDARD.map(({ weight, url }) =>
      once(`pretendard-${weight}`, () => loadFont({ family: 'Pretendard', url, weight: String(weight) })),
    ),
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
