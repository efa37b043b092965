/**
 * Custom elements in happy-dom, over the real components' HTML (Astro's Container API,
 * tests/dom/support/render.ts): <eis-checklist>, <eis-reminder>, <eis-expiry-notice>,
 * <eis-progress> (<eis-tree>: tree.test.ts). The content collection is not loaded in tests: the
 * checklist index and the guide table are stood in by tests/dom/support/site-data.ts.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as tickStores from '../../src/lib/storage/stores';
import * as reminderStore from '../../src/features/reminders/reminder-store';
import * as progressStore from '../../src/features/progress/progress-store';
import { $storageIssue } from '../../src/lib/storage/persist';
import '../../src/features/checklist/checklist.client';
import '../../src/features/reminders/reminder.client';
import '../../src/features/reminders/notice.client';
import '../../src/features/progress/progress.client';
import Checklist from '../../src/features/checklist/Checklist.astro';
import { fakeHash, withSteps } from './support/lists';
import Step from '../../src/features/checklist/Step.astro';
import Reminder from '../../src/features/reminders/Reminder.astro';
import ExpiryNotice from '../../src/features/reminders/ExpiryNotice.astro';
import Progress from '../../src/features/progress/Progress.astro';
import { isoFromToday } from '../helpers/clock';
import { GUIDES } from './support/site-data';
import { flush, mount as mountHtml, moveAround, render } from './support/render';

// The store's actions, wrapped to count calls (they still act): one click, one call.
vi.mock('../../src/lib/storage/stores', async (original) => {
  const actual = await original<typeof import('../../src/lib/storage/stores')>();
  return { ...actual, setTick: vi.fn(actual.setTick), resetList: vi.fn(actual.resetList) };
});

const stores = { ...tickStores, ...reminderStore, ...progressStore };

/** Put the components' HTML on the page; the defined elements upgrade and bind to the stores. */
async function mount(html: string) {
  await mountHtml(html);
  return stores;
}

/** <Checklist id="token"> with <Step>s, as a guide's MDX renders it. */
async function checklist(steps: [string, string][]) {
  const items = await Promise.all(
    steps.map(([id, text]) =>
      render(Step, {
        props: { id },
        slots: { default: `<p>${text}</p><aside>Предупреждение</aside>` },
      }),
    ),
  );
  const html = await render(Checklist, {
    props: { id: 'token' },
    slots: { default: items.join('') },
  });
  return withSteps(
    html,
    'token',
    steps.map(([id]) => id),
  );
}

beforeEach(() => {
  document.body.innerHTML = '';
  stores.replaceProgress({ ticks: {}, plan: {}, reminders: [] });
  localStorage.clear();
  $storageIssue.set(null);
  history.replaceState(null, '', '/');
});

/** Seed stored ticks as a previous visit would have left them. */
const seedTicks = (data: Record<string, string[]>) =>
  stores.replaceProgress({ ...stores.currentProgress(), ticks: data });

/** Another tab writes a key: storage changes, then this tab gets the event. */
function otherTab(key: string, newValue: string | null) {
  if (newValue === null) localStorage.removeItem(key);
  else localStorage.setItem(key, newValue);
  window.dispatchEvent(new StorageEvent('storage', { key, newValue }));
}

