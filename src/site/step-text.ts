/**
 * What a checklist step says, read from the page's mdast (the tree the MDX parser gives): the
 * first paragraph of each `<Step>` (its one action, as the page shows it and the checkbox is
 * labelled by) and the warnings inside it (`<Aside type="caution">` and `"danger"`). Pure: the
 * parsing lives in src/site/model.ts. Figure references (`[рисунок](#fig:name)`) read
 * «рисунок N» as on the page; `paper` is the same text for a sheet without figures.
 */
import { FIG_REF } from '../build/figures';
import { jsxAttr, type MdxNode } from './checklist-scan';

export interface StepWarning {
  /** `caution` or `danger`, as the page's Aside. */
  type: 'caution' | 'danger';
  title: string;
  /** The Aside's first paragraph. */
  text: string;
}

export interface StepText {
  id: string;
  /** The step's first paragraph as the page shows it: «… (рисунок 2, выноска 3).» */
  text: string;
  /** The same for paper without figures: references to figures left out. */
  paper: string;
  warnings: StepWarning[];
}

type TextNode = MdxNode & { value?: unknown; url?: unknown };

const isJsx = (n: MdxNode, name: string) =>
  (n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && n.name === name;

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Marks a figure reference in extracted text, so `paper` can leave it out. */
const MARK = '\u0000';

/**
 * Plain text of phrasing content. Figure references become «рисунок N» (`numbers`: the page's
 * figure numbers by name), wrapped in MARK when `mark` is set.
 */
function textOf(node: TextNode, numbers: ReadonlyMap<string, number>, mark: boolean): string {
  if (node.type === 'text' || node.type === 'inlineCode') {
    return typeof node.value === 'string' ? node.value : '';
  }
  if (node.type === 'break') return ' ';
  // Expressions ({' '}) and comments render no visible text of their own.
  if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') return '';
  const inner = (node.children ?? []).map((c) => textOf(c, numbers, mark)).join('');
  if (node.type === 'link' && typeof node.url === 'string') {
    const name = FIG_REF.exec(node.url)?.[1];
    const n = name === undefined ? undefined : numbers.get(name);
    if (n !== undefined) {
      const ref = `${inner.trim()} ${n}`;
      return mark ? `${MARK}${ref}${MARK}` : ref;
    }
  }
  return inner;
}

/**
 * Leaves out figure references: a parenthesis that holds one («(рисунок 2, выноска 3)») goes
 * whole; a reference in running text («как на рисунке 2») keeps its word and says where the
 * figure is. Works on extracted plain text, never on markup.
 */
function withoutFigures(marked: string): string {
  const text = marked
    .replace(new RegExp(`\\s*\\([^()]*${MARK}[^${MARK}]*${MARK}[^()]*\\)`, 'g'), '')
    .replace(new RegExp(`${MARK}([^${MARK}]*)${MARK}`, 'g'), '$1 в инструкции на сайте');
  return squash(text).replace(/\s+([.,;:])/g, '$1');
}

const firstParagraph = (node: MdxNode): MdxNode | undefined =>
  (node.children ?? []).find((c) => c.type === 'paragraph');

/** Each step's text and warnings, by step id, in page order (invalid ids are the scan's job). */
export function stepTexts(root: MdxNode, numbers: ReadonlyMap<string, number>): StepText[] {
  const out: StepText[] = [];
  const warningsIn = (node: MdxNode, found: StepWarning[]) => {
    if (isJsx(node, 'Aside')) {
      const type = jsxAttr(node, 'type');
      if (type === 'caution' || type === 'danger') {
        const first = firstParagraph(node);
        found.push({
          type,
          title: squash(jsxAttr(node, 'title') ?? ''),
          text: first ? squash(textOf(first, numbers, false)) : '',
        });
        return;
      }
    }
    for (const child of node.children ?? []) warningsIn(child, found);
  };
  const walk = (node: MdxNode) => {
    if (isJsx(node, 'Step')) {
      const id = jsxAttr(node, 'id');
      if (typeof id === 'string') {
        const first = firstParagraph(node);
        const warnings: StepWarning[] = [];
        for (const child of node.children ?? []) if (child !== first) warningsIn(child, warnings);
        out.push({
          id,
          text: first ? squash(textOf(first, numbers, false)) : '',
          paper: first ? withoutFigures(textOf(first, numbers, true)) : '',
          warnings,
        });
      }
      return;
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(root);
  return out;
}
