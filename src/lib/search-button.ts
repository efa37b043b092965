/**
 * Starlight's search button is named by `aria-label="Поиск"` while its visible text («Поиск»,
 * «Ctrl K») is hidden from assistive tech, which axe reports as `label-content-name-mismatch`
 * (WCAG 2.5.3 Label in Name). We drop the aria-label and expose the visible label text instead,
 * so the accessible name is the visible text; CSS keeps that text readable to screen readers
 * on narrow screens, where Starlight hides it visually.
 */
export function fixSearchButton(html: string): string {
  return html.replace(/<button data-open-modal\b[^>]*>[\s\S]*?<\/button>/, (button) =>
    button
      .replace(/\saria-label="[^"]*"/, '')
      .replace(/(<span class="[^"]*)"\s+aria-hidden="true">/, '$1 eis-search-label">'),
  );
}
