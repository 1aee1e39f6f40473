import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkAssetPaths } from '../../src/render/asset-paths';
import type { Issue } from '../../src/schema';
import { EXAMPLE_ISSUE } from '../helpers/example';

let root: string;
let assets: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'asset-paths-'));
  assets = join(root, 'assets');
  const outside = join(root, 'elsewhere');
  mkdirSync(join(assets, 'audio'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(assets, 'audio', 'voice.wav'), 'RIFF');
  writeFileSync(join(assets, 'audio', 'voice.srt'), '1\n');
  writeFileSync(join(outside, 'voice.wav'), 'RIFF');
  // A folder and a file under assets/ that lead outside it, and a folder link that stays inside.
  symlinkSync(outside, join(assets, 'linked-out'));
  symlinkSync(join(outside, 'voice.wav'), join(assets, 'audio', 'out.wav'));
  symlinkSync(join(assets, 'audio'), join(assets, 'linked-in'));
  symlinkSync(join(assets, 'audio', 'voice.wav'), join(assets, 'audio', 'alias.wav'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The example's first two takeaways, the second voiced from `voiceover`; no music, no pictures. */
const withVoice = (voiceover: string, captions?: string): Issue => {
  const issue = structuredClone(EXAMPLE_ISSUE);
  delete issue.music;
  const [first, second] = issue.takeaways.map((takeaway) => ({ ...takeaway, visual: undefined }));
  return { ...issue, takeaways: [first, { ...second, voiceover, ...(captions ? { captions } : {}) }] };
};

describe('asset paths on disk (render:issue, before bundling)', () => {
  test('files under assets/, directly or through a folder link inside it, pass', async () => {
    await expect(checkAssetPaths(withVoice('audio/voice.wav', 'audio/voice.srt'), {}, assets)).resolves.toBeUndefined();
    await expect(checkAssetPaths(withVoice('linked-in/voice.wav'), {}, assets)).resolves.toBeUndefined();
  });

  test('a folder link out of assets/ is refused, naming the field and the file', async () => {
    await expect(checkAssetPaths(withVoice('linked-out/voice.wav'), {}, assets)).rejects.toThrowError(
      /^takeaways\[1\]\.voiceover: assets\/linked-out\/voice\.wav is .*elsewhere\/voice\.wav, outside assets\//,
    );
  });

  test('a file link out of assets/ is refused, naming the field and the file', async () => {
    await expect(checkAssetPaths(withVoice('audio/out.wav'), {}, assets)).rejects.toThrowError(
      /^takeaways\[1\]\.voiceover: assets\/audio\/out\.wav is .*elsewhere\/voice\.wav, outside assets\//,
    );
  });

  test('a file link inside assets/ is refused: the renderer does not serve links', async () => {
    await expect(checkAssetPaths(withVoice('audio/alias.wav'), {}, assets)).rejects.toThrowError(
      /^takeaways\[1\]\.voiceover: assets\/audio\/alias\.wav is a symbolic link/,
    );
  });

  test('music and captions are checked too, and a missing file is named', async () => {
    const issue = withVoice('audio/voice.wav', 'linked-out/voice.srt');
    issue.music = { src: 'linked-out/voice.wav', volume: 0.3 };
    await expect(checkAssetPaths(issue, {}, assets)).rejects.toThrowError(
      /^music\.src: assets\/linked-out\/voice\.wav is .*, outside assets\/.*; takeaways\[1\]\.captions: assets\/linked-out\/voice\.srt does not exist/,
    );
  });

  test("a takeaway's picture is checked too", async () => {
    const issue = withVoice('audio/voice.wav');
    issue.takeaways[0].visual = { src: 'linked-out/chart.png' };
    await expect(checkAssetPaths(issue, {}, assets)).rejects.toThrowError(
      /^takeaways\[0\]\.visual\.src: assets\/linked-out\/chart\.png does not exist/,
    );
  });
});
