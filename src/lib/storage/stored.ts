/**
 * What the site keeps in localStorage, and how it is read back. Every key is namespaced and
 * versioned (src/lib/storage/keys.ts). Ticks and reminders are stored one entry per key, so two tabs that
 * change different entries at the same moment never overwrite each other. Decoders never throw:
 * a value that is not JSON, has another version or the wrong shape decodes to nothing.
 * Only ticks (step ids), dates, labels and plan answers are ever stored — never a password,
 * token or identifier: reminder labels pass the secret guard on the way in and on the way out
 * (src/features/reminders/reminder-codec.ts).
 */
import type { ReminderKind } from '../../features/reminders/kinds';
import { isNeed, isRisAnswer, type Answers, type Need } from '../../features/plan/answers';
import { PLAN_KEY, TICK_PREFIX } from './keys';
import { defineRecord, isObject, openEnvelope } from './record';
import { isId } from '../ids';

export const VERSION = 1;
/** A reader may keep this many reminders; the form refuses the next one visibly. */
export const MAX_REMINDERS = 200;

/** Checklist and step ids: the site's one id rule (src/lib/ids.ts). */
export { isId };
export { isObject };

/** Unwrap `{"v":1,"data":…}`; `undefined` for anything else. */
export const unwrap = (raw: string | null | undefined): unknown => openEnvelope(raw, VERSION);

export const wrap = (data: unknown): string => JSON.stringify({ v: VERSION, data });

// --- Ticks: one key per ticked step, `eis:v2:tick:<list>:<step>` = hash or "1" ----------------

export type Ticks = Record<string, string[]>;

/** The id of a tick under `KEYS.tickPrefix`: `<list>:<step>`. */
export const tickId = (list: string, step: string) => `${list}:${step}`;

/** The (list, step) of a tick id, or `undefined` for an id that is not a valid tick. */
export function parseTickId(id: string): { list: string; step: string } | undefined {
  const [list, step, ...rest] = id.split(':');
  return isId(list) && isId(step) && rest.length === 0 ? { list, step } : undefined;
}

export const TICK_VALUE = '1';

/** A step's text hash (src/site/step-hash.ts): 8 hex digits. */
export const TICK_HASH = /^[0-9a-f]{8}$/;

/**
 * What a tick records: the hash of the step's text it was made against, or "1" (TICK_VALUE) for a
 * tick made before hashes existed, imported from a file or moved by a rename: against an unknown
 * text, so the site never asks about it.
 */
export type TickValue = string;

/**
 * One ticked step: `eis:v2:tick:<list>:<step>` = the step's hash or "1" (bare text, the version is
 * in the key). Code that knew only "1" reads a hash as unreadable and leaves it in place.
 */
export const TICK = /* @__PURE__ */ defineRecord<TickValue>({
  key: TICK_PREFIX,
  version: 0,
  // "1", or 8 hex digits (TICK_HASH): one pattern keeps the eager bundle small.
  decode: (data, id) =>
    parseTickId(id) && /^(1|[0-9a-f]{8})$/.test(data as string)
      ? { value: data as string }
      : undefined,
  encode: (value) => value,
  maxLength: 8,
});

// sanitizeTicks and hasOwn: stored-lazy.ts (only code loaded on demand uses them).

/** What the first layout's blob holds: the entries it can give, and what it cannot (kept). */
export interface Legacy<T, L> {
  value: T;
  /** The part that could not be read, kept under the legacy key; `undefined`: nothing left. */
  leftover: L | undefined;
}

// --- Reminders: the shape and the id (codecs with the secret guard: reminder-codec.ts) -----

export interface Reminder {
  id: string;
  kind: ReminderKind;
  label: string;
  /** Expiry date, YYYY-MM-DD. */
  date: string;
  /** iCalendar SEQUENCE: rises by one on each change. */
  seq: number;
}

export const REMINDER_ID = /^r-[a-z0-9]{4,32}$/;
export const isReminderId = (v: unknown): v is string =>
  typeof v === 'string' && REMINDER_ID.test(v);

// --- Plan (decision tree answers): one key ---------------------------------------------------

export function sanitizeAnswers(value: unknown): Answers {
  if (!isObject(value)) return {};
  const out: Answers = {};
  if (Array.isArray(value['needs'])) {
    const needs = [...new Set(value['needs'].filter(isNeed))] as Need[];
    if (needs.length) out.needs = needs;
  }
  if (isRisAnswer(value['ris'])) out.ris = value['ris'];
  if (isRisAnswer(value['roles'])) out.roles = value['roles'];
  return out;
}

export const hasPlan = (a: Answers) => (a.needs?.length ?? 0) > 0;

/** The longest stored plan that is read at all. */
const PLAN_MAX = 1024;

/** The decision-tree answers: `eis:v1:plan` = {"v":1,"data":{needs,ris,roles}}. */
export const PLAN = /* @__PURE__ */ defineRecord<Answers>({
  key: PLAN_KEY,
  version: VERSION,
  decode: (data) => ({ value: sanitizeAnswers(data) }),
  encode: (answers) => answers,
  maxLength: PLAN_MAX,
});

/**
 * The one decoder of a stored plan (the store, the tree and the guides' plan panel): PLAN's
 * `read`, spelled out so that the inline scripts before the first paint carry no record machinery
 * (stored.test.ts holds the two to the same verdicts).
 */
export const decodePlan = (raw: string | null | undefined): Answers =>
  typeof raw === 'string' && raw.length <= PLAN_MAX ? sanitizeAnswers(unwrap(raw)) : {};
export const encodePlan = (answers: Answers): string => PLAN.write(answers);
