import { accessSync, constants } from 'node:fs';
import { expect, test } from 'vitest';
import { timeCommand } from '../../src/render/bench';

test("a command's CPU time counts the processes it starts, and the wall clock includes its idle time", async () => {
  // A child that spins 400 ms of CPU, then a parent that sleeps 300 ms more.
  const spin = 'const t = Date.now(); while (Date.now() - t < 400);';
  const script = `require('node:child_process').execFileSync(process.execPath, ['-e', ${JSON.stringify(spin)}]); setTimeout(() => {}, 300);`;
  const timing = await timeCommand(process.execPath, ['-e', script]);
  expect(timing.cpu).not.toBeNull();
  // At least most of the spin, however busy the machine (a loaded core gives the spinner less than its wall time).
  expect(timing.cpu!).toBeGreaterThan(0.2);
  expect(timing.wall).toBeGreaterThan(0.7);
  expect(timing.cpu!).toBeLessThan(timing.wall * 2);
});

test('a failing command is an error with its output', async () => {
  await expect(timeCommand(process.execPath, ['-e', 'console.error("broken"); process.exit(3)'])).rejects.toThrow(
    /exited with 3:[\s\S]*broken/,
  );
});

/** Where a cgroup can be made (as root on cgroup v1), the bench counts processes that outlive their parent. */
const cgroups = (() => {
  try {
    accessSync('/sys/fs/cgroup/cpuacct', constants.W_OK);
    return true;
  } catch {
    return false;
  }
})();

test.runIf(cgroups)("a process that outlives its parent counts too, as a killed browser's renderers do", async () => {
  // The parent starts a detached spinner and exits at once: the spinner is reparented to init and
  // its time never reaches the parent's cutime.
  const spin = 'const t = Date.now(); while (Date.now() - t < 400);';
  const script = `require('node:child_process').spawn(process.execPath, ['-e', ${JSON.stringify(spin)}], { detached: true, stdio: 'ignore' }).unref();`;
  const timing = await timeCommand(process.execPath, ['-e', script]);
  expect(timing.cpu!).toBeGreaterThan(0.2);
});
