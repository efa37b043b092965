/**
 * The site's sections in sidebar order: one list for the sidebar (astro.config.mjs), the order of
 * checklists, guides and «Мой прогресс» (src/site/checklists.ts) and the printed
 * manual (src/pages/print.astro).
 */
export const SECTIONS = [
  { directory: 'connect', label: 'Подключение к ЕИС' },
  { directory: 'services', label: 'Сервисы ЕИС' },
  { directory: 'activation', label: 'Электронное активирование' },
  { directory: 'support', label: 'Поддержка ЕИС' },
  { directory: 'tools', label: 'Инструменты' },
  { directory: 'reference', label: 'Справка' },
] as const;

export type SectionDirectory = (typeof SECTIONS)[number]['directory'];

/** A docs page's section: `services/token` → `services`. */
export const sectionOf = (id: string): string => id.split('/')[0] ?? '';

/** What the site order reads of a docs page. */
export interface OrderedPage {
  id: string;
  data: { title: string; sidebar?: { order?: number | undefined } | undefined };
}

/** Sidebar order: section, then `sidebar.order`, then title (as Starlight's autogenerate). */
export function compareSiteOrder(a: OrderedPage, b: OrderedPage): number {
  const rank = (p: OrderedPage) => {
    const i = SECTIONS.findIndex((s) => s.directory === sectionOf(p.id));
    return i === -1 ? SECTIONS.length : i;
  };
  return (
    rank(a) - rank(b) ||
    (a.data.sidebar?.order ?? Infinity) - (b.data.sidebar?.order ?? Infinity) ||
    a.data.title.localeCompare(b.data.title, 'ru')
  );
}
