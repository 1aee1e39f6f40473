import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { type BrowserChoice, chooseBrowser } from './browser';

const DEBIAN_PACKAGE = 'chromium-headless-shell';

const has = (command: string): boolean => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

/**
 * Makes sure a browser is there to render with: keeps what chooseBrowser() finds, else installs
 * Debian's chromium-headless-shell with apt (as root, or through sudo). Returns null when it could
 * not, so the caller can explain what to do instead.
 */
export const ensureRenderBrowser = (log: (line: string) => void): BrowserChoice | null => {
	const found = chooseBrowser();
	if (found.executable) {
		return found;
	}
	if (!existsSync('/etc/debian_version') || !has('apt-get')) {
		return null;
	}
	const asRoot = process.getuid?.() === 0;
	if (!asRoot && !has('sudo')) {
		return null;
	}
	const apt = (...args: string[]) => {
		log(`$ ${asRoot ? '' : 'sudo '}apt-get ${args.join(' ')}`);
		const result = asRoot
			? spawnSync('apt-get', args, { stdio: 'inherit' })
			: spawnSync('sudo', ['apt-get', ...args], { stdio: 'inherit' });
		return result.status === 0;
	};
	if (!apt('install', '-y', DEBIAN_PACKAGE)) {
		// A new machine's package lists may be empty or stale.
		if (!apt('update') || !apt('install', '-y', DEBIAN_PACKAGE)) {
			return null;
		}
	}
	const installed = chooseBrowser();
	return installed.executable ? installed : null;
};
