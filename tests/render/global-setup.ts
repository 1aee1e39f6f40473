import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { bundleProject } from '../../src/render/bundle';
import { ASSETS_DIR } from '../../src/render/files';
import { prepareVideos, videosToPrepare } from '../../src/render/prepare-videos';
import type { Issue } from '../../src/schema';
import { writeAdtsVoice, writeAudioFixtures, writeTwoCueVoice } from '../helpers/audio-fixtures';
import { writeTalkingHeadFixtures } from '../helpers/talking-head-fixtures';
import { writeBrandFixtures } from '../helpers/brand-fixtures';
import { EXAMPLE_ISSUE } from '../helpers/example';
import { BROLL, writeVisualFixtures } from '../helpers/visual-fixtures';

declare module 'vitest' {
  export interface ProvidedContext {
    serveUrl: string;
  }
}

/**
 * Bundles once for every render test file: webpack is the slow part of starting a render. The
 * public folder is a copy of assets/ plus broken audio, captions, picture, video, talking-head and font files for the error tests.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const publicDir = mkdtempSync(join(tmpdir(), 'render-assets-'));
  cpSync(ASSETS_DIR, publicDir, { recursive: true });
  writeAudioFixtures(publicDir);
  writeBrandFixtures(publicDir);
  // The example b-roll's prepared copy, full-bleed around its centre, as render:issue makes it
  // before it bundles: clips that show it so decode the copy, as the author's do.
  const withBroll = structuredClone(EXAMPLE_ISSUE) as Issue;
  withBroll.takeaways[0].visual = { src: BROLL };
  // Independent ffmpeg runs, side by side on the 2 cores.
  await Promise.all([
    writeAdtsVoice(publicDir),
    writeTwoCueVoice(publicDir),
    writeVisualFixtures(publicDir),
    writeTalkingHeadFixtures(publicDir),
    videosToPrepare(withBroll, [{ takeaway: 1, layout: 'reels' }], publicDir).then((videos) =>
      prepareVideos(videos, { publicDir }),
    ),
  ]);
  const serveUrl = await bundleProject(undefined, publicDir);
  project.provide('serveUrl', serveUrl);
  // The bundle is a folder in the temporary folder too: left there, every test run adds one.
  return () => {
    rmSync(publicDir, { recursive: true, force: true });
    rmSync(serveUrl, { recursive: true, force: true });
  };
}
