/**
 * Highlights the searched words on the page a search result opens. The search dialog builds each
 * result link with the understood query's words as `?highlight=` parameters (withHighlight() in
 * src/features/search/highlight.ts, which drops anything that looks like a password, token or identifier); a
 * page opened with them loads Pagefind's highlighter (only then) and marks the words in the page
 * body. Styles come from our CSS, not injected, so the CSP holds.
 *
 * A secret-looking term that reaches the address some other way (an old or hand-made link) is
 * removed from it at once, before the highlighter reads it. The guard loads only on such pages.
 */
interface Highlighter {
  new (options: object): unknown;
}

// Read decoded, whatever its spelling (`?highl%69ght=` is `highlight` to Pagefind too).
if (new URLSearchParams(location.search).has('highlight')) {
  import('./highlight')
    .then(({ HIGHLIGHT_PARAM, safeHighlightParams }) => {
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
