/** Expiry reminders: what is tracked, validation of the date, status and wording by days left. */
import { addYears, daysBetween, parseIsoDate, type CalendarDate } from './dates';
import { isReminderKind, type ReminderKind } from './kinds';

export { isReminderKind, type ReminderKind };

export const KINDS: Record<
  ReminderKind,
  { label: string; guide?: { href: string; title: string } }
> = {
  token: {
    label: 'Токен для сервисов отдачи',
    guide: { href: '/services/token/', title: 'Как получить новый токен' },
  },
  edo: {
    label: 'Идентификатор участника ЭДО',
    guide: { href: '/activation/edo-identifier/', title: 'Как получить новый идентификатор ЭДО' },
  },
  other: { label: 'Другое' },
};

export type Status = 'ok' | 'soon' | 'urgent' | 'today' | 'expired';

export const SOON_DAYS = 30;
export const URGENT_DAYS = 7;
export const MAX_YEARS_AHEAD = 10;

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
  return { ok: true, date };
}
