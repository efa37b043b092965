/**
 * Enhancing the islands, and the expiry notice appearing, shift no layout (CLS 0): measured with
 * the browser's own layout-shift entries on the pages with islands, with a reminder due soon.
 */
import { describe, expect, it } from 'vitest';
import { openPage, useSite } from '../helpers/site';
import { FROZEN, freezeClock, isoFromToday } from '../helpers/clock';

const site = useSite();

function dueIn(days: number): string {
  return JSON.stringify({
    v: 1,
    data: { kind: 'token', label: '', date: isoFromToday(days), seq: 0 },
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
    const { context, page } = await openPage(site, {
      ...FROZEN.context,
      viewport: { width: 412, height: 823 },
    });
    await freezeClock(context);
    await context.addInitScript(
      ([value]) => {
        localStorage.setItem('eis:v2:reminder:r-cls0001', value!);
        type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean };
        const win = window as unknown as { __cls: () => number };
        let cls = 0;
        const add = (entries: PerformanceEntryList) => {
          for (const entry of entries as Shift[]) if (!entry.hadRecentInput) cls += entry.value;
        };
        const observer = new PerformanceObserver((list) => add(list.getEntries()));
        observer.observe({ type: 'layout-shift', buffered: true });
        // Entries still queued for the observer count too: nothing waits for its callback.
        win.__cls = () => (add(observer.takeRecords()), cls);
      },
      [dueIn(5)],
    );
    await page.goto(site.server.url(path), { waitUntil: 'load' });
    const notice = page.locator('eis-expiry-notice');
    await expect.poll(() => notice.textContent()).toMatch(/истекает через 5 дней/);
    // The frame that paints the text is where a shift would be recorded: wait for it to render.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    expect(await page.evaluate(() => (window as unknown as { __cls: () => number }).__cls())).toBe(
      0,
    );
    await context.close();
  });
});

describe('a returning reader: «Ваш план: шаг N из M»', () => {
  it.each(['/', '/tools/start/'])(
    '%s: the resume block replaces «Вопрос 1» with CLS 0',
    async (path) => {
      // Tall enough that the tree is in the viewport, where a shift would count.
      const { context, page } = await openPage(site, { viewport: { width: 412, height: 2400 } });
      await context.addInitScript(() => {
        localStorage.setItem(
          'eis:v1:plan',
          JSON.stringify({ v: 1, data: { needs: ['services'], ris: 'no' } }),
        );
        type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean };
        const win = window as unknown as { __cls: () => number };
        let cls = 0;
        const add = (entries: PerformanceEntryList) => {
          for (const entry of entries as Shift[]) if (!entry.hadRecentInput) cls += entry.value;
        };
        const observer = new PerformanceObserver((list) => add(list.getEntries()));
        observer.observe({ type: 'layout-shift', buffered: true });
        win.__cls = () => (add(observer.takeRecords()), cls);
      });
      await page.goto(site.server.url(path), { waitUntil: 'load' });
      const go = page.getByRole('link', { name: /^Продолжить: / });
      await expect.poll(() => go.isVisible()).toBe(true);
      expect(await page.getByText('Ваш план: шаг 1 из 1').isVisible()).toBe(true);
      expect(await page.getByText('Вопрос 1').isVisible()).toBe(false);
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      );
      expect(
        await page.evaluate(() => (window as unknown as { __cls: () => number }).__cls()),
      ).toBe(0);
      // One click resumes: the first guide not done.
      await go.click();
      await expect.poll(() => new URL(page.url()).pathname).toBe('/services/token/');
      await context.close();
    },
  );
});

describe('narrow phones (360 px)', () => {
  it.each(['/services/overview/', '/support/request-statuses/', '/support/create-request/'])(
    '%s: every table column stays on screen (no key column hidden to the right)',
    async (path) => {
      const { context, page } = await openPage(site, { viewport: { width: 360, height: 740 } });
      await page.goto(site.server.url(path));
      await page.getByRole('table').first().waitFor();
      const hidden = await page.evaluate(() =>
        [...document.querySelectorAll('main table')].flatMap((t) =>
          [...t.querySelectorAll('th')]
            .filter((th) => th.getBoundingClientRect().right > window.innerWidth + 1)
            .map((th) => th.textContent),
        ),
      );
      expect(hidden).toEqual([]);
      await context.close();
    },
  );

  it.each([
    '/connect/https-credentials/',
    '/services/ris-rights/',
    '/activation/edo-identifier/',
    '/support/create-request/',
  ])('%s: no drawing is wider than the screen', async (path) => {
    const { context, page } = await openPage(site, { viewport: { width: 360, height: 740 } });
    await page.goto(site.server.url(path));
    await page.getByRole('figure').first().waitFor();
    const overflow = await page.evaluate(() =>
      [...document.querySelectorAll('.eis-figure__drawing')]
        .filter((d) => d.scrollWidth > d.clientWidth + 1)
        .map((d) => d.closest('figure')?.id),
    );
    expect(overflow).toEqual([]);
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
      .toBeLessThanOrEqual(360);
    await context.close();
  });
});
