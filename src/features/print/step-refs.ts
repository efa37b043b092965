/**
 * Links to a guide's step, as paper shows them. On screen a link reads «шаг» or «Права доступа»
 * and opens the step; on paper its address (`/services/ris-rights/#ris-select-is-options`) means
 * nothing to a reader with the printed guide in hand. Each such link gets the step's number, and
 * the guide's title when the step is on another page, in `data-print-step` («шаг 5», «шаг 4
 * инструкции «Логин и пароль ЕИС для интеграции по HTTPS»»), which the print styles show instead
 * of the address; a link that is the bare word («([шаг](…))») gets the rest of it in
 * `data-print-step-tail`, printed right after the word: «(шаг 4 инструкции «…»)». Numbers and
 * titles come from the site model; the rendered HTML is changed as a hast tree, never as text.
 * Pure: no DOM.
 */
import type { Element, Root } from 'hast';
import { parseHtml, writeHtml } from './hast-html';
import type { SiteModel } from '../../site/model';

export interface StepPlace {
  /** The step's number in its guide, from 1. */
  number: number;
  /** Site path of its page, without base: `/services/token/`. */
  href: string;
  /** Its page's title. */
  title: string;
}

/** Every step of every checklist by `href#id` (href without base). */
export type StepPlaces = ReadonlyMap<string, StepPlace>;

export function stepPlacesOf(model: Pick<SiteModel, 'checklists' | 'pages'>): StepPlaces {
  const places = new Map<string, StepPlace>();
  for (const list of model.checklists) {
    const title = model.pages.find((p) => p.href === list.href)?.title ?? list.title;
    list.steps.forEach((id, i) => {
      places.set(`${list.href}#${id}`, { number: i + 1, href: list.href, title });
    });
  }
  return places;
}

/** What follows «шаг» on paper for a link to `place` from the page `from` (without base). */
export function stepTail(place: StepPlace, from: string): string {
  return place.href === from ? `${place.number}` : `${place.number} инструкции «${place.title}»`;
}

/** The words paper shows for a link to `place` from the page `from`: «шаг 5». */
export const stepWords = (place: StepPlace, from: string): string => `шаг ${stepTail(place, from)}`;

/** The text of an element, as it reads. */
export const textOf = (node: Element): string =>
  node.children
    .map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? textOf(c) : ''))
    .join('');

/** A link that is only the word «шаг» in some form: the number goes right after it. */
export const bareStepWord = (node: Element): boolean =>
  /^шаг(?:а|у|ом|е|и|ов|ам|ами|ах)?$/i.test(textOf(node).trim());

const decode = (text: string): string => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/**
 * The step a link leads to, if any: `#id` on the page `from`, or `/path/#id` with or without the
 * site's `base` (`/` or `/eis/`).
 */
export function linkedStep(
  href: string,
  places: StepPlaces,
  from: string,
  base = '/',
): StepPlace | undefined {
  const hash = href.indexOf('#');
  if (hash < 0) return undefined;
  const id = decode(href.slice(hash + 1));
  let path = href.slice(0, hash) || from;
  if (base !== '/' && path.startsWith(base)) path = `/${path.slice(base.length)}`;
  if (!path.endsWith('/')) path += '/';
  return places.get(`${path}#${id}`);
}

/** Marks the links of a tree that lead to a step; how many it marked (exported for tests). */
export function markStepLinks(tree: Root, places: StepPlaces, from: string, base = '/'): number {
  let marked = 0;
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const href = child.properties['href'];
      if (child.tagName === 'a' && typeof href === 'string') {
        const place = linkedStep(href, places, from, base);
        if (place) marked += 1;
        if (place && bareStepWord(child))
          child.properties['dataPrintStepTail'] = stepTail(place, from);
        else if (place) child.properties['dataPrintStep'] = stepWords(place, from);
      }
      walk(child);
      if (child.content) walk(child.content);
    }
  };
  walk(tree);
  return marked;
}

/**
 * A page's rendered HTML with its links to steps marked for paper; a page without such a link
 * comes back as it was, byte for byte.
 */
export function markStepLinksHtml(html: string, places: StepPlaces, from: string, base = '/') {
  if (!html.includes('#')) return html;
  const tree = parseHtml(html);
  return markStepLinks(tree, places, from, base) ? writeHtml(tree) : html;
}
