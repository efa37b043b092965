/**
 * Enhancing the islands, and the expiry notice appearing, shift no layout (CLS 0): measured with
 * the browser's own layout-shift entries on the pages with islands, with a reminder due soon.
 */
import { describe, expect, it } from 'vitest';
import { openPage, useSite } from '../helpers/site';
import { isoInDays } from '../helpers/dates';

const site = useSite();

function dueIn(days: number): string {
  return JSON.stringify({
    v: 1,
    data: { kind: 'token', label: '', date: isoInDays(days), seq: 0 },
  });
}

describe('layout stability', () => {
  it.each([
    '/',
    '/services/token/',
    '/tools/reminder/',
    '/tools/progress/',
    '/tools/start/',
    '/activation/edo-identifier/',
  ])('%s: CLS is 0 with the expiry notice shown', async (path) => {
    const { context, page } = await openPage(site, { viewport: { width: 412, height: 823 } });
    await context.addInitScript(
      ([value]) => {
        localStorage.setItem('eis:v2:reminder:r-cls0001', value!);
        (window as unknown as { __cls: number }).__cls = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
          })[]) {
            if (!entry.hadRecentInput)
              (window as unknown as { __cls: number }).__cls += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      },
      [dueIn(5)],
    );
    await page.goto(site.server.url(path), { waitUntil: 'load' });
    const notice = page.locator('eis-expiry-notice');
    await expect.poll(() => notice.textContent()).toMatch(/истекает через 5 дней/);
    // Let the browser report the frame after the text arrived.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBe(0);
    await context.close();
  });
});

describe('narrow phones (360 px)', () => {
  it.each([
    '/connect/https-credentials/',
    '/services/ris-rights/',
    '/activation/edo-identifier/',
    '/support/create-request/',
  ])('%s: no drawing is wider than the screen', async (path) => {
    const { context, page } = await openPage(site, { viewport: { width: 360, height: 740 } });
    await page.goto(site.server.url(path));
    const overflow = await page.evaluate(() =>
      [...document.querySelectorAll('.eis-figure__drawing')]
        .filter((d) => d.scrollWidth > d.clientWidth + 1)
        .map((d) => d.closest('figure')?.id),
    );
    expect(overflow).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await context.close();
  });
});
