import emoji0 from '@fontsource/noto-color-emoji/files/noto-color-emoji-0-400-normal.woff2';
import emoji1 from '@fontsource/noto-color-emoji/files/noto-color-emoji-1-400-normal.woff2';
import emoji2 from '@fontsource/noto-color-emoji/files/noto-color-emoji-2-400-normal.woff2';
import emoji3 from '@fontsource/noto-color-emoji/files/noto-color-emoji-3-400-normal.woff2';
import emoji4 from '@fontsource/noto-color-emoji/files/noto-color-emoji-4-400-normal.woff2';
import emoji5 from '@fontsource/noto-color-emoji/files/noto-color-emoji-5-400-normal.woff2';
import emoji6 from '@fontsource/noto-color-emoji/files/noto-color-emoji-6-400-normal.woff2';
import emoji7 from '@fontsource/noto-color-emoji/files/noto-color-emoji-7-400-normal.woff2';
import emoji8 from '@fontsource/noto-color-emoji/files/noto-color-emoji-8-400-normal.woff2';
import emoji9 from '@fontsource/noto-color-emoji/files/noto-color-emoji-9-400-normal.woff2';
import emoji10 from '@fontsource/noto-color-emoji/files/noto-color-emoji-10-400-normal.woff2';
import { loadFont } from '@remotion/fonts';
import pretendardBold from 'pretendard/dist/web/static/woff2/Pretendard-Bold.woff2';
import pretendardExtraBold from 'pretendard/dist/web/static/woff2/Pretendard-ExtraBold.woff2';
import pretendardSemiBold from 'pretendard/dist/web/static/woff2/Pretendard-SemiBold.woff2';
import { emojiSubsetsFor } from './emoji-subsets';

/** Pretendard draws Korean and Latin; emoji fall through to Noto Color Emoji. No system font is used. */
export const FONT_FAMILY = '"Pretendard", "Noto Color Emoji"';

export const WEIGHTS = { semiBold: 600, bold: 700, extraBold: 800 } as const;

const PRETENDARD = [
	{ weight: WEIGHTS.semiBold, url: pretendardSemiBold },
	{ weight: WEIGHTS.bold, url: pretendardBold },
	{ weight: WEIGHTS.extraBold, url: pretendardExtraBold },
];

/** Indexed like the subsets in @fontsource/noto-color-emoji/unicode.json ("[0]" to "[10]"). */
const EMOJI_URLS = [emoji0, emoji1, emoji2, emoji3, emoji4, emoji5, emoji6, emoji7, emoji8, emoji9, emoji10];

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
 * Loads Pretendard and the emoji subsets that `text` needs, each once per tab. Everything comes
 * from node_modules through the bundle: nothing is fetched from the internet.
 */
export const loadFonts = async (text = ''): Promise<void> => {
	await Promise.all([
		...PRETENDARD.map(({ weight, url }) =>
			once(`pretendard-${weight}`, () => loadFont({ family: 'Pretendard', url, weight: String(weight) })),
		),
		...emojiSubsetsFor(text).map(({ index, unicodeRange }) =>
			once(`emoji-${index}`, () =>
				loadFont({ family: 'Noto Color Emoji', url: EMOJI_URLS[index], unicodeRange }),
			),
		),
	]);
};
