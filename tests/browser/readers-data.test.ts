/**
 * A reader's data under faults, races and slow networks, in Chromium: two tabs writing while
 * each has not yet heard of the other's write, a page left open across midnight in two time zones, controls before the
 * script arrives on Slow 3G with 4× CPU, the expiry notice never covering a focused control,
 * and import that previews, merges and undoes.
 */
import { readFileSync } from 'node:fs';
import { expect, seedStorage, test } from '../helpers/fixtures';
import { tickStep } from '../helpers/ticks';
import type { Page } from '@playwright/test';
import { encodeReminder } from '../../src/features/reminders/reminder-codec';
import { KEYS } from '../../src/lib/storage/keys';
import { FROZEN, freezeClock, isoFromToday } from '../helpers/clock';

const GUIDE = '/services/token/';
/** A tick stores the hash of its step's text (src/content/checklists.lock.json). */
const HASHES = (
  JSON.parse(readFileSync('src/content/checklists.lock.json', 'utf8')) as {
    checklists: Record<string, { hashes: Record<string, string> }>;
  }
).checklists['token']!.hashes;

const reminderKey = (id: string) => `${KEYS.reminderPrefix}${id}`;
const reminderValue = (date: string, label = '') =>
  encodeReminder({ id: 'r-x', kind: 'token', label, date, seq: 0 });

const stepIds = (page: Page) =>
  page.locator('eis-checklist li.eis-step').evaluateAll((lis) => lis.map((li) => li.id));

test.describe('two tabs', () => {
  test('ticks and unticks written in both tabs, each blind to the other: none lost', async ({
    page: a,
    context,
    site,
    watch,
  }) => {
    // Each tab holds back the `storage` events that tell it about the other tab's writes, so
    // every write below is made on a view of storage that misses the other tab's latest write:
    // the race two readers' tabs can hit, made certain instead of left to timing.
    await context.addInitScript(() => {
      const held: StorageEvent[] = [];
      const win = window as unknown as { __holdStorage: boolean; __releaseStorage(): void };
      win.__holdStorage = true;
      window.addEventListener(
        'storage',
        (event) => {
          if (!win.__holdStorage || !event.isTrusted) return;
          event.stopImmediatePropagation();
          held.push(event);
        },
        true,
      );
      win.__releaseStorage = () => {
        win.__holdStorage = false;
        for (const e of held.splice(0)) {
          const { key, oldValue, newValue, url, storageArea } = e;
          window.dispatchEvent(
            new StorageEvent('storage', { key, oldValue, newValue, url, storageArea }),
          );
        }
        win.__holdStorage = true;
      };
    });
    const b = await context.newPage();
    await a.goto(site.url(GUIDE));
    await b.goto(site.url(GUIDE));
    // Both checklists have read storage (modules load after the first paint, which on a busy
    // machine can come after the load event): a tab that read it after a's first tick below
    // would show that tick without having heard of it.
    for (const tab of [a, b]) {
      await expect(tab.getByRole('button', { name: 'Сбросить отметки' }).first()).toBeEnabled();
    }
    const ids = await stepIds(a);
    expect(ids.length).toBeGreaterThanOrEqual(2);
    const [one, two] = ids as [string, string];
    const box = (page: Page, id: string) => page.locator(`#${id} .eis-step__check`);
    const stored = (page: Page, id: string) =>
      page.evaluate((key) => localStorage.getItem(key), `${KEYS.tickPrefix}token:${id}`);
    const release = (page: Page) =>
      page.evaluate(() => (window as unknown as { __releaseStorage(): void }).__releaseStorage());

    let [wasOne, wasTwo] = [false, false];
    for (const [doneOne, doneTwo] of [
      [true, true], // both tick
      [false, true], // one unticks while the other's tick is still there
      [false, false], // both untick
    ] as const) {
      // Tab a writes first, then tab b writes without having heard of a's write.
      await box(a, one).setChecked(doneOne);
      await expect.poll(() => stored(a, one)).toBe(doneOne ? HASHES[one] : null);
      await box(b, two).setChecked(doneTwo);
      await expect.poll(() => stored(b, two)).toBe(doneTwo ? HASHES[two] : null);
      // The race is real: neither tab has heard of the other's write yet.
      if (wasOne) await expect(box(b, one)).toBeChecked();
      else await expect(box(b, one)).not.toBeChecked();
      if (wasTwo) await expect(box(a, two)).toBeChecked();
      else await expect(box(a, two)).not.toBeChecked();
      // Both writes survive in storage, and each tab shows both once it hears of the other's.
      expect(await stored(a, one)).toBe(doneOne ? HASHES[one] : null);
      await Promise.all([release(a), release(b)]);
      for (const page of [a, b]) {
        for (const [id, done] of [
          [one, doneOne],
          [two, doneTwo],
        ] as const) {
          if (done) await expect(box(page, id)).toBeChecked();
          else await expect(box(page, id)).not.toBeChecked();
        }
      }
      if (doneTwo) {
        // Reloaded, a tab reads exactly what both wrote.
        await a.reload();
        if (doneOne) await expect(box(a, one)).toBeChecked();
        else await expect(box(a, one)).not.toBeChecked();
        await expect(box(a, two)).toBeChecked();
      }
      [wasOne, wasTwo] = [doneOne, doneTwo];
    }
    expect(watch.errors).toEqual([]);
  });
});

