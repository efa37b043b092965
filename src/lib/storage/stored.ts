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
import { KEYS } from './keys';
import { defineRecord, openEnvelope } from './record';
import { isId } from '../ids';

export const VERSION = 1;
/** A reader may keep this many reminders; the form refuses the next one visibly. */
export const MAX_REMINDERS = 200;

/** Checklist and step ids: the site's one id rule (src/lib/ids.ts). */
export { isId };
/** `Object.hasOwn`, which Safari 15.0–15.3 lack. */
export const hasOwn = (o: object, key: string): boolean =>
  Object.prototype.hasOwnProperty.call(o, key);
export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Unwrap `{"v":1,"data":…}`; `undefined` for anything else. */
export const unwrap = (raw: string | null | undefined): unknown => openEnvelope(raw, VERSION);

export const wrap = (data: unknown): string => JSON.stringify({ v: VERSION, data });

// --- Ticks: one key per ticked step, `eis:v2:tick:<list>:<step>` = "1" -------------------------

export type Ticks = Record<string, string[]>;

/** The id of a tick under `KEYS.tickPrefix`: `<list>:<step>`. */
export const tickId = (list: string, step: string) => `${list}:${step}`;

/** The (list, step) of a tick id, or `undefined` for an id that is not a valid tick. */
export function parseTickId(id: string): { list: string; step: string } | undefined {
  const [list, step, ...rest] = id.split(':');
  return isId(list) && isId(step) && rest.length === 0 ? { list, step } : undefined;
}

export const TICK_VALUE = '1';

/** One ticked step: `eis:v2:tick:<list>:<step>` = "1" (bare text, the version is in the key). */
export const TICK = defineRecord<true>({
  key: KEYS.tickPrefix,
  version: 0,
  decode: (data, id) => (data === TICK_VALUE && parseTickId(id) ? { value: true } : undefined),
  encode: () => TICK_VALUE,
  maxLength: 1,
});

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

/** What the first layout's blob holds: the ticks it can give, and what it cannot (kept). */
export interface Legacy<T, L> {
  value: T;
  /** The part that could not be read, kept under the legacy key; `undefined`: nothing left. */
  leftover: L | undefined;
}

/** The first layout's ticks (one blob, `{"v":1,"data":{list:[steps]}}`), for migration. */
export const LEGACY_TICKS = defineRecord<Legacy<Ticks, Record<string, unknown>>>({
  key: KEYS.legacyTicks,
  version: VERSION,
  decode(data) {
    if (!isObject(data)) return undefined;
    const leftover: Record<string, unknown> = {};
    for (const [list, steps] of Object.entries(data)) {
      if (!isId(list) || !Array.isArray(steps)) leftover[list] = steps;
      else if (!steps.every(isId)) leftover[list] = steps.filter((s) => !isId(s));
    }
    const left = Object.keys(leftover).length ? leftover : undefined;
    return { value: { value: sanitizeTicks(data), leftover: left } };
  },
  encode: (legacy) => legacy.leftover ?? {},
  maxLength: 1_000_000,
});

/** Ticks from the v1 layout (one JSON blob); `{}` when unreadable. */
export const decodeLegacyTicks = (raw: string | null | undefined): Ticks =>
  LEGACY_TICKS.read(raw)?.value.value ?? {};

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
  if (value['roles'] === 'yes' || value['roles'] === 'no') out.roles = value['roles'];
  return out;
}

export const hasPlan = (a: Answers) => (a.needs?.length ?? 0) > 0;

/** The decision-tree answers: `eis:v1:plan` = {"v":1,"data":{needs,ris,roles}}. */
export const PLAN = defineRecord<Answers>({
  key: KEYS.plan,
  version: VERSION,
  decode: (data) => ({ value: sanitizeAnswers(data) }),
  encode: (answers) => answers,
  maxLength: 1024,
});

/** The one decoder of a stored plan (the store, the tree and the guides' plan panel). */
export const decodePlan = (raw: string | null | undefined): Answers => PLAN.read(raw)?.value ?? {};
export const encodePlan = (answers: Answers): string => PLAN.write(answers);

/** The plan whose panel the reader hid («Скрыть»): {"v":1,"data":{"plan":code}}. */
export const PLAN_PANEL_HIDDEN = defineRecord<string>({
  key: KEYS.planPanelHidden,
  version: VERSION,
  decode: (data) =>
    isObject(data) && typeof data['plan'] === 'string' ? { value: data['plan'] } : undefined,
  encode: (plan) => ({ plan }),
  maxLength: 256,
});

// --- Site-wide expiry notice: reminders hidden for the day ------------------------------------

export interface NoticeHidden {
  day: string;
  ids: string[];
}

/**
 * Reminders whose site-wide notice the reader hid on `day`: {"v":1,"data":{day,ids}}. At most
 * MAX_REMINDERS ids are ever meaningful, so a longer value is not read at all (a page stays quick
 * whatever is stored).
 */
export const NOTICE_HIDDEN = defineRecord<NoticeHidden>({
  key: KEYS.noticeHidden,
  version: VERSION,
  decode(data) {
    if (!isObject(data) || typeof data['day'] !== 'string' || !Array.isArray(data['ids'])) {
      return undefined;
    }
    const ids = data['ids'].slice(0, MAX_REMINDERS).filter(isReminderId);
    return { value: { day: data['day'], ids } };
  },
  encode: (hidden) => ({ day: hidden.day, ids: hidden.ids.slice(0, MAX_REMINDERS) }),
  // 200 ids of up to 34 characters, quoted and separated, and the day.
  maxLength: 64 + MAX_REMINDERS * 37,
});

/** Ids of the reminders whose notice the reader hid on `day` (YYYY-MM-DD); others are stale. */
export function decodeNoticeHidden(raw: string | null | undefined, day: string): string[] {
  const hidden = NOTICE_HIDDEN.read(raw)?.value;
  return hidden && hidden.day === day ? hidden.ids : [];
}

export const encodeNoticeHidden = (day: string, ids: string[]): string =>
  NOTICE_HIDDEN.write({ day, ids });
