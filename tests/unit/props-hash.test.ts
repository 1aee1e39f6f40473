import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { planJobs } from '../../src/issues/jobs';
import { ASSETS_DIR, PROJECT_ROOT } from '../../src/render/files';
import { propsHash } from '../../src/render/report';
import type { Issue } from '../../src/schema';

// Issue files name their audio relative to assets/, so the files that change live there for the test.
const folder = `.props-hash-test-${process.pid}`;
mkdirSync(join(ASSETS_DIR, folder));
afterAll(() => rmSync(join(ASSETS_DIR, folder), { recursive: true, force: true }));

test('a changed voiceover or captions file changes the hash of its clip only, so a re-run renders that clip and skips the others', async () => {
  const voiceover = `${folder}/voice.wav`;
  const captions = `${folder}/voice.srt`;
  writeFileSync(join(ASSETS_DIR, voiceover), 'RIFF first take');
  writeFileSync(join(ASSETS_DIR, captions), '1\n00:00:00,000 --> 00:00:01,000\n첫 번째\n');
  const issue = JSON.parse(readFileSync(join(PROJECT_ROOT, 'assets/examples/two-takeaways.json'), 'utf8')) as Issue;
  issue.takeaways[0] = { ...issue.takeaways[0], voiceover, captions };
  const jobs = planJobs(issue, 'two-takeaways', { platforms: ['reels'], only: null, recap: false });
  const hashes = () => Promise.all(jobs.map((job) => propsHash(job.inputProps, job.assets)));

  const first = await hashes();
  expect(await hashes()).toEqual(first);

  writeFileSync(join(ASSETS_DIR, captions), '1\n00:00:00,000 --> 00:00:01,500\n첫 번째\n');
  const newCaptions = await hashes();
  expect(newCaptions[0]).not.toBe(first[0]);
  expect(newCaptions[1]).toBe(first[1]);

  writeFileSync(join(ASSETS_DIR, voiceover), 'RIFF second take');
  const newVoice = await hashes();
  expect(newVoice[0]).not.toBe(newCaptions[0]);
  expect(newVoice[1]).toBe(first[1]);
});
