/**
 * <eis-expiry-notice>: at the top of every page's content, tells the reader in one line when a
 * tracked token or identifier expires within 30 days or has expired: the soonest entry, a link to
 * the reminders with their count and «Уже продлил — указать новую дату», which opens that entry's
 * edit form on the reminder page (#edit-<id>). It follows the local date (midnight, return from
 * the background) and other tabs. «Скрыть» hides the entries shown now: those still to expire
 * until the next day, the expired ones until the reader changes them (no daily nagging); focus
 * moves to the page title, the next thing to read. A label the secret guard dropped on reading is
 * said here once, never dropped silently.
 */
import { $cleanedLabels, $noticeHidden, $reminders, hideNoticeFor } from './reminder-store';
import { $today } from '../../lib/clock';
import { noticeLine, viewReminders, type ReminderView } from './reminder-view';
import type { Reminder } from '../../lib/storage/stored';
import { decodeNoticeHidden, hiddenOn, isNoticeHidden } from '../../lib/storage/notice-hidden';
import { pluralRu } from '../../lib/plural';
import type { KindTable } from './expiry';
import { localDate, toIsoDate } from '../../lib/dates';
import { defineIsland, untilAbort } from '../../lib/island';
import { obj } from '../../lib/island-schema';
import { kindsSchema } from '../../lib/island-slices';

const base = import.meta.env.BASE_URL;

/** The reminders the notice shows now: needing attention and not hidden, soonest first. */
function visibleViews(
  reminders: readonly Reminder[],
  hidden: readonly unknown[],
  now: Date,
  kinds: KindTable,
): ReminderView[] {
  return viewReminders(reminders, now, kinds).filter(
    (v) => v.attention && !isNoticeHidden(hidden, v.reminder.id, v.reminder.date),
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
    const text = el.querySelector('.eis-notice__text');
    const count = el.querySelector('.eis-notice__count');
    const edit = el.querySelector<HTMLAnchorElement>('.eis-notice__edit');
    const line = el.querySelector<HTMLElement>('.eis-notice__line');
    const note = el.querySelector<HTMLElement>('.eis-notice__cleaned');
    const render = () => {
      shown = visibleViews(
        $reminders.get(),
        hiddenOn($noticeHidden.get(), $today.get()),
        new Date(),
        kinds,
      );
      const cleaned = $cleanedLabels.get();
      if (note) {
        note.textContent = cleaned
          ? `У ${pluralRu(cleaned, ['напоминания', 'напоминаний', 'напоминаний'])} удалена подпись: она была похожа на пароль, токен или идентификатор.`
          : '';
        note.hidden = !cleaned;
      }
      const said = noticeLine(shown, base, kinds);
      if (line) line.hidden = !said;
      if (!said || !text || !count || !edit) {
        el.hidden = !(note && cleaned);
        return;
      }
      text.textContent = said.text;
      count.textContent = `(${said.count})`;
      edit.href = said.editHref;
      el.hidden = false;
    };
    const hide = () => {
      hideNoticeFor(
        $today.get(),
        shown.map((v) => v.reminder.id),
        shown.filter((v) => v.status === 'expired').map((v) => v.reminder),
      );
      el.hidden = true;
      // Focus the page title: the next thing to read after the notice.
      const title = document.querySelector<HTMLElement>('main h1');
      if (title) {
        if (!title.hasAttribute('tabindex')) title.setAttribute('tabindex', '-1');
        title.focus();
      }
    };
    close?.addEventListener('click', hide, { signal });
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
