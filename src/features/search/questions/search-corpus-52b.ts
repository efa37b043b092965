/**
 * Corpus 52b: reader questions for the site's search, written on 2026-12-07 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: 23-year-old IT intern at a district administration connecting 15 subordinate schools; short lowercase queries, English tech jargon, some translit.
 * Held out whole, as decided before it arrived: never learned, never tuned on. Kept in the order
 * written.
 */
import type { Query } from './search-queries';

export const CORPUS_52b: readonly Query[] = [
  ['креды для интеграции где взять', '/connect/https-credentials/'],
  ['логин не валид при отправке в еис', '/reference/troubleshooting/#err-login-password-incorrect'],
  ['токен протух что делать', '/reference/troubleshooting/#err-token-expired'],
  ['интеграция через https логин пароль', '/connect/https-credentials/'],
  ['куда вбивать креды в веб торгах', '/connect/web-torgi-ks/#шаги'],
  ['gfhjkm tbc', '/connect/https-credentials/'],
  ['njrty', '/services/token/'],
  ['у меня 15 школ, можно прогресс вести по каждой отдельно?', '/tools/progress/#organizacii'],
  [
    'кликнул ссылку альтернативная интеграция второй раз и пароль слетел',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'пароль сбросился после кнопки сохранить в регданных',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'закрыл окно с паролем не скопировал',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  ['забыл нажать продолжить', '/reference/troubleshooting/#err-continue-not-pressed'],
  [
    'несоответствие регистрационных данных пользователя в еис',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  ['pereregistraciya organizacii eis', '/connect/re-registration/'],
  [
    'обнаружено несовпадение данных сертификата с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  ['рис или токен как понять что нам', '/services/overview/#как-понять-какой-путь-ваш'],
  ['рис расшифровка', '/reference/glossary/#ris'],
  ['сервисы отдачи это че вообще', '/reference/glossary/#output-services'],
  ['токен для апи еис где генерить', '/services/token/#шаги'],
  ['на какой срок ставить токен', '/services/token/#шаги'],
  ['флаг разрешить использование сервисов отдачи', '/services/token/#шаги'],
  [
    'заполнил настройку взаимодействия с сервисами и ничего не поменялось',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  ['нет блока права доступа к рис', '/reference/troubleshooting/#err-ris-block-missing'],
  [
    'перечень региональных информационных систем не появился в администрировании',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  ['не могу найти рис нашего субъекта в списке', '/reference/troubleshooting/#err-ris-not-found'],
  ['ghfdf ljcnegf r hbc', '/services/ris-rights/'],
  ['дата предоставления доступа 01.01.2022', '/services/ris-rights/#шаги'],
  ['кнопка подписать права рис', '/services/ris-rights/#шаги'],
  [
    'у школы еще роль уполномоченный орган рис не работает',
    '/reference/troubleshooting/#err-extra-roles',
  ],
  ['работа с информационными системами все галки ставить?', '/services/ris-rights/#шаги'],
  ['идентефикатор эдо где взять', '/activation/edo-identifier/'],
  ['эдо айди срок истек', '/reference/troubleshooting/#err-edo-expired'],
  ['потерял идентификатор эдо не сохранил', '/reference/troubleshooting/#err-edo-not-saved'],
  [
    'куда вставлять идентификатор эдо в вебторгах',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  ['электронное активирование это что', '/reference/glossary/#electronic-activation'],
  ['импорт документов приемки из еис что нужно', '/activation/edo-identifier/'],
  ['напоминалка когда токен кончится', '/tools/reminder/'],
  ['выгрузить дедлайн в календарь ics', '/tools/reminder/#когда-срок-подходит-к-концу'],
  ['с чего начать настройку', '/tools/start/'],
  ['перенести отметки на другой комп', '/tools/progress/#perenos'],
  ['сайт куда то шлет мои данные? логи поиска', '/tools/progress/#что-сайт-отправляет'],
  ['распечатать всю инструкцию', '/print/'],
  ['pdf всей инструкции одним файлом', '/print/'],
  ['телефон техподдержки еис', '/support/knowledge-base/#телефоны-поддержки'],
  ['как завести тикет в тп еис', '/support/create-request/#шаги'],
  [
    'тикет по интеграции какие файлы крепить',
    '/reference/troubleshooting/#err-integration-request-files',
  ],
  [
    'xml файлы обмена где взять для обращения',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  [
    'консультация или ошибка какой тип выбрать',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  [
    'обращение закрыли автоматом консультация без переоткрытия',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'еис просит поставить плагин при создании обращения',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  ['статус запрос информации что значит', '/support/request-statuses/#что-означают-статусы'],
  ['тикет был решено и закрылся сам', '/reference/troubleshooting/#err-request-resolved-closed'],
  ['плановый срок решения где смотреть', '/support/request-statuses/#плановый-срок-решения'],
  ['мои обращения где', '/support/request-statuses/#где-смотреть-свои-обращения'],
  [
    'не могу залогиниться в лк чтобы создать обрашение',
    '/reference/troubleshooting/#err-cannot-login-request',
  ],
  ['тикет без входа в лк через профиль', '/support/create-request/#обращение-без-входа-в-лк'],
  ['база знаний еис где', '/support/knowledge-base/#база-знаний-еис'],
  ['faq еис категории', '/support/knowledge-base/#часто-задаваемые-вопросы-faq'],
  ['телеграм канал еис', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  [
    'еис лежит недоступность отдельных функций',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  ['где смотреть новости еис про сбои', '/support/knowledge-base/#новости-и-уведомления'],
  ['закупка малого объема в обращении поле да', '/support/create-request/#шаги'],
  ['гоис что за зверь', '/reference/glossary/#gois'],
  [
    'у каждой школы свой юзер, креды получать под каждым? кто может выдать',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  ['настройки регистрационные данные в еис где в вебторгах', '/connect/web-torgi-ks/#шаги'],
  ['галка сменить пароль', '/connect/web-torgi-ks/#шаги'],
  ['какие обязательные поля в окне регданных веб торгов', '/connect/web-torgi-ks/#шаги'],
  ['что поменялось в инструкции', '/reference/changes/'],
  ['atom лента изменений', '/reference/changes/'],
  [
    'как добавить нового юзера школы в еис чтоб мог отправлять',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  ['стп тп расшифровка', '/reference/glossary/#stp'],
  ['для кого вообще этот сайт', '/#для-кого-этот-сайт'],
  ['на картинках схемы а не скрины?', '/#для-кого-этот-сайт'],
  ['ytn cdzpb c tbc', '/reference/troubleshooting/#diagnostic'],
  ['доки не уходят в еис', '/reference/troubleshooting/#diagnostic'],
  [
    'обращение закрылось не ответил на запрос инфы',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'переоткрывал консультацию 3 раза и ее закрыли',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],
  [
    'проблема была в новостях и тикет закрыли',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  ['статус закрыто можно переоткрыть?', '/reference/troubleshooting/#err-request-closed'],
  ['новый тикет создавать чтоб узнать сроки?', '/reference/troubleshooting/#err-request-deadline'],
  [
    'администратор организации и лицо уполномоченное руководителем разница',
    '/reference/glossary/#org-administrator',
  ],
  ['под каким юзером делать настройку рис', '/services/ris-rights/#кто-может-это-сделать'],
  [
    'режим настройка взаимодействия с сервисами еис зачем он',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'версия еис 13.1 настройка не обрабатывается',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'руководство администратора 1.5.3.3 keysystems',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  ['токкен в вебторгах поле идентификатор и срок действия', '/services/token/#шаги'],
  ['токен продлить можно или только новый', '/tools/reminder/#когда-срок-подходит-к-концу'],
  ['yfgjvbyfybt', '/tools/reminder/'],
  ['как удалить напоминание', '/tools/reminder/#vashi-napominaniya'],
  ['план настройки скинуть коллеге ссылкой', '/tools/start/'],
  ['не знаю что надо настраивать для школы', '/tools/start/#вопросы'],
  ['почему при каждом клике новый пароль генерится', '/connect/https-credentials/#шаги'],
  ['перерегестрация до конца 2016 это еще актуально?', '/connect/re-registration/'],
  [
    'школа перерегистрировалась как обновить логин пароль в веб торгах',
    '/connect/re-registration/#шаги',
  ],
  ['какие доки вебторги шлют в еис, план график?', '/connect/https-credentials/#что-получится'],
  ['webtorgi ks eis login vvod', '/connect/web-torgi-ks/'],
  ['chto takoe token servisov otdachi', '/reference/glossary/#token'],
  ['не могу войти в веб-торги кс сам', '/connect/web-torgi-ks/#что-понадобится'],
  ['чеклисты всех инструкций', '/tools/progress/#vse-spiski'],
  [
    'сохранить в окне выдачи идентификатора эдо пароль не собьет?',
    '/activation/edo-identifier/#шаги',
  ],
];

export const HELD_OUT_52b = CORPUS_52b;
