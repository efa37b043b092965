/**
 * Corpus 10a: reader questions for the site's search, written on 2026-12-05 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora. The reader is the
 * director of a small rural school or kindergarten who is also its only procurement person: short,
 * practical questions about who must do a step, deadlines, what to tick or sign and how to reach
 * support, mixing full questions, imperative fragments, colloquial words, typos and queries typed
 * on the Latin layout by mistake. Kept in the order written; split once, mechanically,
 * by position (corpus-split.ts): even positions tune, odd positions are held out. Never reorder.
 */
import { byPosition } from './corpus-split';
import type { Query } from './search-queries';

export const CORPUS_10a: readonly Query[] = [
  // Home: who the site is for
  [
    'сайт этот для кого, для нас заказчиков или для администраторов района?',
    '/#для-кого-этот-сайт',
  ],

  // Login and password for HTTPS integration (getting them in the EIS cabinet)
  [
    'кто у нас в школе получает логин и пароль для интеграции, обязательно я как директор?',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'бухгалтер уволилась и пароль от интеграции с ЕИС унесла, как получить новый',
    '/connect/https-credentials/',
  ],
  [
    'что приготовить перед тем как получать пароль для HTTPS',
    '/connect/https-credentials/#что-понадобится',
  ],
  ['где в кабинете ЕИС взять логин и пороль для веб торгов', '/connect/https-credentials/'],
  ['gfhjkm lkz byntuhfwbb c tbc', '/connect/https-credentials/'],
  [
    'после кнопки продолжить какой кнопкой закрывать регистрационные данные пользователя',
    '/connect/https-credentials/',
  ],
  [
    'сделать пароль для интеграции постоянным, чтобы больше не менялся',
    '/connect/https-credentials/',
  ],

  // Entering the login and password in Web-Torgi-KS
  ['куда в веб-торгах вписать логин с паролем из ЕИС', '/connect/web-torgi-ks/'],
  [
    'пароль в Web-Торги-КС вносит сам сотрудник или районный администратор?',
    '/connect/web-torgi-ks/#кто-может-это-сделать',
  ],
  ['ddtcnb gfhjkm d dt, njhub', '/connect/web-torgi-ks/'],
  [
    'галочку сменить пароль ставить обязательно когда ввожу новый пароль?',
    '/connect/web-torgi-ks/',
  ],
  ['вообще не могу зайти в веб торги, к кому идти', '/connect/web-torgi-ks/#что-понадобится'],
  [
    'ввела логин и пароль в настройках, а план-график который не ушел теперь отправлять заново?',
    '/connect/web-torgi-ks/',
  ],

  // After the organisation was re-registered in EIS
  ['нас перерегистрировали в ЕИС, надо ли что-то менять в веб-торгах', '/connect/re-registration/'],
  [
    'после перерегистрации кто должен узнать новый логин, я или завхоз',
    '/connect/re-registration/#кто-может-это-сделать',
  ],
  ['lfyyst gjckt gththtubcnhfwbb', '/connect/re-registration/'],
  ['перерегестрация организации новый пароль куда вводить', '/connect/re-registration/'],
  [
    'порядок при перерегистрации: сначала в ЕИС, потом в веб торгах?',
    '/connect/re-registration/#шаги',
  ],
  [
    'после перерегистрации ЕИС сама придумывает новый пароль или я должна',
    '/connect/re-registration/',
  ],

  // Services of EIS: token or RIS, which path
  [
    'токен или РИС — как понять, что нужно нашему детскому саду',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'зачем вообще в веб торгах режим настройка взаимодействия с сервисами ЕИС',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'у кого спросить, зарегистрированы ли веб-торги нашей области как РИС',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  ['блок токен и блок права доступа к РИС чем отличаются', '/services/overview/'],

  // Token for the output services
  ['как получить токен для сервисов отдачи в кабинете заказчика', '/services/token/'],
  [
    'токен выдает только администратор организации или я как руководитель тоже могу?',
    '/services/token/#кто-может-это-сделать',
  ],
  ['на какой срок ставить токен при выдаче', '/services/token/'],
  ['gjkexbnm njrty', '/services/token/'],
  ['что понадобится для получения токена', '/services/token/#что-понадобится'],
  ['куда в веб торгах вставлять идентификатор токена и срок действия', '/services/token/'],
  ['флажок разрешить использование сервисов отдачи где ставить', '/services/token/'],

  // Access rights for the regional information system (RIS)
  [
    'права доступа к РИС дает администратор организации с ролью заказчик или кто?',
    '/services/ris-rights/#кто-может-это-сделать',
  ],
  ['какую дату предоставления доступа ставить для РИС', '/services/ris-rights/'],
  ['код РИС нашего региона надо узнать заранее? откуда', '/services/ris-rights/#что-понадобится'],
  [
    'кнопка подписать в правах доступа РИС, нужна моя электронная подпись?',
    '/services/ris-rights/',
  ],
  ['ghfdf ljcnegf r hbc', '/services/ris-rights/'],
  ['зачем выходить из кабинета и заходить заново когда настраиваю РИС', '/services/ris-rights/'],
  [
    'у нас еще роль уполномоченное учреждение, надо повторять настройку прав РИС?',
    '/services/ris-rights/',
  ],

  // Identifier of the EDO participant (electronic activation)
  ['идентификатор участника ЭДО как получить', '/activation/edo-identifier/'],
  [
    'обязательно ли мне лично со своей подписью заходить в ЕИС за идентификатором ЭДО',
    '/activation/edo-identifier/#кто-может-это-сделать',
  ],
  ['на сколько действует идентификтор ЭДО, кто срок решает', '/activation/edo-identifier/'],
  ["bltynbabrfnjh 'lj", '/activation/edo-identifier/'],
  [
    'куда потом вводить идентификатор ЭДО в нашей системе',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  ['загружать акты приемки из ЕИС — что для этого получить', '/activation/edo-identifier/'],
  ['что подготовить до выдачи идентификатора эдо', '/activation/edo-identifier/#что-понадобится'],

  // Creating a support request in EIS
  ['как написать в техподдержку ЕИС', '/support/create-request/'],
  [
    'консультация или ошибка — какой вид выбрать если документ не уходит',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  [
    'что написать в оброщении, чтобы его не закрыли сразу',
    '/support/create-request/#четыре-правила-обращения',
  ],
  ['cjplfnm j,hfotybt', '/support/create-request/'],
  [
    'обращение по интеграции с веб-торгами, что к нему приложить',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  [
    'с 1 июля 2026 закупка малого объема — что отметить в заявке в поддержку',
    '/support/create-request/',
  ],
  [
    'две проблемы сразу можно описать в одном обращении?',
    '/support/create-request/#четыре-правила-обращения',
  ],
  [
    'подать обращение без входа в личный кабинет, через профиль на сайте',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],

  // Statuses of support requests
  ['статус запрос информации что значит', '/support/request-statuses/#что-означают-статусы'],
  [
    'где посмотреть мои обращения и их номера',
    '/support/request-statuses/#где-смотреть-свои-обращения',
  ],
  ['в каких случаях обращение закрывают', '/support/request-statuses/#когда-обращение-закрывается'],
  [
    'когда поддержка решит обращение, где глянуть срок',
    '/support/request-statuses/#плановый-срок-решения',
  ],
  ['статус черновик — значит не отправлено?', '/support/request-statuses/#что-означают-статусы'],
  [
    'видно ли обращения других сотрудников нашей организации',
    '/support/request-statuses/#где-смотреть-свои-обращения',
  ],

  // Knowledge base, news, channels and phones
  ['телефон поддержки ЕИС круглосуточный', '/support/knowledge-base/#телефоны-поддержки'],
  ['база знаний ЕИС, где инструкции и видеоролики', '/support/knowledge-base/#база-знаний-еис'],
  [
    'как узнать что ЕИС сломалась у всех, а не только у меня',
    '/support/knowledge-base/#новости-и-уведомления',
  ],
  ['ntktajy gjllth;rb', '/support/knowledge-base/#телефоны-поддержки'],
  ['есть у ЕИС канал в телеграме или максе?', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  [
    'как зарегистрировать в ЕИС новый сертификат подписи директора',
    '/support/knowledge-base/#часто-задаваемые-вопросы-faq',
  ],

  // Troubleshooting dictionary: failures in her words
  [
    'ЕИС пишет неверный логин или пароль при отправке из веб торгов',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'завхоз зачем-то нажал ссылку про HTTPS и у меня перестал работать пароль',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'не знаю какая у меня ошибка, помогите разобраться по порядку',
    '/reference/troubleshooting/#diagnostic',
  ],
  [
    'нажала сохранить в регистрационных данных и пароль больше не подходит',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  ['ytdthysq kjuby', '/reference/troubleshooting/#err-login-password-incorrect'],
  [
    'закрыла окошко с паролем не записав его',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'забыла нажать продолжить, теперь пароль не работает',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  [
    'пишет несоответствие регистрационных данных пользователя при отправке плана-графика',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'ЕИС пишет о недоступности отдельных функций, нам просто ждать?',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'заполнила токен в веб-торгах, а ничего не поменялось',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  [
    'в настроике сервисов нет блока права доступа к РИС',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  [
    'выдала права, а перечень региональных информационных систем так и не появился',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  ['токен кончился вчера, что теперь делать', '/reference/troubleshooting/#err-token-expired'],
  ['срок идентификатора ЭДО истек', '/reference/troubleshooting/#err-edo-expired'],
  [
    'идентификатор ЭДО не сохранила, где его опять взять',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  [
    'обращение закрыли автоматом, я выбрала консультацию, а описала ошибку',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'не успела ответить на запрос информации и обращение закрылось',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'обращение закрыли, потому что проблема была в новостях, а у меня все равно не работает',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  [
    'при создании обращения просит установить какой-то плагин',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],

  // Glossary terms
  ['что такое РИС простыми словами', '/reference/glossary/#ris'],
  ['ЭДО расшифровка', '/reference/glossary/#edo'],
  ['xnj nfrjt njrty', '/reference/glossary/#token'],
  ['сервисы отдачи это что', '/reference/glossary/#output-services'],
  [
    'администратор организации в ЕИС — это я как директор или другое?',
    '/reference/glossary/#org-administrator',
  ],
  ['ГоИС что за система', '/reference/glossary/#gois'],
  ['электронное активирование что означает', '/reference/glossary/#electronic-activation'],

  // What changed on the site
  ['что поменялось в инструкциях с прошлого раза', '/reference/changes/'],
  ['подписаться на обновления инструкций лентой', '/reference/changes/'],

  // Start: building a personal plan
  ['не знаю с чего начать настройку, подберите мне инструкции', '/tools/start/'],
  ['план настройки можно отправить ссылкой коллеге?', '/tools/start/'],

  // My progress: several organisations, transfer, reset
  [
    'помогаю соседней школе, как вести отметки отдельно для двух организаций',
    '/tools/progress/#organizacii',
  ],
  ['перенести отметки с домашнего компьютера на рабочий', '/tools/progress/#perenos'],
  ['снять все галочки и начать заново', '/tools/progress/#perenos'],
  ['сайт куда-то отправляет мои отметки и данные?', '/tools/progress/#что-сайт-отправляет'],

  // Reminder about expiry dates
  ['напомнить за месяц об окончании токена и идентификатора ЭДО', '/tools/reminder/'],
  [
    'срок скоро кончится, как продлить и токен и идентификатор',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  ['добавить дату окончания срока в календарь outlook', '/tools/reminder/'],

  // Printing the whole guide
  ['распечатать все инструкции для заместителя', '/print/'],
  ['сохранить всю инструкцию одним pdf файлом', '/print/'],
];

/** The tuning half: the even positions of CORPUS_10a. */
export const TUNING_10a = byPosition(CORPUS_10a, 0);

/** The held-out half: the odd positions of CORPUS_10a, never tuned on. */
export const HELD_OUT_10a = byPosition(CORPUS_10a, 1);
