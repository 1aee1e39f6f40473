// `npm run render:issue -- <issue.json> [--platform reels|shorts|all] [--only 1,3] [--out DIR] [--no-recap] [--force] [--bundle DIR] [--concurrency N|N%]`
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { makeCancelSignal } from '@remotion/renderer';
import { MultiBar, Presets, type SingleBar } from 'cli-progress';
import { PLATFORM_IDS, type PlatformId } from '../platforms';
import { PROJECT_ROOT, USER_CWD } from '../render/files';
import { type IssueEvent, renderIssue } from '../render/render-issue';

const USAGE =
  'Usage: npm run render:issue -- <issue.json> [--platform reels|shorts|all] [--only 1,3] [--out DIR] [--no-recap] [--force] [--bundle DIR] [--concurrency N|N%]';

const parse = () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      platform: { type: 'string', default: 'all' },
      only: { type: 'string' },
      out: { type: 'string' },
      'no-recap': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      bundle: { type: 'string' },
      concurrency: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || positionals.length !== 1) {
    throw new Error(USAGE);
  }
  const platform = values.platform;
  if (platform !== 'all' && !PLATFORM_IDS.includes(platform as PlatformId)) {
    throw new Error(`--platform must be reels, shorts or all, not "${platform}"\n${USAGE}`);
  }
  const only = values.only
    ? values.only.split(',').map((part) => {
        const n = Number(part.trim());
        // Number('') is 0: an empty part (as in "1,") would otherwise read as takeaway 0.
        if (part.trim() === '' || !Number.isInteger(n))
          throw new Error(`--only takes takeaway numbers like 1,3, not "${values.only}"`);
        return n;
      })
    : null;
  // Remotion's own forms: a number of tabs, or a share of the cores.
  const concurrency = values.concurrency;
  const percent = concurrency?.match(/^(\d+)%$/);
  if (
    concurrency !== undefined &&
    !(/^\d+$/.test(concurrency) && Number(concurrency) >= 1) &&
    !(percent && Number(percent[1]) >= 1 && Number(percent[1]) <= 100)
  ) {
    throw new Error(
      `--concurrency takes a number of tabs like 2, or a share of the cores like 50%, not "${concurrency}"`,
    );
  }
  return {
    issuePath: resolve(USER_CWD, positionals[0]),
    platforms: platform === 'all' ? [...PLATFORM_IDS] : [platform as PlatformId],
    only,
    outDir: values.out === undefined ? undefined : resolve(USER_CWD, values.out),
    recap: !values['no-recap'],
    force: values.force,
    bundle: values.bundle === undefined ? undefined : resolve(USER_CWD, values.bundle),
    concurrency: concurrency === undefined || percent ? concurrency : Number(concurrency),
  };
};

/** Bars on a terminal; a line per clip in a log (CI, a pipe), where redrawn bars would be noise. */
const progressDisplay = (): { onEvent: (event: IssueEvent) => void; stop: () => void } => {
  if (!process.stderr.isTTY) {
    // A log says when the run bundles: a re-run with every clip unchanged does not.
    let bundling = false;
    return {
      onEvent: (event) => {
        if (event.type === 'bundling' && !bundling) {
          bundling = true;
          console.error('bundling the project');
        } else if (event.type === 'warning') {
          console.error(`warning: ${event.message}`);
        } else if (event.type === 'preparing') {
          console.error(`preparing ${event.src} for rendering (once)`);
        } else if (event.type === 'clip-done') {
          const shared = event.sharedFrom ? ` (the render of ${event.sharedFrom})` : '';
          console.error(
            `${event.job.id}: ${event.skipped ? 'unchanged, skipped' : event.clip.ok ? 'ok' : 'checks failed'}${shared}`,
          );
        }
      },
      stop: () => undefined,
    };
  }
  const bars = new MultiBar(
    { format: '{label} |{bar}| {percentage}% {status}', barsize: 20, hideCursor: true, clearOnComplete: false },
    Presets.shades_classic,
  );
  let overall: SingleBar | null = null;
  let current: SingleBar | null = null;
  const onEvent = (event: IssueEvent) => {
    if (event.type === 'warning') {
      bars.log(`warning: ${event.message}\n`);
    } else if (event.type === 'preparing') {
      bars.log(`preparing ${event.src} for rendering (once)\n`);
    } else if (event.type === 'planned') {
      overall = bars.create(event.jobs.length, 0, { label: 'all clips'.padEnd(30), status: '' });
    } else if (event.type === 'clip-start') {
      current = bars.create(100, 0, { label: event.job.id.padEnd(30), status: '' });
    } else if (event.type === 'clip-progress') {
      current?.update(Math.round(event.progress * 100));
    } else if (event.type === 'clip-stage') {
      current?.update({ status: event.stage });
    } else if (event.type === 'clip-done') {
      current?.update(100, { status: event.skipped ? 'unchanged, skipped' : event.clip.ok ? 'ok' : 'CHECKS FAILED' });
      overall?.increment();
    }
  };
  return { onEvent, stop: () => bars.stop() };
};

const main = async () => {
  const options = parse();
  const { cancelSignal, cancel } = makeCancelSignal();
  let cancelled = false;
  const stop = () => {
    if (cancelled) process.exit(130);
    cancelled = true;
    console.error('\nStopping: the clip being rendered is discarded, finished ones are kept. Re-run to continue.');
    cancel();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  const started = performance.now();
  const display = progressDisplay();
  const report = await renderIssue({ ...options, cancelSignal, onEvent: display.onEvent }).finally(display.stop);

  const dir = options.outDir ?? join(PROJECT_ROOT, 'out', report.slug);
  console.log(
    `\n${report.title}: ${report.clips.length} clips in ${relative(USER_CWD, dir) || '.'}/ (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  console.table(
    report.clips.map((c) => ({
      clip: c.id,
      seconds: c.durationSeconds,
      loudness: !c.audio
        ? 'no audio'
        : c.audio.integratedLufs === null
          ? 'silent'
          : `${c.audio.integratedLufs.toFixed(1)} LUFS, ${c.audio.truePeakDbtp?.toFixed(1)} dBTP`,
      checks: c.ok
        ? 'ok'
        : Object.entries(c.checks)
            .filter(([, v]) => !v.ok)
            .map(([k]) => k)
            .join(', '),
    })),
  );
  for (const warning of new Set(report.clips.flatMap((c) => c.warnings ?? []))) {
    console.error(`warning: ${warning}`);
  }
  if (!report.ok) {
    console.error('Some checks failed: see report.json for what was found and what was expected.');
    process.exit(1);
  }
};

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(/cancell?ed/i.test(message) ? 'Cancelled.' : message);
  process.exit(/cancell?ed/i.test(message) ? 130 : 1);
});
