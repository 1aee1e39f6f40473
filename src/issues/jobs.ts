/**
 * What `render:issue` makes for an issue: one job per takeaway and platform, plus a recap per
 * platform, each with the names of its files. Pure.
 */
import { brandFiles } from '../brand/brand';
import type { PlatformId } from '../platforms';
import type { Brand, Issue } from '../schema';
import { recapSubject, takeawaySubject, type UploadSubject } from '../upload/upload-text';
import { recapId, takeawayId } from './ids';

export type ClipJob = {
  id: string;
  platform: PlatformId;
  /** 1-based; null for the recap. */
  takeaway: number | null;
  composition: 'TakeawayClip' | 'Recap';
  inputProps: Record<string, unknown>;
  /** Reels gets the designed Cover; Shorts shows the first frame as its thumbnail, so that is its cover. */
  cover: { composition: 'Cover' | 'TakeawayClip' | 'Recap'; frame: number };
  subject: UploadSubject;
  files: { video: string; cover: string; subtitles: string; captions: string; upload: string };
  /** Files under assets/ the clip plays or reads: a change in them means a new render. */
  assets: string[];
};

export type JobOptions = {
  platforms: PlatformId[];
  only: number[] | null;
  recap: boolean;
  /** assets/brand.json's brand; without it, the design's defaults and the issue's own `brand`. */
  brand?: Brand;
};

const filesFor = (id: string) => ({
  video: `${id}.mp4`,
  cover: `${id}.jpg`,
  subtitles: `${id}.srt`,
  captions: `${id}.captions.json`,
  upload: `${id}.upload.json`,
});

const assetsOf = (issue: Issue, takeaway: number | null, brand: Brand): string[] => {
  const item = takeaway === null ? null : issue.takeaways[takeaway - 1];
  return [
    issue.music?.src,
    item?.voiceover,
    item?.captions,
    item?.visual?.src,
    ...brandFiles(brand, issue).map((file) => file.path),
  ].filter((path): path is string => path !== undefined);
};

export const planJobs = (issue: Issue, slug: string, { platforms, only, recap, brand = {} }: JobOptions): ClipJob[] => {
  const count = issue.takeaways.length;
  for (const n of only ?? []) {
    if (!Number.isInteger(n) || n < 1 || n > count) {
      throw new Error(`--only: ${n} is not a takeaway of this issue (it has ${count}: 1 to ${count})`);
    }
  }
  const takeaways = only ? [...new Set(only)].sort((a, b) => a - b) : issue.takeaways.map((_, i) => i + 1);
  return platforms.flatMap((platform) => {
    const clips = takeaways.map((takeaway): ClipJob => {
      const id = takeawayId(slug, takeaway, platform);
      return {
        id,
        platform,
        takeaway,
        composition: 'TakeawayClip',
        inputProps: { issue, takeaway, platform, brand },
        cover: platform === 'reels' ? { composition: 'Cover', frame: 0 } : { composition: 'TakeawayClip', frame: 0 },
        subject: takeawaySubject(issue, takeaway),
        files: filesFor(id),
        assets: assetsOf(issue, takeaway, brand),
      };
    });
    if (!recap) {
      return clips;
    }
    const id = recapId(slug, platform);
    return [
      ...clips,
      {
        id,
        platform,
        takeaway: null,
        composition: 'Recap',
        inputProps: { issue, platform, brand },
        cover: { composition: 'Recap', frame: 0 },
        subject: recapSubject(issue),
        files: filesFor(id),
        assets: assetsOf(issue, null, brand),
      },
    ];
  });
};
