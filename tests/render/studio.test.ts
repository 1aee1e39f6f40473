import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getCompositions } from '@remotion/renderer';
import { afterAll, expect, test } from 'vitest';
import { issueCompositionIds } from '../../src/issues/ids';
import { chooseBrowser } from '../../src/render/browser';
import { bundleProject } from '../../src/render/bundle';
import { ASSETS_DIR, PROJECT_ROOT } from '../../src/render/files';

const publicDir = mkdtempSync(join(tmpdir(), 'studio-assets-'));
afterAll(() => rmSync(publicDir, { recursive: true, force: true }));

test('every issue file in assets/issues gets its compositions; a broken file shows its error and removes none', async () => {
  cpSync(ASSETS_DIR, publicDir, { recursive: true });
  cpSync(join(PROJECT_ROOT, 'assets/examples/two-takeaways.json'), join(publicDir, 'issues/two-takeaways.json'));
  cpSync(join(ASSETS_DIR, 'examples/weekly-sv-gemini.json'), join(publicDir, 'issues/weekly-sv-gemini.json'));
  writeFileSync(join(publicDir, 'issues/broken.json'), '{ "title": ');
  writeFileSync(
    join(publicDir, 'issues/no-takeaways.json'),
    JSON.stringify({ newsletter: { name: 'x' }, title: 'x', takeaways: [] }),
  );

  const serveUrl = await bundleProject(undefined, publicDir);
  const compositions = await getCompositions(serveUrl, {
    browserExecutable: chooseBrowser().executable,
    logLevel: 'error',
  });
  const ids = compositions.map((c) => c.id);

  expect(ids).toEqual(
    expect.arrayContaining([...issueCompositionIds('two-takeaways', 2), ...issueCompositionIds('weekly-sv-gemini', 6)]),
  );
  expect(ids).toEqual(
    expect.arrayContaining(['TakeawayClip', 'VoicedTakeaway', 'TalkingHead', 'Cover', 'Recap', 'Blank']),
  );
  const broken = compositions.find((c) => c.id.startsWith('broken-invalid'));
  expect(String(broken?.props.error)).toMatch(/not valid JSON/);
  const empty = compositions.find((c) => c.id.startsWith('no-takeaways-invalid'));
  expect(String(empty?.props.error)).toContain('takeaways: an issue needs at least 1 takeaway');
  const shorts = compositions.find((c) => c.id === 'two-takeaways-t2-shorts');
  // assets/brand.json fills the brand prop, as render:issue does; calculateMetadata resolved the look from it.
  const brand = JSON.parse(readFileSync(join(ASSETS_DIR, 'brand.json'), 'utf8'));
  expect(shorts?.props).toMatchObject({ takeaway: 2, platform: 'shorts', brand });
  expect(shorts?.props.resolved).toMatchObject({ brand: { logo: brand.logo, captionStyle: brand.captionStyle } });
  expect(shorts?.durationInFrames).toBeGreaterThan(120);
});
