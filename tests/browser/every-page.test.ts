/**
 * Every page of the built site, one test per page: one context, one page load, and every
 * per-page check on it (the window is resized and the colour scheme switched in place, as a
 * reader can; each check waits until the theme is applied and CSS transitions have finished):
 *   - reflow (WCAG 2.2 SC 1.4.10): at 320 CSS px wide — 1280 px at 400 % zoom — no horizontal
 *     scrolling, in the light and the dark theme;
 *   - axe: no WCAG 2.2 A/AA violation at 1280 px, in the dark and the light theme;
 *   - smoke: one h1, no page or console error (CSP violations included), no request to another
 *     origin, no response of 400 or above, also from scripts that load late.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DIST } from '../helpers/paths';
import { listPages } from '../helpers/pages';
import { openPage, useSite } from '../helpers/site';
import { axeViolations } from '../helpers/axe';

const pages = listPages(DIST);
const site = useSite();

/** Elements that stick out to the right of a narrow page (at most five, for the message). */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const root = document.documentElement;
    const wide = [...document.body.querySelectorAll<HTMLElement>('*')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.right > root.clientWidth + 1 && el.checkVisibility();
      })
      .slice(0, 5)
      .map(
        (el) =>
          `${el.localName}.${[...el.classList].join('.')} → ${Math.round(el.getBoundingClientRect().right)}px`,
      );
    return { scroll: root.scrollWidth, client: root.clientWidth, wide };
  });

describe('every page in Chromium', () => {
  // /print/ holds every guide on one page: axe alone takes tens of seconds on a loaded machine.
  it.each(pages)(
    '%s: no errors or off-site requests, one h1, reflows at 320 px and passes axe, light and dark',
    { timeout: 180_000 },
    async (path) => {
      const { context, page, watch } = await openPage(site, {
        colorScheme: 'light',
        viewport: { width: 320, height: 640 },
      });
      const failed: string[] = [];
      let inflight = 0;
      page.on('request', () => (inflight += 1));
      page.on('requestfinished', () => (inflight -= 1));
      page.on('requestfailed', () => (inflight -= 1));
      page.on('response', (res) => {
        if (res.status() >= 400 && !(path === '/404.html' && res.url().endsWith('404.html'))) {
          failed.push(`${res.status()} ${res.url()}`);
        }
      });
      /** Switch the colour scheme and wait until the page shows it, transitions finished. */
      const scheme = async (colorScheme: 'light' | 'dark') => {
        await page.emulateMedia({ colorScheme });
        await expect
          .poll(() => page.evaluate(() => document.documentElement.dataset['theme']))
          .toBe(colorScheme);
        await page.evaluate(async () => {
          await Promise.all(document.getAnimations().map((a) => a.finished.catch(() => null)));
        });
      };

      await page.goto(site.server.url(path));
      for (const colorScheme of ['light', 'dark'] as const) {
        await scheme(colorScheme);
        const { scroll, client, wide } = await overflow(page);
        expect
          .soft(scroll, `320 px, ${colorScheme}: ${wide.join('; ')}`)
          .toBeLessThanOrEqual(client);
      }
      await page.setViewportSize({ width: 1280, height: 720 });
      for (const colorScheme of ['dark', 'light'] as const) {
        await scheme(colorScheme);
        expect.soft(await axeViolations(page), `axe, ${colorScheme}`).toEqual([]);
      }
      // Once scripts have run, still one level-1 heading for readers and screen readers (the built
      // HTML's one <h1> is checked in tests/build/pages.test.ts).
      await expect.poll(() => page.getByRole('heading', { level: 1 }).count()).toBe(1);
      // Late scripts (islands loading on demand) have had their chance to fail: wait until no
      // request is in flight, then look at everything the visit reported.
      await expect.poll(() => inflight).toBe(0);
      expect(watch.errors).toEqual([]);
      expect(watch.foreign).toEqual([]);
      expect(failed).toEqual([]);
      await context.close();
    },
  );
});
