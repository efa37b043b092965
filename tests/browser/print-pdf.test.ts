/**
 * Paper, checked on paper: Chromium prints «Вся инструкция для печати» and the reader's plan to
 * PDF, and the PDF's text (extracted per sheet with unpdf, a build of PDF.js) is checked:
 * every guide's title and every «Рисунок N.» caption of the built guides is there, no figure is
 * split across sheets, every sheet carries the site name, the page's address and «Проверено».
 * Runs on dist-eis (built with SITE_URL), where the address is a full URL.
 */
import { expect, test } from '../helpers/fixtures';
import type { Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { axeViolations } from '../helpers/axe';
import { DIST_EIS } from '../helpers/paths';
import {
  markFigureEdges,
  openingFigures,
  sheetFills,
  splitFigures,
  thinSheets,
} from '../helpers/pdf';
import { listPages, readPage } from '../helpers/pages';
import { KEYS } from '../../src/lib/storage/keys';
import { encodeReminder } from '../../src/features/reminders/reminder-codec';

const ORIGIN = 'https://eis.example.org';
const GUIDE_GROUPS = /^\/eis\/(connect|services|activation|support|reference)\//;

// PDF text breaks lines after a hyphen («Web-» / «Торги-КС»): a hyphen never takes a space after it here.
const squash = (text: string) => text.replace(/\s+/g, ' ').replace(/- /g, '-').trim();

/** The PDF's text, one string per sheet. */
async function pdfSheets(page: Page): Promise<string[]> {
  return sheetTexts(await page.pdf({ format: 'A4' }));
}

async function sheetTexts(pdf: Uint8Array): Promise<string[]> {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(doc, { mergePages: false });
  return text;
}

/** The guides as built on their own pages: title (h1) and figure captions. */
function builtGuides() {
  return listPages(DIST_EIS)
    .map((p) => `/eis${p}`)
    .filter((p) => GUIDE_GROUPS.test(p))
    .map((p) => {
      const doc = readPage(DIST_EIS, p.slice('/eis'.length));
      return {
        path: p,
        title: squash(doc.querySelector('h1')!.text),
        captions: doc.querySelectorAll('main figure figcaption').map((c) => squash(c.text)),
      };
    });
}

test.describe('«Вся инструкция для печати» on paper', () => {
  test('has every guide and figure, no split figure, and the site, address and date on each sheet', async ({
    page,
    site,
    watch,
  }) => {
    test.setTimeout(180_000);
    const guides = builtGuides();
    expect(guides.length).toBeGreaterThanOrEqual(10);
    const captions = guides.flatMap((g) => g.captions);
    expect(captions.length).toBeGreaterThan(20);
    expect(captions.every((c) => /^Рисунок \d+\. /.test(c))).toBe(true);

    await page.goto(site.url('/print/'));
    const figures = await markFigureEdges(page.locator('main figure'));
    expect(figures).toBe(captions.length);

    const pdf = await page.pdf({ format: 'A4' });
    const sheets = await sheetTexts(pdf);
    expect(sheets.length).toBeGreaterThan(guides.length);
    // No half-empty sheets: only the last may be under half full, and none is blank (before the
    // fix: 88 sheets, 4 under half full, the last one blank; after: 81, none under 60 %). A sheet
    // followed by a figure taller than what was left on it is not counted: figures are never
    // split (round 28: under /eis/, sheet 14 was 47 % full before the «Регистрационные данные»
    // card of «После перерегистрации», 85 % of the next sheet).
    const fills = await sheetFills(pdf);
    const thin = thinSheets(fills, await openingFigures(pdf));
    expect(thin, 'sheets under half full').toEqual([]);
    expect(fills.at(-1), 'the last sheet').toBeGreaterThan(0);
    const all = squash(sheets.join(' '));
    for (const g of guides) {
      expect(all, g.path).toContain(g.title);
      for (const c of g.captions) expect(all, `${g.path}: ${c}`).toContain(c);
    }

    const split = splitFigures(sheets, figures);
    expect(split, 'figures split across sheets').toEqual([]);

    sheets.forEach((sheet, i) => {
      const text = squash(sheet);
      expect(text, `sheet ${i + 1}`).toContain('ЕИС: настройка интеграции');
      expect(text, `sheet ${i + 1}`).toContain(`${ORIGIN}/eis/print/`);
      expect(text, `sheet ${i + 1}`).toMatch(/Проверено: \d{2}\.\d{2}\.\d{4}/);
      expect(text, `sheet ${i + 1}`).toContain(`стр. ${i + 1} из ${sheets.length}`);
    });

    // Checklists are empty boxes, links to other guides say where to look on paper.
    expect(all).toContain('☐');
    expect(all).not.toContain('☑');
    expect(all).toMatch(/\(см\. раздел «[^»]+»\)/);
    expect(all).toContain('(https://zakupki.gov.ru/)');
    expect(watch.errors).toEqual([]);
  });

  // The page holds every guide, so axe takes a while; on screen it is in tests/browser/every-page.test.ts.
  test('passes axe in print media', async ({ page, site }) => {
    test.setTimeout(240_000);
    await page.goto(site.url('/print/'));
    await page.emulateMedia({ media: 'print' });
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.locator('h1').count()).toBe(1);
  });

  test('a guide page prints its own address and internal links as full addresses', async ({
    page,
    site,
  }) => {
    await page.goto(site.url('/services/token/'));
    const sheets = await pdfSheets(page);
    for (const sheet of sheets) expect(squash(sheet)).toContain(`${ORIGIN}/eis/services/token/`);
    expect(squash(sheets.join(' '))).toContain(`(${ORIGIN}/eis/tools/reminder/)`);
  });
});

