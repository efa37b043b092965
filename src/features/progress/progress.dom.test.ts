/**
 * <eis-progress> over the real Progress.astro: one file at a time (a newer choice cancels the
 * older one's preview, and what is applied is what the preview showed), messages true to what a
 * merge did, and a preview that names every reminder a merge will change.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as ticks from '../../lib/storage/stores';
import * as reminders from '../reminders/reminder-store';
import * as progress from './progress-store';
import './progress.client';
import Progress from './Progress.astro';
import { isoFromToday } from '../../../tests/helpers/clock';
import { flush, mount, render } from '../../../tests/dom/support/render';
import { toolPages } from '../../site/guides';

const text = (sel: string) => document.querySelector(sel)?.textContent ?? '';
const preview = () => document.querySelector<HTMLElement>('.eis-progress__preview')!;
const file = (over: object) =>
  JSON.stringify({ format: 'eis-integration-progress', v: 1, ...over });

/** A file whose reading the test finishes when it wants. */
function slowFile(content: string) {
  let finish = () => {};
  const f = new File([content], 'slow.json');
  const read = new Promise<string>((resolve) => (finish = () => resolve(content)));
  Object.defineProperty(f, 'text', { value: () => read });
  return { file: f, finish: () => finish() };
}

function choose(f: File) {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
  Object.defineProperty(input, 'files', { configurable: true, value: [f] });
  input.dispatchEvent(new Event('change'));
}

async function click(action: string) {
  const said = () => text('.eis-progress__message') + text('.eis-progress__error');
  const before = said();
  document.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!.click();
  await vi.waitFor(() => expect(said()).not.toBe(before));
}

beforeEach(async () => {
  document.body.innerHTML = '';
  progress.replaceProgress({ ticks: {}, plan: {}, reminders: [] });
  localStorage.clear();
  await mount(await render(Progress));
});

describe('one file at a time', () => {
  it('a newer file choice cancels the older one, and merge applies what the preview shows', async () => {
    const older = slowFile(file({ ticks: { token: ['a'] } }));
    choose(older.file);
    choose(new File([file({ ticks: { 'edo-identifier': ['c'] } })], 'newer.json'));
    await vi.waitFor(() => expect(preview().hidden).toBe(false));
    expect(text('.eis-progress__preview-text')).toMatch(/отметки 1 шага/);
    // The older file finishes reading only now: it must not take over the preview.
    older.finish();
    await older.file.text();
    await flush();
    await click('merge');
    expect(ticks.$ticks.get()).toEqual({ 'edo-identifier': ['c'] });
  });
});

describe('what a merge says and previews', () => {
  it('a file with only a plan does not claim to be added while mine stays', async () => {
    ticks.savePlan({ needs: ['send'] });
    choose(new File([file({ plan: { needs: ['activation'] } })], 'plan.json'));
    await vi.waitFor(() => expect(preview().hidden).toBe(false));
    // «С чего начать» by its page's title, from the page data blob.
    expect(text('.eis-progress__preview-text')).toContain(`план «${toolPages().start.title}»`);
    await click('merge');
    expect(ticks.$plan.get()).toEqual({ needs: ['send'] });
    expect(text('.eis-progress__message')).not.toMatch(/добавлен к вашему/);
    expect(text('.eis-progress__message')).toMatch(/Ничего не изменилось/);
    expect(text('.eis-progress__message')).toMatch(/Ваш план остался прежним/);
  });

  it('names a newer copy that replaces mine, and never empties my label', async () => {
    const mine = reminders.saveReminder({ kind: 'token', label: 'Мой', date: isoFromToday(50) });
    if (!mine.ok) throw new Error('not saved');
    const id = mine.reminder.id;
    choose(
      new File(
        [
          file({
            reminders: [
              { id, kind: 'token', label: '', date: isoFromToday(80), seq: 3 },
              { id: 'r-new00001', kind: 'edo', label: 'Новое', date: isoFromToday(20), seq: 0 },
            ],
          }),
        ],
        'r.json',
      ),
    );
    await vi.waitFor(() => expect(preview().hidden).toBe(false));
    const lines = [...document.querySelectorAll('.eis-progress__preview-list li')].map(
      (li) => li.textContent,
    );
    expect(lines).toHaveLength(2);
    expect(lines.find((l) => l?.includes('заменит ваше'))).toMatch(/Мой/);
    expect(lines.find((l) => l?.includes('новое'))).toMatch(/Новое/);
    await click('merge');
    expect(reminders.$reminders.get().find((r) => r.id === id)).toMatchObject({
      label: 'Мой',
      seq: 3,
      date: isoFromToday(80),
    });
  });
});
