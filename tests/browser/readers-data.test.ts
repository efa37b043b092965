/**
 * A reader's data under faults, races and slow networks, in Chromium: two tabs ticking at the
 * same millisecond, a page left open across midnight in two time zones, controls before the
 * script arrives on Slow 3G with 4× CPU, the expiry notice never covering a focused control,
 * and import that previews, merges and undoes.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, seedStorage, useSite } from '../helpers/site';
import { encodeReminder } from '../../src/features/reminders/reminder-codec';
import { KEYS } from '../../src/lib/storage/stored';
import { FROZEN, freezeClock, isoFromToday } from '../helpers/clock';

const site = useSite();
const GUIDE = '/services/token/';

const reminderKey = (id: string) => `${KEYS.reminderPrefix}${id}`;
const reminderValue = (date: string, label = '') =>
  encodeReminder({ id: 'r-x', kind: 'token', label, date, seq: 0 });

const stepIds = (page: Page) =>
  page.locator('eis-checklist li.eis-step').evaluateAll((lis) => lis.map((li) => li.id));

describe('two tabs', () => {
  it('ticks made in both tabs at once, 20 times: none lost', async () => {
    const { context, page: a, watch } = await openPage(site);
    const b = await context.newPage();
    await a.goto(site.server.url(GUIDE));
    await b.goto(site.server.url(GUIDE));
    const ids = await stepIds(a);
    expect(ids.length).toBeGreaterThanOrEqual(4);
    const toggle = (page: Page, id: string) =>
      page.evaluate((stepId) => {
        document.querySelector<HTMLInputElement>(`#${stepId} .eis-step__check`)!.click();
      }, id);
    /** What a tab shows and what storage holds for these steps. */
    const state = (page: Page, steps: string[]) =>
      page.evaluate(
        ([list, prefix]) =>
          list.map((id) => [
            document.querySelector<HTMLInputElement>(`#${id} .eis-step__check`)!.checked,
            localStorage.getItem(`${prefix}${id}`) === '1',
          ]),
        [steps, `${KEYS.tickPrefix}token:`] as const,
      );
    const expected = new Map(ids.map((id) => [id, false]));
    for (let round = 0; round < 20; round += 1) {
      const one = ids[round % ids.length]!;
      const two = ids[(round + 1 + Math.floor(round / ids.length)) % ids.length]!;
      if (one === two) continue;
      // Both clicks are sent together; each tab writes while the other's write is in flight.
      await Promise.all([toggle(a, one), toggle(b, two)]);
      expected.set(one, !expected.get(one));
      expected.set(two, !expected.get(two));
      const want = [one, two].map((id) => [expected.get(id), expected.get(id)]);
      for (const page of [a, b]) await expect.poll(() => state(page, [one, two])).toEqual(want);
    }
    // After a reload both tabs agree with what was expected, step by step.
    await a.reload();
    const after = await state(a, ids);
    expect(after.map(([, stored]) => stored)).toEqual(ids.map((id) => expected.get(id)));
    expect(watch.errors).toEqual([]);
    await context.close();
  });
});

describe('a page left open across local midnight', () => {
  it.each([
    ['Europe/Moscow', '+03:00'],
    ['Asia/Vladivostok', '+10:00'],
  ])('%s: day counts and the notice move on at midnight and on return', async (tz, offset) => {
    const { context, page, watch } = await openPage(site, { timezoneId: tz });
    // 23:59:30 local on 29.11.2026; the token expires on 30.12.2026: 31 days, then 30.
    await page.clock.install({ time: new Date(`2026-11-29T23:59:30${offset}`) });
    await seedStorage(context, { [reminderKey('r-midnight1')]: reminderValue('2026-12-30') });
    await page.goto(site.server.url('/tools/reminder/'));
    const item = page.locator('.eis-reminder__list li').first();
    await expect.poll(() => item.textContent()).toMatch(/истекает через 31 день/);
    const notice = page.locator('eis-expiry-notice');
    await expect.poll(() => notice.isHidden()).toBe(true);
    await page.clock.runFor(60_000);
    await expect.poll(() => item.textContent()).toMatch(/истекает через 30 дней/);
    await expect.poll(() => notice.isVisible()).toBe(true);
    await expect.poll(() => notice.textContent()).toMatch(/через 30 дней \(30\.12\.2026\)/);

    // A laptop asleep for two days: no timer ran; coming back to the tab updates the counts.
    await page.clock.setSystemTime(new Date(`2026-12-02T10:00:00${offset}`));
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await expect.poll(() => item.textContent()).toMatch(/истекает через 28 дней/);
    expect(watch.errors).toEqual([]);
    await context.close();
  });
});

