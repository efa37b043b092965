/**
 * Corpus 32b: reader questions for the site's search, written on 2026-12-06 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: a newcomer who replaced a colleague that quit and does not know what was already done: is the integration set up, where is the login, the head changed, the organisation was re-registered, the token may have expired; «как понять», «где посмотреть».
 * Written in round 16 to the brief of corpora 25–30 (a set share of wrong layouts, translit,
 * pasted messages and words the site does not use) and held out whole, as decided before they
 * arrived: never learned, never tuned on. Measured on arrival with round 15's last engine.
 * Kept in the order written.
 */
import type { Query } from './search-queries';

export const CORPUS_32b: readonly Query[] = [
  // короткие запросы
  ['еис телефон круглосуточный', '/support/knowledge-base/#телефоны-поддержки'],
  ['токен еис', '/services/token/'],
  ['перерегестрация организации', '/connect/re-registration/'],
  ['индетификатор эдо', '/activation/edo-identifier/'],
  ['доступ к рис', '/services/ris-rights/'],
  ['код рис региона', '/services/ris-rights/#что-понадобится'],
  ['статус в работе что значит', '/support/request-statuses/#что-означают-статусы'],
  ['словарь сокращений', '/reference/glossary/'],
  ['гоис', '/reference/glossary/#gois'],
  ['распечатать все инструкции', '/print/'],
  ['напоминалка срок', '/tools/reminder/'],
  ['база знаний еис где', '/support/knowledge-base/#база-знаний-еис'],
  ['мои обращения где найти', '/support/request-statuses/#где-смотреть-свои-обращения'],
  ['xml файлы обращение', '/support/create-request/#обращение-по-вопросам-интеграции'],
  ['галка сменить пароль', '/connect/web-torgi-ks/#шаги'],
  ['малый объем обращение да', '/support/create-request/#шаги'],
  ['история изменений', '/reference/changes/'],
  ['еис новости сбой', '/support/knowledge-base/#новости-и-уведомления'],
  ['консультация или ошибка', '/support/create-request/#вид-обращения-консультация-или-ошибка'],
  ['сервисы отдачи это', '/reference/glossary/#output-services'],
  ['стп расшифровка', '/reference/glossary/#stp'],
  ['электронное активирование что это', '/reference/glossary/#electronic-activation'],
  ['лк что такое', '/reference/glossary/#lk'],
  ['faq еис', '/support/knowledge-base/#часто-задаваемые-вопросы-faq'],
  ['документы приемки', '/reference/glossary/#acceptance-documents'],

  // полные вопросы
  [
    'как понять, настроена ли у нас уже связь веб-торгов с еис? коллега уволилась и ничего не передала',
    '/connect/web-torgi-ks/#что-получится',
  ],
  [
    'я новенькая и вообще не понимаю, что из этого нам надо настраивать, с чего начинать?',
    '/tools/start/',
  ],
  [
    'где в веб-торгах посмотреть, какой логин от еис там сейчас забит',
    '/connect/web-torgi-ks/#шаги',
  ],
  [
    'можно ли в личном кабинете еис просто посмотреть текущий пароль для интеграции, чтобы он при этом не поменялся?',
    '/connect/https-credentials/#что-получится',
  ],
  [
    'у нас сменился директор, как зарегистрировать сертификат нового руководителя в личном кабинете?',
    '/support/knowledge-base/#часто-задаваемые-вопросы-faq',
  ],
  ['где видно, до какого числа действует наш токен?', '/services/token/#что-получится'],
  [
    'как понять, веб-торги в нашем регионе зарегистрированы как рис или нет, и что от этого зависит?',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'зачем в веб-торгах режим настройки взаимодействия с сервисами еис, он вообще сейчас на что-то влияет?',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'кто в организации имеет право получить логин и пароль для интеграции? обязательно руководитель?',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'права на рис выдавать от своего имени или от админа, под кем заходить?',
    '/services/ris-rights/#кто-может-это-сделать',
  ],
  [
    'как убедиться, что права доступа к рис выдались нормально, что должно появиться?',
    '/services/ris-rights/#что-получится',
  ],
  [
    'какую дату предоставления доступа указывать для рис, любую или какую-то конкретную',
    '/services/ris-rights/#шаги',
  ],
  [
    'а зачем вообще нужен этот идентификатор эдо, что с ним потом делают?',
    '/activation/edo-identifier/#что-получится',
  ],
  [
    'организацию перерегистрировали, документы в еис перестали уходить — что делать по порядку и в еис, и в веб-торгах?',
    '/connect/re-registration/#шаги',
  ],
  [
    'что учесть, когда пишешь обращение, чтобы его не закрыли сразу',
    '/support/create-request/#четыре-правила-обращения',
  ],
  [
    'обращение в статусе решено, но проблема осталась — сколько дней есть, чтобы его переоткрыть?',
    '/support/request-statuses/#когда-обращение-закрывается',
  ],
  [
    'как поставить себе напоминание, когда заканчивается срок идентификатора, и где оно потом всплывёт?',
    '/tools/reminder/#добавить-напоминание',
  ],
  [
    'можно ли напоминание о сроке токена выгрузить в календарь аутлука?',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  [
    'я веду интеграцию за несколько школ и детсадов, можно отмечать шаги по каждой организации отдельно?',
    '/tools/progress/#organizacii',
  ],
  [
    'как перенести свои отметки по шагам с домашнего компьютера на рабочий',
    '/tools/progress/#perenos',
  ],
  [
    'сайт куда-то сохраняет то, что я ищу? не утекут ли пароли, если я вставлю их в поиск',
    '/tools/progress/#что-сайт-отправляет',
  ],
  [
    'когда в последний раз меняли инструкцию про токен и что именно поменяли',
    '/reference/changes/#page-services-token',
  ],
  [
    'подойдёт ли мне этот сайт, если я просто сотрудник заказчика, а не админ системы?',
    '/#для-кого-этот-сайт',
  ],
  [
    'сколько ждать решения по обращению и где это видно, или надо писать ещё раз?',
    '/support/request-statuses/#плановый-срок-решения',
  ],
  [
    'чем отличается администратор организации от лица, уполномоченного руководителем, это одно и то же?',
    '/reference/glossary/#org-administrator',
  ],
  [
    'если документы уже уходят по логину и паролю, нужно ли ещё отдельно настраивать токен?',
    '/services/token/#что-дальше',
  ],
  [
    'где в веб-торгах вводить идентификатор эдо и как потом загрузить документы приемки?',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  [
    'как продлить токен, если срок скоро закончится, в еис есть кнопка продления?',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  [
    'еис сама предупреждает, что срок токена или идентификатора подходит к концу, или надо следить самой?',
    '/tools/reminder/',
  ],
  [
    'в каком меню веб-торгов найти настройку взаимодействия с сервисами еис? не могу найти, куда вписывать токен',
    '/services/token/#шаги',
  ],
  [
    'что делать, когда что-то сломалось в еис: сразу звонить в поддержку или сначала искать самой?',
    '/support/knowledge-base/#порядок-действий-при-проблеме',
  ],
  [
    'получила логин и пароль в еис, а дальше что, куда их?',
    '/connect/https-credentials/#что-дальше',
  ],
  [
    'у меня самой нет доступа в веб-торги, как тогда ввести пароль от еис?',
    '/connect/web-torgi-ks/#что-понадобится',
  ],
  [
    'в моих обращениях видно обращения уволившейся коллеги или только мои?',
    '/support/request-statuses/#где-смотреть-свои-обращения',
  ],
  ['как тут на сайте всё устроено, в каком разделе что искать', '/#как-устроен-сайт'],

  // сообщения об ошибках
  [
    'ошибка о некорректности логина и пароля',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'логин или пароль некорректны, а вчера всё уходило',
    '/reference/troubleshooting/#login-password',
  ],
  [
    'несоответствие регистрационных данных пользователя в ЕИС',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'Обнаружено несовпадение данных сертификата с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'Информация о недоступности отдельных функций ЕИС',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'в администрировании нет пункта перечень региональных информационных систем',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  [
    'не вижу блок права доступа к рис в настройке взаимодействия',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  [
    'Работа с обращениями в статусе Закрыто далее не осуществляется',
    '/reference/troubleshooting/#err-request-closed',
  ],
  [
    'еис при создании обращения просит установить какой-то плагин',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'обращение автоматически поменяет статус на закрыто через 7 рабочих дней без возможности переоткрытия',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  ['срок действия токена истек что делать', '/reference/troubleshooting/#err-token-expired'],
  [
    'истек срок действия идентификатора участника эдо',
    '/reference/troubleshooting/#err-edo-expired',
  ],
  [
    'пользователь организации должен быть зарегистрирован в ЕИС',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  [
    'закрыто автоматически без возможности переоткрытия консультация',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'решено после 3 несогласий (переоткрытий)',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],

  // раскладка, транслит, опечатки
  ['gfhjkm tbc', '/connect/https-credentials/'],
  ['njrty bcntr', '/reference/troubleshooting/#err-token-expired'],
  ['gththtubcnhfwbz', '/connect/re-registration/'],
  ["bltynbabrfnjh 'lj", '/activation/edo-identifier/'],
  ['j,hfotybt d gjllth;re', '/support/create-request/'],
  ['kak poluchit login i parol eis dlya integracii', '/connect/https-credentials/#шаги'],
  [
    'pereregistraciya organizacii oshibka',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  ['tehpodderzhka eis telefon', '/support/knowledge-base/#телефоны-поддержки'],
  ['индефикатор учасника эдо как выдать', '/activation/edo-identifier/#шаги'],
  ['вэб торги регистрацыонные данные в еис сохронить', '/connect/web-torgi-ks/#шаги'],

  // своими словами
  ['ключ для выгрузки данных из госзакупок', '/services/token/'],
  ['пароль от госзакупок для торгов где взять', '/connect/https-credentials/'],
  [
    'тикет в техподдержку госзакупок закрылся сам',
    '/support/request-statuses/#когда-обращение-закрывается',
  ],
  ['горячая линия госзакупок', '/support/knowledge-base/#телефоны-поддержки'],
  [
    'у директора новая эцп и его в кабинет не пускает',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'коллега тыкнула ссылку с паролем и у нас всё слетело',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'нажала сохранить в карточке юзера и пароль слетел',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'закрыла окошко с паролем, не успела скопировать',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'забыла нажать продолжить, когда генерила пароль',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  ['выгрузка в закупки не идёт вообще, куда копать', '/reference/troubleshooting/#diagnostic'],
  ['записалка экрана для техподдержки еис', '/reference/glossary/#action-recording-plugin'],
  ['токен вбили, а толку ноль', '/reference/troubleshooting/#err-services-setting-no-effect'],
  ['наш регион не ищется в списке рис', '/reference/troubleshooting/#err-ris-not-found'],
  [
    'у нас контора ещё и уполномоченный орган, рис никак не заводится',
    '/reference/troubleshooting/#err-extra-roles',
  ],
  [
    'в кабинет не пускает, а надо срочно тикет завести',
    '/reference/troubleshooting/#err-cannot-login-request',
  ],
];

export const HELD_OUT_32b = CORPUS_32b;
