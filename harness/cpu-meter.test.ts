import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CpuMeter } from './cpu-meter.mjs';

/**
 * A process that starts a detached grandchild and exits at once: the grandchild is reparented to
 * init and nobody in the tree waits for it, as with Chromium under Playwright. The grandchild
 * burns 0.6 s of CPU (by its own clock, not the wall clock), idles so the meter samples it, ends.
 */
const ORPHAN = `
const { spawn } = require('node:child_process');
const child = spawn(process.execPath, ['-e', \`
  const t = process.cpuUsage();
  while (process.cpuUsage(t).user < 600000) {}
  setTimeout(() => require('node:fs').writeFileSync(process.argv[1], 'done'), 1000);
\`, process.argv[1]], { detached: true, stdio: 'ignore' });
child.unref();
`;

describe('CpuMeter', () => {
  it('counts the CPU time of a process no one in the tree waits for', async () => {
    const { mkdtempSync, existsSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const flag = path.join(mkdtempSync(path.join(tmpdir(), 'cpu-meter-')), 'done');
    const meter = new CpuMeter(100);
    const parent = spawn(process.execPath, ['-e', ORPHAN, flag], { stdio: 'ignore' });
    meter.track(parent.pid, 'step');
    await new Promise((resolve) => parent.on('exit', resolve));
    await expect.poll(() => existsSync(flag), { timeout: 20_000 }).toBe(true);
    const seconds = meter.seconds('step');
    meter.stop();
    expect(seconds).toBeGreaterThanOrEqual(0.6);
  }, 30_000);
});
