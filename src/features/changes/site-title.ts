/** The site's name as Starlight shows it (astro.config.mjs `title`): the feed's title and author. */
export const SITE_TITLE = 'ЕИС: настройка интеграции';
