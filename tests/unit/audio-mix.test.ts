import { describe, expect, test } from 'vitest';
import {
  DUCKING,
  loopFrames,
  MIX_DEFAULTS,
  musicGain,
  speechIntervals,
  speechPresence,
  voiceVolume,
} from '../../src/audio/mix';
import { assetPath, AUDIO_EXTENSIONS, formatZodError, issueSchema } from '../../src/schema';
import { EXAMPLE_ISSUE } from '../helpers/example';

describe('ducking envelope', () => {
  const words = [
    { text: '하나', startMs: 0, endMs: 400 },
    { text: '둘', startMs: 500, endMs: 900 },
    // A 2 s silence: the music comes back up in it.
    { text: '셋', startMs: 2900, endMs: 3300 },
  ];

  test('words closer than the merge gap make one stretch of speech, shifted into clip time', () => {
    expect(speechIntervals(words, 2000)).toEqual([
      { startMs: 2000, endMs: 2900 },
      { startMs: 4900, endMs: 5300 },
    ]);
    expect(DUCKING.mergeGapMs).toBeLessThan(2000);
  });

  test('presence ramps up over the attack before speech and down over the release after', () => {
    const speech = [{ startMs: 1000, endMs: 2000 }];
    expect(speechPresence(1000 - DUCKING.attackMs - 1, speech)).toBe(0);
    expect(speechPresence(1000 - DUCKING.attackMs / 2, speech)).toBeCloseTo(0.5);
    expect(speechPresence(1500, speech)).toBe(1);
    expect(speechPresence(2000 + DUCKING.releaseMs / 2, speech)).toBeCloseTo(0.5);
    expect(speechPresence(2000 + DUCKING.releaseMs + 1, speech)).toBe(0);
  });

  test('the music fades in, ducks to its share under the voice, comes back, and fades out', () => {
    const speech = speechIntervals(words, 2000);
    const gain = (timeMs: number) => musicGain({ timeMs, durationMs: 10_000, volume: 0.5, speech });
    expect(gain(0)).toBe(0);
    expect(gain(MIX_DEFAULTS.fadeInSeconds * 500)).toBeCloseTo(0.25);
    expect(gain(1500)).toBeCloseTo(0.5);
    expect(gain(2500)).toBeCloseTo(0.5 * MIX_DEFAULTS.duckTo);
    expect(gain(4000)).toBeCloseTo(0.5);
    expect(gain(5000)).toBeCloseTo(0.5 * MIX_DEFAULTS.duckTo);
    expect(gain(10_000 - MIX_DEFAULTS.fadeOutSeconds * 500)).toBeCloseTo(0.25);
    expect(gain(10_000)).toBe(0);
    // Never louder than asked, never negative, no jumps bigger than a ramp allows at 30 fps.
    let previous = gain(0);
    for (let t = 0; t <= 10_000; t += 1000 / 30) {
      const g = gain(t);
      expect(g).toBeGreaterThanOrEqual(0);
      expect(g).toBeLessThanOrEqual(0.5);
      expect(Math.abs(g - previous)).toBeLessThanOrEqual(0.5 * (1000 / 30 / DUCKING.attackMs) + 1e-9);
      previous = g;
    }
  });

  test('a loop made to whole frames plays whole; any other is cut at its last whole frame', () => {
    expect(loopFrames(9600, 30)).toBe(288);
    // Durations come rounded to the millisecond.
    expect(loopFrames(9599, 30)).toBe(288);
    expect(loopFrames(9620, 30)).toBe(288);
    expect(loopFrames(9650, 30)).toBe(289);
    expect(loopFrames(10, 30)).toBe(1);
  });

  test('settings override the defaults', () => {
    const speech = [{ startMs: 0, endMs: 10_000 }];
    const settings = { duckTo: 0.5, fadeInSeconds: 0, fadeOutSeconds: 0, voiceVolume: 0.8 };
    expect(musicGain({ timeMs: 0, durationMs: 10_000, volume: 1, settings, speech })).toBe(0.5);
    expect(voiceVolume(settings)).toBe(0.8);
    expect(voiceVolume(undefined)).toBe(1);
  });
});

