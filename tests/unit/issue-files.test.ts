import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { loadIssueFiles } from '../../src/issues/load-issue-files';
import { parseIssueFile } from '../../src/issues/parse-issue-file';
import { readIssueFile } from '../../src/render/render-issue';
import { EXAMPLE_ISSUE } from '../helpers/example';

// Studio and renders list the public folder through the bundle; here it holds one issue file.
vi.mock('remotion', async (importOriginal) => ({
  ...(await importOriginal<typeof import('remotion')>()),
  getStaticFiles: () => [
    { name: 'issues/linked.json', src: '/public/issues/linked.json', sizeInBytes: 10, lastModified: 0 },
  ],
}));

// Notepad and other Windows editors save UTF-8 with a byte order mark.
const WITH_BOM = `\uFEFF${JSON.stringify(EXAMPLE_ISSUE)}`;

describe('issue files with a UTF-8 BOM', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'issue-files-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  test('render:issue reads one', async () => {
    const path = join(dir, 'bom.json');
    await writeFile(path, WITH_BOM);
    expect(await readIssueFile(path)).toEqual(EXAMPLE_ISSUE);
  });

  test('a broken file gets the same message from both, the command line naming the file', async () => {
    const path = join(dir, 'broken.json');
    const text = JSON.stringify({ ...EXAMPLE_ISSUE, takeaways: [] });
    await writeFile(path, text);
    const studio = parseIssueFile('issues/broken.json', 'broken', text);
    expect(studio).toEqual({
      ok: false,
      name: 'issues/broken.json',
      slug: 'broken',
      error: 'takeaways: an issue needs at least 1 takeaway',
    });
    await expect(readIssueFile(path)).rejects.toThrowError(
      `Invalid issue file ${path}: takeaways: an issue needs at least 1 takeaway`,
    );
  });

  test('Studio reads one', () => {
    expect(parseIssueFile('issues/bom.json', 'bom', WITH_BOM)).toEqual({
      ok: true,
      name: 'issues/bom.json',
      slug: 'bom',
      issue: EXAMPLE_ISSUE,
    });
  });
});

describe('issue files the server refuses', () => {
  afterEach(() => vi.unstubAllGlobals());

  test("a 404 (Remotion's renderer does not serve a symbolic link) is named, not parsed as the issue", async () => {
    const notFound = JSON.stringify({ statusCode: 404, message: 'The requested path could not be found' });
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(notFound, { status: 404 })));
    expect(await loadIssueFiles()).toEqual([
      { ok: false, name: 'issues/linked.json', slug: 'linked', error: 'could not be read (HTTP 404)' },
    ]);
  });
});
