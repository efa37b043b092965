/**
 * Site-wide expiry notice: the reminders whose notice the reader hid for the day, and the expired
 * ones hidden until the reader changes them. Apart from stored.ts so that pages without reminders
 * never load it.
 */
import { NOTICE_HIDDEN_KEY } from './keys';
import { defineRecord } from './record';
import { MAX_REMINDERS, VERSION, isObject, isReminderId, unwrap } from './stored';

export interface NoticeHidden {
  day: string;
  ids: string[];
  /**
   * Expired reminders hidden until the reader changes them, as `<id>@<date>`: a new date (the
   * reader renewed and said so) is a new entry, so the notice speaks again; no daily nagging.
   */
  quiet?: string[];
}

const QUIET = /^r-[a-z0-9]{4,32}@\d{4}-\d{2}-\d{2}$/;

/** The token that keeps an expired reminder quiet while its date stays `date`. */
export const quietToken = (id: string, date: string): string => `${id}@${date}`;

/**
 * 200 ids of up to 34 characters and 200 quiet tokens of up to 45, quoted and separated, and the
 * day: a longer value is not ours and is not read.
 */
const NOTICE_HIDDEN_MAX = 80 + MAX_REMINDERS * 85;

/**
 * Reminders whose site-wide notice the reader hid on `day`: {"v":1,"data":{day,ids}}. At most
 * MAX_REMINDERS ids are ever meaningful, so a longer value is not read at all (a page stays quick
 * whatever is stored).
 */
export const NOTICE_HIDDEN = /* @__PURE__ */ defineRecord<NoticeHidden>({
  key: NOTICE_HIDDEN_KEY,
  version: VERSION,
  decode(data) {
    if (!isObject(data) || typeof data['day'] !== 'string' || !Array.isArray(data['ids'])) {
      return undefined;
    }
    const ids = data['ids'].slice(0, MAX_REMINDERS).filter(isReminderId);
    const quiet = Array.isArray(data['quiet'])
      ? data['quiet']
          .slice(0, MAX_REMINDERS)
          .filter((t): t is string => typeof t === 'string' && QUIET.test(t))
      : [];
    return { value: quiet.length ? { day: data['day'], ids, quiet } : { day: data['day'], ids } };
  },
  encode: (hidden) => ({
    day: hidden.day,
    ids: hidden.ids.slice(0, MAX_REMINDERS),
    ...(hidden.quiet?.length ? { quiet: hidden.quiet.slice(0, MAX_REMINDERS) } : {}),
  }),
  maxLength: NOTICE_HIDDEN_MAX,
});

/**
 * What the notice keeps quiet on `day` (YYYY-MM-DD), straight from the stored text: the ids hidden
 * that day (other days' are stale) and the quiet tokens of expired reminders (any day). Ask it
 * with isNoticeHidden. Lean on purpose (it runs in every page's inline script): it accepts what
 * NOTICE_HIDDEN.read accepts, and unchecked entries can only fail to match a valid id or token,
 * so both give the same answers (unit-tested).
 */
export function decodeNoticeHidden(raw: string | null | undefined, day: string): unknown[] {
  const data = raw && raw.length <= NOTICE_HIDDEN_MAX ? unwrap(raw) : undefined;
  if (!isObject(data) || typeof data['day'] !== 'string' || !Array.isArray(data['ids'])) return [];
  const quiet = data['quiet'];
  return [
    ...(data['day'] === day ? data['ids'].slice(0, MAX_REMINDERS).filter(isReminderId) : []),
    ...(Array.isArray(quiet) ? quiet.slice(0, MAX_REMINDERS) : []),
  ];
}

/** The same list from a decoded value. */
export const hiddenOn = (hidden: NoticeHidden, day: string): string[] => [
  ...(hidden.day === day ? hidden.ids : []),
  ...(hidden.quiet ?? []),
];

/** Whether reminder `id` with date `date` is hidden, from decodeNoticeHidden's list. */
export const isNoticeHidden = (hidden: readonly unknown[], id: string, date: string): boolean =>
  hidden.includes(id) || hidden.includes(quietToken(id, date));

export const encodeNoticeHidden = (day: string, ids: string[], quiet: string[] = []): string =>
  NOTICE_HIDDEN.write({ day, ids, quiet });
