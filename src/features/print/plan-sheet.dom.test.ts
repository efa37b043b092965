/** The plan sheet names the organisation it is printed for (issue 22). */
import { beforeEach, describe, expect, it } from 'vitest';
import { buildSheet, printedOrg } from './plan-sheet';

const DATA = {
  token: {
    title: 'Токен',
    address: 'https://example.org/services/token/',
    list: 'token',
    steps: [{ id: 'a', text: 'Шаг', warnings: [] }],
  },
};

beforeEach(() => localStorage.clear());

describe('the plan sheet and organisations', () => {
  it('with one organisation: no name, as before', () => {
    expect(printedOrg()).toBeUndefined();
    const sheet = buildSheet(['token'], DATA as never, {}, new Date(2026, 11, 5));
    expect(sheet.querySelector('h2')?.textContent).toBe('Мой план — ЕИС: настройка интеграции');
    expect(sheet.querySelector('.eis-plan-sheet__org')).toBeNull();
  });

  it("with two or more: the tab's organisation on the sheet and beside every guide", () => {
    const orgs = [
      { id: '', name: 'ЦБ' },
      { id: 'o-gym16', name: 'Гимназия-16' },
    ];
    localStorage.setItem('eis:v1:orgs', JSON.stringify({ v: 1, data: { orgs } }));
    window.dispatchEvent(new StorageEvent('storage', { key: null, storageArea: localStorage }));
    // This tab acts for the first organisation (no organisation in sessionStorage).
    expect(printedOrg()).toBe('ЦБ');
    const sheet = buildSheet(['token'], DATA as never, {}, new Date(2026, 11, 5), 'Гимназия-16');
    expect(sheet.querySelector('h2')?.textContent).toBe(
      'Мой план — ЕИС: настройка интеграции — Гимназия-16',
    );
    expect(sheet.querySelector('.eis-plan-sheet__org')?.textContent).toBe(
      'Организация: Гимназия-16',
    );
  });
});
