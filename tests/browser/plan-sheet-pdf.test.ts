/**
 * «Распечатать мой план» on paper (issues 19 and 22), printed by Chromium to an A4 PDF whose text
 * is read per sheet (unpdf, a build of PDF.js): a typical plan prints its steps with their
 * warnings and every figure the build cut for them (print/plan-sheet.json), no figure split across
 * sheets, no sheet but the last under half full, and the page's full address on every sheet
 * (dist-eis, built with SITE_URL). With two organisations and «для всех организаций», each
 * organisation starts a sheet and every sheet names the organisation it is for.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { parse } from 'node-html-parser';
import { extractText, getDocumentProxy } from 'unpdf';
import { expect, test } from '../helpers/fixtures';
import { DIST_EIS } from '../helpers/paths';
import { markFigureEdges, sheetFills, splitFigures, thinSheets } from '../helpers/pdf';
import { KEYS } from '../../src/lib/storage/keys';
import { PLAN_SHEET_FILE } from '../../src/features/print/sheet-file';

const ORIGIN = 'https://eis.example.org';
// PDF text breaks lines after a hyphen («Web-» / «Торги-КС»): a hyphen never takes a space after it here.
const squash = (text: string) => text.replace(/\s+/g, ' ').replace(/- /g, '-').trim();

/** A typical plan: send documents, services by token, ЭДО (guides https, wtks, token, edo). */
const ANSWERS = { needs: ['send', 'services', 'activation'], ris: 'no' };
const PLAN_GUIDES = ['https', 'wtks', 'token', 'edo'];

type File = { guides: Record<string, { warnings: string[]; steps: Record<string, string> }> };
const sheetFile = (): File =>
  JSON.parse(readFileSync(path.join(DIST_EIS, PLAN_SHEET_FILE), 'utf8')) as File;

/** The figure captions the build cut for the plan's steps. */
function planCaptions(): string[] {
  const { guides } = sheetFile();
  return PLAN_GUIDES.flatMap((key) =>
    Object.values(guides[key]?.steps ?? {}).flatMap((html) =>
      parse(html)
        .querySelectorAll('figcaption')
        .map((c) => squash(c.text)),
    ),
  );
}

async function sheetTexts(pdf: Uint8Array): Promise<string[]> {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(doc, { mergePages: false });
  return text.map(squash);
}

/** Open «Мой прогресс» with the reader's data in storage; window.print only marks the page. */
async function openProgress(page: Page, url: string, entries: [string, string][]) {
  await page.context().addInitScript((list) => {
    if (sessionStorage.getItem('test-seeded')) return;
    sessionStorage.setItem('test-seeded', '1');
    for (const [key, value] of list) localStorage.setItem(key, value);
    // The test prints with page.pdf(); the dialog itself is the browser's.
    window.print = () => document.documentElement.setAttribute('data-test-printed', '');
  }, entries);
  await page.goto(url);
  await expect(page.locator('.eis-progress__plan ol > li[data-plan-guide]').first()).toBeVisible();
}

async function print(page: Page) {
  const button = page.getByRole('button', { name: 'Распечатать мой план' });
  await expect(button).toBeEnabled();
  await button.click();
  await expect(page.locator('html[data-test-printed]')).toHaveCount(1, { timeout: 20_000 });
}

const plan = JSON.stringify({ v: 1, data: ANSWERS });

