import type { Issue } from '../schema';

/** Every string a clip of this issue may draw, to know whether it needs the emoji font. */
export const issueText = (issue: Issue): string =>
  [
    issue.newsletter.name,
    issue.newsletter.handle ?? '',
    issue.title,
    issue.callToAction ?? '',
    ...issue.takeaways.flatMap((t) => [t.headline, ...t.points]),
  ].join('\n');
