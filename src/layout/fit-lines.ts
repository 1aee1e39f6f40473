import { balancedLines, type Measure, tokenize } from '../captions/layout';

/** Width of text at a font size, for one weight of the real font. */
export type MeasureAt = (text: string, fontSize: number) => number;

export type FittedText = { fontSize: number; lines: string[] };

/** Largest size, stepping down, at which the text breaks (at spaces only) into at most `maxLines`. */
export const fitLines = ({
  text,
  measure,
  maxWidth,
  maxLines,
  maxFontSize,
  minFontSize,
  step = 2,
}: {
  text: string;
  measure: MeasureAt;
  maxWidth: number;
  maxLines: number;
  maxFontSize: number;
  minFontSize: number;
  step?: number;
}): FittedText | null => {
  const words = tokenize(text);
  for (let fontSize = maxFontSize; fontSize >= minFontSize; fontSize -= step) {
    const at: Measure = (t) => measure(t, fontSize);
    const limits = { measure: at, maxLineWidth: maxWidth, maxLineChars: Number.POSITIVE_INFINITY };
    const lines = balancedLines(words, limits);
    if (lines.length <= maxLines && lines.every((line) => at(line.join(' ')) <= maxWidth)) {
      return { fontSize, lines: lines.map((l) => l.join(' ')) };
    }
  }
  return null;
};