test.describe('a page left open across local midnight', () => {
  for (const [tz, offset] of [
    ['Europe/Moscow', '+03:00'],
    ['Asia/Vladivostok', '+10:00'],
  ] as const) {
    test.describe(tz, () => {
      test.use({ timezoneId: tz });
      test(`${tz}: day counts and the notice move on at midnight and on return`, async ({
        context,
        page,
        site,
        watch,
      }) => {
        // 23:59:30 local on 29.11.2026; the token expires on 30.12.2026: 31 days, then 30.
        await page.clock.install({ time: new Date(`2026-11-29T23:59:30${offset}`) });
        await seedStorage(context, { [reminderKey('r-midnight1')]: reminderValue('2026-12-30') });
        await page.goto(site.url('/tools/reminder/'));
        const item = page.locator('.eis-reminder__list li').first();
        await expect(item).toHaveText(/истекает через 31 день/);
        const notice = page.locator('eis-expiry-notice');
        await expect(notice).toBeHidden();
        await page.clock.runFor(60_000);
        await expect(item).toHaveText(/истекает через 30 дней/);
        await expect(notice).toBeVisible();
        await expect(notice.locator('.eis-notice__text')).toHaveText(
          /через 30 дней — 30\.12\.2026$/,
        );

        // A laptop asleep for two days: no timer ran; coming back to the tab updates the counts.
        await page.clock.setSystemTime(new Date(`2026-12-02T10:00:00${offset}`));
        await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
        await expect(item).toHaveText(/истекает через 28 дней/);
        expect(watch.errors).toEqual([]);
      });
    });
  }
});

