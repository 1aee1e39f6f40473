import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HeadlessBrowser } from '@remotion/renderer';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { MIX_DEFAULTS } from '../../src/audio/mix';
import { closeBrowser, launchBrowser, renderVideo, resolveComposition } from '../../src/render/render';
import type { AudioSettings, TakeawayClipProps } from '../../src/schema';
import { FIXTURES } from '../helpers/audio-fixtures';
import { exampleProps } from '../helpers/example';
import { resolvedTakeaway } from '../helpers/resolved';
import { renderSoundAlone } from '../helpers/audio-alone';

const serveUrl = inject('serveUrl');
let browser: HeadlessBrowser;
let dir: string;

beforeAll(async () => {
  browser = await launchBrowser();
  dir = mkdtempSync(join(tmpdir(), 'audio-input-'));
});

afterAll(async () => {
  if (browser) await closeBrowser(browser);
  rmSync(dir, { recursive: true, force: true });
});

/** The example's voiced takeaway (6) with its audio fields changed. */
const voiced = (
  change: (takeaway: TakeawayClipProps['issue']['takeaways'][number], props: TakeawayClipProps) => void,
): TakeawayClipProps => {
  const props = exampleProps({ takeaway: 6 });
  change(props.issue.takeaways[5], props);
  return props;
};

const f = (name: string) => `${FIXTURES}/${name}`;

describe('bad audio input stops before any frame, naming the field and the file; a good file is kept', () => {
  test.each([
    [
      'a missing voiceover',
      voiced((t) => (t.voiceover = f('nope.wav'))),
      /issue\.takeaways\[5\]\.voiceover: assets\/test-fixtures\/nope\.wav does not exist/,
    ],
    [
      'an empty audio file',
      voiced((t) => (t.voiceover = f('empty.wav'))),
      /issue\.takeaways\[5\]\.voiceover: assets\/test-fixtures\/empty\.wav is empty \(0 bytes\)/,
    ],
    [
      'empty music',
      voiced((_, p) => (p.issue.music = { src: f('empty.wav'), volume: 0.3 })),
      /issue\.music\.src: assets\/test-fixtures\/empty\.wav is empty \(0 bytes\)/,
    ],
    [
      'a voiceover that is a symbolic link',
      voiced((t) => (t.voiceover = f('linked.wav'))),
      /issue\.takeaways\[5\]\.voiceover: assets\/test-fixtures\/linked\.wav could not be read \(HTTP 404\)/,
    ],
    [
      'a captions file that is a symbolic link',
      voiced((t) => (t.captions = f('linked.srt'))),
      /issue\.takeaways\[5\]\.captions: assets\/test-fixtures\/linked\.srt could not be read \(HTTP 404\)/,
    ],
    [
      'a text file named .mp3',
      voiced((t) => (t.voiceover = f('not-audio.mp3'))),
      /issue\.takeaways\[5\]\.voiceover: assets\/test-fixtures\/not-audio\.mp3 cannot be read as audio/,
    ],
    [
      'a WAV with no samples',
      voiced((t) => (t.voiceover = f('no-samples.wav'))),
      /issue\.takeaways\[5\]\.voiceover: assets\/test-fixtures\/no-samples\.wav has no sound in it/,
    ],
    [
      'a missing captions file',
      voiced((t) => (t.captions = f('nope.srt'))),
      /issue\.takeaways\[5\]\.captions: assets\/test-fixtures\/nope\.srt does not exist/,
    ],
    [
      'an SRT with a malformed cue',
      voiced((t) => (t.captions = f('malformed.srt'))),
      /issue\.takeaways\[5\]\.captions: assets\/test-fixtures\/malformed\.srt: line 6: cue 2 needs a timing/,
    ],
    [
      'captions past the end of the voice',
      voiced((t) => (t.captions = f('too-long.srt'))),
      /issue\.takeaways\[5\]\.captions: assets\/test-fixtures\/too-long\.srt cue 2 \(line 5\) ends at 20\.000 s, after the end of the voiceover assets\/examples\/audio\/t6-voice\.wav \(14\.\d+ s\)/,
    ],
    [
      'captions that are not UTF-8',
      voiced((t) => (t.captions = f('euc-kr.srt'))),
      /issue\.takeaways\[5\]\.captions: assets\/test-fixtures\/euc-kr\.srt is not UTF-8 text .*save it as UTF-8/,
    ],
    [
      'word captions without an end',
      voiced((t) => (t.captions = f('bad-words.json'))),
      /issue\.takeaways\[5\]\.captions: assets\/test-fixtures\/bad-words\.json: \[1\]\.endMs: /,
    ],
    [
      'missing music',
      voiced((_, p) => (p.issue.music = { src: f('nope.m4a'), volume: 0.3 })),
      /issue\.music\.src: assets\/test-fixtures\/nope\.m4a does not exist/,
    ],
    [
      'a music volume above 1',
      voiced((_, p) => (p.issue.music = { src: 'examples/audio/music-bed.m4a', volume: 1.2 })),
      /issue\.music\.volume: the music volume must be from 0 to 1/,
    ],
    [
      'a voiceover outside assets/',
      voiced((t) => (t.voiceover = '../package.json.wav')),
      /issue\.takeaways\[5\]\.voiceover: the voiceover must be a plain path under assets\//,
    ],
  ])('%s', async (_name, props, message) => {
    const output = join(dir, 'good.mp4');
    writeFileSync(output, 'a good render from before');
    await expect(
      renderVideo({ serveUrl, browser, id: 'TakeawayClip', inputProps: props, output }),
    ).rejects.toThrowError(message);
    expect(readFileSync(output, 'utf8')).toBe('a good render from before');
    expect(readdirSync(dir).filter((name) => name.includes('.partial-'))).toEqual([]);
  });
});

