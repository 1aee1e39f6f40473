import { describe, expect, test } from 'vitest';
import { parseIssueFile } from '../../src/issues/parse-issue-file';
import type { Issue } from '../../src/schema';
import {
  compositionSource,
  folderChange,
  followFiles,
  keepUnchanged,
  referencedFiles,
} from '../../src/studio/file-changes';

const ISSUE: Issue = {
  newsletter: { name: '테스트 레터' },
  title: '짧은 테스트 호',
  music: { src: 'audio/bed.m4a', volume: 0.25 },
  brand: { logo: 'brand/own.png' },
  takeaways: [
    { headline: '첫 번째 요점', points: ['하나'], voiceover: 'audio/t1.wav', captions: 'audio/t1.srt' },
    { headline: '두 번째 요점', points: ['둘'], visual: { src: 'visuals/chart.png' } },
  ],
};

const file = (name: string, issue: Issue = ISSUE) => parseIssueFile(`issues/${name}.json`, name, JSON.stringify(issue));
const broken = parseIssueFile('issues/broken.json', 'broken', '{');

describe('compositionSource', () => {
  const files = [broken, file('alpha'), file('beta')];

  test('a clip, a cover and a recap of an issue name its file and takeaway', () => {
    expect(compositionSource(files, 'beta-t2-shorts')).toMatchObject({ file: 'issues/beta.json', takeaway: 2 });
    expect(compositionSource(files, 'alpha-t1-both')).toMatchObject({ file: 'issues/alpha.json', takeaway: 1 });
    expect(compositionSource(files, 'alpha-t2-cover')).toMatchObject({ takeaway: 2 });
    expect(compositionSource(files, 'beta-recap-reels')).toMatchObject({ file: 'issues/beta.json', takeaway: null });
  });

  test('anything else has no file to save to', () => {
    expect(compositionSource(files, 'TakeawayClip')).toBeNull();
    expect(compositionSource(files, 'alpha-t3-reels')).toBeNull();
    expect(compositionSource(files, 'broken-invalid-1')).toBeNull();
  });
});

describe('folderChange', () => {
  const watched = referencedFiles([file('alpha'), broken], { logo: 'brand/logo.png' });
  const listing = [
    { name: 'issues/alpha.json', lastModified: 1 },
    { name: 'visuals/chart.png', lastModified: 1 },
    { name: 'visuals/other.png', lastModified: 1 },
  ];
  const touch = (name: string) => listing.map((f) => (f.name === name ? { ...f, lastModified: 2 } : f));

  test('every file a clip reads is watched: voice, captions, picture, music and both brands', () => {
    expect([...watched].sort()).toEqual([
      'audio/bed.m4a',
      'audio/t1.srt',
      'audio/t1.wav',
      'brand/logo.png',
      'brand/own.png',
      'visuals/chart.png',
    ]);
  });

  test('an edited, added or removed issue file reads the issues again', () => {
    expect(folderChange(listing, touch('issues/alpha.json'), watched)).toEqual({ issues: true, referenced: false });
    const added = [...listing, { name: 'issues/beta.json', lastModified: 5 }];
    expect(folderChange(listing, added, watched).issues).toBe(true);
    expect(folderChange(added, listing, watched).issues).toBe(true);
  });

  test('a file an issue names re-runs calculateMetadata; other files and folders below issues/ do nothing', () => {
    expect(folderChange(listing, touch('visuals/chart.png'), watched)).toEqual({ issues: false, referenced: true });
    expect(folderChange(listing, touch('visuals/other.png'), watched)).toEqual({ issues: false, referenced: false });
    const nested = [...listing, { name: 'issues/old/x.json', lastModified: 1 }];
    expect(folderChange(listing, nested, watched)).toEqual({ issues: false, referenced: false });
  });
});

test('keepUnchanged keeps the same object for a file whose content did not change', () => {
  const before = [file('alpha'), file('beta')];
  const after = [file('alpha'), file('beta', { ...ISSUE, title: '바뀜' }), file('gamma')];
  const kept = keepUnchanged(before, after);
  expect(kept[0]).toBe(before[0]);
  expect(kept[1]).toBe(after[1]);
  expect(kept[2]).toBe(after[2]);
});

describe('followFiles', () => {
  const good = [file('alpha'), file('beta')];
  const alphaBroken = [parseIssueFile('issues/alpha.json', 'alpha', '{'), file('beta')];

  test("the open clip's file breaks: its error is shown, and the clip remembered", () => {
    expect(followFiles(good, alphaBroken, 'alpha-t2-shorts', {})).toEqual({
      goTo: 'alpha-invalid-1',
      returnTo: { 'issues/alpha.json': 'alpha-t2-shorts' },
    });
  });

  test('fixed while its error is open: back to the clip', () => {
    const returnTo = { 'issues/alpha.json': 'alpha-t2-shorts' };
    expect(followFiles(alphaBroken, good, 'alpha-invalid-1', returnTo)).toEqual({
      goTo: 'alpha-t2-shorts',
      returnTo: {},
    });
    // The author went elsewhere meanwhile: stay.
    expect(followFiles(alphaBroken, good, 'TakeawayClip', returnTo).goTo).toBeNull();
    // The clip is no longer there, or the file was broken when Studio opened: its first clip.
    const oneTakeaway = [file('alpha', { ...ISSUE, takeaways: [ISSUE.takeaways[0]] }), file('beta')];
    expect(followFiles(alphaBroken, oneTakeaway, 'alpha-invalid-1', returnTo).goTo).toBe('alpha-t1-reels');
    expect(followFiles(alphaBroken, good, 'alpha-invalid-1', {})).toEqual({ goTo: 'alpha-t1-reels', returnTo: {} });
  });

  test('another file breaking, or an edit that keeps the file valid, moves nothing', () => {
    const betaBroken = [file('alpha'), parseIssueFile('issues/beta.json', 'beta', '{')];
    expect(followFiles(good, betaBroken, 'alpha-t1-reels', {}).goTo).toBeNull();
    expect(
      followFiles(good, [file('alpha', { ...ISSUE, title: '새 호' }), file('beta')], 'alpha-t1-reels', {}).goTo,
    ).toBeNull();
  });
});
