/**
 * Many organisations in Chromium: two tabs acting for different organisations, each keeping its
 * own ticks; the switcher «Вы отмечаете для:» beside the checklist (a labelled native select,
 * keyboard, axe); a reader with one organisation sees no switcher.
 */
import { expect, test } from '../helpers/fixtures';
import type { BrowserContext, Page } from '@playwright/test';
import { axeViolations } from '../helpers/axe';

const GUIDE = '/services/token/';
const REGISTRY = JSON.stringify({
  v: 1,
  data: {
    orgs: [
      { id: '', name: 'Моя организация' },
      { id: 'o-gym16', name: 'Гимназия-16' },
    ],
  },
});

/** The reader has two organisations (set once per context, never over what a tab wrote). */
const twoOrgs = (context: BrowserContext) =>
  context.addInitScript((registry: string) => {
    try {
      if (!localStorage.getItem('eis:v1:orgs')) localStorage.setItem('eis:v1:orgs', registry);
    } catch {
      // about:blank has no storage
    }
  }, REGISTRY);

const switcher = (page: Page) => page.getByRole('combobox', { name: 'Вы отмечаете для:' });
const steps = (page: Page) => page.locator('eis-checklist li.eis-step input[type="checkbox"]');

test('one organisation: no switcher beside the checklist', async ({ page, site }) => {
  await page.goto(site.url(GUIDE));
  await expect(steps(page).first()).toBeEnabled();
  await expect(switcher(page)).toHaveCount(0);
});

test('two tabs act for different organisations and keep their own ticks', async ({
  page: a,
  context,
  site,
}) => {
  await twoOrgs(context);
  await a.goto(site.url(GUIDE));
  await expect(switcher(a)).toHaveValue('');
  // Tab A switches to Гимназия-16 (the page loads again for it) and ticks the first step.
  await Promise.all([a.waitForEvent('load'), switcher(a).selectOption({ label: 'Гимназия-16' })]);
  await expect(switcher(a)).toHaveValue('o-gym16');
  await steps(a).nth(0).check();

  // Tab B, opened on its own, acts for the first organisation: no tick there.
  const b = await context.newPage();
  await b.goto(site.url(GUIDE));
  await expect(switcher(b)).toHaveValue('');
  await expect(steps(b).nth(0)).toBeEnabled();
  await expect(steps(b).nth(0)).not.toBeChecked();
  await steps(b).nth(1).check();

  // Each tab still acts for its own organisation after the other's change.
  await a.reload();
  await expect(switcher(a)).toHaveValue('o-gym16');
  await expect(steps(a).nth(0)).toBeChecked();
  await expect(steps(a).nth(1)).not.toBeChecked();
  const keys = await a.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.includes(':tick:')),
  );
  expect(keys.some((k) => k.startsWith('eis:o-gym16:v2:tick:'))).toBe(true);
  expect(keys.some((k) => k.startsWith('eis:v2:tick:'))).toBe(true);
  // Nothing about organisations in the address.
  expect(a.url()).not.toContain('o-gym16');
});

test('the switcher works from the keyboard and passes axe', async ({ page, context, site }) => {
  await twoOrgs(context);
  await page.goto(site.url(GUIDE));
  const select = switcher(page);
  await expect(select).toBeVisible();
  await select.focus();
  await expect(select).toBeFocused();
  await Promise.all([page.waitForEvent('load'), page.keyboard.press('ArrowDown')]);
  await expect(switcher(page)).toHaveValue('o-gym16');
  expect(await axeViolations(page)).toEqual([]);
});

test('the first organisation added shows the switcher at once; the tab’s own cannot be removed from it', async ({
  page,
  site,
}) => {
  await page.goto(site.url('/tools/progress/'));
  await page.getByLabel('Название организации').fill('Гимназия-16');
  await page.getByRole('button', { name: 'Добавить организацию' }).click();
  // No reload: the header's switcher comes with the first organisation added.
  await expect(switcher(page)).toHaveValue('');
  await expect(page.getByRole('button', { name: 'Удалить «Гимназия-16»' })).toBeVisible();
  await Promise.all([
    page.waitForEvent('load'),
    switcher(page).selectOption({ label: 'Гимназия-16' }),
  ]);
  await expect(switcher(page)).toHaveValue(/^o-/);
  // Removing it here would switch the tab at once and lose «Вернуть»: chosen away from first.
  const row = page.locator('.eis-orgs__list li').filter({ hasText: 'Гимназия-16' });
  await expect(row).toContainText('выберите другую в «Вы отмечаете для:»');
  await expect(page.getByRole('button', { name: 'Удалить «Гимназия-16»' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Переименовать «Моя организация»' })).toBeVisible();
});

test('«Мой прогресс» with organisations reflows at 320 px: the matrix scrolls in its box', async ({
  page,
  context,
  site,
}) => {
  await twoOrgs(context);
  await page.setViewportSize({ width: 320, height: 740 });
  await page.goto(site.url('/tools/progress/'));
  const table = page.locator('.eis-orgs__table');
  await expect(table).toBeVisible();
  await expect(page.getByLabel('Показать:')).toBeVisible();
  // The page itself never scrolls sideways; the matrix does, inside its box.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  const scroll = page.locator('.eis-orgs__scroll');
  expect(await scroll.evaluate((el) => getComputedStyle(el).overflowX)).toBe('auto');
  // A column keeps its words whole: «Моя организация» is not cut into letters.
  const first = table.locator('tbody th').first();
  expect(await first.evaluate((el) => el.getBoundingClientRect().width)).toBeGreaterThan(90);
  // Its cells' colours, now applied, keep their contrast: one guide begun, one done.
  await page.evaluate(() => {
    const data = JSON.parse(document.getElementById('eis-data')!.textContent!);
    const lists = Object.values(data.guides)
      .map((g) => (g as { checklist?: { id: string; steps: string[] } }).checklist)
      .filter((c) => !!c);
    localStorage.setItem(`eis:v2:tick:${lists[0]!.id}:${lists[0]!.steps[0]}`, '1');
    for (const step of lists[1]!.steps)
      localStorage.setItem(`eis:v2:tick:${lists[1]!.id}:${step}`, '1');
  });
  await page.reload();
  await expect(table.locator('td[data-status="in-progress"]')).toHaveCount(1);
  await expect(table.locator('td[data-status="done"]')).not.toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
  await page.evaluate(() => localStorage.setItem('starlight-theme', 'dark'));
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(table.locator('td[data-status="in-progress"]')).toHaveCount(1);
  expect(await axeViolations(page)).toEqual([]);
});

test('a reminder page acting for an organisation another tab removes goes back to the first', async ({
  page: a,
  context,
  site,
}) => {
  await twoOrgs(context);
  const b = await context.newPage();
  await b.goto(site.url(GUIDE));
  await Promise.all([b.waitForEvent('load'), switcher(b).selectOption({ label: 'Гимназия-16' })]);
  await b.goto(site.url('/tools/reminder/'));
  await expect(b.getByRole('button', { name: 'Добавить напоминание' })).toBeEnabled();
  // Tab A, acting for the first organisation, removes Гимназия-16.
  await a.goto(site.url('/tools/progress/'));
  await a.getByRole('button', { name: 'Удалить «Гимназия-16»' }).click();
  await Promise.all([
    b.waitForEvent('load'),
    a.getByRole('button', { name: 'Да, удалить' }).click(),
  ]);
  expect(await b.evaluate(() => sessionStorage.getItem('eis:v1:org'))).toBeNull();
});
