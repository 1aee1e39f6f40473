import { readdirSync, readFileSync } from 'node:fs';

/** A process by its pid and its start time (in clock ticks since boot), so a reused pid is not mistaken for it. */
export type Proc = { pid: number; ppid: number; start: string };

const processes = (): Proc[] =>
  readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((name) => {
      try {
        const fields = readFileSync(`/proc/${name}/stat`, 'utf8')
          .replace(/^.*\) /s, '')
          .split(' ');
        return [{ pid: Number(name), ppid: Number(fields[1]), start: fields[19] }];
      } catch {
        return [];
      }
    });

/** Every process started under `pid`: the browser and its helpers, the bundler's esbuild. */
export const descendants = (pid: number): Proc[] => {
  const all = processes();
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
    const now = processes();
    return procs.filter((p) => now.some((q) => q.pid === p.pid && q.start === p.start));
  };
  for (let waited = 0; waited < 5_000 && running().length > 0; waited += 250) {
    await new Promise((r) => setTimeout(r, 250));
  }
  return running();
};
