/**
 * What «Ничего не найдено» offers instead of a dead end: the top tasks (their titles come from
 * the pages themselves), the troubleshooting page and the ЕИС support phones, as the sources give them.
 */
export const TOP_TASK_IDS = [
  'connect/https-credentials',
  'services/token',
  'services/ris-rights',
  'activation/edo-identifier',
  'support/create-request',
] as const;

export const SUPPORT_PHONES = [
  { text: '8 (495) 739-25-83', tel: '+74957392583' },
  { text: '8 (800) 600-90-89', tel: '+78006009089' },
] as const;
