/** `--every` spacing: "1d", "12h", "90m", "1h30m". Pure. */

const UNIT_MS = { d: 86_400_000, h: 3_600_000, m: 60_000 } as const;

export const parseDuration = (text: string): number => {
  const trimmed = text.trim();
  if (!/^(\d+[dhm])+$/.test(trimmed)) {
    throw new Error(`--every takes a duration like 1d, 12h, 90m or 1h30m, not "${text}"`);
  }
  let ms = 0;
  for (const [, amount, unit] of trimmed.matchAll(/(\d+)([dhm])/g)) {
    ms += Number(amount) * UNIT_MS[unit as keyof typeof UNIT_MS];
  }
  if (ms <= 0) {
    throw new Error(`--every must be longer than zero, not "${text}"`);
  }
  return ms;
};

/** "1d 2h", "90m" → "1h 30m": how a spacing is shown back. */
export const formatDuration = (ms: number): string => {
  const parts: string[] = [];
  let rest = Math.round(ms / UNIT_MS.m) * UNIT_MS.m;
  for (const [unit, size] of Object.entries(UNIT_MS)) {
    const n = Math.floor(rest / size);
    if (n > 0) parts.push(`${n}${unit}`);
    rest -= n * size;
  }
  return parts.join(' ') || '0m';
};
