/**
 * An issue file's text to an issue, or the reason it is not one: the one parser Studio (through the
 * bundle) and the command line (from disk) share. Pure.
 */
import { formatZodError, type Issue, issueSchema } from '../schema';
import { stripBom } from '../strip-bom';

export type IssueFile =
  { ok: true; name: string; slug: string; issue: Issue } | { ok: false; name: string; slug: string; error: string };

export const parseIssueFile = (name: string, slug: string, text: string): IssueFile => {
  let json: unknown;
  try {
    json = JSON.parse(stripBom(text));
  } catch (error) {
    return { ok: false, name, slug, error: `not valid JSON: ${(error as Error).message}` };
  }
  const result = issueSchema.safeParse(json);
  return result.success
    ? { ok: true, name, slug, issue: result.data }
    : { ok: false, name, slug, error: formatZodError(result.error) };
};
