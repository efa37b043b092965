/**
 * The progress file of «Мой прогресс»: what «Скачать прогресс» writes and «Загрузить» reads, and
 * how a loaded file is combined with what the reader already has. Reading never throws, never
 * echoes the file's content in a message, and refuses a file with nothing the site knows.
 */
import { localDate, toIsoDate } from '../../lib/dates';
import { ID_MAX_LENGTH } from '../../lib/ids';
import {
  PLAN,
  hasPlan,
  isObject,
  parseTickId,
  sanitizeAnswers,
  tickId,
  type Reminder,
  type Ticks,
} from '../../lib/storage/stored';
import { hasOwn, isTickHash, sanitizeTicks } from '../../lib/storage/stored-lazy';
import type { Answers } from '../plan/answers';
import { MAX_REMINDERS, cleanLabel, sanitizeReminder } from '../reminders/reminder-codec';
import { decodeVisitDay } from '../changes/last-visit';

export const EXPORT_FORMAT = 'eis-integration-progress';
/** The file's own format version (independent of the storage layout's, src/lib/storage/stored.ts). */
export const FILE_VERSION = 1;
/** Ticks a file carries at most: far more than the site has steps. */
export const MAX_TICKS = 2000;
/** A reminder in the file, at its largest: an 80-character label of six-byte escapes, a long id. */
const REMINDER_BYTES = 1024;
/**
 * A tick at its largest: its own checklist line and step line, both ids of 80 characters, and
 * its line in `hashes` (both ids and the 8-digit hash).
 */
const TICK_BYTES = 2 * (ID_MAX_LENGTH + 16) + (2 * ID_MAX_LENGTH + 32);
/**
 * The largest file the site reads: the largest «Скачать прогресс» can write (200 reminders,
 * MAX_TICKS ticks, the plan and the header), so whatever the site exports, it imports.
 */
export const MAX_IMPORT_BYTES = MAX_REMINDERS * REMINDER_BYTES + MAX_TICKS * TICK_BYTES + 4096;

export interface Progress {
  ticks: Ticks;
  plan: Answers;
  reminders: Reminder[];
  /** The day of the reader's last visit (src/features/changes/last-visit.ts); files before it have none. */
  lastVisit?: string;
  /**
   * The step text hash each tick was made against, by tick id (`<list>:<step>` → 8 hex digits).
   * A tick without one is "1": made against an unknown text, never asked about. Files before
   * it have none, so their ticks import as "1", as they always did.
   */
  hashes?: Record<string, string>;
}

export interface ProgressFile extends Progress {
  format: typeof EXPORT_FORMAT;
  v: typeof FILE_VERSION;
  exported: string;
}

/** At most MAX_TICKS ticks, whole checklists first in id order. */
function boundTicks(ticks: Ticks): Ticks {
  const out: Ticks = {};
  let left = MAX_TICKS;
  for (const [list, steps] of Object.entries(sanitizeTicks(ticks)).sort()) {
    if (left <= 0) break;
    out[list] = steps.slice(0, left);
    left -= out[list].length;
  }
  return out;
}

/** The valid hashes of `hashes` for the ticks of `ticks` only, or `undefined` for none. */
function hashesOf(
  ticks: Ticks,
  hashes: Readonly<Record<string, unknown>> | undefined,
): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const [list, steps] of Object.entries(ticks)) {
    for (const step of steps) {
      const id = tickId(list, step);
      const hash = hashes && hasOwn(hashes, id) ? hashes[id] : undefined;
      if (isTickHash(id, hash)) out[id] = hash;
    }
  }
  return Object.keys(out).length ? out : undefined;
}

/** The file «Скачать прогресс» writes. Labels pass the secret guard once more on the way out. */
export function buildExport(state: Progress, now: Date): ProgressFile {
  const ticks = boundTicks(state.ticks);
  // Additive: a site that knows no `hashes` reads the ticks as before.
  const hashes = hashesOf(ticks, state.hashes);
  return {
    format: EXPORT_FORMAT,
    v: FILE_VERSION,
    exported: now.toISOString(),
    ticks,
    plan: sanitizeAnswers(state.plan),
    reminders: state.reminders.map((r) => ({ ...r, label: cleanLabel(r.label).label })),
    ...(decodeVisitDay(state.lastVisit) ? { lastVisit: state.lastVisit } : {}),
    ...(hashes ? { hashes } : {}),
  };
}

/** `eis-progress-ДД-ММ-ГГГГ` would not sort; the reader's local date as YYYY-MM-DD does. */
export const exportFilename = (now: Date) => `eis-progress-${toIsoDate(localDate(now))}.json`;

function countTicks(ticks: Ticks): number {
  return Object.values(ticks).reduce((n, steps) => n + steps.length, 0);
}

export interface ImportSummary {
  /** Checklists with at least one known tick. */
  lists: number;
  ticks: number;
  reminders: number;
  plan: boolean;
  /** Ticks of checklists or steps this site does not have. */
  ignored: number;
  /** Reminders whose label looked like a secret: imported without the label. */
  redacted: number;
  /** Entries that could not be read. */
  broken: number;
}

