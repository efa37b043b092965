/**
 * localStorage keys of the site: namespaced (`eis:`) and versioned. Ticks and reminders take one
 * key per entry (prefixes), so concurrent writes from two tabs never touch the same key unless
 * they change the same entry.
 */
/** `eis:v2:tick:<checklist>:<step>` = "1" */
export const TICK_PREFIX = 'eis:v2:tick:';
/** The decision-tree answers. */
export const PLAN_KEY = 'eis:v1:plan';
/** `eis:v2:reminder:<id>` = {"v":1,"data":{kind,label,date,seq}} */
export const REMINDER_PREFIX = 'eis:v2:reminder:';
/** The longest stored reminder read at all (kind, an 80-character label, a date, a sequence). */
export const REMINDER_MAX_LENGTH = 2048;
/** Reminders whose site-wide notice the reader hid today: {"v":1,"data":{day,ids}} */
export const NOTICE_HIDDEN_KEY = 'eis:v1:notice-hidden';
/** «У меня уже есть логин и пароль» (the HTTPS guide counts as met): {"v":1,"data":true} */
export const HAS_CREDENTIALS_KEY = 'eis:v1:has-credentials';
/** The plan whose panel on the guides the reader hid («Скрыть»): {"v":1,"data":{plan}} */
export const PLAN_PANEL_HIDDEN_KEY = 'eis:v1:plan-panel-hidden';
/** sessionStorage: the organisation this tab acts for (absent: the first one). */
export const ACTIVE_ORG_KEY = 'eis:v1:org';
/** The day of the reader's last visit, and of the one before: {"v":1,"data":{day,before}} */
export const LAST_VISIT_KEY = 'eis:v1:last-visit';
/** The first layout's reminders (one JSON blob); read once, migrated, then removed. */
export const LEGACY_REMINDERS_KEY = 'eis:v1:reminders';
/** The first layout's ticks (one JSON blob); read once, migrated, then removed. */
export const LEGACY_TICKS_KEY = 'eis:v1:ticks';

// Records and inline scripts use these consts, not `KEYS.…`: esbuild keeps a pure call whose
// argument reads an object's property, and an object read at all stays whole in the bundle.
export const KEYS = {
  tickPrefix: TICK_PREFIX,
  reminderPrefix: REMINDER_PREFIX,
  plan: PLAN_KEY,
  noticeHidden: NOTICE_HIDDEN_KEY,
  planPanelHidden: PLAN_PANEL_HIDDEN_KEY,
  /** The reader's organisations (issue 22): src/features/orgs/org-keys.ts (lazy code only). */
  orgs: 'eis:v1:orgs',
  hasCredentials: HAS_CREDENTIALS_KEY,
  lastVisit: LAST_VISIT_KEY,
  /** The v1 layout (one JSON blob each); read once, migrated, then removed. */
  legacyTicks: LEGACY_TICKS_KEY,
  legacyReminders: LEGACY_REMINDERS_KEY,
} as const;

/** Every key or prefix the site may write (for tests and the README). */
export const ALL_KEYS: readonly string[] = /* @__PURE__ */ Object.values(KEYS);
