/**
 * <eis-expiry-notice>: at the top of every page's content, tells the reader when a tracked token
 * or identifier expires within 30 days or has expired, with links to the reminder and the
 * renewing guide. It follows the local date (midnight, return from the background) and other
 * tabs. «Скрыть на сегодня» hides the reminders shown now until the next day and moves focus to
 * the page title, the next thing to read.
 */
import { $reminders } from './reminder-store';
import { store } from '../../lib/storage/persist';
import { $today } from '../../lib/clock';
import { viewReminders, type ReminderView } from './reminder-view';
import {
  KEYS,
  decodeNoticeHidden,
  encodeNoticeHidden,
  type Reminder,
} from '../../lib/storage/stored';
import { withBase } from '../../lib/base-path';
import type { KindTable } from './expiry';
import { localDate, toIsoDate } from '../../lib/dates';
import { defineIsland, untilAbort } from '../../lib/island';
import { obj } from '../../lib/island-schema';
import { kindsSchema } from '../../lib/island-slices';

const base = import.meta.env.BASE_URL;

/**
 * The notice's decision: the reminders it shows now (needing attention and not hidden for today),
 * soonest first. notice-precheck.ts decides the same before the first paint (unit-tested).
 */
export function noticeViews(
  reminders: readonly Reminder[],
  hiddenRaw: string | null | undefined,
  now: Date,
  kinds: KindTable,
): ReminderView[] {
  const hidden = decodeNoticeHidden(hiddenRaw, toIsoDate(localDate(now)));
  return viewReminders(reminders, now, kinds).filter(
    (v) => v.attention && !hidden.includes(v.reminder.id),
  );
}

/** The page data this island reads (checked by defineIsland). */
const pageSlices = obj({ kinds: kindsSchema });

defineIsland('eis-expiry-notice', {
  data: pageSlices,
  writes: true,
  connect(el, { signal, data: { kinds } }) {
    let shown: ReminderView[] = [];
    const close = el.querySelector<HTMLButtonElement>('.eis-notice__close');
    const render = () => {
      const text = el.querySelector('.eis-notice__text');
      let guide = el.querySelector<HTMLElement>('.eis-notice__guide');
      shown = noticeViews($reminders.get(), store.get(KEYS.noticeHidden), new Date(), kinds);
      const first = shown[0];
      if (!first || !text || !guide) {
        el.hidden = true;
        return;
      }
      const more = shown.length > 1 ? ` Требуют внимания ещё записей: ${shown.length - 1}.` : '';
      text.textContent = `${first.title}: ${first.wording} (${first.dateText}).${more}`;
      // A link only with a guide to link to (the markup has a <span>): never an <a> without href.
      const tag = first.guide ? 'a' : 'span';
      if (guide.localName !== tag) {
        const swapped = document.createElement(tag);
        swapped.className = guide.className;
        guide.replaceWith(swapped);
        guide = swapped;
      }
      guide.textContent = first.guide?.title ?? '';
      if (first.guide) guide.setAttribute('href', withBase(first.guide.href, base));
      el.hidden = false;
    };
    const hideForToday = () => {
      const day = $today.get();
      const ids = [
        ...new Set([
          ...decodeNoticeHidden(store.get(KEYS.noticeHidden), day),
          ...shown.map((v) => v.reminder.id),
        ]),
      ];
      store.set(KEYS.noticeHidden, encodeNoticeHidden(day, ids));
      el.hidden = true;
      // Focus the page title: the next thing to read after the notice.
      const title = document.querySelector<HTMLElement>('main h1');
      if (title) {
        if (!title.hasAttribute('tabindex')) title.setAttribute('tabindex', '-1');
        title.focus();
      }
    };
    close?.addEventListener('click', hideForToday, { signal });
    if (close) close.disabled = false;
    untilAbort(signal, $reminders.listen(render), $today.listen(render));
    window.addEventListener(
      'storage',
      (event) => {
        if (event.key === KEYS.noticeHidden) render();
      },
      { signal },
    );
    render();
  },
});
