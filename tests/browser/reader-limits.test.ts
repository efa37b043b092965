/**
 * Two of the secret guard's and limit's promises, in Chromium: two tabs adding a reminder at the
 * same instant at 199 store exactly 200 (the add waits its turn under a Web Lock), and the import
 * preview names the labels it drops and lets the reader decide each doubtful one.
 */
import { expect, seedStorage, test } from '../helpers/fixtures';
import type { Page } from '@playwright/test';
import { ADD_LOCK, encodeReminder } from '../../src/features/reminders/reminder-codec';
import { KEYS } from '../../src/lib/storage/keys';
import { FROZEN, freezeClock, isoFromToday } from '../helpers/clock';
import { axeViolations } from '../helpers/axe';

test.use(FROZEN.context);

const reminderKeys = (page: Page) =>
  page.evaluate(
    (prefix) => Object.keys(localStorage).filter((key) => key.startsWith(prefix)),
    KEYS.reminderPrefix,
  );

test('two tabs adding at 199 at the same instant: exactly 200 stored, one clear refusal', async ({
  context,
  page: a,
  site,
  watch,
}) => {
  await freezeClock(context);
  const seeded: Record<string, string> = {};
  for (let i = 0; i < 199; i += 1) {
    const id = `r-seed${String(i).padStart(4, '0')}`;
    seeded[`${KEYS.reminderPrefix}${id}`] = encodeReminder({
      id,
      kind: 'other',
      label: `Запись ${i}`,
      date: isoFromToday(100 + i),
      seq: 0,
    });
  }
  await seedStorage(context, seeded);
  const b = await context.newPage();
  for (const [page, label] of [
    [a, 'Из вкладки А'],
    [b, 'Из вкладки Б'],
  ] as const) {
    await page.goto(site.url('/tools/reminder/'));
    await expect(page.getByRole('button', { name: 'Добавить напоминание' })).toBeEnabled();
    await page.getByLabel('Подпись').fill(label);
    await page.getByLabel('Дата окончания срока действия').fill(isoFromToday(30));
  }
  expect(await reminderKeys(a)).toHaveLength(199);

  // The test holds the site's lock, so both adds are pressed and wait: when it lets go they
  // contend at the same instant, each having already passed its own form's checks.
  await a.evaluate(
    (name) =>
      new Promise<void>((held) => {
        void navigator.locks.request(
          name,
          () =>
            new Promise<void>((release) => {
              (window as unknown as { __release(): void }).__release = release;
              held();
            }),
        );
      }),
    ADD_LOCK,
  );
  await a.getByRole('button', { name: 'Добавить напоминание' }).click();
  await b.getByRole('button', { name: 'Добавить напоминание' }).click();
  // Both wait for their turn (two requests queued behind the test's), nothing stored yet.
  await expect
    .poll(() =>
      a.evaluate(async (name) => {
        const { pending = [] } = await navigator.locks.query();
        return pending.filter((lock) => lock.name === name).length;
      }, ADD_LOCK),
    )
    .toBe(2);
  expect(await reminderKeys(a)).toHaveLength(199);
  await a.evaluate(() => (window as unknown as { __release(): void }).__release());

  const added = (page: Page) =>
    page.getByRole('status').filter({ hasText: 'Напоминание добавлено.' });
  const refused = (page: Page) =>
    page.getByText(/^Напоминание не добавлено: можно хранить не больше 200 записей\./);
  await expect.poll(() => reminderKeys(a)).toHaveLength(200);
  // Exactly one tab says it added, the other says clearly why not.
  await expect(async () => {
    const said = await Promise.all(
      [a, b].flatMap((page) => [added(page).count(), refused(page).count()]),
    );
    expect([said[0]! + said[2]!, said[1]! + said[3]!]).toEqual([1, 1]);
    expect(said[0]! + said[1]!).toBe(1);
  }).toPass();
  expect(await reminderKeys(b)).toHaveLength(200);
  expect(watch.errors).toEqual([]);
});

test('the import preview lists dropped labels and asks about each doubtful one', async ({
  context,
  page,
  site,
  watch,
}) => {
  await freezeClock(context);
  await page.goto(site.url('/tools/progress/'));
  const input = page.locator('input[data-action="import"]');
  await expect(input).toBeEnabled();
  const reminders = [
    { id: 'r-doubt001', kind: 'token', label: 'Ромашка2024', date: isoFromToday(30), seq: 0 },
    { id: 'r-doubt002', kind: 'edo', label: 'Берёзка2025', date: isoFromToday(40), seq: 0 },
    { id: 'r-secret01', kind: 'token', label: 'Zakupki2024!', date: isoFromToday(20), seq: 0 },
    { id: 'r-plain001', kind: 'edo', label: 'Гимназия-16', date: isoFromToday(10), seq: 0 },
  ];
  await input.setInputFiles({
    name: 'progress.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'eis-integration-progress', v: 1, reminders })),
  });
  const preview = page.getByRole('group', { name: /В файле/ });
  await expect(preview).toBeVisible();
  await expect(
    preview.getByRole('listitem').filter({ hasText: 'подпись не перенесём' }),
  ).toHaveCount(1);
  await expect(preview).not.toContainText('Zakupki2024!');
  const doubts = preview.getByRole('group', { name: /^Похоже на пароль/ });
  const keep = doubts.getByRole('checkbox', { name: /«Берёзка2025»/ });
  const leave = doubts.getByRole('checkbox', { name: /«Ромашка2024»/ });
  await expect(doubts.getByRole('checkbox')).toHaveCount(2);
  await expect(keep).not.toBeChecked();
  await expect(leave).not.toBeChecked();
  // The review (a list and a group of checkboxes) passes axe as shown.
  expect(await axeViolations(page)).toEqual([]);
  await keep.check();
  await preview.getByRole('button', { name: 'Объединить' }).click();

  const label = (id: string) =>
    page.evaluate((key) => {
      const raw = localStorage.getItem(key);
      return raw === null ? null : (JSON.parse(raw) as { data: { label: string } }).data.label;
    }, `${KEYS.reminderPrefix}${id}`);
  await expect.poll(() => label('r-doubt002')).toBe('Берёзка2025');
  expect(await label('r-doubt001')).toBe('');
  expect(await label('r-secret01')).toBe('');
  expect(await label('r-plain001')).toBe('Гимназия-16');
  expect(watch.errors).toEqual([]);
});
