import type { Theme } from '../schema';

/** Night-blue ground with a warm yellow accent: high contrast for captions on a phone in daylight. */
export const DEFAULT_THEME: Theme = {
  background: '#0E1320',
  backgroundGradient: '#1C2540',
  text: '#F7F8FA',
  mutedText: '#AEB8CC',
  accent: '#FFD43B',
  onAccent: '#14161C',
};
