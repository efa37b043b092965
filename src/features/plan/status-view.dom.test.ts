/**
 * The status line of a guide as the plan, «Мой прогресс» and the checklist header show it: the
 * advice «Сначала: …» with every guide that meets the requirement, «У меня уже есть логин и
 * пароль» (a stored, namespaced, versioned flag) and its way back.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fillStatus } from './status-view';
import { planItem } from './plan-item';
import { guideStatus } from './status';
import { $hasCredentials, HAS_CREDENTIALS_KEY, setHasCredentials } from './credentials';
import type { GuideTable } from '../../site/guide-keys';

const g = (key: string, title: string, steps: string[], requires: string[] = []) => ({
  key,
  title,
  href: `/${key}/`,
  requires,
  checklist: { id: key, steps },
});
const guides: GuideTable = {
  https: g('https', 'Логин и пароль', ['h1']),
  rereg: g('rereg', 'После перерегистрации', ['r1']),
  wtks: g('wtks', 'Ввод в Web-Торги-КС', ['w1', 'w2'], ['https']),
};
const ctx = () => ({ hasCredentials: $hasCredentials.get() });

beforeEach(() => {
  localStorage.clear();
  setHasCredentials(false);
});

describe('fillStatus', () => {
  it('advises both ways in, and never says the guide cannot be started', () => {
    const slot = document.createElement('p');
    fillStatus(slot, guideStatus('wtks', guides, {}, ctx())!, guides, '/eis/');
    expect(slot.dataset['status']).toBe('blocked');
    expect(slot.textContent).toMatch(/^Сначала: Логин и пароль или После перерегистрации\./);
    expect(slot.textContent).not.toMatch(/Нельзя/);
    expect([...slot.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      '/eis/https/',
      '/eis/rereg/',
    ]);
  });

  it('«У меня уже есть логин и пароль» is remembered in this browser and can be taken back', () => {
    const slot = document.createElement('p');
    const render = () => fillStatus(slot, guideStatus('wtks', guides, {}, ctx())!, guides, '/');
    render();
    const yes = slot.querySelector('button')!;
    expect(yes.type).toBe('button');
    expect(yes.textContent).toBe('У меня уже есть логин и пароль');
    yes.click();
    expect(localStorage.getItem(HAS_CREDENTIALS_KEY)).toBe('{"v":1,"data":true}');
    render();
    expect(slot.dataset['status']).toBe('not-started');
    expect(slot.textContent).toMatch(/^Не начато Логин и пароль уже есть/);
    slot.querySelector('button')!.click();
    expect(localStorage.getItem(HAS_CREDENTIALS_KEY)).toBeNull();
    render();
    expect(slot.textContent).toMatch(/^Сначала:/);
  });

  it('re-registration done meets it: no advice, no button', () => {
    const slot = document.createElement('p');
    fillStatus(slot, guideStatus('wtks', guides, { rereg: ['r1'] })!, guides, '/');
    expect(slot.textContent).toBe('Не начато');
    expect(slot.querySelector('button')).toBeNull();
  });
});

describe('planItem', () => {
  it('says the count once: «Выполнено 2 из 2», not «… — выполнено»', () => {
    const li = planItem({ key: 'wtks' as never }, guides, { wtks: ['w1', 'w2'] }, '/');
    expect(li.querySelector('.eis-plan-status')!.textContent).toBe('Выполнено 2 из 2');
  });
});

describe('fillStatus: focus', () => {
  // An audit of round 29: the pressed button was replaced by its opposite and focus fell to the
  // page, where a keyboard user lost their place.
  it('moves focus from the pressed button to the one that replaces it', () => {
    const slot = document.createElement('p');
    document.body.replaceChildren(slot);
    fillStatus(slot, guideStatus('wtks', guides, {}, ctx())!, guides, '/');
    const ask = slot.querySelector<HTMLButtonElement>('.eis-status-action')!;
    ask.focus();
    setHasCredentials(true);
    fillStatus(slot, guideStatus('wtks', guides, {}, ctx())!, guides, '/');
    const undo = slot.querySelector<HTMLButtonElement>('.eis-status-action')!;
    expect(undo).not.toBe(ask);
    expect(document.activeElement).toBe(undo);
    setHasCredentials(false);
    fillStatus(slot, guideStatus('wtks', guides, {}, ctx())!, guides, '/');
    expect(document.activeElement).toBe(slot.querySelector('.eis-status-action'));
  });

  it('leaves focus alone when it was elsewhere', () => {
    const slot = document.createElement('p');
    const other = document.createElement('button');
    document.body.replaceChildren(slot, other);
    other.focus();
    fillStatus(slot, guideStatus('wtks', guides, {}, ctx())!, guides, '/');
    expect(document.activeElement).toBe(other);
  });
});
