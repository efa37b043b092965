/**
 * Site base-path helpers (pure): the Astro config normalises BASE_PATH with them, components and
 * elements prefix links. The Markdown plugin that uses them: src/build/base-links.ts.
 */

/** Normalise a BASE_PATH value to Astro's `/x/` form; empty or `/` gives `/`. */
export function normaliseBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Prefix a root-relative site link (`/a/b/#x`) with the base; other links are returned as is. */
export function withBase(href: string, base: string): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  if (base === '/' || href === base.slice(0, -1) || href.startsWith(base)) return href;
  return base + href.slice(1);
}
