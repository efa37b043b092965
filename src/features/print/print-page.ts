/**
 * The print page (src/pages/print.astro) as the site model names it: its own title and
 * description live here because an .astro page cannot be read in plain Node. The page renders
 * them from the model, and so does every link to it.
 */
export const PRINT_PAGE = {
  title: 'Вся инструкция для печати',
  href: '/print/',
  description:
    'Все инструкции сайта «ЕИС: настройка интеграции» одним документом для печати или сохранения в PDF: обложка с источниками и их датами, содержание, рисунки, чек-листы с квадратами для отметок.',
} as const;
