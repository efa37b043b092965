/**
 * Build-time reading of MDX source: parses with the MDX parser Astro's Markdown processor uses
 * (Sätteri's `mdxToMdast`), scans the tree for checklists (checklist-scan.ts) and turns the first
 * problem into an `AstroError` that names the file, the id and the fix. Server-only (native
 * parser); never import it from a client script. The site model (model.ts) is its one reader.
 */
import { AstroError } from 'astro/errors';
import { mdxToMdast } from 'satteri';
import { MARKDOWN_FEATURES } from '../build/markdown-features';
import { scanChecklistTree, type ChecklistInfo, type MdxNode } from './checklist-scan';

/** An invalid, duplicate or vanished checklist/step id. */
export class ChecklistIdError extends AstroError {
  override name = 'ChecklistIdError';
}

/** The mdast of one MDX page (frontmatter kept as a node, so lines are the file's). */
export const parseMdx = (mdx: string): MdxNode =>
  mdxToMdast(mdx, { features: { ...MARKDOWN_FEATURES, frontmatter: true } }) as unknown as MdxNode;

/** The checklists of a parsed page, in page order; throws `ChecklistIdError` on a bad id. */
export function checklistsOf(tree: MdxNode, file = 'MDX'): ChecklistInfo[] {
  const { lists, problems } = scanChecklistTree(tree);
  const [first] = problems;
  if (first) {
    const where = first.line ? `${file}:${first.line}` : file;
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    throw new ChecklistIdError(`${where}: ${first.message}${more}`, first.hint);
  }
  return lists;
}

/** The checklists of one MDX page, in page order; throws `ChecklistIdError` on a bad id. */
export const scanChecklists = (mdx: string, file = 'MDX'): ChecklistInfo[] =>
  checklistsOf(parseMdx(mdx), file);
