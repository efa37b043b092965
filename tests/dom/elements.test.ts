/**
 * Custom elements in happy-dom, over markup shaped like the server-rendered components:
 * <eis-checklist>, <eis-reminder>, <eis-expiry-notice>, <eis-progress> (<eis-tree>: tree.test.ts).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import * as stores from '../../src/components/shared/stores';
import { $storageIssue } from '../../src/components/shared/persist';
import '../../src/components/checklist/checklist.client';
import '../../src/components/reminder/reminder.client';
import '../../src/components/reminder/notice.client';
import '../../src/components/progress/progress.client';
import { isoInDays } from '../helpers/dates';

const flush = () => new Promise((r) => setTimeout(r, 0));

/** Put server-shaped markup on the page; the defined elements upgrade and bind to the stores. */
async function mount(html: string) {
  // Parse into an inert template first, so elements connect with their children in place, as
  // they do when a module script upgrades a fully parsed page.
  const template = document.createElement('template');
  template.innerHTML = html;
  document.body.replaceChildren(template.content);
  await flush();
  return stores;
}

const step = (id: string, text: string) =>
  `<li id="${id}" class="eis-step" data-step-id="${id}"><input type="checkbox" class="eis-step__check" aria-labelledby="${id}-text"><div class="eis-step__body" id="${id}-text"><p>${text}</p><aside>Предупреждение</aside></div></li>`;

const checklist = (steps: [string, string][]) => `
<eis-checklist data-checklist-id="token">
  <div class="eis-checklist__bar"><p class="eis-checklist__progress">Шагов: ${steps.length}</p>
  <button type="button" class="eis-checklist__reset">Сбросить отметки</button>
  <p class="eis-checklist__confirm" hidden><button data-confirm="yes">Да</button><button data-confirm="no">Отмена</button></p></div>
  <ol class="eis-checklist__steps">${steps.map(([id, t]) => step(id, t)).join('')}</ol>
  <p class="eis-checklist__notice" role="status"></p>
</eis-checklist>`;

beforeEach(() => {
  document.body.innerHTML = '';
  localStorage.clear();
  stores.$ticks.set({});
  stores.$reminders.set([]);
  stores.$plan.set({});
  $storageIssue.set(null);
  history.replaceState(null, '', '/');
});

/** Seed stored ticks as a previous visit would have left them. */
const seedTicks = (data: Record<string, string[]>) => stores.$ticks.set(data);

