// Remotion's template lint rules (hooks, no Math.random or Date in compositions, …) for the whole project.
import { config } from '@remotion/eslint-config-flat';

export default [
  { ignores: ['node_modules/', 'out/'] },
  ...config,
  // The review page is a plain web page opened from disk, not a composition: native <video> and <img> are right there.
  { files: ['src/review/**'], rules: { '@remotion/warn-native-media-tag': 'off' } },
];
