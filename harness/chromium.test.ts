/** The Chromium lookup: CHROME_PATH, then system paths, then the npm-packaged Chromium on Linux. */
import { describe, expect, it } from 'vitest';
import {
  findChromium,
  NO_BROWSER_MESSAGE,
  systemCandidates,
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

  it('falls back to the packaged Chromium on Linux x64 and arm64', async () => {
    for (const arch of ['x64', 'arm64']) {
      const { value, calls } = lookup([PACKAGED], { arch });
      await expect(findChromium(value)).resolves.toEqual({ path: PACKAGED, source: 'packaged' });
      expect(calls.unpacked).toBe(1);
    }
  });

  it('skips system paths when CHROME_SKIP_SYSTEM=1', async () => {
    const { value } = lookup(['/usr/bin/chromium', PACKAGED], {
      env: { CHROME_SKIP_SYSTEM: '1' },
    });
    await expect(findChromium(value)).resolves.toEqual({ path: PACKAGED, source: 'packaged' });
  });

  it('does not offer the packaged Chromium off Linux x64/arm64', async () => {
    for (const over of [
      { platform: 'darwin' as const },
      { platform: 'win32' as const },
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
