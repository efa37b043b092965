/**
 * Enhancing the islands, and the expiry notice appearing, shift no layout (CLS 0): measured with
 * the browser's own layout-shift entries on the pages with islands, with a reminder due soon.
 * That no drawing is wider than a 360 px screen is checked on every page by every-page.test.ts.
 */
import { expect, test } from '../helpers/fixtures';
import type { BrowserContext } from '@playwright/test';
import { FROZEN, freezeClock, isoFromToday } from '../helpers/clock';

/**
 * Counts layout shifts from the first paint on; `window.__cls()` reads the sum so far.
 *
 * One kind is not counted: a shift in which nothing moved but the arrows of the page footer
 * («Предыдущая», «Следующая»). Starlight centres each arrow beside its link's text; when the
 * parser yields right after an arrow (more often on a loaded machine) and a frame is painted, the
 * text that arrives next makes the link taller and the arrow moves down while the text does not
 * (CLS ~0.00001; seen in ~1 of 25 loads under load). No script of ours touches the footer, and
 * anything that moved the footer itself (an island growing above it) moves its text too, which
 * counts.
 */
async function trackCls(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    type Source = { node: Node | null };
    type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: Source[] };
    const win = window as unknown as { __cls: () => number };
    let cls = 0;
    const footerArrow = ({ node }: Source) =>
      node instanceof SVGSVGElement && !!node.closest('.pagination-links');
    const add = (entries: PerformanceEntryList) => {
      for (const entry of entries as Shift[]) {
        if (entry.hadRecentInput) continue;
        if (entry.sources.length > 0 && entry.sources.every(footerArrow)) continue;
        cls += entry.value;
      }
    };
    const observer = new PerformanceObserver((list) => add(list.getEntries()));
    observer.observe({ type: 'layout-shift', buffered: true });
    // Entries still queued for the observer count too: nothing waits for its callback.
    win.__cls = () => (add(observer.takeRecords()), cls);
  });
}

function dueIn(days: number, kind = 'token'): string {
  return JSON.stringify({
    v: 1,
    data: { kind, label: '', date: isoFromToday(days), seq: 0 },
  });
}

test.describe('layout stability', () => {
  test.use({ ...FROZEN.context, viewport: { width: 412, height: 823 } });
  for (const path of [
    '/',
    '/services/token/',
    '/tools/reminder/',
    '/tools/progress/',
    '/tools/start/',
    '/activation/edo-identifier/',
  ]) {
    test(`${path}: CLS is 0 with the expiry notice shown`, async ({ context, page, site }) => {
      await freezeClock(context);
      await context.addInitScript(
        ([value]) => localStorage.setItem('eis:v2:reminder:r-cls0001', value!),
        [dueIn(5)],
      );
      await trackCls(context);
      await page.goto(site.url(path), { waitUntil: 'load' });
      const notice = page.locator('eis-expiry-notice');
      await expect(notice).toHaveText(/истекает через 5 дней/);
      // The frame that paints the text is where a shift would be recorded: wait for it to render.
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      );
      expect(
        await page.evaluate(() => (window as unknown as { __cls: () => number }).__cls()),
      ).toBe(0);
    });
  }
});

test.describe('the expiry notice on a 320 px phone', () => {
  test.use({ ...FROZEN.context, viewport: { width: 320, height: 640 } });
  // The longest line the notice can say: its box is sized for it before the text arrives.
  test('CLS is 0 with the longest line, «Идентификатор участника ЭДО: истекает через 30 дней»', async ({
    context,
    page,
    site,
  }) => {
    await freezeClock(context);
    await context.addInitScript(
      ([a, b]) => {
        localStorage.setItem('eis:v2:reminder:r-cls0001', a!);
        localStorage.setItem('eis:v2:reminder:r-cls0002', b!);
      },
      [dueIn(30, 'edo'), dueIn(31, 'token')],
    );
    await trackCls(context);
    // The notice's module is held until the page has painted its reserved box, so the text
    // arrives into a painted page, as on a slow connection.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/notice\.client\.[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(site.url('/services/token/'), { waitUntil: 'domcontentloaded' });
    const notice = page.locator('eis-expiry-notice');
    await expect(notice.locator('.eis-notice__text')).toHaveText('Проверяем сроки действия…');
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    release();
    await expect(notice.locator('.eis-notice__text')).toHaveText(
      /^Идентификатор участника ЭДО: истекает через 30 дней — \d{2}\.\d{2}\.\d{4}$/,
    );
    await expect(notice.getByRole('link', { name: 'Напоминания (1)' })).toBeVisible();
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    expect(await page.evaluate(() => (window as unknown as { __cls: () => number }).__cls())).toBe(
      0,
    );
  });
});

test.describe('a returning reader: «Ваш план: шаг N из M»', () => {
  // Tall enough that the tree is in the viewport, where a shift would count.
  test.use({ viewport: { width: 412, height: 2400 } });
  for (const path of ['/', '/tools/start/']) {
    test(`${path}: the resume block replaces «Вопрос 1» with CLS 0, and one click resumes`, async ({
      context,
      page,
      site,
    }) => {
      await context.addInitScript(() =>
        localStorage.setItem(
          'eis:v1:plan',
          JSON.stringify({ v: 1, data: { needs: ['services'], ris: 'no' } }),
        ),
      );
      await trackCls(context);
      await page.goto(site.url(path), { waitUntil: 'load' });
      const go = page.getByRole('link', { name: /^Продолжить: / });
      await expect(go).toBeVisible();
      await expect(page.getByText('Ваш план: шаг 1 из 1')).toBeVisible();
      await expect(page.getByText('Вопрос 1')).toBeHidden();
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      );
      expect(
        await page.evaluate(() => (window as unknown as { __cls: () => number }).__cls()),
      ).toBe(0);
      await go.click();
      await expect(page).toHaveURL(/\/services\/token\/$/);
    });
  }
});
