import { describe, expect, test } from 'vitest';
import { formatZodError, issueSchema, parseOrThrow, takeawayClipSchema } from '../../src/schema';
import { EXAMPLE_ISSUE, exampleProps } from '../helpers/example';

const errorOf = (value: unknown): string => {
  const result = takeawayClipSchema.safeParse(value);
  if (result.success) {
    throw new Error('expected the props to be rejected');
  }
  return formatZodError(result.error);
};

describe('issue and clip schema', () => {
  test('accepts the example issue with its six takeaways', () => {
    expect(EXAMPLE_ISSUE.takeaways).toHaveLength(6);
    expect(takeawayClipSchema.safeParse(exampleProps({ takeaway: 6, platform: 'shorts' })).success).toBe(true);
  });

  test.each([
    [
      'no takeaways',
      (p: ReturnType<typeof exampleProps>) => (p.issue.takeaways = []),
      'issue.takeaways: an issue needs at least 1 takeaway',
    ],
    [
      'an empty headline',
      (p: ReturnType<typeof exampleProps>) => (p.issue.takeaways[0].headline = '   '),
      'issue.takeaways[0].headline: a headline must not be empty',
    ],
    [
      'no points',
      (p: ReturnType<typeof exampleProps>) => (p.issue.takeaways[1].points = []),
      'issue.takeaways[1].points: a takeaway needs at least 1 point',
    ],
    [
      'an empty point',
      (p: ReturnType<typeof exampleProps>) => (p.issue.takeaways[1].points[2] = ''),
      'issue.takeaways[1].points[2]: a point must not be empty',
    ],
    [
      'an unknown platform',
      (p: ReturnType<typeof exampleProps>) => Object.assign(p, { platform: 'tiktok' }),
      'platform: must be one of: reels, shorts',
    ],
    [
      'a takeaway index out of range',
      (p: ReturnType<typeof exampleProps>) => (p.takeaway = 7),
      'takeaway: must be between 1 and 6: the issue has 6 takeaways',
    ],
    ['a takeaway index of 0', (p: ReturnType<typeof exampleProps>) => (p.takeaway = 0), 'takeaway: must be 1 or more'],
    [
      'a colour that is not one',
      (p: ReturnType<typeof exampleProps>) => (p.brand.theme = { accent: 'yellowish' }),
      'brand.theme.accent: Invalid color',
    ],
    [
      'a typo in a field name',
      (p: ReturnType<typeof exampleProps>) => Object.assign(p.issue.takeaways[0], { keywrods: ['x'] }),
      'issue.takeaways[0]: Unrecognized key: "keywrods"',
    ],
    [
      'a headline over the character limit',
      (p: ReturnType<typeof exampleProps>) => (p.issue.takeaways[0].headline = '가'.repeat(35)),
      'issue.takeaways[0].headline: a headline must be at most 34 characters',
    ],
    [
      'a date that is not ISO',
      (p: ReturnType<typeof exampleProps>) => Object.assign(p.issue, { date: '12/10/2023' }),
      'issue.date: must be an ISO date',
    ],
    [
      'a handle without @',
      (p: ReturnType<typeof exampleProps>) => Object.assign(p.issue.newsletter, { handle: 'weekly' }),
      'issue.newsletter.handle: must look like @handle',
    ],
  ])('rejects %s, naming the field and the rule', (_name, mutate, message) => {
    const props = exampleProps();
    mutate(props);
    expect(errorOf(props)).toContain(message);
  });

  type Props = ReturnType<typeof exampleProps>;
  // Each of these looks filled in a text editor but draws nothing: a blank hook, an empty pill.
  const INVISIBLE = [
    ['zero-width spaces', '\u200B\u200B'],
    ['a zero-width joiner and non-joiner', '\u200D\u200C'],
    ['a word joiner', '\u2060'],
    ['a byte order mark', '\uFEFF'],
    ['a soft hyphen and a left-to-right mark (format characters)', '\u00AD\u200E'],
    ['an ideographic space and a zero-width space', '\u3000\u200B'],
    ['a Hangul filler', '\u3164'],
  ] as const;
  const TEXT_FIELDS: Array<[string, (p: Props, text: string) => void, string]> = [
    [
      'headline',
      (p, t) => (p.issue.takeaways[0].headline = t),
      'issue.takeaways[0].headline: a headline must not be empty',
    ],
    [
      'point',
      (p, t) => (p.issue.takeaways[1].points[0] = t),
      'issue.takeaways[1].points[0]: a point must not be empty',
    ],
    ['title', (p, t) => (p.issue.title = t), 'issue.title: the title must not be empty'],
    [
      'newsletter name',
      (p, t) => (p.issue.newsletter.name = t),
      'issue.newsletter.name: the newsletter name must not be empty',
    ],
    [
      'keyword',
      (p, t) => (p.issue.takeaways[0].keywords = ['GPT-4', t]),
      'issue.takeaways[0].keywords[1]: a keyword must not be empty',
    ],
    [
      'call to action',
      (p, t) => Object.assign(p.issue, { callToAction: t }),
      'issue.callToAction: the call to action must not be empty',
    ],
  ];
  test.each(
    TEXT_FIELDS.flatMap(([field, set, message]) =>
      INVISIBLE.map(([what, text]) => [field, what, set, text, message] as const),
    ),
  )('a %s of only %s is empty', (_field, _what, set, text, message) => {
    const props = exampleProps();
    set(props, text);
    expect(errorOf(props)).toContain(message);
  });

  test('invisible characters inside visible text are left alone', () => {
    const props = exampleProps();
    props.issue.takeaways[0].headline = '\u200B구글\u200D 제미나이';
    expect(takeawayClipSchema.safeParse(props).success).toBe(true);
  });

  test('parseOrThrow lists every problem on one line', () => {
    const props = exampleProps({ platform: 'tiktok' as 'reels' });
    props.issue.takeaways[0].points = [];
    expect(() => parseOrThrow(takeawayClipSchema, props, 'TakeawayClip props')).toThrowError(
      /^Invalid TakeawayClip props: issue\.takeaways\[0\]\.points: [^\n]*; platform: /,
    );
  });

  test('the issue file contract: optional fields validate, unknown ones do not pass', () => {
    const issue = {
      ...EXAMPLE_ISSUE,
      date: '2023-12-10',
      number: 3,
      newsletter: { name: 'x', handle: '@weekly_sv', url: 'https://example.com' },
    };
    expect(issueSchema.safeParse(issue).success).toBe(true);
    expect(issueSchema.safeParse({ ...issue, subtitle: 'nope' }).success).toBe(false);
  });
});
