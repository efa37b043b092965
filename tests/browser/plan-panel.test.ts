/**
 * Issue 13 in the browser: with a saved plan, each guide in it shows «Ваш план: шаг N из M» with
 * working previous/next links, «Что дальше» on the last one and «Скрыть» remembered for that plan;
 * without a plan, or on a guide outside it, nothing shows; CLS stays 0. «Мой прогресс» and the
 * checklist header show the ordered statuses from the guides' `requires`.
 */
import { expect, seedStorage, test } from '../helpers/fixtures';
import type { Page } from '@playwright/test';
import { builtGuides } from '../helpers/built-guides';
import { DIST } from '../helpers/paths';
import { axeViolations } from '../helpers/axe';

const G = builtGuides(DIST);
const title = (key: string) => G[key]!.title;

/** send + services without РИС: https → wtks → token. */
const PLAN = { needs: ['send', 'services'], ris: 'no' };

const planEntry = (plan: object) => ({ 'eis:v1:plan': JSON.stringify({ v: 1, data: plan }) });

const panel = (page: Page) => page.getByRole('navigation', { name: 'Ваш план' });

test.describe('the plan panel', () => {
  test('follows the plan: step, previous and next, back to the plan, «Что дальше» at the end', async ({
    context,
    page,
    site,
    watch,
  }) => {
    await seedStorage(context, planEntry(PLAN));
    await page.goto(site.url(G['wtks']!.href));
    const nav = panel(page);
    await expect(nav).toBeVisible();
    expect(await nav.locator('strong').textContent()).toBe('Ваш план: шаг 2 из 3');
    expect(await nav.getByRole('link', { name: title('https'), exact: true }).count()).toBe(1);
    const back = nav.getByRole('link', { name: 'Весь план — «С чего начать»' });
    expect(await back.getAttribute('href')).toBe('/tools/start/?need=send,services&ris=no');
    expect(await nav.getByRole('link', { name: 'Мой прогресс' }).isVisible()).toBe(false);
    expect(await axeViolations(page)).toEqual([]);

    await nav.getByRole('link', { name: title('token'), exact: true }).click();
    await page.waitForURL(`**${G['token']!.href}`);
    await expect(panel(page).locator('strong')).toHaveText('Ваш план: шаг 3 из 3');
    const next = panel(page).getByRole('link', { name: 'Мой прогресс' });
    expect(await next.isVisible()).toBe(true);
    await panel(page)
      .getByRole('link', { name: title('wtks'), exact: true })
      .click();
    await page.waitForURL(`**${G['wtks']!.href}`);
    await panel(page).getByRole('link', { name: 'Весь план — «С чего начать»' }).click();
    await page.waitForURL('**/tools/start/?need=*');
    await expect(page.locator('.eis-tree__plan li')).toHaveCount(3, { timeout: 10_000 });
    expect(watch.errors).toEqual([]);
  });

  test('shows nothing without a plan', async ({ page, site }) => {
    await page.goto(site.url(G['wtks']!.href), { waitUntil: 'load' });
    await expect(panel(page)).toHaveCount(0);
    await expect(page.locator('.eis-plan-panel')).toBeHidden();
  });

  test('shows nothing on a guide outside the plan', async ({ context, page, site }) => {
    await seedStorage(context, planEntry(PLAN));
    await page.goto(site.url(G['edo']!.href), { waitUntil: 'load' });
    // The plan was read: its own guides show the panel (checked in the test above).
    await expect(page.locator('.eis-plan-panel')).toBeHidden();
  });

  test('«Скрыть» folds it to «Показать мой план» for this plan; a new plan shows it again', async ({
    context,
    page,
    site,
  }) => {
    await seedStorage(context, planEntry(PLAN));
    await page.goto(site.url(G['https']!.href));
    await panel(page).getByRole('button', { name: 'Скрыть' }).click();
    await expect(panel(page)).toBeHidden();
    const show = page.getByRole('button', { name: 'Показать мой план' });
    await expect(show).toBeFocused();
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('eis:v1:plan-panel-hidden')))
      .toContain('"plan"');
    await page.reload();
    await expect(show).toBeVisible();
    expect(await panel(page).isHidden()).toBe(true);
    await page.evaluate(() =>
      localStorage.setItem('eis:v1:plan', JSON.stringify({ v: 1, data: { needs: ['send'] } })),
    );
    await page.reload();
    await expect(panel(page).locator('strong')).toHaveText('Ваш план: шаг 1 из 2');
    await expect(show).toBeHidden();
  });

  test('hidden, then restored with «Показать мой план» on a guide: back after a reload', async ({
    context,
    page,
    site,
    watch,
  }) => {
    await seedStorage(context, planEntry(PLAN));
    await page.goto(site.url(G['wtks']!.href));
    await panel(page).getByRole('button', { name: 'Скрыть' }).click();
    const show = page.getByRole('button', { name: 'Показать мой план' });
    await show.click();
    await expect(panel(page).locator('strong')).toHaveText('Ваш план: шаг 2 из 3');
    await expect(panel(page)).toBeFocused();
    await expect(show).toBeHidden();
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('eis:v1:plan-panel-hidden')))
      .toBeNull();
    await page.reload();
    await expect(panel(page).locator('strong')).toHaveText('Ваш план: шаг 2 из 3');
    await expect(show).toBeHidden();
    expect(await axeViolations(page)).toEqual([]);
    expect(watch.errors).toEqual([]);
  });

  test('hidden on a guide, restored from «Мой прогресс»', async ({ context, page, site }) => {
    await seedStorage(context, planEntry(PLAN));
    await page.goto(site.url(G['https']!.href));
    await panel(page).getByRole('button', { name: 'Скрыть' }).click();
    await expect(page.getByRole('button', { name: 'Показать мой план' })).toBeFocused();
    // The fold is stored by a chunk loaded on the click: wait for the record before leaving.
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('eis:v1:plan-panel-hidden')))
      .toContain('"plan"');
    await page.goto(site.url('/tools/progress/'));
    const restore = page.locator('eis-panel-restore');
    // Its text is in the page from the start, invisible: it must be shown.
    await expect(
      restore.getByText('Панель «Ваш план» скрыта на страницах инструкций.'),
    ).toBeVisible();
    await restore.getByRole('button', { name: 'Показать мой план' }).click();
    await expect(restore).toContainText('снова показана');
    await page.goto(site.url(G['https']!.href));
    await expect(panel(page).locator('strong')).toHaveText('Ваш план: шаг 1 из 3');
    await page.goto(site.url('/tools/progress/'));
    await expect(page.getByRole('heading', { name: 'Мой план' })).toBeVisible();
    await expect(restore).toBeHidden();
  });

  test('appears without moving the page (CLS 0)', async ({ browser, site }) => {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
    await seedStorage(context, planEntry(PLAN));
    const page = await context.newPage();
    await context.addInitScript(() => {
      (window as unknown as { __cls: number }).__cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
        })[]) {
          if (!entry.hadRecentInput) (window as unknown as { __cls: number }).__cls += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(site.url(G['wtks']!.href), { waitUntil: 'load' });
    await expect(panel(page)).toBeVisible();
    await expect(page.locator('.eis-checklist__status')).toContainText('Сначала:');
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBe(0);
    await context.close();
  });
});

