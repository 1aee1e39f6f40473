// `npm run publish -- <out/<slug>> [--to youtube,instagram] [--only 1,3,recap] [--privacy private|unlisted|public] [--at <ISO time> [--every 1d]] [--made-for-kids] [--dry-run]`
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Presets, SingleBar } from 'cli-progress';
import { USER_CWD } from '../render/files';
import { dryRunText } from '../publish/dry-run';
import { parseDuration } from '../publish/duration';
import type { PublishEvent } from '../publish/events';
import { defaultTiming } from '../publish/http';
import { type PublishOptions, type Target, TARGET_LABEL, TARGETS } from '../publish/plan';
import { preparePublish, publishIssue } from '../publish/publish-issue';
import { SecretSet } from '../publish/redact';
import { PRIVACY, type Privacy } from '../publish/state';

const USAGE =
  'Usage: npm run publish -- <out/slug> [--to youtube,instagram] [--only 1,3,recap] [--privacy private|unlisted|public] [--at <ISO time> [--every 1d]] [--made-for-kids] [--dry-run]';

const list = <T extends string>(flag: string, value: string, allowed: readonly T[]): T[] =>
  value.split(',').map((part) => {
    const item = part.trim() as T;
    if (!allowed.includes(item)) throw new Error(`${flag} takes ${allowed.join(', ')}, not "${part}"\n${USAGE}`);
    return item;
  });

const privacyOf = (value: string): Privacy => {
  if (!PRIVACY.includes(value as Privacy))
    throw new Error(`--privacy takes ${PRIVACY.join(', ')}, not "${value}"\n${USAGE}`);
  return value as Privacy;
};

const parse = (): { dir: string; options: PublishOptions; dryRun: boolean } => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      to: { type: 'string', default: TARGETS.join(',') },
      only: { type: 'string' },
      privacy: { type: 'string' },
      at: { type: 'string' },
      every: { type: 'string' },
      'made-for-kids': { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || positionals.length !== 1) throw new Error(USAGE);
  const only =
    values.only === undefined
      ? null
      : values.only.split(',').map((part) => {
          const text = part.trim();
          if (text === 'recap') return 'recap' as const;
          if (!/^\d+$/.test(text))
            throw new Error(`--only takes takeaway numbers and "recap", like 1,3,recap, not "${values.only}"`);
          return Number(text);
        });
  // A time without a zone would mean whatever zone this machine is in.
  if (values.at !== undefined && !/(Z|[+-]\d\d:?\d\d)$/i.test(values.at.trim())) {
    throw new Error(
      `--at needs a time with its zone, like 2026-06-01T09:00+09:00 or 2026-06-01T00:00Z, not "${values.at}"`,
    );
  }
  const at = values.at === undefined ? null : new Date(values.at);
  if (at && Number.isNaN(at.getTime())) throw new Error(`--at is not a time: "${values.at}"`);
  return {
    dir: resolve(USER_CWD, positionals[0]),
    dryRun: values['dry-run'],
    options: {
      to: list<Target>('--to', values.to, TARGETS),
      only,
      privacy: values.privacy === undefined ? null : privacyOf(values.privacy),
      at,
      everyMs: values.every === undefined ? null : parseDuration(values.every),
      madeForKids: values['made-for-kids'],
    },
  };
};

const MB = 1024 * 1024;

/** Bars on a terminal; a line per step in a log, where redrawn bars would be noise. */
const progressDisplay = (
  print: (line: string) => void,
): { onEvent: (event: PublishEvent) => void; stop: () => void } => {
  const line = (event: PublishEvent): string | null => {
    switch (event.type) {
      case 'item-start':
        return `[${event.index + 1}/${event.count}] ${event.item.clipId} → ${TARGET_LABEL[event.item.target]}`;
      case 'stage':
        return `  ${event.stage}`;
      case 'item-done':
        return `  done: ${event.result}`;
      case 'item-skipped':
        return `  skipped: ${event.reason}`;
      case 'item-failed':
        return `  FAILED: ${event.message}`;
      case 'warning':
        return `  warning: ${event.message}`;
      case 'bytes':
        return null;
    }
  };
  if (!process.stderr.isTTY) {
    let lastQuarter = -1;
    return {
      onEvent: (event) => {
        if (event.type === 'bytes') {
          const quarter = Math.floor((4 * event.sent) / event.total);
          if (quarter !== lastQuarter)
            print(`  ${(event.sent / MB).toFixed(1)} of ${(event.total / MB).toFixed(1)} MB sent`);
          lastQuarter = quarter;
          return;
        }
        if (event.type === 'item-start') lastQuarter = -1;
        const text = line(event);
        if (text !== null) print(text);
      },
      stop: () => undefined,
    };
  }
  // A bar while bytes flow; any line to print first freezes it where it is, so a resumed upload shows as a second bar.
  let bar: SingleBar | null = null;
  let barClip: string | null = null;
  const freeze = () => {
    bar?.stop();
    bar = null;
    barClip = null;
  };
  return {
    onEvent: (event) => {
      if (event.type === 'bytes') {
        if (!bar || barClip !== event.item.clipId) {
          freeze();
          bar = new SingleBar(
            {
              format: '  {bar} {percentage}% {sentMb}/{totalMb} MB',
              barsize: 30,
              hideCursor: true,
              clearOnComplete: false,
            },
            Presets.shades_classic,
          );
          bar.start(event.total, event.sent, { sentMb: '0.0', totalMb: (event.total / MB).toFixed(1) });
          barClip = event.item.clipId;
        }
        bar.update(event.sent, { sentMb: (event.sent / MB).toFixed(1), totalMb: (event.total / MB).toFixed(1) });
        return;
      }
      freeze();
      const text = line(event);
      if (text !== null) print(text);
    },
    stop: freeze,
  };
};

const secrets = new SecretSet();
const print = (text: string) => console.error(secrets.redact(text));

const main = async () => {
  const { dir, options, dryRun } = parse();
  const inside = relative(USER_CWD, dir);
  const shown = inside.startsWith('..') ? dir : inside || '.';
  if (dryRun) {
    const { report, items, state } = await preparePublish(dir, options, new Date());
    console.log(dryRunText({ dir: shown, title: report.title, items, state, options }));
    if (items.some((i) => !i.ok)) process.exit(1);
    return;
  }
  const controller = new AbortController();
  const stop = () => {
    if (controller.signal.aborted) process.exit(130);
    print('\nStopping: what was sent is recorded in publish.json; run the same command again to resume.');
    controller.abort();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  const display = progressDisplay(print);
  const summary = await publishIssue({
    dir,
    options,
    timing: defaultTiming(),
    secrets,
    signal: controller.signal,
    onEvent: display.onEvent,
  }).finally(display.stop);
  console.log(
    secrets.redact(
      `\n${shown}: ${summary.done.length} sent, ${summary.skipped.length} skipped, ${summary.failed.length} failed (publish.json records each)`,
    ),
  );
  for (const [target, reason] of Object.entries(summary.stopped)) {
    print(`${TARGET_LABEL[target as Target]} stopped: ${reason}`);
  }
  if (summary.failed.length > 0 || Object.keys(summary.stopped).length > 0) process.exit(1);
};

main().catch((error: unknown) => {
  const aborted = (error as Error)?.name === 'AbortError';
  print(aborted ? 'Stopped.' : error instanceof Error ? error.message : String(error));
  process.exit(aborted ? 130 : 1);
});
