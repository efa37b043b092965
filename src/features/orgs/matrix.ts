/**
 * «Мой прогресс» with several organisations: each organisation's ticks, credentials flag and
 * reminders read straight from storage under its own keys (not through this tab's stores, which
 * hold only the active organisation), the matrix organisations × guides with the same statuses
 * as one organisation's list, the status filter, and the reminders sorted by organisation or date.
 */
import { scopedKey } from '../../lib/storage/org-scope';
// Consts, not KEYS: the keys module sits in the chunk every page loads, and KEYS would join it.
import { HAS_CREDENTIALS_KEY, REMINDER_PREFIX, TICK_PREFIX } from '../../lib/storage/keys';
import { TICK, parseTickId, type Reminder, type Ticks } from '../../lib/storage/stored';
import { HAS_CREDENTIALS } from '../plan/credentials';
import { REMINDER } from '../reminders/reminder-codec';
import { guideStatus, type TaskStatus } from '../plan/status';
import type { GuideTable } from '../../site/guide-keys';
import type { Org, Registry } from './orgs';

export interface OrgData {
  org: Org;
  ticks: Ticks;
  hasCredentials: boolean;
  reminders: Reminder[];
}

/** Read access to storage: one key's text, and every key. */
export interface StorageView {
  get(key: string): string | undefined;
  keys(): readonly string[];
}

/**
 * Every organisation's data, read with the same records as the stores (unreadable: skipped). One
 * pass over the keys, each given to the organisation its key names after «eis:» (none: the first
 * one): a pass per organisation was 100 × 4000 keys for a reader with 100 organisations.
 */
export function readOrgs(registry: Registry, storage: StorageView): OrgData[] {
  const found = registry.map((org) => ({
    org,
    tickPrefix: scopedKey(TICK_PREFIX, org.id),
    reminderPrefix: scopedKey(REMINDER_PREFIX, org.id),
    lists: {} as Record<string, Set<string>>,
    reminders: [] as Reminder[],
  }));
  const byId = new Map<string, typeof found>();
  for (const f of found) byId.set(f.org.id, [...(byId.get(f.org.id) ?? []), f]);
  for (const key of storage.keys()) {
    for (const f of byId.get(/^eis:(o-[^:]+):/.exec(key)?.[1] ?? '') ?? []) {
      if (key.startsWith(f.tickPrefix)) {
        const id = key.slice(f.tickPrefix.length);
        const tick = parseTickId(id);
        if (tick && TICK.read(storage.get(key), id))
          (f.lists[tick.list] ??= new Set()).add(tick.step);
      } else if (key.startsWith(f.reminderPrefix)) {
        const id = key.slice(f.reminderPrefix.length);
        const decoded = REMINDER.read(storage.get(key), id);
        if (decoded) f.reminders.push(decoded.value);
      }
    }
  }
  return found.map(({ org, lists, reminders }) => {
    const ticks: Ticks = {};
    for (const [list, steps] of Object.entries(lists)) ticks[list] = [...steps].sort();
    const flag = HAS_CREDENTIALS.read(storage.get(scopedKey(HAS_CREDENTIALS_KEY, org.id)));
    return { org, ticks, hasCredentials: flag?.value === true, reminders };
  });
}

export interface Cell {
  guide: string;
  status: TaskStatus;
  done: number;
  total: number;
}

export interface Row {
  org: Org;
  cells: Cell[];
}

/** The guides with a checklist, in the site's order (the columns). */
export const matrixGuides = (guides: GuideTable): string[] =>
  Object.keys(guides).filter((k) => guides[k]?.checklist);

export function matrixRows(data: readonly OrgData[], guides: GuideTable): Row[] {
  const columns = matrixGuides(guides);
  return data.map(({ org, ticks, hasCredentials }) => ({
    org,
    cells: columns.map((guide) => {
      const s = guideStatus(guide, guides, ticks, { hasCredentials })!;
      return { guide, status: s.status, done: s.done, total: s.total };
    }),
  }));
}

/** The filter «у кого не выполнено: …»: '' shows every organisation. */
export function filterRows(rows: readonly Row[], notDone: string): Row[] {
  if (!notDone) return [...rows];
  return rows.filter((r) => r.cells.some((c) => c.guide === notDone && c.status !== 'done'));
}

export type ReminderSort = 'date' | 'org';

export interface OrgReminder {
  org: Org;
  reminder: Reminder;
}

/** Every organisation's reminders, by date (then organisation) or by organisation (then date). */
export function sortedReminders(data: readonly OrgData[], by: ReminderSort): OrgReminder[] {
  const order = new Map(data.map((d, i) => [d.org.id, i]));
  const all = data.flatMap((d) => d.reminders.map((reminder) => ({ org: d.org, reminder })));
  const byDate = (a: OrgReminder, b: OrgReminder) =>
    a.reminder.date.localeCompare(b.reminder.date) || a.reminder.id.localeCompare(b.reminder.id);
  const byOrg = (a: OrgReminder, b: OrgReminder) =>
    a.org.name.localeCompare(b.org.name, 'ru') || order.get(a.org.id)! - order.get(b.org.id)!;
  return all.sort((a, b) =>
    by === 'org' ? byOrg(a, b) || byDate(a, b) : byDate(a, b) || byOrg(a, b),
  );
}
