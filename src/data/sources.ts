/**
 * The five source documents the guides are based on (kept in ../shared/seeds), each under its
 * own title word for word (000 and 004 without their section numbers «2.2.9.» and «2.2.3.»;
 * 003 has no title line and is named by its first line).
 */
export const SOURCES = {
  '000': 'Настройка взаимодействия с сервисами ЕИС',
  '001':
    'Установка связи с единой информационной системой в сфере закупок (ЕИС) для информационного взаимодействия',
  '002':
    'Порядок получения данных (логина, пароля и идентификатора для импорта документов активирования) для интеграции с ЕИС',
  '003': 'Сопровождение пользователей ГИС ЕИС ЗАКУПКИ',
  '004': 'Внесение изменений в регистрационные данные после перерегистрации организации в ЕИС',
} as const;

export type SourceId = keyof typeof SOURCES;
export const SOURCE_IDS = Object.keys(SOURCES) as [SourceId, ...SourceId[]];

/** Each source's own date, as the source gives it (001 and 002 carry none). */
export const SOURCE_DATES: Partial<Record<SourceId, string>> = {
  '000': 'опубликован 30.06.2023',
  '003': 'июнь 2026',
  '004': 'архив 2018 года; срок перерегистрации в нём — «до конца 2016 года»',
};

/** «Name» (date) for the list of sources under a page's title. */
export const sourceLabel = (id: SourceId): string =>
  SOURCE_DATES[id] ? `«${SOURCES[id]}» (${SOURCE_DATES[id]})` : `«${SOURCES[id]}»`;
