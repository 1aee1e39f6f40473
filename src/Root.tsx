import type React from 'react';
import { Composition, Folder, Still } from 'remotion';
import talkingHeadIssue from '../assets/examples/talking-head.json';
import exampleIssue from '../assets/examples/weekly-sv-gemini.json';
import { Blank } from './clip/Blank';
import { calculateCoverMetadata } from './clip/Cover';
import { IssueFileError } from './clip/IssueFileError';
import { calculateRecapMetadata } from './clip/Recap';
import { calculateTakeawayMetadata } from './clip/TakeawayClip';
import { NEWSLETTER_BRAND } from './brand/newsletter-brand';
import { coverId, invalidIssueId, recapId, takeawayId } from './issues/ids';
import type { IssueFile } from './issues/load-issue-files';
import { useIssueFiles } from './issues/use-issue-files';
import { EditableCover, EditableRecap, EditableTakeawayClip } from './studio/editable';
import { FollowIssueFiles } from './studio/FollowIssueFiles';
import { useLiveBrand } from './studio/use-live-brand';
import { LAYOUT_IDS, PLATFORMS } from './platforms';
import {
  type Brand,
  type CoverProps,
  coverSchema,
  type Issue,
  issueSchema,
  type RecapProps,
  recapSchema,
  type TakeawayClipProps,
  takeawayClipSchema,
} from './schema';

// Parsed here so a broken example file is named in Studio instead of surfacing as a bad prop later.
const example = issueSchema.parse(exampleIssue);
const talkingHead = issueSchema.parse(talkingHeadIssue);

// Placeholders: calculateMetadata sets the real size, fps and length from the props.
const { width, height, fps } = PLATFORMS.reels;

const Clip: React.FC<{ id: string; props: TakeawayClipProps }> = ({ id, props }) => (
  <Composition
    id={id}
    component={EditableTakeawayClip}
    schema={takeawayClipSchema}
    defaultProps={props}
    calculateMetadata={calculateTakeawayMetadata}
    width={width}
    height={height}
    fps={fps}
    durationInFrames={fps}
  />
);

const RecapClip: React.FC<{ id: string; props: RecapProps }> = ({ id, props }) => (
  <Composition
    id={id}
    component={EditableRecap}
    schema={recapSchema}
    defaultProps={props}
    calculateMetadata={calculateRecapMetadata}
    width={width}
    height={height}
    fps={fps}
    durationInFrames={fps}
  />
);

const CoverStill: React.FC<{ id: string; props: CoverProps }> = ({ id, props }) => (
  <Still
    id={id}
    component={EditableCover}
    schema={coverSchema}
    defaultProps={props}
    calculateMetadata={calculateCoverMetadata}
    width={width}
    height={height}
  />
);

/**
 * One folder per issue file: a clip per takeaway and layout (each platform's, and `both`, which
 * `render:issue --platform all` renders), a recap per layout, a cover per takeaway.
 */
const IssueFolder: React.FC<{ slug: string; issue: Issue; brand: Brand }> = ({ slug, issue, brand }) => (
  <Folder name={slug}>
    {LAYOUT_IDS.map((platform) => (
      <Folder key={platform} name={`${slug}-${platform}`}>
        {issue.takeaways.map((_, i) => (
          <Clip key={i} id={takeawayId(slug, i + 1, platform)} props={{ issue, takeaway: i + 1, platform, brand }} />
        ))}
        <RecapClip id={recapId(slug, platform)} props={{ issue, platform, brand }} />
      </Folder>
    ))}
    <Folder name={`${slug}-covers`}>
      {issue.takeaways.map((_, i) => (
        <CoverStill key={i} id={coverId(slug, i + 1)} props={{ issue, takeaway: i + 1, platform: 'reels', brand }} />
      ))}
    </Folder>
  </Folder>
);

const InvalidIssue: React.FC<{ file: Extract<IssueFile, { ok: false }>; index: number }> = ({ file, index }) => (
  <Folder name={file.slug}>
    <Still
      id={invalidIssueId(file.slug, index)}
      component={IssueFileError}
      defaultProps={{ file: file.name, error: file.error }}
      width={width}
      height={height}
    />
  </Folder>
);

export const RemotionRoot: React.FC = () => {
  const files = useIssueFiles();
  // assets/brand.json fills every composition's `brand` prop, so Studio, `npx remotion render` and render:issue agree.
  const brand = useLiveBrand(NEWSLETTER_BRAND);
  return (
    <>
      <Clip id="TakeawayClip" props={{ issue: example, takeaway: 2, platform: 'reels', brand }} />
      <Clip id="VoicedTakeaway" props={{ issue: example, takeaway: 6, platform: 'reels', brand }} />
      <Clip id="TalkingHead" props={{ issue: talkingHead, takeaway: 1, platform: 'reels', brand }} />
      <CoverStill id="Cover" props={{ issue: example, takeaway: 2, platform: 'reels', brand }} />
      <RecapClip id="Recap" props={{ issue: example, platform: 'reels', brand }} />
      <Folder name="Issues">
        {files.map((file, index) =>
          file.ok ? (
            <IssueFolder key={file.name} slug={file.slug} issue={file.issue} brand={brand} />
          ) : (
            <InvalidIssue key={file.name} file={file} index={index} />
          ),
        )}
      </Folder>
      <Folder name="Benchmarks">
        <Composition id="Blank" component={Blank} width={width} height={height} fps={fps} durationInFrames={300} />
      </Folder>
      <FollowIssueFiles files={files} />
    </>
  );
};
