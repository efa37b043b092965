/**
 * «Загрузить» with organisations, over the real Progress.astro: a file of one organisation joins
 * as a new organisation or is merged into the one the reader picks; a file of several merges
 * each by id and adds the others; «Отменить сброс или загрузку» reverts all of it.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as ticks from '../../lib/storage/stores';
import './progress.client';
import Progress from './Progress.astro';
import { mount, render } from '../../../tests/dom/support/render';
import { isoFromToday } from '../../../tests/helpers/clock';
import { FIRST_ORG_NAME } from '../orgs/orgs';

const T = 'eis:v2:tick:';
const STEP = 'edo-identifier:c';
const q = <T extends HTMLElement>(sel: string) => document.querySelector<T>(sel)!;
const text = (sel: string) => document.querySelector(sel)?.textContent ?? '';
const preview = () => q('.eis-progress__preview');
const file = (over: object) =>
  JSON.stringify({ format: 'eis-integration-progress', v: 1, ...over });
const registry = () =>
  (
    JSON.parse(localStorage.getItem('eis:v1:orgs') ?? '{"data":{"orgs":[]}}') as {
      data: { orgs: { id: string; name: string }[] };
    }
  ).data.orgs;
const tickKeys = () =>
  Object.keys(localStorage)
    .filter((k) => k.includes(':v2:tick:'))
    .sort();

/** A token reminder as stored, `days` from today. */
const storedToken = (label: string, days: number) =>
  JSON.stringify({ v: 1, data: { kind: 'token', label, date: isoFromToday(days), seq: 0 } });

function choose(f: File) {
  const input = q<HTMLInputElement>('input[type="file"]');
  Object.defineProperty(input, 'files', { configurable: true, value: [f] });
  input.dispatchEvent(new Event('change'));
}

async function click(action: string) {
  const said = () => text('.eis-progress__message') + text('.eis-progress__error');
  const before = said();
  q<HTMLButtonElement>(`[data-action="${action}"]`).click();
  await vi.waitFor(() => expect(said()).not.toBe(before));
}

async function load(f: File) {
  choose(f);
  await vi.waitFor(() =>
    expect([text('.eis-progress__error'), preview().hidden]).toEqual(['', false]),
  );
}

/**
 * The reader's token reminder r-mine0001, then a file of two organisations whose first, named
 * `first`, holds a newer copy of it («Чужой»).
 */
async function loadMineTheirs(first: string) {
  const id = 'r-mine0001';
  localStorage.setItem(`eis:v2:reminder:${id}`, storedToken('Мой токен', 50));
  await load(
    new File(
      [
        file({
          orgs: [
            {
              id: '',
              name: first,
              reminders: [{ id, kind: 'token', label: 'Чужой', date: isoFromToday(400), seq: 7 }],
            },
            { id: 'o-sosh5abcd', name: 'Школа 5', ticks: { 'edo-identifier': ['c'] } },
          ],
        }),
      ],
      'all.json',
    ),
  );
}

/** The page as a reader with these organisations sees it after a fresh load. */
async function page(orgs?: { id: string; name: string }[]) {
  document.body.innerHTML = '';
  localStorage.clear();
  sessionStorage.clear();
  if (orgs) localStorage.setItem('eis:v1:orgs', JSON.stringify({ v: 1, data: { orgs } }));
  const restored = new Event('pageshow');
  Object.defineProperty(restored, 'persisted', { value: true });
  window.dispatchEvent(restored);
  await mount(await render(Progress));
}

beforeEach(() => page());