test.describe('«Распечатать мой план» on paper', () => {
  const stepsOf = (guide: string) =>
    readPage(DIST_EIS, guide).querySelectorAll('[data-checklist-id] [data-step-id]').length;

  for (const path of ['/tools/progress/', '/tools/start/?need=services,activation&ris=no']) {
    test(`${path} prints only the plan’s guides, with the reader’s ticks as ☑/☐`, async ({
      context,
      page,
      site,
      watch,
    }) => {
      await context.addInitScript(
        ([plan, tick]) => {
          localStorage.setItem(
            plan,
            JSON.stringify({ v: 1, data: { needs: ['services', 'activation'], ris: 'no' } }),
          );
          localStorage.setItem(tick, '1');
          // The test prints with page.pdf(); the dialog itself is the browser's.
          window.print = () => document.documentElement.setAttribute('data-test-printed', '');
        },
        [KEYS.plan, `${KEYS.tickPrefix}token:token-eis-login-org-admin`] as const,
      );
      await page.goto(site.url(path));
      // The plan is on the page (its island fills it in) before it is printed: the print button's
      // own island may be ready first.
      await expect(
        page.locator('section:has(eis-plan-print) ol > li[data-plan-guide]').first(),
      ).toBeVisible();
      const button = page.getByRole('button', { name: 'Распечатать мой план' });
      await expect(button).toBeEnabled({ timeout: 10_000 });
      await button.click();
      // The sheet reads the plan's guide pages first.
      await expect(page.locator('html[data-test-printed]')).toHaveCount(1, { timeout: 20_000 });

      const text = squash((await pdfSheets(page)).join(' '));
      expect(text).toContain('Мой план');
      expect(text).toContain('1. Токен для сервисов отдачи');
      expect(text).toContain('2. Идентификатор участника ЭДО');
      const planned = ['Токен для сервисов отдачи', 'Идентификатор участника ЭДО'];
      // No other guide is a part of the sheet (a warning may still name one: «Подробнее — в
      // статье «…»»): a part is its number, its title and its full address.
      for (const g of builtGuides().filter((g) => !planned.includes(g.title))) {
        expect(text).not.toMatch(
          new RegExp(`\\d\\. ${g.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} https?:`),
        );
      }
      const total = stepsOf('/services/token/') + stepsOf('/activation/edo-identifier/');
      expect(text.match(/[☑☐]/g)).toHaveLength(total + 2); // + the legend «☑ — …, ☐ — …»
      expect(text.match(/☑/g)).toHaveLength(2);
      expect(text).toContain(
        '☑ 1. Войдите в ЛК заказчика в ЕИС под учётной записью администратора организации.',
      );
      // Only the plan: none of the page around it.
      expect(text).not.toContain('Все чек-листы');
      expect(text).not.toContain('Вопрос 1');
      expect(watch.errors).toEqual([]);
    });
  }
});

test.describe('the reminder page on paper', () => {
  test('prints the reader’s reminders, without the form and its buttons', async ({
    page,
    context,
    site,
    watch,
  }) => {
    await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [
      `${KEYS.reminderPrefix}r-print01`,
      encodeReminder({ id: 'r-print01', kind: 'edo', label: 'Филиал', date: '2030-03-15', seq: 0 }),
    ] as const);
    await page.goto(site.url('/tools/reminder/'));
    await expect(page.locator('.eis-reminder__item')).toHaveCount(1, { timeout: 10_000 });
    const text = squash((await pdfSheets(page)).join(' '));
    expect(text).toContain('Ваши напоминания');
    expect(text).toContain('до 15.03.2030');
    expect(text).toContain('Филиал');
    expect(text).not.toContain('Сам токен или идентификатор сюда не вводите');
    expect(text).not.toContain('Что отслеживаем');
    expect(text).not.toContain('Дата окончания срока действия');
    expect(watch.errors).toEqual([]);
  });
});
