/**
 * Finds and launches Chromium for the browser tests, `npm run bench` and Lighthouse. Order:
 *   1. $CHROME_PATH;
 *   2. a system Chromium, Chrome or Edge at the usual paths of Linux, macOS or Windows
 *      (skipped when $CHROME_SKIP_SYSTEM=1, to prove the fallback on a machine that has one);
 *   3. on Linux x64/arm64, the optional npm dependency @sparticuz/chromium, which ships Chromium
 *      compressed and unpacks it into the temp directory (once: later calls reuse the binary).
 * None found → one error that names all three ways (never a silent skip).
 * Shared by the browser tests (tests/helpers/browser-setup.ts launches one Chromium per run),
 * `npm run bench` and `npm run test:deploy`; it lives in harness/ so that neither scripts/ nor
 * tests/ imports the other.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export type ChromiumSource = 'CHROME_PATH' | 'system' | 'packaged';

export interface ChromiumLookup {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  arch: string;
  exists(file: string): boolean;
  /** Unpacks the npm-packaged Chromium and returns its path (undefined when not installed). */
  packaged(): Promise<string | undefined>;
}

export interface FoundChromium {
  path: string;
  source: ChromiumSource;
}

/** Usual install paths of Chromium, Chrome and Edge on this platform, most likely first. */
export function systemCandidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'linux') {
    return [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/opt/google/chrome/chrome',
      '/snap/bin/chromium',
      '/usr/bin/microsoft-edge',
      '/usr/bin/microsoft-edge-stable',
    ];
  }
  if (platform === 'darwin') {
    const apps = [
      'Google Chrome.app/Contents/MacOS/Google Chrome',
      'Chromium.app/Contents/MacOS/Chromium',
      'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
    const roots = ['/Applications', ...(env['HOME'] ? [`${env['HOME']}/Applications`] : [])];
    return roots.flatMap((root) => apps.map((app) => `${root}/${app}`));
  }
  if (platform === 'win32') {
    const roots = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']].filter(
      (root): root is string => Boolean(root),
    );
    const apps = [
      'Google\\Chrome\\Application\\chrome.exe',
      'Chromium\\Application\\chrome.exe',
      'Microsoft\\Edge\\Application\\msedge.exe',
    ];
    return apps.flatMap((app) => roots.map((root) => path.win32.join(root, app)));
  }
  return [];
}

/** @sparticuz/chromium ships Linux x64 and arm64 builds only. */
export function packagedSupported(platform: NodeJS.Platform, arch: string): boolean {
  return platform === 'linux' && (arch === 'x64' || arch === 'arm64');
}

export const NO_BROWSER_MESSAGE =
  'No Chromium found for the browser tests. Any one of these works: ' +
  '1) set CHROME_PATH to a Chromium, Chrome or Edge binary; ' +
  '2) install Chromium, Chrome or Edge at its usual path (Debian: `apt-get install -y chromium`); ' +
  '3) on Linux x64/arm64, run `npm install` with optional dependencies so that ' +
  '@sparticuz/chromium is installed (it ships Chromium inside the npm package).';

/** Unpacks @sparticuz/chromium into the temp directory (reused when already there). */
export async function unpackPackagedChromium(): Promise<string | undefined> {
  let mod: { default: { executablePath(input?: string): Promise<string> } };
  try {
    mod = await import('@sparticuz/chromium');
  } catch {
    return undefined; // optional dependency not installed
  }
  return mod.default.executablePath();
}

const defaultLookup = (): ChromiumLookup => ({
  env: process.env,
  platform: process.platform,
  arch: process.arch,
  exists: existsSync,
  packaged: unpackPackagedChromium,
});

export async function findChromium(
  lookup: ChromiumLookup = defaultLookup(),
): Promise<FoundChromium> {
  const { env, platform, arch, exists } = lookup;
  const fromEnv = env['CHROME_PATH'];
  if (fromEnv) {
    if (exists(fromEnv)) return { path: fromEnv, source: 'CHROME_PATH' };
    throw new Error(`CHROME_PATH points to ${fromEnv}, which does not exist.`);
  }
  if (env['CHROME_SKIP_SYSTEM'] !== '1') {
    const system = systemCandidates(platform, env).find((file) => exists(file));
    if (system) return { path: system, source: 'system' };
  }
  if (packagedSupported(platform, arch)) {
    const packaged = await lookup.packaged();
    if (packaged && exists(packaged)) return { path: packaged, source: 'packaged' };
  }
  throw new Error(NO_BROWSER_MESSAGE);
}

/**
 * Headless flags for this machine: as root, with no background network traffic, and no host but
 * the loopback resolvable, so a page under test can never reach another origin.
 */
export const CHROMIUM_ARGS = [
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(executablePath?: string): Promise<Browser> {
  return chromium.launch({
    executablePath: executablePath ?? (await findChromium()).path,
    args: CHROMIUM_ARGS,
  });
}
