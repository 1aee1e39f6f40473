/**
 * The brand kit: the design's defaults, then assets/brand.json (the newsletter's), then an issue's
 * `brand`, field by field and the theme colour by colour. Pure, so Studio, `npx remotion render`
 * and render:issue resolve the same look from the same props.
 */
import { DEFAULT_CAPTION_STYLE, DEFAULT_THEME } from '../design/tokens';
import { type Brand, brandSchema, type CaptionStyle, formatZodError, type Issue, type Theme } from '../schema';
import { stripBom } from '../strip-bom';

/** The newsletter's brand file, relative to assets/. */
export const BRAND_FILE = 'brand.json';

export type ResolvedBrand = {
  logo: string | null;
  theme: Theme;
  font: string | null;
  captionStyle: CaptionStyle;
};

export const resolveBrand = (newsletter: Brand, issue: Brand | undefined): ResolvedBrand => ({
  logo: issue?.logo ?? newsletter.logo ?? null,
  theme: { ...DEFAULT_THEME, ...newsletter.theme, ...issue?.theme },
  font: issue?.font ?? newsletter.font ?? null,
  captionStyle: issue?.captionStyle ?? newsletter.captionStyle ?? DEFAULT_CAPTION_STYLE,
});

/** Where a file field's value came from, as the user wrote it: the issue's `brand`, else assets/brand.json. */
export const brandField = (key: 'logo' | 'font', issue: Issue): string =>
  issue.brand?.[key] !== undefined ? `issue.brand.${key}` : `brand.${key} (assets/${BRAND_FILE})`;

/** The files a brand names, with the field each came from. */
export const brandFiles = (newsletter: Brand, issue: Issue): Array<{ field: string; path: string }> => {
  const brand = resolveBrand(newsletter, issue.brand);
  return (['logo', 'font'] as const).flatMap((key) => {
    const path = brand[key];
    return path === null ? [] : [{ field: brandField(key, issue), path }];
  });
};

/** assets/brand.json's content as the brand it sets; one that fails the schema is an error naming the file and the field. */
export const parseBrand = (json: unknown): Brand => {
  const result = brandSchema.safeParse(json);
  if (!result.success) {
    throw new Error(`assets/${BRAND_FILE}: ${formatZodError(result.error)}`);
  }
  return result.data;
};

/** assets/brand.json's text as the brand it sets; a file that is not JSON is an error naming it. */
export const parseBrandFile = (text: string): Brand => {
  let json: unknown;
  try {
    json = JSON.parse(stripBom(text));
  } catch (error) {
    throw new Error(`assets/${BRAND_FILE}: not valid JSON: ${(error as Error).message}`);
  }
  return parseBrand(json);
};
