/**
 * Launches Debian's Chromium through playwright-core. Lookup order: $CHROME_PATH, /usr/bin/chromium,
 * then other usual names. No browser → a clear failure (never a silent skip).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
];

export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  candidates = CANDIDATES,
): string {
  const fromEnv = env['CHROME_PATH'];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH points to ${fromEnv}, which does not exist.`);
  }
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      "No Chromium found for the browser tests. Install Debian's package: " +
        '`apt-get update && apt-get install -y chromium`, or set CHROME_PATH to a Chromium binary. ' +
        '(`npx playwright install` cannot download here.)',
    );
  }
  return found;
}

/** Headless flags for this machine: as root, with no background network traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
}
