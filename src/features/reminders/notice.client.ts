/**
 * <eis-expiry-notice>: at the top of every page's content, tells the reader when a tracked token
 * or identifier expires within 30 days or has expired, with links to the reminder and the
 * renewing guide. It follows the local date (midnight, return from the background) and other
 * tabs. «Скрыть на сегодня» hides the reminders shown now until the next day and moves focus to
 * the page title, the next thing to read.
 */
import { $cleanedLabels, $noticeHidden, $reminders, hideNoticeFor } from './reminder-store';
import { $today } from '../../lib/clock';
import { viewReminders, type ReminderView } from './reminder-view';
import { pluralRu } from '../../lib/plural';
import { withBase } from '../../lib/base-path';
import { kindTable, type KindTable } from './expiry';
import { readData } from '../../lib/island-data';

const base = import.meta.env.BASE_URL;

export class EisExpiryNotice extends HTMLElement {
  private off: (() => void)[] = [];
  private abort: AbortController | undefined;
  private shown: ReminderView[] = [];
  /** Kinds' labels and guide links, from the guides (built into the markup). */
  private kinds: KindTable = kindTable({});

  connectedCallback(): void {
    this.kinds = readData(this, 'kinds', kindTable({}));
    this.abort?.abort();
    this.abort = new AbortController();
    const close = this.querySelector<HTMLButtonElement>('.eis-notice__close');
    close?.addEventListener('click', () => this.hideForToday(), { signal: this.abort.signal });
    if (close) close.disabled = false;
    const render = () => this.render();
    this.off.push(
      $reminders.listen(render),
      $today.listen(render),
      $noticeHidden.listen(render),
      $cleanedLabels.listen(render),
    );
    render();
  }

  disconnectedCallback(): void {
    this.abort?.abort();
    this.off.forEach((off) => off());
    this.off = [];
  }

  private render(): void {
    const text = this.querySelector('.eis-notice__text');
    const guide = this.querySelector<HTMLAnchorElement>('.eis-notice__guide');
    const stored = $noticeHidden.get();
    const hidden = new Set(stored.day === $today.get() ? stored.ids : []);
    this.shown = viewReminders($reminders.get(), new Date(), this.kinds).filter(
      (v) => v.attention && !hidden.has(v.reminder.id),
    );
    const first = this.shown[0];
    // A label the secret guard dropped on reading is never dropped silently: said here, once.
    const cleaned = $cleanedLabels.get();
    const note = this.querySelector<HTMLElement>('.eis-notice__cleaned');
    if (note) {
      note.textContent = cleaned
        ? `У ${pluralRu(cleaned, ['напоминания', 'напоминаний', 'напоминаний'])} удалена подпись: она была похожа на пароль, токен или идентификатор.`
        : '';
      note.hidden = !cleaned;
    }
    for (const part of this.querySelectorAll<HTMLElement>('.eis-notice__text, .eis-notice__links'))
      part.hidden = !first;
    if (!first || !text || !guide) {
      this.hidden = !(note && cleaned);
      return;
    }
    const more =
      this.shown.length > 1 ? ` Требуют внимания ещё записей: ${this.shown.length - 1}.` : '';
    text.textContent = `${first.title}: ${first.wording} (${first.dateText}).${more}`;
    // Without a guide the anchor has no href: no empty link in the tab order.
    guide.textContent = first.guide?.title ?? '';
    if (first.guide) guide.href = withBase(first.guide.href, base);
    else guide.removeAttribute('href');
    this.hidden = false;
  }

  private hideForToday(): void {
    hideNoticeFor(
      $today.get(),
      this.shown.map((v) => v.reminder.id),
    );
    this.hidden = true;
    // Focus the page title: the next thing to read after the notice.
    const title = document.querySelector<HTMLElement>('main h1');
    if (title) {
      if (!title.hasAttribute('tabindex')) title.setAttribute('tabindex', '-1');
      title.focus();
    }
  }
}

if (!customElements.get('eis-expiry-notice'))
  customElements.define('eis-expiry-notice', EisExpiryNotice);
