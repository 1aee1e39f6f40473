import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeCancelSignal } from '@remotion/renderer';
import { callFf } from '../../src/render/ff';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LOUDNESS, measureLoudness, normaliseLoudness, type NormalisationMode } from '../../src/render/loudness';
import { PROJECT_ROOT } from '../../src/render/files';
import { probeAudio, readTopLevelBoxes } from '../../src/render/probe';
import { checkAudio } from '../../src/render/spec';

const ESPEAK = '/usr/bin/espeak-ng';
const SENTENCE =
  '구글 제미나이가 텍스트 벤치마크에서 GPT-4를 앞섰습니다. 그래도 8개월 격차를 따라잡은 것 자체가 큰 의미입니다.';

const ff = (bin: 'ffmpeg' | 'ffprobe', args: string[]) => callFf(bin, args);

/**
 * Speech-like audio from lavfi (this ffmpeg has no noise or expression sources): 1 kHz pulses at a
 * 100 Hz "pitch", syllables whose 30 ms onsets peak 9.5 dB over their body, and a silence each
 * second. Its crest factor puts it past what linear gain can bring to -14 LUFS under -1 dBTP, as
 * speech does.
 */
const SPEECH_LIKE =
  "sine=f=1000:sample_rate=48000:d=6:samples_per_frame=24,volume='if(lt(mod(t,1),0.8),if(lt(mod(t,0.25),0.18),if(lt(mod(t,0.01),0.001),if(lt(mod(t,0.25),0.03),7.5,2.5),0.3),0.1),0)':eval=frame";
const STEREO = 'pan=stereo|c0=c0|c1=c0';

let dir: string;
const clips: Record<string, string> = {};

/** A 320x240 H.264 clip (with B-frames, like Remotion's) whose audio is the filter graph labelled [a], or none. */
const makeClip = async (
  name: string,
  seconds: number,
  audio: string | null,
  inputs: string[] = [],
): Promise<string> => {
  const output = join(dir, `${name}.mp4`);
  const video = `nullsrc=s=320x240:r=30:d=${seconds},format=yuv420p[v]`;
  await ff('ffmpeg', [
    '-hide_banner',
    ...inputs.flatMap((input) => ['-i', input]),
    '-filter_complex',
    audio ? `${video};${audio}` : video,
    '-map',
    '[v]',
    ...(audio ? ['-map', '[a]', '-c:a', 'libfdk_aac', '-b:a', '320k'] : []),
    '-c:v',
    'libx264',
    '-preset',
    'veryfast',
    '-shortest',
    output,
  ]);
  return output;
};

/** Every video packet's timing, flags and bytes (as MD5), and the stream's parameters. */
const videoStream = async (path: string): Promise<string> =>
  (
    await ff('ffprobe', [
      '-v',
      'error',
      '-select_streams',
      'v',
      '-show_data_hash',
      'MD5',
      '-show_entries',
      'stream=codec_name,profile,width,height,pix_fmt,extradata_hash:packet=pts,dts,duration,flags,data_hash',
      '-of',
      'compact',
      path,
    ])
  ).stdout;

/** Where each silence gives way to sound, in seconds: moves if the audio drifts against the video. */
const soundOnsets = async (path: string): Promise<number[]> => {
  const { stderr } = await ff('ffmpeg', [
    '-hide_banner',
    '-i',
    path,
    '-map',
    '0:a',
    '-af',
    'silencedetect=n=-60dB:d=0.1',
    '-f',
    'null',
    '-',
  ]);
  const end = (await probeAudio(path))?.durationSeconds ?? 0;
  // A silence running to the end of the stream "ends" there, which is no onset.
  return [...stderr.matchAll(/silence_end: ([\d.]+)/g)]
    .map((match) => Number(match[1]))
    .filter((onset) => onset < end - 0.05);
};

const failedChecks = async (path: string, loudness: Awaited<ReturnType<typeof measureLoudness>>) =>
  Object.entries(checkAudio(await probeAudio(path), loudness)).filter(([, check]) => !check.ok);

