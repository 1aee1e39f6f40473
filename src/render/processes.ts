/** The process table from Linux's /proc; elsewhere empty, so nothing is ever ended by mistake. */
import { readdirSync, readFileSync } from 'node:fs';
import type { ProcessInfo } from './browser-processes';

export const readProcess = (pid: number): ProcessInfo | null => {
  try {
    // The command name is in parentheses and may hold spaces: the fields start after the last one.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    return { pid, ppid: Number(fields[1]), group: Number(fields[2]), startTime: Number(fields[19]), args };
  } catch {
    return null;
  }
};

export const listProcesses = (): ProcessInfo[] => {
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return [];
  }
  return names.filter((name) => /^\d+$/.test(name)).flatMap((name) => readProcess(Number(name)) ?? []);
};
