import { describe, expect, test } from 'vitest';
import { chooseBrowser, DEBIAN_HEADLESS_SHELL } from '../../src/render/browser';

const only =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);

describe('chooseBrowser', () => {
  test('REMOTION_BROWSER_EXECUTABLE wins when it exists', () => {
    expect(
      chooseBrowser({ REMOTION_BROWSER_EXECUTABLE: '/opt/chrome' }, only('/opt/chrome', DEBIAN_HEADLESS_SHELL)),
    ).toEqual({
      executable: '/opt/chrome',
      source: 'REMOTION_BROWSER_EXECUTABLE',
    });
  });

  test('a REMOTION_BROWSER_EXECUTABLE that is not there is an error, not a silent fallback', () => {
    expect(() => chooseBrowser({ REMOTION_BROWSER_EXECUTABLE: '/nope' }, only(DEBIAN_HEADLESS_SHELL))).toThrowError(
      /"\/nope"/,
    );
  });

  test("then Debian's chromium-headless-shell", () => {
    expect(chooseBrowser({}, only(DEBIAN_HEADLESS_SHELL))).toEqual({
      executable: DEBIAN_HEADLESS_SHELL,
      source: 'debian-package',
    });
  });

  test("else Remotion's own download", () => {
    expect(chooseBrowser({ REMOTION_BROWSER_EXECUTABLE: ' ' }, only())).toEqual({
      executable: null,
      source: 'remotion-download',
    });
  });
});