const expectNormalised = async (input: string, output: string, mode: NormalisationMode) => {
  const inputAudio = await probeAudio(input);
  const result = await normaliseLoudness({ input, output });
  expect(result.mode).toBe(mode);
  expect(result.after).toEqual(await measureLoudness(output));
  expect(await failedChecks(output, result.after)).toEqual([]);
  expect(Math.abs((result.after.integratedLufs ?? -Infinity) - LOUDNESS.targetLufs)).toBeLessThanOrEqual(
    LOUDNESS.toleranceLu,
  );
  expect(result.after.truePeakDbtp).toBeLessThanOrEqual(LOUDNESS.maxTruePeakDbtp);
  const audio = await probeAudio(output);
  expect(audio).toMatchObject({ codec: 'aac', sampleRate: 48000, channels: 2, channelLayout: 'stereo' });
  expect(['LC', '1']).toContain(audio?.profile);
  // Within one AAC frame of the input's length.
  expect(Math.abs((audio?.durationSeconds ?? 0) - (inputAudio?.durationSeconds ?? 0))).toBeLessThan(0.025);
  const boxes = await readTopLevelBoxes(output);
  expect(boxes.indexOf('moov')).toBeGreaterThanOrEqual(0);
  expect(boxes.indexOf('moov')).toBeLessThan(boxes.indexOf('mdat'));
};

/** Also checks the audio did not move against the video, which dynamic mode alone would do. */
const expectNormalisedCopy = async (input: string, output: string, mode: NormalisationMode) => {
  const onsets = await soundOnsets(input);
  await expectNormalised(input, output, mode);
  expect(await videoStream(output)).toBe(await videoStream(input));
  const after = await soundOnsets(output);
  expect(after).toHaveLength(onsets.length);
  after.forEach((onset, i) => expect(Math.abs(onset - onsets[i])).toBeLessThan(0.005));
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'clip-loudness-'));
  clips.quiet = await makeClip('quiet', 4, `sine=f=440:sample_rate=48000:d=4,${STEREO}[a]`);
  clips.hot = await makeClip('hot', 4, `sine=f=1000:sample_rate=48000:d=4,volume=7.5,${STEREO}[a]`);
  // Mono at 44.1 kHz, so the output's conversion to 48 kHz stereo is exercised too.
  clips.speechLike = await makeClip('speech-like', 6, `${SPEECH_LIKE},aresample=44100[a]`);
  clips.speechAndMusic = await makeClip(
    'speech-and-music',
    6,
    `${SPEECH_LIKE}[s];sine=f=220:sample_rate=48000:d=6,volume=0.3[m1];sine=f=330:sample_rate=48000:d=6,volume=0.2[m2];[s][m1][m2]amix=inputs=3:normalize=0,${STEREO}[a]`,
  );
  clips.silent = await makeClip('silent', 3, 'anullsrc=r=48000:cl=stereo[a]');
  clips.noAudio = await makeClip('no-audio', 3, null);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('normaliseLoudness lands at -14 LUFS ± 1 and ≤ -1 dBTP, AAC-LC 48 kHz stereo, video packets untouched, in sync', () => {
  test.each([
    { name: 'a quiet sine', clip: 'quiet', mode: 'linear' },
    { name: 'a hot sine', clip: 'hot', mode: 'linear' },
    { name: 'speech-like pulses (mono, 44.1 kHz)', clip: 'speechLike', mode: 'dynamic' },
    { name: 'speech-like pulses over quiet music', clip: 'speechAndMusic', mode: 'dynamic' },
  ] as const)('$name', async ({ clip, mode }) => {
    const input = clips[clip];
    await expectNormalisedCopy(input, join(dir, `${clip}-normalised.mp4`), mode);
  });

  test.skipIf(!existsSync(ESPEAK))(
    'Korean speech from espeak-ng (skipped where /usr/bin/espeak-ng is missing)',
    async () => {
      const wav = join(dir, 'speech.wav');
      execFileSync(ESPEAK, ['-v', 'ko', '-w', wav, SENTENCE]);
      const input = await makeClip('speech', 10, '[0:a]anull[a]', [wav]);
      await expectNormalisedCopy(input, join(dir, 'speech-normalised.mp4'), 'dynamic');
    },
  );
});

test('normalises in place when the input is the output', async () => {
  const path = join(dir, 'in-place.mp4');
  copyFileSync(clips.hot, path);
  await expectNormalised(path, path, 'linear');
  expect(await videoStream(path)).toBe(await videoStream(clips.hot));
  expect(readdirSync(dir).filter((name) => name.includes('.partial-'))).toEqual([]);
});

