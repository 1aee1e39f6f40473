import { describe, expect, test } from 'vitest';
import { parseLoudnormMode, parseLoudnormSummary } from '../../src/audio/loudnorm-summary';

/** What ffmpeg's loudnorm prints at the end of a pass, after ffmpeg's own lines. */
const stderr = (fields: Record<string, string>) =>
  `size=N/A time=00:00:14.00 bitrate=N/A speed= 120x\n[Parsed_loudnorm_1 @ 0x55] \n${JSON.stringify(fields, null, '\t')}\n`;

const SPEECH = {
  input_i: '-25.10',
  input_tp: '-9.42',
  input_lra: '3.20',
  input_thresh: '-35.41',
  output_i: '-14.02',
  output_tp: '-4.10',
  output_lra: '2.90',
  output_thresh: '-24.31',
  normalization_type: 'linear',
  target_offset: '0.02',
};

describe("loudnorm's summary", () => {
  test('reads the first-pass measurement of the input', () => {
    expect(parseLoudnormSummary(stderr(SPEECH), 'a.mp4')).toEqual({
      integratedLufs: -25.1,
      truePeakDbtp: -9.42,
      lra: 3.2,
      thresholdLufs: -35.41,
      offsetLu: 0.02,
    });
    expect(parseLoudnormMode(stderr(SPEECH), 'a.mp4')).toBe('linear');
    expect(parseLoudnormMode(stderr({ ...SPEECH, normalization_type: 'dynamic' }), 'a.mp4')).toBe('dynamic');
  });

  test('silence has no loudness and no peak: null, never -Infinity, which JSON cannot hold', () => {
    const silence = { ...SPEECH, input_i: '-inf', input_tp: '-inf', input_lra: '0.00', input_thresh: '-70.00' };
    expect(parseLoudnormSummary(stderr({ ...silence, target_offset: 'inf' }), 's.mp4')).toEqual({
      integratedLufs: null,
      truePeakDbtp: null,
      lra: 0,
      thresholdLufs: -70,
      offsetLu: null,
    });
  });

  test('the last summary counts when a command ran loudnorm twice', () => {
    const twice = stderr({ ...SPEECH, input_i: '-30.00' }) + stderr(SPEECH);
    expect(parseLoudnormSummary(twice, 'a.mp4').integratedLufs).toBe(-25.1);
  });

  test('no summary, a missing field or an infinite range say which file and which field', () => {
    expect(() => parseLoudnormSummary('Invalid data found when processing input', 'bad.mp4')).toThrowError(
      'loudnorm printed no measurement for bad.mp4',
    );
    const noRange: Record<string, string> = { ...SPEECH };
    delete noRange.input_lra;
    expect(() => parseLoudnormSummary(stderr(noRange), 'a.mp4')).toThrowError(`loudnorm's summary has no "input_lra"`);
    expect(() => parseLoudnormSummary(stderr({ ...SPEECH, input_thresh: '-inf' }), 'a.mp4')).toThrowError(
      `loudnorm's "input_thresh" is -inf`,
    );
  });
});
