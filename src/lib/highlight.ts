/** Search-term highlighting: the query travels to the opened page in `?highlight=` parameters. */
export const HIGHLIGHT_PARAM = 'highlight';

/** The words of a query worth highlighting (one parameter each, as Pagefind expects). */
export function highlightTerms(query: string): string[] {
  return [
    ...new Set(
      query
        .split(/\s+/)
        .map((t) => t.trim())
        .filter((t) => t.length >= 2),
    ),
  ].slice(0, 8);
}

/** Add the query's words to a result link, keeping its path and #fragment. */
export function withHighlight(href: string, query: string, base = 'http://x'): string {
  const terms = highlightTerms(query);
  if (!terms.length) return href;
  const url = new URL(href, base);
  url.searchParams.delete(HIGHLIGHT_PARAM);
  for (const term of terms) url.searchParams.append(HIGHLIGHT_PARAM, term);
  return /^[a-z]+:/i.test(href) ? url.href : url.pathname + url.search + url.hash;
}
