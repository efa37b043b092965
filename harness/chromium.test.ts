/** The Chromium lookup: CHROME_PATH, then system paths, then the npm-packaged Chromium on Linux. */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  findChromium,
  NO_BROWSER_MESSAGE,
  systemCandidates,
  whyNotRunnable,
  type ChromiumLookup,
} from './chromium';

const PACKAGED = '/tmp/chromium';

/** A lookup over an in-memory file list; `unpacked` counts calls to the packaged step. */
function lookup(files: string[], over: Partial<ChromiumLookup> = {}) {
  const calls = { unpacked: 0 };
  const value: ChromiumLookup = {
    env: {},
    platform: 'linux',
    arch: 'x64',
    exists: (file) => files.includes(file),
    cannotRun: () => undefined,
    packaged: async () => {
      calls.unpacked += 1;
      return files.includes(PACKAGED) ? PACKAGED : undefined;
    },
    ...over,
  };
  return { value, calls };
}

describe('findChromium', () => {
  it('prefers CHROME_PATH over a system browser and never unpacks', async () => {
    const { value, calls } = lookup(['/opt/my/chrome', '/usr/bin/chromium', PACKAGED], {
      env: { CHROME_PATH: '/opt/my/chrome' },
    });
    await expect(findChromium(value)).resolves.toEqual({
      path: '/opt/my/chrome',
      source: 'CHROME_PATH',
    });
    expect(calls.unpacked).toBe(0);
  });

  it('fails when CHROME_PATH points nowhere, instead of falling back silently', async () => {
    const { value } = lookup(['/usr/bin/chromium'], { env: { CHROME_PATH: '/nonexistent' } });
    await expect(findChromium(value)).rejects.toThrow(/CHROME_PATH points to \/nonexistent/);
  });

  it('takes the first system browser before the packaged one', async () => {
    const { value, calls } = lookup(['/usr/bin/google-chrome', '/usr/bin/chromium', PACKAGED]);
    await expect(findChromium(value)).resolves.toEqual({
      path: '/usr/bin/chromium',
      source: 'system',
    });
    expect(calls.unpacked).toBe(0);
  });

  it('falls back to the packaged Chromium on Linux x64', async () => {
    const { value, calls } = lookup([PACKAGED]);
    await expect(findChromium(value)).resolves.toEqual({ path: PACKAGED, source: 'packaged' });
    expect(calls.unpacked).toBe(1);
  });

  it('skips a candidate that exists but cannot run, and prints why', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const cannotRun = (file: string) =>
        file === '/usr/bin/chromium' || file === PACKAGED
          ? `${file} is built for another CPU`
          : undefined;
      const system = lookup(['/usr/bin/chromium', '/usr/bin/google-chrome', PACKAGED], {
        cannotRun,
      });
      await expect(findChromium(system.value)).resolves.toEqual({
        path: '/usr/bin/google-chrome',
        source: 'system',
      });
      const packaged = lookup([PACKAGED], { cannotRun });
      await expect(findChromium(packaged.value)).rejects.toThrow(NO_BROWSER_MESSAGE);
      expect(warn.mock.calls.map((args) => String(args[0]))).toEqual([
        'Chromium candidate skipped: /usr/bin/chromium is built for another CPU.',
        `Chromium candidate skipped: ${PACKAGED} is built for another CPU.`,
      ]);
      const fromEnv = lookup(['/opt/my/chrome'], {
        env: { CHROME_PATH: '/opt/my/chrome' },
        cannotRun: () => 'no execute permission',
      });
      await expect(findChromium(fromEnv.value)).rejects.toThrow(/cannot run here: no execute/);
    } finally {
      warn.mockRestore();
    }
  });

  it('skips system paths when CHROME_SKIP_SYSTEM=1', async () => {
    const { value } = lookup(['/usr/bin/chromium', PACKAGED], {
      env: { CHROME_SKIP_SYSTEM: '1' },
    });
    await expect(findChromium(value)).resolves.toEqual({ path: PACKAGED, source: 'packaged' });
  });

  it('does not offer the packaged Chromium off Linux x64 (the npm package has no arm64 binary)', async () => {
    for (const over of [
      { platform: 'darwin' as const },
      { platform: 'win32' as const },
      { arch: 'arm64' },
      { arch: 'ia32' },
    ]) {
      const { value, calls } = lookup([PACKAGED], over);
      await expect(findChromium(value)).rejects.toThrow(NO_BROWSER_MESSAGE);
      expect(calls.unpacked).toBe(0);
    }
  });

  it('names all three ways when nothing is found', async () => {
    const { value } = lookup([]);
    const error = await findChromium(value).catch((err: Error) => err);
    expect(String(error)).toMatch(/CHROME_PATH/);
    expect(String(error)).toMatch(/apt-get install -y chromium/);
    expect(String(error)).toMatch(/@sparticuz\/chromium/);
  });

  it('finds Chrome and Edge at the usual macOS and Windows paths', async () => {
    const mac = '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge';
    await expect(findChromium(lookup([mac], { platform: 'darwin' }).value)).resolves.toEqual({
      path: mac,
      source: 'system',
    });
    const env = {
      PROGRAMFILES: 'C:\\Program Files',
      'PROGRAMFILES(X86)': 'C:\\Program Files (x86)',
    };
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    await expect(findChromium(lookup([edge], { platform: 'win32', env }).value)).resolves.toEqual({
      path: edge,
      source: 'system',
    });
    expect(systemCandidates('win32', env)[0]).toBe(
      'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    );
  });
});

describe('whyNotRunnable', () => {
  it("accepts this machine's Node binary and a script; rejects no permission and another CPU", () => {
    expect(whyNotRunnable(process.execPath)).toBeUndefined();
    const dir = mkdtempSync(path.join(tmpdir(), 'eis-runnable-'));
    try {
      const script = path.join(dir, 'chromium');
      writeFileSync(script, '#!/bin/sh\n');
      expect(whyNotRunnable(script, 'linux', 'x64')).toMatch(/no execute permission/);
      chmodSync(script, 0o755);
      expect(whyNotRunnable(script, 'linux', 'x64')).toBeUndefined();
      // An ELF header whose e_machine (offset 18) is 0xb7, AArch64.
      const elf = Buffer.alloc(64);
      elf.writeUInt32BE(0x7f454c46, 0);
      elf.writeUInt16LE(0xb7, 18);
      const arm = path.join(dir, 'chromium-arm64');
      writeFileSync(arm, elf, { mode: 0o755 });
      expect(whyNotRunnable(arm, 'linux', 'x64')).toMatch(
        /built for another CPU \(ELF machine 0xb7/,
      );
      expect(whyNotRunnable(arm, 'linux', 'arm64')).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
