/**
 * A renamed step keeps the reader's tick: the page carries the lock file's renames
 * (the data blob's `renamed` slice, old tick id → new) and <eis-checklist> loads the move on demand and moves the
 * stored tick to the new id.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as stores from '../../lib/storage/stores';
import { $storageIssue } from '../../lib/storage/persist';
import './checklist.client';
import Checklist from './Checklist.astro';
import Step from './Step.astro';
import { KEYS } from '../../lib/storage/keys';
import { DATA_ID, serialiseData } from '../../lib/island-data';
import { flush, mount as mountHtml, render } from '../../../tests/dom/support/render';
import { withSteps } from '../../../tests/dom/support/lists';

const PREFIX = KEYS.tickPrefix;

/**
 * The real checklist «token» with steps `ids`, carrying the page's renames as the build emits them
 * (renamesOf reads the lock file, which has none yet, so the slice is added here).
 */
async function mount(ids: string[], renamed?: Record<string, string>) {
  const steps = await Promise.all(
    ids.map((id) => render(Step, { props: { id }, slots: { default: `<p>Шаг ${id}.</p>` } })),
  );
  let html = withSteps(
    await render(Checklist, { props: { id: 'token' }, slots: { default: steps.join('') } }),
    'token',
    ids,
  );
  if (renamed) {
    // Into the page data blob, as Checklist.astro puts it (slice `renamed`).
    const open = `<script type="application/json" id="${DATA_ID}">`;
    const start = html.lastIndexOf(open) + open.length;
    const end = html.indexOf('</script>', start);
    const data = { ...JSON.parse(html.slice(start, end)), renamed };
    html = html.slice(0, start) + serialiseData(data) + html.slice(end);
  }
  await mountHtml(html);
  // The move is loaded on demand (dynamic import): wait until it has run.
  await import('./renamed-ticks');
  await flush();
}

const box = (id: string) => document.querySelector<HTMLInputElement>(`#${id} .eis-step__check`)!;
const progress = () => document.querySelector('.eis-checklist__progress')?.textContent;
const tickKeys = () =>
  Object.keys(localStorage)
    .filter((k) => k.startsWith(PREFIX))
    .sort();

beforeEach(() => {
  document.body.innerHTML = '';
  stores.resetList('token');
  localStorage.clear();
});
/**
 * A storage that refuses every write. happy-dom's Storage is a proxy that ignores assignments to
 * its methods, so `vi.spyOn(localStorage, …)` could not be undone (every later test would run on
 * a full storage): the method is defined, and put back, with `Object.defineProperty`.
 */
const realSetItem = localStorage.setItem;
const setItemTo = (value: Storage['setItem']) =>
  Object.defineProperty(localStorage, 'setItem', { value, configurable: true, writable: true });

// Each test leaves the store as it found it, so the tests pass in any order: the storage writes
// again, the ticks kept in memory for the visit are removed (resetList reaches memory too) and
// the storage notice is cleared.
afterEach(() => {
  setItemTo(realSetItem);
  document.body.innerHTML = '';
  stores.resetList('token');
  localStorage.clear();
  $storageIssue.set(null);
});

describe('renamed step ids keep the reader’s ticks', () => {
  const renamed = { 'token:open': 'token:open-form' };

  it('moves a seeded tick from the old id to the new one', async () => {
    stores.setTick('token', 'open', true); // ticked on an earlier visit, under the old id
    await mount(['login', 'open-form'], renamed);
    expect(box('open-form').checked).toBe(true);
    expect(box('login').checked).toBe(false);
    expect(progress()).toBe('Выполнено 1 из 2');
    expect(tickKeys()).toEqual([`${PREFIX}token:open-form`]);
  });

  it('an untick after the move stays unticked on the next visit', async () => {
    stores.setTick('token', 'open', true);
    await mount(['login', 'open-form'], renamed);
    box('open-form').click();
    expect(tickKeys()).toEqual([]);
    await mount(['login', 'open-form'], renamed);
    expect(box('open-form').checked).toBe(false);
  });

  it('does nothing without the old tick, and keeps a new tick that is already there', async () => {
    await mount(['login', 'open-form'], renamed);
    expect(tickKeys()).toEqual([]);
    stores.setTick('token', 'open-form', true);
    // The old key is still there too (say, written back by another tab).
    localStorage.setItem(`${PREFIX}token:open`, '1');
    window.dispatchEvent(
      new StorageEvent('storage', { key: `${PREFIX}token:open`, newValue: '1' }),
    );
    document.body.innerHTML = '';
    await mount(['login', 'open-form'], renamed);
    expect(box('open-form').checked).toBe(true);
    expect(tickKeys()).toEqual([`${PREFIX}token:open-form`]);
  });

  it('ignores renames that are not tick ids', async () => {
    stores.setTick('token', 'open', true);
    await mount(['login', 'open-form'], { 'token:open': 'Bad Id' });
    expect(box('open-form').checked).toBe(false);
    expect(tickKeys()).toEqual([`${PREFIX}token:open`]);
  });

  it('keeps the old tick when the new one cannot be written (full storage)', async () => {
    stores.setTick('token', 'open', true);
    setItemTo(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    await mount(['login', 'open-form'], renamed);
    expect(box('open-form').checked).toBe(true); // in memory for this visit
    expect(localStorage.getItem(`${PREFIX}token:open`)).toBe('1');
    expect(localStorage.getItem(`${PREFIX}token:open-form`)).toBeNull();
  });
});
