/**
 * Figures numbered by the build. Authors name a figure, `<Figure name="services-form" …>`, and
 * refer to it by name, `([рисунок](#fig:services-form))`. This Markdown (Sätteri mdast) plugin
 * numbers the page's figures in page order, hands each `<Figure>` its number (`n`), and turns each
 * reference into «рисунок N» linking to `#ris-N` — the anchors of the source documents. The link
 * text is the word in the case the sentence needs («рисунок», «рисунке», «рисунка»); the build
 * appends the number. Inserting a figure renumbers everything by itself.
 */
import { AstroError } from 'astro/errors';
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition, PluginFactoryContext } from 'satteri';
import { figureAnchor, idProblem } from '../lib/ids';
import { jsxAttr, type MdxNode } from '../site/checklist-scan';

/** `#fig:<name>`: a reference to the figure `<name>` on the same page. */
export const FIG_REF = /^#fig:(.*)$/;

export class FigureError extends AstroError {
  override name = 'FigureError';
}

const HINT =
  'Name each figure once, <Figure name="services-form" …>, and refer to it by a link with the text «рисунок» (or «рисунке», «рисунка») and the address #fig:services-form, written `[рисунок](#fig:services-form)`: the build numbers figures in page order. See «Как добавить рисунок» in README.md.';

interface Problem {
  message: string;
  hint: string;
  line?: number | undefined;
}

const isFigure = (n: MdxNode) =>
  (n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && n.name === 'Figure';

/** The page's figures in page order: name → number; problems for bad or duplicate names. */
export function numberFigures(root: MdxNode): {
  numbers: Map<string, number>;
  problems: Problem[];
} {
  const numbers = new Map<string, number>();
  const problems: Problem[] = [];
  const walk = (node: MdxNode) => {
    if (isFigure(node)) {
      const line = node.position?.start.line;
      const name = jsxAttr(node, 'name');
      if (jsxAttr(node, 'n') !== undefined) {
        problems.push({
          message: `<Figure${name ? ` name="${name}"` : ''}> has a hand-written number (n).`,
          hint: `Remove n: the build numbers figures. ${HINT}`,
          line,
        });
      }
      const problem =
        typeof name === 'string' ? idProblem(name) : 'it is missing or not a plain string';
      if (problem || typeof name !== 'string') {
        problems.push({
          message: `<Figure name="${name ?? ''}"> has an invalid name: ${problem}.`,
          hint: `Use lowercase Latin letters, digits and hyphens, e.g. name="services-form". ${HINT}`,
          line,
        });
      } else if (numbers.has(name)) {
        problems.push({
          message: `Two figures on this page are named "${name}".`,
          hint: 'Give each figure on the page its own name.',
          line,
        });
      } else numbers.set(name, numbers.size + 1);
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(root);
  return { numbers, problems };
}

/** The text of a reference link: one plain word, the number is the build's. */
function refWord(link: MdxNode): string | undefined {
  const [only, ...rest] = link.children ?? [];
  const value = (only as { value?: unknown } | undefined)?.value;
  if (rest.length || only?.type !== 'text' || typeof value !== 'string') return undefined;
  const word = value.trim();
  return word && !/\d/.test(word) ? word : undefined;
}

/** Satteri mdast plugin for `markdown.processor`; numbers the figures of each MDX page. */
export function figuresPlugin() {
  return ({ fileURL, source }: PluginFactoryContext): MdastPluginDefinition | undefined => {
    // Pages without figures or references pay nothing.
    if (!source.includes('<Figure') && !source.includes('#fig:')) return undefined;
    const file = fileURL ? fileURLToPath(fileURL) : 'MDX';
    let numbers = new Map<string, number>();
    const fail = (p: Problem): never => {
      throw new FigureError(`${file}${p.line ? `:${p.line}` : ''}: ${p.message}`, p.hint);
    };
    const numbered = <N extends MdxNode>(node: N): N | undefined => {
      if (!isFigure(node)) return undefined;
      const n = numbers.get(jsxAttr(node, 'name') ?? '');
      if (n === undefined) return undefined;
      const attributes = [
        ...(node.attributes ?? []),
        { type: 'mdxJsxAttribute', name: 'n', value: String(n) },
      ];
      return { ...node, attributes };
    };
    return {
      name: 'eis-figures',
      // Source lines for the error messages.
      options: { position: true },
      before(root) {
        const result = numberFigures(root as unknown as MdxNode);
        if (result.problems[0]) fail(result.problems[0]);
        numbers = result.numbers;
      },
      mdxJsxFlowElement: (node) => numbered(node as unknown as MdxNode) as never,
      mdxJsxTextElement: (node) => numbered(node as unknown as MdxNode) as never,
      link(node) {
        const name = FIG_REF.exec(node.url)?.[1];
        if (name === undefined) return undefined;
        const line = node.position?.start.line;
        const n = numbers.get(name);
        if (n === undefined) {
          const known = [...numbers.keys()].map((k) => `"${k}"`).join(', ') || 'none';
          return fail({
            message: `The reference #fig:${name} names no figure on this page (figures here: ${known}).`,
            hint: HINT,
            line,
          });
        }
        const word = refWord(node as unknown as MdxNode);
        if (!word) {
          return fail({
            message: `The reference to figure "${name}" must be one plain word without a number: \`[рисунок](#fig:${name})\`.`,
            hint: HINT,
            line,
          });
        }
        return {
          ...node,
          url: `#${figureAnchor(n)}`,
          children: [{ type: 'text', value: `${word} ${n}` }],
        };
      },
    };
  };
}
