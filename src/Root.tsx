import type React from 'react';
import { Composition, Folder, Still } from 'remotion';
import exampleIssue from '../assets/issues/weekly-sv-gemini.json';
import { Blank } from './clip/Blank';
import { Cover, calculateCoverMetadata } from './clip/Cover';
import { calculateTakeawayMetadata, TakeawayClip } from './clip/TakeawayClip';
import { DEFAULT_THEME } from './clip/theme';
import { PLATFORMS } from './platforms';
import { type CoverProps, coverSchema, issueSchema, type TakeawayClipProps, takeawayClipSchema } from './schema';

// Parsed here so a broken example file is named in Studio instead of surfacing as a bad prop later.
const issue = issueSchema.parse(exampleIssue);

const defaults: TakeawayClipProps = { issue, takeaway: 2, platform: 'reels', theme: DEFAULT_THEME };
const { width, height, fps } = PLATFORMS.reels;

export const RemotionRoot: React.FC = () => (
	<>
		<Composition
			id="TakeawayClip"
			component={TakeawayClip}
			schema={takeawayClipSchema}
			defaultProps={defaults}
			calculateMetadata={calculateTakeawayMetadata}
			// Placeholders: calculateMetadata sets the real size, fps and length from the props.
			width={width}
			height={height}
			fps={fps}
			durationInFrames={fps}
		/>
		<Still
			id="Cover"
			component={Cover}
			schema={coverSchema}
			defaultProps={defaults satisfies CoverProps}
			calculateMetadata={calculateCoverMetadata}
			width={width}
			height={height}
		/>
		<Folder name="Benchmarks">
			<Composition id="Blank" component={Blank} width={width} height={height} fps={fps} durationInFrames={300} />
		</Folder>
	</>
);
