/**
 * Which figure is on screen when: each caption page shows the first figure it mentions, and pages
 * in a row that mention the same figure keep one callout, so it is not counted up twice. Pure.
 */
import type { TimedPage } from '../captions/timing';
import { type Figure, findFigures } from './find-figures';

export type FigureRun = { figure: Figure; startMs: number; endMs: number };

const pageText = (page: Pick<TimedPage, 'lines'>): string => page.lines.map((words) => words.join(' ')).join(' ');

export const figureRuns = (pages: Array<Pick<TimedPage, 'lines' | 'startMs' | 'durationMs'>>): FigureRun[] => {
  const runs: FigureRun[] = [];
  let previous: FigureRun | null = null;
  for (const page of pages) {
    const figure = findFigures(pageText(page))[0] ?? null;
    const endMs = page.startMs + page.durationMs;
    if (figure && previous && previous.figure.text === figure.text && previous.endMs >= page.startMs) {
      previous.endMs = endMs;
      continue;
    }
    previous = figure ? { figure, startMs: page.startMs, endMs } : null;
    if (previous) runs.push(previous);
  }
  return runs;
};
