/**
 * «С чего начать» in Chromium over the built site: before its script arrives nothing looks ready
 * and nothing is submitted; a colleague's plan link never overwrites the reader's saved plan;
 * blocked storage shows the quiet notice; with JS off the page follows the system colour scheme.
 */
import { expect, test } from '../helpers/fixtures';
import type { Page, Route } from '@playwright/test';

const START = '/tools/start/';

const planLinks = (page: Page) =>
  page
    .locator('.eis-tree__plan > li > a:first-child')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
const storedPlan = (page: Page) => page.evaluate(() => localStorage.getItem('eis:v1:plan'));
const next = (page: Page) => page.getByRole('button', { name: 'Далее' }).first();

test.describe('before the script arrives (scripts held back, as on a slow network)', () => {
  test('«Далее» and the answers are disabled, a click submits nothing, then they work', async ({
    page,
    context,
    site,
    watch,
  }) => {
    const held: Route[] = [];
    let release = false;
    await context.route(/\.js(\?|$)/, async (route) => {
      if (release) await route.fallback();
      else held.push(route);
    });
    const navigations: string[] = [];
    page.on('request', (r) => {
      if (r.isNavigationRequest()) navigations.push(r.url());
    });
    // Module scripts are deferred: DOMContentLoaded waits for them, so wait only for the commit.
    await page.goto(site.url(START), { waitUntil: 'commit' });
    const button = next(page);
    await button.waitFor({ state: 'visible' });
    await expect.poll(() => held.length).toBeGreaterThan(0);
    await expect(button).toBeDisabled();
    const option = page.getByLabel(
      'Загружать документы приёмки из ЕИС (электронное активирование)',
    );
    await expect(option).toBeDisabled();
    await button.dispatchEvent('click');
    await page.keyboard.press('Enter');
    expect(page.url()).toBe(site.url(START));
    await expect(page.locator('form')).toHaveCount(0);

    release = true;
    for (const route of held.splice(0)) await route.fallback();
    await expect(button).toBeEnabled();
    await option.check();
    await button.click();
    await expect.poll(() => planLinks(page)).toEqual(['/activation/edo-identifier/']);
    // The answers went into the address by the History API: one navigation in all, no reload.
    expect(navigations).toEqual([site.url(START)]);
    expect(new URL(page.url()).search).toBe('?need=activation');
    expect(watch.errors).toEqual([]);
  });
});

test.describe('a plan from a link', () => {
  test('is shown, leaves the saved plan alone, and is saved only by «Сделать этим планом»', async ({
    page,
    site,
    watch,
  }) => {
    await page.goto(site.url(START));
    await page.getByLabel('Загружать документы приёмки из ЕИС (электронное активирование)').check();
    await next(page).click();
    await expect.poll(() => planLinks(page)).toEqual(['/activation/edo-identifier/']);
    const mine = await storedPlan(page);
    expect(mine).toContain('activation');

    await page.goto(site.url(`${START}?need=services&ris=yes&roles=yes`));
    await expect.poll(() => planLinks(page)).toEqual(['/services/ris-rights/']);
    await expect.poll(() => storedPlan(page)).toBe(mine);
    await expect(page.locator('.eis-tree__saved').first()).toHaveText(/сохранён другой ваш план/);
    await page.reload();
    await expect.poll(() => planLinks(page)).toEqual(['/services/ris-rights/']);
    await expect.poll(() => storedPlan(page)).toBe(mine);

    await page.getByRole('button', { name: 'Сделать этим планом' }).first().click();
    await expect.poll(() => storedPlan(page)).toContain('roles');
    await page.getByRole('button', { name: 'Вернуть прежний план' }).first().click();
    await expect.poll(() => storedPlan(page)).toBe(mine);
    expect(watch.errors).toEqual([]);
  });
});

test.describe('storage blocked', () => {
  test('finishing «С чего начать» shows the quiet storage notice', async ({
    page,
    context,
    site,
    watch,
  }) => {
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto(site.url(START));
    await page.getByLabel('Что-то не работает, нужна помощь поддержки').check();
    await next(page).click();
    await expect
      .poll(() => planLinks(page))
      .toEqual(['/reference/troubleshooting/', '/support/create-request/']);
    await expect(page.locator('.eis-tree__notice').first()).toHaveText(/не даёт сайту сохранять/);
    expect(watch.errors).toEqual([]);
  });
});

test.describe('JavaScript disabled: colour scheme', () => {
  for (const [scheme, light] of [
    ['light', true],
    ['dark', false],
  ] as const) {
    test.describe(scheme, () => {
      test.use({ javaScriptEnabled: false, colorScheme: scheme });
      test(`prefers-color-scheme: ${scheme} (light page: ${light})`, async ({ page, site }) => {
        await page.goto(site.url(START));
        const lightness = await page.evaluate(() => {
          const [r, g, b] = getComputedStyle(document.body)
            .backgroundColor.match(/\d+(\.\d+)?/g)!
            .map(Number);
          return (r! + g! + b!) / 3;
        });
        if (light) expect(lightness).toBeGreaterThan(200);
        else expect(lightness).toBeLessThan(60);
      });
    });
  }
});