test('a signal whose every peak is at full scale keeps its peak under the ceiling, and the check reports the miss', async () => {
  // Equal pulses every 20 ms: loudnorm's limiter never releases, so no gain ride lifts the body.
  const input = await makeClip(
    'all-peaks',
    5,
    `sine=f=1000:sample_rate=48000:d=5:samples_per_frame=24,volume='if(lt(mod(t,0.5),0.3),if(lt(mod(t,0.02),0.0005),7.5,0.3),0.02)':eval=frame,${STEREO}[a]`,
  );
  const output = join(dir, 'all-peaks-normalised.mp4');
  const result = await normaliseLoudness({ input, output });
  expect(result.after.truePeakDbtp).toBeLessThanOrEqual(LOUDNESS.maxTruePeakDbtp);
  expect((await failedChecks(output, result.after)).map(([name]) => name)).toEqual(['loudness']);
});

test('silence stays silent, re-encoded as AAC 48 kHz stereo', async () => {
  expect(await measureLoudness(clips.silent)).toMatchObject({
    integratedLufs: null,
    truePeakDbtp: null,
    offsetLu: null,
  });
  const output = join(dir, 'silent-normalised.mp4');
  const result = await normaliseLoudness({ input: clips.silent, output });
  expect(result.mode).toBe('silent');
  const checks = checkAudio(await probeAudio(output), result.after);
  expect(Object.values(checks).every((check) => check.ok)).toBe(true);
  expect(checks.loudness.found).toBe('silence');
});

test('a clip without audio is reported as such and refused by normaliseLoudness', async () => {
  const audio = await probeAudio(clips.noAudio);
  expect(audio).toBeNull();
  expect(checkAudio(audio, null)).toEqual({
    audio: { ok: true, found: 'none', expected: 'AAC 48 kHz stereo, or no audio' },
  });
  const output = join(dir, 'no-audio-normalised.mp4');
  await expect(normaliseLoudness({ input: clips.noAudio, output })).rejects.toThrow(/no audio stream/);
  expect(existsSync(output)).toBe(false);
});

describe('a failed run leaves an existing output untouched', () => {
  test('when cancelled mid-encode', async () => {
    const output = join(dir, 'cancelled.mp4');
    copyFileSync(clips.quiet, output);
    const original = readFileSync(output);
    const { cancelSignal, cancel } = makeCancelSignal();
    const run = normaliseLoudness({ input: clips.speechLike, output, cancelSignal });
    // The half-written file appears with the first encode; the run has several passes to go.
    await expect
      .poll(() => readdirSync(dir).some((name) => name.startsWith('.cancelled.mp4.partial-')), {
        interval: 5,
        timeout: 10_000,
      })
      .toBe(true);
    cancel();
    await expect(run).rejects.toThrow();
    expect(readFileSync(output).equals(original)).toBe(true);
    expect(readdirSync(dir).filter((name) => name.includes('.partial-'))).toEqual([]);
  });

  test('when the input is not a video', async () => {
    const input = join(dir, 'not-a-video.mp4');
    writeFileSync(input, 'not a video');
    const output = join(dir, 'bad-input.mp4');
    copyFileSync(clips.quiet, output);
    const original = readFileSync(output);
    await expect(normaliseLoudness({ input, output })).rejects.toThrow();
    expect(readFileSync(output).equals(original)).toBe(true);
  });
});

test('npm run loudness takes a path relative to where it was typed, and fixes the clip in place', async () => {
  const clip = join(dir, 'typed-here.mp4');
  copyFileSync(clips.quiet, clip);
  // npm runs the script from the project root and says where the user was in INIT_CWD.
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/loudness.ts', 'typed-here.mp4', ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, INIT_CWD: dir },
      encoding: 'utf8',
    });
  const check = run('--check');
  expect(check.status).toBe(1);
  expect(check.stderr).toMatch(/^loudness: found -18\.\d+, expected -14 ± 1 LUFS/m);
  const fix = run();
  expect(fix.status, fix.stderr).toBe(0);
  expect(fix.stdout).toMatch(/typed-here\.mp4: -14\.\d LUFS/);
  expect(run('--check').status).toBe(0);
});
