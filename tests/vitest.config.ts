import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	root: fileURLToPath(new URL('..', import.meta.url)),
	test: {
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
			},
			{
				extends: true,
				test: {
					name: 'render',
					include: ['tests/render/**/*.test.ts'],
					globalSetup: ['tests/render/global-setup.ts'],
					// One Chrome at a time: on 2 cores parallel render files only fight for the CPU.
					fileParallelism: false,
					testTimeout: 180_000,
					hookTimeout: 240_000,
				},
			},
		],
	},
});
