/**
 * <eis-expiry-notice>: on every page, tells the reader when a tracked token or identifier
 * expires within 30 days or has expired, with links to the reminder and the renewing guide.
 * «Скрыть» hides it for this page view only; it comes back while the date still needs attention.
 */
import { $reminders } from '../shared/stores';
import { viewReminders } from '../../lib/reminder-view';
import { withBase } from '../../lib/base-path';

const base = import.meta.env.BASE_URL;

export class EisExpiryNotice extends HTMLElement {
  #off?: () => void;
  #dismissed = false;

  connectedCallback(): void {
    const text = this.querySelector('.eis-notice__text');
    const guide = this.querySelector<HTMLAnchorElement>('.eis-notice__guide');
    this.querySelector('.eis-notice__close')?.addEventListener('click', () => {
      this.#dismissed = true;
      this.hidden = true;
    });
    this.#off = $reminders.subscribe((items) => {
      const urgent = viewReminders(items, new Date()).filter((v) => v.attention);
      const first = urgent[0];
      if (!first || this.#dismissed || !text || !guide) {
        this.hidden = true;
        return;
      }
      const more = urgent.length > 1 ? ` Требуют внимания ещё записей: ${urgent.length - 1}.` : '';
      text.textContent = `${first.title}: ${first.wording} (${first.dateText}).${more}`;
      guide.textContent = first.guide?.title ?? '';
      guide.href = first.guide ? withBase(first.guide.href, base) : base;
      this.hidden = false;
    });
  }

  disconnectedCallback(): void {
    this.#off?.();
  }
}

if (!customElements.get('eis-expiry-notice'))
  customElements.define('eis-expiry-notice', EisExpiryNotice);
