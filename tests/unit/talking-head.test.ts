import { describe, expect, test } from 'vitest';
import talkingHeadIssue from '../../assets/examples/talking-head.json';
import { frameLevels } from '../../src/examples/speaker-levels';
import { formatZodError, issueSchema } from '../../src/schema';
import { TALKING_HEAD_SCRIM, talkingHeadScrimStops } from '../../src/visual/visual';
import { EXAMPLE_ISSUE } from '../helpers/example';

const check = (change: (takeaway: Record<string, unknown>) => void): string => {
  const issue = structuredClone(EXAMPLE_ISSUE);
  change(issue.takeaways[0] as Record<string, unknown>);
  const result = issueSchema.safeParse(issue);
  return result.success ? 'ok' : formatZodError(result.error);
};

describe('a video voiceover (a talking head) in the issue file', () => {
  test('the example talking-head issue is valid', () => {
    expect(issueSchema.safeParse(talkingHeadIssue).success).toBe(true);
  });

  test.each([
    [
      'an .mp4 voiceover',
      (t: Record<string, unknown>) => Object.assign(t, { voiceover: 'me/take.mp4', visual: undefined }),
      'ok',
    ],
    [
      'a .MOV voiceover with its SRT',
      (t: Record<string, unknown>) =>
        Object.assign(t, { voiceover: 'me/take.MOV', captions: 'me/take.srt', visual: undefined }),
      'ok',
    ],
    [
      'a .webm voiceover with a focus',
      (t: Record<string, unknown>) =>
        Object.assign(t, { voiceover: 'me/take.webm', voiceoverFocus: { x: 0.3, y: 0.2 }, visual: undefined }),
      'ok',
    ],
    // The example's first takeaway has a chart: a picture defaults to a card, which sits beside the author.
    [
      'a talking head with a chart on a card',
      (t: Record<string, unknown>) => Object.assign(t, { voiceover: 'me/take.mp4' }),
      'ok',
    ],
    [
      'a talking head with a picture set to cover',
      (t: Record<string, unknown>) =>
        Object.assign(t, { voiceover: 'me/take.mp4', visual: { src: 'a.png', fit: 'cover' } }),
      'takeaways[0].visual.fit: the talking head me/take.mp4 fills the frame, so a visual beside it goes on a card: set "fit": "contain", or remove `visual`',
    ],
    [
      'a talking head with b-roll (full-bleed by default)',
      (t: Record<string, unknown>) => Object.assign(t, { voiceover: 'me/take.mp4', visual: { src: 'b.mp4' } }),
      'takeaways[0].visual.fit: the talking head me/take.mp4 fills the frame',
    ],
    [
      'a focus on an audio voiceover',
      (t: Record<string, unknown>) =>
        Object.assign(t, { voiceover: 'me/take.wav', voiceoverFocus: { x: 0.5, y: 0.5 } }),
      'takeaways[0].voiceoverFocus: only a video voiceover (a talking head) is cropped: me/take.wav is audio',
    ],
    [
      'a focus without a voiceover',
      (t: Record<string, unknown>) => Object.assign(t, { voiceoverFocus: { x: 0.5, y: 0.5 } }),
      'takeaways[0].voiceoverFocus: only a video voiceover (a talking head) is cropped: this takeaway has no voiceover',
    ],
    [
      'a focus outside the frame',
      (t: Record<string, unknown>) =>
        Object.assign(t, { voiceover: 'me/take.mp4', visual: undefined, voiceoverFocus: { x: 1.2, y: 0 } }),
      'takeaways[0].voiceoverFocus.x: voiceoverFocus.x must be from 0 to 1',
    ],
    [
      'a video format the renderer does not take',
      (t: Record<string, unknown>) => Object.assign(t, { voiceover: 'me/take.avi' }),
      'takeaways[0].voiceover: the voiceover must end in .wav, .mp3, .m4a, .aac, .mp4, .mov, .webm',
    ],
  ])('%s', (_name, change, expected) => {
    const message = check(change);
    expect(expected === 'ok' ? message : message.slice(0, expected.length)).toBe(expected);
  });
});

describe('the scrim over a talking head', () => {
  const { text, clear, bottom, ramp } = TALKING_HEAD_SCRIM;
  test('dark behind the text, nearly clear where the face is, lighter under the buttons', () => {
    const stops = talkingHeadScrimStops(1920, { y: 560, height: 380 }, 1140);
    expect(stops).toEqual([
      [0, text],
      [560 / 1920, text],
      [(560 + ramp) / 1920, clear],
      [(940 - ramp) / 1920, clear],
      [940 / 1920, text],
      [1140 / 1920, text],
      [1, bottom],
    ]);
  });

  test('a band thinner than two ramps keeps only its middle clear, and the stops stay in order', () => {
    const stops = talkingHeadScrimStops(1920, { y: 600, height: 100 }, 800);
    expect(stops[2]).toEqual([650 / 1920, clear]);
    expect(stops[3]).toEqual([650 / 1920, clear]);
    const positions = stops.map(([at]) => at);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});

describe("the drawn speaker's mouth", () => {
  const sampleRate = 24000;
  const tone = (seconds: number, amplitude: number) =>
    Float32Array.from(
      { length: seconds * sampleRate },
      (_, i) => amplitude * Math.sin((i / sampleRate) * 2 * Math.PI * 220),
    );

  test('one level a frame, closed in silence, fully open on the loud part, closing over a few frames', () => {
    const samples = new Float32Array(sampleRate * 2);
    samples.set(tone(1, 0.5), 0);
    const levels = frameLevels(samples, sampleRate, 30);
    expect(levels).toHaveLength(60);
    expect(levels.slice(0, 30).every((level) => level > 0.95)).toBe(true);
    // Released, not snapped shut: the first silent frame is still part open, and it is closed well before the end.
    expect(levels[30]).toBeGreaterThan(0.3);
    expect(levels[30]).toBeLessThan(1);
    expect(levels[59]).toBeLessThan(0.01);
  });

  test('quiet speech opens it part way, in proportion', () => {
    const samples = new Float32Array(sampleRate * 2);
    samples.set(tone(1, 0.5), 0);
    samples.set(tone(0.5, 0.25), sampleRate * 1.5);
    const levels = frameLevels(samples, sampleRate, 30);
    expect(levels[55]).toBeGreaterThan(0.45);
    expect(levels[55]).toBeLessThan(0.55);
  });

  test('silence throughout keeps it closed', () => {
    expect(new Set(frameLevels(new Float32Array(sampleRate), sampleRate, 30))).toEqual(new Set([0]));
  });
});
