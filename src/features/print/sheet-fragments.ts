/**
 * What «Распечатать мой план» prints of a guide beyond its step texts: each step's action, its
 * warnings and its figures (the mock screens), cut at build time from the guide's own built page
 * (src/build/plan-sheet.ts writes them to PLAN_SHEET_FILE). The page is parsed into hast with the
 * parser Astro's Markdown uses (Sätteri's `htmlToHast`), the parts are picked from the tree and
 * serialised; the HTML is never edited as text.
 *
 * For a step (`li.eis-step[data-step-id]`): the first paragraph of its body (the one action),
 * its `caution` and `danger` asides, and its figures (`figure.eis-figure`). A figure that stands
 * outside every step goes with the first step that refers to it (a link to `#ris-N`). The
 * guide's `caution` and `danger` asides before its checklist (the traps the whole guide is
 * about) go at the top of the guide. On paper nothing links anywhere: links keep their text,
 * and ids (which repeat from guide to guide) and the references to them go.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { hastToHtml, htmlToHast } from 'satteri';

export interface GuideFragments {
  /** HTML of the guide's warnings before its checklist. */
  warnings: string[];
  /** By step id: the HTML of the step's action, warnings and figures. */
  steps: Record<string, string>;
}

type Node = Root | RootContent;

const isElement = (n: Node | undefined): n is Element => n?.type === 'element';

/** The element's classes (hast keeps `class` as a list). */
const classes = (e: Element): string[] => {
  const c: unknown = e.properties['className'];
  return Array.isArray(c) ? c.map(String) : [];
};

const hasClass = (e: Element, name: string) => classes(e).includes(name);

/** Every element under `node` (itself included) in document order, not entering `skip`. */
function elements(node: Node, skip: (e: Element) => boolean = () => false): Element[] {
  const out: Element[] = [];
  const walk = (n: Node) => {
    if (isElement(n)) {
      out.push(n);
      if (skip(n)) return;
    }
    if ('children' in n) for (const c of n.children) walk(c);
  };
  walk(node);
  return out;
}

const isWarning = (e: Element) =>
  e.tagName === 'aside' &&
  (hasClass(e, 'starlight-aside--caution') || hasClass(e, 'starlight-aside--danger'));

const isFigure = (e: Element) => e.tagName === 'figure' && hasClass(e, 'eis-figure');

/** Properties that hold ids of other elements: they go with the ids. */
const ID_REFS = ['id', 'ariaLabelledBy', 'ariaDescribedBy', 'ariaControls', 'htmlFor'];

/** A copy fit for paper: no ids or references to them, links as their text, no scripts. */
function forPaper(node: Element): Element {
  const copy = structuredClone(node);
  const clean = (e: Element) => {
    for (const name of ID_REFS) delete e.properties[name];
    const kept: ElementContent[] = [];
    for (const child of e.children) {
      if (isElement(child) && (child.tagName === 'script' || child.tagName === 'input')) continue;
      if (isElement(child)) clean(child);
      if (isElement(child) && child.tagName === 'a') kept.push(...child.children);
      else kept.push(child);
    }
    e.children = kept;
  };
  clean(copy);
  return copy;
}

/** The figure ids (`ris-N`) the links under `node` point to. */
const figureRefs = (node: Element): string[] =>
  elements(node)
    .filter((e) => e.tagName === 'a')
    .map((e) => e.properties['href'])
    .filter((h): h is string => typeof h === 'string' && /^#ris-\d+$/.test(h))
    .map((h) => h.slice(1));

export class SheetFragmentError extends Error {
  override name = 'SheetFragmentError';
}

/** The paper parts of the guide page `html` for the steps `stepIds` (a missing step throws). */
export function guideFragments(html: string, stepIds: readonly string[]): GuideFragments {
  const tree = htmlToHast(html) as unknown as Root;
  const content = elements(tree).find((e) => hasClass(e, 'sl-markdown-content')) ?? tree;
  const all = elements(content);
  const stepOf = new Map<string, Element>();
  for (const e of all) {
    const id = e.properties['dataStepId'];
    if (e.tagName === 'li' && hasClass(e, 'eis-step') && typeof id === 'string') stepOf.set(id, e);
  }
  // Figures outside every step, by id: each goes with the first step that refers to it.
  const inSteps = new Set([...stepOf.values()].flatMap((s) => elements(s)));
  const loose = new Map(
    all
      .filter((e) => isFigure(e) && !inSteps.has(e) && typeof e.properties['id'] === 'string')
      .map((e) => [e.properties['id'] as string, e]),
  );

  const steps: Record<string, string> = {};
  for (const id of stepIds) {
    const li = stepOf.get(id);
    const body = li?.children.find((c) => isElement(c) && hasClass(c, 'eis-step__body'));
    if (!isElement(body)) {
      throw new SheetFragmentError(
        `step "${id}" is not on the page (li.eis-step > .eis-step__body)`,
      );
    }
    const action = body.children.find((c) => isElement(c) && c.tagName === 'p');
    const parts: Element[] = isElement(action) ? [action] : [];
    for (const e of elements(body, (x) => isWarning(x) || isFigure(x))) {
      if (e !== action && (isWarning(e) || isFigure(e))) parts.push(e);
    }
    for (const ref of parts.flatMap(figureRefs)) {
      const figure = loose.get(ref);
      if (figure) {
        parts.push(figure);
        loose.delete(ref);
      }
    }
    steps[id] = hastToHtml(parts.map(forPaper) as never);
  }

  // The guide's warnings before its checklist.
  const warnings: string[] = [];
  for (const e of elements(content, (x) => isWarning(x) || x.tagName === 'eis-checklist')) {
    if (e.tagName === 'eis-checklist' || hasClass(e, 'eis-checklist')) break;
    if (isWarning(e)) warnings.push(hastToHtml(forPaper(e) as never));
  }
  return { warnings, steps };
}
