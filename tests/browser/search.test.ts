/**
 * The search dialog as readers use it: Russian text, Ctrl+K in either layout, keyboard, ARIA
 * roles, help instead of a dead end, query notices, no keyword dumps, highlighting on the opened
 * page, and axe on the open dialog in both themes.
 */
import { expect, test, type Site } from '../helpers/fixtures';
import { guideFiles } from '../helpers/guide-files';
import type { Page } from '@playwright/test';
import { enterQuery, openSearch, resultPages, searchSite, typeQuery } from '../helpers/search';
import { axeViolations } from '../helpers/axe';

const options = (page: Page) => page.locator('#starlight__search').getByRole('option');
const combobox = (page: Page) => page.getByRole('combobox', { name: 'Поиск по сайту' });
const status = (page: Page) => page.locator('#starlight__search [role="status"]');
const notice = (page: Page) => page.locator('#starlight__search [data-notice]');

/** Pagefind's module wrapped: each search recorded in `eisAsked`, the first held on `eisHold`. */
const HELD_PAGEFIND = `
import * as real from './pagefind.js?real';
export const { createInstance, options, init, destroy, debouncedSearch, preload, filters, mergeIndex } = real;
export async function search(query, opts) {
  const asked = (window.eisAsked ??= []);
  asked.push(query);
  if (asked.length === 1) await window.eisHold;
  return real.search(query, opts);
}
`;

async function ready(page: Page, site: Site, path = '/'): Promise<void> {
  await page.goto(site.url(path));
  await openSearch(page);
}

