/** The search dialog's Russian text, with plural forms from Intl.PluralRules. */
const rules = new Intl.PluralRules('ru');

const PAGES: Record<string, string> = {
  one: 'страница',
  few: 'страницы',
  many: 'страниц',
  other: 'страницы',
};

/** «Найдена 1 страница», «Найдено 3 страницы», «Найдено 5 страниц». */
export function foundPages(n: number): string {
  const form = rules.select(n);
  return `${form === 'one' ? 'Найдена' : 'Найдено'} ${n} ${PAGES[form] ?? PAGES['other']}`;
}

export const TEXT = {
  label: 'Поиск по сайту',
  placeholder: 'Поиск',
  clear: 'Очистить',
  more: 'Показать ещё',
  results: 'Результаты поиска',
  loading: 'Загрузка поиска…',
  failed: 'Поиск не загрузился. Обновите страницу или откройте «Ошибки и решения».',
  nothing: (q: string) => `Ничего не найдено по запросу «${q}»`,
  partial: 'Точных совпадений нет — страницы, где есть часть слов',
  layout: (understood: string) => `Показаны результаты для «${understood}».`,
  didYouMean: 'Возможно, вы искали:',
  searchTyped: (typed: string) => `Искать «${typed}»?`,
  tasksTitle: 'Частые задачи',
  troubleshooting: 'Ошибки и решения',
  phones: 'Круглосуточная поддержка ЕИС:',
} as const;
