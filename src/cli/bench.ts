// `npm run bench [-- --reps 3] [-- --tune] [-- --only abc,d,e,v] [-- --visuals-only]`: frames a second of the
// default render, our tuned one, and the blank capture floor (abc); the whole-issue command against one CLI process
// per clip (d); one render for both platforms against one per platform (e); a picture, b-roll and a talking head
// against the same takeaway without them (v; `--visuals-only` is `--only v`).
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { planJobs } from '../issues/jobs';
import { slugFromFileName } from '../issues/ids';
import { PLATFORM_IDS, PLATFORMS } from '../platforms';
import { REMOTION_CLI, spread, type Stats, stats, type Timing, timeCommand } from '../render/bench';
import { chooseBrowser } from '../render/browser';
import { bundleProject } from '../render/bundle';
import { ASSETS_DIR, PROJECT_ROOT } from '../render/files';
import { prepareVideos, videosToPrepare } from '../render/prepare-videos';
import { probeVideo } from '../render/probe';
import { readIssueFile } from '../render/render-issue';
import { RENDER_SETTINGS } from '../render/settings';
import { compareVideos } from '../render/ssim';
import { TIMELINE } from '../design/tokens';
import { readBrandFile } from '../render/brand-file';
import { callFf } from '../render/ff';
import type { Issue, TakeawayClipProps, Takeaway } from '../schema';

/** 10 s of the default clip: the hook and its first caption pages, twice the issue's minimum of 150. */
const FRAMES = 300;
/** The small issue D renders whole: 2 takeaways × 2 platforms + 2 recaps = 6 clips. */
const D_ISSUE = join(ASSETS_DIR, 'examples', 'two-takeaways.json');
/** Every 3rd caption frame: 80 of 240, enough to find a bad frame, a third of the time. */
const SSIM_EVERY = 3;
/** Quality guard: the tuned render against a reference (x264 medium, crf 18) on the caption frames. */
const GUARD = { meanSsim: 0.98, minSsim: 0.95, reference: ['--x264-preset=medium', '--crf=18'] };

const { values } = parseArgs({
  options: {
    reps: { type: 'string', default: '3' },
    tune: { type: 'boolean', default: false },
    'skip-d': { type: 'boolean', default: false },
    only: { type: 'string', default: 'abc,d,e,v' },
    'visuals-only': { type: 'boolean', default: false },
  },
});
const sections = new Set(values['visuals-only'] ? ['v'] : values.only.split(','));
for (const section of sections) {
  if (!['abc', 'd', 'e', 'v'].includes(section)) throw new Error(`--only takes abc, d, e and v, not "${section}"`);
}
const reps = Math.max(1, Number(values.reps));
const browser = chooseBrowser().executable;
const browserArgs = browser ? [`--browser-executable=${browser}`] : [];

type Measured = {
  name: string;
  frames: number;
  /** Whole command, start to exit. */
  wall: Stats;
  /** Frames a second from the first rendered frame to exit (browser start-up excluded). */
  renderFps: Stats;
  fps: number;
};

type Render = (composition: string, out: string, extra: string[]) => Promise<Timing>;

const renderFps = (t: Timing): number => (FRAMES - t.framesBeforeRender) / (t.render ?? t.wall);

