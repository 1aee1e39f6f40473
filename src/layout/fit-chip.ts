import type { Rect } from '../platforms';
import { LINE_HEIGHT, LOGO, TYPE } from '../design/tokens';
import type { Measurers } from './measurers';

export type Size = { width: number; height: number };

/** The chip's width per px of its font size. */
const chipEms = (name: string, position: string, measure: Measurers): number =>
  measure.label(name, 1) + measure.headline(position, 1) + 2 * TYPE.chipPaddingXEm + TYPE.chipGapEm;

/** Largest chip size, up to TYPE.chipFontSize, at which name and position fit `maxWidth`. */
export const fitChip = (name: string, position: string, maxWidth: number, measure: Measurers): number =>
  Math.max(TYPE.chipMinFontSize, Math.min(TYPE.chipFontSize, Math.floor(maxWidth / chipEms(name, position, measure))));

/** The logo's box: LOGO.height tall, and a wide wordmark capped at LOGO.maxWidth (so shorter). */
export const logoSize = (logo: Size): Size => {
  const width = Math.min(LOGO.maxWidth, (LOGO.height * logo.width) / logo.height);
  return { width, height: (width * logo.height) / logo.width };
};

export type HeaderRow = { chipFontSize: number; logo: Rect | null };

/**
 * The header's row: the chip on the left and the brand's logo at the right end, level with the
 * chip. The chip fits the width the logo leaves; a name too long for it even at the chip's
 * smallest size is an error rather than text under the logo.
 */
export const fitHeaderRow = ({
  name,
  position,
  row,
  logo,
  measure,
  place,
}: {
  name: string;
  position: string;
  /** Where the row starts (its top is the chip's), and how wide it is. */
  row: { x: number; y: number; width: number };
  logo: Size | null;
  measure: Measurers;
  /** For messages: "the header on YouTube Shorts". */
  place: string;
}): HeaderRow => {
  if (!logo) {
    return { chipFontSize: fitChip(name, position, row.width, measure), logo: null };
  }
  const box = logoSize(logo);
  const chipWidth = row.width - box.width - LOGO.gap;
  const chipFontSize = fitChip(name, position, chipWidth, measure);
  if (chipFontSize * chipEms(name, position, measure) > chipWidth) {
    throw new Error(
      `issue.newsletter.name: "${name}" is too long to sit beside the logo in ${place} even at ${TYPE.chipMinFontSize} px: shorten the name or use a narrower logo`,
    );
  }
  const chipHeight = chipFontSize * (LINE_HEIGHT.chip + 2 * TYPE.chipPaddingYEm);
  return {
    chipFontSize,
    logo: { x: row.x + row.width - box.width, y: row.y + (chipHeight - box.height) / 2, ...box },
  };
};
