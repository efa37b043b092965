/** The five source documents the guides are based on (kept in ../shared/seeds). */
export const SOURCES = {
  '000': 'Настройка взаимодействия с сервисами ЕИС',
  '001': 'Установка связи с ЕИС для информационного взаимодействия',
  '002': 'Порядок получения логина, пароля и идентификатора для интеграции с ЕИС',
  '003': 'Сопровождение пользователей ГИС ЕИС ЗАКУПКИ',
  '004': 'Внесение изменений в регистрационные данные после перерегистрации организации в ЕИС',
} as const;

export type SourceId = keyof typeof SOURCES;
export const SOURCE_IDS = Object.keys(SOURCES) as [SourceId, ...SourceId[]];
