/**
 * Corpus 14b: reader questions for the site's search, written on 2026-12-06 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora. Persona: a hurried deputy
 * director of a culture centre typing 1–4 keywords, with typos, translit, wrong layout and bare abbreviations.
 * Kept in the order written; split once, mechanically, by position (corpus-split.ts): even
 * positions tune, odd positions are held out. Never reorder.
 */
import { byPosition } from './corpus-split';
import type { Query } from './search-queries';

export const CORPUS_14b: readonly Query[] = [
  // Главная: что это за сайт
  ['вебторги еис связка', '/'],
  ['сайт для сисадминов заказчика', '/#для-кого-этот-сайт'],
  // Логин и пароль ЕИС для интеграции по HTTPS
  ['пароль для интеграции еис', '/connect/https-credentials/'],
  ['parol integracii', '/connect/https-credentials/'],
  ['альтернативная интегарция https', '/connect/https-credentials/'],
  ['учетка для интеграции руководитель', '/connect/https-credentials/#кто-может-это-сделать'],
  // Ввод логина и пароля в Web-Торги-КС
  ['пароль в вебторги куда', '/connect/web-torgi-ks/'],
  ['web torgi ks login parol', '/connect/web-torgi-ks/'],
  ['вебторги вход не пускает', '/connect/web-torgi-ks/#что-понадобится'],
  // Перерегистрация организации
  ['перерегистрция организации пароль', '/connect/re-registration/'],
  ['pereregistraciya eis', '/connect/re-registration/'],
  [
    'ошибка несоответсвие регистрац данных пользователя',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  // Сервисы ЕИС: токен или РИС
  ['токен или рис', '/services/overview/#как-понять-какой-путь-ваш'],
  [
    'режим взаимодействия с сервисами еис',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'настройка сервисов еис без эффекта',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  // Токен для сервисов отдачи
  ['токен срок', '/services/token/'],
  ['njrty', '/services/token/'],
  ['eis token', '/services/token/'],
  ['токен лк заказчика', '/services/token/'],
  ['токен для сервиса отдачи взять', '/reference/troubleshooting/#err-token-where'],
  ['токен истек', '/reference/troubleshooting/#err-token-expired'],
  ['продление токина', '/reference/troubleshooting/#err-token-expired'],
  // Права доступа к РИС
  ['РИС права', '/services/ris-rights/'],
  ['hbc ghfdf', '/services/ris-rights/'],
  ['дата доступа 01.01.2022', '/services/ris-rights/'],
  ['код рис субъекта', '/services/ris-rights/#что-понадобится'],
  ['перечень региональных инф систем нет', '/reference/troubleshooting/#err-ris-list-missing'],
  ['рис субъекта в перечне не нахожу', '/reference/troubleshooting/#err-ris-not-found'],
  ['нет блока права доступа к рис', '/reference/troubleshooting/#err-ris-block-missing'],
  ['уполномоч орган рис не работает', '/reference/troubleshooting/#err-extra-roles'],
  // Идентификатор участника ЭДО
  ['эдо куда вставить', '/activation/edo-identifier/#где-вводится-идентификатор'],
  ['edo identifikator', '/activation/edo-identifier/'],
  ['электроное активирование приемка', '/activation/edo-identifier/'],
  ["'lj bltynbabrfnjh", '/activation/edo-identifier/'],
  ['идентификатр эдо истек', '/reference/troubleshooting/#err-edo-expired'],
  ['идентификатор эдо потерял', '/reference/troubleshooting/#err-edo-not-saved'],
  // Ошибки логина, пароля и входа
  ['некоректный логин или пароль', '/reference/troubleshooting/#err-login-password-incorrect'],
  ['пароль интеграция сменился', '/reference/troubleshooting/#err-password-reset-by-link'],
  ['кнопка сохранить пароль изменился', '/reference/troubleshooting/#err-password-reset-by-save'],
  ['окно с паролем закрыл', '/reference/troubleshooting/#err-credentials-window-closed'],
  ['кнопка продолжить не нажата', '/reference/troubleshooting/#err-continue-not-pressed'],
  ['пользователь не зарегистрирован в еис', '/reference/troubleshooting/#err-user-not-registered'],
  [
    'обнаружено несовпадение данных сертефиката с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'информация о недоступности отдельных функци',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  ['документ не уходит в еис', '/reference/troubleshooting/#diagnostic'],
  // Обращение в поддержку ЕИС
  ['обращение в стп', '/support/create-request/'],
  ['заявка в саппорт еис', '/support/create-request/'],
  ['консультация или ошибка', '/support/create-request/#вид-обращения-консультация-или-ошибка'],
  ['xml файлы обращение интеграция', '/support/create-request/#обращение-по-вопросам-интеграции'],
  ['обращене интеграция вложения', '/reference/troubleshooting/#err-integration-request-files'],
  ['плагин установка еис ошибка', '/reference/troubleshooting/#err-plugin-not-installed'],
  ['малая закупка обращение', '/support/create-request/'],
  ['обращение без авторизации', '/support/create-request/#обращение-без-входа-в-лк'],
  ['лк не входит техподдержка', '/reference/troubleshooting/#err-cannot-login-request'],
  ['правила обращения тп', '/support/create-request/#четыре-правила-обращения'],
  // Телефоны, База знаний, каналы
  ['телефон подержки еис', '/support/knowledge-base/#телефоны-поддержки'],
  ['ntktajy gjllth;rb', '/support/knowledge-base/#телефоны-поддержки'],
  ['база знаний еис', '/support/knowledge-base/#база-знаний-еис'],
  ['видеоинструкции еис', '/support/knowledge-base/#база-знаний-еис'],
  ['faq eis', '/support/knowledge-base/#часто-задаваемые-вопросы-faq'],
  ['телеграм канал закупки', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  ['новости уведомления еис', '/support/knowledge-base/#новости-и-уведомления'],
  // Статусы обращений и закрытие
  ['cnfnec j,hfotybz', '/support/request-statuses/'],
  ['статус запрос инфомации', '/support/request-statuses/#что-означают-статусы'],
  ['мои обращения', '/support/request-statuses/#где-смотреть-свои-обращения'],
  ['плановый срок решения', '/support/request-statuses/#плановый-срок-решения'],
  [
    'автозакрытие обращения 7 рабочих дней',
    '/support/request-statuses/#когда-обращение-закрывается',
  ],
  ['обращение закрыли', '/reference/troubleshooting/#err-request-closed'],
  ['решено закрылось само', '/reference/troubleshooting/#err-request-resolved-closed'],
  ['запрос информации не ответил', '/reference/troubleshooting/#err-request-info-unanswered'],
  ['консультацию закрыли автоматом', '/reference/troubleshooting/#err-request-consultation-closed'],
  [
    'консультация три переоткрытия',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],
  ['обращение закрыли проблема в новостях', '/reference/troubleshooting/#err-request-closed-news'],
  ['повторное обращение ради срока', '/reference/troubleshooting/#err-request-deadline'],
  // Сокращения и термины
  ['ЛК', '/reference/glossary/#lk'],
  ['СТП расшифровка', '/reference/glossary/#stp'],
  ['рис аббревиатура', '/reference/glossary/#ris'],
  ['еис расшифровка', '/reference/glossary/#eis'],
  ['эдо расшифровка', '/reference/glossary/#edo'],
  ['ЭТП', '/reference/glossary/#etp'],
  ['специализированная этп', '/reference/glossary/#specialized-etp'],
  ['гоис', '/reference/glossary/#gois'],
  ['44 фз', '/reference/glossary/#fz-44'],
  ['сервисы отдачи значение', '/reference/glossary/#output-services'],
  ['администратор организации полномочие', '/reference/glossary/#org-administrator'],
  ['закупка малого обьема определение', '/reference/glossary/#small-volume-purchase'],
  ['уполномоченое учреждение', '/reference/glossary/#authorized-institution'],
  ['заказчик роль еис', '/reference/glossary/#customer'],
  ['документы приемки термин', '/reference/glossary/#acceptance-documents'],
  ['плагин фиксации действий', '/reference/glossary/#action-recording-plugin'],
  // Инструменты сайта: прогресс, напоминания, план, печать, изменения
  ['мой прогресс', '/tools/progress/'],
  ['отметки на другой компьютер', '/tools/progress/#perenos'],
  ['несколько школ садиков', '/tools/progress/#organizacii'],
  ['конфиденциальность сайт данные', '/tools/progress/#что-сайт-отправляет'],
  ['yfgjvbyfybt', '/tools/reminder/'],
  ['напоминалка дата окончания', '/tools/reminder/#добавить-напоминание'],
  ['календарь ics outlook', '/tools/reminder/#когда-срок-подходит-к-концу'],
  ['анкета план настройки', '/tools/start/'],
  ['распечатка инструкции pdf', '/print/'],
  ['история изменений инструкций', '/reference/changes/'],
];

export const TUNING_14b = byPosition(CORPUS_14b, 0);
export const HELD_OUT_14b = byPosition(CORPUS_14b, 1);
