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

export type ProgressStatus = 'not-started' | 'in-progress' | 'done';

export const STATUS_LABELS: Record<ProgressStatus, string> = {
  'not-started': 'Не начато',
  'in-progress': 'В процессе',
  done: 'Выполнено',
};

/** How many of `steps` are ticked; ticks of steps no longer on the page don't count. */
export function countDone(steps: readonly string[], ticked: readonly string[] | undefined): number {
  if (!ticked?.length) return 0;
  const set = new Set(ticked);
  return steps.filter((s) => set.has(s)).length;
}

export function progressStatus(done: number, total: number): ProgressStatus {
  if (done <= 0) return 'not-started';
  return done >= total ? 'done' : 'in-progress';
}
