/**
 * Rendered HTML as a hast tree and back, for the transforms of print-manual.ts and step-refs.ts:
 * parsed and written by Sätteri, the parser Astro's Markdown uses (as Starlight's <Steps> does and
 * sheet-fragments.ts). Its writer keeps a <template>'s children, which it parses as children;
 * hast-util-to-html writes a template's `content` instead and left every <template> empty (the
 * checklist's «Шаг изменился…» note).
 */
import type { Root } from 'hast';
import { hastToHtml, htmlToHast } from 'satteri';

export const parseHtml = (html: string): Root =>
  htmlToHast(html, { fragment: true }) as unknown as Root;

export const writeHtml = (tree: Root): string => hastToHtml(tree as never);
