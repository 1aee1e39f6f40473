/**
 * Which processes are the browser a render started, from a process table. Pure, so the rules that
 * decide what may be ended are unit-tested without starting a browser.
 */

/** A process as Linux's /proc shows it. `startTime` (clock ticks since boot) tells a reused pid apart. */
export type ProcessInfo = { pid: number; ppid: number; group: number; startTime: number; args: string[] };

/** What a run records of its browser, so a later run can end it if the run is killed. */
export type BrowserRecord = { group: number; userDataDir: string };

const userDataDirOf = (p: ProcessInfo): string | null =>
  p.args.find((a) => a.startsWith('--user-data-dir='))?.slice('--user-data-dir='.length) ?? null;

/** Chromium rewrites a helper's command line into one string, so the program is its first word. */
const programOf = (p: ProcessInfo): string | undefined => p.args[0]?.split(' ')[0];

/** The browser `parentPid` started: Remotion gives it its own process group and a fresh profile folder. */
export const browserStartedBy = (processes: ProcessInfo[], parentPid: number): BrowserRecord | null => {
  const browser = processes.find((p) => p.ppid === parentPid && userDataDirOf(p) !== null);
  const userDataDir = browser && userDataDirOf(browser);
  return browser && userDataDir ? { group: browser.group, userDataDir } : null;
};

/**
 * The processes of a recorded browser that still run. Only processes in its group count, and only
 * when that group still holds a process with the run's profile folder on its command line (then
 * the group id was not handed to someone else); its helpers run the same program without the flag.
 */
export const browserProcesses = (processes: ProcessInfo[], browser: BrowserRecord): ProcessInfo[] => {
  const group = processes.filter((p) => p.group === browser.group);
  const anchors = group.filter((p) => userDataDirOf(p) === browser.userDataDir);
  const programs = new Set(anchors.map(programOf));
  return group.filter((p) => anchors.includes(p) || programs.has(programOf(p)));
};