test.describe('before the script arrives (Slow 3G, 4× CPU)', () => {
  test('a tick made as soon as the box shows is kept and stored; nothing submits', async ({
    page,
    context,
    site,
    watch,
  }) => {
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

    await page.goto(site.url(GUIDE), { waitUntil: 'commit' });
    const box = page.locator('#token-eis-save .eis-step__check');
    await box.waitFor({ state: 'visible', timeout: 60_000 });
    await box.check();
    // The reminder form is disabled until its script arrives: nothing to submit.
    const fieldset = page.locator('eis-reminder fieldset[data-until-ready]').first();
    expect(await fieldset.evaluate((f: HTMLFieldSetElement) => f.disabled)).toBe(true);
    expect(await page.locator('eis-reminder input[name="label"]').first().isDisabled()).toBe(true);
    // The slow machine and network matter up to the tick; what follows only reads the result.
    // Chromium emulates a slow CPU by keeping a core busy, so it is switched off here.
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    release();
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('eis:v2:tick:token:token-eis-save')), {
        timeout: 60_000,
      })
      .toBe(HASHES['token-eis-save']);
    await expect(box).toBeChecked();
    await page.reload();
    await expect(box).toBeChecked({ timeout: 60_000 });
    for (const url of navigations) expect(new URL(url).search).toBe('');
    expect(requests.every((r) => r.startsWith('GET ') && !r.includes('?'))).toBe(true);
    expect(watch.errors).toEqual([]);
  });

  test.describe('with scripts off', () => {
    test.use({ javaScriptEnabled: false });
    test('with scripts off, the reminder form cannot submit anything', async ({ page, site }) => {
      await page.goto(site.url('/tools/reminder/'));
      const disabled = await page
        .locator('eis-reminder fieldset[data-until-ready]')
        .first()
        .evaluate((f: HTMLFieldSetElement) => f.disabled);
      expect(disabled).toBe(true);
      expect(await page.locator('eis-reminder form').first().getAttribute('method')).toBe('dialog');
    });
  });
});

test.describe('the expiry notice never covers a focused control', () => {
  test.describe('at 360×740', () => {
    test.use({ ...FROZEN.context, viewport: { width: 360, height: 740 } });
    for (const path of ['/services/token/', '/tools/reminder/', '/connect/web-torgi-ks/', '/']) {
      test(`${path} at 360×740 with a reminder due in 5 days`, async ({
        context,
        page,
        site,
        watch,
      }) => {
        await freezeClock(context);
        await seedStorage(context, { [reminderKey('r-focus001')]: reminderValue(isoFromToday(5)) });
        await page.goto(site.url(path));
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
      });
    }
  });

  test('«Скрыть» hides one still to expire for the day on every page and moves focus to the title', async ({
    page,
    context,
    site,
  }) => {
    await page.clock.install({ time: new Date('2026-11-29T10:00:00') });
    await seedStorage(context, { [reminderKey('r-hide0001')]: reminderValue('2026-12-04') });
    await page.goto(site.url(GUIDE));
    const notice = page.locator('eis-expiry-notice');
    await notice.waitFor({ state: 'visible' });
    await notice.getByRole('button', { name: 'Скрыть' }).click();
    await expect(notice).toBeHidden();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.goto(site.url('/'));
    await page.getByRole('main').getByRole('heading', { level: 1 }).waitFor();
    await expect(page.locator('eis-expiry-notice')).toBeHidden();
    // The next day it is back.
    await page.clock.setSystemTime(new Date('2026-11-30T09:00:00'));
    await page.reload();
    await expect(page.locator('eis-expiry-notice')).toBeVisible();
  });

  test('an expired one, once hidden, stays quiet on later days; «Уже продлил» opens its form, and the new date is kept', async ({
    page,
    context,
    site,
  }) => {
    await page.clock.install({ time: new Date('2026-11-29T10:00:00') });
    await seedStorage(context, {
      [reminderKey('r-gone0001')]: reminderValue('2026-11-20', 'Отдел'),
    });
    await page.goto(site.url(GUIDE));
    const notice = page.locator('eis-expiry-notice');
    await expect(notice).toHaveText(/истёк 9 дней назад — 20\.11\.2026/);
    await expect(notice).not.toContainText('Отдел');
    await expect(notice.getByRole('link', { name: 'Напоминания (1)' })).toHaveAttribute(
      'href',
      '/tools/reminder/',
    );
    await notice.getByRole('button', { name: 'Скрыть' }).click();
    await expect(notice).toBeHidden();
    // Days later it still says nothing: no daily nagging about what the reader already saw.
    await page.clock.setSystemTime(new Date('2026-12-03T09:00:00'));
    await page.reload();
    await page.getByRole('main').getByRole('heading', { level: 1 }).waitFor();
    await expect(page.locator('eis-expiry-notice')).toBeHidden();
    // Renewed but not yet told: the reader changes the date to one still past; it speaks again.
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key!, value!),
      [reminderKey('r-gone0001'), reminderValue('2026-11-25', 'Отдел')],
    );
    await page.reload();
    await expect(notice).toHaveText(/истёк 8 дней назад/);
    await notice.getByRole('link', { name: 'Уже продлил — указать новую дату' }).click();
    await expect(page).toHaveURL(/\/tools\/reminder\/#edit-r-gone0001$/);
    const form = page.locator('eis-reminder form').first();
    await expect(form.getByRole('button', { name: 'Сохранить изменения' })).toBeVisible();
    const date = form.getByLabel('Дата окончания срока действия');
    await expect(date).toHaveValue('2026-11-25');
    await expect(date).toBeFocused();
    await date.fill('2027-11-25');
    await form.getByRole('button', { name: 'Сохранить изменения' }).click();
    await expect(page.locator('.eis-reminder__list').first()).toContainText('до 25.11.2027');
    await expect(notice).toBeHidden();
  });
});

