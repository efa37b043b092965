/** Expiry reminders: what is tracked, validation of the date, status and wording by days left. */
import { addYears, daysBetween, parseIsoDate, type CalendarDate } from '../../lib/dates';
import { GUIDE_REMINDER_KINDS, isReminderKind, type ReminderKind } from './kinds';

export { isReminderKind, type ReminderKind };

/** What a reminder kind is called and which guide renews it. */
export interface KindInfo {
  label: string;
  guide?: { href: string; title: string };
}

export type KindTable = Record<ReminderKind, KindInfo>;

/** The guide that issues a kind (`guide.reminder` in its frontmatter): its title and link. */
export type KindGuides = Partial<Record<ReminderKind, { title: string; href: string }>>;

/** The words of the link to the guide that issues a new one. */
export const RENEW_TITLES: Record<Exclude<ReminderKind, 'other'>, string> = {
  token: 'Как получить новый токен',
  edo: 'Как получить новый идентификатор ЭДО',
};

/**
 * Kinds' labels and links: a guide's kind is called by the guide's title and links to it;
 * «Другое» has no guide. Built at build time from the guides and passed to islands as JSON.
 */
export function kindTable(guides: KindGuides): KindTable {
  const table: KindTable = {
    token: { label: 'Токен' },
    edo: { label: 'Идентификатор' },
    other: { label: 'Другое' },
  };
  for (const kind of GUIDE_REMINDER_KINDS) {
    const guide = guides[kind];
    if (guide)
      table[kind] = { label: guide.title, guide: { href: guide.href, title: RENEW_TITLES[kind] } };
  }
  return table;
}

export type Status = 'ok' | 'soon' | 'urgent' | 'today' | 'expired';

export const SOON_DAYS = 30;
export const URGENT_DAYS = 7;
export const MAX_YEARS_AHEAD = 10;
/** A date further back than this is a typo (1926 for 2026), not a token that expired. */
export const MAX_YEARS_BACK = 10;

export function statusFor(daysLeft: number): Status {
  if (daysLeft < 0) return 'expired';
  if (daysLeft === 0) return 'today';
  if (daysLeft <= URGENT_DAYS) return 'urgent';
  if (daysLeft <= SOON_DAYS) return 'soon';
  return 'ok';
}

/** Needs the reader's attention (site-wide notice): 30 days or fewer left, or already expired. */
export const needsAttention = (daysLeft: number) => daysLeft <= SOON_DAYS;

const relativeDays = new Intl.RelativeTimeFormat('ru', { numeric: 'auto' });

/**
 * «истекает через 10 дней», «истекает завтра», «истекает сегодня», «истёк вчера», «истёк 3 дня
 * назад» (Intl: the forms and the words for ±1 and ±2 days come from the browser).
 */
export function expiryWording(daysLeft: number): string {
  return `${daysLeft < 0 ? 'истёк' : 'истекает'} ${relativeDays.format(daysLeft, 'day')}`;
}

export type DateCheck = { ok: true; date: CalendarDate } | { ok: false; error: string };

/** Validate the value of `<input type="date">` against today. Messages are for the reader. */
export function checkExpiryDate(value: string, today: CalendarDate): DateCheck {
  if (!value.trim()) return { ok: false, error: 'Укажите дату окончания срока действия.' };
  const date = parseIsoDate(value.trim());
  if (!date) {
    return { ok: false, error: 'Такой даты нет в календаре. Проверьте день, месяц и год.' };
  }
  if (daysBetween(addYears(today, MAX_YEARS_AHEAD), date) > 0) {
    return {
      ok: false,
      error: `Дата дальше чем через ${MAX_YEARS_AHEAD} лет — скорее всего, в ней опечатка.`,
    };
  }
  if (daysBetween(date, addYears(today, -MAX_YEARS_BACK)) > 0) {
    return {
      ok: false,
      error: `Дата раньше чем ${MAX_YEARS_BACK} лет назад — скорее всего, в ней опечатка.`,
    };
  }
  return { ok: true, date };
}
