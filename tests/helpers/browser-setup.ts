/**
 * Vitest globalSetup of the browser project, run once per `vitest run`:
 *   - checks that dist/ and dist-eis/ are built (a clear message when not);
 *   - serves them on loopback (harness/static-server.ts), one server each for the whole run;
 *   - resolves Chromium (CHROME_PATH, system, npm-packaged: harness/chromium.ts) and launches it
 *     once as a browser server.
 * Every test file connects to that one browser and opens its own contexts (tests/helpers/site.ts),
 * so files run in parallel without each launching Chromium or a server.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, findChromium } from '../../harness/chromium';
import { serveStatic } from '../../harness/static-server';
import { DIST, DIST_EIS, ROOT } from './paths';

export interface ServedSite {
  origin: string;
  base: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Playwright websocket endpoint of the run's one Chromium. */
    chromiumEndpoint: string;
    /** dist/ served at `/`. */
    siteRoot: ServedSite;
    /** dist-eis/ served at `/eis/`. */
    siteEis: ServedSite;
  }
}

export function missingBuilds(): string[] {
  return [DIST, DIST_EIS]
    .filter((dir) => !existsSync(path.join(dir, 'index.html')))
    .map((dir) => `${path.relative(ROOT, dir)}/`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const missing = missingBuilds();
  if (missing.length) {
    throw new Error(
      `The browser tests need the built site, and ${missing.join(' and ')} is missing. ` +
        'Run `npm test -- browser` (it builds what is missing or out of date) or the full `npm test`.',
    );
  }
  const found = await findChromium();
  console.log(`Chromium (${found.source}): ${found.path}`);
  const browser = await chromium.launchServer({ executablePath: found.path, args: CHROMIUM_ARGS });
  const root = await serveStatic(DIST, '/');
  const eis = await serveStatic(DIST_EIS, '/eis/');
  project.provide('chromiumEndpoint', browser.wsEndpoint());
  project.provide('siteRoot', { origin: root.origin, base: '/' });
  project.provide('siteEis', { origin: eis.origin, base: '/eis/' });
  return async () => {
    await browser.close();
    await root.close();
    await eis.close();
  };
}
