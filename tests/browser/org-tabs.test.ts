/**
 * Issue 22: two tabs (two pages of one context) acting for different organisations. What runs
 * before the first paint — the expiry notice's precheck, the plan panel, the tree's resume line —
 * reads each tab's own organisation, exactly as the islands do; and where the reader acts on a
 * plan (the guides' plan panel, «С чего начать») the switcher «Вы отмечаете для:» shows, only
 * with two or more organisations, from the keyboard, without moving anything, passing axe.
 */
import { expect, test } from '../helpers/fixtures';
import type { BrowserContext, Page } from '@playwright/test';
import { FROZEN, freezeClock, isoFromToday } from '../helpers/clock';
import { builtGuides } from '../helpers/built-guides';
import { DIST } from '../helpers/paths';
import { axeViolations } from '../helpers/axe';

const G = builtGuides(DIST);
const TOKEN = G['token']!.href;
const START = '/tools/start/';

const wrap = (data: unknown) => JSON.stringify({ v: 1, data });
const reminder = (kind: string, days: number) =>
  wrap({ kind, label: '', date: isoFromToday(days), seq: 0 });

/**
 * The first organisation: send + services without РИС (https → wtks → token: the token guide is
 * step 3 of 3) and a token reminder 40 days off (not due). Гимназия-16: services without РИС
 * (the token guide is its one step) and an ЭДО reminder due in 5 days.
 */
const STORED: Record<string, string> = {
  'eis:v1:orgs': wrap({
    orgs: [
      { id: '', name: 'Моя организация' },
      { id: 'o-gym16', name: 'Гимназия-16' },
    ],
  }),
  'eis:v1:plan': wrap({ needs: ['send', 'services'], ris: 'no' }),
  'eis:v2:reminder:r-first001': reminder('token', 40),
  'eis:o-gym16:v1:plan': wrap({ needs: ['services'], ris: 'no' }),
  'eis:o-gym16:v2:reminder:r-gym16001': reminder('edo', 5),
};

/** The reader's data, once per context (never over what a tab wrote since). */
async function seed(context: BrowserContext, entries: Record<string, string> = STORED) {
  await freezeClock(context);
  await context.addInitScript((items: Record<string, string>) => {
    try {
      if (localStorage.getItem('eis:seeded')) return;
      localStorage.setItem('eis:seeded', '1');
      for (const [k, v] of Object.entries(items)) localStorage.setItem(k, v);
    } catch {
      // about:blank has no storage
    }
  }, entries);
}

/** A second tab of the context acting for Гимназия-16 (sessionStorage is per tab). */
async function gymTab(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('eis:v1:org')) sessionStorage.setItem('eis:v1:org', 'o-gym16');
  });
  return page;
}

/** Only the inline scripts run: every module of the site is refused. */
const inlineOnly = (page: Page) => page.route('**/_astro/*.js', (route) => route.abort());

const notice = (page: Page) => page.locator('eis-expiry-notice');
const panel = (page: Page) => page.locator('eis-plan-panel');
const where = (page: Page) => page.locator('eis-plan-panel .eis-plan-panel__where strong');
const switcher = (page: Page) => page.getByRole('combobox', { name: 'Вы отмечаете для:' });

test.describe('two tabs, two organisations', () => {
  test.use(FROZEN.context);

  test('before any module runs, the inline scripts read each tab’s own organisation', async ({
    context,
    page: first,
    site,
  }) => {
    await seed(context);
    const gym = await gymTab(context);
    await inlineOnly(first);
    await inlineOnly(gym);

    await first.goto(site.url(TOKEN));
    await gym.goto(site.url(TOKEN));
    // The expiry notice: the first organisation's reminder is not due, Гимназия-16's is.
    await expect(notice(first)).toBeHidden();
    await expect(notice(first)).toHaveAttribute('data-reminders', '');
    await expect(notice(gym)).toBeVisible();
    // The plan panel: each tab's own plan.
    await expect(where(first)).toHaveText('Ваш план: шаг 3 из 3');
    await expect(where(gym)).toHaveText('Ваш план: шаг 1 из 1');
    // With two organisations, the switcher's line is kept on the panel from the first paint.
    await expect(panel(first)).toHaveAttribute('data-orgs', '');

    // The tree's resume line: only Гимназия-16 has a plan once the first organisation's is gone.
    await first.evaluate(() => localStorage.removeItem('eis:v1:plan'));
    await first.goto(site.url(START));
    await gym.goto(site.url(START));
    await expect(first.locator('eis-tree')).not.toHaveAttribute('data-resume');
    await expect(gym.locator('eis-tree')).toHaveAttribute('data-resume', '');
    await expect(gym.locator('eis-tree')).toHaveAttribute('data-orgs', '');
  });

  test('with the islands: each tab’s notice, plan panel, resume line and switcher', async ({
    context,
    page: first,
    site,
    watch,
  }) => {
    await seed(context);
    const gym = await gymTab(context);
    await first.goto(site.url(TOKEN));
    await gym.goto(site.url(TOKEN));
    await expect(notice(gym)).toContainText('истекает через 5 дней');
    await expect(notice(first)).toBeHidden();
    await expect(where(first)).toHaveText('Ваш план: шаг 3 из 3');
    await expect(where(gym)).toHaveText('Ваш план: шаг 1 из 1');
    // The switcher on the plan panel (and beside the checklist) names each tab's organisation.
    await expect(panel(first).getByRole('combobox', { name: 'Вы отмечаете для:' })).toHaveValue('');
    await expect(panel(gym).getByRole('combobox', { name: 'Вы отмечаете для:' })).toHaveValue(
      'o-gym16',
    );

    await first.goto(site.url(START));
    await gym.goto(site.url(START));
    const resume = (page: Page) => page.locator('[data-resume-where]');
    await expect(resume(first)).toHaveText('Ваш план: шаг 1 из 3');
    await expect(resume(gym)).toHaveText('Ваш план: шаг 1 из 1');
    await expect(switcher(first)).toHaveValue('');
    await expect(switcher(gym)).toHaveValue('o-gym16');
    await expect(switcher(gym).locator('option:checked')).toHaveText('Гимназия-16');
    expect(watch.errors).toEqual([]);
  });
});

