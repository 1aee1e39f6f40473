/**
 * Names of an issue's compositions and output files. Pure. Remotion allows only a-z, A-Z, 0-9 and
 * "-" in folder names (and no Hangul in composition ids), so slugs are lower-case ASCII.
 */
import { PLATFORM_IDS, type PlatformId } from '../platforms';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `assets/issues/Weekly SV_gemini.json` → `weekly-sv-gemini`; empty when nothing usable is left. */
export const slugFromFileName = (fileName: string): string =>
	(fileName.split('/').pop() ?? '')
		.replace(/\.[^.]*$/, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 40)
		.replace(/-+$/, '');

export const takeawayId = (slug: string, takeaway: number, platform: PlatformId): string =>
	`${slug}-t${takeaway}-${platform}`;

export const recapId = (slug: string, platform: PlatformId): string => `${slug}-recap-${platform}`;

export const coverId = (slug: string, takeaway: number): string => `${slug}-t${takeaway}-cover`;

/** Every composition id an issue with `count` takeaways gets in Studio. */
export const issueCompositionIds = (slug: string, count: number): string[] => [
	...PLATFORM_IDS.flatMap((platform) => [
		...Array.from({ length: count }, (_, i) => takeawayId(slug, i + 1, platform)),
		recapId(slug, platform),
	]),
	...Array.from({ length: count }, (_, i) => coverId(slug, i + 1)),
];
