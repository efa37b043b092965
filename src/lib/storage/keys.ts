/**
 * localStorage keys of the site: namespaced (`eis:`) and versioned. Ticks and reminders take one
 * key per entry (prefixes), so concurrent writes from two tabs never touch the same key unless
 * they change the same entry.
 */
/** `eis:v2:tick:<checklist>:<step>` = "1" */
export const TICK_PREFIX = 'eis:v2:tick:';
/** The decision-tree answers. */
export const PLAN_KEY = 'eis:v1:plan';

// Records are defined from these consts, not from `KEYS.…`: esbuild keeps a pure call whose
// argument reads an object's property, so an unused record would stay in the inline scripts.
export const KEYS = {
  tickPrefix: TICK_PREFIX,
  /** `eis:v2:reminder:<id>` = {"v":1,"data":{kind,label,date,seq}} */
  reminderPrefix: 'eis:v2:reminder:',
  plan: PLAN_KEY,
  /** Reminders whose site-wide notice the reader hid today: {"v":1,"data":{day,ids}} */
  noticeHidden: 'eis:v1:notice-hidden',
  /** The plan whose panel on the guides the reader hid («Скрыть»): {"v":1,"data":{plan}} */
  planPanelHidden: 'eis:v1:plan-panel-hidden',
  /** «У меня уже есть логин и пароль» (the HTTPS guide counts as met): {"v":1,"data":true} */
  hasCredentials: 'eis:v1:has-credentials',
  /** The v1 layout (one JSON blob each); read once, migrated, then removed. */
  legacyTicks: 'eis:v1:ticks',
  legacyReminders: 'eis:v1:reminders',
} as const;

/** Every key or prefix the site may write (for tests and the README). */
export const ALL_KEYS: readonly string[] = /* @__PURE__ */ Object.values(KEYS);