describe('<eis-checklist>', () => {
  const steps: [string, string][] = [
    ['open', 'Откройте раздел.'],
    ['tick', 'Установите флаг.'],
    ['save', 'Нажмите «Сохранить».'],
  ];

  it('labels each checkbox by the step text and counts progress', async () => {
    const s = await mount(await checklist(steps));
    const box = document.querySelector<HTMLInputElement>('#tick .eis-step__check')!;
    const label = document.getElementById(box.getAttribute('aria-labelledby')!);
    expect(label?.textContent).toBe('Установите флаг.');
    expect(document.querySelector('.eis-checklist__progress')?.textContent).toBe(
      'Выполнено 0 из 3',
    );
    box.click();
    expect(s.$ticks.get()).toEqual({ token: ['tick'] });
    expect(document.querySelector('.eis-checklist__progress')?.textContent).toBe(
      'Выполнено 1 из 3',
    );
    expect(document.getElementById('tick')?.classList.contains('is-done')).toBe(true);
  });

  it('keeps ticks by step id when steps are reworded, added or reordered', async () => {
    seedTicks({ token: ['save'] });
    await mount(
      await checklist([
        ['new-first', 'Новый шаг.'],
        ['save', 'Нажмите кнопку «Сохранить» (переформулировано).'],
        ['open', 'Откройте раздел.'],
      ]),
    );
    const checked = [...document.querySelectorAll<HTMLInputElement>('.eis-step__check')].map(
      (b) => b.checked,
    );
    expect(checked).toEqual([false, true, false]);
    expect(document.querySelector('.eis-checklist__progress')?.textContent).toBe(
      'Выполнено 1 из 3',
    );
  });

  it("updates when another tab ticks a step, keeping this tab's own ticks", async () => {
    const s = await mount(await checklist(steps));
    document.querySelector<HTMLInputElement>('#tick .eis-step__check')!.click();
    otherTab('eis:v2:tick:token:open', '1');
    otherTab('eis:v2:tick:token:save', '1');
    expect(document.querySelector<HTMLInputElement>('#save .eis-step__check')?.checked).toBe(true);
    expect(document.querySelector<HTMLInputElement>('#tick .eis-step__check')?.checked).toBe(true);
    expect(document.querySelector('.eis-checklist__progress')?.textContent).toBe(
      'Выполнено 3 из 3',
    );
    otherTab('eis:v2:tick:token:open', null);
    expect(s.$ticks.get()).toEqual({ token: ['save', 'tick'] });
    // A broken value from another tab is ignored, never thrown.
    otherTab('eis:v2:tick:token:open', '{oops');
    expect(s.$ticks.get()).toEqual({ token: ['save', 'tick'] });
  });

  it('keeps a tick made before the script arrived, and stores it', async () => {
    const template = document.createElement('template');
    template.innerHTML = (await checklist(steps)).replace('<eis-checklist', '<eis-checklist-later');
    // The page's one data blob first (the checklist's own, the last one rendered), as mount does.
    const blobs = [...template.content.querySelectorAll('script[type="application/json"]')];
    blobs.forEach((b) => b.remove());
    template.content.prepend(blobs.at(-1)!);
    document.body.replaceChildren(template.content);
    document.querySelector<HTMLInputElement>('#save .eis-step__check')!.checked = true;
    const el = document.querySelector('eis-checklist-later')!;
    const upgraded = document.createElement('eis-checklist');
    upgraded.dataset['checklistId'] = 'token';
    upgraded.append(...el.childNodes);
    el.replaceWith(upgraded);
    await flush();
    expect(stores.$ticks.get()).toEqual({ token: ['save'] });
    expect(localStorage.getItem('eis:v2:tick:token:save')).toBe(fakeHash(2)); // the hash of the step's text
    expect(document.querySelector<HTMLInputElement>('#save .eis-step__check')?.checked).toBe(true);
  });

  it('runs one action once after being moved in the document', async () => {
    const s = await mount(await checklist(steps));
    moveAround(document.querySelector('eis-checklist')!);
    vi.mocked(tickStores.setTick).mockClear();
    vi.mocked(tickStores.resetList).mockClear();
    // Each handler's own effect is counted: a listener bound twice would call the store twice.
    document.querySelector<HTMLInputElement>('#open .eis-step__check')!.click();
    expect(tickStores.setTick).toHaveBeenCalledTimes(1);
    expect(s.$ticks.get()).toEqual({ token: ['open'] });
    const confirm = document.querySelector<HTMLElement>('.eis-checklist__confirm')!;
    const no = confirm.querySelector<HTMLButtonElement>('[data-confirm="no"]')!;
    const focus = vi.spyOn(no, 'focus');
    document.querySelector<HTMLButtonElement>('.eis-checklist__reset')!.click();
    expect(focus).toHaveBeenCalledTimes(1);
    confirm.querySelector<HTMLButtonElement>('[data-confirm="yes"]')!.click();
    expect(tickStores.resetList).toHaveBeenCalledTimes(1);
    expect(s.$ticks.get()).toEqual({});
  });

  it('resets only after confirmation', async () => {
    seedTicks({ token: ['open'], other: ['x'] });
    const s = await mount(await checklist(steps));
    document.querySelector<HTMLButtonElement>('.eis-checklist__reset')!.click();
    const confirm = document.querySelector<HTMLElement>('.eis-checklist__confirm')!;
    expect(confirm.hidden).toBe(false);
    confirm.querySelector<HTMLButtonElement>('[data-confirm="no"]')!.click();
    expect(s.$ticks.get()).toEqual({ token: ['open'], other: ['x'] });
    document.querySelector<HTMLButtonElement>('.eis-checklist__reset')!.click();
    confirm.querySelector<HTMLButtonElement>('[data-confirm="yes"]')!.click();
    expect(s.$ticks.get()).toEqual({ other: ['x'] });
    expect(confirm.hidden).toBe(true);
  });

  it('gives the ticks back after a reset, as they were, keeping a step ticked since', async () => {
    const s = await mount(await checklist(steps));
    otherTab('eis:v2:tick:token:open', fakeHash(0));
    otherTab('eis:v2:tick:token:save', '1');
    expect(s.$ticks.get()).toEqual({ token: ['open', 'save'] });
    const undo = document.querySelector<HTMLButtonElement>('.eis-checklist__undo')!;
    expect(undo.hidden).toBe(true);
    document.querySelector<HTMLButtonElement>('.eis-checklist__reset')!.click();
    document
      .querySelector<HTMLButtonElement>('.eis-checklist__confirm [data-confirm="yes"]')!
      .click();
    expect(s.$ticks.get()).toEqual({});
    expect(document.querySelector('.eis-checklist__notice')?.textContent).toBe('Отметки сняты.');
    expect(undo.hidden).toBe(false);
    // Ticked again meanwhile: that tick stays as it is now.
    document.querySelector<HTMLInputElement>('#save .eis-step__check')!.click();
    undo.click();
    expect(s.$ticks.get()).toEqual({ token: ['open', 'save'] });
    expect(localStorage.getItem('eis:v2:tick:token:open')).toBe(fakeHash(0));
    expect(localStorage.getItem('eis:v2:tick:token:save')).toBe(fakeHash(2));
    expect(undo.hidden).toBe(true);
    expect(document.querySelector('.eis-checklist__notice')?.textContent).toBe(
      'Отметки возвращены.',
    );
  });

  it('shows a quiet notice when storage is unavailable, and ticking still works', async () => {
    const s = await mount(await checklist(steps));
    $storageIssue.set('blocked');
    expect(document.querySelector('.eis-checklist__notice')?.textContent).toMatch(
      /пропадут, как только вы уйдёте с этой страницы/,
    );
    document.querySelector<HTMLInputElement>('#open .eis-step__check')!.click();
    expect(s.$ticks.get()).toEqual({ token: ['open'] });
  });
});

