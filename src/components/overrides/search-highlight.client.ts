/**
 * Highlights the searched words on the page a search result opens. Result links get the query
 * as `?highlight=` parameters when clicked; a page opened with them loads Pagefind's highlighter
 * (only then) and marks the words in the page body. Styles come from our CSS, not injected, so
 * the CSP holds.
 *
 * The words pass the secret guard first (src/lib/highlight.ts), so a pasted password, token or
 * identifier never reaches an address or the history. The guard is loaded when the search dialog
 * opens; a result clicked before it arrives simply gets no highlight.
 */
type HighlightModule = typeof import('../../lib/highlight');

let highlight: HighlightModule | undefined;
const loadHighlight = () =>
  import('../../lib/highlight').then((m) => {
    highlight = m;
    return m;
  });

document.addEventListener(
  'click',
  (event) => {
    const target = event.target as Element | null;
    if (target?.closest?.('[data-open-modal], button[aria-keyshortcuts]')) void loadHighlight();
    const link = target?.closest?.<HTMLAnchorElement>('#starlight__search a[href]');
    const input = document.querySelector<HTMLInputElement>('#starlight__search input');
    if (link && highlight && input?.value.trim()) {
      link.href = highlight.withHighlight(link.href, input.value);
    }
  },
  true,
);
// Ctrl+K / Cmd+K and «/» open the dialog too: load the guard on the first key press.
document.addEventListener('keydown', () => void loadHighlight(), { once: true, capture: true });

interface Highlighter {
  new (options: object): unknown;
}

if (location.search.includes('highlight=')) {
  void loadHighlight()
    .then(({ HIGHLIGHT_PARAM, safeHighlightParams }) => {
      // A secret-looking term in the address (an old link, a hand-made one) leaves it at once.
      const { keep, dropped } = safeHighlightParams(location.search);
      if (dropped) {
        const url = new URL(location.href);
        url.searchParams.delete(HIGHLIGHT_PARAM);
        for (const term of keep) url.searchParams.append(HIGHLIGHT_PARAM, term);
        history.replaceState(history.state, '', url);
      }
      if (!keep.length) return;
      const script = `${import.meta.env.BASE_URL}pagefind/pagefind-highlight.js`;
      return import(/* @vite-ignore */ script).then(
        ({ default: PagefindHighlight }: { default: Highlighter }) => {
          new PagefindHighlight({
            highlightParam: HIGHLIGHT_PARAM,
            addStyles: false,
            markOptions: {
              className: 'eis-highlight',
              exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'],
            },
          });
        },
      );
    })
    .catch(() => {
      // Highlighting is a nicety; the page reads the same without it.
    });
}