// What `npx remotion render` cannot refuse: only render:issue resolves links on disk (src/render/asset-paths.ts).
test('the browser alone reads a voiceover through a symlinked folder, wherever the folder points', async () => {
  const props = voiced((t) => {
    t.voiceover = f('linked-folder/t6-voice.wav');
    t.captions = f('linked-folder/t6-voice.srt');
  });
  const composition = await resolveComposition({ serveUrl, browser, id: 'TakeawayClip', inputProps: props });
  expect(resolvedTakeaway(composition).plan.voice?.src).toBe(f('linked-folder/t6-voice.wav'));
});

test('a voiceover without captions renders its points over the voice, with a warning', async () => {
  const props = voiced((t) => {
    t.voiceover = f('voice.wav');
    delete t.captions;
  });
  const composition = await resolveComposition({ serveUrl, browser, id: 'TakeawayClip', inputProps: props });
  const resolved = resolvedTakeaway(composition);
  expect(resolved.warnings).toEqual([
    expect.stringMatching(
      /^issue\.takeaways\[5\]: no captions file, so the points are spread over the voiceover's 14\.\d s/,
    ),
  ]);
  expect(composition.durationInFrames).toBe(60 + Math.ceil((resolved.plan.voice!.durationMs / 1000) * 30) + 60);
  expect(resolved.subtitles.at(-1)!.endMs).toBeLessThanOrEqual(2000 + resolved.plan.voice!.durationMs);
});

test('a raw ADTS .aac voiceover is read through for its length', async () => {
  const wav = await resolveComposition({
    serveUrl,
    browser,
    id: 'TakeawayClip',
    inputProps: voiced((t) => (t.voiceover = f('voice.wav'))),
  });
  const aac = await resolveComposition({
    serveUrl,
    browser,
    id: 'TakeawayClip',
    inputProps: voiced((t) => (t.voiceover = f('voice.aac'))),
  });
  const wavMs = resolvedTakeaway(wav).plan.voice!.durationMs;
  // AAC adds its encoder delay and pads to whole 1024-sample frames: a few tens of ms.
  expect(Math.abs(resolvedTakeaway(aac).plan.voice!.durationMs - wavMs)).toBeLessThan(100);
  expect(Math.abs(aac.durationInFrames - wav.durationInFrames)).toBeLessThanOrEqual(3);
});

