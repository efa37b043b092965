/**
 * The site's stores (nanostores): ticks, expiry reminders and the decision-tree plan, each
 * persisted under a namespaced, versioned key. Actions are plain exported functions.
 */
import { computed } from 'nanostores';
import { storedAtom } from './persist';
import {
  KEYS,
  decodePlan,
  decodeReminders,
  decodeTicks,
  encodePlan,
  encodeReminders,
  encodeTicks,
  type Reminder,
  type Ticks,
} from '../../lib/stored';
import type { Answers } from '../../lib/answers';

export const $ticks = storedAtom<Ticks>(KEYS.ticks, {}, decodeTicks, encodeTicks);
export const $reminders = storedAtom<Reminder[]>(
  KEYS.reminders,
  [],
  decodeReminders,
  encodeReminders,
);
export const $plan = storedAtom<Answers>(KEYS.plan, {}, decodePlan, encodePlan);

// --- ticks ---------------------------------------------------------------------------------

export function setTick(list: string, step: string, done: boolean): void {
  const current = $ticks.get();
  const steps = new Set(current[list] ?? []);
  if (done) steps.add(step);
  else steps.delete(step);
  const next = { ...current };
  if (steps.size) next[list] = [...steps].sort();
  else delete next[list];
  $ticks.set(next);
}

export function resetList(list: string): void {
  const next = { ...$ticks.get() };
  delete next[list];
  $ticks.set(next);
}

export function resetAll(): void {
  $ticks.set({});
  $plan.set({});
}

// --- reminders -----------------------------------------------------------------------------

export function saveReminder(input: Omit<Reminder, 'id' | 'seq'> & { id?: string }): Reminder {
  const items = $reminders.get();
  const existing = input.id ? items.find((r) => r.id === input.id) : undefined;
  const reminder: Reminder = existing
    ? { ...existing, kind: input.kind, label: input.label, date: input.date, seq: existing.seq + 1 }
    : { id: newId(), kind: input.kind, label: input.label, date: input.date, seq: 0 };
  $reminders.set(
    existing ? items.map((r) => (r.id === reminder.id ? reminder : r)) : [...items, reminder],
  );
  return reminder;
}

export function deleteReminder(id: string): void {
  $reminders.set($reminders.get().filter((r) => r.id !== id));
}

function newId(): string {
  const rand = globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random()}`;
  return `r-${rand
    .replace(/[^a-z0-9]/gi, '')
    .toLowerCase()
    .slice(0, 24)}`;
}

// --- plan ----------------------------------------------------------------------------------

export function savePlan(answers: Answers): void {
  $plan.set(answers);
}

export const $hasPlan = computed($plan, (a) => (a.needs?.length ?? 0) > 0);
