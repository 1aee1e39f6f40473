// `npm run setup`: after `npm ci`, makes sure a browser is there to render with, offline.
import { DEBIAN_HEADLESS_SHELL } from '../render/browser';
import { ensureKoreanFont, ensureKoreanOcr, ensureRenderBrowser } from '../render/install-browser';

const browser = ensureRenderBrowser((line) => console.log(line));
if (browser) {
  console.log(
    `Rendering with ${browser.executable} (${browser.source}). Next: npx remotion render TakeawayClip out/takeaway.mp4`,
  );
} else {
  console.log(
    [
      "No browser for rendering was found, and Debian's chromium-headless-shell could not be installed here.",
      `- On Debian or Ubuntu: sudo apt-get install chromium-headless-shell (gives ${DEBIAN_HEADLESS_SHELL}).`,
      '- Elsewhere: set REMOTION_BROWSER_EXECUTABLE to a Chrome Headless Shell binary,',
      '  or, with internet access, let Remotion download its own on the first render.',
    ].join('\n'),
  );
}

if (!ensureKoreanOcr((line) => console.log(line))) {
  console.log(
    'Tesseract with Korean was not found and could not be installed: rendering works, but the voiced-clip test needs it (sudo apt-get install tesseract-ocr-kor).',
  );
}

if (!ensureKoreanFont((line) => console.log(line))) {
  console.log(
    "No font with Korean was found and fonts-noto-cjk could not be installed: renders are unaffected (their fonts come from npm), but Studio's own panels show Hangul as empty boxes (sudo apt-get install fonts-noto-cjk).",
  );
}
