/**
 * The review page's inline CSS and its one script: inline so the page works from a USB stick with
 * no network, and as constants so the page's markup stays React. Pure: no React, no Node.
 */

/** The system's own fonts, with the Korean ones each OS ships named after the generic families, so Hangul never falls back to a tofu box. */
const FONT_STACK =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Apple SD Gothic Neo", "Malgun Gothic", "Noto Sans KR", "Noto Sans CJK KR", Pretendard, sans-serif';

/** A phone-sized preview: big enough to read the captions, small enough for two platforms side by side on a laptop. */
const VIDEO_WIDTH_PX = 216;

/** Two previews, the 12 px between them, the card's 16 px padding and 1 px border on each side. */
const CARD_WIDTH_PX = VIDEO_WIDTH_PX * 2 + 12 + 2 * (16 + 1);

export const PAGE_CSS = `
:root { color-scheme: light dark; --ok: #1a7f37; --bad: #cf222e; --line: #d0d7de; --muted: #57606a; --card: #f6f8fa; }
@media (prefers-color-scheme: dark) { :root { --ok: #3fb950; --bad: #f85149; --line: #30363d; --muted: #8b949e; --card: #161b22; } }
* { box-sizing: border-box; }
body { margin: 0; padding: 24px; font-family: ${FONT_STACK}; font-size: 14px; line-height: 1.45; word-break: keep-all; overflow-wrap: anywhere; }
h1 { margin: 0 0 4px; font-size: 24px; }
h2 { margin: 32px 0 12px; font-size: 18px; }
h3 { margin: 0; font-size: 16px; }
.summary, .muted { color: var(--muted); }
.row { display: flex; flex-wrap: wrap; gap: 16px; align-items: flex-start; }
.clip { width: ${CARD_WIDTH_PX}px; max-width: 100%; padding: 16px; border: 1px solid var(--line); border-top: 4px solid var(--ok); border-radius: 8px; background: var(--card); }
.clip.failed { border-top-color: var(--bad); }
.clip-head { display: flex; flex-wrap: wrap; gap: 8px; align-items: baseline; margin-bottom: 12px; }
.badge { padding: 1px 8px; border-radius: 999px; font-size: 12px; font-weight: 600; color: #fff; background: var(--ok); }
.badge.bad { background: var(--bad); }
.badge.publish { background: #6639ba; }
.media { display: flex; gap: 12px; align-items: flex-start; }
.media video, .media img { display: block; width: ${VIDEO_WIDTH_PX}px; aspect-ratio: 9 / 16; border-radius: 6px; background: #000; }
.media figure { margin: 0; }
.media figcaption { font-size: 12px; }
.facts { display: grid; grid-template-columns: auto 1fr; gap: 2px 12px; margin: 12px 0; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; }
details.checks summary { cursor: pointer; font-weight: 600; color: var(--ok); }
details.checks.failed summary { color: var(--bad); }
.checks table { width: 100%; margin-top: 6px; border-collapse: collapse; font-size: 12px; }
.checks td, .checks th { padding: 2px 6px 2px 0; text-align: left; vertical-align: top; border-bottom: 1px solid var(--line); }
.checks tr.ok td:first-child { color: var(--ok); }
.checks tr.bad td { color: var(--bad); font-weight: 600; }
.warnings { margin: 8px 0; padding-left: 18px; color: var(--bad); }
.field { margin-top: 12px; }
.field-head { display: flex; gap: 8px; align-items: center; }
.field-head .label { font-weight: 600; }
.field-head .limits { flex: 1; font-size: 12px; color: var(--muted); }
.field-head .limits.bad { color: var(--bad); }
.field pre { margin: 4px 0 0; padding: 8px; max-height: 14em; overflow: auto; white-space: pre-wrap; font: inherit; border: 1px solid var(--line); border-radius: 6px; background: Canvas; }
button.copy { font: inherit; font-size: 12px; padding: 2px 10px; border: 1px solid var(--line); border-radius: 6px; cursor: pointer; background: Canvas; color: CanvasText; }
.problem { color: var(--bad); }
.files { margin-top: 12px; font-size: 12px; }
`;

/**
 * Copies the text of the element a button names, exactly as written (the upload texts are in the
 * page, not fetched). The clipboard API needs a secure context, which file:// is in Chromium; the
 * selection fallback covers browsers that disagree.
 */
export const COPY_SCRIPT = `
document.addEventListener('click', function (event) {
  var button = event.target.closest('button[data-copy]');
  if (!button) return;
  var text = document.getElementById(button.dataset.copy).textContent;
  var show = function (label) {
    button.textContent = label;
    setTimeout(function () { button.textContent = 'Copy'; }, 1500);
  };
  var bySelection = function () {
    var area = document.createElement('textarea');
    area.value = text;
    document.body.appendChild(area);
    area.select();
    var copied = document.execCommand('copy');
    area.remove();
    show(copied ? 'Copied' : 'Select the text to copy');
  };
  if (navigator.clipboard) {
    navigator.clipboard.writeText(text).then(function () { show('Copied'); }, bySelection);
  } else {
    bySelection();
  }
});
`;
