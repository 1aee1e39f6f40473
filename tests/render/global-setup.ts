import type { TestProject } from 'vitest/node';
import { bundleProject } from '../../src/render/bundle';

declare module 'vitest' {
	export interface ProvidedContext {
		serveUrl: string;
	}
}

/** Bundles once for every render test file: webpack is the slow part of starting a render. */
export default async function setup(project: TestProject): Promise<void> {
	project.provide('serveUrl', await bundleProject());
}
