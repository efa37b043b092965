/**
 * «Вся инструкция для печати» (src/pages/print.astro) puts every guide on one page. Each guide is
 * rendered in the page's print mode (src/features/print/render-mode.ts: checklists as ☐ lists, no
 * checkboxes, bars or reminder form) and then passed through this hast transform, so the
 * combined page stays valid:
 *
 * - every id gets the guide's prefix (`services-token--ris-1`), and so do the in-guide links and
 *   the ARIA and label references to them: `ris-N` and section ids repeat from guide to guide;
 * - links to another guide on the page point to its section here and carry «см. раздел «…»» for
 *   paper (`data-see`, printed by the page's CSS);
 * - headings move one level down (each guide's title is an h2 under the page's h1);
 * - scripts go: the printed page runs no island.
 *
 * The HTML is parsed into hast with the parser Astro's Markdown uses (Sätteri's `htmlToHast`, as
 * Starlight's <Steps> does), transformed as a tree and serialised; never edited as text.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { parseHtml, writeHtml } from './hast-html';
import { bareStepWord, linkedStep, stepTail, type StepPlaces } from './step-refs';

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
  /** Every guide's steps (step-refs.ts): a link to a step says its number on paper. */
  steps?: StepPlaces;
}

const decode = (fragment: string): string => {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
};

/** «см. раздел «…»», the paper form of a link to another guide. */
export const seeSection = (title: string): string => `см. раздел «${title}»`;

/** hast properties that hold ids of elements on the page (space-separated lists). */
const ID_REFS = ['ariaLabelledBy', 'ariaDescribedBy', 'ariaControls', 'htmlFor'] as const;

const HEADING = /^h([1-5])$/;
const LEVEL_CLASS = /^level-h([1-5])$/;

/** The guide's tree, transformed in place (exported for tests). */
export function rewriteGuideTree(tree: Root, { guide, guides, base, steps }: RewriteOptions): Root {
  const prefix = (id: string) => `${guide.anchor}--${id}`;
  const from = `/${guide.id}/`;
  const byPath = new Map(guides.map((g) => [`${base}${g.id}/`, g]));

  const link = (node: Element) => {
    const href = node.properties['href'];
    if (typeof href !== 'string') return;
    // A step's number on paper: «шаг 5», «см. раздел «…», шаг 4»; after a link that is the bare
    // word «шаг», only what follows it («5», «4 (см. раздел «…»)»).
    const place = steps && linkedStep(href, steps, from, base);
    const bare = !!place && bareStepWord(node);
    const step = (target?: ManualGuide) => {
      if (!place) return;
      const other = target && target !== guide;
      const tail = other ? `${place.number} (${seeSection(target.title)})` : stepTail(place, from);
      if (bare) node.properties['dataSeeTail'] = tail;
      else
        node.properties['dataSee'] = other
          ? `${seeSection(target.title)}, шаг ${place.number}`
          : `шаг ${place.number}`;
    };
    if (href.startsWith('#')) {
      node.properties['href'] = `#${prefix(decode(href.slice(1)))}`;
      step();
      return;
    }
    const [path = '', fragment] = href.split('#', 2);
    const target = byPath.get(path.endsWith('/') ? path : `${path}/`);
    if (!target) return;
    node.properties['href'] =
      `#${fragment ? `${target.anchor}--${decode(fragment)}` : target.anchor}`;
    if (target !== guide) node.properties['dataSee'] = seeSection(target.title);
    if (place) {
      delete node.properties['dataSee'];
      step(target);
    }
  };

  const element = (node: Element) => {
    const level = HEADING.exec(node.tagName)?.[1];
    if (level) node.tagName = `h${+level + 1}`;
    const classes = node.properties['className'];
    if (Array.isArray(classes)) {
      node.properties['className'] = classes.map((c) => {
        const n = LEVEL_CLASS.exec(String(c))?.[1];
        return n ? `level-h${+n + 1}` : c;
      });
    }
    const id = node.properties['id'];
    if (typeof id === 'string' && id) node.properties['id'] = prefix(id);
    for (const name of ID_REFS) {
      const refs = node.properties[name];
      if (Array.isArray(refs)) node.properties[name] = refs.map((r) => prefix(String(r)));
      else if (typeof refs === 'string')
        node.properties[name] = (refs as string).split(/\s+/).map(prefix);
    }
    if (node.tagName === 'a') link(node);
  };

  const walk = <N extends Root | Element>(parent: N) => {
    const kept: (RootContent | ElementContent)[] = [];
    for (const child of parent.children) {
      if (child.type === 'element' && child.tagName === 'script') continue;
      if (child.type === 'element') {
        element(child);
        walk(child);
        if (child.content) walk(child.content);
      }
      kept.push(child);
    }
    parent.children = kept as N['children'];
  };
  walk(tree);
  return tree;
}

/** One guide's rendered HTML, rewritten for the combined print page. */
export function rewriteGuideHtml(html: string, options: RewriteOptions): string {
  return writeHtml(rewriteGuideTree(parseHtml(html), options));
}