describe('asset paths and audio fields', () => {
  const path = assetPath('the voiceover', AUDIO_EXTENSIONS);
  test.each(['audio/voice.wav', 'examples/audio/t6-voice.MP3', 'a b/목소리.m4a', 'x.aac'])('%s is accepted', (p) => {
    expect(path.safeParse(p).success).toBe(true);
  });
  test.each([
    ['/etc/voice.wav', /relative to assets\//],
    ['../secret/voice.wav', /no "\.\."/],
    ['audio/../../voice.wav', /no "\.\."/],
    ['./voice.wav', /no "\.\."/],
    ['https://example.com/voice.wav', /not a URL/],
    ['file:///tmp/voice.wav', /not a URL/],
    ['C:\\voice.wav', /not a URL or a drive path/],
    ['audio\\voice.wav', /relative to assets\//],
    ['audio/voice.ogg', /must end in \.wav, \.mp3, \.m4a, \.aac/],
    ['', /must not be empty/],
  ])('%s is refused', (p, message) => {
    const result = path.safeParse(p);
    expect(result.success).toBe(false);
    expect(formatZodError(result.error!)).toMatch(message);
  });

  const withAudio = (change: (issue: typeof EXAMPLE_ISSUE) => void) => {
    const issue = structuredClone(EXAMPLE_ISSUE);
    change(issue);
    const result = issueSchema.safeParse(issue);
    return result.success ? 'ok' : formatZodError(result.error);
  };

  test.each([
    [
      'a voiceover with an SRT',
      (i: typeof EXAMPLE_ISSUE) => Object.assign(i.takeaways[0], { voiceover: 'a/v.wav', captions: 'a/v.srt' }),
      'ok',
    ],
    ['a voiceover alone', (i: typeof EXAMPLE_ISSUE) => Object.assign(i.takeaways[0], { voiceover: 'a/v.mp3' }), 'ok'],
    [
      'captions without a voiceover',
      (i: typeof EXAMPLE_ISSUE) => Object.assign(i.takeaways[1], { captions: 'a/v.json' }),
      'takeaways[1].captions: a captions file times a voiceover',
    ],
    [
      'captions in another format',
      (i: typeof EXAMPLE_ISSUE) => Object.assign(i.takeaways[0], { voiceover: 'a/v.wav', captions: 'a/v.vtt' }),
      'takeaways[0].captions: the captions file must end in .srt, .json',
    ],
    [
      'music at volume 1.5',
      (i: typeof EXAMPLE_ISSUE) => Object.assign(i, { music: { src: 'm.m4a', volume: 1.5 } }),
      'music.volume: the music volume must be from 0 to 1',
    ],
    [
      'music at volume -0.1',
      (i: typeof EXAMPLE_ISSUE) => Object.assign(i, { music: { src: 'm.m4a', volume: -0.1 } }),
      'music.volume: the music volume must be from 0 to 1',
    ],
    [
      'music without a volume',
      (i: typeof EXAMPLE_ISSUE) => Object.assign(i, { music: { src: 'm.m4a' } }),
      'music.volume: the music volume must be a number from 0 to 1',
    ],
    [
      'a misspelt audio setting',
      (i: typeof EXAMPLE_ISSUE) => Object.assign(i, { audio: { duckto: 0.2 } }),
      'audio: Unrecognized key: "duckto"',
    ],
    [
      'a fade of 9 s',
      (i: typeof EXAMPLE_ISSUE) => Object.assign(i, { audio: { fadeOutSeconds: 9 } }),
      'audio.fadeOutSeconds: must be at most 5 seconds',
    ],
  ])('%s', (_, change, expected) => {
    expect(withAudio(change)).toContain(expected);
  });
});
