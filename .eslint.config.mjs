// Remotion's template lint rules (hooks, no Math.random or Date in compositions, …) for the whole project.
import { config } from '@remotion/eslint-config-flat';

export default [{ ignores: ['node_modules/', 'out/'] }, ...config];
