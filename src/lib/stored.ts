/**
 * What the site keeps in localStorage, and how it is read back. Everything stored is wrapped as
 * `{"v":1,"data":…}` under a namespaced, versioned key. Decoders never throw: a value that is not
 * JSON, has another version or the wrong shape decodes to the empty state.
 * Only ticks (step ids), dates, labels and plan answers are ever stored — never a password,
 * token or identifier.
 */
import { parseIsoDate } from './dates';
import { isReminderKind, type ReminderKind } from './kinds';
import { isNeed, isRisAnswer, type Answers, type Need } from './answers';
import { KEYS } from './keys';

export const VERSION = 1;
export { KEYS };

const ID = /^[a-z][a-z0-9-]{0,79}$/;
export const isId = (v: unknown): v is string => typeof v === 'string' && ID.test(v);
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Unwrap `{"v":1,"data":…}`; `undefined` for anything else. */
export function unwrap(raw: string | null | undefined): unknown {
  if (typeof raw !== 'string' || raw === '') return undefined;
  try {
    const parsed: unknown = JSON.parse(raw);
    return isObject(parsed) && parsed['v'] === VERSION ? parsed['data'] : undefined;
  } catch {
    return undefined;
  }
}

export const wrap = (data: unknown): string => JSON.stringify({ v: VERSION, data });

// --- Ticks: checklist id → ticked step ids -------------------------------------------------

export type Ticks = Record<string, string[]>;

export function sanitizeTicks(value: unknown): Ticks {
  if (!isObject(value)) return {};
  const out: Ticks = {};
  for (const [list, steps] of Object.entries(value)) {
    if (!isId(list) || !Array.isArray(steps)) continue;
    const ids = [...new Set(steps.filter(isId))].sort();
    if (ids.length) out[list] = ids;
  }
  return out;
}

export const decodeTicks = (raw: string | null | undefined): Ticks => sanitizeTicks(unwrap(raw));
export const encodeTicks = (ticks: Ticks): string => wrap(ticks);

// --- Reminders -------------------------------------------------------------------------------

export interface Reminder {
  id: string;
  kind: ReminderKind;
  label: string;
  /** Expiry date, YYYY-MM-DD. */
  date: string;
  /** iCalendar SEQUENCE: rises by one on each change. */
  seq: number;
}

export const MAX_LABEL = 80;
export const MAX_REMINDERS = 50;

function sanitizeReminder(value: unknown): Reminder | undefined {
  if (!isObject(value)) return undefined;
  const { id, kind, label, date, seq } = value;
  if (!isId(id) || !isReminderKind(kind) || typeof date !== 'string' || !parseIsoDate(date)) {
    return undefined;
  }
  return {
    id,
    kind,
    label: typeof label === 'string' ? label.slice(0, MAX_LABEL) : '',
    date,
    seq: Number.isInteger(seq) && (seq as number) >= 0 ? (seq as number) : 0,
  };
}

export function sanitizeReminders(value: unknown): Reminder[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  const out: Reminder[] = [];
  for (const item of value.slice(0, MAX_REMINDERS)) {
    const r = sanitizeReminder(item);
    if (r && !seen.has(r.id)) {
      seen.add(r.id);
      out.push(r);
    }
  }
  return out;
}

export const decodeReminders = (raw: string | null | undefined) => sanitizeReminders(unwrap(raw));
export const encodeReminders = (items: Reminder[]): string => wrap(items);

// --- Plan (decision tree answers) ------------------------------------------------------------

export function sanitizeAnswers(value: unknown): Answers {
  if (!isObject(value)) return {};
  const out: Answers = {};
  if (Array.isArray(value['needs'])) {
    const needs = [...new Set(value['needs'].filter(isNeed))] as Need[];
    if (needs.length) out.needs = needs;
  }
  if (isRisAnswer(value['ris'])) out.ris = value['ris'];
  if (value['roles'] === 'yes' || value['roles'] === 'no') out.roles = value['roles'];
  return out;
}

export const decodePlan = (raw: string | null | undefined): Answers => sanitizeAnswers(unwrap(raw));
export const encodePlan = (answers: Answers): string => wrap(answers);

// --- Export / import of progress -------------------------------------------------------------

export const EXPORT_FORMAT = 'eis-integration-progress';
export const MAX_IMPORT_BYTES = 100_000;

export interface ProgressFile {
  format: typeof EXPORT_FORMAT;
  v: typeof VERSION;
  exported: string;
  ticks: Ticks;
  plan: Answers;
  reminders: Reminder[];
}

export function buildExport(
  state: { ticks: Ticks; plan: Answers; reminders: Reminder[] },
  now: Date,
): ProgressFile {
  return { format: EXPORT_FORMAT, v: VERSION, exported: now.toISOString(), ...state };
}

export type ImportResult =
  | { ok: true; ticks: Ticks; plan: Answers; reminders: Reminder[]; ignored: number }
  | { ok: false; error: string };

/**
 * Validate an imported file. `known` lists the site's checklists and their step ids; ticks of
 * unknown checklists or steps are dropped (and counted in `ignored`).
 */
export function parseImport(text: string, known: Record<string, string[]>): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) {
    return { ok: false, error: 'Файл слишком большой: это не файл прогресса этого сайта.' };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {
      ok: false,
      error: 'Файл не читается: это не JSON. Выберите файл, скачанный кнопкой «Скачать прогресс».',
    };
  }
  if (!isObject(parsed) || parsed['format'] !== EXPORT_FORMAT) {
    return {
      ok: false,
      error:
        'Это не файл прогресса этого сайта. Выберите файл, скачанный кнопкой «Скачать прогресс».',
    };
  }
  if (parsed['v'] !== VERSION) {
    return {
      ok: false,
      error: `Файл другой версии (${String(parsed['v'])}); этот сайт понимает версию ${VERSION}.`,
    };
  }
  if (!isObject(parsed['ticks'])) {
    return { ok: false, error: 'В файле нет отметок шагов в ожидаемом виде.' };
  }
  const ticks: Ticks = {};
  let ignored = 0;
  for (const [list, steps] of Object.entries(sanitizeTicks(parsed['ticks']))) {
    const allowed = Object.hasOwn(known, list) ? known[list] : undefined;
    const kept = allowed ? steps.filter((s) => allowed.includes(s)) : [];
    ignored += steps.length - kept.length;
    if (kept.length) ticks[list] = kept;
  }
  return {
    ok: true,
    ticks,
    plan: sanitizeAnswers(parsed['plan']),
    reminders: sanitizeReminders(parsed['reminders']),
    ignored,
  };
}
