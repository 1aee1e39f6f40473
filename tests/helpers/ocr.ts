import { spawnSync } from 'node:child_process';

/** Hangul, Latin letters and digits only: OCR's spacing and punctuation are not what is checked. */
const letters = (text: string) => Array.from(text.replace(/[^\p{Script=Hangul}A-Za-z0-9]/gu, ''));

/** Share of the expected text's characters found, in order, in what was read (longest common subsequence). */
export const similarity = (expected: string, read: string): number => {
  const a = letters(expected);
  const b = letters(read);
  const row = new Array<number>(b.length + 1).fill(0);
  for (const ch of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = ch === b[j - 1] ? diagonal + 1 : Math.max(row[j], row[j - 1]);
      diagonal = above;
    }
  }
  return row[b.length] / a.length;
};

/**
 * What Tesseract's Korean model reads in a PNG, as a viewer would read the frame. On one thread:
 * its OpenMP threads spin while they wait, so a 1080x400 crop took 0.74-0.95 s and 1.0-1.3 s of CPU,
 * and takes 0.28 s and 0.27 s so (the same text), while the render beside it keeps the other core.
 */
export const readKorean = (png: string): string => {
  const ocr = spawnSync('tesseract', [png, '-', '-l', 'kor', '--psm', '6'], {
    encoding: 'utf8',
    env: { ...process.env, OMP_THREAD_LIMIT: '1' },
  });
  if (ocr.error || ocr.status !== 0) {
    throw new Error(
      `tesseract with Korean is needed to read frames back (apt-get install tesseract-ocr-kor): ${ocr.error?.message ?? ocr.stderr}`,
    );
  }
  return ocr.stdout;
};
