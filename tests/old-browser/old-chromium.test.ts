/**
 * The oldest browser the site promises, for real: Chromium 110 from the npm package
 * `chromium-110` (tests/helpers/old-chromium.ts), the project `old-chromium` of
 * playwright.config.ts. Chrome/Edge 109 is the last on Windows 7/8.1; 110 is the oldest build the
 * registry has. Every page, loaded once, at a phone width (375 px) and then resized to an
 * office-screen width (1280 px): no script error, nothing covers the page title, and the mobile
 * menu (Starlight's uses the Popover API, which arrived in 114: ours falls back) opens and closes. Then a reader's three actions:
 * tick a step, search, add a reminder; and a plan built, the progress file downloaded and loaded
 * back as a new organisation, the organisation switched.
 */
import { expect, test } from '../helpers/fixtures';
import { tickStep } from '../helpers/ticks';
import { downloadProgress, loadAsNewOrganisation } from '../helpers/progress-file';
import { readFileSync } from 'node:fs';
import { fileForPage, listContentPages } from '../../harness/pages';
import { DIST } from '../helpers/paths';
import { checkOldChromiumPage } from '../helpers/old-chromium';
import { FROZEN, freezeClock, isoFromToday } from '../helpers/clock';
import { enterQuery, openSearch, resultLinks, typeQuery } from '../helpers/search';

const pages = listContentPages(DIST);
/** A phone and an office screen. */
const WIDTHS = [375, 1280] as const;
/** Pages with a sidebar, and so a menu button below 800 px (the home page is a splash page). */
const withSidebar = new Set(
  pages.filter((p) =>
    readFileSync(fileForPage(DIST, p), 'utf8').includes('id="starlight__sidebar"'),
  ),
);

test.describe('Chromium 110', () => {
  test.skip(
    !process.env['EIS_OLD_CHROMIUM'],
    'Chromium 110 cannot run here (reason printed above)',
  );

  test('is the browser under test', async ({ browser }) => {
    expect(Number(browser.version().split('.')[0])).toBe(110);
  });

  // One test per page, one page load for both widths: at 375 px, then resized to 1280 px.
  for (const path of pages) {
    test(`${path} at 375 and 1280 px: no error, the title uncovered, a working menu`, async ({
      browser,
      site,
    }) => {
      const problems: string[] = [];
      for (const r of await checkOldChromiumPage(browser, site.url(path), WIDTHS)) {
        const at = `${r.width} px`;
        if (!r.h1Visible) problems.push(`${at}: the h1 is covered by ${r.h1CoveredBy}`);
        if (r.width < 800 && withSidebar.has(path)) {
          const m = r.menu;
          if (!m) problems.push(`${at}: no menu button`);
          else {
            const ok =
              !m.initial.paneShown &&
              m.openedByButton.paneShown &&
              m.openedByButton.ariaExpanded === 'true' &&
              !m.closedByButton.paneShown &&
              m.closedByButton.ariaExpanded === 'false' &&
              m.openedAgain.paneShown &&
              !m.closedByEscape.paneShown &&
              m.closedByEscape.focusOnButton &&
              m.h1VisibleAfterClose;
            if (!ok) problems.push(`${at}: menu ${JSON.stringify(m)}`);
          }
        }
        // The errors are the whole visit's (both widths).
        if (r.width === WIDTHS.at(-1)) problems.push(...r.errors);
      }
      expect(problems).toEqual([]);
    });
  }

  // Chromium 110 has no `@page` margin boxes (131): the running header and footer are lost on
  // paper, so the page's own print style says once, after the text, where it came from.
  test('a printed page says where it came from, without margin boxes', async ({ page, site }) => {
    await page.goto(site.url('/services/token/'));
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('html')).toHaveAttribute('data-no-margin-boxes', '');
    const after = await page
      .locator('main')
      .evaluate((main) => getComputedStyle(main, '::after').content);
    expect(after).toMatch(
      /^"ЕИС: настройка интеграции · \S*\/services\/token\/ · Проверено: \d\d\.\d\d\.\d{4}"$/,
    );
  });

  test.describe('a reader', () => {
    // The reminder's «через N дней» depends on today: the clock is frozen.
    test.use(FROZEN.context);
    test('ticks a step, searches and adds a reminder', async ({ context, page, site, watch }) => {
      await freezeClock(context);
      await page.setViewportSize({ width: 375, height: 800 });
      await page.goto(site.url('/services/token/'));
      const box = page.locator('#token-eis-save .eis-step__check');
      await tickStep(page, 'token-eis-save');
      await page.reload();
      await expect(box).toBeChecked();

      await openSearch(page);
      await typeQuery(page, 'токен');
      await expect(page.locator('#eis-search-results li').first()).toBeVisible();
      // A question pasted with what a document or a chat adds (a zero-width space, a picture, an
      // ellipsis: read by Unicode property escapes and NFKC) leads where the plain one does.
      const plain = await resultLinks(page);
      expect(plain.length).toBeGreaterThan(0);
      await enterQuery(page, 'то\u200bкен 🔑…');
      await expect.poll(() => resultLinks(page)).toEqual(plain);
      await page.keyboard.press('Escape');

      await page.goto(site.url('/tools/reminder/'));
      const form = page.locator('eis-reminder form').first();
      await form.getByLabel('Дата окончания срока действия').fill(isoFromToday(20));
      await form.getByRole('button', { name: 'Добавить напоминание' }).click();
      await expect(page.locator('.eis-reminder__list').first()).toContainText('через 20 дней');
      expect(watch.errors.filter((e) => !/Found a 'popover' attribute/.test(e))).toEqual([]);
    });

    // The islands a reader setting up several organisations uses: the decision tree, «Мой
    // прогресс», its file out and back in as a new organisation, the organisation switcher.
    test('builds a plan, downloads the progress and loads it as a new organisation', async ({
      page,
      site,
      watch,
    }) => {
      await page.goto(site.url('/tools/start/'));
      await page
        .getByLabel('Загружать документы приёмки из ЕИС (электронное активирование)')
        .check();
      await page.getByRole('button', { name: 'Далее' }).first().click();
      await expect(page.locator('.eis-tree__plan > li > a:first-child')).toHaveAttribute(
        'href',
        /\/activation\/edo-identifier\/$/,
      );

      await page.goto(site.url('/tools/progress/'));
      await loadAsNewOrganisation(page, await downloadProgress(page), 'Гимназия-16');
      await expect(page.locator('.eis-orgs__list .eis-orgs__name')).toHaveText([
        'Моя организация',
        'Гимназия-16',
      ]);

      await page.goto(site.url('/services/token/'));
      const switcher = page.getByRole('combobox', { name: 'Вы отмечаете для:' });
      await switcher.selectOption({ label: 'Гимназия-16' });
      await expect(switcher).toHaveValue(/^o-/);
      expect(watch.errors.filter((e) => !/Found a 'popover' attribute/.test(e))).toEqual([]);
    });
  });
});
