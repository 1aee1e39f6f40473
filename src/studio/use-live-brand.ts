/**
 * Studio only: assets/brand.json follows the disk. The bundle carries the file as it was when
 * webpack built it (src/brand/newsletter-brand.ts), so every composition has its brand from the
 * first render; webpack's hot reload brings a change, but only after a rebuild (about 5 s on 2 busy
 * cores). Read here through the public folder as soon as Studio reports the change, with the same
 * parser, the preview has it within a second.
 */
import { watchStaticFile } from '@remotion/studio';
import { useEffect, useState } from 'react';
import { getRemotionEnvironment } from 'remotion';
import { BRAND_FILE, parseBrandFile } from '../brand/brand';
import type { Brand } from '../schema';
import { deepEqual } from './issue-edit';

export const useLiveBrand = (bundled: Brand): Brand => {
  const [fromDisk, setFromDisk] = useState<Brand | null>(null);
  useEffect(() => {
    const { isStudio, isReadOnlyStudio } = getRemotionEnvironment();
    if (!isStudio || isReadOnlyStudio) {
      return;
    }
    const keep = (brand: Brand) => setFromDisk((old) => (old !== null && deepEqual(old, brand) ? old : brand));
    const { cancel } = watchStaticFile(BRAND_FILE, (file) => {
      if (file === null) {
        // No file is the design's defaults, as for render:issue.
        keep({});
        return;
      }
      fetch(file.src, { cache: 'no-store' })
        .then((response) => response.text())
        .then((text) => keep(parseBrandFile(text)))
        // A broken file keeps the last good brand here; webpack's reload of the bundled copy names the error.
        .catch((error: unknown) => console.warn((error as Error).message));
    });
    return cancel;
  }, []);
  return fromDisk ?? bundled;
};
