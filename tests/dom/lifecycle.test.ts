/**
 * Every custom element, moved in the document (out and back in, then into another parent), still
 * runs one action once: its listeners are wired per connection and removed on disconnection.
 * The elements run over their real components' HTML (Astro's Container API).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as stores from '../../src/lib/storage/stores';
import * as reminderStore from '../../src/features/reminders/reminder-store';
import * as progressStore from '../../src/features/progress/progress-store';
import { KEYS } from '../../src/lib/storage/keys';
import '../../src/features/checklist/checklist.client';
import '../../src/features/reminders/reminder.client';
import '../../src/features/reminders/notice.client';
import '../../src/features/progress/progress.client';
import '../../src/features/search/search.client';
import { initThemeSelect } from '../../src/components/overrides/theme-select.client';
import Checklist from '../../src/features/checklist/Checklist.astro';
import Step from '../../src/features/checklist/Step.astro';
import Reminder from '../../src/features/reminders/Reminder.astro';
import ExpiryNotice from '../../src/features/reminders/ExpiryNotice.astro';
import Progress from '../../src/features/progress/Progress.astro';
import Search from '../../src/features/search/Search.astro';
import ThemeSelect from '../../src/components/overrides/ThemeSelect.astro';
import { isoFromToday } from '../helpers/clock';
import { flush, mount, moveAround, render } from './support/render';

// The content collection is not loaded in tests: page titles for the search's top tasks.
vi.mock('astro:content', () => ({
  getEntry: async (_collection: string, id: string) => ({ data: { title: `Страница ${id}` } }),
}));

/** Starlight's UI strings, as Astro.locals.t gives them to its components. */
const t = (key: string) =>
  ({
    'search.label': 'Поиск',
    'search.ctrlKey': 'Ctrl',
    'search.cancelLabel': 'Отменить',
    'themeSelect.accessibleLabel': 'Выберите тему',
    'themeSelect.dark': 'Тёмная',
    'themeSelect.light': 'Светлая',
    'themeSelect.auto': 'Авто',
  })[key] ?? key;

/** Only the `t` the two Starlight-derived components read (its full type is i18next's). */
const locals = { t } as unknown as App.Locals;

/** Writes to storage, counted per test. */
const writes = vi.spyOn(Storage.prototype, 'setItem');
const writesOf = (key: string | RegExp) =>
  writes.mock.calls.filter(([k]) => (typeof key === 'string' ? k === key : key.test(String(k))))
    .length;

const button = (name: string | RegExp) =>
  [...document.querySelectorAll('button')].find((b) =>
    typeof name === 'string' ? b.textContent?.trim() === name : name.test(b.textContent ?? ''),
  )!;

beforeEach(() => {
  document.body.innerHTML = '';
  progressStore.replaceTicksAndPlan({ ticks: {}, plan: {} });
  reminderStore.replaceReminders([]);
  localStorage.clear();
  writes.mockClear();
});

describe('moved elements run one action once', () => {
  it('<eis-checklist>: one tick, one storage write', async () => {
    const step = await render(Step, { props: { id: 'a' }, slots: { default: '<p>Шаг.</p>' } });
    await mount(await render(Checklist, { props: { id: 'token' }, slots: { default: step } }));
    moveAround(document.querySelector('eis-checklist')!);
    document.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    expect(stores.$ticks.get()).toEqual({ token: ['a'] });
    expect(writesOf('eis:v2:tick:token:a')).toBe(1);
  });

  it('<eis-reminder>: one submit, one reminder', async () => {
    await mount(await render(Reminder, { props: { kind: 'token' } }));
    moveAround(document.querySelector('eis-reminder')!);
    await flush(); // it connects when near the viewport: right after each move here
    document.querySelector<HTMLInputElement>('input[name="date"]')!.value = isoFromToday(40);
    document.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(reminderStore.$reminders.get()).toHaveLength(1);
    expect(writesOf(/^eis:v2:reminder:/)).toBe(1);
  });

  it('<eis-expiry-notice>: one «Скрыть», one storage write', async () => {
    reminderStore.saveReminder({ kind: 'token', label: '', date: isoFromToday(5) });
    await mount(await render(ExpiryNotice));
    const notice = document.querySelector<HTMLElement>('eis-expiry-notice')!;
    moveAround(notice);
    expect(notice.hidden).toBe(false);
    button('Скрыть').click();
    expect(notice.hidden).toBe(true);
    expect(writesOf(KEYS.noticeHidden)).toBe(1);
  });

  it('<eis-progress>: one confirmed reset, undone by one «Отменить»', async () => {
    progressStore.replaceTicksAndPlan({ ticks: { token: ['a'] }, plan: {} });
    await mount(await render(Progress));
    moveAround(document.querySelector('eis-progress')!);
    button('Сбросить всё').click();
    const yes = button('Да, сбросить всё');
    expect(yes.closest<HTMLElement>('[role="group"]')!.hidden).toBe(false);
    yes.click();
    await vi.waitFor(() => expect(stores.$ticks.get()).toEqual({}));
    // Were the reset run twice, «Отменить» would bring back the already empty state.
    button('Отменить сброс или загрузку').click();
    await vi.waitFor(() => expect(stores.$ticks.get()).toEqual({ token: ['a'] }));
  });

  it('<site-search>: one Ctrl+K opens the dialog (and does not toggle it twice)', async () => {
    await mount(await render(Search, { locals }));
    moveAround(document.querySelector('site-search')!);
    const dialog = document.querySelector('dialog')!;
    const opened = vi.spyOn(dialog, 'showModal');
    window.dispatchEvent(
      new KeyboardEvent('keydown', { code: 'KeyK', key: 'k', ctrlKey: true, cancelable: true }),
    );
    expect(dialog.open).toBe(true);
    expect(opened).toHaveBeenCalledTimes(1);
    await flush();
  });

  it('<starlight-theme-select>: one choice, one storage write', async () => {
    initThemeSelect();
    await mount(await render(ThemeSelect, { locals }));
    moveAround(document.querySelector('starlight-theme-select')!);
    writes.mockClear();
    const select = document.querySelector('select')!;
    select.value = 'light';
    select.dispatchEvent(new Event('change'));
    expect(document.documentElement.dataset['theme']).toBe('light');
    expect(writesOf('starlight-theme')).toBe(1);
  });
});