const main = async () => {
  const work = await mkdtemp(join(tmpdir(), 'clip-bench-'));
  // A variant that must not see remotion.config.ts gets this empty config: Remotion's defaults.
  const emptyConfig = join(work, 'defaults.config.ts');
  await writeFile(emptyConfig, 'export {};\n');
  console.log(`${cpus().length} cores, browser ${browser ?? "Remotion's download"}; bundling once…`);
  const serveUrl = await bundleProject(undefined, await benchAssets(work));
  // Our settings come from remotion.config.ts, except the one Remotion's config file cannot set (see there).
  const ours = [`--enable-multiprocess-on-linux=${RENDER_SETTINGS.multiProcessOnLinux}`];
  const render = (composition: string, out: string, extra: string[]) =>
    timeCommand(REMOTION_CLI, [
      'render',
      serveUrl,
      composition,
      join(work, out),
      `--frames=0-${FRAMES - 1}`,
      // Not beside Remotion's defaults, nor twice (a repeated flag reads as an array, always true).
      ...(extra.some((flag) => /^--(config|enable-multiprocess-on-linux)=/.test(flag)) ? [] : ours),
      ...extra,
    ]);

  const variants: Record<string, () => Promise<Timing>> = {
    'A defaults': () => render('TakeawayClip', 'a.mp4', [`--config=${emptyConfig}`, ...browserArgs]),
    'B tuned': () => render('TakeawayClip', 'b.mp4', []),
    'C blank, tuned': () => render('Blank', 'c.mp4', []),
  };
  try {
    if (values.tune) {
      await tune(render, work);
      return;
    }
    const e = sections.has('e') ? await bothPlatforms(work) : null;
    if (e) {
      console.log(
        `E: --platform all ${e.all.median.toFixed(1)} s (${e.all.min.toFixed(1)}–${e.all.max.toFixed(1)}) vs --platform reels then shorts ${e.separate.median.toFixed(1)} s (${e.separate.min.toFixed(1)}–${e.separate.max.toFixed(1)}): ${e.ratio.toFixed(2)} (target ≤ 0.6)${e.cpuRatio === null ? '' : `; CPU time ${e.cpuRatio.toFixed(2)}`}`,
      );
      await writeFile(
        join(PROJECT_ROOT, 'out', 'bench-e.json'),
        `${JSON.stringify({ cores: cpus().length, reps, e }, null, 2)}\n`,
      );
    }
    const visualsOnly = !sections.has('abc') && sections.has('v');
    if (visualsOnly) {
      const visuals = await visualTwins(render, work);
      const report = join(PROJECT_ROOT, 'out', 'bench.json');
      await writeFile(report, `${JSON.stringify({ cores: cpus().length, frames: FRAMES, reps, visuals }, null, 2)}\n`);
      console.log(`Written to ${report}`);
      return;
    }
    if (!sections.has('abc')) return;
    const runs: Record<string, Timing[]> = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
    const bar = new SingleBar({ format: 'A/B/C |{bar}| {value}/{total} renders', hideCursor: true });
    bar.start(reps * 3, 0);
    // Alternating A, B, C in each round spreads any drift in the machine's speed over all three.
    for (let round = 0; round < reps; round++) {
      for (const [name, run] of Object.entries(variants)) {
        runs[name].push(await run());
        bar.increment();
      }
    }
    bar.stop();
    const measured: Measured[] = Object.entries(runs).map(([name, r]) => {
      const wall = stats(r.map((t) => t.wall));
      return { name, frames: FRAMES, wall, renderFps: stats(r.map(renderFps)), fps: FRAMES / wall.median };
    });
    const [a, b, c] = measured;

    const quality = await qualityGuard(render, join(work, 'b.mp4'));
    const d = values['skip-d'] || !sections.has('d') ? null : await wholeIssue(work);
    const visuals = sections.has('v') ? await visualTwins(render, work) : null;

    console.table(
      measured.map((m) => ({
        variant: m.name,
        'wall s, median': m.wall.median.toFixed(2),
        'wall s, min–max': `${m.wall.min.toFixed(2)}–${m.wall.max.toFixed(2)}`,
        'wall spread': `${(spread(m.wall) * 100).toFixed(1)} %`,
        'frames/s, wall': m.fps.toFixed(2),
        'frames/s, rendering': `${m.renderFps.median.toFixed(2)} (${m.renderFps.min.toFixed(2)}–${m.renderFps.max.toFixed(2)})`,
      })),
    );
    const ratios = {
      'B/A': b.fps / a.fps,
      'B/C': b.fps / c.fps,
      'B/A rendering': b.renderFps.median / a.renderFps.median,
      'B/C rendering': b.renderFps.median / c.renderFps.median,
      D: d ? d.issue.median / d.perClip.median : null,
    };
    console.log(
      `Wall: B/A ${ratios['B/A'].toFixed(2)} (target ≥ 1.6), B/C ${ratios['B/C'].toFixed(2)} (target ≥ 0.85). Rendering only: B/A ${ratios['B/A rendering'].toFixed(2)}, B/C ${ratios['B/C rendering'].toFixed(2)}`,
    );
    if (d) {
      console.log(
        `D: render:issue ${d.issue.median.toFixed(1)} s (${d.issue.min.toFixed(1)}–${d.issue.max.toFixed(1)}) vs one CLI process a clip ${d.perClip.median.toFixed(1)} s (${d.perClip.min.toFixed(1)}–${d.perClip.max.toFixed(1)}) for ${d.clips} clips: ${ratios.D?.toFixed(2)} (target ≤ 0.7)`,
      );
    }
    console.log(
      `Quality: SSIM of B against x264 medium crf 18 on ${quality.frames} caption frames: mean ${quality.mean.toFixed(4)} (≥ ${GUARD.meanSsim}), lowest ${quality.min.toFixed(4)} at frame ${quality.minFrame} (≥ ${GUARD.minSsim}); B ${quality.bitrateMbps.toFixed(2)} Mbps (caps: Shorts ${PLATFORMS.shorts.maxBitrateMbps}, Reels ${PLATFORMS.reels.maxBitrateMbps})`,
    );
    const report = join(PROJECT_ROOT, 'out', 'bench.json');
    await writeFile(
      report,
      `${JSON.stringify({ cores: cpus().length, frames: FRAMES, reps, settings: RENDER_SETTINGS, variants: measured, ratios, d, quality, visuals }, null, 2)}\n`,
    );
    console.log(`Written to ${report}`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
};

const qualityGuard = async (render: Render, tuned: string) => {
  await render('TakeawayClip', 'reference.mp4', GUARD.reference);
  const hookFrames = TIMELINE.hookSeconds * PLATFORMS.reels.fps;
  const result = await compareVideos(
    join(tuned, '..', 'reference.mp4'),
    tuned,
    (frame) => frame >= hookFrames && frame % SSIM_EVERY === 0,
  );
  const probe = await probeVideo(tuned);
  return {
    ...result,
    bitrateMbps: probe.bitRate / 1e6,
    ok: result.mean >= GUARD.meanSsim && result.min >= GUARD.minSsim,
  };
};

/** D: the same clips through render:issue (one bundle, one browser) and through one `npx remotion render` each. */
const wholeIssue = async (work: string) => {
  const issue = await readIssueFile(D_ISSUE);
  const jobs = planJobs(issue, slugFromFileName(D_ISSUE), { platforms: [...PLATFORM_IDS], only: null, recap: true });
  for (const job of jobs) {
    await writeFile(join(work, `${job.id}.props.json`), JSON.stringify(job.inputProps));
  }
  const issueRuns: number[] = [];
  const perClipRuns: number[] = [];
  const bar = new SingleBar({ format: 'D     |{bar}| {value}/{total} runs', hideCursor: true });
  bar.start(reps * 2, 0);
  for (let round = 0; round < reps; round++) {
    issueRuns.push((await renderIssueCommand(['--platform', 'all', '--out', join(work, 'issue')])).wall);
    bar.increment();
    let total = 0;
    for (const job of jobs) {
      total += (
        await timeCommand(REMOTION_CLI, [
          'render',
          job.composition,
          join(work, 'clips', job.files.video),
          `--props=${join(work, `${job.id}.props.json`)}`,
          '--log=error',
        ])
      ).wall;
    }
    perClipRuns.push(total);
    bar.increment();
  }
  bar.stop();
  return { clips: jobs.length, issue: stats(issueRuns), perClip: stats(perClipRuns) };
};

const renderIssueCommand = (args: string[]) =>
  timeCommand(process.execPath, ['--import', 'tsx', 'src/cli/render-issue.ts', D_ISSUE, '--force', ...args]);

/**
 * E: the small issue for both platforms, as the author runs it: one command laying each clip out once
 * for both, against one command per platform. Alternating, so a drift in the machine's speed hits both.
 */
const bothPlatforms = async (work: string) => {
  const all: Timing[] = [];
  const separate: Timing[] = [];
  const bar = new SingleBar({ format: 'E     |{bar}| {value}/{total} runs', hideCursor: true });
  bar.start(reps * 2, 0);
  for (let round = 0; round < reps; round++) {
    all.push(await renderIssueCommand(['--platform', 'all', '--out', join(work, 'e-all')]));
    bar.increment();
    const perPlatform: Timing[] = [];
    for (const platform of PLATFORM_IDS) {
      perPlatform.push(await renderIssueCommand(['--platform', platform, '--out', join(work, 'e-separate')]));
    }
    separate.push({
      ...perPlatform[0],
      wall: perPlatform.reduce((sum, t) => sum + t.wall, 0),
      cpu: perPlatform.every((t) => t.cpu !== null) ? perPlatform.reduce((sum, t) => sum + (t.cpu ?? 0), 0) : null,
    });
    bar.increment();
  }
  bar.stop();
  const cpu = (runs: Timing[]) => (runs.every((t) => t.cpu !== null) ? stats(runs.map((t) => t.cpu ?? 0)) : null);
  const e = {
    all: stats(all.map((t) => t.wall)),
    separate: stats(separate.map((t) => t.wall)),
    allCpu: cpu(all),
    separateCpu: cpu(separate),
  };
  return {
    ...e,
    ratio: e.all.median / e.separate.median,
    cpuRatio: e.allCpu && e.separateCpu ? e.allCpu.median / e.separateCpu.median : null,
  };
};

/** The talking-head example's voice alone, for its voiced twin; and the example scaled to what a phone records. */
const BENCH_VOICE = 'bench/speaker-voice.m4a';
const PHONE_TALKING_HEAD = 'bench/speaker-1080x1920.mp4';
/** The example talking head is drawn at 720x1280; a phone records 1080x1920, 2.25 times the pixels to extract. */
const PHONE_SIZE = { width: 1080, height: 1920 };

/** A copy of assets/ with the files only the bench needs, so assets/ itself stays as committed. */
const benchAssets = async (work: string): Promise<string> => {
  const publicDir = join(work, 'assets');
  await cp(ASSETS_DIR, publicDir, { recursive: true });
  await mkdir(join(publicDir, 'bench'));
  const speaker = join(publicDir, 'examples', 'talking-head', 'speaker.mp4');
  // Remotion's ffmpeg has no ipod muxer for .m4a: it is the mp4 container.
  await callFf('ffmpeg', [
    '-v',
    'error',
    '-y',
    '-i',
    speaker,
    '-vn',
    '-c:a',
    'copy',
    '-f',
    'mp4',
    join(publicDir, BENCH_VOICE),
  ]);
  await callFf('ffmpeg', [
    '-v',
    'error',
    '-y',
    '-i',
    speaker,
    '-vf',
    `scale=${PHONE_SIZE.width}:${PHONE_SIZE.height}`,
    '-c:v',
    'libx264',
    '-pix_fmt',
    'yuv420p',
    '-c:a',
    'copy',
    join(publicDir, PHONE_TALKING_HEAD),
  ]);
  // As render:issue does before it bundles: each b-roll's prepared copy (src/visual/prepared.ts).
  for (const pair of await twins()) {
    const { issue, takeaway, platform } = pair.with;
    await prepareVideos(await videosToPrepare(issue, [{ takeaway, layout: platform }], publicDir), { publicDir });
  }
  return publicDir;
};

type Twin = { name: string; target: number; with: TakeawayClipProps; without: TakeawayClipProps };

/** A takeaway with something to look at, and the same takeaway without it. */
const twins = async (): Promise<Twin[]> => {
  const example = await readIssueFile(join(ASSETS_DIR, 'examples', 'weekly-sv-gemini.json'));
  const talking = await readIssueFile(join(ASSETS_DIR, 'examples', 'talking-head.json'));
  const brand = await readBrandFile();
  const clip = (issue: Issue, takeaway: number, change: Partial<Takeaway>): TakeawayClipProps => {
    const copy = structuredClone(issue);
    const item: Record<string, unknown> = { ...copy.takeaways[takeaway - 1], ...change };
    for (const key of Object.keys(item)) if (item[key] === undefined) delete item[key];
    copy.takeaways[takeaway - 1] = item as Takeaway;
    return { issue: copy, takeaway, platform: 'reels', brand };
  };
  const voiced = clip(talking, 1, { voiceover: BENCH_VOICE });
  return [
    // The example's takeaway 1 carries the chart on a card, takeaway 3 the b-roll full-bleed.
    { name: 'image', target: 1.15, with: clip(example, 1, {}), without: clip(example, 1, { visual: undefined }) },
    { name: 'b-roll', target: 1.5, with: clip(example, 3, {}), without: clip(example, 3, { visual: undefined }) },
    { name: 'talking head 720x1280', target: 1.5, with: clip(talking, 1, {}), without: voiced },
    {
      name: 'talking head 1080x1920',
      target: 1.5,
      with: clip(talking, 1, { voiceover: PHONE_TALKING_HEAD }),
      without: voiced,
    },
  ];
};

/**
 * Each twin rendered `reps` times, alternating with and without, on the same frames through the
 * CLI; the ratio is of the medians, by wall clock (the target), from the first rendered frame, and
 * by CPU time, which a machine shared with other work stretches least.
 */
const visualTwins = async (render: Render, work: string) => {
  const pairs = await twins();
  const sides = ['with', 'without'] as const;
  const timings = pairs.map(() => ({ with: [] as Timing[], without: [] as Timing[] }));
  for (const [i, pair] of pairs.entries()) {
    for (const side of sides) {
      await writeFile(join(work, `twin-${i}-${side}.json`), JSON.stringify(pair[side]));
    }
  }
  const bar = new SingleBar({ format: 'Twins |{bar}| {value}/{total} renders', hideCursor: true });
  bar.start(reps * pairs.length * sides.length, 0);
  for (let round = 0; round < reps; round++) {
    for (const i of pairs.keys()) {
      for (const side of sides) {
        const props = `--props=${join(work, `twin-${i}-${side}.json`)}`;
        timings[i][side].push(await render('TakeawayClip', `twin-${i}-${side}.mp4`, [props]));
        bar.increment();
      }
    }
  }
  bar.stop();
  const rows = pairs.map((pair, i) => {
    const wall = (side: (typeof sides)[number]) => stats(timings[i][side].map((t) => t.wall));
    const rendering = (side: (typeof sides)[number]) => stats(timings[i][side].map((t) => t.render ?? t.wall));
    const cpu = (side: (typeof sides)[number]) => stats(timings[i][side].map((t) => t.cpu ?? Number.NaN));
    const ratio = wall('with').median / wall('without').median;
    return {
      name: pair.name,
      target: pair.target,
      with: wall('with'),
      without: wall('without'),
      ratio,
      renderingRatio: rendering('with').median / rendering('without').median,
      cpuWith: cpu('with'),
      cpuWithout: cpu('without'),
      cpuRatio: cpu('with').median / cpu('without').median,
      reached: ratio <= pair.target,
    };
  });
  console.table(
    rows.map((r) => ({
      'with vs without': r.name,
      'with, s (min–max)': `${r.with.median.toFixed(2)} (${r.with.min.toFixed(2)}–${r.with.max.toFixed(2)})`,
      'without, s (min–max)': `${r.without.median.toFixed(2)} (${r.without.min.toFixed(2)}–${r.without.max.toFixed(2)})`,
      ratio: r.ratio.toFixed(2),
      'ratio, rendering only': r.renderingRatio.toFixed(2),
      'CPU s, with / without': `${r.cpuWith.median.toFixed(1)} / ${r.cpuWithout.median.toFixed(1)}`,
      'ratio, CPU': r.cpuRatio.toFixed(2),
      target: `≤ ${r.target}`,
      reached: r.reached ? 'yes' : 'NO',
    })),
  );
  return rows;
};

/** One setting at a time on top of the tuned ones, once each: the table in the README comes from here. */
const tune = async (render: Render, work: string) => {
  const trials: Array<[string, string[]]> = [
    ['as configured', []],
    ['concurrency 1', ['--concurrency=1']],
    ['concurrency 2', ['--concurrency=2']],
    ['concurrency 3', ['--concurrency=3']],
    ['concurrency 100%', ['--concurrency=100%']],
    ['a process per tab', ['--enable-multiprocess-on-linux=true']],
    ['gl swangle', ['--gl=swangle']],
    ['gl swiftshader', ['--gl=swiftshader']],
    ['jpeg quality 60', ['--jpeg-quality=60']],
    ['jpeg quality 80', ['--jpeg-quality=80']],
    ['jpeg quality 95', ['--jpeg-quality=95']],
    ['x264 medium crf 18', ['--x264-preset=medium', '--crf=18']],
    ['x264 fast crf 18', ['--x264-preset=fast', '--crf=18']],
    ['x264 veryfast crf 18', ['--x264-preset=veryfast', '--crf=18']],
    ['x264 superfast crf 18', ['--x264-preset=superfast', '--crf=18']],
    ['x264 ultrafast crf 18', ['--x264-preset=ultrafast', '--crf=18']],
  ];
  const reference = join(work, 'reference.mp4');
  await render('TakeawayClip', 'reference.mp4', GUARD.reference);
  const hookFrames = TIMELINE.hookSeconds * PLATFORMS.reels.fps;
  const rows = [];
  for (const [name, flags] of trials) {
    const out = `${name.replace(/\W+/g, '-')}.mp4`;
    const timing = await render('TakeawayClip', out, flags).catch((error: Error) => error);
    if (timing instanceof Error) {
      const reason = /Error: (.*)/.exec(timing.message)?.[1] ?? timing.message;
      rows.push({
        trial: name,
        seconds: '-',
        'frames/s': '-',
        'SSIM mean': '-',
        'SSIM min': '-',
        Mbps: `refused: ${reason}`,
      });
      console.log(JSON.stringify(rows[rows.length - 1]));
      continue;
    }
    const quality = await compareVideos(reference, join(work, out), (f) => f >= hookFrames && f % SSIM_EVERY === 0);
    const probe = await probeVideo(join(work, out));
    rows.push({
      trial: name,
      seconds: timing.wall.toFixed(2),
      'frames/s': `${(FRAMES / timing.wall).toFixed(2)} (rendering ${renderFps(timing).toFixed(2)})`,
      'SSIM mean': quality.mean.toFixed(4),
      'SSIM min': quality.min.toFixed(4),
      Mbps: (probe.bitRate / 1e6).toFixed(2),
    });
    console.log(JSON.stringify(rows[rows.length - 1]));
  }
  console.table(rows);
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
