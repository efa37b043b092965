/**
 * Finds and launches Chromium for the browser tests, `npm run bench` and Lighthouse. Order:
 *   1. $CHROME_PATH;
 *   2. a system Chromium, Chrome or Edge at the usual paths of Linux, macOS or Windows
 *      (skipped when $CHROME_SKIP_SYSTEM=1, to prove the fallback on a machine that has one);
 *   3. on Linux x64, the optional npm dependency @sparticuz/chromium, which ships Chromium
 *      compressed and unpacks it into the temp directory (once: later calls reuse the binary).
 * A system or packaged candidate that exists but cannot run here (no execute permission, or built
 * for another CPU) is skipped with the reason printed; a CHROME_PATH that cannot run is an error.
 * None found → one error that names all three ways (never a silent skip).
 * Shared by the browser tests (tests/helpers/browser-setup.ts launches one Chromium per run),
 * `npm run bench` and `npm run test:deploy`; it lives in harness/ so that neither scripts/ nor
 * tests/ imports the other.
 */
import { accessSync, closeSync, constants, existsSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export type ChromiumSource = 'CHROME_PATH' | 'system' | 'packaged';

export interface ChromiumLookup {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  arch: string;
  exists(file: string): boolean;
  /** Why `file` cannot be executed here, or undefined when it can (see `whyNotRunnable`). */
  cannotRun(file: string): string | undefined;
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

/**
 * The npm package @sparticuz/chromium holds a Linux x64 binary only (its arm64 build is a
 * separate download that the package leaves out).
 */
export function packagedSupported(platform: NodeJS.Platform, arch: string): boolean {
  return platform === 'linux' && arch === 'x64';
}

/** ELF e_machine per Node's `process.arch`. */
const ELF_MACHINE: Record<string, number> = { x64: 0x3e, arm64: 0xb7, ia32: 0x03, arm: 0x28 };

/**
 * Why `file` cannot be executed on this machine, or undefined when, as far as a look tells, it
 * can: it needs the execute permission (not on Windows), and a Linux ELF binary must be built for
 * this CPU. Anything else (e.g. Debian's /usr/bin/chromium, a shell script) counts as runnable.
 */
export function whyNotRunnable(
  file: string,
  platform: NodeJS.Platform = process.platform,
  arch: string = process.arch,
): string | undefined {
  if (platform === 'win32') return undefined;
  try {
    accessSync(file, constants.X_OK);
  } catch {
    return `${file} has no execute permission`;
  }
  if (platform !== 'linux') return undefined;
  const head = Buffer.alloc(20);
  try {
    const fd = openSync(file, 'r');
    try {
      readSync(fd, head, 0, 20, 0);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return `${file} cannot be read (${String(error)})`;
  }
  if (head.readUInt32BE(0) !== 0x7f454c46) return undefined; // not ELF: a script
  const machine = head.readUInt16LE(18);
  const expected = ELF_MACHINE[arch];
  if (expected !== undefined && machine !== expected) {
    return `${file} is built for another CPU (ELF machine 0x${machine.toString(16)}; this machine is ${arch})`;
  }
  return undefined;
}

export const NO_BROWSER_MESSAGE =
  'No Chromium found for the browser tests. Any one of these works: ' +
  '1) set CHROME_PATH to a Chromium, Chrome or Edge binary; ' +
  '2) install Chromium, Chrome or Edge at its usual path (Debian: `apt-get install -y chromium`); ' +
  '3) on Linux x64, run `npm install` with optional dependencies so that ' +
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
  cannotRun: (file) => whyNotRunnable(file),
  packaged: unpackPackagedChromium,
});

export async function findChromium(
  lookup: ChromiumLookup = defaultLookup(),
): Promise<FoundChromium> {
  const { env, platform, arch, exists } = lookup;
  /** An existing candidate that cannot run is skipped, saying why. */
  const runnable = (file: string): boolean => {
    const why = lookup.cannotRun(file);
    if (why) console.warn(`Chromium candidate skipped: ${why}.`);
    return !why;
  };
  const fromEnv = env['CHROME_PATH'];
  if (fromEnv) {
    if (!exists(fromEnv))
      throw new Error(`CHROME_PATH points to ${fromEnv}, which does not exist.`);
    const why = lookup.cannotRun(fromEnv);
    if (why) throw new Error(`CHROME_PATH points to ${fromEnv}, which cannot run here: ${why}.`);
    return { path: fromEnv, source: 'CHROME_PATH' };
  }
  if (env['CHROME_SKIP_SYSTEM'] !== '1') {
    const system = systemCandidates(platform, env).find((file) => exists(file) && runnable(file));
    if (system) return { path: system, source: 'system' };
  }
  if (packagedSupported(platform, arch)) {
    const packaged = await lookup.packaged();
    if (packaged && exists(packaged) && runnable(packaged)) {
      return { path: packaged, source: 'packaged' };
    }
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
