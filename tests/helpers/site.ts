/**
 * Per-file fixture for browser tests: serves a built site on loopback and launches Chromium.
 * `watchPage` records page errors, console errors and any request to another origin (which is
 * aborted, so nothing leaves the machine).
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { serveStatic, type StaticServer } from './server';
import { DIST } from './paths';

export interface Site {
  server: StaticServer;
  browser: Browser;
}

export function useSite(dir = DIST, base = '/'): Site {
  const site = {} as Site;
  beforeAll(async () => {
    site.server = await serveStatic(dir, base);
    site.browser = await launchChromium();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

export interface Watch {
  errors: string[];
  foreign: string[];
}

export async function watchContext(context: BrowserContext, origin: string): Promise<Watch> {
  const watch: Watch = { errors: [], foreign: [] };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) {
      return route.continue();
    }
    watch.foreign.push(url);
    return route.abort();
  });
  // Every Content-Security-Policy violation is reported as a console error, so `errors` holds it.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(
        `CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
  context.on('page', (page) => attach(page, watch));
  return watch;
}

function attach(page: Page, watch: Watch): void {
  page.on('pageerror', (err) => watch.errors.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') watch.errors.push(`console: ${msg.text()}`);
  });
}

/** A fresh context + page with watching on. */
export async function openPage(
  site: Site,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page; watch: Watch }> {
  const context = await site.browser.newContext(options);
  const watch = await watchContext(context, site.server.origin);
  const page = await context.newPage();
  return { context, page, watch };
}
