/** Node side: assets/brand.json, read as Studio reads it, so render:issue passes the same `brand` prop. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BRAND_FILE, parseBrandFile } from '../brand/brand';
import type { Brand } from '../schema';
import { ASSETS_DIR } from './files';

/** The newsletter's brand; no file is the design's defaults, a broken one an error naming it. */
export const readBrandFile = async (assetsDir: string = ASSETS_DIR): Promise<Brand> => {
  let text: string;
  try {
    text = await readFile(join(assetsDir, BRAND_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return {};
    }
    throw new Error(`assets/${BRAND_FILE} cannot be read (${(error as Error).message})`);
  }
  return parseBrandFile(text);
};