test('a cue too long for a page is re-paged with the real font, each page starting at its first word', async () => {
  const composition = await resolveComposition({
    serveUrl,
    browser,
    id: 'TakeawayClip',
    inputProps: voiced((t) => (t.captions = f('one-long-cue.srt'))),
  });
  const { pages, subtitles, warnings, plan } = resolvedTakeaway(composition);
  expect(pages.length).toBeGreaterThanOrEqual(3);
  for (const page of pages.slice(0, -1)) {
    expect(page.text.endsWith('…')).toBe(true);
  }
  expect(
    pages
      .map((p) => p.text.replace(/…|\n/g, ' '))
      .join(' ')
      .split(/\s+/)
      .filter(Boolean)
      .join(' '),
  ).toBe(
    '이번 발표의 진짜 승자는 오픈소스 모델입니다. 회사는 모델을 빠르게 바꿀 수 있는 구조가 필요합니다. 최고 모델의 80% 성능이면 일상에는 충분해집니다.',
  );
  // Page 2 on starts when its first word's share of the cue's time begins.
  for (const page of pages.slice(1)) {
    expect(subtitles.some((word) => word.startMs === page.startMs)).toBe(true);
  }
  expect(pages.at(-1)!.endMs).toBe(2000 + plan.voice!.durationMs);
  expect(warnings).toEqual([]);
});

/** RMS level in dBFS of [fromS, toS) of a mono PCM signal. */
const levelDb = (samples: Float32Array, sampleRate: number, fromS: number, toS: number): number => {
  const part = samples.subarray(Math.round(fromS * sampleRate), Math.round(toS * sampleRate));
  const power = part.reduce((sum, x) => sum + x * x, 0) / part.length;
  return 10 * Math.log10(power);
};

/** The first 6 s of the voiced takeaway's music with the voice muted, rendered audio-only (no frame is captured). */
const renderMusicAlone = async (name: string, audio: AudioSettings) => {
  const inputProps = voiced((_, p) => (p.issue.audio = { voiceVolume: 0, ...audio }));
  const { sampleRate, samples } = await renderSoundAlone({
    serveUrl,
    browser,
    inputProps,
    output: join(dir, `${name}.wav`),
    frameRange: [0, 179],
  });
  return (fromS: number, toS: number) => levelDb(samples, sampleRate, fromS, toS);
};

test('the music bed fades in over its first second and ducks to duckTo under the voice (voice muted to hear the music alone)', async () => {
  const mixed = await renderMusicAlone('mixed', {});
  // The same music with neither fade nor duck: the loop's own chords cancel out of each comparison.
  const plain = await renderMusicAlone('plain', { fadeInSeconds: 0, duckTo: 1 });
  // The rendered gain comes out 0.3 to 0.5 dB under the gain asked for (measured), hence 1 dB of tolerance.
  const expectGainDb = (fromS: number, toS: number, expected: number) =>
    expect(
      Math.abs(mixed(fromS, toS) - plain(fromS, toS) - expected),
      `${fromS.toFixed(2)}–${toS.toFixed(2)} s`,
    ).toBeLessThan(1);
  // Frames 0 to 7 of the fade: the gain steps through 0, 1/30, …, 7/30 of the volume, about -17 dB.
  const fadeGains = Array.from({ length: 8 }, (_, frame) => frame / 30);
  expectGainDb(0, 8 / 30, 10 * Math.log10(fadeGains.reduce((sum, gain) => sum + gain * gain, 0) / fadeGains.length));
  // Past the fade and before the duck's attack ahead of the first word at 2.3 s: full volume.
  expectGainDb(1.1, 2.1, 0);
  // The voice's pauses are all under 0.8 s, so from 2.3 s to its end the music stays ducked.
  expectGainDb(3, 6, 20 * Math.log10(MIX_DEFAULTS.duckTo));
});
