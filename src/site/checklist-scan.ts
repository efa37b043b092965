/**
 * Finds the checklists in a guide's MDX tree (mdast, as the MDX parser gives it), so «Мой
 * прогресс» and the lock file are derived from the content itself: `<Checklist id="…" title="…">`
 * wrapping `<Step id="…">` elements. It reads JSX elements, never source text: a `<Step>` inside a
 * MDX comment (`{/* … *\/}`) is not a step, and `title="A > B"` is read whole. Pure: the parsing and the
 * build error live in checklist-mdx.ts.
 */
import { ID_MAX_LENGTH, figureAnchor, idProblem, stepTextId, suggestId } from '../lib/ids';

export interface ChecklistInfo {
  id: string;
  title?: string;
  steps: string[];
}

/** What is wrong with a page's checklists: the id, the message, the fix, the source line. */
export interface ChecklistProblem {
  id: string;
  message: string;
  hint: string;
  line?: number | undefined;
}

/** The part of an mdast node the scan reads (satteri's `mdxToMdast` and remark-mdx agree on it). */
export interface MdxNode {
  type: string;
  name?: string | null;
  attributes?: readonly { type: string; name?: string; value?: unknown }[];
  children?: readonly MdxNode[];
  position?: { start: { line: number } } | undefined;
}

const isJsx = (n: MdxNode) => n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement';

/** A plain string attribute, `null` for an expression (`id={x}`), `undefined` when absent. */
export function jsxAttr(node: MdxNode, name: string): string | null | undefined {
  const attr = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!attr) return undefined;
  return typeof attr.value === 'string' ? attr.value : null;
}

const ID_HINT = `Ids are lowercase Latin letters, digits and hyphens, start with a letter, at most ${ID_MAX_LENGTH} characters.`;

/**
 * The checklists of one page, in page order, and everything that breaks the id rule
 * (src/lib/ids.ts): a missing, invalid or duplicate checklist or step id, a step outside a
 * checklist, and two anchors with the same id on the page (steps are anchors: `#<step id>`).
 */
export function scanChecklistTree(root: MdxNode): {
  lists: ChecklistInfo[];
  problems: ChecklistProblem[];
} {
  const lists: ChecklistInfo[] = [];
  const problems: ChecklistProblem[] = [];
  const anchors = new Map<string, string>();
  let figures = 0;
  const report = (node: MdxNode, id: string, message: string, hint: string) =>
    problems.push({ id, message, hint, line: node.position?.start.line });

  const readId = (node: MdxNode, what: string): string | undefined => {
    const id = jsxAttr(node, 'id');
    if (id === undefined) {
      report(
        node,
        '',
        `<${node.name}> has no id.`,
        `Add a stable id: <${node.name} id="…">. ${ID_HINT}`,
      );
      return undefined;
    }
    if (id === null) {
      report(
        node,
        '',
        `<${node.name}> has an id written as an expression.`,
        `Write the ${what} id as a plain string: id="…".`,
      );
      return undefined;
    }
    const problem = idProblem(id);
    if (problem) {
      report(
        node,
        id,
        `The ${what} id "${id}" is invalid: ${problem}.`,
        `Use, for example, id="${suggestId(id)}". ${ID_HINT}`,
      );
      return undefined;
    }
    return id;
  };

  const claimAnchor = (node: MdxNode, id: string, owner: string) => {
    const taken = anchors.get(id);
    if (taken) {
      report(
        node,
        id,
        `The id "${id}" is used twice on this page (${taken} and ${owner}).`,
        'Every step id is an anchor of the page (#id): give this step another id.',
      );
    } else anchors.set(id, owner);
  };

  const walk = (node: MdxNode, list: ChecklistInfo | undefined, inStep: boolean) => {
    let nextList = list;
    let nextInStep = inStep;
    if (isJsx(node) && node.name === 'Checklist') {
      if (list) {
        report(
          node,
          list.id,
          `<Checklist> inside the checklist "${list.id}".`,
          'Close one <Checklist> before opening the next.',
        );
      }
      const id = readId(node, 'checklist');
      const title = jsxAttr(node, 'title');
      if (title === null) {
        report(
          node,
          id ?? '',
          `The checklist "${id ?? ''}" has a title written as an expression.`,
          'Write the title as a plain string: title="…".',
        );
      }
      nextList = { id: id ?? '', steps: [], ...(title ? { title } : {}) };
      if (id) {
        if (lists.some((l) => l.id === id)) {
          report(
            node,
            id,
            `The checklist id "${id}" is used twice on this page.`,
            'Give each checklist its own id.',
          );
        }
        lists.push(nextList);
      }
    } else if (isJsx(node) && node.name === 'Step') {
      if (!list) {
        report(
          node,
          jsxAttr(node, 'id') ?? '',
          '<Step> outside a <Checklist>.',
          'Put the steps inside <Checklist id="…"> … </Checklist>.',
        );
      } else if (inStep) {
        report(
          node,
          jsxAttr(node, 'id') ?? '',
          `<Step> inside another step of "${list.id}".`,
          'Close one <Step> before opening the next.',
        );
      }
      const id = readId(node, 'step');
      if (id && list) {
        if (list.steps.includes(id)) {
          report(
            node,
            id,
            `The step id "${id}" is used twice in the checklist "${list.id}".`,
            'Give each step its own id; to reword a step, keep its id.',
          );
        } else {
          claimAnchor(node, id, `a step of "${list.id}"`);
          claimAnchor(node, stepTextId(id), `the text of step "${id}"`);
          list.steps.push(id);
        }
      }
      nextInStep = true;
    } else if (isJsx(node) && node.name === 'Figure') {
      // Figures are anchored #ris-1, #ris-2 … in page order (src/build/figures.ts numbers them).
      figures += 1;
      claimAnchor(node, figureAnchor(figures), `figure ${figures}`);
    } else if (isJsx(node) && /^[a-z]/.test(node.name ?? '')) {
      // An HTML element's id is an anchor; a component's `id` prop need not be (an error
      // dictionary entry's <ErrorSaid id="err-…"> names the entry, it is not an element id).
      const id = jsxAttr(node, 'id');
      if (id) claimAnchor(node, id, `<${node.name ?? 'fragment'} id="${id}">`);
    }
    for (const child of node.children ?? []) walk(child, nextList, nextInStep);
  };
  walk(root, undefined, false);
  return { lists, problems };
}
