import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { type BrowserChoice, chooseBrowser } from './browser';

/** Tesseract with its Korean model: the voiced-clip test reads rendered captions back with it. */
const OCR_PACKAGES = ['tesseract-ocr', 'tesseract-ocr-kor'];

const DEBIAN_PACKAGE = 'chromium-headless-shell';

/**
 * Studio's own panels (the composition list, the props editor) draw text with the system's fonts;
 * renders never do. fontconfig's fc-list is how setup finds out whether one covers Korean.
 */
const KOREAN_FONT_PACKAGES = ['fontconfig', 'fonts-noto-cjk'];

const has = (command: string): boolean => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

/**
 * Installs Debian packages with apt, as root or through sudo (which may ask for a password, unless
 * `prompt` is false); false when that is not possible here or fails.
 */
export const aptInstall = (packages: string[], log: (line: string) => void, prompt = true): boolean => {
  if (!existsSync('/etc/debian_version') || !has('apt-get')) {
    return false;
  }
  const asRoot = process.getuid?.() === 0;
  if (!asRoot && !has('sudo')) {
    return false;
  }
  const apt = (...args: string[]) => {
    log(`$ ${asRoot ? '' : 'sudo '}apt-get ${args.join(' ')}`);
    const result = asRoot
      ? spawnSync('apt-get', args, { stdio: 'inherit' })
      : spawnSync('sudo', [...(prompt ? [] : ['-n']), 'apt-get', ...args], { stdio: 'inherit' });
    return result.status === 0;
  };
  // A new machine's package lists may be empty or stale.
  return apt('install', '-y', ...packages) || (apt('update') && apt('install', '-y', ...packages));
};

/**
 * Makes sure a browser is there to render with: keeps what chooseBrowser() finds, else installs
 * Debian's chromium-headless-shell with apt. Returns null when it could not, so the caller can
 * explain what to do instead.
 */
export const ensureRenderBrowser = (log: (line: string) => void): BrowserChoice | null => {
  const found = chooseBrowser();
  if (found.executable) {
    return found;
  }
  if (!aptInstall([DEBIAN_PACKAGE], log)) {
    return null;
  }
  const installed = chooseBrowser();
  return installed.executable ? installed : null;
};

export const hasKoreanOcr = (): boolean =>
  spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' }).stdout?.split('\n').includes('kor') ?? false;

/** For the tests only: rendering works without it, so this never asks for a password. */
export const ensureKoreanOcr = (log: (line: string) => void): boolean =>
  hasKoreanOcr() || (aptInstall(OCR_PACKAGES, log, false) && hasKoreanOcr());

/** Whether fontconfig knows a font that covers Korean (none: Studio's panels show Hangul as empty boxes). */
export const hasKoreanFont = (): boolean =>
  (spawnSync('fc-list', [':lang=ko', 'family'], { encoding: 'utf8' }).stdout ?? '').trim() !== '';

/** For Studio on a Linux machine without CJK fonts; renders bring their own fonts from npm. */
export const ensureKoreanFont = (log: (line: string) => void): boolean =>
  hasKoreanFont() || (aptInstall(KOREAN_FONT_PACKAGES, log) && hasKoreanFont());
