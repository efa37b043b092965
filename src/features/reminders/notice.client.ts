/**
 * <eis-expiry-notice>: at the top of every page's content, tells the reader when a tracked token
 * or identifier expires within 30 days or has expired, with links to the reminder and the
 * renewing guide. It follows the local date (midnight, return from the background) and other
 * tabs. «Скрыть на сегодня» hides the reminders shown now until the next day and moves focus to
 * the page title, the next thing to read. A label the secret guard dropped on reading is said
 * here once, never dropped silently.
 */
import { $cleanedLabels, $noticeHidden, $reminders, hideNoticeFor } from './reminder-store';
import { $today } from '../../lib/clock';
import { viewReminders, type ReminderView } from './reminder-view';
import type { Reminder } from '../../lib/storage/stored';
import { decodeNoticeHidden } from '../../lib/storage/notice-hidden';
import { pluralRu } from '../../lib/plural';
import { withBase } from '../../lib/base-path';
import type { KindTable } from './expiry';
import { localDate, toIsoDate } from '../../lib/dates';
import { defineIsland, untilAbort } from '../../lib/island';
import { obj } from '../../lib/island-schema';
import { kindsSchema } from '../../lib/island-slices';

const base = import.meta.env.BASE_URL;

/** The reminders the notice shows now: needing attention and not hidden, soonest first. */
function visibleViews(
  reminders: readonly Reminder[],
  hidden: readonly string[],
  now: Date,
  kinds: KindTable,
): ReminderView[] {
  return viewReminders(reminders, now, kinds).filter(
    (v) => v.attention && !hidden.includes(v.reminder.id),
  );
}

/**
 * The notice's decision from the stored «hidden» value: notice-precheck.ts decides the same
 * before the first paint (unit-tested).
 */
export function noticeViews(
  reminders: readonly Reminder[],
  hiddenRaw: string | null | undefined,
  now: Date,
  kinds: KindTable,
): ReminderView[] {
  return visibleViews(
    reminders,
    decodeNoticeHidden(hiddenRaw, toIsoDate(localDate(now))),
    now,
    kinds,
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
      const stored = $noticeHidden.get();
      shown = visibleViews(
        $reminders.get(),
        stored.day === $today.get() ? stored.ids : [],
        new Date(),
        kinds,
      );
      const first = shown[0];
      const cleaned = $cleanedLabels.get();
      const note = el.querySelector<HTMLElement>('.eis-notice__cleaned');
      if (note) {
        note.textContent = cleaned
          ? `У ${pluralRu(cleaned, ['напоминания', 'напоминаний', 'напоминаний'])} удалена подпись: она была похожа на пароль, токен или идентификатор.`
          : '';
        note.hidden = !cleaned;
      }
      for (const part of el.querySelectorAll<HTMLElement>('.eis-notice__text, .eis-notice__links'))
        part.hidden = !first;
      if (!first || !text || !guide) {
        el.hidden = !(note && cleaned);
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
      hideNoticeFor(
        $today.get(),
        shown.map((v) => v.reminder.id),
      );
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
    untilAbort(
      signal,
      $reminders.listen(render),
      $today.listen(render),
      $noticeHidden.listen(render),
      $cleanedLabels.listen(render),
    );
    render();
  },
});