test.describe('the switcher on the plan panel and on «С чего начать»', () => {
  test.use(FROZEN.context);

  test('one organisation: no switcher and no kept line', async ({ context, page, site }) => {
    const one = Object.fromEntries(
      Object.entries(STORED).filter(([k]) => !k.startsWith('eis:o-') && k !== 'eis:v1:orgs'),
    );
    await seed(context, one);
    await page.goto(site.url(TOKEN));
    await expect(where(page)).toHaveText('Ваш план: шаг 3 из 3');
    await expect(panel(page)).not.toHaveAttribute('data-orgs');
    await page.goto(site.url(START));
    await expect(page.locator('[data-resume-where]')).toHaveText('Ваш план: шаг 1 из 3');
    await expect(page.locator('eis-tree')).not.toHaveAttribute('data-orgs');
    await expect(switcher(page)).toHaveCount(0);
  });

  for (const path of [TOKEN, START]) {
    test(`${path}: from the keyboard, with axe, and nothing moves`, async ({
      context,
      page,
      site,
    }) => {
      await seed(context);
      // Layout shifts from the first paint on (not caused by input).
      await context.addInitScript(() => {
        const win = window as unknown as { __cls: () => number };
        let cls = 0;
        const add = (list: PerformanceEntryList) => {
          for (const e of list as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
            if (!e.hadRecentInput) cls += e.value;
        };
        const observer = new PerformanceObserver((l) => add(l.getEntries()));
        observer.observe({ type: 'layout-shift', buffered: true });
        win.__cls = () => (add(observer.takeRecords()), cls);
      });
      await page.setViewportSize({ width: 320, height: 640 });
      // The switcher's module is held until the page has painted, as on a slow connection.
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/boot\.[\w-]+\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      const painted = () =>
        page.evaluate(
          () =>
            new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
        );
      await page.goto(site.url(path), { waitUntil: 'domcontentloaded' });
      await expect(page.locator(path === START ? 'eis-tree' : 'eis-plan-panel')).toHaveAttribute(
        'data-orgs',
        '',
      );
      await painted();
      await expect(switcher(page)).toHaveCount(0);
      // What follows the switcher's line (below the fold, CLS would not see it move).
      const below = page.locator('.eis-org-slot--line + *').first();
      const top = async () => (await below.boundingBox())?.y;
      const before = await top();
      expect(before).toBeDefined();
      release();
      // The first of the page's switchers: the plan panel's, or the tree's above the questions.
      const select = switcher(page).first();
      await expect(select).toBeVisible();
      await expect(select).toHaveValue('');
      await painted();
      expect(await top()).toBe(before);
      expect(
        await page.evaluate(() => (window as unknown as { __cls: () => number }).__cls()),
      ).toBe(0);
      expect(await axeViolations(page)).toEqual([]);

      // Keyboard: focus it and choose the next organisation; the page loads again for it.
      await select.focus();
      await expect(select).toBeFocused();
      await Promise.all([page.waitForEvent('load'), page.keyboard.press('ArrowDown')]);
      await expect(switcher(page).first()).toHaveValue('o-gym16');
      if (path === TOKEN) await expect(where(page)).toHaveText('Ваш план: шаг 1 из 1');
      else await expect(page.locator('[data-resume-where]')).toHaveText('Ваш план: шаг 1 из 1');
      expect(page.url()).not.toContain('o-gym16');
    });
  }
});
