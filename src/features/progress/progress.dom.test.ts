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
import { DATA_ID, serialiseData } from '../../lib/island-data';
import { $storageIssue } from '../../lib/storage/persist';

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

describe('a file in another encoding', () => {
  // Round 34's red team: a file saved in cp1251 imported «����� 5» as a label.
  it('is refused, and nothing is stored', async () => {
    const cp1251 = new Uint8Array([
      ...new TextEncoder().encode(
        '{"format":"eis-integration-progress","v":1,"reminders":[{"id":"r-a0000001","kind":"token","label":"',
      ),
      0xd8,
      0xea,
      0xee,
      0xeb,
      0xe0,
      0x20,
      0x35,
      ...new TextEncoder().encode(`","date":"${isoFromToday(30)}","seq":0}]}`),
    ]);
    choose(new File([cp1251], 'cp1251.json'));
    await vi.waitFor(() => expect(text('.eis-progress__error')).toMatch(/не в кодировке UTF-8/));
    expect(preview().hidden).toBe(true);
    expect(Object.keys(localStorage).filter((k) => k.includes('reminder'))).toEqual([]);
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

describe('labels the preview names one by one', () => {
  const doubtFile = () =>
    new File(
      [
        file({
          reminders: [
            {
              id: 'r-doubt001',
              kind: 'token',
              label: 'Ромашка2024',
              date: isoFromToday(30),
              seq: 0,
            },
            { id: 'r-doubt002', kind: 'edo', label: 'Берёзка2025', date: isoFromToday(40), seq: 0 },
            {
              id: 'r-secret01',
              kind: 'token',
              label: 'Zakupki2024!',
              date: isoFromToday(20),
              seq: 0,
            },
            { id: 'r-plain001', kind: 'edo', label: 'Гимназия-16', date: isoFromToday(10), seq: 0 },
          ],
        }),
      ],
      'doubt.json',
    );
  const stored = (id: string) => reminders.$reminders.get().find((r) => r.id === id);

  it('lists what is dropped and asks per doubtful label, «не импортировать» by default', async () => {
    choose(doubtFile());
    await vi.waitFor(() => expect(preview().hidden).toBe(false));
    const dropped = [...document.querySelectorAll('.eis-progress__dropped li')].map(
      (li) => li.textContent ?? '',
    );
    expect(dropped).toHaveLength(1);
    expect(dropped[0]).toMatch(/подпись не перенесём: она похожа на пароль/);
    // The refused label itself is never echoed.
    expect(preview().textContent).not.toContain('Zakupki2024!');
    const doubts = [...document.querySelectorAll<HTMLInputElement>('.eis-progress__doubts input')];
    expect(doubts.map((box) => [box.dataset['doubtId'], box.checked])).toEqual([
      ['r-doubt001', false],
      ['r-doubt002', false],
    ]);
    expect(text('.eis-progress__doubts legend')).toMatch(/^Похоже на пароль/);
    expect(text('.eis-progress__doubts')).toContain('«Ромашка2024»');
    expect(text('.eis-progress__doubts')).not.toContain('Гимназия-16');
    // The merge's list does not show a doubtful label as coming (round 27's red team).
    const lines = [...document.querySelectorAll('.eis-progress__preview-list li')].map(
      (li) => li.textContent ?? '',
    );
    expect(lines.join('\n')).not.toContain('Ромашка2024');
    expect(lines.filter((l) => l.includes('по отметке ниже'))).toHaveLength(2);
    expect(lines.join('\n')).toContain('Гимназия-16');
    // The reader keeps one doubtful label and leaves the other out.
    doubts[1]!.click();
    await click('merge');
    expect(stored('r-doubt001')?.label).toBe('');
    expect(stored('r-doubt002')?.label).toBe('Берёзка2025');
    expect(stored('r-secret01')?.label).toBe('');
    expect(stored('r-plain001')?.label).toBe('Гимназия-16');
  });

  it('a later file without doubts clears the earlier list', async () => {
    choose(doubtFile());
    await vi.waitFor(() => expect(preview().hidden).toBe(false));
    await click('cancel-import');
    choose(new File([file({ ticks: { token: ['a'] } })], 'plain.json'));
    await vi.waitFor(() => expect(preview().hidden).toBe(false));
    const review = document.querySelector<HTMLElement>('.eis-progress__review')!;
    expect(review.hidden).toBe(true);
    expect(review.textContent).toBe('');
  });
});

describe('renames from the page data blob', () => {
  it('a file exported before a rename keeps its tick under the new id', async () => {
    // The blob's `renamed` slice, as Progress.astro puts it (the stand-in lock file has none).
    document.body.innerHTML = '';
    const html = await render(Progress);
    const open = `<script type="application/json" id="${DATA_ID}">`;
    const start = html.lastIndexOf(open) + open.length;
    const end = html.indexOf('</script>', start);
    const renamed = { 'edo-identifier:old-c': 'edo-identifier:c' };
    const data = { ...JSON.parse(html.slice(start, end)), renamed };
    await mount(html.slice(0, start) + serialiseData(data) + html.slice(end));
    choose(new File([file({ ticks: { 'edo-identifier': ['old-c'] } })], 'old.json'));
    await vi.waitFor(() => expect(preview().hidden).toBe(false));
    await click('merge');
    expect(ticks.$ticks.get()).toEqual({ 'edo-identifier': ['c'] });
  });
});

describe('a file the browser has no room for', () => {
  // Round 35's red team: storage filled up partway through «Заменить»; the reader's reminders
  // were deleted for good and only some of the file's stored, with «Прогресс заменён».
  it('is not kept half: the reader’s data comes back, and the message says why', async () => {
    const mine = reminders.saveReminder({ kind: 'token', label: 'Мой', date: isoFromToday(50) });
    if (!mine.ok) throw new Error('not saved');
    const before = { ...localStorage };
    choose(
      new File(
        [
          file({
            reminders: Array.from({ length: 6 }, (_, i) => ({
              id: `r-full000${i}`,
              kind: 'edo',
              label: `Школа ${i}`,
              date: isoFromToday(20 + i),
              seq: 0,
            })),
          }),
        ],
        'full.json',
      ),
    );
    await vi.waitFor(() => expect(preview().hidden).toBe(false));
    // Room for two more entries than the reader has: a third new key is refused (space freed by
    // a removal is room again).
    const setItem = localStorage.setItem.bind(localStorage);
    const room = localStorage.length + 2;
    const spy = vi.spyOn(localStorage, 'setItem').mockImplementation((key, value) => {
      if (localStorage.getItem(key) === null && localStorage.length >= room)
        throw new DOMException('full', 'QuotaExceededError');
      setItem(key, value);
    });
    try {
      await click('replace');
    } finally {
      spy.mockRestore();
      $storageIssue.set(null);
    }
    expect(text('.eis-progress__error')).toMatch(/^Файл не загружен: браузеру не хватило места/);
    expect(text('.eis-progress__message')).toBe('');
    expect(reminders.$reminders.get().map((r) => r.label)).toEqual(['Мой']);
    expect({ ...localStorage }).toEqual(before);
  });
});
