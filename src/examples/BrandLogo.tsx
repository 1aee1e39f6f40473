import type React from 'react';
import { AbsoluteFill } from 'remotion';

/** The example newsletter's colours, as assets/brand.json sets them. */
const MINT = '#3BF0B5';
const TEAL = '#17B6C8';
const NIGHT = '#182A4D';
const SNOW = '#F8FAFC';

/**
 * The example newsletter's logo ("주간 실리콘밸리"): a sun rising in a valley between two ridges, on
 * a mint tile. Drawn with SVG so the project ships no third-party artwork; the PNG keeps its
 * transparent corners.
 */
export const BrandLogo: React.FC = () => (
  <AbsoluteFill>
    <svg viewBox="0 0 512 512" width="100%" height="100%">
      <defs>
        <linearGradient id="tile" x1="0" y1="0" x2="1" y2="1">
          <stop offset="0" stopColor={MINT} />
          <stop offset="1" stopColor={TEAL} />
        </linearGradient>
        <clipPath id="corners">
          <rect width="512" height="512" rx="120" />
        </clipPath>
      </defs>
      <g clipPath="url(#corners)">
        <rect width="512" height="512" fill="url(#tile)" />
        <circle cx="256" cy="286" r="92" fill={SNOW} />
        <path d="M-20 512 L-20 330 L120 190 L256 372 L392 190 L532 330 L532 512 Z" fill={NIGHT} />
      </g>
    </svg>
  </AbsoluteFill>
);
