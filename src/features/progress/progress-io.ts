/**
 * «Скачать прогресс» and «Загрузить» for <eis-progress>: its own chunk, loaded only when the
 * reader exports or imports, so «Мой прогресс» opens with the least script.
 */
import {
  currentProgress,
  replaceProgress,
  replaceTicksAndPlan,
  undoChanges,
  type Change,
} from './progress-store';
import {
  IMPORT_ERRORS,
  buildExport,
  exportFilename,
  mergeEffects,
  mergeFits,
  mergeProgress,
  type ImportSummary,
  type MergeEffects,
  type Progress,
} from './progress-file';
import { viewReminder } from '../reminders/reminder-view';
import type { KindTable } from '../reminders/expiry';
import type { Reminder } from '../../lib/storage/stored';
import { pluralRu } from '../../lib/plural';
import { downloadText } from '../../lib/download';
import { decodeRenames } from '../checklist/tick-renames';
import { reviewImport, type ImportReview } from './import-review';
import { MAX_ORGS_IMPORT_BYTES, parseOrgsImport, withOrgs, type ImportedOrg } from './org-file';
import { matchOf, readAllOrgs } from './org-import';

/**
 * The preview of a loaded file, in one or two sentences. `startTitle`: the title of «С чего
 * начать»'s page, as the page renders it from the site model (the blob's `startTitle`).
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
  // Two or more organisations: every one of them in the section `orgs` (org-file.ts).
  const data = withOrgs(buildExport(currentProgress(), now), readAllOrgs(), now);
  downloadText(JSON.stringify(data, null, 2), 'application/json', exportFilename(now));
}

export type ReadResult =
  | {
      ok: true;
      progress: Progress;
      description: string;
      reminderLines: string[];
      /** Labels that will be dropped, and doubtful ones for the reader to decide. */
      review: ImportReview;
      /** A file of several organisations: each of them (`progress` is then the first's). */
      orgs?: ImportedOrg[];
    }
  | { ok: false; error: string };

/**
 * Every reminder a merge would change: new ones, and newer copies that replace mine. `doubtful`:
 * the file's reminders whose label comes only if the reader ticks it below (import-review.ts):
 * shown without that label, which the line must not promise.
 */
export function mergeLines(
  effects: MergeEffects,
  kinds: KindTable,
  now = new Date(),
  doubtful: ReadonlySet<string> = new Set(),
): string[] {
  const line = (r: Reminder) => {
    const v = viewReminder(r, now, kinds);
    return v ? `${v.title}, до ${v.dateText}` : r.date;
  };
  const their = (r: Reminder) =>
    doubtful.has(r.id) ? `${line({ ...r, label: '' })} (подпись — по отметке ниже)` : line(r);
  return effects.reminders.map(({ theirs, mine }) =>
    mine ? `${their(theirs)} — заменит ваше: ${line(mine)}` : `${their(theirs)} — новое`,
  );
}

/**
 * The preview's lines for a file of one organisation loaded into organisation `orgId` (this
 * tab's: its stores; another: its stored keys) or, `undefined`, into a new one (all «новое»).
 */
export function linesInto(
  incoming: Progress,
  kinds: KindTable,
  doubtful: ReadonlySet<string>,
  orgId: string | undefined,
  active: string,
): string[] {
  const none: Progress = { ticks: {}, plan: {}, reminders: [] };
  const mine =
    orgId === undefined
      ? none
      : orgId === active
        ? currentProgress()
        : (readAllOrgs().find((o) => o.id === orgId)?.progress ?? none);
  return mergeLines(mergeEffects(mine, incoming), kinds, undefined, doubtful);
}

