/** Russian plural forms: pluralRu(n, ['день', 'дня', 'дней']). Works for any integer. */
export type Forms = readonly [one: string, few: string, many: string];

export function pluralForm(n: number, forms: Forms): string {
  const abs = Math.abs(Math.trunc(n));
  const mod10 = abs % 10;
  const mod100 = abs % 100;
  if (mod10 === 1 && mod100 !== 11) return forms[0];
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return forms[1];
  return forms[2];
}

/** «5 дней», «21 день». */
export function pluralRu(n: number, forms: Forms): string {
  return `${n} ${pluralForm(n, forms)}`;
}

export const DAYS: Forms = ['день', 'дня', 'дней'];
