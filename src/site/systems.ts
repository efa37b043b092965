/**
 * «Time to finish»: how many steps a guide has and in which systems they are done. The counts
 * come from the checklist; the page's frontmatter only says where each system's steps begin and
 * end, by step id (`guide.systems`). No durations: the sources give none.
 */
import { pluralRu, type Forms } from '../lib/plural';

export const SYSTEM_NAMES = ['ЛК ЕИС', 'Web-Торги-КС'] as const;
export type SystemName = (typeof SYSTEM_NAMES)[number];

export interface SystemSpan {
  in: SystemName;
  /** First and last step id of the span, inclusive. */
  from: string;
  to: string;
}

export interface SystemRange {
  system: SystemName;
  /** 1-based step numbers, inclusive. */
  first: number;
  last: number;
}

export type RangesResult = { ok: true; ranges: SystemRange[] } | { ok: false; error: string };

/** Step numbers of each span; an unknown step id or a reversed span is an error. */
export function systemRanges(steps: readonly string[], spans: readonly SystemSpan[]): RangesResult {
  const ranges: SystemRange[] = [];
  for (const span of spans) {
    const first = steps.indexOf(span.from) + 1;
    const last = steps.indexOf(span.to) + 1;
    const unknown = [span.from, span.to].find((id) => !steps.includes(id));
    if (unknown) return { ok: false, error: `step id "${unknown}" is not in the page's checklist` };
    if (last < first) return { ok: false, error: `span ${span.from} … ${span.to} runs backwards` };
    ranges.push({ system: span.in, first, last });
  }
  return { ok: true, ranges };
}

const STEPS: Forms = ['шаг', 'шага', 'шагов'];

const numbers = (r: SystemRange) => (r.first === r.last ? `${r.first}` : `${r.first}–${r.last}`);

/** «10 шагов: 1–6 — в ЛК ЕИС, 7–10 — в Web-Торги-КС.» */
export function stepsSummary(total: number, ranges: readonly SystemRange[]): string {
  const count = pluralRu(total, STEPS);
  if (!ranges.length) return `${count}.`;
  if (ranges.length === 1 && ranges[0]!.first === 1 && ranges[0]!.last === total)
    return `${count}, все — в ${ranges[0]!.system}.`;
  const parts = ranges.map(
    (r) => `${r.first === r.last ? 'шаг' : 'шаги'} ${numbers(r)} — в ${r.system}`,
  );
  return `${count}: ${parts.join(', ')}.`;
}
