/**
 * Issue 13 in the browser: with a saved plan, each guide in it shows «Ваш план: шаг N из M» with
 * working previous/next links, «Что дальше» on the last one and «Скрыть» remembered for that plan;
 * without a plan, or on a guide outside it, nothing shows; CLS stays 0. «Мой прогресс» and the
 * checklist header show the ordered statuses from the guides' `requires`.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openPage, seedStorage, useSite } from '../helpers/site';
import { guideFiles } from '../helpers/guide-files';
import { axeViolations } from '../helpers/axe';

const site = useSite();
const G = guideFiles();
const title = (key: string) => G[key]!.title;

/** send + services without РИС: https → wtks → token. */
const PLAN = { needs: ['send', 'services'], ris: 'no' };

async function withStorage(
  entries: Record<string, string>,
  options: Parameters<typeof openPage>[1] = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const { context, page, watch } = await openPage(site, options);
  await seedStorage(context, entries);
  return { context, page, errors: watch.errors };
}

const planEntry = (plan: object) => ({ 'eis:v1:plan': JSON.stringify({ v: 1, data: plan }) });

const panel = (page: Page) => page.getByRole('navigation', { name: 'Ваш план' });

describe('the plan panel', () => {
  it('follows the plan: step, previous and next, back to the plan, «Что дальше» at the end', async () => {
    const { context, page, errors } = await withStorage(planEntry(PLAN));
    await page.goto(site.server.url(G['wtks']!.href));
    const nav = panel(page);
    await expect.poll(() => nav.isVisible()).toBe(true);
    expect(await nav.locator('strong').textContent()).toBe('Ваш план: шаг 2 из 3');
    expect(await nav.getByRole('link', { name: title('https'), exact: true }).count()).toBe(1);
    const back = nav.getByRole('link', { name: 'Весь план — «С чего начать»' });
    expect(await back.getAttribute('href')).toBe('/tools/start/?need=send,services&ris=no');
    expect(await nav.getByRole('link', { name: 'Мой прогресс' }).isVisible()).toBe(false);
    expect((await axeViolations(page)).map((v) => JSON.stringify(v).slice(0, 600))).toEqual([]);

    await nav.getByRole('link', { name: title('token'), exact: true }).click();
    await page.waitForURL(`**${G['token']!.href}`);
    await expect
      .poll(() => panel(page).locator('strong').textContent())
      .toBe('Ваш план: шаг 3 из 3');
    const next = panel(page).getByRole('link', { name: 'Мой прогресс' });
    expect(await next.isVisible()).toBe(true);
    await panel(page)
      .getByRole('link', { name: title('wtks'), exact: true })
      .click();
    await page.waitForURL(`**${G['wtks']!.href}`);
    await panel(page).getByRole('link', { name: 'Весь план — «С чего начать»' }).click();
    await page.waitForURL('**/tools/start/?need=*');
    await expect
      .poll(() => page.locator('.eis-tree__plan li').count(), { timeout: 10_000 })
      .toBe(3);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows nothing without a plan, or on a guide outside the plan', async () => {
    const none = await withStorage({});
    await none.page.goto(site.server.url(G['wtks']!.href));
    await none.page.waitForLoadState('load');
    expect(await panel(none.page).count()).toBe(0);
    expect(await none.page.locator('.eis-plan-panel').isHidden()).toBe(true);
    await none.context.close();

    const other = await withStorage(planEntry(PLAN));
    await other.page.goto(site.server.url(G['edo']!.href));
    await other.page.waitForLoadState('load');
    expect(await other.page.locator('.eis-plan-panel').isHidden()).toBe(true);
    await other.context.close();
  });

  it('«Скрыть» hides it for this plan, and a new plan shows it again', async () => {
    const { context, page } = await withStorage(planEntry(PLAN));
    await page.goto(site.server.url(G['https']!.href));
    await panel(page).getByRole('button', { name: 'Скрыть' }).click();
    await expect.poll(() => page.locator('.eis-plan-panel').isHidden()).toBe(true);
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('eis:v1:plan-panel-hidden')))
      .toContain('"plan"');
    await page.reload();
    await page.waitForLoadState('load');
    expect(await page.locator('.eis-plan-panel').isHidden()).toBe(true);
    await page.evaluate(() =>
      localStorage.setItem('eis:v1:plan', JSON.stringify({ v: 1, data: { needs: ['send'] } })),
    );
    await page.reload();
    await expect
      .poll(() => panel(page).locator('strong').textContent())
      .toBe('Ваш план: шаг 1 из 2');
    await context.close();
  });

  it('appears without moving the page (CLS 0)', async () => {
    const { context, page } = await withStorage(planEntry(PLAN), {
      viewport: { width: 412, height: 823 },
    });
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
    await page.goto(site.server.url(G['wtks']!.href), { waitUntil: 'load' });
    await expect.poll(() => panel(page).isVisible()).toBe(true);
    await expect
      .poll(() => page.locator('.eis-checklist__status').textContent())
      .toContain('Сначала:');
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBe(0);
    await context.close();
  });
});

describe('task statuses with an order', () => {
  const httpsSteps = (): Record<string, string> => {
    const steps = [...G['https']!.body.matchAll(/<Step id="([^"]+)"/g)].map((m) => m[1]!);
    return Object.fromEntries(steps.map((s) => [`eis:v2:tick:https-credentials:${s}`, '1']));
  };

  it('«Мой прогресс», the plan and the checklist header: blocked until the password is got', async () => {
    const { context, page } = await withStorage(planEntry(PLAN));
    await page.goto(site.server.url('/tools/progress/'));
    const item = page.locator('[data-guide="wtks"]');
    const blocked = item.locator('.eis-progress__blocked');
    await expect.poll(() => blocked.isVisible()).toBe(true);
    // Advice, not a lock: either guide meets it, or the reader's own «У меня уже есть…».
    expect((await blocked.textContent())!.replace(/\s+/g, ' ').trim()).toBe(
      `Сначала: ${title('https')} или ${title('rereg')}. У меня уже есть логин и пароль`,
    );
    expect(await blocked.getByRole('link', { name: title('https') }).isVisible()).toBe(true);
    // The blocked guide stays readable: its link is there as usual.
    expect(await item.getByRole('link', { name: title('wtks') }).isVisible()).toBe(true);
    const planItem = page.locator('.eis-progress__plan-list li').nth(1);
    await expect.poll(() => planItem.textContent()).toContain('Сначала:');
    expect(await planItem.getByRole('link', { name: title('https') }).count()).toBe(1);
    expect(await page.locator('[data-guide="https"] .eis-progress__status').textContent()).toBe(
      'Не начато',
    );
    await context.close();

    const done = await withStorage({ ...planEntry(PLAN), ...httpsSteps() });
    await done.page.goto(site.server.url('/tools/progress/'));
    const status = done.page.locator('[data-guide="wtks"] .eis-progress__status');
    await expect.poll(() => status.textContent()).toBe('Не начато');
    expect(await done.page.locator('[data-guide="wtks"] .eis-progress__blocked').isHidden()).toBe(
      true,
    );
    expect(
      await done.page.locator('[data-guide="https"] .eis-progress__status').textContent(),
    ).toBe('Выполнено');
    await done.page.goto(site.server.url(G['wtks']!.href));
    await expect
      .poll(() => done.page.locator('.eis-checklist__status').textContent())
      .toBe('Не начато');
    await done.context.close();
  });
});
