/**
 * The pieces `npm run bench` measures with: the Remotion CLI as a user runs it, timed from outside,
 * on one prebuilt bundle so bundling does not count unless a variant is about bundling.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from './files';

export const REMOTION_CLI = join(PROJECT_ROOT, 'node_modules', '.bin', 'remotion');

/** Runs a command to completion and returns its wall time in seconds; a failure is an error with its output's tail. */
export const timeCommand = (command: string, args: string[], cwd = PROJECT_ROOT): Promise<number> =>
	new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn(command, args, { cwd, env: { ...process.env, FORCE_COLOR: '0' } });
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		child.on('error', reject);
		child.on('exit', (code) => {
			if (code === 0) {
				resolve((performance.now() - started) / 1000);
			} else {
				reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.slice(-2000)}`));
			}
		});
	});

export type Stats = { median: number; min: number; max: number; runs: number[] };

export const stats = (runs: number[]): Stats => {
	const sorted = [...runs].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
	return { median, min: sorted[0], max: sorted[sorted.length - 1], runs };
};

/** Spread as a share of the median: (max - min) / median. */
export const spread = (s: Stats): number => (s.max - s.min) / s.median;