describe('before the script arrives (Slow 3G, 4× CPU)', () => {
  it('a tick made as soon as the box shows is kept and stored; nothing submits', async () => {
    const { context, page, watch } = await openPage(site);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 400 * 5,
      downloadThroughput: ((500 * 1000) / 8) * 0.8,
      uploadThroughput: ((500 * 1000) / 8) * 0.8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    // Hold the checklist's script until the reader has ticked, so the order is certain.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/_astro/**', async (route) => {
      if (/Checklist\.astro/.test(route.request().url())) await held;
      await route.fallback();
    });
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => navigations.push(frame.url()));
    const requests: string[] = [];
    page.on('request', (req) => {
      if (req.isNavigationRequest() || req.method() !== 'GET')
        requests.push(`${req.method()} ${req.url()}`);
    });

    await page.goto(site.server.url(GUIDE), { waitUntil: 'commit' });
    const box = page.locator('#token-eis-save .eis-step__check');
    await box.waitFor({ state: 'visible', timeout: 60_000 });
    await box.check();
    // The reminder form is disabled until its script arrives: nothing to submit.
    const fieldset = page.locator('eis-reminder fieldset[data-until-ready]').first();
    expect(await fieldset.evaluate((f: HTMLFieldSetElement) => f.disabled)).toBe(true);
    expect(await page.locator('eis-reminder input[name="label"]').first().isDisabled()).toBe(true);
    release();
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('eis:v2:tick:token:token-eis-save')), {
        timeout: 60_000,
      })
      .toBe('1');
    await expect.poll(() => box.isChecked()).toBe(true);
    await page.reload();
    await expect.poll(() => box.isChecked(), { timeout: 60_000 }).toBe(true);
    for (const url of navigations) expect(new URL(url).search).toBe('');
    expect(requests.every((r) => r.startsWith('GET ') && !r.includes('?'))).toBe(true);
    expect(watch.errors).toEqual([]);
    await context.close();
  });

  it('with scripts off, the reminder form cannot submit anything', async () => {
    const { context, page } = await openPage(site, { javaScriptEnabled: false });
    await page.goto(site.server.url('/tools/reminder/'));
    const disabled = await page
      .locator('eis-reminder fieldset[data-until-ready]')
      .first()
      .evaluate((f: HTMLFieldSetElement) => f.disabled);
    expect(disabled).toBe(true);
    expect(await page.locator('eis-reminder form').first().getAttribute('method')).toBe('dialog');
    await context.close();
  });
});

