/**
 * «Вся инструкция для печати» (src/pages/print.astro) puts every guide on one page. Each guide is
 * rendered as usual and its HTML is rewritten here so the combined page stays valid:
 *
 * - every id gets the guide's prefix (`services-token--ris-1`), and so do the in-guide links and
 *   the ARIA references to them: `ris-N` and section ids repeat from guide to guide;
 * - links to another guide on the page point to its section here and carry «см. раздел «…»» for
 *   paper (`data-see`, printed by the page's CSS);
 * - headings move one level down (each guide's title is an h2 under the page's h1);
 * - islands become static paper: no scripts, checklists without checkboxes and their toolbar (the
 *   print CSS draws ☐ before each step), no reminder form.
 *
 * Pure string work on the markup our own components and Starlight emit; no DOM.
 */

export interface ManualGuide {
  /** Collection id: `services/token`. */
  id: string;
  /** The guide's section id on the print page: `services-token`. */
  anchor: string;
  title: string;
}

export const guideAnchor = (id: string): string => id.replace(/\//g, '-');

export interface RewriteOptions {
  guide: ManualGuide;
  /** Every guide on the print page (links to them become links within the page). */
  guides: readonly ManualGuide[];
  /** The site's base path, `/` or `/eis/`. */
  base: string;
}

const decode = (fragment: string): string => {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
};

const escapeAttr = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** «см. раздел «…»», the paper form of a link to another guide. */
export const seeSection = (title: string): string => `см. раздел «${title}»`;

export function rewriteGuideHtml(html: string, { guide, guides, base }: RewriteOptions): string {
  const prefix = (id: string) => `${guide.anchor}--${id}`;
  const byPath = new Map(guides.map((g) => [`${base}${g.id}/`, g]));

  return (
    html
      // Islands → static paper.
      .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
      .replace(/<eis-reminder\b[\s\S]*?<\/eis-reminder>/g, '')
      .replace(/<div class="eis-checklist__bar"[\s\S]*?<\/div>/g, '')
      .replace(/<p class="eis-checklist__notice"[^>]*><\/p>/g, '')
      .replace(/<input\b[^>]*\bclass="eis-step__check"[^>]*>/g, '')
      .replace(/<eis-checklist\b/g, '<div')
      .replace(/<\/eis-checklist>/g, '</div>')
      // Headings one level down.
      .replace(/<(\/?)h([1-5])(?=[\s>])/g, (_m, slash: string, n: string) => `<${slash}h${+n + 1}`)
      .replace(/\blevel-h([1-5])\b/g, (_m, n: string) => `level-h${+n + 1}`)
      // Ids and references to them.
      .replace(/(\s)id="([^"]+)"/g, (_m, space: string, id: string) => `${space}id="${prefix(id)}"`)
      .replace(
        /(\s)(aria-labelledby|aria-describedby|aria-controls|for)="([^"]+)"/g,
        (_m, space: string, name: string, ids: string) =>
          `${space}${name}="${ids.split(/\s+/).map(prefix).join(' ')}"`,
      )
      // Links: within the guide, to another guide on this page, or elsewhere (kept).
      .replace(/href="([^"]*)"/g, (whole, href: string) => {
        if (href.startsWith('#')) return `href="#${prefix(decode(href.slice(1)))}"`;
        const [path = '', fragment] = href.split('#', 2);
        const target = byPath.get(path.endsWith('/') ? path : `${path}/`);
        if (!target) return whole;
        const anchor = fragment ? `${target.anchor}--${decode(fragment)}` : target.anchor;
        const see = target === guide ? '' : ` data-see="${escapeAttr(seeSection(target.title))}"`;
        return `href="#${anchor}"${see}`;
      })
  );
}
