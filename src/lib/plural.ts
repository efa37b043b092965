/**
 * Russian plural forms of a noun in a given case: pluralRu(n, ['запись', 'записи', 'записей']).
 * Intl.PluralRules picks the form; the forms themselves are the caller's (Intl has none for
 * arbitrary nouns). Days: Intl.RelativeTimeFormat / Intl.NumberFormat, see expiry.ts and ics.ts.
 */
export type Forms = readonly [one: string, few: string, many: string];

const rules = new Intl.PluralRules('ru');

export function pluralForm(n: number, forms: Forms): string {
  const category = rules.select(Math.abs(Math.trunc(n)));
  return category === 'one' ? forms[0] : category === 'few' ? forms[1] : forms[2];
}

/** «5 записей», «21 запись». */
export function pluralRu(n: number, forms: Forms): string {
  return `${n} ${pluralForm(n, forms)}`;
}
