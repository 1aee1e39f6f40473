import type { Issue } from '../schema';
import type { MeasureAt } from './fit-lines';

/** What the outro says when the issue file sets no call to action. */
export const DEFAULT_CALL_TO_ACTION = '전체 이야기는 뉴스레터에서';

export type SizedLine = { text: string; fontSize: number };
export type OutroText = { callToAction: SizedLine; name: SizedLine; links: SizedLine[] };

/** One line at up to `max` px, smaller when it would not fit: a long URL shrinks rather than wraps. */
export const fitOneLine = (text: string, max: number, width: number, measure: MeasureAt): SizedLine => ({
  text,
  fontSize: Math.min(max, Math.floor(width / Math.max(measure(text, 1), 1e-6))),
});

export const outroText = (
  issue: Issue,
  width: number,
  measure: { headline: MeasureAt; label: MeasureAt; caption: MeasureAt },
  sizes: { name: number; line: number },
): OutroText => {
  const links = [issue.newsletter.handle, issue.newsletter.url?.replace(/^https?:\/\//, '').replace(/\/$/, '')]
    .filter((l): l is string => Boolean(l))
    .map((l) => fitOneLine(l, sizes.line, width, measure.caption));
  return {
    callToAction: fitOneLine(issue.callToAction ?? DEFAULT_CALL_TO_ACTION, sizes.line, width, measure.label),
    name: fitOneLine(issue.newsletter.name, sizes.name, width, measure.headline),
    links,
  };
};