export async function readProgressFile(
  file: File,
  known: Record<string, string[]>,
  kinds: KindTable,
  /**
   * The page's renames (old tick id → new, the lock file's; the blob's `renamed` slice), so older
   * files keep their ticks; checked again here, in the chunk loaded on import.
   */
  renamed: Readonly<Record<string, string>> | undefined = undefined,
  /** The title of «С чего начать»'s page (the blob's `startTitle`). */
  startTitle = '',
): Promise<ReadResult> {
  if (file.size > MAX_ORGS_IMPORT_BYTES) return { ok: false, error: IMPORT_ERRORS.tooBig };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, error: IMPORT_ERRORS.notJson };
  }
  // A file saved in another encoding (cp1251 after an edit) reads with U+FFFD in its names and
  // labels: refused rather than stored garbled.
  if (text.includes('\uFFFD')) return { ok: false, error: IMPORT_ERRORS.encoding };
  const parsed = parseOrgsImport(text, known, decodeRenames(renamed));
  if (!parsed.ok) return parsed;
  if (parsed.kind === 'many') {
    const all: Progress = {
      ticks: {},
      plan: {},
      reminders: parsed.orgs.flatMap((o) => o.progress.reminders),
    };
    const review = reviewImport(all, [], kinds);
    const doubtful = new Set(review.doubtful.map((d) => d.id));
    // What «Объединить» would replace in the reader's own organisations, each line with the
    // organisation's name: a newer copy in the file takes a reminder's date and label.
    const stored = readAllOrgs();
    const reminderLines = parsed.orgs.flatMap((o) => {
      // The reader's organisation it merges into, as «Объединить» will match it (matchOf).
      const mine = matchOf(o, stored);
      if (!mine) return [];
      const effects = mergeEffects(mine.progress, o.progress);
      const replaced = { ...effects, reminders: effects.reminders.filter((r) => r.mine) };
      return mergeLines(replaced, kinds, undefined, doubtful).map((l) => `«${mine.name}»: ${l}`);
    });
    return {
      ok: true,
      progress: parsed.orgs[0]!.progress,
      description: `В файле организаций: ${parsed.orgs.length}.`,
      reminderLines,
      review,
      orgs: parsed.orgs,
    };
  }
  const result = parsed.result;
  const review = reviewImport(result.progress, result.dropped, kinds);
  const doubtful = new Set(review.doubtful.map((d) => d.id));
  return {
    ok: true,
    progress: result.progress,
    description: describeImport(result.summary, startTitle),
    reminderLines: mergeLines(
      mergeEffects(currentProgress(), result.progress),
      kinds,
      undefined,
      doubtful,
    ),
    review,
  };
}

export type ApplyResult =
  { ok: true; changes: Change[]; message: string } | { ok: false; error: string };

/** The message after «Объединить», true to what changed: a kept plan is said, not hidden. */
export function describeMerge(effects: MergeEffects, changed: boolean): string {
  const plan =
    effects.plan === 'mine-kept'
      ? ' Ваш план остался прежним: чтобы взять план из файла, загрузите файл снова и выберите «Заменить».'
      : '';
  if (!changed) return `Ничего не изменилось: всё из файла у вас уже есть.${plan}`;
  return `Прогресс из файла добавлен к вашему.${plan}`;
}

/** «Объединить» or «Заменить»; returns the keys it changed, for «Отменить». */
export function applyImport(incoming: Progress, how: 'merge' | 'replace'): ApplyResult {
  const before = currentProgress();
  if (how === 'replace') {
    return {
      ok: true,
      changes: replaceProgress(incoming),
      message: 'Прогресс заменён содержимым файла.',
    };
  }
  if (!mergeFits(before, incoming)) return { ok: false, error: IMPORT_ERRORS.tooMany };
  const effects = mergeEffects(before, incoming);
  const changes = replaceProgress(mergeProgress(before, incoming));
  return { ok: true, changes, message: describeMerge(effects, changes.length > 0) };
}

/**
 * «Отменить»: the entries the last import or reset changed come back, unless they changed again
 * since (here or in another tab); the message says which.
 */
export function restoreProgress(changes: readonly Change[]): string {
  const { kept } = undoChanges(changes);
  return kept
    ? `Вернули, как было; записи, изменённые с тех пор, оставлены как есть (${kept}).`
    : 'Вернули всё, как было.';
}

/** «Сбросить всё»: ticks and plan go, reminders stay; returns the keys it changed, for undo. */
export function resetAll(): Change[] {
  return replaceTicksAndPlan({ ticks: {}, plan: {} });
}