describe('the preview follows the organisation chosen', () => {
  // Round 35's red team: the lines compared the file with this tab's organisation, so loading
  // into another said «новое» for a reminder the merge then replaced there.
  it('names what a merge replaces in the organisation chosen, and nothing for a new one', async () => {
    await page([
      { id: '', name: 'Управление' },
      { id: 'o-bbbbbb', name: 'Школа Б' },
    ]);
    localStorage.setItem('eis:o-bbbbbb:v2:reminder:r-shared01', storedToken('токен школы Б', 200));
    await load(
      new File(
        [
          file({
            reminders: [
              { id: 'r-shared01', kind: 'token', label: 'старый', date: isoFromToday(30), seq: 2 },
            ],
          }),
        ],
        'b.json',
      ),
    );
    const lines = () =>
      [...document.querySelectorAll('.eis-progress__preview-list li')].map((li) => li.textContent);
    expect(lines()).toEqual([expect.stringMatching(/— новое$/)]);
    const select = q<HTMLSelectElement>('#eis-import-org');
    select.value = 'o-bbbbbb';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(lines()).toEqual([expect.stringMatching(/— заменит ваше: .*токен школы Б/)]);
    const added = q<HTMLInputElement>('input[name="eis-import-target"][value="new"]');
    added.checked = true;
    added.dispatchEvent(new Event('change', { bubbles: true }));
    expect(lines()).toEqual([expect.stringMatching(/— новое$/)]);
  });
});

describe('a file of one organisation', () => {
  it('offers «Объединить с …» (this tab’s organisation chosen) and «Добавить как новую»', async () => {
    await page([
      { id: '', name: 'Управление образования' },
      { id: 'o-sosh5abcd', name: 'МБОУ СОШ № 5' },
    ]);
    await load(new File([file({ ticks: { 'edo-identifier': ['c'] } })], 'Гимназия-16.json'));
    const select = q<HTMLSelectElement>('.eis-progress__target select');
    // The list is labelled, and lists every organisation of the reader.
    expect(q(`label[for="${select.id}"]`).textContent).toBe('Объединить с');
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'Управление образования',
      'МБОУ СОШ № 5',
    ]);
    expect(select.value).toBe('');
    const radios = [
      ...document.querySelectorAll<HTMLInputElement>('.eis-progress__target input[type="radio"]'),
    ];
    expect(radios.map((r) => [r.parentElement!.textContent!.trim(), r.checked])).toEqual([
      ['Загрузить в организацию из списка', true],
      ['Добавить как новую организацию «Гимназия-16»', false],
    ]);
  });

  it('joins as a new organisation; its ticks go under its own keys; «Отменить» takes it all back', async () => {
    await load(new File([file({ ticks: { 'edo-identifier': ['c'] } })], 'Гимназия-16.json'));
    q<HTMLInputElement>('.eis-progress__target input[value="new"]').click();
    await click('merge');
    expect(text('.eis-progress__message')).toBe(
      'Добавили организацию «Гимназия-16» с прогрессом из файла.',
    );
    const added = registry();
    expect(added.map((o) => o.name)).toEqual(['Моя организация', 'Гимназия-16']);
    expect(tickKeys()).toEqual([`eis:${added[1]!.id}:v2:tick:${STEP}`]);
    // This tab's organisation keeps what it had.
    expect(ticks.$ticks.get()).toEqual({});
    await click('undo');
    expect(localStorage.getItem('eis:v1:orgs')).toBeNull();
    expect(tickKeys()).toEqual([]);
  });

  it('merges into the organisation picked in the list, not this tab’s', async () => {
    await page([
      { id: '', name: 'Управление образования' },
      { id: 'o-sosh5abcd', name: 'МБОУ СОШ № 5' },
    ]);
    // Ticked against a step text of hash abcdef12, in the organisation the file merges into.
    localStorage.setItem(`eis:o-sosh5abcd:v2:tick:edo-identifier:b`, 'abcdef12');
    // The file's tick of `c` was made against a text of hash 12345678 (carried through export).
    const hashes = { 'edo-identifier:b': '99999999', 'edo-identifier:c': '12345678' };
    const ticked = { 'edo-identifier': ['b', 'c'] };
    await load(new File([file({ ticks: ticked, hashes })], 'x.json'));
    const select = q<HTMLSelectElement>('.eis-progress__target select');
    select.value = 'o-sosh5abcd';
    select.dispatchEvent(new Event('change'));
    await click('merge');
    expect(text('.eis-progress__message')).toBe(
      'Прогресс из файла добавлен к организации «МБОУ СОШ № 5».',
    );
    expect(tickKeys()).toEqual([
      'eis:o-sosh5abcd:v2:tick:edo-identifier:b',
      'eis:o-sosh5abcd:v2:tick:edo-identifier:c',
    ]);
    expect(registry()).toHaveLength(2);
    // The organisation's own tick keeps the hash it was made against.
    expect(localStorage.getItem('eis:o-sosh5abcd:v2:tick:edo-identifier:b')).toBe('abcdef12');
    // The file's tick keeps the hash it was made against, not "1".
    expect(localStorage.getItem('eis:o-sosh5abcd:v2:tick:edo-identifier:c')).toBe('12345678');
  });

  it('left on this tab’s organisation, it is today’s import', async () => {
    const hashes = { [STEP]: '12345678' };
    await load(new File([file({ ticks: { 'edo-identifier': ['c'] }, hashes })], 'x.json'));
    await click('merge');
    expect(ticks.$ticks.get()).toEqual({ 'edo-identifier': ['c'] });
    expect(tickKeys()).toEqual([`${T}${STEP}`]);
    // With the step hash the file carries.
    expect(ticks.$tickValues.get()[STEP]).toBe('12345678');
    expect(localStorage.getItem('eis:v1:orgs')).toBeNull();
  });
});

