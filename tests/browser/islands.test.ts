/**
 * The islands as a reader uses them, in Chromium over the built site: checklists that remember,
 * broken or unavailable storage, the expiry reminder and site-wide notice, the decision tree,
 * and «Мой прогресс» export / import / reset. axe runs in the states these reach.
 */
import { expect, test, type Site } from '../helpers/fixtures';
import { tickStep } from '../helpers/ticks';
import type { Download, Page } from '@playwright/test';
import { axeViolations } from '../helpers/axe';
import { FROZEN, freezeClock, isoFromToday } from '../helpers/clock';

const GUIDE = '/services/token/';

/** A download's bytes (read through Playwright, so it works with the shared remote browser). */
async function downloaded(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const checkbox = (page: Page, step: string) => page.locator(`#${step} .eis-step__check`);

test.describe('checklists', () => {
  test('a tick survives a reload and shows in another open tab', async ({
    page,
    context,
    site,
    watch,
  }) => {
    await page.goto(site.url(GUIDE));
    const other = await context.newPage();
    await other.goto(site.url(GUIDE));
    await checkbox(page, 'token-eis-save').check();
    await expect(page.locator('.eis-checklist__progress')).toHaveText(/^Выполнено 1 из \d+$/);
    await other.waitForFunction(
      () =>
        (document.querySelector('#token-eis-save .eis-step__check') as HTMLInputElement).checked,
    );
    await page.reload();
    await expect(checkbox(page, 'token-eis-save')).toBeChecked();
    expect(await axeViolations(page)).toEqual([]);
    expect(watch.errors).toEqual([]);
  });

  test('the step checkbox is named by the step text and each step can be linked to', async ({
    page,
    site,
  }) => {
    await page.goto(site.url(`${GUIDE}#token-eis-save`));
    const name = await checkbox(page, 'token-eis-save').evaluate((el) => {
      const id = el.getAttribute('aria-labelledby')!;
      return document.getElementById(id)?.textContent ?? '';
    });
    expect(name).toMatch(/Сохранить/);
    expect(await page.evaluate(() => location.hash)).toBe('#token-eis-save');
  });

  test('reset asks for confirmation', async ({ page, site }) => {
    await page.goto(site.url(GUIDE));
    await checkbox(page, 'token-eis-save').check();
    await page.getByRole('button', { name: 'Сбросить отметки' }).click();
    await page.getByRole('button', { name: 'Отмена' }).click();
    await expect(checkbox(page, 'token-eis-save')).toBeChecked();
    await page.getByRole('button', { name: 'Сбросить отметки' }).click();
    await page.getByRole('button', { name: 'Да, сбросить' }).click();
    await expect(checkbox(page, 'token-eis-save')).not.toBeChecked();
  });

  for (const [what, raw] of [
    ['invalid JSON', '{'],
    ['null', 'null'],
    ['a number', '42'],
    ['an empty string', ''],
    ['an unknown version', '{"v":2,"data":{"token":["token-eis-save"]}}'],
    ['the wrong shape', '{"v":1,"data":{"token":"token-eis-save"}}'],
  ] as const) {
    test(`a broken stored value (${what}) causes no error and ticking still works`, async ({
      context,
      page,
      site,
      watch,
    }) => {
      await context.addInitScript(
        ([value]) => {
          for (const key of [
            'eis:v1:ticks',
            'eis:v1:reminders',
            'eis:v1:plan',
            'starlight-theme',
          ]) {
            localStorage.setItem(key, value!);
          }
        },
        [raw],
      );
      for (const path of [GUIDE, '/', '/tools/progress/', '/tools/reminder/']) {
        await page.goto(site.url(path));
      }
      await page.goto(site.url(GUIDE));
      await checkbox(page, 'token-eis-save').check();
      await expect(page.locator('.eis-checklist__progress')).toHaveText(/^Выполнено 1 из/);
      expect(watch.errors).toEqual([]);
    });
  }

  // Round 27's red team: one tick key with a list named «constructor» (which the v1 migration
  // itself once wrote) made every island throw on every page.
  test('a stored list named «constructor» causes no error and the real tick is kept', async ({
    context,
    page,
    site,
    watch,
  }) => {
    await context.addInitScript(() => {
      localStorage.setItem('eis:v2:tick:constructor:x', '1');
      localStorage.setItem(
        'eis:v1:ticks',
        '{"v":1,"data":{"constructor":["x"],"token":["token-eis-save"]}}',
      );
    });
    for (const path of ['/', '/tools/progress/', GUIDE]) await page.goto(site.url(path));
    await expect(checkbox(page, 'token-eis-save')).toBeChecked();
    expect(watch.errors).toEqual([]);
  });

  /**
   * A module that loads but throws as it runs (a built-in an old browser lacks): no element is
   * defined, no `error` reaches the <script>. Once the page's modules have settled, the inline
   * watchdog says so in the checklist, and a tick made then is marked as not saved. Its selector
   * once matched only `data-island-writes=""`, while Astro writes `data-island-writes="true"`.
   */
  for (const [how, fulfil] of [
    ['throws as it runs', { contentType: 'text/javascript', body: 'throw new Error("old");' }],
    ['does not load', { status: 404, body: '' }],
  ] as const) {
    test(`the checklist's module ${how}: a quiet notice, and a tick shows as not saved`, async ({
      page,
      site,
    }) => {
      await page.route(/\/Checklist\.astro[^/]*\.js$/, (route) => route.fulfill(fulfil));
      await page.goto(site.url(GUIDE));
      const list = page.locator('eis-checklist').first();
      await expect(list.getByRole('status').first()).toHaveText(/не загрузился скрипт страницы/);
      const step = page.locator('#token-eis-save');
      await step.locator('.eis-step__check').check();
      await expect(step).toContainText('(не сохранено)');
    });
  }

  const unavailable = {
    blocked: () => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    },
    'blocked at every call': () => {
      for (const method of ['getItem', 'setItem', 'removeItem', 'key', 'clear'] as const) {
        Storage.prototype[method] = function () {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        };
      }
    },
    full: () => {
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    },
  };

  for (const kind of Object.keys(unavailable) as (keyof typeof unavailable)[]) {
    test(`storage ${kind}: no page error, ticks work for the visit with a quiet notice, theme still switches`, async ({
      context,
      page,
      site,
      watch,
    }) => {
      await context.addInitScript(unavailable[kind]);
      await page.goto(site.url(GUIDE));
      await checkbox(page, 'token-eis-save').check();
      await expect(page.locator('.eis-checklist__progress')).toHaveText(/^Выполнено 1 из/);
      await expect(page.locator('.eis-checklist__notice').first()).toHaveText(
        /не даёт сайту сохранять/,
      );
      const theme = page.locator('starlight-theme-select select').first();
      await theme.selectOption('light');
      await theme.selectOption('dark');
      await expect
        .poll(() => page.evaluate(() => document.documentElement.dataset['theme']))
        .toBe('dark');
      for (const path of ['/', '/tools/reminder/', '/tools/progress/', '/tools/start/']) {
        await page.goto(site.url(path));
      }
      expect(watch.errors).toEqual([]);
    });
  }
});

