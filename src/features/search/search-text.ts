/** The search dialog's Russian text. */
import { pluralForm, pluralRu } from '../../lib/plural';

/** «Найдена 1 страница», «Найдено 3 страницы», «Найдено 5 страниц». */
export const foundPages = (n: number): string =>
  `${pluralForm(n, ['Найдена', 'Найдено', 'Найдено'])} ${pluralRu(n, ['страница', 'страницы', 'страниц'])}`;

export const TEXT = {
  label: 'Поиск по сайту',
  placeholder: 'Поиск',
  clear: 'Очистить',
  more: 'Показать ещё',
  results: 'Результаты поиска',
  loading: 'Загрузка поиска…',
  /** `troubleshooting`: the troubleshooting page's title, from the site model. */
  failed: (troubleshooting: string) =>
    `Поиск не загрузился. Обновите страницу или откройте «${troubleshooting}».`,
  nothing: (q: string) => `Ничего не найдено по запросу «${q}»`,
  partial: 'Точных совпадений нет — страницы, где есть часть слов',
  layout: (understood: string) => `Показаны результаты для «${understood}».`,
  didYouMean: 'Возможно, вы искали:',
  searchTyped: (typed: string) => `Искать «${typed}»?`,
  tasksTitle: 'Частые задачи',
  phones: 'Круглосуточная поддержка ЕИС:',
  noJs: 'Поиск работает только с включённым JavaScript.',
  allSections: 'Все разделы сайта',
  askFound: 'Нашли ответ?',
  yes: 'Да',
  no: 'Нет',
  thanks: 'Спасибо! Запрос и адрес страницы переданы авторам сайта.',
} as const;