test.describe('import on «Мой прогресс»', () => {
  const file = (data: object) => ({
    name: 'progress.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'eis-integration-progress', v: 1, ...data })),
  });

  test('an empty file is refused and nothing is erased; a good one previews, merges and undoes', async ({
    page,
    site,
    watch,
  }) => {
    await page.goto(site.url(GUIDE));
    await tickStep(page, 'token-eis-save');
    await page.goto(site.url('/tools/progress/'));
    const input = page.locator('input[data-action="import"]');
    await expect(input).toBeEnabled();

    /** Everything the site keeps in this browser, key by key. */
    const storage = () =>
      page.evaluate(() =>
        Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])),
      );
    const before = await storage();
    expect(before).toMatchObject({ 'eis:v2:tick:token:token-eis-save': HASHES['token-eis-save'] });

    await input.setInputFiles(file({ ticks: {} }));
    await expect(page.getByRole('alert')).toHaveText(
      /^Файл не загружен, ваш прогресс не изменён: в файле нет/,
    );
    // Refused means untouched: every key and value as before, nothing erased or added.
    expect(await storage()).toEqual(before);

    await input.setInputFiles(
      file({
        ticks: { token: ['token-eis-login-org-admin'] },
        reminders: [
          { id: 'r-file0001', kind: 'edo', label: 'Из файла', date: '2027-05-01', seq: 0 },
        ],
      }),
    );
    const preview = page.getByRole('group', { name: /В файле/ });
    await expect(preview).toBeVisible();
    const merge = page.getByRole('button', { name: 'Объединить' });
    await expect(merge).toBeFocused();
    await merge.click();
    await expect.poll(storage).toMatchObject({
      ...before,
      'eis:v2:tick:token:token-eis-login-org-admin': '1',
      'eis:v2:reminder:r-file0001': expect.any(String),
    });
    await page.getByRole('button', { name: 'Отменить сброс или загрузку' }).click();
    // Undone means the storage is again exactly what it was before the merge.
    await expect.poll(storage).toEqual(before);
    expect(watch.errors).toEqual([]);
  });
});

// Round 34's red team: «1 запись … повреждены» — the verb now agrees with the count.
test('damaged reminder entries are counted in agreeing Russian and the others still show', async ({
  context,
  page,
  site,
  watch,
}) => {
  await seedStorage(context, {
    [reminderKey('r-broken01')]: '{"v":1,"data":{"kind":"token","da',
    [reminderKey('r-good0001')]: reminderValue(isoFromToday(40), 'Школа 5'),
  });
  await page.goto(site.url('/tools/reminder/'));
  await expect(page.locator('.eis-reminder__list').first()).toContainText('Школа 5');
  await expect(
    page.getByText('1 запись о сроках в этом браузере повреждена и не показана.'),
  ).toBeVisible();
  expect(watch.errors).toEqual([]);
});
