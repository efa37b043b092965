import { describe, expect, it } from 'vitest';
import { buildDay, changesAnchor, checkChanges, siteChanges, stepNotes } from './change-notes';

const STEPS = ['a-step', 'b-step'];
const TODAY = '2026-12-05';

describe('checkChanges', () => {
  it('keeps valid notes newest first, steps deduplicated, wording as a flag', () => {
    const r = checkChanges(
      [
        { date: '2026-12-05', summary: 'Новый шаг', steps: ['b-step', 'b-step'] },
        { date: '2026-12-05', summary: 'Опечатка', steps: ['a-step'], wording: true },
        { date: '2026-11-29', summary: 'Предупреждение' },
      ],
      STEPS,
      TODAY,
    );
    expect(r).toEqual({
      ok: true,
      changes: [
        { date: '2026-12-05', summary: 'Новый шаг', steps: ['b-step'], wording: false },
        { date: '2026-12-05', summary: 'Опечатка', steps: ['a-step'], wording: true },
        { date: '2026-11-29', summary: 'Предупреждение', steps: [], wording: false },
      ],
    });
  });

  it.each([
    ['a bad date', [{ date: '2026-02-30', summary: 'Что-то' }], /not a date/, /YYYY-MM-DD/],
    ['a future date', [{ date: '2026-12-06', summary: 'Что-то' }], /in the future/, /already made/],
    [
      'notes oldest first',
      [
        { date: '2026-11-01', summary: 'Раньше' },
        { date: '2026-11-02', summary: 'Позже' },
      ],
      /changes\[1\]\.date 2026-11-02 is newer/,
      /newest first/,
    ],
    [
      'an unknown step',
      [{ date: '2026-11-01', summary: 'Что-то', steps: ['c-step'] }],
      /"c-step", which is not a step/,
      /a-step, b-step/,
    ],
  ])('refuses %s with a message and a hint', (_, raw, message, hint) => {
    const r = checkChanges(raw, STEPS, TODAY);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toMatch(message);
    expect(r.hint).toMatch(hint);
  });

  it('tells a page without a checklist to drop `steps:`', () => {
    const r = checkChanges([{ date: '2026-11-01', summary: 'Что-то', steps: ['x'] }], [], TODAY);
    expect(r.ok || r.hint).toMatch(/no checklist/);
  });
});

describe('siteChanges and friends', () => {
  const page = (id: string, changes: { date: string }[]) => ({
    id,
    href: `/${id}/`,
    title: id,
    changes: changes.map((c) => ({ ...c, summary: 's', steps: [], wording: false })),
  });

  it('lists every page’s notes newest first, site order within a day', () => {
    const all = siteChanges([
      page('a', [{ date: '2026-11-29' }]),
      page('b', [{ date: '2026-12-05' }, { date: '2026-11-29' }]),
      page('c', [{ date: '2026-12-05' }]),
    ]);
    expect(all.map((c) => `${c.page} ${c.date}`)).toEqual([
      'b 2026-12-05',
      'c 2026-12-05',
      'a 2026-11-29',
      'b 2026-11-29',
    ]);
  });

  it('names the newest note of each step', () => {
    const notes = stepNotes([
      { date: '2026-12-05', summary: 'new', steps: ['a'], wording: true },
      { date: '2026-11-29', summary: 'old', steps: ['a', 'b'], wording: false },
    ]);
    expect(notes.get('a')?.summary).toBe('new');
    expect(notes.get('b')?.summary).toBe('old');
  });

  it('anchors a page’s list by its id and takes the UTC day', () => {
    expect(changesAnchor('services/token')).toBe('page-services-token');
    expect(buildDay(new Date('2026-12-05T23:59:59Z'))).toBe('2026-12-05');
  });
});
