/**
 * Corpus 26b: reader questions for the site's search, written on 2026-12-06 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: a methodologist of a district education department who sets up the integration for 30 schools and kindergartens at once: doing things in bulk, on behalf of others, printing for directors, progress per organisation, many reminders.
 * The brief asked for a mix: a quarter short queries, a third full questions, error messages
 * pasted or retold, a tenth in the wrong keyboard layout, translit or many typos, and words the
 * site does not use. Kept in the order written. All of it is held out: measured on arrival with
 * round 14's engine, never learned and never tuned on.
 */
import type { Query } from './search-queries';

export const CORPUS_26b: readonly Query[] = [
  // короткие запросы
  ['несколько школ отметки', '/tools/progress/#organizacii'],
  ['распечатать всю инструкцию', '/print/'],
  ['горячая линия еис', '/support/knowledge-base/#телефоны-поддержки'],
  ['где узнать код рис', '/services/ris-rights/#что-понадобится'],
  ['токин сервисы отдачи', '/services/token/'],
  ['получить идентификатор эдо', '/activation/edo-identifier/#шаги'],
  ['перерегестрация организации', '/connect/re-registration/'],
  ['статус запрос информации', '/support/request-statuses/#что-означают-статусы'],
  ['гоис это', '/reference/glossary/#gois'],
  ['прогресс на другом компе', '/tools/progress/#perenos'],
  ['правки в инструкциях', '/reference/changes/'],
  ['плагин фиксации действий', '/reference/glossary/#action-recording-plugin'],
  ['опросник план настройки', '/tools/start/'],
  ['уполномоченный орган', '/reference/glossary/#authorized-body'],
  ['ics файл календарь', '/tools/reminder/#когда-срок-подходит-к-концу'],
  ['faq еис категории', '/support/knowledge-base/#часто-задаваемые-вопросы-faq'],
  ['галочка интеграция', '/support/create-request/#обращение-по-вопросам-интеграции'],
  ['закупка малого обьема обращение', '/support/create-request/#шаги'],
  ['рис субъекта нет в списке', '/reference/troubleshooting/#err-ris-not-found'],
  ['сервисы отдачи это', '/reference/glossary/#output-services'],
  ['дата доступа рис', '/services/ris-rights/#шаги'],
  ['еис в телеграме', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  ['стп расшифровка', '/reference/glossary/#stp'],
  ['этп что такое', '/reference/glossary/#etp'],
  ['какой вид обращения выбрать', '/support/create-request/#вид-обращения-консультация-или-ошибка'],

  // вопросы живой речью
  [
    'можно ли мне как методисту управления образования из одного кабинета ЕИС получить логины и пароли сразу для всех 30 школ, или в каждой школе это делает директор?',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'кто в самой школе потом вбивает логин и пароль в Web-Торги-КС — директор или тот, кто отправляет планы?',
    '/connect/web-torgi-ks/#кто-может-это-сделать',
  ],
  [
    'как на сайте отмечать шаги отдельно по каждому садику и школе, чтобы видеть, кто где застрял?',
    '/tools/progress/#organizacii',
  ],
  [
    'хочу распечатать все инструкции одним файлом и раздать заведующим на совещании, как это сделать?',
    '/print/',
  ],
  [
    'у нас 30 организаций и у каждой свой срок токена — можно завести напоминания на все и подписать, какая это школа?',
    '/tools/reminder/#добавить-напоминание',
  ],
  [
    'как отправить план из опросника завучу в школу, чтобы у неё открылось то же самое?',
    '/tools/start/',
  ],
  [
    'я отмечала шаги за школы у себя на работе, как передать файл в школу, чтобы там продолжили с того же места?',
    '/tools/progress/#perenos',
  ],
  [
    'сайт куда-нибудь отправляет названия наших садиков и отметки? начальство спрашивает про безопасность',
    '/tools/progress/#что-сайт-отправляет',
  ],
  [
    'как продлить токен, когда срок подходит к концу, или придётся получать новый?',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  [
    'как узнать, зарегистрирована ли наша Web-Торги-КС как РИС? от этого ведь зависит, что настраивать школам',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'у нескольких наших учреждений кроме заказчика есть роль уполномоченного учреждения — им настройку прав на РИС повторять отдельно?',
    '/services/ris-rights/#шаги',
  ],
  [
    'где потом в Web-Торги-КС вводить идентификатор ЭДО, чтобы садики загружали документы приёмки?',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  [
    'нужно ли по каждой школе писать отдельное обращение в поддержку ЕИС, или можно одно на все 30, раз проблема одинаковая?',
    '/support/create-request/#четыре-правила-обращения',
  ],
  [
    'могу ли я сама создать обращение в техподдержку за школу, нужны ли для этого какие-то полномочия?',
    '/support/create-request/#кто-может-это-сделать',
  ],
  [
    'в «Моих обращениях» директор увидит обращения, которые создавал бухгалтер той же школы?',
    '/support/request-statuses/#где-смотреть-свои-обращения',
  ],
  [
    'какие документы вообще будут уходить из Web-Торги в ЕИС после настройки логина — только план-график или контракты тоже?',
    '/connect/https-credentials/',
  ],
  [
    'какие правки были именно в инструкции про ввод пароля в вебторгах? я её уже раздала школам',
    '/reference/changes/#page-connect-web-torgi-ks',
  ],
  [
    'в опроснике спрашивают, зарегистрирована ли система как РИС, а я не знаю — что отвечать за школы?',
    '/tools/start/#вопросы',
  ],
  [
    'подойдёт ли этот сайт районному отделу образования, который настраивает интеграцию подведомственным школам?',
    '/#для-кого-этот-сайт',
  ],
  [
    'в школе сменился контрактный управляющий, как поменять логин ЕИС в Web-Торги-КС на нового человека?',
    '/connect/web-torgi-ks/#шаги',
  ],
  [
    'надо ли сейчас что-то делать с перерегистрацией организации в ЕИС или это было только до 2016 года?',
    '/connect/re-registration/',
  ],
  [
    'кто в школе выдаёт токен в ЕИС — заведующая или любой сотрудник с доступом в кабинет?',
    '/services/token/#кто-может-это-сделать',
  ],
  [
    'под какими пользователями школе делать права на РИС — хватит одного человека или нужны двое?',
    '/services/ris-rights/#кто-может-это-сделать',
  ],
  [
    'зачем школам вообще заполнять настройку взаимодействия с сервисами ЕИС, она сейчас на что-то влияет?',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'как объяснить директорам, почему ссылку про HTTPS нельзя нажимать лишний раз? что происходит с паролем?',
    '/connect/https-credentials/#что-получится',
  ],
  [
    'школа не может зайти в Web-Торги-КС, к кому им обращаться — в поддержку ЕИС или к нам?',
    '/connect/web-torgi-ks/#что-понадобится',
  ],
  [
    'база знаний ЕИС открывается без входа в личный кабинет? хочу разослать школам ссылку',
    '/support/knowledge-base/#база-знаний-еис',
  ],
  [
    'можно ли посмотреть все напоминания по садикам списком и сколько дней осталось у каждого?',
    '/tools/reminder/#vashi-napominaniya',
  ],
  [
    'какой срок действия ставить токену, чтобы потом не перевыдавать его всем 30 школам?',
    '/services/token/#шаги',
  ],
  [
    'кто в детском саду может выдать идентификатор ЭДО и выдаётся он на организацию или на конкретного человека?',
    '/activation/edo-identifier/#кто-может-это-сделать',
  ],
  [
    'в каких случаях обращение закрывается само? хочу разослать школам список, чтобы не теряли обращения',
    '/support/request-statuses/#когда-обращение-закрывается',
  ],
  [
    'как школе написать в поддержку ЕИС через профиль на сайте, если в личный кабинет с подписью не пускает?',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  [
    'после перерегистрации кто узнаёт в ЕИС новые логины для сотрудников школы и кто вносит их в Web-Торги-КС?',
    '/connect/re-registration/#кто-может-это-сделать',
  ],
  [
    'что должно быть под рукой у заведующей, чтобы получить идентификатор ЭДО, — кроме доступа в кабинет нужна какая-то дата?',
    '/activation/edo-identifier/#что-понадобится',
  ],
  [
    'с главной страницы можно сразу ответить на вопросы и получить план, что делать каждой школе?',
    '/#с-чего-начать',
  ],

  // сообщения об ошибках
  [
    'при отправке в ЕИС: логин или пароль некорректны',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'ошибка о несоответствии регистрационных данных пользователя в ЕИС после перерегистрации',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'Обнаружено несовпадение данных сертификата с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'на сайте еис висит "Информация о недоступности отдельных функций" школы не могут работать',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'в настройке взаимодействия с сервисами нет блока права доступа к рис',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  [
    'в администрировании не появился пункт перечень региональных информационных систем',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  [
    'обращение вида консультация закрыто автоматически без возможности переоткрытия',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'при создании обращения выскакивает установить плагин',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  ['истек срок действия токена у нескольких школ', '/reference/troubleshooting/#err-token-expired'],
  [
    'заведующая закрыла окно с логином и паролем не записав',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'завхоз ещё раз нажал «Данные пользователя для альтернативной интеграции» и у школы перестал работать пароль',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'директор нажал сохранить в регистрационных данных и пароль сбился',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'обращение закрыли потому что проблема описана в новостях',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  [
    'статус закрыто после запроса информации, школа не успела ответить',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'не могу войти в лк еис чтобы написать в поддержку',
    '/reference/troubleshooting/#err-cannot-login-request',
  ],

  // другая раскладка, транслит, опечатки
  ['gfhjkm tbc lkz dt,njhujd', '/connect/https-credentials/'],
  ['njrty cthdbcjd jnlfxb', '/services/token/'],
  ['yfgjvbyfybt j chjrf[', '/tools/reminder/'],
  ['kak raspechatat instrukciyu dlya direktorov', '/print/'],
  ['identifikator edo srok istek chto delat', '/reference/troubleshooting/#err-edo-expired'],
  ['ghfdf ljcnegf r hbc', '/services/ris-rights/'],
  ['ntktajy gjllth;rb tbc', '/support/knowledge-base/#телефоны-поддержки'],
  ['vjq ghjuhtcc gj irjkfv', '/tools/progress/'],
  [
    'ни нажили прадолжить в акне пароль ни подходит',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  [
    'консультацию пиреоткрывали три раза и закрыли савсем',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],

  // своими словами
  [
    'ключ для выгрузки из ЕИС где брать, в вебторгах поле есть, а ключа нет',
    '/reference/troubleshooting/#err-token-where',
  ],
  ['учётка для вебторгов с госзакупок как сделать', '/connect/https-credentials/'],
  ['общая картина сколько шагов по каждой инструкции уже отмечено', '/tools/progress/#vse-spiski'],
  ['напоминалка когда протухнет ключ у садиков', '/tools/reminder/'],
  [
    'админ организации в еис это какое полномочие из двух',
    '/reference/glossary/#org-administrator',
  ],
  [
    'тикет висит в статусе открыто, никто не берёт',
    '/support/request-statuses/#что-означают-статусы',
  ],
  ['шпаргалка для заведующих одним файлом с квадратиками для галочек', '/print/'],
  [
    'связка вебторгов с госзакупками отвалилась, как найти причину',
    '/reference/troubleshooting/#diagnostic',
  ],
  ['садики хотят подтягивать акты приёмки из еис, что им настроить', '/activation/edo-identifier/'],
  ['обнулить все галочки и начать заново', '/tools/progress/#perenos'],
  ['где смотреть, что еис лежит, сводки о сбоях', '/support/knowledge-base/#новости-и-уведомления'],
  [
    'где найти черновик заявки в техподдержку',
    '/support/request-statuses/#страница-техническая-поддержка',
  ],
  ['карта сайта что где лежит', '/#как-устроен-сайт'],
  [
    'заявка решена и сама закрылась через неделю, а у школы так и не работает',
    '/reference/troubleshooting/#err-request-resolved-closed',
  ],
  [
    'перебрала все ошибки, ничего не подошло, куда дальше бежать',
    '/reference/troubleshooting/#if-nothing-helped',
  ],
];

export const HELD_OUT_26b = CORPUS_26b;