describe('a file of several organisations', () => {
  const many = (first = 'Управление образования') =>
    new File(
      [
        file({
          ticks: {},
          orgs: [
            { id: '', name: first, ticks: { 'edo-identifier': ['c'] } },
            { id: 'o-sosh5abcd', name: 'Школа 5', ticks: { 'edo-identifier': ['c'] } },
            {
              id: 'o-gimn16abc',
              name: 'Гимназия-16',
              ticks: { 'edo-identifier': ['c'] },
            },
          ],
        }),
      ],
      'all.json',
    );

  it('lists per organisation what happens, merges by id, adds the unknown; undo reverts all', async () => {
    await page([
      { id: '', name: 'Управление образования' },
      { id: 'o-sosh5abcd', name: 'МБОУ СОШ № 5' },
    ]);
    await load(many());
    expect(text('.eis-progress__preview-text')).toBe('В файле организаций: 3.');
    expect(
      [...document.querySelectorAll('.eis-progress__target li')].map((li) => li.textContent),
    ).toEqual([
      '«Управление образования»: объединим с вашей организацией — отметки 1 шага в 1 чек-листе.',
      '«МБОУ СОШ № 5»: объединим с вашей организацией — отметки 1 шага в 1 чек-листе.',
      '«Гимназия-16»: добавим как новую организацию — отметки 1 шага в 1 чек-листе.',
    ]);
    // Nothing else to choose: no list of organisations for a file of several.
    expect(document.querySelector('.eis-progress__target select')).toBeNull();
    await click('merge');
    expect(text('.eis-progress__message')).toBe(
      'Загрузили организаций из файла: 3, из них новых: 1.',
    );
    expect(registry()).toEqual([
      { id: '', name: 'Управление образования' },
      { id: 'o-sosh5abcd', name: 'МБОУ СОШ № 5' },
      { id: 'o-gimn16abc', name: 'Гимназия-16' },
    ]);
    expect(tickKeys()).toEqual([
      `eis:o-gimn16abc:v2:tick:${STEP}`,
      `eis:o-sosh5abcd:v2:tick:${STEP}`,
      `${T}${STEP}`,
    ]);
    await click('undo');
    expect(registry()).toHaveLength(2);
    expect(tickKeys()).toEqual([]);
  });

  // Round 34's red team: every browser's first organisation has the id '', and a colleague's
  // file of several merged its first organisation into the reader's own.
  it('adds a colleague’s first organisation as a new one, not into the reader’s first', async () => {
    await page([
      { id: '', name: 'Управление образования' },
      { id: 'o-sosh5abcd', name: 'МБОУ СОШ № 5' },
    ]);
    await load(many('МБОУ СОШ № 12'));
    expect(
      [...document.querySelectorAll('.eis-progress__target li')].map((li) => li.textContent),
    ).toEqual([
      '«МБОУ СОШ № 12»: добавим как новую организацию — отметки 1 шага в 1 чек-листе.',
      '«МБОУ СОШ № 5»: объединим с вашей организацией — отметки 1 шага в 1 чек-листе.',
      '«Гимназия-16»: добавим как новую организацию — отметки 1 шага в 1 чек-листе.',
    ]);
    await click('merge');
    expect(registry().map((o) => o.name)).toEqual([
      'Управление образования',
      'МБОУ СОШ № 5',
      'МБОУ СОШ № 12',
      'Гимназия-16',
    ]);
    expect(tickKeys()).not.toContain(`${T}${STEP}`);
  });

  // Round 34's red team: the preview named organisations otherwise than they were then stored.
  it('previews the names the new organisations are stored under', async () => {
    await page([
      { id: '', name: 'Управление образования' },
      { id: 'o-sosh5abcd', name: 'Школа 5' },
    ]);
    const org = (id: string, name: string) => ({ id, name, ticks: { 'edo-identifier': ['c'] } });
    await load(
      new File(
        [
          file({
            ticks: {},
            orgs: [
              org('', 'Управление образования'),
              org('o-aaaa0001', 'школа 5'),
              org('o-aaaa0002', 'Пароль: Qw12!xz9'),
              org('o-aaaa0003', 'Пароль: Qw12!xz8'),
            ],
          }),
        ],
        'all.json',
      ),
    );
    const named = [...document.querySelectorAll('.eis-progress__target li')].map(
      (li) => /^«([^»]+)»/.exec(li.textContent ?? '')?.[1],
    );
    await click('merge');
    expect(registry().map((o) => o.name)).toEqual([
      'Управление образования',
      'Школа 5',
      'школа 5 (2)',
      'Организация из файла',
      'Организация из файла (2)',
    ]);
    expect(named).toEqual([
      'Управление образования',
      'школа 5 (2)',
      'Организация из файла',
      'Организация из файла (2)',
    ]);
  });

  // The preview's «заменит ваше» lines matched the first organisation by its id '' alone, and
  // named the reader's reminder for a colleague's organisation that is added as a new one.
  it('names no reminder of the reader’s for a colleague’s first organisation', async () => {
    await page([{ id: '', name: 'Управление образования' }]);
    await loadMineTheirs('МБОУ СОШ № 12');
    expect(document.querySelectorAll('.eis-progress__preview-list li')).toHaveLength(0);
  });

  it('merges the file’s first organisation into a browser whose first is still unnamed', async () => {
    await page([{ id: '', name: FIRST_ORG_NAME }]);
    await load(many('МБОУ СОШ № 12'));
    expect(document.querySelector('.eis-progress__target li')?.textContent).toBe(
      `«${FIRST_ORG_NAME}»: объединим с вашей организацией — отметки 1 шага в 1 чек-листе.`,
    );
  });

  // An audit of round 29: a newer copy of the reader's reminder in a file of several
  // organisations took its date and label on «Объединить», and the preview named nothing.
  it('names a reminder of the reader’s that «Объединить» would replace, with its organisation', async () => {
    await page([
      { id: '', name: 'Управление образования' },
      { id: 'o-sosh5abcd', name: 'МБОУ СОШ № 5' },
    ]);
    await loadMineTheirs('управление образования');
    const lines = [...document.querySelectorAll('.eis-progress__preview-list li')].map(
      (li) => li.textContent,
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^«Управление образования»: .*Чужой.* — заменит ваше: .*Мой токен/);
  });
});