test.describe('expiry reminder', () => {
  // The frozen clock: the reminder's day counts depend on today.
  test.use(FROZEN.context);
  test.beforeEach(async ({ context }) => freezeClock(context));

  async function addReminder(page: Page, site: Site, days: number) {
    await page.goto(site.url('/tools/reminder/'));
    const form = page.locator('eis-reminder form').first();
    await form.getByLabel('Дата окончания срока действия').fill(isoFromToday(days));
    await form.getByRole('button', { name: 'Добавить напоминание' }).click();
  }

  test('10 days ahead reads «через 10 дней» here, after a reload and on the home page', async ({
    page,
    watch,
    site,
  }) => {
    await addReminder(page, site, 10);
    const list = page.locator('.eis-reminder__list').first();
    await expect(list).toContainText('истекает через 10 дней');
    await page.reload();
    await expect(list).toContainText('истекает через 10 дней');
    await page.goto(site.url('/'));
    const notice = page.locator('eis-expiry-notice');
    await notice.waitFor({ state: 'visible' });
    await expect(notice).toContainText('истекает через 10 дней');
    await expect(notice.getByRole('link', { name: 'Напоминания (1)' })).toHaveAttribute(
      'href',
      '/tools/reminder/',
    );
    await expect(
      notice.getByRole('link', { name: 'Уже продлил — указать новую дату' }),
    ).toHaveAttribute('href', /^\/tools\/reminder\/#edit-r-[a-z0-9]+$/);
    expect(await axeViolations(page)).toEqual([]);
    expect(watch.errors).toEqual([]);
  });

  test('a past date reads «истёк … назад»; the stored data holds only kind, label and date', async ({
    page,
    site,
  }) => {
    await addReminder(page, site, -3);
    await expect(page.locator('.eis-reminder__list').first()).toContainText('истёк 3 дня назад');
    const stored = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('eis:v2:reminder:'))
        .map((k) => JSON.parse(localStorage.getItem(k)!)),
    );
    expect(stored).toHaveLength(1);
    expect(Object.keys(stored[0].data).sort()).toEqual(['date', 'kind', 'label', 'seq']);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('an empty date gets a message and stores nothing', async ({ page, site }) => {
    await page.goto(site.url('/tools/reminder/'));
    await page
      .locator('eis-reminder form')
      .first()
      .getByRole('button', { name: 'Добавить напоминание' })
      .click();
    await expect(page.locator('.eis-reminder__error').first()).toHaveText(/Укажите дату/);
    await expect
      .poll(() =>
        page.evaluate(() => Object.keys(localStorage).some((k) => k.includes(':reminder'))),
      )
      .toBe(false);
  });

  test('«Добавить в календарь» downloads a valid .ics file', async ({ page, site }) => {
    await addReminder(page, site, 45);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('button', { name: /^Добавить в календарь/ })
        .first()
        .click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^eis-token-\d{4}-\d{2}-\d{2}\.ics$/);
    const text = (await downloaded(download)).toString('utf8');
    expect(text).toContain(`DTSTART;VALUE=DATE:${isoFromToday(45).replace(/-/g, '')}`);
    expect(text).toContain('TRIGGER:-P29DT15H'); // 09:00, 30 days before
    expect(text.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
  });
});

test.describe('decision tree', () => {
  const next = (page: Page) => page.getByRole('button', { name: 'Далее' }).first();
  const planLinks = (page: Page) =>
    page
      .locator('.eis-tree__plan > li > a:first-child')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

  test('walks to the token plan, steps back with «Назад» and the browser back button', async ({
    page,
    site,
    watch,
  }) => {
    await page.goto(site.url('/tools/start/'));
    await page.getByLabel('Получать данные через сервисы ЕИС').check();
    await next(page).click();
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?need=services');
    await expect(page.locator('fieldset[data-q="ris"] .eis-tree__help').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page
      .getByRole('group', { name: /Зарегистрирована ли Система/ })
      .getByLabel('Нет', { exact: true })
      .check();
    await next(page).click();
    await expect.poll(() => planLinks(page)).toEqual(['/services/token/']);
    expect(await axeViolations(page)).toEqual([]);
    await page.goBack();
    await expect(page.getByRole('group', { name: /Зарегистрирована ли Система/ })).toBeVisible();
    await page.getByRole('button', { name: 'Назад' }).first().click();
    await expect(page.getByRole('group', { name: /Что вам нужно сделать/ })).toBeVisible();
    expect(watch.errors).toEqual([]);
  });

  for (const [query, expected] of [
    ['?need=services&ris=yes&roles=yes', ['/services/ris-rights/']],
    ['?need=send', ['/connect/https-credentials/', '/connect/web-torgi-ks/']],
    ['?need=rereg,send', ['/connect/re-registration/']],
    ['?need=services&ris=unknown', ['/services/overview/']],
    ['?need=activation', ['/activation/edo-identifier/']],
    ['?need=support', ['/reference/troubleshooting/', '/support/create-request/']],
  ] as const) {
    // Only a load and a read: the worker's visitor page (tests/helpers/fixtures.ts).
    test(`the URL ${query} opens its plan directly`, async ({ visitor: { page }, site }) => {
      await page.goto(site.url(`/tools/start/${query}`));
      await expect.poll(() => planLinks(page)).toEqual(expected);
    });
  }

  test('the plan is remembered and «Мой прогресс» shows it first', async ({ page, site }) => {
    await page.goto(site.url('/?need=activation'));
    await page.locator('.eis-tree__plan a').first().waitFor();
    await page.getByRole('button', { name: 'Сделать этим планом' }).first().click();
    await page.goto(site.url('/tools/progress/'));
    const plan = page.locator('.eis-progress__plan');
    await plan.waitFor({ state: 'visible' });
    await expect(plan).toContainText('Идентификатор участника ЭДО');
  });
});

test.describe('«Мой прогресс»', () => {
  test('export, then import, then reset', async ({ page, site, watch }) => {
    await page.goto(site.url(GUIDE));
    await tickStep(page, 'token-eis-save');
    await page.goto(site.url('/tools/progress/'));
    const row = page.locator('[data-checklist="token"]');
    await expect(row.locator('.eis-progress__status')).toContainText('В процессе');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Скачать прогресс' }).click(),
    ]);
    const file = await downloaded(download);
    const data = JSON.parse(file.toString('utf8'));
    expect(data.ticks).toEqual({ token: ['token-eis-save'] });

    await page.getByRole('button', { name: 'Сбросить всё' }).click();
    await page.getByRole('button', { name: 'Да, сбросить всё' }).click();
    await expect(row.locator('.eis-progress__status')).toContainText('Не начато');

    await page.locator('input[type="file"]').setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"x"}'),
    });
    await page.locator('.eis-progress__error', { hasText: 'Файл не загружен' }).waitFor();
    await page.locator('input[type="file"]').setInputFiles({
      name: download.suggestedFilename(),
      mimeType: 'application/json',
      buffer: file,
    });
    await page.getByRole('button', { name: 'Объединить' }).click();
    await row.locator('.eis-progress__count', { hasText: /^1 из/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});

test.describe('axe in the islands’ states, dark theme', () => {
  test.use({ ...FROZEN.context, colorScheme: 'dark' });
  test('reminder list and notice, plan, progress statuses and the storage notice have no violations', async ({
    context,
    page,
    site,
  }) => {
    // Five pages and six axe runs in one test: triple the time a single-page test gets.
    test.slow();
    await freezeClock(context);
    await context.addInitScript(
      ([soon, past]) => {
        localStorage.setItem(
          'eis:v1:reminders',
          JSON.stringify({
            v: 1,
            data: [
              { id: 'r-a', kind: 'token', label: 'Отдел закупок', date: soon, seq: 0 },
              { id: 'r-b', kind: 'edo', label: '', date: past, seq: 1 },
            ],
          }),
        );
        localStorage.setItem(
          'eis:v1:ticks',
          JSON.stringify({
            v: 1,
            data: { token: ['token-eis-save'], 'edo-identifier': ['edo-login-admin-or-head'] },
          }),
        );
      },
      [isoFromToday(3), isoFromToday(-2)],
    );
    for (const path of [
      '/tools/reminder/',
      '/tools/start/?need=services,activation,support&ris=yes&roles=yes',
      '/tools/progress/',
      '/services/token/',
    ]) {
      await page.goto(site.url(path));
      await page.locator('eis-expiry-notice').waitFor({ state: 'visible' });
      expect(await axeViolations(page)).toEqual([]);
    }
    await page.goto(site.url('/tools/start/?need=services'));
    await page.getByRole('radio', { name: 'Не знаю' }).check();
    await page.getByRole('button', { name: 'Далее' }).click();
    expect(await axeViolations(page)).toEqual([]);
  });
});
