/**
 * What «Ничего не найдено» offers instead of a dead end: the top tasks (their titles come from
 * the pages themselves), the troubleshooting page and the ЕИС support phones (src/data/support-phones.ts).
 */
export const TOP_TASK_IDS = [
  'connect/https-credentials',
  'services/token',
  'services/ris-rights',
  'activation/edo-identifier',
  'support/create-request',
] as const;
