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
import { KEYS, decodeNoticeHidden, encodeNoticeHidden } from '../../lib/storage/stored';
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
    this.off.push($reminders.listen(render), $today.listen(render));
    window.addEventListener(
      'storage',
      (event) => {
        if (event.key === KEYS.noticeHidden) render();
      },
      { signal: this.abort.signal },
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
    let guide = this.querySelector<HTMLElement>('.eis-notice__guide');
    const hidden = decodeNoticeHidden(store.get(KEYS.noticeHidden), $today.get());
    this.shown = viewReminders($reminders.get(), new Date(), this.kinds).filter(
      (v) => v.attention && !hidden.includes(v.reminder.id),
    );
    const first = this.shown[0];
    if (!first || !text || !guide) {
      this.hidden = true;
      return;
    }
    const more =
      this.shown.length > 1 ? ` Требуют внимания ещё записей: ${this.shown.length - 1}.` : '';
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
    this.hidden = false;
  }

  private hideForToday(): void {
    const day = $today.get();
    const ids = [
      ...new Set([
        ...decodeNoticeHidden(store.get(KEYS.noticeHidden), day),
        ...this.shown.map((v) => v.reminder.id),
      ]),
    ];
    store.set(KEYS.noticeHidden, encodeNoticeHidden(day, ids));
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
