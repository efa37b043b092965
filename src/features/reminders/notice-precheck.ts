/**
 * Decides, before the first paint, whether the site-wide expiry notice will show, so that its
 * box is in place from the start and nothing below it moves (CLS 0). It runs as an inline script
 * (its source is inlined with Function.prototype.toString), so it must stay self-contained:
 * no imports, no closures, syntax every supported browser parses. The full decision is made again
 * by the notice's module with src/features/reminders/reminder-view.ts; a unit test keeps the two in agreement.
 */
export interface PrecheckOptions {
  prefix: string;
  hiddenKey: string;
  /** Longer «hidden» values are not read (src/lib/storage/notice-hidden.ts). */
  hiddenMaxLength: number;
  /** The first layout's reminders: still there, the notice's module loads and migrates them. */
  legacyKey: string;
  soonDays: number;
  /** The reminder kinds the site knows. */
  kinds: string[];
  /** Source of the reminder-id pattern. */
  idPattern: string;
}

export interface StorageLike {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
}

/** 0: no reminders; 1: reminders, none due; 2: at least one needs the notice now. */
export type PrecheckResult = 0 | 1 | 2;

export function noticePrecheck(
  storage: StorageLike,
  now: Date,
  o: PrecheckOptions,
): PrecheckResult {
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  const day = new Date(today).toISOString().slice(0, 10);
  let hidden: unknown[] = [];
  try {
    const raw = storage.getItem(o.hiddenKey) || 'null';
    const h = raw.length <= o.hiddenMaxLength ? JSON.parse(raw) : null;
    if (h && h.v === 1 && h.data && h.data.day === day && Array.isArray(h.data.ids)) {
      hidden = h.data.ids;
    }
  } catch {
    hidden = [];
  }
  let found: PrecheckResult = storage.getItem(o.legacyKey) !== null ? 1 : 0;
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (!key || key.indexOf(o.prefix) !== 0) continue;
    found = 1;
    const id = key.slice(o.prefix.length);
    if (hidden.indexOf(id) !== -1 || !new RegExp(o.idPattern).test(id)) continue;
    try {
      const v = JSON.parse(storage.getItem(key) || 'null');
      const data = v && v.v === 1 && v.data && typeof v.data === 'object' ? v.data : {};
      if (o.kinds.indexOf(data.kind) === -1) continue;
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(typeof data.date === 'string' ? data.date : '');
      // As parseIsoDate (reminderShape in reminder-codec.ts): no month 0 or 13.
      if (!m || Number(m[1]) < 1900 || Number(m[2]) < 1 || Number(m[2]) > 12) continue;
      const at = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
      if (new Date(at).getUTCDate() !== Number(m[3])) continue;
      if (Math.round((at - today) / 86400000) <= o.soonDays) return 2;
    } catch {
      // an unreadable entry decides nothing
    }
  }
  return found;
}

/**
 * The inline script: runs the precheck on the element just before it, marks it when reminders
 * exist (so the notice's module loads and can follow midnight) and shows it when one is due.
 * The page minifies it (ExpiryNotice.astro).
 */
export function precheckScript(options: PrecheckOptions): string {
  return `(function(){var s=document.currentScript,el=s&&s.previousElementSibling;try{var r=el?(${noticePrecheck.toString()})(window.localStorage,new Date(),${JSON.stringify(options)}):0;if(r)el.setAttribute('data-reminders','');if(r>1)el.hidden=false}catch(e){}})();`;
}
