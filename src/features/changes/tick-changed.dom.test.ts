/**
 * «Шаг изменился после вашей отметки»: a step ticked against one text, shown with another (a
 * fixture changes the step's text; hashes by src/site/step-hash.ts), says so with its change
 * note and «Проверил — оставить отметку»; a wording-only change and a tick of unknown text ("1")
 * ask nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as stores from '../../lib/storage/stores';
import '../checklist/checklist.client';
import Checklist from '../checklist/Checklist.astro';
import Step from '../checklist/Step.astro';
import { KEYS } from '../../lib/storage/keys';
import { stepHash } from '../../site/step-hash';
import { flush, mount, render } from '../../../tests/dom/support/render';
import { withSteps } from '../../../tests/dom/support/lists';
import { CHANGED_TITLE, KEEP_TICK } from './tick-changed';

const OLD = { open: 'Откройте раздел.', save: 'Нажмите «Сохранить».' };
const NEW = {
  open: 'Откройте раздел «Пользователи организации».',
  save: 'Нажмите кнопку «Сохранить».',
};
const hash = (paper: string) => stepHash({ paper, warnings: [] });

/** The checklist «token» as the page shows it now: both steps reworded since `OLD`. */
async function page(
  notes: Record<string, { date: string; text: string; kind: 'action' | 'wording' }>,
) {
  const ids = ['open', 'save'] as const;
  const steps = await Promise.all(
    ids.map((id) => render(Step, { props: { id }, slots: { default: `<p>${NEW[id]}</p>` } })),
  );
  const html = await render(Checklist, {
    props: { id: 'token' },
    slots: { default: steps.join('') },
  });
  await mount(withSteps(html, 'token', ids, { hashes: ids.map((id) => hash(NEW[id])), notes }));
  await import('./tick-changed');
  await flush();
}

const notice = (id: string) => document.querySelector(`#${id} .eis-step-changed`);
const stored = (id: string) => localStorage.getItem(`${KEYS.tickPrefix}token:${id}`);

beforeEach(() => {
  stores.resetList('token');
  localStorage.clear();
});
afterEach(() => {
  document.body.innerHTML = '';
  stores.resetList('token');
  localStorage.clear();
});

describe('a step that changed after the reader ticked it', () => {
  const action = {
    date: '2026-12-05',
    text: 'Уточнено, какой раздел открыть',
    kind: 'action' as const,
  };

  it('shows the mark with the change note, and «Проверил» keeps the tick with the new hash', async () => {
    stores.setTick('token', 'open', true, hash(OLD.open));
    await page({ open: action });
    const mark = notice('open');
    expect(mark?.textContent).toContain(`${CHANGED_TITLE}: 05.12.2026 — ${action.text}`);
    expect(notice('save')).toBeNull();
    const keep = [...mark!.querySelectorAll('button')].find((b) => b.textContent === KEEP_TICK)!;
    keep.focus();
    keep.click();
    expect(stored('open')).toBe(hash(NEW.open));
    expect(notice('open')).toBeNull();
    expect(document.querySelector<HTMLInputElement>('#open .eis-step__check')!.checked).toBe(true);
    expect(document.activeElement).toBe(document.querySelector('#open .eis-step__check'));
  });

  it('goes away when the reader unticks the step', async () => {
    stores.setTick('token', 'open', true, hash(OLD.open));
    await page({});
    expect(notice('open')?.textContent).toBe(`${CHANGED_TITLE}.${KEEP_TICK}`);
    document.querySelector<HTMLInputElement>('#open .eis-step__check')!.click();
    expect(notice('open')).toBeNull();
    expect(stored('open')).toBeNull();
  });

  it('asks nothing after a wording-only change, nor about a tick of unknown text', async () => {
    stores.setTick('token', 'save', true, hash(OLD.save));
    stores.setTick('token', 'open', true); // "1": ticked before hashes, or imported
    await page({ save: { date: '2026-12-05', text: 'Написание', kind: 'wording' } });
    expect(stored('open')).toBe('1');
    expect(document.querySelectorAll('.eis-step-changed')).toHaveLength(0);
  });

  it('a tick made against the current text asks nothing, and a new tick stores that text’s hash', async () => {
    stores.setTick('token', 'open', true, hash(NEW.open));
    await page({ open: action });
    document.querySelector<HTMLInputElement>('#save .eis-step__check')!.click();
    expect(stored('save')).toBe(hash(NEW.save));
    expect(document.querySelectorAll('.eis-step-changed')).toHaveLength(0);
  });
});
