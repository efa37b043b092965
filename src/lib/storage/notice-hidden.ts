/**
 * Site-wide expiry notice: the reminders whose notice the reader hid for the day. Apart from
 * stored.ts so that pages without reminders never load it.
 */
import { NOTICE_HIDDEN_KEY } from './keys';
import { defineRecord } from './record';
import { MAX_REMINDERS, VERSION, isObject, isReminderId } from './stored';

export interface NoticeHidden {
  day: string;
  ids: string[];
}

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
