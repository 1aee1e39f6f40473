/**
 * What `render:issue` makes for an issue: one job per takeaway and platform, plus a recap per
 * platform, each with the names of its files. Jobs for several platforms at once share one render,
 * laid out inside every platform's safe zone. Pure.
 */
import { brandFiles } from '../brand/brand';
import type { LayoutId, PlatformId } from '../platforms';
import type { Brand, Issue } from '../schema';
import { recapSubject, takeawaySubject, type UploadSubject } from '../upload/upload-text';
import { recapId, takeawayId } from './ids';

export type ClipJob = {
  id: string;
  platform: PlatformId;
  /** 1-based; null for the recap. */
  takeaway: number | null;
  composition: 'TakeawayClip' | 'Recap';
  /** The layout the video is drawn for: the platform's own, or `both` when one render serves every platform. */
  layout: LayoutId;
  /** Names the render: jobs with the same one get the same video, subtitles and captions. */
  render: string;
  inputProps: Record<string, unknown>;
  /**
   * Reels gets the designed Cover, laid out for its grid; Shorts shows the video's first frame as its
   * thumbnail, so that frame of the video's own props is its cover.
   */
  cover: { composition: 'Cover' | 'TakeawayClip' | 'Recap'; frame: number; inputProps: Record<string, unknown> };
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
  const targets = [...new Set(platforms)];
  const layoutFor = (platform: PlatformId): LayoutId => (targets.length > 1 ? 'both' : platform);
  // Clip by clip, each platform's job right after the other, so a shared render is used while fresh.
  const clips = takeaways.flatMap((takeaway) =>
    targets.map((platform): ClipJob => {
      const id = takeawayId(slug, takeaway, platform);
      const layout = layoutFor(platform);
      const inputProps = { issue, takeaway, platform: layout, brand };
      return {
        id,
        platform,
        takeaway,
        composition: 'TakeawayClip',
        layout,
        render: takeawayId(slug, takeaway, layout),
        inputProps,
        cover:
          platform === 'reels'
            ? { composition: 'Cover', frame: 0, inputProps: { ...inputProps, platform } }
            : { composition: 'TakeawayClip', frame: 0, inputProps },
        subject: takeawaySubject(issue, takeaway),
        files: filesFor(id),
        assets: assetsOf(issue, takeaway, brand),
      };
    }),
  );
  if (!recap) {
    return clips;
  }
  return [
    ...clips,
    ...targets.map((platform): ClipJob => {
      const id = recapId(slug, platform);
      const layout = layoutFor(platform);
      const inputProps = { issue, platform: layout, brand };
      return {
        id,
        platform,
        takeaway: null,
        composition: 'Recap',
        layout,
        render: recapId(slug, layout),
        inputProps,
        cover: { composition: 'Recap', frame: 0, inputProps },
        subject: recapSubject(issue),
        files: filesFor(id),
        assets: assetsOf(issue, null, brand),
      };
    }),
  ];
};
