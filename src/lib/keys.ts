/** localStorage keys of the site: namespaced (`eis:`) and versioned (`v1`). */
export const KEYS = {
  ticks: 'eis:v1:ticks',
  reminders: 'eis:v1:reminders',
  plan: 'eis:v1:plan',
} as const;
