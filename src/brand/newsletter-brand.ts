/**
 * assets/brand.json as Studio and `npx remotion render` see it: bundled with the code (webpack
 * finds it when bundling, and Studio reloads when it changes), so the compositions carry it from
 * the first render and no composition is selected before it is read. No file is the defaults; a
 * file that fails the schema stops the bundle from loading, naming the file and the field.
 */
import type { Brand } from '../schema';
import { parseBrand } from './brand';

const files = import.meta.webpackContext('../../assets', { recursive: false, regExp: /^\.\/brand\.json$/ });

export const NEWSLETTER_BRAND: Brand = files.keys().length === 0 ? {} : parseBrand(files(files.keys()[0]));