test.describe('«Распечатать мой план»: the plan sheet on paper', () => {
  test('a typical plan: steps with warnings and figures, compact, no split figure, full address', async ({
    page,
    site,
    watch,
  }) => {
    test.setTimeout(120_000);
    const captions = planCaptions();
    expect(captions.length).toBeGreaterThanOrEqual(8);
    await openProgress(page, site.url('/tools/progress/'), [
      [KEYS.plan, plan],
      [`${KEYS.tickPrefix}https-credentials:https-login-eis-cabinet`, '1'],
    ]);
    await expect(page.getByRole('checkbox', { name: 'для всех организаций' })).toBeHidden();
    await print(page);

    // In print media the sheet alone is shown, with its figures drawn.
    await page.emulateMedia({ media: 'print' });
    const sheet = page.locator('.eis-plan-sheet');
    await expect(sheet).toBeVisible();
    await expect(page.locator('main')).toBeHidden();
    const figures = sheet.locator('figure.eis-figure');
    await expect(figures).toHaveCount(captions.length);
    await markFigureEdges(figures);

    const pdf = await page.pdf({ format: 'A4' });
    const sheets = await sheetTexts(pdf);
    const all = sheets.join(' ');
    for (const c of captions) expect(all, c).toContain(c);
    // The warnings of the password steps, and what the figure says about «Сохранить».
    expect(all).toContain('Каждое нажатие — новый пароль');
    expect(all).toContain('Пароль меняется при каждом открытии окна');
    expect(all).toContain('не нажимайте: пароль снова изменится');
    expect(all).toContain('☑ 1.');
    expect(all).not.toContain('Все чек-листы');

    const split = splitFigures(sheets, captions.length);
    expect(split, 'figures split across sheets').toEqual([]);

    // Not mostly blank: every sheet but the last at least half full.
    const fills = await sheetFills(pdf);
    const thin = thinSheets(fills);
    expect(thin, `sheets under half full (of ${fills.join(', ')})`).toEqual([]);
    sheets.forEach((s, i) =>
      expect(s, `sheet ${i + 1}`).toContain(`${ORIGIN}/eis/tools/progress/`),
    );
    expect(all).toContain(`${ORIGIN}/eis/connect/https-credentials/`);
    expect(watch.errors).toEqual([]);
  });

  test('«для всех организаций»: one organisation per sheet, its name on every sheet', async ({
    page,
    site,
    watch,
  }) => {
    test.setTimeout(120_000);
    const orgs = [
      { id: '', name: 'Централизованная бухгалтерия' },
      { id: 'o-gym16aaaa', name: 'Гимназия-16' },
    ];
    await openProgress(page, site.url('/tools/progress/'), [
      ['eis:v1:orgs', JSON.stringify({ v: 1, data: { orgs } })],
      [KEYS.plan, plan],
      ['eis:o-gym16aaaa:v1:plan', JSON.stringify({ v: 1, data: { needs: ['activation'] } })],
    ]);
    const all = page.getByRole('checkbox', { name: 'для всех организаций' });
    await expect(all).toBeEnabled();
    await all.check();
    await print(page);

    const sheets = await sheetTexts(await page.pdf({ format: 'A4' }));
    const first = 'Организация: Централизованная бухгалтерия';
    const second = 'Организация: Гимназия-16';
    // Every sheet names exactly one organisation; the first organisation's sheets come first.
    const owners = sheets.map((s, i) => {
      const names = [first, second].filter((n) => s.includes(n));
      expect(names, `sheet ${i + 1}`).toHaveLength(1);
      return names[0];
    });
    const start = owners.indexOf(second);
    expect(start).toBeGreaterThan(0);
    expect(owners.slice(0, start).every((o) => o === first)).toBe(true);
    expect(owners.slice(start).every((o) => o === second)).toBe(true);
    // The second organisation's own plan: ЭДО only.
    const gym = sheets.slice(start).join(' ');
    expect(gym).toContain('1. Идентификатор участника ЭДО');
    // No other guide is a part of its sheets (a warning may still name one): a part is its
    // number, its title and its full address.
    expect(gym).not.toMatch(/\d\. Логин и пароль ЕИС для интеграции по HTTPS https:/);
    expect(sheets.slice(0, start).join(' ')).toMatch(
      /\d\. Логин и пароль ЕИС для интеграции по HTTPS https:/,
    );
    expect(watch.errors).toEqual([]);
  });
});
