import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import opentype from 'opentype.js';
import { FIXTURES } from './audio-fixtures';

/** Under the test public folder: a Latin-only font the tests draw themselves, and a text file named like a font. */
export const BLOCK_FONT = `${FIXTURES}/block.otf`;
export const NOT_A_FONT = `${FIXTURES}/not-a-font.woff2`;

const UNITS_PER_EM = 1000;
/** Far wider than Pretendard's Latin (about 0.56 em): text measured in this font takes visibly more room. */
const ADVANCE = 900;

/** A solid bar with a notch whose depth depends on the character, so each glyph has its own shape. */
const barGlyph = (code: number): opentype.Glyph => {
  const path = new opentype.Path();
  const notch = 100 + (code % 7) * 60;
  path.moveTo(80, 0);
  path.lineTo(820, 0);
  path.lineTo(820, 700);
  path.lineTo(500, 700);
  path.lineTo(500, 700 - notch);
  path.lineTo(400, 700 - notch);
  path.lineTo(400, 700);
  path.lineTo(80, 700);
  path.close();
  return new opentype.Glyph({ name: `c${code}`, unicode: code, advanceWidth: ADVANCE, path });
};

/**
 * "Block": printable ASCII but the space as wide bars and nothing else, so Hangul and the spaces
 * between words fall back to Pretendard and Latin measures wider than Pretendard's.
 */
const blockFont = (): ArrayBuffer => {
  const notdef = new opentype.Glyph({ name: '.notdef', unicode: 0, advanceWidth: ADVANCE, path: new opentype.Path() });
  const glyphs = [notdef, ...Array.from({ length: 126 - 33 + 1 }, (_, i) => barGlyph(33 + i))];
  return new opentype.Font({
    familyName: 'Block',
    styleName: 'Regular',
    unitsPerEm: UNITS_PER_EM,
    ascender: 800,
    descender: -200,
    glyphs,
  }).toArrayBuffer();
};

/** Font fixtures for the brand's tests, beside a copy of assets/. */
export const writeBrandFixtures = (publicDir: string): void => {
  writeFileSync(join(publicDir, BLOCK_FONT), Buffer.from(blockFont()));
  writeFileSync(join(publicDir, NOT_A_FONT), 'this is a text file named like a font\n'.repeat(20));
};