export type ImportResult =
  | {
      ok: true;
      progress: Progress;
      summary: ImportSummary;
      /** The file's reminders whose label the guard refused (imported without it). */
      dropped: Reminder[];
    }
  | { ok: false; error: string };

const REFUSED = 'Файл не загружен, ваш прогресс не изменён:';

/** Each refusal is one sentence of at most 200 characters and never echoes the file. */
export const IMPORT_ERRORS = {
  tooBig: `${REFUSED} файл слишком большой для файла прогресса.`,
  notJson: `${REFUSED} файл не читается — выберите файл, скачанный кнопкой «Скачать прогресс».`,
  encoding: `${REFUSED} часть текста в файле не читается: он сохранён не в кодировке UTF-8. Выберите файл, скачанный кнопкой «Скачать прогресс», без правок.`,
  notOurs: `${REFUSED} это не файл прогресса этого сайта — нужен файл, скачанный кнопкой «Скачать прогресс».`,
  version: `${REFUSED} файл сохранён другой версией сайта, и прочитать его нельзя.`,
  empty: `${REFUSED} в файле нет ни отметок чек-листов этого сайта, ни напоминаний, ни плана.`,
  tooMany: `${REFUSED} вместе с вашими напоминаний станет больше ${MAX_REMINDERS} — удалите лишние и попробуйте снова.`,
  fileTooMany: `${REFUSED} в файле больше ${MAX_REMINDERS} напоминаний для одной организации, а сайт хранит для неё не больше ${MAX_REMINDERS}.`,
} as const;

/**
 * Where a file's tick goes now: `renames` (old `<list>:<step>` → new, from the lock file through
 * the site model, chains already followed) move a tick exported before a rename to its new id,
 * as the page moves the reader's stored ticks.
 */
function renamedTick(list: string, step: string, renames: Readonly<Record<string, string>>) {
  const from = `${list}:${step}`;
  const to = hasOwn(renames, from) ? parseTickId(renames[from] ?? '') : undefined;
  return to ?? { list, step };
}

/**
 * Validate a loaded file. `known` lists the site's checklists and their step ids; `renames` maps
 * old tick ids to new ones (src/content/checklists.lock.json), so a file exported before a rename
 * keeps those ticks; ticks of unknown checklists or steps are dropped (and counted). Nothing from
 * the file is echoed.
 */
export function parseImport(
  text: string,
  known: Record<string, string[]>,
  renames: Readonly<Record<string, string>> = {},
): ImportResult {
  if (typeof text !== 'string' || text.length > MAX_IMPORT_BYTES) {
    return { ok: false, error: IMPORT_ERRORS.tooBig };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: IMPORT_ERRORS.notJson };
  }
  if (!isObject(parsed) || parsed['format'] !== EXPORT_FORMAT) {
    return { ok: false, error: IMPORT_ERRORS.notOurs };
  }
  if (parsed['v'] !== FILE_VERSION) return { ok: false, error: IMPORT_ERRORS.version };

  const ticks: Ticks = {};
  let ignored = 0;
  const rawTicks = isObject(parsed['ticks']) ? parsed['ticks'] : {};
  const rawHashes = isObject(parsed['hashes']) ? parsed['hashes'] : {};
  // The hash of each tick kept under its own id: a tick moved by a rename was made against the
  // old step's text, so it comes as "1", as the page's own move writes it.
  const fileHashes: Record<string, unknown> = {};
  for (const [fileList, steps] of Object.entries(sanitizeTicks(rawTicks))) {
    for (const fileStep of steps) {
      const { list, step } = renamedTick(fileList, fileStep, renames);
      const allowed = hasOwn(known, list) ? known[list] : undefined;
      if (!allowed?.includes(step)) ignored += 1;
      else if (!ticks[list]?.includes(step)) ticks[list] = [...(ticks[list] ?? []), step];
      const id = tickId(fileList, fileStep);
      if (list === fileList && step === fileStep && hasOwn(rawHashes, id))
        fileHashes[id] = rawHashes[id];
    }
  }
  // In the order sanitizeTicks gives: a moved tick lands among the list's own.
  for (const steps of Object.values(ticks)) steps.sort();

  const reminders: Reminder[] = [];
  let redacted = 0;
  let broken = 0;
  const dropped: Reminder[] = [];
  const rawReminders = Array.isArray(parsed['reminders']) ? parsed['reminders'] : [];
  for (const item of rawReminders.slice(0, MAX_REMINDERS * 2)) {
    const decoded = sanitizeReminder(item);
    if (!decoded) {
      broken += 1;
      continue;
    }
    if (decoded.redacted) {
      redacted += 1;
      dropped.push(decoded.reminder);
    }
    const same = reminders.findIndex((r) => r.id === decoded.reminder.id);
    if (same === -1) reminders.push(decoded.reminder);
    else if (decoded.reminder.seq > reminders[same]!.seq) reminders[same] = decoded.reminder;
  }
  broken += Math.max(0, rawReminders.length - MAX_REMINDERS * 2);

  const plan = sanitizeAnswers(parsed['plan']);
  const summary: ImportSummary = {
    lists: Object.keys(ticks).length,
    ticks: countTicks(ticks),
    reminders: reminders.length,
    plan: hasPlan(plan),
    ignored,
    redacted,
    broken,
  };
  if (!summary.ticks && !summary.reminders && !summary.plan) {
    return { ok: false, error: IMPORT_ERRORS.empty };
  }
  if (reminders.length > MAX_REMINDERS) return { ok: false, error: IMPORT_ERRORS.fileTooMany };
  const progress: Progress = { ticks, plan: summary.plan ? plan : {}, reminders };
  const lastVisit = decodeVisitDay(parsed['lastVisit']);
  if (lastVisit) progress.lastVisit = lastVisit;
  const hashes = hashesOf(ticks, fileHashes);
  if (hashes) progress.hashes = hashes;
  return { ok: true, progress, summary, dropped };
}

