/**
 * Corpus 8a: reader questions for the site's search, written on 2026-12-05 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora. The reader is an
 * older, non-technical school or kindergarten accountant or rural clerk typing short, broken,
 * lower-case queries (some on the Latin layout); the mix covers each guide's task, failures told
 * in their words, glossary words, support phones and statuses, printing, ticks and reminders.
 * Kept in the order written; split once, mechanically,
 * by position (corpus-split.ts): even positions tune, odd positions are held out. Never reorder.
 */
import { byPosition } from './corpus-split';
import type { Query } from './search-queries';

export const CORPUS_8a: readonly Query[] = [
  // Home page: what the site holds
  ['сайт этот про что, какие тут разделы есть', '/#как-устроен-сайт'],
  // Getting the HTTPS login and password in the ЕИС cabinet
  ['где в еис брать логин и пароль чтоб веб торги отправляли планы', '/connect/https-credentials/'],
  ['ult dpznm gfhjkm lkz byntuhfwbb', '/connect/https-credentials/'],
  [
    'я бухгалтер без админских прав, кто у нас может этот пароль получить',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'окошко с логином и паролем выскочило, как скопировать чтоб пробел не попал',
    '/connect/https-credentials/',
  ],
  [
    'что надо подготовить прежде чем в кабинете еис пароль получать',
    '/connect/https-credentials/#что-понадобится',
  ],
  [
    'там кнопки продолжить отменить сохранить, какую жать после того как пароль переписала',
    '/connect/https-credentials/',
  ],
  [
    'в списке пользователей организации кнопочка с полосками, потом регистрационные данные и ссылка про https',
    '/connect/https-credentials/',
  ],
  // Entering the login and password into Web-Торги-КС
  ['куда вставлять цифры из еис в веб торгах', '/connect/web-torgi-ks/'],
  [
    'кто вписывает логин в торги, сам сотрудник или наш администратор',
    '/connect/web-torgi-ks/#кто-может-это-сделать',
  ],
  [
    'в вебторгах меню настройки регистрационные данные в еис что там заполнять',
    '/connect/web-torgi-ks/',
  ],
  ['где галка сменить пароль в веб торгах', '/connect/web-torgi-ks/'],
  ['пароль из еис надо два раза набирать? в какие поля', '/connect/web-torgi-ks/'],
  // After the organisation's re-registration
  [
    'нашу организацию перерегистрировали в еис, что теперь в веб торгах менять',
    '/connect/re-registration/',
  ],
  ['gjckt gththtubcnhfwbb yjdsq kjuby', '/connect/re-registration/'],
  [
    'перерегистрация до конца 2016 года это нас касается? что в системе делать',
    '/connect/re-registration/',
  ],
  [
    'после перерегистрации кто из сотрудников может новые данные в кабинете посмотреть',
    '/connect/re-registration/#кто-может-это-сделать',
  ],
  [
    'еис сама раздала новые логины после перерегистрации, их куда девать',
    '/connect/re-registration/',
  ],
  // Services mode: token or РИС
  ['токен или рис как понять что нам настраивать', '/services/overview/#как-понять-какой-путь-ваш'],
  [
    'настройка взаимодействия с сервисами еис это что за режим, за что отвечает',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  ['в веб торгах настройка сервисов еис, с чего ее начинать вообще', '/services/overview/'],
  [
    'откуда знать наши торги зарегистрированы как рис или нет',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  // Token for the output services
  ['rfr gjkexbnm njrty', '/services/token/'],
  ['на какой срок ставить токен в кабинете заказчика', '/services/token/'],
  ['чья учетка нужна чтоб токен выдать', '/services/token/#кто-может-это-сделать'],
  ['в торгах поля идентификатор и срок действия в блоке токен что туда писать', '/services/token/'],
  ['галочку разрешить использование сервисов отдачи где ставить в еис', '/services/token/'],
  // Access rights for РИС
  ['как дать права рис в кабинете заказчика еис', '/services/ris-rights/'],
  [
    'под кем заходить чтоб права для рис выдать, роль какая нужна',
    '/services/ris-rights/#кто-может-это-сделать',
  ],
  ['дата 01.01.2022 куда ее вбивать', '/services/ris-rights/'],
  ['раздел работа с информационными системами там все галочки ставить?', '/services/ris-rights/'],
  ['что должно появиться когда права рис настроим', '/services/ris-rights/#что-получится'],
  ['кнопка подписать в правах доступа для рис', '/services/ris-rights/'],
  ['после прав надо выйти из кабинета и зайти обратно или нет', '/services/ris-rights/'],
  // ЭДО participant identifier
  ["bltynbabrfnjh 'lj", '/activation/edo-identifier/'],
  [
    'акты приемки тянуть из еис, говорят нужен какой то идентификатор, где его брать',
    '/activation/edo-identifier/',
  ],
  [
    'кто может идентификатор для документооборота получить, у меня прав нет',
    '/activation/edo-identifier/#кто-может-это-сделать',
  ],
  ['срок действия у идентификатора эдо дату самой вписывать?', '/activation/edo-identifier/'],
  [
    'куда потом вставлять идентификатор эдо в нашей программе',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  ['электронное активирование что настроить в еис заказчику', '/activation/edo-identifier/'],
  // Creating a request to ЕИС support
  ['yfgbcfnm d nt[gjllth;re', '/support/create-request/'],
  [
    'консультация или ошибка что выбирать когда пишешь в поддержку',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  [
    'что нужно приготовить для обращения в поддержку еис',
    '/support/create-request/#что-понадобится',
  ],
  [
    'можно в одной заявке написать про три проблемы сразу',
    '/support/create-request/#четыре-правила-обращения',
  ],
  [
    'в заявке в поддержку есть галочка интеграция, когда ее ставить',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  ['закупка малого объема в обращении где да поставить', '/support/create-request/'],
  // Request statuses and «Мои обращения»
  ['статус запрос информации что значит', '/support/request-statuses/#что-означают-статусы'],
  [
    'где посмотреть мои заявки в поддержку еис которые отправляла',
    '/support/request-statuses/#где-смотреть-свои-обращения',
  ],
  [
    'плановый срок решения это что за дата такая',
    '/support/request-statuses/#плановый-срок-решения',
  ],
  [
    'обращение висит открыто уже который день, это что значит',
    '/support/request-statuses/#что-означают-статусы',
  ],
  ['в каких случаях обращение закрывают', '/support/request-statuses/#когда-обращение-закрывается'],
  [
    'вкладки черновики открытые закрытые, где переключить на обращения организации',
    '/support/request-statuses/#страница-техническая-поддержка',
  ],
  // Knowledge base, news, channels and phones
  ['позвонить в еис', '/support/knowledge-base/#телефоны-поддержки'],
  ['база знаний еис где там инструкции и видео уроки', '/support/knowledge-base/#база-знаний-еис'],
  ['ntktajy gjllth;rb', '/support/knowledge-base/#телефоны-поддержки'],
  ['у еис есть канал в телеграме или в максе', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  [
    'еис тормозит может у всех так, где глянуть новости о сбоях',
    '/support/knowledge-base/#новости-и-уведомления',
  ],
  [
    'часто задаваемые вопросы по еис какие там разделы',
    '/support/knowledge-base/#часто-задаваемые-вопросы-faq',
  ],
  [
    'проблема в еис, сразу звонить или сперва самой искать, порядок какой',
    '/support/knowledge-base/#порядок-действий-при-проблеме',
  ],
  // Failures in the reader's words: the dictionary of errors
  ['пароль не идет', '/reference/troubleshooting/#err-login-password-incorrect'],
  [
    'вчера все уходило а сегодня коллега лазила в еис и пароль в торгах не подходит',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  ['ytdthysq gfhjkm ghb jnghfdrt', '/reference/troubleshooting/#err-login-password-incorrect'],
  [
    'нажала сохранить в карточке пользователя в еис, теперь пароль другой?',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'закрыла окошко с паролем не успела переписать',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'забыла нажать продолжить когда пароль показали',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  [
    'ошибка какаято при отправке плана, пишет регистрационные данные не соответствуют',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'у директора не входит в еис, пишет несовпадение данных сертификата',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'еис пишет недоступность отдельных функций, что делать',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'заполнили токен в настройке сервисов а толку никакого ничего не меняется',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  [
    'в настройке сервисов еис нету блока права доступа к рис',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  [
    'права дала, перезашла, а перечня региональных систем в администрировании нет',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  ['не могу найти нашу рис в списке систем', '/reference/troubleshooting/#err-ris-not-found'],
  [
    'у нас еще уполномоченный орган, с рис ничего не получается',
    '/reference/troubleshooting/#err-extra-roles',
  ],
  ['токен просрочился что теперь', '/reference/troubleshooting/#err-token-expired'],
  ['кончился срок у идентификатора эдо', '/reference/troubleshooting/#err-edo-expired'],
  ['обращение закрыли а проблема так и осталась', '/reference/troubleshooting/#err-request-closed'],
  [
    'написала консультацию про ошибку и ее сразу закрыли',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'обращение закрыли сказали что это уже в новостях было',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  [
    'не успела ответить на запрос информации, заявка закрылась',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'было решено а через неделю само закрылось, я не подтверждала',
    '/reference/troubleshooting/#err-request-resolved-closed',
  ],
  [
    'когда пишу в поддержку выскакивает установить плагин какой то',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'не пускает в личный кабинет а надо в поддержку написать',
    '/reference/troubleshooting/#err-cannot-login-request',
  ],
  [
    'создать еще одну заявку чтоб узнать когда решат первую?',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  // What is this word: glossary terms
  ['что такое рис', '/reference/glossary/#ris'],
  ['эдо расшифровка', '/reference/glossary/#edo'],
  ['xnj nfrjt kr', '/reference/glossary/#lk'],
  ['гоис это что за система такая', '/reference/glossary/#gois'],
  ['сервисы отдачи это вообще что', '/reference/glossary/#output-services'],
  ['стп тп это кто', '/reference/glossary/#stp'],
  ['документы приемки это какие', '/reference/glossary/#acceptance-documents'],
  ['администратор организации это кто в еис', '/reference/glossary/#org-administrator'],
  ['плагин фиксации действий что это', '/reference/glossary/#action-recording-plugin'],
  [
    'альтернативная интеграция по https простыми словами что это',
    '/reference/glossary/#https-integration',
  ],
  // Tool: where to start
  ['не знаю с чего начинать настройку, какая инструкция мне нужна', '/tools/start/'],
  ['ответить на вопросики и чтоб план составили', '/tools/start/'],
  // Tool: my progress
  ['ult vjb ufkjxrb', '/tools/progress/'],
  ['как перенести отметки на другой компьютер', '/tools/progress/#perenos'],
  ['веду три садика, как отмечать для каждого отдельно', '/tools/progress/#organizacii'],
  ['снять все галочки и начать сначала', '/tools/progress/#perenos'],
  // Tool: deadline reminder
  ['yfgjvbyfybt j chjrt', '/tools/reminder/'],
  ['напомнить чтоб не пропустить когда токен кончается', '/tools/reminder/'],
  ['срок в календарь аутлук добавить файлом', '/tools/reminder/'],
  // Printing everything
  ['hfcgtxfnfnm dct bycnherwbb', '/print/'],
  ['хочу всю инструкцию одним файлом пдф на бумагу', '/print/'],
  // What changed on the site
  ['что поменяли в инструкциях последнее время', '/reference/changes/'],
];

/** The tuning half: the even positions of CORPUS_8a. */
export const TUNING_8a = byPosition(CORPUS_8a, 0);

/** The held-out half: the odd positions of CORPUS_8a, never tuned on. */
export const HELD_OUT_8a = byPosition(CORPUS_8a, 1);
