import { parseSrt } from '@remotion/captions';
import { describe, expect, test } from 'vitest';
import { pagePoints } from '../../src/captions/paging';
import { shownCaptions, subtitleCaptions, toSrt } from '../../src/captions/subtitles';
import { timePages } from '../../src/captions/timing';
import { issueCompositionIds, slugFromFileName, SLUG_PATTERN } from '../../src/issues/ids';
import { planJobs } from '../../src/issues/jobs';
import { captionLineWidth } from '../../src/layout/caption-pages';
import { TYPE } from '../../src/design/tokens';
import { EXAMPLE_ISSUE } from '../helpers/example';
import { fakeMeasureAt } from '../helpers/fake-measure';

describe('issue ids', () => {
  test.each([
    ['assets/issues/weekly-sv-gemini.json', 'weekly-sv-gemini'],
    ['Weekly SV_Gemini 2023.json', 'weekly-sv-gemini-2023'],
    ['주간.json', ''],
    ['--a--b--.json', 'a-b'],
  ])('%s → "%s"', (name, slug) => {
    expect(slugFromFileName(name)).toBe(slug);
    if (slug) expect(slug).toMatch(SLUG_PATTERN);
  });

  test('an issue gets a clip per takeaway and layout, a recap per layout and a cover per takeaway', () => {
    expect(issueCompositionIds('x', 2)).toEqual([
      'x-t1-reels',
      'x-t2-reels',
      'x-recap-reels',
      'x-t1-shorts',
      'x-t2-shorts',
      'x-recap-shorts',
      'x-t1-both',
      'x-t2-both',
      'x-recap-both',
      'x-t1-cover',
      'x-t2-cover',
    ]);
  });
});

describe('render jobs', () => {
  test('--only and --platform select, --no-recap drops the recap', () => {
    const jobs = planJobs(EXAMPLE_ISSUE, 'w', { platforms: ['shorts'], only: [3, 1, 3], recap: false });
    expect(jobs.map((j) => j.id)).toEqual(['w-t1-shorts', 'w-t3-shorts']);
    expect(jobs[0].files).toEqual({
      video: 'w-t1-shorts.mp4',
      cover: 'w-t1-shorts.jpg',
      subtitles: 'w-t1-shorts.srt',
      captions: 'w-t1-shorts.captions.json',
      upload: 'w-t1-shorts.upload.json',
    });
    // One platform alone keeps its own layout, and its first frame is the Shorts thumbnail.
    expect(jobs[0].layout).toBe('shorts');
    expect(jobs[0].render).toBe('w-t1-shorts');
    expect(jobs[0].cover).toEqual({ composition: 'TakeawayClip', frame: 0, inputProps: jobs[0].inputProps });
    const all = planJobs(EXAMPLE_ISSUE, 'w', { platforms: ['reels', 'shorts'], only: null, recap: true });
    expect(all).toHaveLength(14);
    expect(all.find((j) => j.id === 'w-t2-reels')?.cover.composition).toBe('Cover');
    expect(all.filter((j) => j.takeaway === null).map((j) => j.id)).toEqual(['w-recap-reels', 'w-recap-shorts']);
  });

  test('both platforms share one render per clip, laid out for both; covers stay per platform', () => {
    const all = planJobs(EXAMPLE_ISSUE, 'w', { platforms: ['reels', 'shorts'], only: [2], recap: true });
    expect(all.map((j) => [j.id, j.render, j.layout])).toEqual([
      ['w-t2-reels', 'w-t2-both', 'both'],
      ['w-t2-shorts', 'w-t2-both', 'both'],
      ['w-recap-reels', 'w-recap-both', 'both'],
      ['w-recap-shorts', 'w-recap-both', 'both'],
    ]);
    const [reels, shorts] = all;
    expect(reels.inputProps).toEqual(shorts.inputProps);
    expect(reels.inputProps.platform).toBe('both');
    // The Reels cover is the designed Cover for the Reels grid; the Shorts one is the shared video's first frame.
    expect(reels.cover).toEqual({
      composition: 'Cover',
      frame: 0,
      inputProps: { ...reels.inputProps, platform: 'reels' },
    });
    expect(shorts.cover).toEqual({ composition: 'TakeawayClip', frame: 0, inputProps: shorts.inputProps });
    expect(new Set(all.map((j) => j.files.video)).size).toBe(4);
  });

  test('the files a clip plays or reads are its assets', () => {
    const all = planJobs(EXAMPLE_ISSUE, 'w', { platforms: ['reels', 'shorts'], only: null, recap: true });
    // The files a clip plays or reads, so a re-recorded voiceover under the same name renders again.
    expect(all.find((j) => j.id === 'w-t6-reels')?.assets).toEqual([
      'examples/audio/music-bed.m4a',
      'examples/audio/t6-voice.wav',
      'examples/audio/t6-voice.srt',
    ]);
    expect(all.find((j) => j.id === 'w-t1-reels')?.assets).toEqual([
      'examples/audio/music-bed.m4a',
      'examples/visuals/benchmark-chart.png',
    ]);
    expect(all.find((j) => j.id === 'w-recap-reels')?.assets).toEqual(['examples/audio/music-bed.m4a']);
  });

  test('--only with a takeaway the issue does not have is an error before anything renders', () => {
    expect(() => planJobs(EXAMPLE_ISSUE, 'w', { platforms: ['reels'], only: [7], recap: true })).toThrowError(
      '--only: 7 is not a takeaway of this issue (it has 6: 1 to 6)',
    );
  });
});

describe('subtitles', () => {
  const limits = {
    measure: (t: string) => captionLineWidth(t, TYPE.captionFontSize, fakeMeasureAt),
    maxLineWidth: 792,
    maxLineChars: 16,
    maxLines: 2,
  };
  const pages = timePages(pagePoints(EXAMPLE_ISSUE.takeaways[0].points, limits));

  test("one SRT cue per page, with its lines and the clip's own times", () => {
    const srt = toSrt(shownCaptions(pages, 2000));
    const { captions } = parseSrt({ input: srt });
    expect(captions).toHaveLength(pages.length);
    captions.forEach((cue, i) => {
      expect(cue.text).toBe(pages[i].lines.map((l) => l.join(' ')).join('\n'));
      expect(cue.startMs).toBe(pages[i].startMs + 2000);
      expect(cue.endMs).toBe(pages[i].startMs + pages[i].durationMs + 2000);
    });
  });

  test("word captions carry each word's own time, on the clip's clock", () => {
    const words = subtitleCaptions(pages, 2000);
    expect(words).toHaveLength(pages.flatMap((p) => p.tokenLines.flat()).length);
    expect(words[0]).toMatchObject({
      startMs: pages[0].tokenLines[0][0].fromMs + 2000,
      endMs: pages[0].tokenLines[0][0].toMs + 2000,
    });
    expect(words.filter((w) => w.pageBreakAfter)).toHaveLength(pages.length);
  });
});