describe('<eis-checklist>', () => {
  const steps: [string, string][] = [
    ['open', 'Откройте раздел.'],
    ['tick', 'Установите флаг.'],
    ['save', 'Нажмите «Сохранить».'],
  ];

  it('labels each checkbox by the step text and counts progress', async () => {
    const s = await mount(checklist(steps));
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
      checklist([
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

  it('updates when another tab ticks a step', async () => {
    await mount(checklist(steps));
    const newValue = JSON.stringify({ v: 1, data: { token: ['open', 'save'] } });
    localStorage.setItem('eis:v1:ticks', newValue);
    window.dispatchEvent(new StorageEvent('storage', { key: 'eis:v1:ticks', newValue }));
    expect(document.querySelector<HTMLInputElement>('#save .eis-step__check')?.checked).toBe(true);
    expect(document.querySelector('.eis-checklist__progress')?.textContent).toBe(
      'Выполнено 2 из 3',
    );
  });

  it('resets only after confirmation', async () => {
    seedTicks({ token: ['open'], other: ['x'] });
    const s = await mount(checklist(steps));
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

  it('shows a quiet notice when storage is unavailable, and ticking still works', async () => {
    const s = await mount(checklist(steps));
    $storageIssue.set('blocked');
    expect(document.querySelector('.eis-checklist__notice')?.textContent).toMatch(
      /только до закрытия страницы/,
    );
    document.querySelector<HTMLInputElement>('#open .eis-step__check')!.click();
    expect(s.$ticks.get()).toEqual({ token: ['open'] });
  });
});

const reminderHtml = `
<eis-reminder data-default-kind="token">
  <form novalidate>
    <input type="radio" name="k" value="token" checked><input type="radio" name="k" value="edo"><input type="radio" name="k" value="other">
    <input name="label" type="text"><input name="date" type="date">
    <p class="eis-reminder__error"></p>
    <button type="submit" class="eis-reminder__submit">Добавить напоминание</button>
    <button type="button" class="eis-reminder__cancel" hidden>Отменить</button>
  </form>
  <p class="eis-reminder__empty">Напоминаний пока нет.</p>
  <ul class="eis-reminder__list"></ul>
  <p class="eis-reminder__status"></p>
</eis-reminder>
<eis-expiry-notice hidden><aside><p class="eis-notice__text"></p><p><a class="eis-notice__guide" href="/"></a><button class="eis-notice__close">Скрыть</button></p></aside></eis-expiry-notice>`;

describe('<eis-reminder> and <eis-expiry-notice>', () => {
  const submit = (date: string, label = '') => {
    document.querySelector<HTMLInputElement>('input[name="date"]')!.value = date;
    document.querySelector<HTMLInputElement>('input[name="label"]')!.value = label;
    document.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
  };

  it('rejects an empty date, an impossible date and a date over 10 years ahead; stores nothing', async () => {
    const s = await mount(reminderHtml);
    const error = document.querySelector('.eis-reminder__error')!;
    submit('');
    expect(error.textContent).toMatch(/Укажите дату/);
    // The date input sanitises an impossible date to '' (as browsers do); either way the reader
    // gets a message and nothing is stored. checkExpiryDate's own wording is unit-tested.
    submit('2026-02-30');
    expect(error.textContent).toMatch(/Укажите дату|Такой даты нет/);
    submit(isoInDays(366 * 11));
    expect(error.textContent).toMatch(/10 лет/);
    expect(s.$reminders.get()).toEqual([]);
    expect(JSON.parse(localStorage.getItem('eis:v1:reminders') ?? '{"data":[]}').data).toEqual([]);
  });

  it('adds a reminder 10 days ahead, shows the wording and the site-wide notice', async () => {
    const s = await mount(reminderHtml);
    submit(isoInDays(10), 'Отдел закупок');
    expect(s.$reminders.get()).toHaveLength(1);
    expect(document.querySelector('.eis-reminder__list')?.textContent).toContain(
      'истекает через 10 дней',
    );
    const notice = document.querySelector<HTMLElement>('eis-expiry-notice')!;
    expect(notice.hidden).toBe(false);
    expect(notice.textContent).toContain('истекает через 10 дней');
    expect(notice.querySelector('a.eis-notice__guide')?.getAttribute('href')).toBe(
      '/services/token/',
    );
  });

  it('edits (raising SEQUENCE) and deletes', async () => {
    const s = await mount(reminderHtml);
    submit(isoInDays(40));
    expect(document.querySelector<HTMLElement>('eis-expiry-notice')!.hidden).toBe(true);
    document.querySelector<HTMLButtonElement>('button[data-action="edit"]')!.click();
    submit(isoInDays(-3));
    expect(s.$reminders.get()[0]?.seq).toBe(1);
    expect(document.querySelector('.eis-reminder__list')?.textContent).toContain(
      'истёк 3 дня назад',
    );
    document.querySelector<HTMLButtonElement>('button[data-action="delete"]')!.click();
    expect(s.$reminders.get()).toEqual([]);
    expect(document.querySelector<HTMLElement>('.eis-reminder__empty')!.hidden).toBe(false);
  });
});

describe('<eis-progress>', () => {
  const html = `
<eis-progress data-known='{"token":["a","b"],"edo-identifier":["c"]}' data-base="/">
  <section class="eis-progress__plan" hidden><ol class="eis-progress__plan-list"></ol></section>
  <ul><li data-checklist="token"><span class="eis-progress__count"></span><strong class="eis-progress__status"></strong></li>
  <li data-checklist="edo-identifier"><span class="eis-progress__count"></span><strong class="eis-progress__status"></strong></li></ul>
  <input type="file" data-action="import">
  <button type="button" data-action="reset">Сбросить всё</button>
  <p class="eis-progress__confirm" hidden><button data-confirm="yes">Да</button><button data-confirm="no">Нет</button></p>
  <p class="eis-progress__message"></p><p class="eis-progress__error"></p>
</eis-progress>`;

  const importFile = async (text: string) => {
    const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
    Object.defineProperty(input, 'files', {
      configurable: true,
      value: [new File([text], 'p.json')],
    });
    input.dispatchEvent(new Event('change'));
    await new Promise((r) => setTimeout(r, 20));
  };

  it('shows «N из M» and task-list statuses', async () => {
    seedTicks({ token: ['a'], 'edo-identifier': ['c'] });
    await mount(html);
    const items = [...document.querySelectorAll('[data-checklist]')].map((li) =>
      li.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(items).toEqual(['1 из 2В процессе', '1 из 1Выполнено']);
  });

  it('rejects a bad import and leaves progress untouched', async () => {
    seedTicks({ token: ['a'] });
    const s = await mount(html);
    await importFile('not json');
    expect(document.querySelector('.eis-progress__error')?.textContent).toMatch(
      /не JSON.*Текущий прогресс не изменён/,
    );
    await importFile(JSON.stringify({ format: 'eis-integration-progress', v: 7, ticks: {} }));
    expect(document.querySelector('.eis-progress__error')?.textContent).toMatch(/другой версии/);
    expect(s.$ticks.get()).toEqual({ token: ['a'] });
  });

  it('imports a good file, ignoring unknown steps, then resets all after confirmation', async () => {
    const s = await mount(html);
    await importFile(
      JSON.stringify({
        format: 'eis-integration-progress',
        v: 1,
        ticks: { token: ['a', 'b', 'zzz'], gone: ['q'] },
        plan: { needs: ['activation'] },
        reminders: [],
      }),
    );
    expect(s.$ticks.get()).toEqual({ token: ['a', 'b'] });
    expect(document.querySelector('.eis-progress__message')?.textContent).toMatch(
      /Пропущено отметок неизвестных шагов: 2/,
    );
    expect(document.querySelector<HTMLElement>('.eis-progress__plan')!.hidden).toBe(false);
    document.querySelector<HTMLButtonElement>('[data-action="reset"]')!.click();
    document.querySelector<HTMLButtonElement>('[data-confirm="yes"]')!.click();
    expect(s.$ticks.get()).toEqual({});
    expect(s.$plan.get()).toEqual({});
  });
});
