import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { CpuMeter } from './cpu-meter.mjs';

/**
 * A process that starts a detached grandchild, says its pid, and exits when told (its stdin
 * closes): the grandchild is then reparented to init and nobody in the tree waits for it, as
 * with Chromium under Playwright. The grandchild burns 0.6 s of CPU (by its own clock), writes
 * `done`, and ends once the test writes `exit`. Every hand-over is a file or a pipe, so the test
 * does not depend on when the meter's timer happens to fire (a loaded machine delays it).
 */
const ORPHAN = `
const { spawn } = require('node:child_process');
const [done, exit] = process.argv.slice(1);
const child = spawn(process.execPath, ['-e', \`
  const fs = require('node:fs');
  const [done, exit] = process.argv.slice(1);
  const t = process.cpuUsage();
  while (process.cpuUsage(t).user < 600000) {}
  fs.writeFileSync(done, 'done');
  setInterval(() => fs.existsSync(exit) && process.exit(0), 20);
\`, done, exit], { detached: true, stdio: 'ignore' });
child.unref();
console.log(child.pid);
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
`;

describe('CpuMeter', () => {
  it('counts the CPU time of a process no one in the tree waits for', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cpu-meter-'));
    const [done, exit] = [path.join(dir, 'done'), path.join(dir, 'exit')];
    const meter = new CpuMeter(100);
    const parent = spawn(process.execPath, ['-e', ORPHAN, done, exit], {
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    meter.track(parent.pid, 'step');
    const line = await new Promise<string>((resolve) =>
      createInterface({ input: parent.stdout! }).once('line', resolve),
    );
    const grandchild = Number(line);
    // The meter has seen the grandchild while its parent still runs: it is the step's for good.
    await expect
      .poll(() => (meter.sample(), meter.owner.get(grandchild)), { timeout: 20_000 })
      .toBe('step');
    const exited = new Promise((resolve) => parent.on('exit', resolve));
    parent.stdin!.end();
    await exited;
    await expect.poll(() => existsSync(done), { timeout: 20_000 }).toBe(true);
    // The orphan still runs (it waits for `exit`): seconds() samples it once more.
    const seconds = meter.seconds('step');
    writeFileSync(exit, 'exit');
    meter.stop();
    expect(seconds).toBeGreaterThanOrEqual(0.6);
  }, 30_000);
});
