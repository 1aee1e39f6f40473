/**
 * Text normalised the same way for every kind of input, and Markdown's YAML front matter
 * (`---` … `---`) read as flat `key: value` fields (newsletter, title, date, number).
 *
 * Pure: no React, no Node.
 */

export const normalizeText = (text: string): string =>
  text
    .normalize('NFC')
    .replace(/\r\n?/gu, '\n')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]|\u034f/gu, '')
    .replace(/[\u00a0\u3000\t]/gu, ' ')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n');

const FRONT_MATTER = /^---\n([\s\S]*?)\n---[ ]*(?:\n|$)/u;

export const parseFrontMatter = (text: string): { frontMatter: Record<string, string>; body: string } => {
  const match = FRONT_MATTER.exec(text);
  if (!match) {
    return { frontMatter: {}, body: text };
  }
  const frontMatter: Record<string, string> = {};
  for (const line of match[1].split('\n')) {
    const field = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/u.exec(line);
    if (field) {
      frontMatter[field[1].toLowerCase()] = field[2].trim().replace(/^(["'])(.*)\1$/u, '$2');
    }
  }
  return { frontMatter, body: text.slice(match[0].length) };
};
