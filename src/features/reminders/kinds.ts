/** What an expiry reminder tracks (kept tiny: stored-data parsing needs only this). */
export type ReminderKind = 'token' | 'edo' | 'other';

export const REMINDER_KINDS: readonly ReminderKind[] = ['token', 'edo', 'other'];

/** The kinds a guide issues (`guide.reminder` in its frontmatter): all but «Другое». */
export const GUIDE_REMINDER_KINDS = ['token', 'edo'] as const satisfies readonly ReminderKind[];

export const isReminderKind = (v: unknown): v is ReminderKind =>
  REMINDER_KINDS.includes(v as ReminderKind);
