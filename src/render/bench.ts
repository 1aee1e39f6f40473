/**
 * The pieces `npm run bench` measures with: the Remotion CLI as a user runs it, timed from outside,
 * on one prebuilt bundle so bundling does not count unless a variant is about bundling.
 */
import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from './files';

export const REMOTION_CLI = join(PROJECT_ROOT, 'node_modules', '.bin', 'remotion');

export type Timing = {
  /** From start to exit. */
  wall: number;
  /**
   * CPU seconds (user + system) of the command and every process under it (the browser, Remotion's
   * compositor, ffmpeg): the work done, which a busy shared machine stretches far less than the wall
   * clock. Null where /proc is not there to read it.
   */
  cpu: number | null;
  /** From the first frame reported rendered to exit: the render without the browser's start-up. */
  render: number | null;
  /** Frames already rendered when the first progress line came. */
  framesBeforeRender: number;
};

/**
 * Runs the command in a cgroup of its own where the kernel allows one (cgroup v1's cpuacct, as root),
 * then prints what it used: the cgroup's CPU time counts every process the command started, also
 * those that outlived their parent (a killed browser's renderer and GPU processes are reparented to
 * init, and their time never reaches anyone's cutime). Elsewhere the shell's own /proc stat line,
 * whose cutime and cstime add up the processes under it that ended and were waited for.
 */
const CPU_PROBE = [
  'cg=/sys/fs/cgroup/cpuacct/newsletter-clips-bench-$$',
  'if mkdir "$cg" 2>/dev/null && echo $$ > "$cg/cgroup.procs" 2>/dev/null; then inside=1; else inside=0; fi',
  '"$@"; code=$?',
  // A moment for processes killed with the command to finish being reaped into the count.
  'if [ $inside = 1 ]; then sleep 0.5; echo "CPUACCT $(cat "$cg/cpuacct.usage")" >&2; echo $$ > "$cg/../cgroup.procs"; rmdir "$cg" 2>/dev/null; fi',
  'read -r stat < /proc/$$/stat 2>/dev/null && echo "CPUSTAT $stat" >&2',
  'exit $code',
].join('\n');

/** Clock ticks a second, which /proc counts CPU time in. */
const clockTicks = (): number => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' })) || 100;
  } catch {
    return 100;
  }
};

/** The cgroup's CPU time (nanoseconds) where there was one; else cutime + cstime from the probe's stat line. */
export const childrenCpuSeconds = (output: string): number | null => {
  const cgroup = /CPUACCT (\d+)/.exec(output);
  if (cgroup) return Number(cgroup[1]) / 1e9;
  const fields = /CPUSTAT \d+ \(sh\) (.*)/.exec(output)?.[1].trim().split(/\s+/);
  return fields ? (Number(fields[13]) + Number(fields[14])) / clockTicks() : null;
};

/**
 * Runs a command to completion and times it; for a Remotion render, also from its first
 * "Rendered N/M" line, since starting the browser and selecting the composition cost the same
 * whatever the settings. A failure is an error with its output's tail.
 */
export const timeCommand = (command: string, args: string[], cwd = PROJECT_ROOT): Promise<Timing> =>
  new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('sh', ['-c', CPU_PROBE, 'sh', command, ...args], {
      cwd,
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    let output = '';
    let firstFrame: { at: number; frames: number } | null = null;
    const collect = (d: Buffer) => {
      output += d;
      if (firstFrame) return;
      // Progress lines repeat ("Rendered 0/300", "Rendered 12/300", …): the first past 0 marks the start.
      for (const [, frames] of output.matchAll(/Rendered (\d+)\/\d+/g)) {
        if (Number(frames) > 0) {
          firstFrame = { at: performance.now(), frames: Number(frames) };
          break;
        }
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('exit', (code) => {
      const end = performance.now();
      if (code === 0) {
        resolve({
          wall: (end - started) / 1000,
          cpu: childrenCpuSeconds(output),
          render: firstFrame ? (end - firstFrame.at) / 1000 : null,
          framesBeforeRender: firstFrame?.frames ?? 0,
        });
      } else {
        reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.slice(-2000)}`));
      }
    });
  });

export type Stats = { median: number; min: number; max: number; runs: number[] };

export const stats = (runs: number[]): Stats => {
  const sorted = [...runs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs };
};

/** Spread as a share of the median: (max - min) / median. */
export const spread = (s: Stats): number => (s.max - s.min) / s.median;
