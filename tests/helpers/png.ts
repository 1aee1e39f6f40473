import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import type { Rect } from '../../src/platforms';

export const readPng = (path: string): PNG => PNG.sync.read(readFileSync(path));

const hex = (color: string): [number, number, number] => {
  const n = parseInt(color.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};

/** Pixels that differ from a flat background by more than `tolerance` on any channel, inside or outside a rectangle. */
export const differingPixels = (png: PNG, background: string, rect: Rect, tolerance = 6) => {
  const [r, g, b] = hex(background);
  let inside = 0;
  let outside = 0;
  const outsideExamples: Array<[number, number]> = [];
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      const differs =
        Math.abs(png.data[i] - r) > tolerance ||
        Math.abs(png.data[i + 1] - g) > tolerance ||
        Math.abs(png.data[i + 2] - b) > tolerance;
      if (!differs) continue;
      if (x >= rect.x && x < rect.x + rect.width && y >= rect.y && y < rect.y + rect.height) {
        inside++;
      } else {
        outside++;
        if (outsideExamples.length < 5) outsideExamples.push([x, y]);
      }
    }
  }
  return { inside, outside, outsideExamples };
};

/** Pixels a viewer would call clearly red (a drawn ❤️): strong red, little green or blue. */
export const redPixels = (png: PNG): number => {
  let count = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    if (png.data[i] > 180 && png.data[i + 1] < 90 && png.data[i + 2] < 90) count++;
  }
  return count;
};

/**
 * Pixels inside `rect` where two renders of the same size differ by more than `tolerance` on any
 * channel, with `b` read `dy` rows lower.
 */
export const pixelsChanged = (a: PNG, b: PNG, rect: Rect, { tolerance = 24, dy = 0 } = {}): number => {
  let count = 0;
  for (let y = Math.max(0, Math.round(rect.y)); y < Math.min(a.height, rect.y + rect.height); y++) {
    for (let x = Math.max(0, Math.round(rect.x)); x < Math.min(a.width, rect.x + rect.width); x++) {
      const i = (y * a.width + x) * 4;
      const j = ((y + dy) * a.width + x) * 4;
      if (
        Math.abs(a.data[i] - b.data[j]) > tolerance ||
        Math.abs(a.data[i + 1] - b.data[j + 1]) > tolerance ||
        Math.abs(a.data[i + 2] - b.data[j + 2]) > tolerance
      ) {
        count++;
      }
    }
  }
  return count;
};