/** The reminder tool's page: the form and list, and the site-wide notice. */
const reminderHtml = async () =>
  (await render(Reminder, { props: { kind: 'token' } })) + (await render(ExpiryNotice));

describe('<eis-reminder> and <eis-expiry-notice>', () => {
  const submit = (date: string, label = '') => {
    document.querySelector<HTMLInputElement>('input[name="date"]')!.value = date;
    document.querySelector<HTMLInputElement>('input[name="label"]')!.value = label;
    document.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
  };

  it('rejects an empty date, an impossible date and a date over 10 years ahead; stores nothing', async () => {
    const s = await mount(await reminderHtml());
    const error = document.querySelector('.eis-reminder__error')!;
    submit('');
    expect(error.textContent).toMatch(/Укажите дату/);
    // The date input sanitises an impossible date to '' (as browsers do); either way the reader
    // gets a message and nothing is stored. checkExpiryDate's own wording is unit-tested.
    submit('2026-02-30');
    expect(error.textContent).toMatch(/Укажите дату|Такой даты нет/);
    submit(isoFromToday(366 * 11));
    expect(error.textContent).toMatch(/10 лет/);
    expect(s.$reminders.get()).toEqual([]);
    expect(Object.keys(localStorage).filter((k) => k.startsWith('eis:v2:reminder:'))).toEqual([]);
  });

  it('refuses a secret-looking label with a reason, and stores nothing anywhere', async () => {
    const s = await mount(await reminderHtml());
    for (const label of ['«a9c1e77d0b3f4e52»', 'Zakupki2024!', 'пароль: 123', '2ВМ-7701234567-1']) {
      submit(isoFromToday(10), label);
      expect(document.querySelector('.eis-reminder__error')?.textContent).toMatch(
        /^Подпись не сохранена: похоже на/,
      );
      expect(document.querySelector<HTMLInputElement>('input[name="label"]')!.value).toBe('');
    }
    expect(s.$reminders.get()).toEqual([]);
    expect(JSON.stringify(localStorage)).not.toMatch(/a9c1e77d|Zakupki|7701234567/);
    expect(location.href).not.toMatch(/a9c1e77d|Zakupki/);
  });

  it('refuses the reminder over the limit visibly, before saving', async () => {
    stores.replaceProgress({
      ticks: {},
      plan: {},
      reminders: Array.from({ length: 200 }, (_, i) => ({
        id: `r-seed${String(i).padStart(4, '0')}`,
        kind: 'other' as const,
        label: `N${i}`,
        date: isoFromToday(100 + i),
        seq: 0,
      })),
    });
    const s = await mount(await reminderHtml());
    expect(s.$reminders.get()).toHaveLength(200);
    submit(isoFromToday(10), 'Ещё одно');
    expect(document.querySelector('.eis-reminder__error')?.textContent).toMatch(/не больше 200/);
    expect(document.querySelector('.eis-reminder__status')?.textContent).not.toMatch(/добавлено/);
    expect(s.$reminders.get()).toHaveLength(200);
  });

  it('adds a reminder 10 days ahead, shows the wording and the site-wide notice', async () => {
    const s = await mount(await reminderHtml());
    submit(isoFromToday(10), 'Отдел закупок');
    expect(s.$reminders.get()).toHaveLength(1);
    expect(document.querySelector('.eis-reminder__list')?.textContent).toContain(
      'истекает через 10 дней',
    );
    const notice = document.querySelector<HTMLElement>('eis-expiry-notice')!;
    expect(notice.hidden).toBe(false);
    expect(notice.textContent).toContain('истекает через 10 дней');
    const id = s.$reminders.get()[0]!.id;
    expect(notice.querySelector('a.eis-notice__edit')?.getAttribute('href')).toBe(
      `/tools/reminder/#edit-${id}`,
    );
  });

  it('opens the entry of #edit-<id> («Уже продлил» in the notice) for editing on arrival', async () => {
    const saved = stores.saveReminder({
      kind: 'edo',
      label: 'Отдел закупок',
      date: isoFromToday(-3),
    });
    const id = saved.ok ? saved.reminder.id : '';
    history.replaceState(null, '', `/tools/reminder/#edit-${id}`);
    await flush();
    const s = await mount(await reminderHtml());
    const date = document.querySelector<HTMLInputElement>('input[name="date"]')!;
    expect(date.value).toBe(isoFromToday(-3));
    expect(document.querySelector<HTMLInputElement>('input[name="label"]')!.value).toBe(
      'Отдел закупок',
    );
    expect(document.querySelector('.eis-reminder__submit')?.textContent).toBe(
      'Сохранить изменения',
    );
    expect(document.activeElement).toBe(date);
    submit(isoFromToday(300), 'Отдел закупок');
    expect(s.$reminders.get()).toHaveLength(1);
    expect(s.$reminders.get()[0]).toMatchObject({ id, date: isoFromToday(300), seq: 1 });
  });

  it('says «Напоминаний пока нет» only once it has read the storage (no flash before the list)', async () => {
    const html = await reminderHtml();
    const template = document.createElement('template');
    template.innerHTML = html;
    const unread = template.content.querySelector<HTMLElement>('.eis-reminder__empty')!;
    // In its place but invisible (Reminder.astro), so reading the storage moves nothing below.
    expect(unread.hasAttribute('data-unread')).toBe(true);
    expect(unread.hidden).toBe(false);
    await mount(html);
    const read = document.querySelector<HTMLElement>('.eis-reminder__empty')!;
    expect(read.hidden).toBe(false);
    expect(read.hasAttribute('data-unread')).toBe(false);
  });

  it('edits (raising SEQUENCE) and deletes', async () => {
    const s = await mount(await reminderHtml());
    submit(isoFromToday(40));
    expect(document.querySelector<HTMLElement>('eis-expiry-notice')!.hidden).toBe(true);
    document.querySelector<HTMLButtonElement>('button[data-action="edit"]')!.click();
    submit(isoFromToday(-3));
    expect(s.$reminders.get()[0]?.seq).toBe(1);
    expect(document.querySelector('.eis-reminder__list')?.textContent).toContain(
      'истёк 3 дня назад',
    );
    document.querySelector<HTMLButtonElement>('button[data-action="delete"]')!.click();
    expect(s.$reminders.get()).toEqual([]);
    expect(document.querySelector<HTMLElement>('.eis-reminder__empty')!.hidden).toBe(false);
  });

  // An audit of round 29: «Удалить» deleted at once, with no way back.
  it('«Вернуть удалённое напоминание» puts the deleted reminder back as it was', async () => {
    const s = await mount(await reminderHtml());
    submit(isoFromToday(40));
    const before = s.$reminders.get()[0]!;
    const undo = document.querySelector<HTMLElement>('.eis-reminder__undo')!;
    expect(undo.hidden).toBe(true);
    document.querySelector<HTMLButtonElement>('button[data-action="delete"]')!.click();
    expect(s.$reminders.get()).toEqual([]);
    expect(undo.hidden).toBe(false);
    document.querySelector<HTMLButtonElement>('.eis-reminder__restore')!.click();
    expect(s.$reminders.get()).toEqual([before]);
    expect(undo.hidden).toBe(true);
    expect(document.activeElement).toBe(document.querySelector(`[data-id="${before.id}"]`));
    expect(document.querySelector('.eis-reminder__status')?.textContent).toBe(
      'Напоминание возвращено.',
    );
  });

  // Round 35's red team: two deletions in a row, and only the last could come back.
  it('brings back every reminder deleted in a row, the last first', async () => {
    const s = await mount(await reminderHtml());
    submit(isoFromToday(40));
    submit(isoFromToday(50));
    const both = s.$reminders.get();
    expect(both).toHaveLength(2);
    const undo = document.querySelector<HTMLElement>('.eis-reminder__undo')!;
    const restore = document.querySelector<HTMLButtonElement>('.eis-reminder__restore')!;
    document.querySelector<HTMLButtonElement>('button[data-action="delete"]')!.click();
    document.querySelector<HTMLButtonElement>('button[data-action="delete"]')!.click();
    expect(s.$reminders.get()).toEqual([]);
    restore.click();
    expect(s.$reminders.get()).toEqual([both[1]]);
    expect(undo.hidden).toBe(false);
    restore.click();
    expect(s.$reminders.get()).toEqual(both);
    expect(undo.hidden).toBe(true);
  });

  // An audit of round 29: «Отменить изменение» hid itself and focus fell to the page.
  it('«Отменить изменение» returns focus to the reminder and says so', async () => {
    const s = await mount(await reminderHtml());
    submit(isoFromToday(40));
    document.querySelector<HTMLButtonElement>('button[data-action="edit"]')!.click();
    const cancel = document.querySelector<HTMLButtonElement>('.eis-reminder__cancel')!;
    expect(cancel.hidden).toBe(false);
    cancel.focus();
    cancel.click();
    const id = s.$reminders.get()[0]!.id;
    expect(document.activeElement).toBe(document.querySelector(`[data-id="${id}"]`));
    expect(document.querySelector('.eis-reminder__status')?.textContent).toBe(
      'Изменение отменено.',
    );
  });
});

