// `npm run extract -- <issue.txt|issue.md|issue.html> [-o out.json] [--name "…"] [--force]`: drafts an issue file from a newsletter.
import { access, readFile, writeFile } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeIssueBytes } from '../extract/decode';
import { extractIssue } from '../extract/extract-issue';
import { ASSETS_DIR, USER_CWD, writeAtomically } from '../render/files';

const USAGE =
  'Usage: npm run extract -- <issue.txt|issue.md|issue.html> [-o assets/issues/<slug>.json] [--name "newsletter name"] [--force]';

const shown = (path: string): string => {
  const rel = relative(USER_CWD, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
};

const exists = (path: string): Promise<boolean> =>
  access(path).then(
    () => true,
    () => false,
  );

const parse = () => {
  try {
    const { values, positionals } = parseArgs({
      options: {
        output: { type: 'string', short: 'o' },
        name: { type: 'string' },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
    });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    if (positionals.length !== 1) {
      throw new Error(
        positionals.length === 0
          ? 'Give the issue file to draft from.'
          : `Give one issue file, not ${positionals.length}.`,
      );
    }
    return { input: resolve(USER_CWD, positionals[0]), ...values };
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exit(1);
  }
};

const main = async () => {
  const args = parse();
  const bytes = await readFile(args.input).catch((error: NodeJS.ErrnoException) => {
    throw new Error(`Cannot read ${shown(args.input)}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
  });
  const decoded = decodeIssueBytes(bytes, basename(args.input));
  const { issue, slug, warnings } = extractIssue(decoded.text, {
    fileName: basename(args.input),
    newsletterName: args.name,
  });
  const output = args.output ? resolve(USER_CWD, args.output) : join(ASSETS_DIR, 'issues', `${slug}.json`);
  if (!args.force && (await exists(output))) {
    throw new Error(
      `${shown(output)} already exists and may hold hand edits: pass --force to overwrite it, or -o to write elsewhere.`,
    );
  }
  await writeAtomically(output, (temp) => writeFile(temp, `${JSON.stringify(issue, null, 2)}\n`, { flag: 'wx' }));
  for (const warning of [...decoded.warnings, ...warnings]) {
    console.error(`Warning: ${warning}`);
  }
  console.log(`Title: ${issue.title}`);
  console.log(`Newsletter: ${issue.newsletter.name}`);
  console.log(`Slug: ${slug}`);
  console.log(`${issue.takeaways.length} takeaway${issue.takeaways.length === 1 ? '' : 's'}:`);
  issue.takeaways.forEach((t, i) =>
    console.log(`  ${i + 1}. ${t.headline} (${t.points.length} point${t.points.length === 1 ? '' : 's'})`),
  );
  console.log(`Written to ${shown(output)}. It is a draft: read it, edit it, then preview it in npx remotion studio.`);
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
