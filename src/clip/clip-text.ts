import type { Issue } from '../schema';

/**
 * Every string a clip of this issue may draw, to know which fonts it needs (the emoji font, the full
 * Pretendard): the issue's own text, picture credits, and `more`, such as a voice's captions, which
 * come from their own file.
 */
export const issueText = (issue: Issue, more: string[] = []): string =>
  [
    issue.newsletter.name,
    issue.newsletter.handle ?? '',
    issue.title,
    issue.callToAction ?? '',
    ...issue.takeaways.flatMap((t) => [t.headline, ...t.points, t.visual?.credit ?? '']),
    ...more,
  ].join('\n');
