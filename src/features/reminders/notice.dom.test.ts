/**
 * The site-wide notice on a reader's next page after an update of the stored layout: a reminder
 * still in the first layout, due in 3 days, raises the notice; a stored label the secret guard
 * now refuses is dropped, and the notice says so (never silently). Then the one-line notice: the
 * soonest entry, the count, «Уже продлил» to that entry's edit form, and «Скрыть» keeping an
 * expired entry quiet on later days until its date changes. The store modules are loaded only
 * after storage is seeded, as on a real page load.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import ExpiryNotice from './ExpiryNotice.astro';
import { isoFromToday } from '../../../tests/helpers/clock';
import { flush, mount, render } from '../../../tests/dom/support/render';

const text = (sel: string) => document.querySelector(sel)?.textContent ?? '';

beforeAll(() => {
  localStorage.clear();
  localStorage.setItem(
    'eis:v1:reminders',
    JSON.stringify({
      v: 1,
      data: [{ id: 'r-old00001', kind: 'token', label: 'Старый формат', date: isoFromToday(3) }],
    }),
  );
  localStorage.setItem(
    'eis:v2:reminder:r-aaaa0002',
    JSON.stringify({ v: 1, data: { kind: 'edo', label: 'Zakupki2024!', date: isoFromToday(200) } }),
  );
});

describe('<eis-expiry-notice> on the next page', () => {
  it('shows a first-layout reminder due in 3 days and says a refused label was dropped', async () => {
    const html = await render(ExpiryNotice);
    await import('./notice.client');
    await mount(html);
    const notice = document.querySelector<HTMLElement>('eis-expiry-notice')!;
    expect(notice.hidden).toBe(false);
    expect(text('.eis-notice__text')).toBe(
      'Токен для сервисов отдачи: истекает через 3 дня — ' + ddmmyyyy(isoFromToday(3)),
    );
    expect(localStorage.getItem('eis:v1:reminders')).toBeNull();
    const cleaned = document.querySelector<HTMLElement>('.eis-notice__cleaned')!;
    expect(cleaned.hidden).toBe(false);
    expect(cleaned.textContent).toMatch(/У 1 напоминания удалена подпись/);
    expect(localStorage.getItem('eis:v2:reminder:r-aaaa0002')).not.toContain('Zakupki');
  });

  it('one line: the soonest, the count, «Уже продлил» to its form; «Скрыть» quiets the expired one until it changes', async () => {
    const store = await import('./reminder-store');
    const { $today } = await import('../../lib/clock');
    const gone = store.saveReminder({ kind: 'edo', label: 'Отдел', date: isoFromToday(-4) });
    expect(gone.ok).toBe(true);
    const id = gone.ok ? gone.reminder.id : '';
    await flush();
    const notice = document.querySelector<HTMLElement>('eis-expiry-notice')!;
    expect(text('.eis-notice__text')).toBe(
      'Идентификатор участника ЭДО: истёк 4 дня назад — ' + ddmmyyyy(isoFromToday(-4)),
    );
    expect(text('.eis-notice__text')).not.toMatch(/ещё записей|Отдел/);
    const all = document.querySelector<HTMLAnchorElement>('.eis-notice__all')!;
    expect(all.textContent).toBe('Напоминания (2)');
    expect(all.getAttribute('href')).toBe('/tools/reminder/');
    const edit = document.querySelector<HTMLAnchorElement>('.eis-notice__edit')!;
    expect(edit.textContent).toBe('Уже продлил — указать новую дату');
    expect(edit.getAttribute('href')).toBe(`/tools/reminder/#edit-${id}`);

    document.querySelector<HTMLButtonElement>('.eis-notice__close')!.click();
    expect(notice.hidden).toBe(true);
    const stored = JSON.parse(localStorage.getItem('eis:v1:notice-hidden')!);
    expect(stored.data.quiet).toEqual([`${id}@${isoFromToday(-4)}`]);

    // The next day: the one still to expire is back, alone; the expired one stays quiet.
    $today.set(isoFromToday(1));
    await flush();
    expect(notice.hidden).toBe(false);
    expect(text('.eis-notice__text')).toMatch(/^Токен для сервисов отдачи: /);
    expect(all.textContent).toBe('Напоминания (1)');

    // The reader changes the expired one's date (still past): it speaks again.
    store.saveReminder({ id, kind: 'edo', label: 'Отдел', date: isoFromToday(-2) });
    await flush();
    expect(text('.eis-notice__text')).toMatch(/^Идентификатор участника ЭДО: /);
    expect(all.textContent).toBe('Напоминания (2)');
  });
});

function ddmmyyyy(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}
