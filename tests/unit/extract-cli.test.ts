import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { extractIssue } from '../../src/extract/extract-issue';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXAMPLE = join(ROOT, 'assets', 'newsletters', 'weekly-sv-gemini.txt');
const dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `npm run extract` without npm's start-up: node with tsx, as npm's tsx would run it; paths start in `cwd`. */
const extract = async (args: string[], cwd = dir) => {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'src/cli/extract.ts'), ...args],
      {
        cwd: ROOT,
        env: { ...process.env, INIT_CWD: cwd },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
};

/** A fresh folder per test, so a test's files never meet another's. */
const folder = (name: string): string => {
  const path = join(dir, name);
  mkdirSync(path);
  return path;
};

describe.concurrent('npm run extract', () => {
  test('writes the draft as 2-space JSON with a trailing newline, atomically, and sums it up', async () => {
    const out = folder('ok');
    const result = await extract([EXAMPLE, '-o', 'issue.json'], out);
    expect(result.code).toBe(0);
    const { issue } = extractIssue(readFileSync(EXAMPLE, 'utf8'), { fileName: 'weekly-sv-gemini.txt' });
    expect(readFileSync(join(out, 'issue.json'), 'utf8')).toBe(`${JSON.stringify(issue, null, 2)}\n`);
    expect(readdirSync(out)).toEqual(['issue.json']);
    for (const line of [
      'Title: 구글 제미나이 출시를 바라보며',
      'Slug: weekly-sv-gemini',
      '6 takeaways:',
      '  2. 어마어마한 추론 능력? 알고보니 동영상 짜집기... (4 points)',
      'Written to issue.json',
    ]) {
      expect(result.stdout).toContain(line);
    }
  });

  test('drafts from a saved HTML e-mail', async () => {
    const out = folder('html');
    const email = join(ROOT, 'tests/fixtures/newsletters/ai-weekly-58.html');
    const result = await extract([email, '-o', 'issue.json'], out);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Title: 오픈소스 모델이 따라잡은 한 주');
    expect(result.stdout).toContain('Newsletter: AI 위클리');
    expect(JSON.parse(readFileSync(join(out, 'issue.json'), 'utf8')).takeaways).toHaveLength(3);
  });

  test('refuses to overwrite a file without --force, and overwrites it with --force', async () => {
    const out = folder('overwrite');
    const target = join(out, 'edited.json');
    writeFileSync(target, '{"hand": "edited"}\n');
    const refused = await extract([EXAMPLE, '-o', target]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('already exists and may hold hand edits: pass --force to overwrite it');
    expect(readFileSync(target, 'utf8')).toBe('{"hand": "edited"}\n');
    const forced = await extract([EXAMPLE, '-o', target, '--force', '--name', '주실밸']);
    expect(forced.code).toBe(0);
    expect(JSON.parse(readFileSync(target, 'utf8')).newsletter).toEqual({ name: '주실밸' });
    expect(readdirSync(out)).toEqual(['edited.json']);
    // Two runs of the CLI one after the other: twice a single run's share of the unit timeout.
  }, 40_000);

  test.each([
    ['empty.txt', '', 'The issue file is empty'],
    ['binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), 'The file looks binary'],
    ['nothing.txt', 'ㅋㅋㅋ\n\n1234\n', 'No usable text'],
    [
      'issue.docx',
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]),
      'issue.docx is a Word document (.docx), not text: open it and save it as "Web Page (.htm)" or "Plain Text (.txt)"',
    ],
  ])('%s: a clear error, exit code 1, nothing written', async (name, content, message) => {
    const out = folder(`bad-${name}`);
    writeFileSync(join(out, name), content);
    const result = await extract([name, '-o', 'out.json'], out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(message);
    expect(readdirSync(out)).toEqual([name]);
  });

  test.each([
    [['--bogus', EXAMPLE], "Unknown option '--bogus'", true],
    [[], 'Give the issue file to draft from.', true],
    [[EXAMPLE, EXAMPLE], 'Give one issue file, not 2.', true],
    [['missing.txt', '-o', 'missing.json'], 'Cannot read missing.txt: no such file', false],
  ])('%j: a clear error, exit code 1, nothing written', async (args, message, usage) => {
    const result = await extract(args);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(message);
    expect(result.stderr.includes('Usage: npm run extract -- <issue.txt|issue.md|issue.html>')).toBe(usage);
    expect(existsSync(join(dir, 'missing.json'))).toBe(false);
  });
});