test.describe('task statuses with an order', () => {
  /** Every step of the https guide ticked, as its built page lists them. */
  const httpsSteps = (): Record<string, string> => {
    const { checklist, steps } = G['https']!;
    expect(steps.length).toBeGreaterThan(3);
    return Object.fromEntries(steps.map((s) => [`eis:v2:tick:${checklist}:${s}`, '1']));
  };

  test('«Мой прогресс», the plan and the checklist header: blocked until the password is got', async ({
    context,
    page,
    site,
  }) => {
    await seedStorage(context, planEntry(PLAN));
    await page.goto(site.url('/tools/progress/'));
    const item = page.locator('[data-guide="wtks"]');
    const blocked = item.locator('.eis-progress__blocked');
    await expect(blocked).toBeVisible();
    // Advice, not a lock: either guide meets it, or the reader's own «У меня уже есть…».
    // The advice and its button arrive with their own chunk: a retrying assertion.
    await expect(blocked).toHaveText(
      `Сначала: ${title('https')} или ${title('rereg')}. У меня уже есть логин и пароль`,
    );
    expect(await blocked.getByRole('link', { name: title('https') }).isVisible()).toBe(true);
    // The blocked guide stays readable: its link is there as usual.
    expect(await item.getByRole('link', { name: title('wtks') }).isVisible()).toBe(true);
    const planItem = page.locator('.eis-progress__plan-list li').nth(1);
    await expect(planItem).toContainText('Сначала:');
    expect(await planItem.getByRole('link', { name: title('https') }).count()).toBe(1);
    expect(await page.locator('[data-guide="https"] .eis-progress__status').textContent()).toBe(
      'Не начато',
    );
  });

  test('once the password is got, the next guide is open', async ({ context, page, site }) => {
    await seedStorage(context, { ...planEntry(PLAN), ...httpsSteps() });
    const done = { page };
    await done.page.goto(site.url('/tools/progress/'));
    // The statuses are drawn by the page's module (after the first paint): the server's
    // «Не начато» is no answer yet, «Выполнено» is.
    await expect(done.page.locator('[data-guide="https"] .eis-progress__status')).toHaveText(
      'Выполнено',
    );
    const status = done.page.locator('[data-guide="wtks"] .eis-progress__status');
    await expect(status).toHaveText('Не начато');
    await expect(done.page.locator('[data-guide="wtks"] .eis-progress__blocked')).toBeHidden();
    await done.page.goto(site.url(G['wtks']!.href));
    await expect(done.page.locator('.eis-checklist__status')).toHaveText('Не начато');
  });
});
