import exampleIssue from '../../assets/examples/weekly-sv-gemini.json';
import { DEFAULT_THEME } from '../../src/clip/theme';
import { type Issue, issueSchema, type TakeawayClipProps } from '../../src/schema';

export const EXAMPLE_ISSUE: Issue = issueSchema.parse(exampleIssue);

export const exampleProps = (overrides: Partial<TakeawayClipProps> = {}): TakeawayClipProps => ({
	issue: structuredClone(EXAMPLE_ISSUE),
	takeaway: 1,
	platform: 'reels',
	theme: { ...DEFAULT_THEME },
	...overrides,
});
