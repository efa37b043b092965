/**
 * The plan sheet (issues 19 and 22): steps with their warnings and figures as the build cut them
 * from the guides, the guide's own warnings, ticks as ☑/☐; the text fallback when the file
 * cannot be read; with two or more organisations the tab's organisation in a header repeated on
 * every sheet, and «для всех организаций»: one part per organisation with its own plan and ticks.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  buildPart,
  buildSheet,
  loadSheetFile,
  listedGuides,
  offerAll,
  printedOrg,
  type Fragments,
} from './plan-sheet';
import { allParts } from './plan-sheet-orgs';
import { planKeys } from '../plan/plans';
import { PLAN_SHEET_VERSION } from './sheet-file';

const DATA = {
  https: {
    title: 'Логин и пароль',
    address: 'https://example.org/connect/https-credentials/',
    list: 'https-credentials',
    steps: [
      { id: 'open', text: 'Откройте раздел.', warnings: [] },
      { id: 'click', text: 'Нажмите ссылку.', warnings: ['Каждое нажатие — новый пароль: …'] },
    ],
  },
  token: {
    title: 'Токен',
    address: 'https://example.org/services/token/',
    list: 'token',
    steps: [{ id: 'login', text: 'Войдите.', warnings: [] }],
  },
  edo: {
    title: 'ЭДО',
    address: 'https://example.org/activation/edo-identifier/',
    list: 'edo',
    steps: [{ id: 'edo-1', text: 'Выдайте.', warnings: [] }],
  },
};

const FIGURE =
  '<figure class="eis-figure"><div class="eis-figure__drawing" role="img" aria-label="Схема карточки"><span class="mk-el mk-btn">Сохранить</span><span class="mk-note">← не нажимайте: пароль снова изменится</span></div><figcaption>Рисунок 2. Карточка</figcaption></figure>';
const DANGER =
  '<aside aria-label="Каждое нажатие — новый пароль" class="starlight-aside starlight-aside--danger"><p class="starlight-aside__title">Каждое нажатие — новый пароль</p><div class="starlight-aside__content"><p>Пароль меняется при каждом нажатии.</p></div></aside>';

const FRAGMENTS: Fragments = {
  https: {
    warnings: [
      '<aside class="starlight-aside starlight-aside--danger"><p>Пароль меняется при каждом открытии окна</p></aside>',
    ],
    steps: {
      open: '<p>Откройте раздел (рисунок 1).</p>',
      click: `<p>Нажмите ссылку (рисунок 2).</p>${DANGER}${FIGURE}`,
    },
  },
};

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();
const steps = (root: Element) => [...root.querySelectorAll('.eis-plan-sheet__step')];

const setOrgs = (orgs: { id: string; name: string }[]) => {
  localStorage.setItem('eis:v1:orgs', JSON.stringify({ v: 1, data: { orgs } }));
  window.dispatchEvent(new StorageEvent('storage', { key: null, storageArea: localStorage }));
};

beforeEach(() => localStorage.clear());
afterEach(() => vi.unstubAllGlobals());

describe('a step on the plan sheet', () => {
  it('carries its warnings and its figure, as the guide shows them', () => {
    const sheet = buildSheet(
      [{ keys: ['https'], ticks: {} }],
      DATA,
      new Date(2026, 11, 5),
      FRAGMENTS,
    );
    const [open, click] = steps(sheet);
    expect(text(open?.querySelector('.eis-plan-sheet__box'))).toBe('☐ 1.');
    expect(text(open?.querySelector('.eis-plan-sheet__body'))).toBe('Откройте раздел (рисунок 1).');
    expect(text(click?.querySelector('.eis-plan-sheet__box'))).toBe('☐ 2.');
    expect(text(click?.querySelector('aside.starlight-aside--danger'))).toContain(
      'Пароль меняется при каждом нажатии.',
    );
    const figure = click?.querySelector('figure.eis-figure');
    expect(figure?.querySelector('[role="img"]')?.getAttribute('aria-label')).toBe(
      'Схема карточки',
    );
    expect(text(figure)).toContain('← не нажимайте: пароль снова изменится');
    expect(text(figure?.querySelector('figcaption'))).toBe('Рисунок 2. Карточка');
    // The guide's own warnings come before its steps.
    const guide = sheet.querySelector('.eis-plan-sheet__guide')!;
    const top = guide.querySelector('.eis-plan-sheet__warnings');
    expect(text(top)).toBe('Пароль меняется при каждом открытии окна');
    expect(top!.compareDocumentPosition(open!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(sheet.querySelector('.eis-plan-sheet__note')).toBeNull();
  });

  it('marks the ticked steps ☑ and counts them', () => {
    const part = buildPart(
      { keys: ['https'], ticks: { 'https-credentials': ['click'] } },
      DATA,
      FRAGMENTS,
    );
    expect(steps(part).map((s) => text(s.querySelector('.eis-plan-sheet__box')))).toEqual([
      '☐ 1.',
      '☑ 2.',
    ]);
    expect(text(part)).toContain('Отмечено шагов: 1 из 2.');
  });

  it('without the build’s file: the step texts and their warnings as text, and a note', () => {
    const sheet = buildSheet([{ keys: ['https'], ticks: {} }], DATA, new Date(2026, 11, 5));
    const [, click] = steps(sheet);
    expect([...click!.querySelectorAll('p')].map(text)).toEqual([
      'Нажмите ссылку.',
      'Внимание! Каждое нажатие — новый пароль: …',
    ]);
    expect(click?.querySelector('figure')).toBeNull();
    expect(text(sheet.querySelector('.eis-plan-sheet__note'))).toBe(
      'Шаги и рисунки не удалось загрузить: они есть в инструкциях на сайте.',
    );
  });
});

describe('the build’s file of warnings and figures', () => {
  const serve = (body: unknown, ok = true) =>
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => ({ ok, json: async () => body })),
    );

  it('is read when its version and shape are right', async () => {
    serve({ v: PLAN_SHEET_VERSION, sheet: DATA, guides: FRAGMENTS });
    expect(await loadSheetFile('/print/plan-sheet.json')).toEqual({
      sheet: DATA,
      guides: FRAGMENTS,
    });
  });

  it('reads as nothing when it is missing, of another version or broken', async () => {
    const good = { v: PLAN_SHEET_VERSION, sheet: DATA, guides: FRAGMENTS };
    serve(good, false);
    expect(await loadSheetFile('/print/plan-sheet.json')).toBeUndefined();
    serve({ ...good, v: PLAN_SHEET_VERSION + 1 });
    expect(await loadSheetFile('/print/plan-sheet.json')).toBeUndefined();
    serve({ ...good, guides: { https: { warnings: 'x', steps: {} } } });
    expect(await loadSheetFile('/print/plan-sheet.json')).toBeUndefined();
    serve({ ...good, sheet: { https: { title: 'Логин', steps: [] } } });
    expect(await loadSheetFile('/print/plan-sheet.json')).toBeUndefined();
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('offline'))),
    );
    expect(await loadSheetFile('/print/plan-sheet.json')).toBeUndefined();
  });

  it('when it cannot be read, the plan still prints its guides as the page lists them', () => {
    const list = document.createElement('ol');
    list.innerHTML =
      '<li data-plan-guide="https"><a href="/connect/https-credentials/">Логин и пароль</a><span class="eis-plan-meta">Выполнено 1 из 7</span></li>' +
      '<li data-plan-guide="token"><a href="/services/token/">Токен</a></li>';
    const data = listedGuides(list);
    expect(data).toEqual({
      https: {
        title: 'Логин и пароль',
        address: new URL('/connect/https-credentials/', location.href).href,
        steps: [],
      },
      token: {
        title: 'Токен',
        address: new URL('/services/token/', location.href).href,
        steps: [],
      },
    });
    const sheet = buildSheet(
      [{ keys: ['https', 'token'], ticks: {} }],
      data,
      new Date(2026, 11, 5),
    );
    expect([...sheet.querySelectorAll('h3')].map(text)).toEqual(['1. Логин и пароль', '2. Токен']);
    expect(steps(sheet)).toHaveLength(0);
  });
});

describe('the plan sheet and organisations', () => {
  it('with one organisation: no name, no option, as before', () => {
    expect(printedOrg()).toBeUndefined();
    const sheet = buildSheet(
      [{ keys: ['token'], ticks: {}, org: printedOrg() }],
      DATA,
      new Date(2026, 11, 5),
    );
    expect(text(sheet.querySelector('h2'))).toBe('Мой план — ЕИС: настройка интеграции');
    expect(sheet.querySelector('.eis-plan-sheet__org, table, thead')).toBeNull();
    const host = document.createElement('div');
    host.innerHTML =
      '<label hidden><input type="checkbox" data-all-orgs disabled /> для всех организаций</label>';
    offerAll(host);
    expect(host.querySelector('label')!.hidden).toBe(true);
    // A registry of one (an organisation added and removed again): still nothing new.
    setOrgs([{ id: '', name: 'ЦБ' }]);
    expect(printedOrg()).toBeUndefined();
    offerAll(host);
    expect(host.querySelector('label')!.hidden).toBe(true);
    expect(host.querySelector('input')!.disabled).toBe(true);
  });

  it("with two or more: the tab's organisation in a header repeated on every sheet", () => {
    setOrgs([
      { id: '', name: 'ЦБ' },
      { id: 'o-gym16', name: 'Гимназия-16' },
    ]);
    // This tab acts for the first organisation (no organisation in sessionStorage).
    expect(printedOrg()).toBe('ЦБ');
    const sheet = buildSheet(
      [{ keys: ['token'], ticks: {}, org: 'ЦБ' }],
      DATA,
      new Date(2026, 11, 5),
    );
    expect(text(sheet.querySelector('h2'))).toBe('Мой план — ЕИС: настройка интеграции — ЦБ');
    // A table header is what browsers repeat at the top of every sheet the table runs over.
    const parts = sheet.querySelectorAll('table.eis-plan-sheet__part');
    expect(parts).toHaveLength(1);
    expect(text(parts[0]!.querySelector('thead .eis-plan-sheet__org'))).toBe('Организация: ЦБ');
    expect(parts[0]!.querySelector('tbody .eis-plan-sheet__guide h3')?.textContent).toBe(
      '1. Токен',
    );
    const host = document.createElement('div');
    host.innerHTML =
      '<label hidden><input type="checkbox" data-all-orgs disabled /> для всех организаций</label>';
    offerAll(host);
    expect(host.querySelector('label')!.hidden).toBe(false);
    expect(host.querySelector('input')!.disabled).toBe(false);
  });

  it('«для всех организаций»: one part per organisation, each with its own plan, ticks and name', () => {
    setOrgs([
      { id: '', name: 'ЦБ' },
      { id: 'o-gym16', name: 'Гимназия-16' },
      { id: 'o-school5', name: 'МБОУ СОШ № 5' },
    ]);
    const answers = { needs: ['activation'], ris: 'no' };
    localStorage.setItem('eis:o-gym16:v1:plan', JSON.stringify({ v: 1, data: answers }));
    localStorage.setItem('eis:o-gym16:v2:tick:edo:edo-1', '1');
    // This tab (the first organisation): the plan on the page and the ticks in memory.
    const parts = allParts(['token'], { token: ['login'] });
    expect(parts.map((p) => p.org)).toEqual(['ЦБ', 'Гимназия-16', 'МБОУ СОШ № 5']);
    expect(parts[0]).toEqual({ keys: ['token'], ticks: { token: ['login'] }, org: 'ЦБ' });
    expect(parts[1]!.keys).toEqual(planKeys(answers as never));
    expect(parts[1]!.keys).toContain('edo');
    expect(parts[1]!.ticks).toEqual({ edo: ['edo-1'] });
    expect(parts[2]!.keys).toEqual([]);

    const sheet = buildSheet(parts, DATA, new Date(2026, 11, 5), FRAGMENTS);
    expect(text(sheet.querySelector('h2'))).toBe(
      'Мой план — ЕИС: настройка интеграции — все организации',
    );
    const tables = [...sheet.querySelectorAll('table.eis-plan-sheet__part')];
    expect(tables.map((t) => text(t.querySelector('thead')))).toEqual([
      'Организация: ЦБ',
      'Организация: Гимназия-16',
      'Организация: МБОУ СОШ № 5',
    ]);
    expect(text(tables[0]!.querySelector('.eis-plan-sheet__box'))).toBe('☑ 1.');
    const edo = [...tables[1]!.querySelectorAll('.eis-plan-sheet__guide')].find((g) =>
      text(g.querySelector('h3'))?.endsWith('ЭДО'),
    );
    expect(text(edo?.querySelector('.eis-plan-sheet__box'))).toBe('☑ 1.');
    expect(text(tables[2])).toContain('План ещё не составлен.');
  });
});
