/**
 * Corpus 7b: reader questions for the site's search, written on 2026-12-05 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora. Covers the support
 * pages (creating a request, statuses, knowledge base and phones), the error dictionary, the
 * glossary, «Что изменилось», «Мой прогресс», «Напоминание о сроках» and the print page; one- and
 * two-word queries and long ones, typos, Caps Lock, Latin-layout typing, pasted messages, failures
 * told in readers' words and glossary terms. Kept in the order written; split once, mechanically,
 * by position (corpus-split.ts): even positions tune, odd positions are held out. Never reorder.
 */
import { byPosition } from './corpus-split';
import type { Query } from './search-queries';

export const CORPUS_7b: readonly Query[] = [
  // create-request: how to write a request to ЕИС support, its kind, rules, integration files, no-login path
  ['как написать в техподдержку еис', '/support/create-request/'],
  [
    'консультация или ошибка какой тип обращения выбрать?',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  ['rfr cjplfnm j,hfotybt', '/support/create-request/'],
  [
    'можно ли в одном обращении описать сразу три проблемы с контрактами',
    '/support/create-request/#четыре-правила-обращения',
  ],
  ['тикет в СТП zakupki', '/support/create-request/'],
  [
    'как отправить обращение в поддержку еис без входа в личный кабинет',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  [
    'как оформить обращение по интеграции веб-торги-кс с еис',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  ['созать обращени в тех подержку', '/support/create-request/'],
  [
    'что подготовить перед тем как писать в поддержку закупок',
    '/support/create-request/#что-понадобится',
  ],
  ['КАК ПРАВИЛЬНО НАПИСАТЬ ТЕМУ ОБРАЩЕНИЯ', '/support/create-request/#четыре-правила-обращения'],
  [
    'кто может создавать обращения, нужна ли какая то роль',
    '/support/create-request/#кто-может-это-сделать',
  ],
  [
    'заявка в поддержку по интеграции, галочка интеграция и 2 xml файла',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  ['закупка малого объема с 01.07.2026 отметка да в обращении', '/support/create-request/'],
  [
    'я контрактный управляющий в администрации района, первый раз пишу вопрос в поддержку еис — по шагам где кнопка создать обращение',
    '/support/create-request/#шаги',
  ],
  ['как записать свои действия плагином и приложить к заявке', '/support/create-request/'],
  // request-statuses: what each status means, where to see requests, deadlines, when a request closes
  ['что значит статус запрос информации', '/support/request-statuses/#что-означают-статусы'],
  ['где посмотреть мои обращения', '/support/request-statuses/#где-смотреть-свои-обращения'],
  ['cnfnecs j,hfotybq', '/support/request-statuses/'],
  ['сколько ждать ответа от техподдержки еис', '/support/request-statuses/#плановый-срок-решения'],
  ['статус открыто исполнитель не назначен', '/support/request-statuses/#что-означают-статусы'],
  ['в каких случаях обращение закрывают', '/support/request-statuses/#когда-обращение-закрывается'],
  [
    'как найти свое обращение по номеру или теме',
    '/support/request-statuses/#страница-техническая-поддержка',
  ],
  ['обращение открыто заново это что значит?', '/support/request-statuses/#что-означают-статусы'],
  ['планый срок решения', '/support/request-statuses/#плановый-срок-решения'],
  [
    'сколько раз можно переоткрывать консультацию пока ее не закроют',
    '/support/request-statuses/#когда-обращение-закрывается',
  ],
  [
    'фактический срок решения что за колонка в таблице',
    '/support/request-statuses/#страница-техническая-поддержка',
  ],
  ['статус решено что мне делать дальше', '/support/request-statuses/#что-означают-статусы'],
  [
    'переключатель пользователь организация в списке обращений',
    '/support/request-statuses/#страница-техническая-поддержка',
  ],
  // knowledge-base: phones, Knowledge Base, FAQ, news, Max and Telegram channels
  ['база знаний еис где', '/support/knowledge-base/#база-знаний-еис'],
  ['ntktajy gjllth;rb', '/support/knowledge-base/#телефоны-поддержки'],
  ['телеграм канал гис еис закупки', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  [
    'часто задаваемые вопросы категории администрирование и регистрация',
    '/support/knowledge-base/#часто-задаваемые-вопросы-faq',
  ],
  ['горячая линия закупки круглосуточно', '/support/knowledge-base/#телефоны-поддержки'],
  [
    'видеоролик по электронным допсоглашениям где посмотреть',
    '/support/knowledge-base/#как-найти-нужный-материал',
  ],
  [
    'где смотреть новости о сбоях еис, чтобы не писать зря',
    '/support/knowledge-base/#новости-и-уведомления',
  ],
  ['8 800 600 90 89', '/support/knowledge-base/#телефоны-поддержки'],
  [
    'что-то не работает в еис, с чего начинать искать решение самой?',
    '/support/knowledge-base/#порядок-действий-при-проблеме',
  ],
  ['канал в максе', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  [
    'база знаний не открывается без входа в личный кабинет?',
    '/support/knowledge-base/#база-знаний-еис',
  ],
  // troubleshooting: dictionary entries for failures and pasted messages, plus its groups
  [
    'неверный логин или пароль при отправке в еис',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'коллега еще раз нажала ссылку данные пользователя для альтернативной интеграции и у нас все перестало отправляться',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'ошибка о некорректности логина и пар',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'Обнаружено несовпадение данных сертификата с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'нажала сохранить в регистрационных данных и пароль опять поменялся',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'ytcjjndtncndbt htubcnhfwbjyys[ lfyys[',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'закрыла окно с логином и паролем и не успела записать',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  ['словарь ошибок интеграции веб торги', '/reference/troubleshooting/'],
  [
    'забыл нажать продолжить, пароль не закрепился',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  [
    'несовпадение данных сертефиката у директора при входе',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'после перерегистрации организации план-график не уходит, ошибка что регистрационные данные не соответствуют',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'Информация о недоступности отдельных функций ЕИС в сфере',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'заполнил настройку взаимодействия с сервисами еис, а ничего не изменилось',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  ['нет блока права доступа к рис', '/reference/troubleshooting/#err-ris-block-missing'],
  [
    'не появился пункт перечень региональных информационных систем',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  ['не нахожу рис нашего субъекта в перечне', '/reference/troubleshooting/#err-ris-not-found'],
  ['токен истек что теперь делать', '/reference/troubleshooting/#err-token-expired'],
  [
    'у нас еще роль уполномоченный орган и с рис ничего не работает',
    '/reference/troubleshooting/#err-extra-roles',
  ],
  [
    'идентификатор эдо не сохранили, а он нужен для импорта документов приемки',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  [
    'пользователь организации не зарегистрирован в еис, не можем отправить план закупок',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  [
    'мое обращение закрыли автоматом, я выбрала консультацию а написала про ошибку',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'обращение закрыли, потому что такой сбой уже был в новостях',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  [
    'не успели ответить на запрос информации и тикет закрылся',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'решено обращение автоматически поменяет статус на закрото',
    '/reference/troubleshooting/#err-request-resolved-closed',
  ],
  [
    'работа с обращениями в статусе закрото далее не осуществляется',
    '/reference/troubleshooting/#err-request-closed',
  ],
  [
    'при создании обращения еис предлагает установить какой то плагин',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'консультацию трижды переоткрывали и ее закрыли',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],
  [
    'истек срок действия идентификатора участника эдо',
    '/reference/troubleshooting/#err-edo-expired',
  ],
  [
    'ошибки с логином и паролем для интеграции весь список',
    '/reference/troubleshooting/#login-password',
  ],
  ['нЕВЕРНЫЙ ЛОГИН ПАРОЛЬ WEB-ТОРГИ', '/reference/troubleshooting/#err-login-password-incorrect'],
  // glossary: 'what does X mean' questions, each with the term's anchor
  ['что такое РИС', '/reference/glossary/#ris'],
  ['ЛК это что', '/reference/glossary/#lk'],
  ['расшифровка ЭДО', '/reference/glossary/#edo'],
  ['что значит ГоИС', '/reference/glossary/#gois'],
  ['xnj nfrjt njrty', '/reference/glossary/#token'],
  ['сервисы отдачи это', '/reference/glossary/#output-services'],
  ['что за ЭТП в названии полномочия', '/reference/glossary/#etp'],
  ['СТП расшифровка', '/reference/glossary/#stp'],
  ['электронное активирование что означает', '/reference/glossary/#electronic-activation'],
  ['документы приемки что это такое', '/reference/glossary/#acceptance-documents'],
  [
    'администратор организации — какое из двух полномочий имеется в виду',
    '/reference/glossary/#org-administrator',
  ],
  ['уполномоченное учреждение это роль?', '/reference/glossary/#authorized-institution'],
  [
    'альтернативная интеграция по протоколу https что значит',
    '/reference/glossary/#https-integration',
  ],
  ['что считается закупкой малого объема', '/reference/glossary/#small-volume-purchase'],
  ['термины и сокращения еис', '/reference/glossary/'],
  ['плагин фиксации действий пользователя что это', '/reference/glossary/#action-recording-plugin'],
  // changes: what changed on the site and in a given guide
  ['что нового на сайте', '/reference/changes/'],
  [
    'что поменяли в инструкции про обращение в поддержку',
    '/reference/changes/#page-support-create-request',
  ],
  ['xnj bpvtybkjcm', '/reference/changes/'],
  ['rss лента обновлений инструкций', '/reference/changes/'],
  ['последние изменения в инструкции по токену', '/reference/changes/#page-services-token'],
  // progress: checklists, plan, several organisations, transfer and reset, what the site sends
  ['где мои отметки по шагам', '/tools/progress/'],
  ['как снять все галочки в чек-листах и начать заново', '/tools/progress/#perenos'],
  ['vjq ghjuhtcc', '/tools/progress/'],
  [
    'настраиваю интеграцию для 30 детских садов, как вести отметки по каждому саду отдельно',
    '/tools/progress/#organizacii',
  ],
  ['перенести прогресс на другой компьютер', '/tools/progress/#perenos'],
  ['сайт куда-то отправляет мои данные?', '/tools/progress/#что-сайт-отправляет'],
  ['распечатать мой план', '/tools/progress/#moy-plan'],
  // reminder: expiry reminders for the token and the EDO identifier
  ['напомнить когда закончится токен', '/tools/reminder/'],
  ['добавить дату окончания идентификатора эдо в календарь outlook', '/tools/reminder/'],
  ['yfgjvbyfybt j chjrf[', '/tools/reminder/'],
  [
    'срок токена подходит к концу, что делать заранее',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  ['удалить старое напоминание', '/tools/reminder/#vashi-napominaniya'],
  ['предупреждает ли еис что заканчивается срок идентификатора?', '/tools/reminder/'],
  // print: the whole guide on paper or as PDF
  ['распечатка всей инструкции', '/print/'],
  ['сохранить инструкцию в pdf', '/print/'],
  ['lkz gtxfnb', '/print/'],
  ['ИНСТРУКЦИЯ ОДНИМ ФАЙЛОМ ЧТОБЫ РАСПЕЧАТАТЬ', '/print/'],
  ['версия для печати с квадратиками для отметок', '/print/'],
];

/** The tuning half: the even positions of CORPUS_7b. */
export const TUNING_7b = byPosition(CORPUS_7b, 0);

/** The held-out half: the odd positions of CORPUS_7b, never tuned on. */
export const HELD_OUT_7b = byPosition(CORPUS_7b, 1);
