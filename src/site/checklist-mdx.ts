/**
 * Build-time reading of checklists from MDX source: parses with the MDX parser Astro's Markdown
 * processor uses (Sätteri's `mdxToMdast`), scans the tree (checklist-scan.ts) and turns the first
 * problem into an `AstroError` that names the file, the id and the fix. Server-only (native
 * parser); never import it from a client script.
 */
import { AstroError } from 'astro/errors';
import { mdxToMdast } from 'satteri';
import { MARKDOWN_FEATURES } from '../build/markdown-features';
import { scanChecklistTree, type ChecklistInfo, type MdxNode } from './checklist-scan';

/** An invalid, duplicate or vanished checklist/step id. */
export class ChecklistIdError extends AstroError {
  override name = 'ChecklistIdError';
}

/** The checklists of one MDX page, in page order; throws `ChecklistIdError` on a bad id. */
export function scanChecklists(mdx: string, file = 'MDX'): ChecklistInfo[] {
  const tree = mdxToMdast(mdx, {
    features: { ...MARKDOWN_FEATURES, frontmatter: true },
  }) as unknown as MdxNode;
  const { lists, problems } = scanChecklistTree(tree);
  const [first] = problems;
  if (first) {
    const where = first.line ? `${file}:${first.line}` : file;
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    throw new ChecklistIdError(`${where}: ${first.message}${more}`, first.hint);
  }
  return lists;
}