/** A reminder of the file that a merge takes: new, or a newer copy of one of mine. */
export interface MergedReminder {
  theirs: Reminder;
  /** My copy it replaces; `undefined` for a new reminder. */
  mine?: Reminder;
}

/** What «Объединить» changes, named for the preview and the message after it. */
export interface MergeEffects {
  reminders: MergedReminder[];
  /** Ticks the file adds. */
  ticks: number;
  /** The file's plan: taken (I have none), kept out (mine stays), or none/the same. */
  plan: 'taken' | 'mine-kept' | 'none';
}

/** A newer copy of my reminder, never with an empty label in place of mine. */
const newer = (mine: Reminder, theirs: Reminder): Reminder =>
  theirs.label || !mine.label ? theirs : { ...theirs, label: mine.label };

/**
 * «Объединить»: every tick of both; reminders matched by id, the higher `seq` wins (the
 * reader's own on a tie) but never empties a label; the reader's plan stays, the file's is taken
 * only when there is none. A tick keeps the reader's own step hash; the file's hash comes with a
 * tick the reader has not made against a known text. The last visit is the reader's own, the
 * file's only when there is none (see below).
 */
export function mergeProgress(current: Progress, incoming: Progress): Progress {
  const ticks: Ticks = { ...current.ticks };
  for (const [list, steps] of Object.entries(incoming.ticks)) {
    ticks[list] = [...new Set([...(ticks[list] ?? []), ...steps])].sort();
  }
  const reminders = [...current.reminders];
  for (const r of incoming.reminders) {
    const i = reminders.findIndex((x) => x.id === r.id);
    if (i === -1) reminders.push(r);
    else if (r.seq > reminders[i]!.seq) reminders[i] = newer(reminders[i]!, r);
  }
  const plan = hasPlan(current.plan) ? current.plan : incoming.plan;
  const merged: Progress = { ticks, plan, reminders };
  const hashes = hashesOf(ticks, { ...incoming.hashes, ...current.hashes });
  if (hashes) merged.hashes = hashes;
  // The reader's own last visit, not the later of the two: it is the day this reader last saw
  // the site in this browser, and the marks «изменено после вашего прошлого визита» compare the
  // change notes with it. A colleague's later visit in their file says nothing about what this
  // reader has seen; taking it would hide changes this reader never saw. A browser with none (a
  // new one) takes the file's, as the import writes it (progress-store.ts, importedVisit).
  const lastVisit = current.lastVisit ?? incoming.lastVisit;
  if (lastVisit) merged.lastVisit = lastVisit;
  return merged;
}

/** What a merge of `incoming` into `current` would change (mergeProgress, item by item). */
export function mergeEffects(current: Progress, incoming: Progress): MergeEffects {
  const merged = mergeProgress(current, incoming);
  const mine = new Map(current.reminders.map((r) => [r.id, r]));
  const reminders: MergedReminder[] = [];
  for (const r of merged.reminders) {
    const before = mine.get(r.id);
    if (!before) reminders.push({ theirs: r });
    else if (JSON.stringify(before) !== JSON.stringify(r))
      reminders.push({ theirs: r, mine: before });
  }
  const plan = !hasPlan(incoming.plan)
    ? 'none'
    : !hasPlan(current.plan)
      ? 'taken'
      : PLAN.write(current.plan) === PLAN.write(incoming.plan)
        ? 'none'
        : 'mine-kept';
  return { reminders, ticks: countTicks(merged.ticks) - countTicks(current.ticks), plan };
}

/** Whether a merge would go over the reminder limit. */
export const mergeFits = (current: Progress, incoming: Progress) =>
  mergeProgress(current, incoming).reminders.length <= MAX_REMINDERS;

/** Equality of two progress states, for «nothing would change». */
export function sameProgress(a: Progress, b: Progress): boolean {
  const norm = (p: Progress) =>
    JSON.stringify([
      Object.entries(sanitizeTicks(p.ticks)).sort(),
      PLAN.write(p.plan),
      [...p.reminders].sort((x, y) => x.id.localeCompare(y.id)),
    ]);
  return norm(a) === norm(b);
}
