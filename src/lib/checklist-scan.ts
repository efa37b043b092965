/**
 * Finds the checklists in a guide's MDX source, so «Мой прогресс» is derived from the content
 * itself at build time: `<Checklist id="…" title="…">` wrapping `<Step id="…">` elements.
 */
export interface ChecklistInfo {
  id: string;
  title?: string;
  steps: string[];
}

/** The value of attribute `name` in a tag's attribute text (`id` does not match `data-id`). */
const attr = (tag: string, name: string) =>
  new RegExp(`(?:^|\\s)${name}=(?:"([^"]*)"|'([^']*)')`)
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined);

export function scanChecklists(mdx: string): ChecklistInfo[] {
  const lists: ChecklistInfo[] = [];
  const re = /<Checklist\b([^>]*)>([\s\S]*?)<\/Checklist>/g;
  for (const match of mdx.matchAll(re)) {
    const id = attr(match[1] ?? '', 'id');
    if (!id) continue;
    const steps = [...(match[2] ?? '').matchAll(/<Step\b([^>]*)>/g)]
      .map((m) => attr(m[1] ?? '', 'id'))
      .filter((s): s is string => Boolean(s));
    const title = attr(match[1] ?? '', 'title');
    lists.push(title ? { id, title, steps } : { id, steps });
  }
  return lists;
}
