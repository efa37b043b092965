/**
 * Corpus 77: reader questions for the site's search, written on 2026-12-08 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists, with the addresses of headings, entries,
 * terms and steps). Persona: An engineer of an IT outsourcing company that sets up the ЕИС integration for 40 kindergartens and schools of one district at once. Terse, jargon-heavy, mixes English and Russian terms (token, login, 401, SSL, API, РИС, ЛК, ЭП, СЭД, «учётка», «креды»), writes two-to-five-word queries, often pastes a log line or an HTTP error, sometimes types Russian on the Latin layout, thinks about bulk work (many organisations, many reminders, exporting progress), printing instructions for clients, and what to send to support.
 * Written to be read by its misses (a tuning set), as decided before it arrived, and measured
 * once on arrival. Kept in the order written.
 */
import type { Query } from './search-queries';

export const CORPUS_77: readonly Query[] = [
  ['токен еис где получить в лк заказчика', '/services/token/'],
  [
    'Администрирование настройка выдачи идентификатора сервисов отдачи нет в меню',
    '/services/token/#token-open-issue-settings',
  ],
  ['можно сделать токен бессрочным', '/services/token/#token-eis-set-term'],
  [
    'флаг разрешить использование сервисов отдачи в веб-торгах',
    '/services/token/#token-wtks-allow-services',
  ],
  [
    'поле Идентификатор в блоке токена что вписывать',
    '/services/token/#token-wtks-enter-identifier',
  ],
  ['учётка админа организации для выдачи токена', '/services/token/#кто-может-это-сделать'],
  ['njrty lkz cthdbcjd jnlfxb', '/services/token/'],
  ['после сохранения не вижу сам токен где он в форме', '/services/token/#token-note-identifier'],
  ['перевыпустить токен после окончания срока', '/reference/troubleshooting/#err-token-expired'],
  ['права доступа к рис пошагово', '/services/ris-rights/'],
  ['Редактирование прав доступа РИС где кнопка', '/services/ris-rights/#ris-edit-access-rights'],
  [
    'флаг информация об участниках закупки по эл процедурам',
    '/services/ris-rights/#ris-set-participants-info-flag',
  ],
  ['какую дату предоставления доступа рис ставить', '/services/ris-rights/#ris-set-access-date'],
  [
    'работа с информационными системами какие опции отмечать',
    '/services/ris-rights/#ris-select-is-options',
  ],
  [
    'под кем перелогиниться после выдачи прав рис',
    '/services/ris-rights/#ris-relogin-as-admin-authority',
  ],
  ['кто может выдавать права рис какая роль нужна', '/services/ris-rights/#кто-может-это-сделать'],
  ['код рис нашего субъекта у кого узнать', '/services/ris-rights/#ris-find-region-ris'],
  ['ghfdf ljcnegf r hbc', '/services/ris-rights/'],
  ['токен или рис что нам выбрать', '/services/overview/#как-понять-какой-путь-ваш'],
  [
    'зачем режим настройка взаимодействия с сервисами еис',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'руководство администратора 1.5.3.3 keysystems',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'как понять зарегана ли система как рис в регионе',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  ['креды для альтернативной интеграции https', '/connect/https-credentials/'],
  ['логин пароль для интеграции где взять в лк еис', '/connect/https-credentials/'],
  [
    'каждый клик по ссылке данные для альтернативной интеграции новый пароль',
    '/connect/https-credentials/#https-click-alt-integration-link',
  ],
  ['скопировал пароль с пробелом в конце', '/connect/https-credentials/#https-copy-login-password'],
  [
    'когда жать продолжить в окне с логином и паролем',
    '/connect/https-credentials/#https-press-continue',
  ],
  [
    'закрыть регистрационные данные отменить или сохранить',
    '/connect/https-credentials/#https-close-with-cancel',
  ],
  [
    'директор школы может сам получить пароль для интеграции',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'какие документы уходят в еис по https план-график контракты',
    '/connect/https-credentials/#что-получится',
  ],
  ['kjuby gfhjkm tbc https', '/connect/https-credentials/'],
  ['куда вбить логин пароль еис в веб-торгах', '/connect/web-torgi-ks/'],
  [
    'Настройки -> Регистрационные данные в ЕИС не нахожу',
    '/connect/web-torgi-ks/#wtks-open-eis-registration-data',
  ],
  ['галка сменить пароль в системе', '/connect/web-torgi-ks/#wtks-tick-change-password'],
  [
    'какие обязательные поля в окне рег данных веб торги',
    '/connect/web-torgi-ks/#wtks-fill-required-fields',
  ],
  [
    'переотправить план-график в еис после смены пароля',
    '/connect/web-torgi-ks/#wtks-resend-document',
  ],
  ['вкладка ЕИС в окне регистрационных данных', '/connect/web-torgi-ks/#wtks-open-eis-tab'],
  ['нет доступа в веб-торги-кс куда писать', '/connect/web-torgi-ks/#что-понадобится'],
  ['перерегистрация организации новые креды еис', '/connect/re-registration/'],
  ['после перерегистрации доки не уходят в еис', '/connect/re-registration/'],
  ['перерегистрация сохранить в каком окне веб торги', '/connect/re-registration/#rereg-save-wtks'],
  [
    'перерегистрация кто вносит новый пароль в систему',
    '/connect/re-registration/#кто-может-это-сделать',
  ],
  [
    'ввел новый пароль после перерегистрации переотправил опять ошибка',
    '/connect/re-registration/#rereg-resend-document',
  ],
  ['идентификатор эдо где получить', '/activation/edo-identifier/'],
  ['импорт документов приемки из еис нужен идентификатор', '/activation/edo-identifier/'],
  [
    'ссылка выдача идентификатора участника электронного документооборота',
    '/activation/edo-identifier/#edo-click-issue-identifier-link',
  ],
  [
    'срок действия идентификатора эдо какую дату вписать',
    '/activation/edo-identifier/#edo-fill-expiry-date',
  ],
  [
    'кнопка сохранить в окне выдачи идентификатора сбросит пароль?',
    '/activation/edo-identifier/#edo-save-identifier',
  ],
  [
    'куда вводить идентификатор эдо в гоис',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  [
    'ошибка о некоректности логина и пароля при отправке',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'HTTP 401 Unauthorized при отправке плана-графика в zakupki',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'несоотвествие регистрационных данных пользователя в еис',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'Обнаружено несовпадение данных сертификата с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'Информация о недоступности отдельных функций ЕИС в сфере',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'пароль в веб торгах слетел кто-то снова нажал ссылку https',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'закрыл окно с паролем не успел записать',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'пользователь организации должен быть зарегистрирован в еис отправка не идет',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  ['токен просрочен', '/reference/troubleshooting/#err-token-expired'],
  ['истек срок действия идентификатора эдо', '/reference/troubleshooting/#err-edo-expired'],
  ['потерял идентификатор эдо не сохранил', '/reference/troubleshooting/#err-edo-not-saved'],
  [
    'не появился пункт Перечень региональных информационных сист',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  ['нет блока права доступа к рис в режиме', '/reference/troubleshooting/#err-ris-block-missing'],
  ['уполномоченное учреждение рис не работает', '/reference/troubleshooting/#err-extra-roles'],
  [
    'заполнил сервисы еис токен а ничего не поменялось',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  [
    'закрыто автоматически без возможности переоткрытия консультация',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'Если плагин не установлен пользователю будет предложено',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'консультацию закрыли после 3 переоткрытий',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],
  ['список ошибок интеграции веб-торги еис', '/reference/troubleshooting/'],
  ['гоис что это', '/reference/glossary/#gois'],
  ['расшифровка аббревиатур рис лк стп', '/reference/glossary/'],
  ['сервисы отдачи что это вообще', '/reference/glossary/#output-services'],
  [
    'администратор организации два полномочия в чем разница',
    '/reference/glossary/#org-administrator',
  ],
  ['журнал изменений инструкций', '/reference/changes/'],
  ['atom лента обновлений подписаться', '/reference/changes/'],
  ['как завести тикет в техподдержку еис', '/support/create-request/'],
  [
    'xml запрос и квитанцию приложить к обращению по интеграции',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  ['галочка Интеграция в обращении где', '/support/create-request/#tick-integration-flag'],
  [
    'консультация или ошибка какой вид обращения',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  ['не пускает в лк как написать в поддержку', '/support/create-request/#обращение-без-входа-в-лк'],
  [
    'закупка малого объема Да в форме обращения с 01.07.2026',
    '/support/create-request/#set-small-purchase-flag',
  ],
  [
    'несколько проблем в одном обращении можно',
    '/support/create-request/#четыре-правила-обращения',
  ],
  [
    'плагин фиксации действий обязателен для ошибки',
    '/support/create-request/#record-error-actions',
  ],
  ['телефон горячей линии еис', '/support/knowledge-base/#телефоны-поддержки'],
  ['база знаний еис faq где найти', '/support/knowledge-base/#база-знаний-еис'],
  ['канал еис в телеграм', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  ['сбой уже в новостях еис писать обращение?', '/support/knowledge-base/#новости-и-уведомления'],
  ['статусы обращений что значат', '/support/request-statuses/#что-означают-статусы'],
  ['сколько дней на ответ на запрос информации', '/support/request-statuses/#что-означают-статусы'],
  [
    'Обращение автоматически поменяет статус на «Закрыто» через 7 рабочих',
    '/support/request-statuses/#когда-обращение-закрывается',
  ],
  [
    'узнать срок решения тикета не создавая новый',
    '/support/request-statuses/#плановый-срок-решения',
  ],
  [
    'мои обращения все обращения организации где смотреть',
    '/support/request-statuses/#где-смотреть-свои-обращения',
  ],
  ['вести прогресс по 40 садикам отдельно', '/tools/progress/#organizacii'],
  ['экспорт отметок в файл перенести на другой комп', '/tools/progress/#perenos'],
  ['что сайт отправляет на сервер пароли не утекут', '/tools/progress/#что-сайт-отправляет'],
  ['напоминалка об окончании токена', '/tools/reminder/'],
  ['добавить в календарь ics срок идентификатора', '/tools/reminder/#когда-срок-подходит-к-концу'],
  ['с чего начать настройку интеграции с нуля', '/tools/start/'],
  ['отправить план коллеге ссылкой', '/tools/start/#где-хранится-план'],
  ['распечатать инструкцию для заведующих', '/print/'],
  ['вся инструкция одним pdf', '/print/'],
];
export const READ_77 = CORPUS_77;
