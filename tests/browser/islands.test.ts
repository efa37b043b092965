/**
 * The islands as a reader uses them, in Chromium over the built site: checklists that remember,
 * broken or unavailable storage, the expiry reminder and site-wide notice, the decision tree,
 * and «Мой прогресс» export / import / reset. axe runs in the states these reach.
 */
import { describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { openPage, useSite } from '../helpers/site';
import { axeViolations } from '../helpers/axe';
import { FROZEN, freezeClock, isoFromToday } from '../helpers/clock';

const site = useSite();
const GUIDE = '/services/token/';

/** A download's bytes (read through Playwright, so it works with the shared remote browser). */
async function downloaded(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const checkbox = (page: Page, step: string) => page.locator(`#${step} .eis-step__check`);

describe('checklists', () => {
  it('a tick survives a reload and shows in another open tab', async () => {
    const { context, page, watch } = await openPage(site);
    await page.goto(site.server.url(GUIDE));
    const other = await context.newPage();
    await other.goto(site.server.url(GUIDE));
    await checkbox(page, 'token-eis-save').check();
    await expect
      .poll(() => page.locator('.eis-checklist__progress').textContent())
      .toMatch(/^Выполнено 1 из \d+$/);
    await other.waitForFunction(
      () =>
        (document.querySelector('#token-eis-save .eis-step__check') as HTMLInputElement).checked,
    );
    await page.reload();
    await expect.poll(() => checkbox(page, 'token-eis-save').isChecked()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(watch.errors).toEqual([]);
    await context.close();
  });

  it('the step checkbox is named by the step text and each step can be linked to', async () => {
    const { context, page } = await openPage(site);
    await page.goto(site.server.url(`${GUIDE}#token-eis-save`));
    const name = await checkbox(page, 'token-eis-save').evaluate((el) => {
      const id = el.getAttribute('aria-labelledby')!;
      return document.getElementById(id)?.textContent ?? '';
    });
    expect(name).toMatch(/Сохранить/);
    expect(await page.evaluate(() => location.hash)).toBe('#token-eis-save');
    await context.close();
  });

  it('reset asks for confirmation', async () => {
    const { context, page } = await openPage(site);
    await page.goto(site.server.url(GUIDE));
    await checkbox(page, 'token-eis-save').check();
    await page.getByRole('button', { name: 'Сбросить отметки' }).click();
    await page.getByRole('button', { name: 'Отмена' }).click();
    await expect.poll(() => checkbox(page, 'token-eis-save').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Сбросить отметки' }).click();
    await page.getByRole('button', { name: 'Да, сбросить' }).click();
    await expect.poll(() => checkbox(page, 'token-eis-save').isChecked()).toBe(false);
    await context.close();
  });

  it.each([
    ['invalid JSON', '{'],
    ['null', 'null'],
    ['a number', '42'],
    ['an empty string', ''],
    ['an unknown version', '{"v":2,"data":{"token":["token-eis-save"]}}'],
    ['the wrong shape', '{"v":1,"data":{"token":"token-eis-save"}}'],
  ])('a broken stored value (%s) causes no error and ticking still works', async (_n, raw) => {
    const { context, page, watch } = await openPage(site);
    await context.addInitScript(
      ([value]) => {
        for (const key of ['eis:v1:ticks', 'eis:v1:reminders', 'eis:v1:plan', 'starlight-theme']) {
          localStorage.setItem(key, value!);
        }
      },
      [raw],
    );
    for (const path of [GUIDE, '/', '/tools/progress/', '/tools/reminder/']) {
      await page.goto(site.server.url(path));
    }
    await page.goto(site.server.url(GUIDE));
    await checkbox(page, 'token-eis-save').check();
    await expect
      .poll(() => page.locator('.eis-checklist__progress').textContent())
      .toMatch(/^Выполнено 1 из/);
    expect(watch.errors).toEqual([]);
    await context.close();
  });

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

  it.each(Object.keys(unavailable) as (keyof typeof unavailable)[])(
    'storage %s: no page error, ticks work for the visit with a quiet notice, theme still switches',
    async (kind) => {
      const { context, page, watch } = await openPage(site);
      await context.addInitScript(unavailable[kind]);
      await page.goto(site.server.url(GUIDE));
      await checkbox(page, 'token-eis-save').check();
      await expect
        .poll(() => page.locator('.eis-checklist__progress').textContent())
        .toMatch(/^Выполнено 1 из/);
      await expect
        .poll(() => page.locator('.eis-checklist__notice').first().textContent())
        .toMatch(/не даёт сайту сохранять/);
      const theme = page.locator('starlight-theme-select select').first();
      await theme.selectOption('light');
      await theme.selectOption('dark');
      await expect
        .poll(() => page.evaluate(() => document.documentElement.dataset['theme']))
        .toBe('dark');
      for (const path of ['/', '/tools/reminder/', '/tools/progress/', '/tools/start/']) {
        await page.goto(site.server.url(path));
      }
      expect(watch.errors).toEqual([]);
      await context.close();
    },
  );
});

describe('expiry reminder', () => {
  /** A context on the frozen clock (the reminder's day counts depend on today). */
  async function frozenPage() {
    const opened = await openPage(site, FROZEN.context);
    await freezeClock(opened.context);
    return opened;
  }

  async function addReminder(page: Page, days: number) {
    await page.goto(site.server.url('/tools/reminder/'));
    const form = page.locator('eis-reminder form').first();
    await form.getByLabel('Дата окончания срока действия').fill(isoFromToday(days));
    await form.getByRole('button', { name: 'Добавить напоминание' }).click();
  }

  it('10 days ahead reads «через 10 дней» here, after a reload and on the home page', async () => {
    const { context, page, watch } = await frozenPage();
    await addReminder(page, 10);
    const list = page.locator('.eis-reminder__list').first();
    await expect.poll(() => list.textContent()).toContain('истекает через 10 дней');
    await page.reload();
    await expect.poll(() => list.textContent()).toContain('истекает через 10 дней');
    await page.goto(site.server.url('/'));
    const notice = page.locator('eis-expiry-notice');
    await notice.waitFor({ state: 'visible' });
    await expect.poll(() => notice.textContent()).toContain('истекает через 10 дней');
    await expect
      .poll(() => notice.getByRole('link', { name: 'Открыть напоминания' }).getAttribute('href'))
      .toBe('/tools/reminder/');
    await expect
      .poll(() =>
        notice.getByRole('link', { name: 'Как получить новый токен' }).getAttribute('href'),
      )
      .toBe('/services/token/');
    expect(await axeViolations(page)).toEqual([]);
    expect(watch.errors).toEqual([]);
    await context.close();
  });

  it('a past date reads «истёк … назад»; the stored data holds only kind, label and date', async () => {
    const { context, page } = await frozenPage();
    await addReminder(page, -3);
    await expect
      .poll(() => page.locator('.eis-reminder__list').first().textContent())
      .toContain('истёк 3 дня назад');
    const stored = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('eis:v2:reminder:'))
        .map((k) => JSON.parse(localStorage.getItem(k)!)),
    );
    expect(stored).toHaveLength(1);
    expect(Object.keys(stored[0].data).sort()).toEqual(['date', 'kind', 'label', 'seq']);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('an empty date gets a message and stores nothing', async () => {
    const { context, page } = await frozenPage();
    await page.goto(site.server.url('/tools/reminder/'));
    await page
      .locator('eis-reminder form')
      .first()
      .getByRole('button', { name: 'Добавить напоминание' })
      .click();
    await expect
      .poll(() => page.locator('.eis-reminder__error').first().textContent())
      .toMatch(/Укажите дату/);
    await expect
      .poll(() =>
        page.evaluate(() => Object.keys(localStorage).some((k) => k.includes(':reminder'))),
      )
      .toBe(false);
    await context.close();
  });

  it('«Добавить в календарь» downloads a valid .ics file', async () => {
    const { context, page } = await frozenPage();
    await addReminder(page, 45);
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
    await context.close();
  });
});

describe('decision tree', () => {
  const next = (page: Page) => page.getByRole('button', { name: 'Далее' }).first();
  const planLinks = (page: Page) =>
    page
      .locator('.eis-tree__plan > li > a:first-child')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

  it('walks to the token plan, steps back with «Назад» and the browser back button', async () => {
    const { context, page, watch } = await openPage(site);
    await page.goto(site.server.url('/tools/start/'));
    await page.getByLabel('Получать данные через сервисы ЕИС').check();
    await next(page).click();
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?need=services');
    await expect
      .poll(() => page.locator('fieldset[data-q="ris"] .eis-tree__help').first().isVisible())
      .toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page
      .getByRole('group', { name: /Зарегистрирована ли Система/ })
      .getByLabel('Нет', { exact: true })
      .check();
    await next(page).click();
    await expect.poll(() => planLinks(page)).toEqual(['/services/token/']);
    expect(await axeViolations(page)).toEqual([]);
    await page.goBack();
    await expect
      .poll(() => page.getByRole('group', { name: /Зарегистрирована ли Система/ }).isVisible())
      .toBe(true);
    await page.getByRole('button', { name: 'Назад' }).first().click();
    await expect
      .poll(() => page.getByRole('group', { name: /Что вам нужно сделать/ }).isVisible())
      .toBe(true);
    expect(watch.errors).toEqual([]);
    await context.close();
  });

  it.each([
    ['?need=services&ris=yes&roles=yes', ['/services/ris-rights/']],
    ['?need=send', ['/connect/https-credentials/', '/connect/web-torgi-ks/']],
    ['?need=rereg,send', ['/connect/re-registration/']],
    ['?need=services&ris=unknown', ['/services/overview/']],
    ['?need=activation', ['/activation/edo-identifier/']],
    ['?need=support', ['/reference/troubleshooting/', '/support/create-request/']],
  ])('the URL %s opens its plan directly', async (query, expected) => {
    const { context, page } = await openPage(site);
    await page.goto(site.server.url(`/tools/start/${query}`));
    await expect.poll(() => planLinks(page)).toEqual(expected);
    await context.close();
  });

  it('the plan is remembered and «Мой прогресс» shows it first', async () => {
    const { context, page } = await openPage(site);
    await page.goto(site.server.url('/?need=activation'));
    await page.locator('.eis-tree__plan a').first().waitFor();
    await page.getByRole('button', { name: 'Сделать этим планом' }).first().click();
    await page.goto(site.server.url('/tools/progress/'));
    const plan = page.locator('.eis-progress__plan');
    await plan.waitFor({ state: 'visible' });
    await expect.poll(() => plan.textContent()).toContain('Идентификатор участника ЭДО');
    await context.close();
  });
});

describe('«Мой прогресс»', () => {
  it('export, then import, then reset', async () => {
    const { context, page, watch } = await openPage(site);
    await page.goto(site.server.url(GUIDE));
    await checkbox(page, 'token-eis-save').check();
    await page.goto(site.server.url('/tools/progress/'));
    const row = page.locator('[data-checklist="token"]');
    await expect
      .poll(() => row.locator('.eis-progress__status').textContent())
      .toContain('В процессе');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Скачать прогресс' }).click(),
    ]);
    const file = await downloaded(download);
    const data = JSON.parse(file.toString('utf8'));
    expect(data.ticks).toEqual({ token: ['token-eis-save'] });

    await page.getByRole('button', { name: 'Сбросить всё' }).click();
    await page.getByRole('button', { name: 'Да, сбросить всё' }).click();
    await expect
      .poll(() => row.locator('.eis-progress__status').textContent())
      .toContain('Не начато');

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
    await context.close();
  });
});

describe('axe in the islands’ states, dark theme', () => {
  it('reminder list and notice, plan, progress statuses and the storage notice have no violations', async () => {
    const { context, page } = await openPage(site, { ...FROZEN.context, colorScheme: 'dark' });
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
      await page.goto(site.server.url(path));
      await page.locator('eis-expiry-notice').waitFor({ state: 'visible' });
      expect(await axeViolations(page)).toEqual([]);
    }
    await page.goto(site.server.url('/tools/start/?need=services'));
    await page.getByLabel('Не знаю').check();
    await page.getByRole('button', { name: 'Далее' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
