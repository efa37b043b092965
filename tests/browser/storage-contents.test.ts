/**
 * After a reader has used every island — and tried to paste secrets into each — the browser holds
 * only ticks, dates, labels and plan answers (plus Starlight's theme and sidebar UI state), under
 * our versioned keys, and no URL ever carried a secret.
 */
import { expect, test } from '../helpers/fixtures';
import { FROZEN, freezeClock } from '../helpers/clock';
import { KEYS } from '../../src/lib/storage/keys';
import { decodePlan, encodePlan } from '../../src/lib/storage/stored';
import { decodeReminder, encodeReminder } from '../../src/features/reminders/reminder-codec';
import { isSecretLike } from '../../src/lib/secret-guard';

const SECRETS = [
  'e9e3a6e0-68ea-47b8-ab60-c52260219e81',
  '«a9c1e77d0b3f4e52»',
  'токен: a9c1e77d0b3f4e52c0',
  'a9c1 e77d 0b3f 4e52 77aa',
  '2ВМ-7701234567-770101001-2014',
  'Zakupki2024!',
  'user01/P@ssw0rd2026',
];
/** May be a password: the form asks, «Нет» keeps it out of storage. */
const DOUBTFUL = 'пароль: детсад';

test.describe('what the site stores', () => {
  // A reminder date is stored: the clock is frozen, so the page shows the same every day.
  test.use(FROZEN.context);
  test('only ticks, dates, labels and plan answers, under our versioned keys; no secret anywhere', async ({
    context,
    page,
    site,
    watch,
  }) => {
    await freezeClock(context);
    const urls: string[] = [];
    page.on('framenavigated', (frame) => urls.push(frame.url()));
    await page.goto(site.url('/services/token/'));
    await page.locator('#token-eis-save .eis-step__check').check();
    await page.locator('starlight-theme-select select').first().selectOption('dark');

    const form = page.locator('eis-reminder form').first();
    // The reminder's script loads as the reader scrolls to it.
    await form.scrollIntoViewIfNeeded();
    const label = form.getByLabel(/Подпись/);
    const add = form.getByRole('button', { name: 'Добавить напоминание' });
    await form.getByLabel('Дата окончания срока действия').fill('2027-03-01');
    for (const secret of SECRETS) {
      await label.fill(secret);
      await add.click();
      await expect(page.locator('.eis-reminder__error').first()).toHaveText(
        /^Подпись не сохранена: похоже на/,
      );
      await expect(label).toHaveValue('');
    }
    await label.fill(DOUBTFUL);
    await add.click();
    const ask = form.getByRole('group', { name: /Похоже на пароль — всё равно сохранить\?/ });
    await expect(ask).toBeVisible();
    await expect(ask.getByRole('button', { name: 'Нет, исправлю подпись' })).toBeFocused();
    await ask.getByRole('button', { name: 'Нет, исправлю подпись' }).click();
    await expect(ask).toBeHidden();
    await expect(label).toBeFocused();
    await label.fill('Отдел закупок');
    await add.click();
    await expect(page.locator('.eis-reminder__list li')).toHaveCount(1);

    await page.goto(site.url('/tools/start/?need=services,activation&ris=no'));
    await page.locator('.eis-tree__plan a').first().waitFor();
    await page.getByRole('button', { name: 'Сделать этим планом' }).first().click();
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('eis:v1:plan')))
      .not.toBeNull();

    const stored = await page.evaluate(() => ({
      local: Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])),
      session: Object.keys(sessionStorage),
      cookies: document.cookie,
    }));
    const keys = Object.keys(stored.local).sort();
    expect(keys).toContain('starlight-theme');
    expect(keys).toContain('eis:v2:tick:token:token-eis-save');
    for (const key of keys) {
      expect(key).toMatch(
        /^(starlight-theme|eis:v2:tick:[a-z0-9-]+:[a-z0-9-]+|eis:v2:reminder:r-[a-z0-9]+|eis:v1:plan|eis:v1:notice-hidden|eis:v1:plan-panel-hidden|eis:v1:last-visit)$/,
      );
    }
    expect(stored.session.every((k) => k === 'sl-sidebar-state')).toBe(true);
    expect(stored.cookies).toBe('');

    // Each value is exactly what our validators accept and re-encode: nothing extra rides along.
    for (const [key, raw] of Object.entries(stored.local)) {
      // A tick holds the hash of the step text it was made against (src/site/step-hash.ts).
      if (key.startsWith(KEYS.tickPrefix)) expect(raw).toMatch(/^[0-9a-f]{8}$/);
      if (key.startsWith(KEYS.reminderPrefix)) {
        const decoded = decodeReminder(key.slice(KEYS.reminderPrefix.length), raw)!;
        expect(encodeReminder(decoded.reminder)).toBe(raw);
        expect(isSecretLike(decoded.reminder.label)).toBe(false);
        expect(decoded.reminder).toMatchObject({
          kind: 'token',
          label: 'Отдел закупок',
          date: '2027-03-01',
        });
      }
      if (key === KEYS.plan) expect(encodePlan(decodePlan(raw))).toBe(raw);
      for (const secret of SECRETS) expect(raw).not.toContain(secret.slice(-8));
      expect(raw).not.toContain('детсад');
    }
    for (const url of urls)
      for (const secret of SECRETS) expect(decodeURIComponent(url)).not.toContain(secret);
    expect(watch.errors).toEqual([]);
  });

  test('strips a secret-looking highlight from an opened address before anything reads it', async ({
    page,
    site,
    watch,
  }) => {
    await page.goto(
      site.url(
        '/services/token/?highlight=a9c1e77d0b3f4e52c0&highlight=%D1%82%D0%BE%D0%BA%D0%B5%D0%BD',
      ),
    );
    await expect.poll(() => page.evaluate(() => location.search)).toBe('');
    expect(watch.errors).toEqual([]);
  });
});