describe('the expiry notice never covers a focused control', () => {
  it.each(['/services/token/', '/tools/reminder/', '/connect/web-torgi-ks/', '/'])(
    '%s at 360×740 with a reminder due in 5 days',
    async (path) => {
      const { context, page, watch } = await openPage(site, {
        ...FROZEN.context,
        viewport: { width: 360, height: 740 },
      });
      await freezeClock(context);
      await seedStorage(context, { [reminderKey('r-focus001')]: reminderValue(isoFromToday(5)) });
      await page.goto(site.server.url(path));
      await page.locator('eis-expiry-notice').waitFor({ state: 'visible' });
      let covered = 0;
      let checked = 0;
      for (let i = 0; i < 40; i += 1) {
        await page.keyboard.press('Tab');
        const hidden = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const r = el.getBoundingClientRect();
          if (r.width === 0 || r.height === 0) return null;
          const points = [
            [r.left + r.width / 2, r.top + r.height / 2],
            [r.left + 2, r.top + 2],
            [r.right - 2, r.top + 2],
            [r.left + 2, r.bottom - 2],
            [r.right - 2, r.bottom - 2],
          ].filter(([x, y]) => x! >= 0 && y! >= 0 && x! <= innerWidth && y! <= innerHeight);
          if (!points.length) return null;
          const visible = points.some(([x, y]) => {
            const hit = document.elementFromPoint(x!, y!);
            return !!hit && (hit === el || el.contains(hit) || hit.contains(el));
          });
          return !visible;
        });
        if (hidden === null) continue;
        checked += 1;
        if (hidden) covered += 1;
      }
      expect(checked).toBeGreaterThan(5);
      expect(covered).toBe(0);
      expect(watch.errors).toEqual([]);
      await context.close();
    },
  );

  it('«Скрыть на сегодня» hides it for the day on every page and moves focus to the title', async () => {
    const { context, page } = await openPage(site);
    await page.clock.install({ time: new Date('2026-11-29T10:00:00') });
    await seedStorage(context, { [reminderKey('r-hide0001')]: reminderValue('2026-12-04') });
    await page.goto(site.server.url(GUIDE));
    const notice = page.locator('eis-expiry-notice');
    await notice.waitFor({ state: 'visible' });
    await notice.getByRole('button', { name: 'Скрыть на сегодня' }).click();
    await expect.poll(() => notice.isHidden()).toBe(true);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.goto(site.server.url('/'));
    await page.getByRole('main').getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(() => page.locator('eis-expiry-notice').isHidden()).toBe(true);
    // The next day it is back.
    await page.clock.setSystemTime(new Date('2026-11-30T09:00:00'));
    await page.reload();
    await expect.poll(() => page.locator('eis-expiry-notice').isVisible()).toBe(true);
    await context.close();
  });
});

describe('import on «Мой прогресс»', () => {
  const file = (data: object) => ({
    name: 'progress.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'eis-integration-progress', v: 1, ...data })),
  });

  it('an empty file is refused and nothing is erased; a good one previews, merges and undoes', async () => {
    const { context, page, watch } = await openPage(site);
    await page.goto(site.server.url(GUIDE));
    await page.locator('#token-eis-save .eis-step__check').check();
    await page.goto(site.server.url('/tools/progress/'));
    const input = page.locator('input[data-action="import"]');
    await expect.poll(() => input.isEnabled()).toBe(true);

    await input.setInputFiles(file({ ticks: {} }));
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toMatch(/^Файл не загружен, ваш прогресс не изменён: в файле нет/);
    const tick = () =>
      page.evaluate(() => localStorage.getItem('eis:v2:tick:token:token-eis-save'));
    expect(await tick()).toBe('1');

    const ids = await page.evaluate(() => Object.keys(localStorage));
    expect(ids.length).toBeGreaterThan(0);
    await input.setInputFiles(
      file({
        ticks: { token: ['token-eis-login-org-admin'] },
        reminders: [
          { id: 'r-file0001', kind: 'edo', label: 'Из файла', date: '2027-05-01', seq: 0 },
        ],
      }),
    );
    const preview = page.getByRole('group', { name: /В файле/ });
    await expect.poll(() => preview.isVisible()).toBe(true);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent?.trim()))
      .toBe('Объединить');
    await page.getByRole('button', { name: 'Объединить' }).click();
    await expect
      .poll(() =>
        page.evaluate(() => localStorage.getItem('eis:v2:tick:token:token-eis-login-org-admin')),
      )
      .toBe('1');
    expect(await tick()).toBe('1');
    await page.getByRole('button', { name: 'Отменить сброс или загрузку' }).click();
    await expect
      .poll(() =>
        page.evaluate(() => localStorage.getItem('eis:v2:tick:token:token-eis-login-org-admin')),
      )
      .toBeNull();
    expect(await tick()).toBe('1');
    expect(
      await page.evaluate(() => localStorage.getItem('eis:v2:reminder:r-file0001')),
    ).toBeNull();
    expect(watch.errors).toEqual([]);
    await context.close();
  });
});