test.describe('search dialog', () => {
  test('finds pages in Russian and opens a result', async ({ page, site, watch }) => {
    await page.goto(site.url('/'));
    const links = await searchSite(page, 'ЕИС');
    expect(links.length).toBeGreaterThan(0);
    const res = await page.goto(links[0]!);
    expect(res?.status()).toBe(200);
    expect(watch.errors).toEqual([]);
    expect(watch.foreign).toEqual([]);
  });

  test('opens with Ctrl+K in the Russian layout too (by key code) and closes with Esc', async ({
    page,
    site,
  }) => {
    await page.goto(site.url('/'));
    await page.waitForFunction(
      () =>
        !document.querySelector('site-search button[data-open-modal]')?.hasAttribute('disabled'),
    );
    const dialog = page.locator('site-search dialog');
    // Russian layout: the K key gives «л», its code is still KeyK.
    await page.evaluate(() =>
      window.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'л', code: 'KeyK', ctrlKey: true, bubbles: true }),
      ),
    );
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    await typeQuery(page, 'токен');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    await page.keyboard.press('Meta+KeyK');
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    // The query is kept: Esc closed the dialog, it did not clear the query.
    await expect(combobox(page)).toHaveValue('токен');
  });

  test('is a combobox with a listbox: arrows move, Enter opens the selection', async ({
    page,
    site,
  }) => {
    await ready(page, site);
    await typeQuery(page, 'пароль');
    const input = combobox(page);
    await expect(input).toHaveAttribute('aria-expanded', 'true');
    const listId = await input.getAttribute('aria-controls');
    await expect(page.locator(`#${listId}`)).toHaveAttribute('role', 'listbox');
    const first = await options(page).nth(0).getAttribute('id');
    await expect(input).toHaveAttribute('aria-activedescendant', first!);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const third = options(page).nth(2);
    await expect(input).toHaveAttribute('aria-activedescendant', (await third.getAttribute('id'))!);
    await expect(third).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowUp');
    const second = options(page).nth(1);
    const target = new URL((await second.getAttribute('href'))!, site.url('/'));
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === target.pathname);
    expect(new URL(page.url()).searchParams.getAll('highlight')).toContain('пароль');
  });

  test('Enter opens the first result by default', async ({ page, site }) => {
    await ready(page, site);
    await typeQuery(page, 'перерегистрация');
    const first = (await resultPages(page))[0]!;
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === first);
  });

  test('Enter pressed before the results arrive opens the first one when they do', async ({
    page,
    site,
  }) => {
    await ready(page, site);
    await combobox(page).pressSequentially('перерегистрация');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/connect/re-registration/');
  });

  test('a search replaced by newer text stops: it asks Pagefind nothing more', async ({
    page,
    site,
  }) => {
    // Pagefind wrapped: every search recorded, the first one held until the test lets it go.
    await page.route('**/pagefind/pagefind.js', (route) =>
      new URL(route.request().url()).search
        ? route.fallback()
        : route.fulfill({ contentType: 'text/javascript', body: HELD_PAGEFIND }),
    );
    await page.addInitScript(() => {
      const w = window as unknown as { eisHold: Promise<void>; eisRelease: () => void };
      w.eisHold = new Promise((resolve) => (w.eisRelease = resolve));
    });
    await ready(page, site);
    const asked = () =>
      page.evaluate(() => (window as unknown as { eisAsked?: string[] }).eisAsked?.length ?? 0);
    await combobox(page).fill('продлить токен срок');
    await expect.poll(asked).toBe(1);
    await enterQuery(page, 'перерегистрация');
    const before = await asked();
    await page.evaluate(() => (window as unknown as { eisRelease: () => void }).eisRelease());
    // The first search gets Pagefind's answer, then stops at its next stage.
    await expect
      .poll(() => page.evaluate(() => performance.getEntriesByName('eis-search:dropped').length))
      .toBe(1);
    expect(await asked()).toBe(before);
    expect(await resultPages(page)).toContain('/connect/re-registration/');
  });

  // One page, one open dialog, query after query as a reader types them: each step was a test
  // of its own (axe in each theme too), each loading the page and Pagefind afresh. What needs a
  // fresh page (the shortcut before the dialog opens, Enter before the first results) or leaves
  // the page stays a test apart.
  test('answers query after query in one open dialog', async ({ page, site }) => {
    test.slow();
    await ready(page, site);
    await test.step('announces the count in a polite live region', async () => {
      await expect(status(page)).toHaveAttribute('aria-live', 'polite');
      await typeQuery(page, 'перерегистрация');
      await expect(status(page)).toHaveText(/^Найден[оа] \d+ страниц/);
    });
    // axe on the open dialog with results and with none, in both themes: switched in place and
    // transitions finished, as in every-page.test.ts (the themes differ in colours alone).
    const scheme = async (colorScheme: 'light' | 'dark') => {
      await page.emulateMedia({ colorScheme });
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      await page.evaluate(async () => {
        await Promise.all(document.getAnimations().map((a) => a.finished.catch(() => null)));
      });
    };
    for (const colorScheme of ['light', 'dark'] as const) {
      await test.step(`${colorScheme} theme: no WCAG 2.2 A/AA violations with results and with none`, async () => {
        await scheme(colorScheme);
        await typeQuery(page, 'ntrty');
        await typeQuery(page, 'токен');
        expect(await axeViolations(page)).toEqual([]);
        await typeQuery(page, 'zzzqx');
        expect(await axeViolations(page)).toEqual([]);
      });
    }
    await scheme('light');
    await test.step('speaks Russian, with plural forms, and never shows the search-only keywords', async () => {
      await typeQuery(page, 'токен');
      await expect(status(page)).toHaveText(/^Найден[оа] \d+ /);
      const [, n, word] = /(\d+) (\S+)$/.exec((await status(page).textContent()) ?? '')!;
      const form = new Intl.PluralRules('ru').select(Number(n));
      expect(word).toBe({ one: 'страница', few: 'страницы', many: 'страниц' }[form as 'one']);
      const text = (await page.locator('#starlight__search').innerText()).toLowerCase();
      expect(text).not.toMatch(/keywords|results|clear|load more|search this site/);
      expect(text).not.toContain('где взять токен; как получить токен');
      await expect(page.getByRole('button', { name: 'Очистить' })).toHaveCount(1);
      await expect(page.getByRole('search', { name: 'Поиск по сайту' })).toHaveCount(1);
    });
    await test.step('takes one tab stop per result, each to a different place', async () => {
      await typeQuery(page, 'токен');
      const hrefs = await options(page).evaluateAll((links) =>
        links.map((a) => (a as HTMLAnchorElement).href),
      );
      expect(new Set(hrefs).size).toBe(hrefs.length);
      const focusable = await page
        .locator(
          '#starlight__search [role="listbox"] a, #starlight__search [role="listbox"] button',
        )
        .count();
      expect(focusable).toBe(hrefs.length);
    });
    await test.step('never leaves a dead end: top tasks, «Ошибки и решения» and the support phones', async () => {
      await typeQuery(page, 'zzzqx');
      await expect(status(page)).toHaveText('Ничего не найдено по запросу «zzzqx»');
      const help = page.locator('#starlight__search [data-empty]');
      await expect(help).toBeVisible();
      for (const name of [
        ...['https', 'token', 'ris', 'edo', 'request', 'trouble'].map(
          (key) => guideFiles()[key]!.title,
        ),
        '8 (495) 739-25-83',
        '8 (800) 600-90-89',
      ]) {
        await expect(help.getByRole('link', { name, exact: true }), name).toHaveCount(1);
      }
    });
    await test.step('corrects a misspelt word to the nearest word of the site', async () => {
      await typeQuery(page, 'сертефикат');
      await expect(notice(page)).toContainText('Возможно, вы искали: «сертификат');
      expect((await resultPages(page))[0]).toBe('/reference/troubleshooting/');
    });
    await test.step('labels pages that have only part of the words', async () => {
      await typeQuery(page, 'токен абырвалг');
      await expect(notice(page)).toContainText(
        'Точных совпадений нет — страницы, где есть часть слов',
      );
      expect((await resultPages(page)).length).toBeGreaterThan(0);
    });
    await test.step('finds adjectives in any case (Pagefind ≥ 1.5 folds «й» before stemming)', async () => {
      const found: string[][] = [];
      for (const query of ['электронный', 'электронного', 'электронной', 'электронная']) {
        await typeQuery(page, query);
        found.push((await resultPages(page)).sort());
      }
      // The same pages for every case of the adjective.
      for (const pages of found) expect(pages).toEqual(found[1]);
      expect(found[0]!.length).toBeGreaterThan(2);
    });
    await test.step('shows no page whose only match is a one- or two-letter prefix', async () => {
      for (const query of ['сщуцйфя', 'qqqq', 'тзщъ']) {
        await typeQuery(page, query);
        await expect.poll(() => resultPages(page), { message: query }).toEqual([]);
      }
    });
    await test.step('«Показать ещё» shows more results and moves focus to the first new one', async () => {
      await typeQuery(page, 'ЕИС');
      expect((await resultPages(page)).length).toBe(5);
      await page.getByRole('button', { name: 'Показать ещё' }).click();
      expect((await resultPages(page)).length).toBeGreaterThan(5);
    });
    await test.step('reads a query typed in the wrong layout, both ways, and offers the query as typed', async () => {
      await typeQuery(page, 'gjlgbcfnm');
      await expect(notice(page)).toContainText(
        'Показаны результаты для «подписать». Искать «gjlgbcfnm»?',
      );
      expect((await resultPages(page)).length).toBeGreaterThan(0);
      // The opened page highlights the words searched for, not the keystrokes.
      const href = (await options(page).first().getAttribute('href'))!;
      expect(new URL(href, site.url('/')).searchParams.getAll('highlight')).toEqual(['подписать']);
      await typeQuery(page, 'реезы');
      await expect(notice(page)).toContainText('Показаны результаты для «https»');
      expect((await resultPages(page))[0]).toBe('/connect/https-credentials/');
      await page.getByRole('button', { name: 'Искать «реезы»?' }).click();
      await expect(status(page)).toHaveText('Ничего не найдено по запросу «реезы»');
    });
  });
});

test.describe('search result highlighting', () => {
  test('opening a result marks the searched words on the page, within the CSP', async ({
    page,
    watch,
    site,
  }) => {
    await ready(page, site);
    await typeQuery(page, 'токен');
    await options(page).first().click();
    await page.waitForURL(/highlight=/);
    await page.locator('mark.eis-highlight').first().waitFor();
    await expect
      .poll(async () =>
        (await page.locator('mark.eis-highlight').first().textContent())?.toLowerCase(),
      )
      .toContain('токен');
    await expect(page.locator('[data-pagefind-ignore] mark.eis-highlight')).toHaveCount(0);
    expect(watch.errors).toEqual([]);
  });
});
