/**
 * «Скачать прогресс» and «Загрузить» for <eis-progress>: its own chunk, loaded only when the
 * reader exports or imports, so «Мой прогресс» opens with the least script.
 */
import { currentProgress, replaceProgress } from './progress-store';
import { replaceTicksAndPlan } from '../../lib/storage/stores';
import {
  IMPORT_ERRORS,
  MAX_IMPORT_BYTES,
  buildExport,
  exportFilename,
  mergeFits,
  mergeProgress,
  parseImport,
  type ImportSummary,
  type Progress,
} from './progress-file';
import { viewReminders } from '../reminders/reminder-view';
import type { KindTable } from '../reminders/expiry';
import { pluralRu } from '../../lib/plural';
import { downloadText } from '../../lib/download';
import { decodeRenames } from '../checklist/tick-renames';

/**
 * The preview of a loaded file, in one or two sentences. `startTitle`: the title of «С чего
 * начать»'s page, as the page renders it from the site model (`data-start-title`).
 */
export function describeImport(s: ImportSummary, startTitle: string): string {
  const parts: string[] = [];
  if (s.ticks) {
    parts.push(
      `отметки ${pluralRu(s.ticks, ['шага', 'шагов', 'шагов'])} в ${pluralRu(s.lists, ['чек-листе', 'чек-листах', 'чек-листах'])}`,
    );
  }
  if (s.reminders) parts.push(pluralRu(s.reminders, ['напоминание', 'напоминания', 'напоминаний']));
  if (s.plan) parts.push(`план «${startTitle}»`);
  const notes: string[] = [];
  if (s.ignored) notes.push(`отметок неизвестных шагов: ${s.ignored}`);
  if (s.broken) notes.push(`нечитаемых записей: ${s.broken}`);
  if (s.redacted) notes.push(`подписей, похожих на пароль или токен: ${s.redacted}`);
  return `В файле: ${parts.join(', ')}.${notes.length ? ` Не перенесём ${notes.join('; ')}.` : ''}`;
}

export function exportProgress(now = new Date()): void {
  const data = buildExport(currentProgress(), now);
  downloadText(JSON.stringify(data, null, 2), 'application/json', exportFilename(now));
}

export type ReadResult =
  | { ok: true; progress: Progress; description: string; reminderLines: string[] }
  | { ok: false; error: string };

export async function readProgressFile(
  file: File,
  known: Record<string, string[]>,
  kinds: KindTable,
  /**
   * The page's `data-renamed` (old tick id → new, the lock file's renames), so older files keep
   * their ticks; decoded here, in the chunk loaded on import.
   */
  renamed: string | undefined = undefined,
  /** The title of «С чего начать»'s page (`data-start-title`). */
  startTitle = '',
): Promise<ReadResult> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, error: IMPORT_ERRORS.tooBig };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, error: IMPORT_ERRORS.notJson };
  }
  const result = parseImport(text, known, decodeRenames(renamed));
  if (!result.ok) return result;
  return {
    ok: true,
    progress: result.progress,
    description: describeImport(result.summary, startTitle),
    reminderLines: viewReminders(result.progress.reminders, new Date(), kinds).map(
      (v) => `${v.title}, до ${v.dateText}`,
    ),
  };
}

export type ApplyResult = { ok: true; before: Progress } | { ok: false; error: string };

/** «Объединить» or «Заменить»; returns the state before, for «Отменить». */
export function applyImport(incoming: Progress, how: 'merge' | 'replace'): ApplyResult {
  const before = currentProgress();
  if (how === 'merge' && !mergeFits(before, incoming)) {
    return { ok: false, error: IMPORT_ERRORS.tooMany };
  }
  replaceProgress(how === 'merge' ? mergeProgress(before, incoming) : incoming);
  return { ok: true, before };
}

/** «Отменить»: the state before the last import or reset comes back. */
export { replaceProgress as restoreProgress };

/** «Сбросить всё»: ticks and plan go, reminders stay; returns the whole state before, for undo. */
export function resetAll(): Progress {
  const before = currentProgress();
  replaceTicksAndPlan({ ticks: {}, plan: {} });
  return before;
}
