import type { ProcessInfo } from '../../src/render/browser-processes';
import { listProcesses } from '../../src/render/processes';

/** A process by its pid and its start time, so a reused pid is not mistaken for it. */
export type Proc = Pick<ProcessInfo, 'pid' | 'ppid' | 'startTime'>;

/** Every process started under `pid`: the browser and its helpers, the bundler's esbuild. */
export const descendants = (pid: number): Proc[] => {
  const all = listProcesses();
  const found: Proc[] = [];
  let parents = [pid];
  while (parents.length > 0) {
    const children = all.filter((p) => parents.includes(p.ppid));
    found.push(...children);
    parents = children.map((p) => p.pid);
  }
  return found;
};

/** Those of `procs` still running after a moment: a killed process takes a little while to be reaped. */
export const stillRunning = async (procs: Proc[]): Promise<Proc[]> => {
  const running = () => {
    const now = listProcesses();
    return procs.filter((p) => now.some((q) => q.pid === p.pid && q.startTime === p.startTime));
  };
  for (let waited = 0; waited < 5_000 && running().length > 0; waited += 250) {
    await new Promise((r) => setTimeout(r, 250));
  }
  return running();
};
