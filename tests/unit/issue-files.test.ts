import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseIssueFile } from '../../src/issues/load-issue-files';
import { readIssueFile } from '../../src/render/render-issue';
import { EXAMPLE_ISSUE } from '../helpers/example';

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

	test('Studio reads one', () => {
		expect(parseIssueFile('issues/bom.json', 'bom', WITH_BOM)).toEqual({ ok: true, name: 'issues/bom.json', slug: 'bom', issue: EXAMPLE_ISSUE });
	});
});
