import { useEffect, useState } from 'react';
import { cancelRender, continueRender, delayRender, getStaticFiles } from 'remotion';
import type { Brand } from '../schema';
import { BRAND_FILE, parseBrandFile } from './brand';

/** assets/brand.json through the bundle's public files; no file is the design's defaults. */
export const loadBrandFile = async (): Promise<Brand> => {
  const file = getStaticFiles().find((f) => f.name === BRAND_FILE);
  if (!file) {
    return {};
  }
  const response = await fetch(file.src);
  if (!response.ok) {
    throw new Error(`assets/${BRAND_FILE} could not be read (HTTP ${response.status})`);
  }
  return parseBrandFile(await response.text());
};

/**
 * The newsletter's brand, holding Studio and renders until it is read. Every clip and cover wears
 * it, so a broken brand.json stops them all, with the file and the field named, before any frame.
 */
export const useBrandFile = (): Brand | null => {
  const [handle] = useState(() => delayRender(`Reading assets/${BRAND_FILE}`));
  const [brand, setBrand] = useState<Brand | null>(null);
  useEffect(() => {
    loadBrandFile()
      .then((loaded) => {
        setBrand(loaded);
        continueRender(handle);
      })
      .catch((err: unknown) => cancelRender(err));
  }, [handle]);
  return brand;
};