describe('<eis-progress>', () => {
  const html = () => render(Progress);
  /** Click, then wait until the (lazily loaded) action has said something. */
  const click = async (action: string, selector = `[data-action="${action}"]`) => {
    const said = () => text('.eis-progress__message') + text('.eis-progress__error');
    const before = said();
    document.querySelector<HTMLButtonElement>(selector)!.click();
    await vi.waitFor(() => expect(said()).not.toBe(before));
  };
  const text = (sel: string) => document.querySelector(sel)?.textContent ?? '';
  const file = (over: object) =>
    JSON.stringify({ format: 'eis-integration-progress', v: 1, ...over });

  const importFile = async (content: string) => {
    const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
    Object.defineProperty(input, 'files', {
      configurable: true,
      value: [new File([content], 'p.json')],
    });
    input.dispatchEvent(new Event('change'));
    // Done when the file was either refused or previewed.
    await vi.waitFor(() => {
      const shown = !document.querySelector<HTMLElement>('.eis-progress__preview')!.hidden;
      expect(shown || text('.eis-progress__error') !== '').toBe(true);
    });
  };

  it('shows «N из M» and task-list statuses', async () => {
    seedTicks({ token: ['a'], 'edo-identifier': ['c'] });
    await mount(await html());
    // Each guide's row: its link, «N из M», and the task-list status.
    const items = [...document.querySelectorAll('[data-checklist]')].map((li) =>
      [...li.children].map((part) => part.textContent?.trim()),
    );
    const title = (key: string) => GUIDES.find((g) => g.key === key)!.title;
    expect(items).toEqual(
      expect.arrayContaining([
        [title('token'), '1 из 2', 'В процессе'],
        [title('edo'), '1 из 1', 'Выполнено'],
        [title('ris'), '0 из 1', 'Не начато'],
      ]),
    );
    expect(items).toHaveLength(3);
  });

  it('enables its controls only once ready', async () => {
    await mount(await html());
    expect(document.querySelector<HTMLButtonElement>('[data-action="reset"]')!.disabled).toBe(
      false,
    );
    expect(document.querySelector<HTMLInputElement>('[data-action="import"]')!.disabled).toBe(
      false,
    );
  });

  it('refuses bad files with one short sentence and leaves progress untouched', async () => {
    seedTicks({ token: ['a'] });
    const s = await mount(await html());
    for (const bad of [
      'not json',
      file({ v: 7, ticks: { token: ['a'] } }),
      file({ ticks: {} }),
      file({ ticks: 'all' }),
      file({ ticks: { gone: ['q'] } }),
      '{}',
      file({ v: 'x'.repeat(45_000) }),
    ]) {
      await importFile(bad);
      const error = text('.eis-progress__error');
      expect(error).toMatch(/^Файл не загружен, ваш прогресс не изменён: [^.]+\.$/);
      expect(error.length).toBeLessThanOrEqual(200);
      expect(error).not.toMatch(/xxxx|object Object/);
      expect(document.querySelector<HTMLElement>('.eis-progress__preview')!.hidden).toBe(true);
    }
    expect(s.$ticks.get()).toEqual({ token: ['a'] });
  });

  it('previews a file, merges by default, and undoes', async () => {
    seedTicks({ token: ['a'] });
    stores.savePlan({ needs: ['send'] });
    const mine = stores.saveReminder({ kind: 'token', label: 'Мой', date: isoFromToday(50) });
    const s = await mount(await html());
    await importFile(
      file({
        ticks: { token: ['b', 'zzz'], gone: ['q'] },
        plan: { needs: ['activation'] },
        reminders: [
          { id: 'r-other001', kind: 'edo', label: 'Из файла', date: isoFromToday(20), seq: 0 },
          { id: 'r-other002', kind: 'edo', label: 'Zakupki2024!', date: isoFromToday(30), seq: 0 },
        ],
      }),
    );
    const preview = document.querySelector<HTMLElement>('.eis-progress__preview')!;
    expect(preview.hidden).toBe(false);
    expect(text('.eis-progress__preview-text')).toMatch(
      /отметки 1 шага в 1 чек-листе, 2 напоминания, план/,
    );
    expect(text('.eis-progress__preview-text')).toMatch(/неизвестных шагов: 2/);
    expect(text('.eis-progress__preview-list')).toContain('Из файла');
    expect(text('.eis-progress__preview-list')).not.toContain('Zakupki');
    expect(s.$ticks.get()).toEqual({ token: ['a'] }); // nothing changes before a choice
    await click('merge');
    expect(s.$ticks.get()).toEqual({ token: ['a', 'b'] });
    expect(s.$plan.get()).toEqual({ needs: ['send'] });
    expect(
      s.$reminders
        .get()
        .map((r) => r.label)
        .sort(),
    ).toEqual(['', 'Из файла', 'Мой']);
    expect(JSON.stringify(localStorage)).not.toContain('Zakupki');
    expect(mine.ok).toBe(true);
    await click('undo');
    expect(s.$ticks.get()).toEqual({ token: ['a'] });
    expect(s.$reminders.get().map((r) => r.label)).toEqual(['Мой']);
    expect(text('.eis-progress__message')).toMatch(/Вернули всё, как было/);
  });

  it('replaces only on the explicit choice, and cancel changes nothing', async () => {
    seedTicks({ token: ['a'] });
    const s = await mount(await html());
    const good = file({ ticks: { 'edo-identifier': ['c'] } });
    await importFile(good);
    await click('cancel-import');
    expect(s.$ticks.get()).toEqual({ token: ['a'] });
    await importFile(good);
    await click('replace');
    expect(s.$ticks.get()).toEqual({ 'edo-identifier': ['c'] });
    await click('undo');
    expect(s.$ticks.get()).toEqual({ token: ['a'] });
  });

  it('resets all after confirmation, with undo, and keeps the storage notice apart', async () => {
    seedTicks({ token: ['a'] });
    stores.savePlan({ needs: ['activation'] });
    const s = await mount(await html());
    expect(document.querySelector<HTMLElement>('.eis-progress__plan')!.hidden).toBe(false);
    $storageIssue.set('blocked');
    document.querySelector<HTMLButtonElement>('[data-action="reset"]')!.click();
    // The question says what stays: the reminders («Сбросить всё» keeps them).
    expect(text('.eis-progress__confirm')).toMatch(/Напоминания о сроках не удаляются/);
    await click('', '[data-confirm="yes"]');
    expect(s.$ticks.get()).toEqual({});
    // The way back names what it undoes: no bare «Отменить».
    expect(text('[data-action="undo"]').trim()).toBe('Отменить сброс или загрузку');
    expect(s.$plan.get()).toEqual({});
    expect(text('.eis-progress__storage')).toMatch(
      /пропадут, как только вы уйдёте с этой страницы/,
    );
    await click('undo');
    expect(s.$ticks.get()).toEqual({ token: ['a'] });
    expect(s.$plan.get()).toEqual({ needs: ['activation'] });
    expect(text('.eis-progress__storage')).toMatch(
      /пропадут, как только вы уйдёте с этой страницы/,
    );
  });
});
