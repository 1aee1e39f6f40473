import { existsSync } from 'node:fs';

/** Debian's `chromium-headless-shell` package installs Remotion's preferred browser mode here. */
export const DEBIAN_HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

export type BrowserChoice = {
  /** null lets Remotion download its own Chrome Headless Shell (needs internet). */
  executable: string | null;
  source: 'REMOTION_BROWSER_EXECUTABLE' | 'debian-package' | 'remotion-download';
};

/**
 * The one place that decides which browser renders: the CLI config (remotion.config.ts), the
 * Node render code and the set-up command all ask here, so they can never disagree.
 */
export const chooseBrowser = (
  env: Record<string, string | undefined> = process.env,
  exists: (path: string) => boolean = existsSync,
): BrowserChoice => {
  const fromEnv = env.REMOTION_BROWSER_EXECUTABLE?.trim();
  if (fromEnv) {
    if (!exists(fromEnv)) {
      throw new Error(
        `REMOTION_BROWSER_EXECUTABLE is set to "${fromEnv}", but no file is there. Unset it or point it at a Chrome Headless Shell binary.`,
      );
    }
    return { executable: fromEnv, source: 'REMOTION_BROWSER_EXECUTABLE' };
  }
  if (exists(DEBIAN_HEADLESS_SHELL)) {
    return { executable: DEBIAN_HEADLESS_SHELL, source: 'debian-package' };
  }
  return { executable: null, source: 'remotion-download' };
};
