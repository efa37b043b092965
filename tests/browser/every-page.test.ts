/**
 * Every page of the built site, one test per page: one page load, and every per-page check on it
 * (the window is resized and the colour scheme switched in place, as a reader can; each check
 * waits until the theme is applied and CSS transitions have finished):
 *   - reflow (WCAG 2.2 SC 1.4.10): at 320 CSS px wide — 1280 px at 400 % zoom — no horizontal
 *     scrolling, in the light and the dark theme;
 *   - phones (issue 19, «The reader's way»): at 360 × 740 no table hides a column off-screen
 *     (every cell in view, no table wider than its box), no drawing is wider than its figure, the
 *     page does not scroll sideways, and the header's site title is whole;
 *   - axe at 1280 px: every WCAG 2.2 A/AA rule in the light theme, and colour contrast — the only
 *     rule a theme can change (tests/helpers/axe.ts) — in the dark theme;
 *   - styled controls (issue 19, «Smaller»): at 1280 px, in the light and the dark theme, no
 *     button or link in the browser's own style (tests/helpers/page-checks.ts);
 *   - smoke: one h1, no page or console error (CSP violations included), no request to another
 *     origin, no response of 400 or above, also from scripts that load late.
 * These checks read the page as it is in one state each; they once loaded every page three times
 * (here, styled-controls.test.ts and readers-way.test.ts; four guides a fourth time for their
 * drawings in layout-shift.test.ts), each load in a fresh browser context.
 */
import { DIST } from '../helpers/paths';
import { listPages } from '../helpers/pages';
import { expect, test } from '../helpers/fixtures';
import { THEME_RULES, axeViolations } from '../helpers/axe';
import { cut, overflow, unstyled } from '../helpers/page-checks';

const pages = listPages(DIST);
const soft = expect.configure({ soft: true });

test.use({ colorScheme: 'light', viewport: { width: 320, height: 640 } });

for (const path of pages) {
  test(`${path}: no errors or off-site requests, one h1, reflows at 320 px, whole tables, drawings and title at 360 px, styled controls and axe in both themes`, async ({
    page,
    site,
    watch,
  }) => {
    // /print/ holds every guide on one page: axe alone takes tens of seconds on a loaded machine.
    if (path === '/print/') test.slow();
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
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      await page.evaluate(async () => {
        await Promise.all(document.getAnimations().map((a) => a.finished.catch(() => null)));
      });
    };

    await page.goto(site.url(path));
    for (const colorScheme of ['light', 'dark'] as const) {
      await scheme(colorScheme);
      const { scroll, client, wide } = await overflow(page);
      soft(scroll, `320 px, ${colorScheme}: ${wide.join('; ')}`).toBeLessThanOrEqual(client);
    }

    await scheme('light');
    await page.setViewportSize({ width: 360, height: 740 });
    await expect(page.locator('.site-title')).toBeVisible();
    await soft
      .poll(() => cut(page), '360 × 740: every table column, drawing and the whole site title')
      .toEqual([]);

    await page.setViewportSize({ width: 1280, height: 720 });
    soft(await axeViolations(page), 'axe, light: every rule').toEqual([]);
    // Islands render their controls after their modules load: retry until the page is clean.
    await soft
      .poll(() => unstyled(page), 'light theme: controls in the browser’s style')
      .toEqual([]);
    await scheme('dark');
    soft(await axeViolations(page, THEME_RULES), 'axe, dark: contrast').toEqual([]);
    await soft
      .poll(() => unstyled(page), 'dark theme: controls in the browser’s style')
      .toEqual([]);

    // Once scripts have run, still one level-1 heading for readers and screen readers (the built
    // HTML's one <h1> is checked in tests/build/pages.test.ts).
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    // Late scripts (islands loading on demand) have had their chance to fail: wait until no
    // request is in flight, then look at everything the visit reported.
    await expect.poll(() => inflight).toBe(0);
    // No island says its script failed (the inline watchdog, src/lib/island-watchdog.ts).
    await expect(page.locator('.eis-island-failed')).toHaveCount(0);
    expect(watch.errors).toEqual([]);
    expect(watch.foreign).toEqual([]);
    expect(failed).toEqual([]);
  });
}
