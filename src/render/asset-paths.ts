/**
 * The issue's files, checked where they really are before anything is bundled. The schema only
 * reads the path's text, so a folder under assets/ that is a symbolic link to elsewhere would let a
 * voiceover or a picture come from anywhere on the machine; only Node can resolve links. Node only.
 */
import { lstat, realpath } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { brandFiles } from '../brand/brand';
import type { Brand, Issue } from '../schema';
import { ASSETS_DIR } from './files';

/** Every file path the issue and the brand name, with its field as written in the issue file or brand.json. */
const assetFields = (issue: Issue, brand: Brand): Array<{ field: string; path: string }> => [
  ...(issue.music ? [{ field: 'music.src', path: issue.music.src }] : []),
  ...issue.takeaways.flatMap((takeaway, i) => [
    ...(['voiceover', 'captions'] as const).flatMap((key) => {
      const path = takeaway[key];
      return path === undefined ? [] : [{ field: `takeaways[${i}].${key}`, path }];
    }),
    ...(takeaway.visual ? [{ field: `takeaways[${i}].visual.src`, path: takeaway.visual.src }] : []),
  ]),
  ...brandFiles(brand, issue),
];

const isInside = (dir: string, path: string): boolean => {
  const rel = relative(dir, path);
  return rel !== '' && !isAbsolute(rel) && rel.split(sep)[0] !== '..';
};

const problemOf = async (
  assetsDir: string,
  realAssets: string,
  field: string,
  path: string,
): Promise<string | null> => {
  const shown = `assets/${path}`;
  const absolute = join(assetsDir, path);
  let real: string;
  try {
    real = await realpath(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR'
      ? `${field}: ${shown} does not exist (paths are relative to assets/)`
      : `${field}: ${shown} cannot be read (${code ?? (error as Error).message})`;
  }
  if (!isInside(realAssets, real)) {
    return `${field}: ${shown} is ${real}, outside assets/ (through a symbolic link): copy the file into assets/`;
  }
  // Remotion's renderer answers 404 for a file that is itself a link, wherever it points.
  if ((await lstat(absolute)).isSymbolicLink()) {
    return `${field}: ${shown} is a symbolic link, which Remotion's renderer does not serve: put the file itself there`;
  }
  return null;
};

/** Throws one error listing every referenced file that is missing or is not really under assets/. */
export const checkAssetPaths = async (issue: Issue, brand: Brand, assetsDir: string = ASSETS_DIR): Promise<void> => {
  const realAssets = await realpath(assetsDir);
  const problems = await Promise.all(
    assetFields(issue, brand).map(({ field, path }) => problemOf(assetsDir, realAssets, field, path)),
  );
  const found = problems.filter((problem): problem is string => problem !== null);
  if (found.length > 0) {
    throw new Error(found.join('; '));
  }
};
