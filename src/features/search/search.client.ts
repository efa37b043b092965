/**
 * The search button and modal (Starlight's behaviour, in our element): opens with the button,
 * Ctrl+K / ⌘K or «/» — matched by KeyboardEvent.code, so they work in the Russian layout too —
 * and closes with Esc, «Отменить» or a click outside. The search itself (search-ui.ts, Pagefind,
 * the vocabulary) loads only when the dialog first opens.
 */
import { defineIsland } from '../../lib/island';
import type { Schema } from '../../lib/island-schema';

type SearchUi = typeof import('./search-ui');

function editable(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
}

let ui: Promise<SearchUi> | undefined;

/**
 * The page data this island reads: what to say when the search code cannot load (the blob's
 * `searchFailed`, checked as island-slices.ts declares it). Written out, not with island-schema's
 * `obj`: on every page that would split the schema helpers into a chunk of their own (+170 B).
 */
const searchData: Schema<{ searchFailed: string }> = (blob) => {
  const failed = (blob as { searchFailed?: unknown } | undefined)?.searchFailed;
  return typeof failed === 'string' ? { searchFailed: failed } : undefined;
};

defineIsland('site-search', {
  data: searchData,
  // One set of listeners per connection (defineIsland's signal): moving the element never doubles
  // them.
  connect(el, { signal, data }) {
    const openBtn = el.querySelector<HTMLButtonElement>('button[data-open-modal]');
    const closeBtn = el.querySelector<HTMLButtonElement>('button[data-close-modal]');
    const dialog = el.querySelector('dialog');
    const frame = el.querySelector('.dialog-frame');
    const input = el.querySelector<HTMLInputElement>('#starlight__search input');
    if (!openBtn || !closeBtn || !dialog || !frame || !input) return;

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
      ui ??= import('./search-ui');
      ui.then((m) => m.attach(el, data.searchFailed)).catch(() => {
        el.querySelector('[data-status]')!.textContent = data.searchFailed;
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
        if (e.key === 'Enter' && e.target === input && !el.hasAttribute('data-ready')) {
          e.preventDefault();
          el.setAttribute('data-enter', '');
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
  },
});
