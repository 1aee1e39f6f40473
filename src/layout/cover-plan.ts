/**
 * The cover still: everything essential inside the 4:5 feed crop (rows 285–1635 of 1920), which
 * also keeps it inside the profile grid's 3:4 crop (rows 240–1680). Pure, like the clip's plan.
 */
import type { Rect } from '../platforms';
import type { CoverProps } from '../schema';
import { fitHeadline } from './fit-headline';
import type { FittedText } from './fit-lines';
import { fitOneLine, type SizedLine } from './outro-text';
import { fitHeaderRow, type Size } from './fit-chip';
import type { Measurers } from './measurers';
import { COVER } from '../design/tokens';

export type CoverPlan = {
  box: { x: number; y: number; width: number; height: number };
  headline: FittedText;
  chipFontSize: number;
  /** The brand's logo at the chip row's right end. */
  logo: Rect | null;
  position: string;
  title: SizedLine;
};

export const planCover = (
  { issue, takeaway }: Pick<CoverProps, 'issue' | 'takeaway'>,
  measure: Measurers,
  logo: Size | null = null,
): CoverPlan => {
  const item = issue.takeaways[takeaway - 1];
  const box = {
    x: COVER.margin,
    y: COVER.essential.top + COVER.margin,
    width: COVER.width - 2 * COVER.margin,
    height: COVER.essential.bottom - COVER.essential.top - 2 * COVER.margin,
  };
  const headline = fitHeadline({
    field: `issue.takeaways[${takeaway - 1}].headline`,
    place: 'the cover',
    text: item.headline,
    measure: measure.headline,
    maxWidth: box.width,
    maxLines: COVER.headlineMaxLines,
    maxFontSize: COVER.headlineMaxFontSize,
    minFontSize: COVER.headlineMinFontSize,
  });
  const position = `${takeaway}/${issue.takeaways.length}`;
  const header = fitHeaderRow({
    name: issue.newsletter.name,
    position,
    row: box,
    logo,
    measure,
    place: 'the cover',
  });
  return {
    box,
    headline,
    position,
    chipFontSize: header.chipFontSize,
    logo: header.logo,
    title: fitOneLine(issue.title, COVER.titleFontSize, box.width, measure.label),
  };
};
