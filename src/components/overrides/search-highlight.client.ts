/**
 * Highlights the searched words on the page a search result opens. The search dialog builds each
 * result link with the understood query's words as `?highlight=` parameters (withHighlight() in
 * src/components/search/search-ui.ts); a page opened with them loads Pagefind's highlighter (only
 * then) and marks the words in the page body. Styles come from our CSS, not injected, so the CSP
 * holds.
 */
import { HIGHLIGHT_PARAM } from '../../lib/highlight';

interface Highlighter {
  new (options: object): unknown;
}

if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
  const url = `${import.meta.env.BASE_URL}pagefind/pagefind-highlight.js`;
  import(/* @vite-ignore */ url)
    .then(({ default: PagefindHighlight }: { default: Highlighter }) => {
      new PagefindHighlight({
        highlightParam: HIGHLIGHT_PARAM,
        addStyles: false,
        markOptions: {
          className: 'eis-highlight',
          exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'],
        },
      });
    })
    .catch(() => {
      // Highlighting is a nicety; the page reads the same without it.
    });
}
