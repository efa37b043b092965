/** Russian plural forms: pluralRu(n, ['день', 'дня', 'дней']). Works for any integer. */
export type Forms = readonly [one: string, few: string, many: string];

const rules = new Intl.PluralRules('ru');

export function pluralForm(n: number, forms: Forms): string {
  const category = rules.select(Math.abs(Math.trunc(n)));
  return category === 'one' ? forms[0] : category === 'few' ? forms[1] : forms[2];
}

/** «5 дней», «21 день». */
export function pluralRu(n: number, forms: Forms): string {
  return `${n} ${pluralForm(n, forms)}`;
}

export const DAYS: Forms = ['день', 'дня', 'дней'];
