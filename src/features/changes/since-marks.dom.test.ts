/**
 * «изменено после вашего прошлого визита»: a reader back after a change sees the mark on the
 * «Обновлено» line and on the steps it named (not after a wording-only note); a first visit, or a
 * return with nothing new, shows none. Only the day of the visit is stored.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KEYS } from '../../lib/storage/keys';
import { recordVisit } from './visit-record';
import { SINCE_TEXT, markSinceVisit } from './since-marks';
import { DATA_ID } from '../../lib/island-data';
import { flush } from '../../../tests/dom/support/render';

/** A page like a guide: the «Обновлено» line with its newest date, two steps, their notes. */
function page(changed: string) {
  const lists = {
    token: {
      steps: ['open', 'save'],
      hashes: ['00000001', '00000002'],
      notes: {
        open: { date: '2026-12-05', text: 'Новое предупреждение', kind: 'action' },
        save: { date: '2026-12-05', text: 'Написание', kind: 'wording' },
      },
    },
  };
  document.body.innerHTML = `<script type="application/json" id="${DATA_ID}">${JSON.stringify({ lists })}</script>
    <p class="page-updated" data-changed="${changed}"><span class="page-updated__text">Обновлено</span></p>
    <ol><li data-step-id="open">Откройте.</li><li data-step-id="save">Сохраните.</li></ol>`;
}

const marks = () => [...document.querySelectorAll('.page-updated__since, .eis-step-since')];
const NOW = new Date(2026, 11, 5, 12); // 05.12.2026, the reader's local noon

/** The marks load on demand: wait until the import has run. */
async function visit(now: Date) {
  // As a page does: the inline record before the first paint, then the marks (the checklist's
  // script loads them when the stored visit keeps a day before it: checklist.client.ts).
  recordVisit(now);
  markSinceVisit(now);
  await flush();
}

beforeEach(() => localStorage.clear());
afterEach(() => {
  localStorage.clear();
  document.body.innerHTML = '';
});

describe('since your last visit', () => {
  it('marks the page and the changed step on a return after the change', async () => {
    localStorage.setItem(KEYS.lastVisit, '{"v":1,"data":{"day":"2026-11-20"}}');
    page('2026-12-05');
    await visit(NOW);
    expect(document.querySelector('.page-updated__since')?.textContent).toBe(SINCE_TEXT);
    expect(document.querySelector('[data-step-id="open"] .eis-step-since')?.textContent).toBe(
      SINCE_TEXT,
    );
    expect(document.querySelector('[data-step-id="save"] .eis-step-since')).toBeNull();
    expect(localStorage.getItem(KEYS.lastVisit)).toBe(
      '{"v":1,"data":{"day":"2026-12-05","before":"2026-11-20"}}',
    );
    // Another page the same day still compares with the visit before.
    page('2026-12-05');
    await visit(NOW);
    expect(marks()).toHaveLength(2);
  });

  it('marks nothing on a first visit, nor when nothing changed since', async () => {
    page('2026-12-05');
    await visit(NOW);
    expect(marks()).toHaveLength(0);
    expect(localStorage.getItem(KEYS.lastVisit)).toBe('{"v":1,"data":{"day":"2026-12-05"}}');
    localStorage.setItem(KEYS.lastVisit, '{"v":1,"data":{"day":"2026-12-05"}}');
    page('2026-12-05');
    await visit(new Date(2026, 11, 9, 12));
    expect(marks()).toHaveLength(0);
  });

  it('an unreadable stored value is a first visit, never an exception', async () => {
    localStorage.setItem(KEYS.lastVisit, '{broken');
    page('2026-12-05');
    await visit(NOW);
    expect(marks()).toHaveLength(0);
  });
});
