/**
 * Corpus 38a: reader questions for the site's search, written on 2026-12-06 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: a hospital procurement specialist with years in ЕИС but new to Web-Торги-КС: ЕИС jargon and abbreviations (ЛК, ЕСИА, ЕРУЗ, полномочия), 44-ФЗ and 223-ФЗ words mixed.
 * Written at the start of round 17 to the brief of corpora 25–36 and held out whole, as decided
 * before they arrived: never learned, never tuned on. Measured on arrival with round 16's last
 * engine. Kept in the order written.
 */
import type { Query } from './search-queries';

export const CORPUS_38a: readonly Query[] = [
  // короткие запросы
  ['тлефон тп еис', '/support/knowledge-base/#телефоны-поддержки'],
  ['пароль для интеграции https', '/connect/https-credentials/'],
  ['токен еис', '/services/token/'],
  ['идентификатр эдо', '/activation/edo-identifier/'],
  ['перерегестрация организации', '/connect/re-registration/'],
  ['код рис субъекта', '/services/ris-rights/#что-понадобится'],
  ['рис расшифровка', '/reference/glossary/#ris'],
  ['гоис что это', '/reference/glossary/#gois'],
  ['распечатать всю инструкцию', '/print/'],
  ['что нового на сайте', '/reference/changes/'],
  ['faq база знаний еис', '/support/knowledge-base/#часто-задаваемые-вопросы-faq'],
  ['статус запрос информации', '/support/request-statuses/#что-означают-статусы'],
  ['мои обращения где', '/support/request-statuses/#где-смотреть-свои-обращения'],
  ['галочка интеграция обращение', '/support/create-request/#обращение-по-вопросам-интеграции'],
  ['малый объем поле да', '/support/create-request/#шаги'],
  ['электронное активирование это', '/reference/glossary/#electronic-activation'],
  ['стп еис', '/reference/glossary/#stp'],
  ['напомнить срок токена', '/tools/reminder/'],
  ['отметки на другой компьютер', '/tools/progress/#perenos'],
  ['опросник настройки интеграции', '/tools/start/'],
  ['права рис 01.01.2022', '/services/ris-rights/#шаги'],
  ['календарь ics срок', '/tools/reminder/#когда-срок-подходит-к-концу'],
  ['лента atom', '/reference/changes/'],
  ['правила тп еис обращения', '/support/create-request/#четыре-правила-обращения'],
  ['админ организации полномочия', '/reference/glossary/#org-administrator'],

  // вопросы живой речью
  [
    'где в лк еис взять логин и пароль, чтобы веб-торги отправляли план-график',
    '/connect/https-credentials/#шаги',
  ],
  [
    'кто может получить пароль для интеграции, если у меня в лк только полномочие на размещение информации и документов?',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'в какой кабинет заходить за паролем для обмена — 44-фз или 223-фз?',
    '/connect/https-credentials/#что-понадобится',
  ],
  [
    'какие документы веб-торги вообще передают в еис — контракты, исполнение тоже или только планы?',
    '/connect/https-credentials/',
  ],
  [
    'куда в веб-торгах вводить логин и пароль от еис, в каком меню это',
    '/connect/web-torgi-ks/#шаги',
  ],
  [
    'после ввода пароля в веб-торги план-график, который раньше не ушел, надо отправлять заново?',
    '/connect/web-torgi-ks/#что-получится',
  ],
  [
    'какие обязательные поля заполнять в окне регистрационных данных в веб-торгах, там что-то пустое и не сохраняется',
    '/connect/web-torgi-ks/#шаги',
  ],
  [
    'наша больница прошла перерегистрацию в еис, надо ли что-то менять в веб-торгах и что именно',
    '/connect/re-registration/',
  ],
  [
    'как понять, нам нужен токен или права доступа к рис? мы гбуз, зарегистрирована ли система в регионе как рис — не знаю',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'на что влияет настройка сервисов еис в веб-торгах и работает ли она сейчас вообще, или это на перспективу',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  ['в каком разделе лк заказчика выдается токен и какой срок ему ставить', '/services/token/#шаги'],
  [
    'где в меню веб-торгов режим, куда вписывать токен и срок? и как его потом сохранить',
    '/services/token/#шаги',
  ],
  [
    'токен для сервиса отдачи где брать, в веб-торгах его никто не выдает',
    '/reference/troubleshooting/#err-token-where',
  ],
  [
    'вписали токен в веб-торги, флаг поставили, а ничего не изменилось — так и должно быть?',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  [
    'как продлить токен заранее, пока срок не вышел?',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  [
    'под каким пользователем давать права на рис — админ организации или лицо уполномоченное руководителем? у нас это разные люди',
    '/services/ris-rights/#кто-может-это-сделать',
  ],
  [
    'что рис нашего субъекта получит после настройки прав, к каким сведениям будет доступ?',
    '/services/ris-rights/#что-получится',
  ],
  [
    'ищу рис своей области в перечне и не вижу, по какому коду её искать?',
    '/reference/troubleshooting/#err-ris-not-found',
  ],
  [
    'у нас ещё роль уполномоченного органа, права на рис дали только под заказчиком, и работа в рис так и не пошла',
    '/reference/troubleshooting/#err-extra-roles',
  ],
  [
    'где вводить идентификатор эдо в веб-торгах, чтобы подтягивать документы приемки?',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  [
    'если нажать выдачу идентификатора эдо в той же карточке, пароль для интеграции не собьётся?',
    '/activation/edo-identifier/#шаги',
  ],
  [
    'потеряла идентификатор эдо, который копировала, можно его где-то посмотреть снова?',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  [
    'как написать в тп еис, если через есиа в лк не пускает',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  [
    'план-график не уходит в еис — какой вид обращения выбирать, консультация или ошибка?',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  [
    'можно в одном обращении написать и про токен, и про пароль, чтобы два раза не заводить?',
    '/support/create-request/#четыре-правила-обращения',
  ],
  [
    'сколько дней есть на ответ, если тп запросила доп. информацию по обращению',
    '/support/request-statuses/#что-означают-статусы',
  ],
  [
    'в каких случаях обращение закрывают без моего согласия?',
    '/support/request-statuses/#когда-обращение-закрывается',
  ],
  [
    'надо ли заводить новое обращение, чтобы узнать, когда решат старое?',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  [
    'база знаний еис открывается без авторизации или только из лк?',
    '/support/knowledge-base/#база-знаний-еис',
  ],
  [
    'ничего не помогло, документы из веб-торгов так и не уходят — куда дальше?',
    '/reference/troubleshooting/#if-nothing-helped',
  ],
  [
    'веду закупки за несколько учреждений — больница, поликлиника, фап. можно отмечать шаги и сроки по каждой отдельно?',
    '/tools/progress/#organizacii',
  ],
  ['сайт куда-то отправляет то, что я ввожу в поиск?', '/tools/progress/#что-сайт-отправляет'],
  [
    'этот сайт только для заказчиков или и для администраторов системы в регионе?',
    '/#для-кого-этот-сайт',
  ],
  [
    'что поменяли в инструкции по токену в последнем обновлении, действия теперь другие?',
    '/reference/changes/#page-services-token',
  ],
  ['сервисы отдачи — что это вообще и что они нам дадут?', '/reference/glossary/#output-services'],

  // сообщения об ошибках
  [
    'ошибка о некорректности логина и пароля при отправке в еис',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'пишет несоответствие регистрационных данных пользователя в ЕИС при отправке плана',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'Обнаружено несовпадение данных сертификата с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'на сайте «Информация о недоступности отдельных функций ЕИС в сфере закупок» что делать',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'в настройке взаимодействия с сервисами нет блока права доступа к рис',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  [
    'в администрировании не появился перечень региональных информационных систем',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  ['истек срок действия токена сервисы отдачи', '/reference/troubleshooting/#err-token-expired'],
  ['закончился срок идентификатора эдо что теперь', '/reference/troubleshooting/#err-edo-expired'],
  [
    'обращение закрыто автоматически без возможности переоткрытия, было консультация',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'не успела ответить на запрос информации, обращение закрылось',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'при создании обращения выскакивает установите плагин',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'нажали сохранить в регистрационных данных пользователя и пароль перестал подходить',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'закрыла окно с логином и паролем, не записала',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'не нажала продолжить в окне с паролем, теперь ошибка при отправке',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  [
    'пользователь организации должен быть зарегистрирован в ЕИС — выдает при отправке',
    '/reference/troubleshooting/#err-user-not-registered',
  ],

  // не та раскладка, транслит, опечатки
  ['gfhjkm tbc', '/connect/https-credentials/'],
  ['njrty tbc', '/services/token/'],
  ['ntktajy nt[gjllth;rb', '/support/knowledge-base/#телефоны-поддержки'],
  ["bltynbabrfnjh 'lj", '/activation/edo-identifier/'],
  ['gththtubcnhfwbz', '/connect/re-registration/'],
  ['cnfnecs j,hfotybq', '/support/request-statuses/'],
  ['kak poluchit token eis dlya servisov otdachi', '/services/token/#шаги'],
  [
    'oshibka nesootvetstvie registracionnyh dannyh',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  ['как получит идентефикатор эдо для приемки в лк еис', '/activation/edo-identifier/#шаги'],
  ['glossariy sokrascheniy eis', '/reference/glossary/'],

  // своими словами, жаргон
  [
    'интеграционный пароль слетел, админ перегенерил ссылкой https',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  ['ключ api еис для выгрузки данных в вебторги', '/services/token/'],
  [
    'после перерегистрации в ерузе новые логины в вебторги как занести',
    '/connect/re-registration/#шаги',
  ],
  ['тикет в тп еис завести', '/support/create-request/#шаги'],
  [
    'тикет висит в статусе открыто, исполнителя не назначили',
    '/support/request-statuses/#что-означают-статусы',
  ],
  [
    'запись экрана для тп еис обязательна?',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  [
    'главврача не пускает в лк по эцп, ругается на сертификат',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'логи обмена xml для тп еис откуда выгрузить',
    '/reference/troubleshooting/#err-integration-request-files',
  ],
  ['чат поддержки еис в мессенджере', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  ['горячая линия закупки гов', '/support/knowledge-base/#телефоны-поддержки'],
  ['акты приемки электронные подтянуть из еис в вебторги', '/activation/edo-identifier/'],
  [
    'баннер на закупках про сбой, писать ли тикет',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'синхронизация веб торгов с закупки гов не работает, с чего начать разбираться',
    '/reference/troubleshooting/#diagnostic',
  ],
  ['связка вебторгов с еис с нуля, план действий', '/tools/start/'],
  ['где на сайте калькуляторы и справочник', '/#как-устроен-сайт'],
];

export const HELD_OUT_38a = CORPUS_38a;
