/**
 * Browser side of calculateMetadata for the brand: resolves it from the props (the defaults, the
 * `brand` prop from assets/brand.json, the issue's `brand`), reads the logo like a picture (its
 * shape sets its place in the header) and loads the font file on its own first, so a missing or
 * broken file fails with the field and the file named before any frame renders.
 */
import { brandField, resolveBrand, type ResolvedBrand } from '../brand/brand';
import { loadFonts } from '../fonts/load-fonts';
import type { Size } from '../layout/fit-chip';
import type { Brand, Issue } from '../schema';
import { fetchFile } from './asset-files';
import { issueText } from './clip-text';
import { loadImage } from './load-visual';

const checkFont = async (path: string, field: string): Promise<void> => {
  const bytes = await fetchFile(path, field);
  try {
    await new FontFace('brand-font-check', bytes).load();
  } catch (error) {
    throw new Error(
      `${field}: assets/${path} is not a font Chromium can load (${(error as Error).message}): use a .woff2, .woff, .ttf or .otf font file`,
    );
  }
};

/** The resolved brand with its files checked and every font the issue's text needs loaded; the logo's pixel size. */
export const loadBrand = async ({
  brand: newsletter,
  issue,
}: {
  brand: Brand;
  issue: Issue;
}): Promise<{ brand: ResolvedBrand; logo: Size | null }> => {
  const brand = resolveBrand(newsletter, issue.brand);
  const [logo] = await Promise.all([
    brand.logo ? loadImage(brand.logo, brandField('logo', issue)) : null,
    brand.font ? checkFont(brand.font, brandField('font', issue)) : null,
  ]);
  // Only now: Remotion's loadFont stops the render with a bare browser error when a file does not load.
  await loadFonts(issueText(issue), brand.font);
  return { brand, logo: logo && { width: logo.width, height: logo.height } };
};
