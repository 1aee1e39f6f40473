/**
 * Whether a text needs the full Pretendard, or its subset draws all of it. Pure: no React, no Node.
 */
import { SUBSET_CODE_POINTS } from './pretendard-subset-data';

type Range = [first: number, last: number];

/** Code points as pretendard-subset-data.ts writes them: each range's first in base 36, `-count` after it. */
export const encodeRanges = (codePoints: number[]): string => {
  const ranges: Range[] = [];
  for (const cp of [...new Set(codePoints)].sort((a, b) => a - b)) {
    const last = ranges.at(-1);
    if (last && cp === last[1] + 1) last[1] = cp;
    else ranges.push([cp, cp]);
  }
  return ranges.map(([a, b]) => (a === b ? a.toString(36) : `${a.toString(36)}-${(b - a).toString(36)}`)).join(' ');
};

const SUBSET: Range[] = SUBSET_CODE_POINTS.trim()
  .split(' ')
  .map((token) => {
    const [first, more] = token.split('-').map((part) => parseInt(part, 36));
    return [first, first + (more ?? 0)];
  });

export const inPretendardSubset = (cp: number): boolean => {
  let lo = 0;
  let hi = SUBSET.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < SUBSET[mid][0]) hi = mid - 1;
    else if (cp > SUBSET[mid][1]) lo = mid + 1;
    else return true;
  }
  return false;
};

/** Line breaks and tabs draw nothing; emoji, their joiners and selectors are Noto Color Emoji's. */
const NOT_PRETENDARDS = /\p{Cc}|\p{Extended_Pictographic}|\p{Emoji_Component}/u;

/**
 * True when a character of `text` is outside the subset: a rare syllable (뷁), a no-break space,
 * Latin beyond the common accents. Emoji do not count: neither file has them.
 */
export const needsFullPretendard = (text: string): boolean =>
  Array.from(text).some((ch) => !inPretendardSubset(ch.codePointAt(0) as number) && !NOT_PRETENDARDS.test(ch));
