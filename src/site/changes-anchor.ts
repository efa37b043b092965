/**
 * The anchor of a page's own list on «Что изменилось»: `services/token` → `page-services-token`.
 * A module of its own, without change-notes.ts's imports: the search engine reads it on every
 * page, and the date helpers those imports bring build an `Intl.DateTimeFormat` when loaded
 * (80–100 ms at 4× CPU the first time).
 */
export const changesAnchor = (pageId: string): string => `page-${pageId.replace(/\//g, '-')}`;
