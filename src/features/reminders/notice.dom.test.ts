/**
 * The site-wide notice on a reader's next page after an update of the stored layout: a reminder
 * still in the first layout, due in 3 days, raises the notice; a stored label the secret guard
 * now refuses is dropped, and the notice says so (never silently). The store modules are loaded
 * only after storage is seeded, as on a real page load.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import ExpiryNotice from './ExpiryNotice.astro';
import { isoFromToday } from '../../../tests/helpers/clock';
import { mount, render } from '../../../tests/dom/support/render';

const text = (sel: string) => document.querySelector(sel)?.textContent ?? '';

beforeAll(() => {
  localStorage.clear();
  localStorage.setItem(
    'eis:v1:reminders',
    JSON.stringify({
      v: 1,
      data: [{ id: 'r-old00001', kind: 'token', label: 'Старый формат', date: isoFromToday(3) }],
    }),
  );
  localStorage.setItem(
    'eis:v2:reminder:r-aaaa0002',
    JSON.stringify({ v: 1, data: { kind: 'edo', label: 'Zakupki2024!', date: isoFromToday(200) } }),
  );
});

describe('<eis-expiry-notice> on the next page', () => {
  it('shows a first-layout reminder due in 3 days and says a refused label was dropped', async () => {
    const html = await render(ExpiryNotice);
    await import('./notice.client');
    await mount(html);
    const notice = document.querySelector<HTMLElement>('eis-expiry-notice')!;
    expect(notice.hidden).toBe(false);
    expect(text('.eis-notice__text')).toMatch(/Старый формат/);
    expect(localStorage.getItem('eis:v1:reminders')).toBeNull();
    const cleaned = document.querySelector<HTMLElement>('.eis-notice__cleaned')!;
    expect(cleaned.hidden).toBe(false);
    expect(cleaned.textContent).toMatch(/У 1 напоминания удалена подпись/);
    expect(localStorage.getItem('eis:v2:reminder:r-aaaa0002')).not.toContain('Zakupki');
  });
});
