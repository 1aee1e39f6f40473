import { describe, expect, test } from 'vitest';
import { type ClipReport, type IssueReport, mergeReports, parseReport, withClip } from '../../src/render/report-schema';

const clip = (id: string, ok = true): ClipReport => ({
  id,
  platform: 'reels',
  takeaway: 1,
  video: `${id}.mp4`,
  cover: `${id}.jpg`,
  subtitles: `${id}.srt`,
  captions: `${id}.captions.json`,
  upload: `${id}.upload.json`,
  durationSeconds: 5.4,
  propsHash: '0123456789abcdef',
  audio: null,
  warnings: [],
  checks: { codec: { ok, found: 'h264', expected: 'h264' } },
  ok,
});

const report = (...clips: ClipReport[]): IssueReport => ({
  slug: 's',
  title: 't',
  ok: clips.every((c) => c.ok),
  clips,
});

describe('parseReport', () => {
  test('a report as written parses back', () => {
    const written = report(clip('a'), clip('b'));
    expect(parseReport(JSON.stringify(written))).toEqual({ report: written });
  });

  test.each(['{}', '[]', '{"clips":[null]}', '{"slug":"s","title":"t","ok":true,"clips":[{"id":"a"}]}'])(
    '%s is not a report',
    (text) => {
      expect(parseReport(text)).toEqual({ problem: expect.stringMatching(/^it is not a report \(/) });
    },
  );

  test('text that is not JSON says so', () => {
    expect(parseReport('{"clips": [')).toEqual({ problem: expect.stringMatching(/^it is not JSON/) });
  });
});

describe('merging reports by clip id', () => {
  test('withClip replaces a clip in its place, or adds it at the end', () => {
    const b2 = { ...clip('b'), durationSeconds: 6 };
    expect(withClip([clip('a'), clip('b'), clip('c')], b2).map((c) => c.durationSeconds)).toEqual([5.4, 6, 5.4]);
    expect(withClip([clip('a')], clip('b')).map((c) => c.id)).toEqual(['a', 'b']);
  });

  test("a concurrent writer's clips are kept, ours win where both have one, and ok covers them all", () => {
    const merged = mergeReports(
      report(clip('a'), clip('b')),
      report({ ...clip('b'), propsHash: 'old' }, clip('c', false)),
    );
    expect(merged.clips.map((c) => [c.id, c.propsHash])).toEqual([
      ['a', '0123456789abcdef'],
      ['b', '0123456789abcdef'],
      ['c', '0123456789abcdef'],
    ]);
    expect(merged.ok).toBe(false);
  });

  test("clips come in the issue's order, whichever was written last: takeaways, the recap last, Reels before Shorts", () => {
    const at = (id: string, takeaway: number | null, platform: ClipReport['platform']) => ({
      ...clip(id),
      takeaway,
      platform,
    });
    // A Reels clip rendered again after its file was lost comes after the others in `ours`.
    const merged = mergeReports(
      report(at('t1-shorts', 1, 'shorts'), at('recap-reels', null, 'reels'), at('t1-reels', 1, 'reels')),
      report(at('recap-shorts', null, 'shorts'), at('t2-reels', 2, 'reels')),
    );
    expect(merged.clips.map((c) => c.id)).toEqual(['t1-reels', 't1-shorts', 't2-reels', 'recap-reels', 'recap-shorts']);
  });

  test('nothing on disk: ours as it is', () => {
    expect(mergeReports(report(clip('a')), null)).toEqual(report(clip('a')));
  });
});
