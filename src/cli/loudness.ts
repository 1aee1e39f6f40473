// `npm run loudness -- <clip.mp4> [--check]`: brings a clip rendered with `npx remotion render` to the
// platforms' loudness, as render:issue does for its clips; --check only measures.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { USER_CWD } from '../render/files';
import { checkAudio } from '../render/spec';
import { measureLoudness, normaliseLoudness } from '../render/loudness';
import { probeAudio } from '../render/probe';

const USAGE = 'Usage: npm run loudness -- <clip.mp4> [--check]';

const level = (value: number | null, unit: string) => (value === null ? 'silence' : `${value.toFixed(1)} ${unit}`);

const main = async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { check: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help || positionals.length !== 1) {
    throw new Error(USAGE);
  }
  const path = resolve(USER_CWD, positionals[0]);
  const stream = await probeAudio(path);
  if (!stream) {
    console.log(`${path}: no audio stream, nothing to do`);
    return;
  }
  const loudness = values.check
    ? await measureLoudness(path)
    : (await normaliseLoudness({ input: path, output: path })).after;
  const checks = checkAudio(await probeAudio(path), loudness);
  console.log(`${path}: ${level(loudness.integratedLufs, 'LUFS')}, true peak ${level(loudness.truePeakDbtp, 'dBTP')}`);
  const failed = Object.entries(checks).filter(([, c]) => !c.ok);
  for (const [name, c] of failed) {
    console.error(`${name}: found ${c.found}, expected ${c.expected}`);
  }
  if (failed.length > 0) {
    process.exit(1);
  }
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
