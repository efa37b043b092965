/**
 * After a reader has used every island, the browser holds only ticks, dates, labels and plan
 * answers (plus Starlight's theme and sidebar UI state) — never a password, token or identifier.
 */
import { describe, expect, it } from 'vitest';
import { openPage, useSite } from '../helpers/site';
import {
  decodePlan,
  decodeReminders,
  decodeTicks,
  encodePlan,
  encodeReminders,
  encodeTicks,
} from '../../src/lib/stored';

const site = useSite();

describe('what the site stores', () => {
  it('only ticks, dates, labels and plan answers, under our versioned keys', async () => {
    const { context, page, watch } = await openPage(site);
    await page.goto(site.server.url('/services/token/'));
    await page.locator('#token-eis-save .eis-step__check').check();
    await page.locator('starlight-theme-select select').first().selectOption('dark');

    // A token pasted into the label is refused; nothing is stored.
    const form = page.locator('eis-reminder form').first();
    await form.getByLabel(/Подпись/).fill('e9e3a6e0-68ea-47b8-ab60-c52260219e81');
    await form.getByLabel('Дата окончания срока действия').fill('2027-03-01');
    await form.getByRole('button', { name: 'Добавить напоминание' }).click();
    await expect(page.locator('.eis-reminder__error').first().textContent()).resolves.toMatch(
      /токен, идентификатор или пароль/,
    );
    await form.getByLabel(/Подпись/).fill('Отдел закупок');
    await form.getByRole('button', { name: 'Добавить напоминание' }).click();
    await page.locator('.eis-reminder__list li').first().waitFor();

    await page.goto(site.server.url('/tools/start/?need=services,activation&ris=no'));
    await page.locator('.eis-tree__plan a').first().waitFor();
    await page.getByRole('button', { name: 'Сделать этим планом' }).first().click();

    const stored = await page.evaluate(() => ({
      local: Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])),
      session: Object.keys(sessionStorage),
      cookies: document.cookie,
    }));
    expect(Object.keys(stored.local).sort()).toEqual([
      'eis:v1:plan',
      'eis:v1:reminders',
      'eis:v1:ticks',
      'starlight-theme',
    ]);
    expect(stored.session.every((k) => k === 'sl-sidebar-state')).toBe(true);
    expect(stored.cookies).toBe('');
    expect(stored.local['starlight-theme']).toBe('dark');

    // Each value is exactly what our validators accept and re-encode: nothing extra rides along.
    const ticks = stored.local['eis:v1:ticks']!;
    expect(encodeTicks(decodeTicks(ticks))).toBe(ticks);
    expect(decodeTicks(ticks)).toEqual({ token: ['token-eis-save'] });
    const reminders = stored.local['eis:v1:reminders']!;
    expect(encodeReminders(decodeReminders(reminders))).toBe(reminders);
    expect(decodeReminders(reminders)).toEqual([
      {
        id: expect.stringMatching(/^r-[a-z0-9]+$/),
        kind: 'token',
        label: 'Отдел закупок',
        date: '2027-03-01',
        seq: 0,
      },
    ]);
    const plan = stored.local['eis:v1:plan']!;
    expect(encodePlan(decodePlan(plan))).toBe(plan);
    expect(decodePlan(plan)).toEqual({ needs: ['services', 'activation'], ris: 'no' });
    expect(watch.errors).toEqual([]);
    await context.close();
  });
});
