/**
 * The search button and modal (Starlight's behaviour, in our element): opens with the button,
 * Ctrl+K / ⌘K or «/» — matched by KeyboardEvent.code, so they work in the Russian layout too —
 * and closes with Esc, «Отменить» or a click outside. The search itself (search-ui.ts, Pagefind,
 * the vocabulary) loads only when the dialog first opens.
 */
type SearchUi = typeof import('./search-ui');

function editable(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
}

class SiteSearch extends HTMLElement {
  private ui: Promise<SearchUi> | undefined;
  /** One set of listeners per connection: moving the element never doubles them. */
  private wiring: AbortController | undefined;

  connectedCallback(): void {
    const openBtn = this.querySelector<HTMLButtonElement>('button[data-open-modal]');
    const closeBtn = this.querySelector<HTMLButtonElement>('button[data-close-modal]');
    const dialog = this.querySelector('dialog');
    const frame = this.querySelector('.dialog-frame');
    const input = this.querySelector<HTMLInputElement>('#starlight__search input');
    if (!openBtn || !closeBtn || !dialog || !frame || !input) return;
    this.wiring?.abort();
    this.wiring = new AbortController();
    const { signal } = this.wiring;

    // The body's «dialog open» flag has one owner: the dialog's own state, read each time it may
    // have changed. A close event that arrives after the next open (quick cycles) cannot clear it.
    const sync = () => document.body.toggleAttribute('data-search-modal-open', dialog.open);
    window.addEventListener(
      'click',
      (event: MouseEvent) => {
        if (!dialog.open) return;
        const target = event.target as Node;
        if (document.body.contains(target) && !frame.contains(target)) dialog.close();
        sync();
      },
      { signal },
    );
    const open = (event?: Event) => {
      if (dialog.open) return;
      dialog.showModal();
      sync();
      input.focus();
      input.select();
      event?.stopPropagation();
      this.ui ??= import('./search-ui');
      this.ui
        .then((ui) => ui.attach(this))
        .catch(() => {
          this.querySelector('[data-status]')!.textContent = this.dataset.failed ?? '';
        });
    };

    openBtn.addEventListener('click', open, { signal });
    openBtn.disabled = false;
    closeBtn.addEventListener(
      'click',
      () => {
        dialog.close();
        sync();
      },
      { signal },
    );
    dialog.addEventListener('close', sync, { signal });

    window.addEventListener(
      'keydown',
      (e) => {
        // An Enter pressed before the search code has loaded is kept: search-ui.ts opens the
        // first result of the text typed so far once it is there.
        if (e.key === 'Enter' && e.target === input && !this.hasAttribute('data-ready')) {
          e.preventDefault();
          this.setAttribute('data-enter', '');
        } else if ((e.metaKey || e.ctrlKey) && !e.altKey && e.code === 'KeyK') {
          e.preventDefault();
          if (dialog.open) {
            dialog.close();
            sync();
          } else open();
        } else if (
          e.code === 'Slash' &&
          !e.shiftKey &&
          !e.ctrlKey &&
          !e.metaKey &&
          !e.altKey &&
          !dialog.open &&
          !editable(e.target)
        ) {
          e.preventDefault();
          open();
        }
      },
      { signal },
    );
  }

  disconnectedCallback(): void {
    this.wiring?.abort();
  }
}

customElements.define('site-search', SiteSearch);
