/**
 * «Мой прогресс» → «Организации» over the real Progress.astro: one organisation looks as before
 * plus «Добавить организацию»; adding, the doubt question, removing with a question and
 * «Вернуть»; the matrix organisations × guides and its filter; a cell makes its organisation
 * this tab's.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import '../progress/progress.client';
import Progress from '../progress/Progress.astro';
import { mount, render } from '../../../tests/dom/support/render';

const q = <T extends HTMLElement>(sel: string) => document.querySelector<T>(sel)!;
const names = () =>
  [...document.querySelectorAll('.eis-orgs__list .eis-orgs__name')].map((n) => n.textContent);

async function add(name: string) {
  q<HTMLInputElement>('#eis-org-name').value = name;
  q<HTMLButtonElement>('[data-action="org-add"]').click();
  await vi.waitFor(() => expect(names()).toContain(name));
}

beforeEach(async () => {
  document.body.innerHTML = '';
  localStorage.clear();
  sessionStorage.clear();
  // The stores read storage again, as on a page restored from the back/forward cache.
  const restored = new Event('pageshow');
  Object.defineProperty(restored, 'persisted', { value: true });
  window.dispatchEvent(restored);
  await mount(await render(Progress));
});

describe('organisations on «Мой прогресс»', () => {
  it('one organisation: no matrix, no switcher, only the add form', () => {
    expect(q('.eis-orgs__matrix').childElementCount).toBe(0);
    expect(document.querySelector('.eis-org-switch')).toBeNull();
    expect(q<HTMLButtonElement>('[data-action="org-add"]').disabled).toBe(false);
    expect(localStorage.getItem('eis:v1:orgs')).toBeNull();
  });

  it('adds organisations; the matrix shows every organisation × guide with a link', async () => {
    await add('Гимназия-16');
    expect(names()).toEqual(['Моя организация', 'Гимназия-16']);
    await add('МБОУ СОШ № 5');
    await vi.waitFor(() => expect(document.querySelector('.eis-orgs__table')).not.toBeNull());
    const rows = [...document.querySelectorAll('.eis-orgs__table tbody tr')];
    expect(rows.map((r) => r.querySelector('th')?.textContent)).toEqual([
      'Моя организация',
      'Гимназия-16',
      'МБОУ СОШ № 5',
    ]);
    const cells = rows[1]!.querySelectorAll('td a');
    const columns = document.querySelectorAll('.eis-orgs__table thead th').length - 1;
    expect(columns).toBeGreaterThanOrEqual(3);
    expect(cells).toHaveLength(columns);
    expect(cells[0]!.textContent).toMatch(/^(Не начато|Сначала другая инструкция), 0 из \d+$/);
    // A cell makes its organisation this tab's (the link then opens the guide).
    const id = (cells[0] as HTMLElement).dataset['org']!;
    cells[0]!.addEventListener('click', (e) => e.preventDefault());
    // Opened in another tab or window (Ctrl, Shift): this tab keeps its organisation.
    for (const key of ['ctrlKey', 'shiftKey', 'metaKey'])
      cells[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true, [key]: true }));
    expect(sessionStorage.getItem('eis:v1:org')).toBeNull();
    (cells[0] as HTMLElement).click();
    expect(sessionStorage.getItem('eis:v1:org')).toBe(id);
  });

  it('filters «у кого не выполнено»', async () => {
    await add('Гимназия-16');
    await vi.waitFor(() => expect(document.querySelector('#eis-orgs-filter')).not.toBeNull());
    const first = q<HTMLSelectElement>('#eis-orgs-filter').options[1]!.value;
    // The first organisation has done that guide (ticked in another tab): only Гимназия-16 is left.
    const data = JSON.parse(document.getElementById('eis-data')!.textContent!);
    const { id, steps } = data.guides[first].checklist as { id: string; steps: string[] };
    for (const step of steps) localStorage.setItem(`eis:v2:tick:${id}:${step}`, '1');
    window.dispatchEvent(new StorageEvent('storage', { key: null, storageArea: localStorage }));
    const fresh = q<HTMLSelectElement>('#eis-orgs-filter');
    fresh.value = first;
    fresh.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(q('.eis-orgs__table caption').textContent).toMatch(/: 1 из 2$/));
    expect(q('.eis-orgs__table tbody th').textContent).toBe('Гимназия-16');
  });

  it('asks about a name that may be a password, «Нет» focused and not saved', async () => {
    await add('Гимназия-16');
    q<HTMLInputElement>('#eis-org-name').value = 'Ромашка2024';
    q<HTMLButtonElement>('[data-action="org-add"]').click();
    await vi.waitFor(() => expect(q('.eis-orgs__doubt').hidden).toBe(false));
    expect(document.activeElement).toBe(q('[data-action="org-doubt-no"]'));
    q<HTMLButtonElement>('[data-action="org-doubt-no"]').click();
    expect(names()).toEqual(['Моя организация', 'Гимназия-16']);
    q<HTMLInputElement>('#eis-org-name').value = 'Ромашка2024';
    q<HTMLButtonElement>('[data-action="org-add"]').click();
    q<HTMLButtonElement>('[data-action="org-doubt-yes"]').click();
    await vi.waitFor(() => expect(names()).toContain('Ромашка2024'));
  });

  it('refuses a secret with the reason', async () => {
    await add('Гимназия-16');
    q<HTMLInputElement>('#eis-org-name').value = '3f2504e0-4f89-11d3-9a0c-0305e82c3301';
    q<HTMLButtonElement>('[data-action="org-add"]').click();
    await vi.waitFor(() =>
      expect(q('.eis-orgs__error').textContent).toMatch(/^Название не сохранено/),
    );
    expect(names()).toHaveLength(2);
  });

  it('removes after a question, and «Вернуть» brings it back', async () => {
    await add('Гимназия-16');
    const id = q('.eis-orgs__list li:nth-child(2)').dataset['org']!;
    localStorage.setItem(`eis:${id}:v2:tick:token:token-eis-save`, '1');
    q<HTMLButtonElement>('li:nth-child(2) [data-action="org-remove"]').click();
    expect(names()).toEqual(['Моя организация']);
    expect(document.activeElement).toBe(q('[data-action="org-remove-no"]'));
    q<HTMLButtonElement>('[data-action="org-remove-yes"]').click();
    await vi.waitFor(() => expect(names()).toEqual(['Моя организация']));
    expect(localStorage.getItem(`eis:${id}:v2:tick:token:token-eis-save`)).toBeNull();
    expect(q('.eis-orgs__message').textContent).toBe('Организация «Гимназия-16» удалена.');
    q<HTMLButtonElement>('[data-action="org-undo"]').click();
    await vi.waitFor(() => expect(names()).toEqual(['Моя организация', 'Гимназия-16']));
    expect(localStorage.getItem(`eis:${id}:v2:tick:token:token-eis-save`)).toBe('1');
  });

  it('«Сбросить всё» names the organisation it resets when there are several', async () => {
    await add('Гимназия-16');
    q<HTMLButtonElement>('button[data-action="reset"]').click();
    const question = q('.eis-progress__confirm span');
    await vi.waitFor(() =>
      expect(question.textContent).toMatch(
        /^Снять все отметки организации «Моя организация» и забыть её план\? Напоминания/,
      ),
    );
    q<HTMLButtonElement>('.eis-progress__confirm [data-confirm="yes"]').click();
    await vi.waitFor(() =>
      expect(q('.eis-progress__message').textContent).toBe(
        'Все отметки организации «Моя организация» сняты, её план забыт.',
      ),
    );
  });

  it('renames, the first organisation too', async () => {
    await add('Гимназия-16');
    q<HTMLButtonElement>('li:nth-child(1) [data-action="org-rename"]').click();
    const input = q<HTMLInputElement>('li:nth-child(1) input');
    input.value = 'МКУ «ЦБ № 2»';
    q<HTMLButtonElement>('[data-action="org-rename-save"]').click();
    await vi.waitFor(() => expect(names()).toEqual(['МКУ «ЦБ № 2»', 'Гимназия-16']));
  });
});
