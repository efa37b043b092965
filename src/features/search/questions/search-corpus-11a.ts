/**
 * Corpus 11a: reader questions for the site's search, written on 2026-12-06 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora. Persona: the head of a village
 * kindergarten, also its only accountant and buyer, typing short hurried queries with typos and wrong layout.
 * Kept in the order written; split once, mechanically, by position (corpus-split.ts): even
 * positions tune, odd positions are held out. Never reorder.
 */
import { byPosition } from './corpus-split';
import type { Query } from './search-queries';

export const CORPUS_11a: readonly Query[] = [
  // главная: для кого сайт и какие инструкции есть
  ['сайт для кого он заказчикам или админам', '/#для-кого-этот-сайт'],
  ['картинки в инструкциях это скрины с экрана или нет', '/#для-кого-этот-сайт'],
  ['список всех инструкций', '/#основные-инструкции'],
  // с чего начать: опросник и план
  ['не знаю что настраивать с чего начать', '/tools/start/'],
  ['jghjcybr xnj vyt yflj', '/tools/start/'],
  ['план настройки можно скинуть коллеге ссылкой', '/tools/start/'],
  ['вопрос зарегистрирована ли система как рис что отвечать', '/tools/start/#вопросы'],
  // логин и пароль ЕИС для интеграции
  ['где взять логин и пароль для вебторгов', '/connect/https-credentials/'],
  ['gfhjkm lkz byntuhfwbb', '/connect/https-credentials/'],
  [
    'кто получает пароль для интеграции заведущая или админ',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  ['данные пользователя для альтернативной интегр ссылка где', '/connect/https-credentials/#шаги'],
  ['пароль каждый раз новый или постоянный', '/connect/https-credentials/#что-получится'],
  // ввод логина и пароля в Web-Торги-КС
  ['куда в программе района вписать пароль от госзакупок', '/connect/web-torgi-ks/#шаги'],
  ['вебторги настройки регистрацонные данные в еис', '/connect/web-torgi-ks/#шаги'],
  ['ddtcnb gfhjkm d njhub', '/connect/web-torgi-ks/'],
  [
    'пароль в веб торги вводит сам сотрудник или админ',
    '/connect/web-torgi-ks/#кто-может-это-сделать',
  ],
  ['сама не могу зайти в торги', '/connect/web-torgi-ks/#что-понадобится'],
  // перерегистрация организации
  ['нас перерегистрировали что с паролем делать', '/connect/re-registration/'],
  ['gththtubcnhfwbz', '/connect/re-registration/'],
  [
    'кто вносит новый пароль после перерегистрации',
    '/connect/re-registration/#кто-может-это-сделать',
  ],
  ['после перерегистрации новый логин как узнать', '/connect/re-registration/#шаги'],
  // сервисы ЕИС: токен или РИС
  ['токен или рис мне что нужно', '/services/overview/#как-понять-какой-путь-ваш'],
  [
    'зачем режим настройка взаимодействия с сервисами еис',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  ['программа района зарегана как рис или нет', '/services/overview/#как-понять-какой-путь-ваш'],
  ['руководство администратора пункт 1.5.3.3', '/services/overview/#как-понять-какой-путь-ваш'],
  // токен для сервисов отдачи
  ['как получить токен в кабинете заказчика', '/services/token/#шаги'],
  ['njrty', '/services/token/'],
  ['скока живет токен', '/services/token/#шаги'],
  ['кто выдает токен для сервисов отдачи', '/services/token/#кто-может-это-сделать'],
  ['куда вставлять токен в вебторгах', '/services/token/#шаги'],
  // права доступа к РИС
  ['права доступа к рис как дать', '/services/ris-rights/'],
  ['код рис нашего субьекта где узнать', '/services/ris-rights/#что-понадобится'],
  ['какую дату предоставления доступа ставить', '/services/ris-rights/#шаги'],
  ['надо выйти из кабинета и зайти заново после прав', '/services/ris-rights/#шаги'],
  ['кто дает права рис под каким пользователем', '/services/ris-rights/#кто-может-это-сделать'],
  // идентификатор участника ЭДО
  ['идентификатор эдо где взять', '/activation/edo-identifier/'],
  ['акты приемки с госзакупок загрузить что нужно', '/activation/edo-identifier/'],
  [
    'куда вводить идентификатор эдо в программе',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  ['кто может выдать идентификатор эдо', '/activation/edo-identifier/#кто-может-это-сделать'],
  ["bltynbabrfnjh 'lj", '/activation/edo-identifier/'],
  // обращение в поддержку ЕИС
  ['как написать в техподдержку госзакупок', '/support/create-request/'],
  [
    'консультация или ошибка что выбирать',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  [
    'обращение по интеграции какие xml файлы прикладывать',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  ['можно в одной заявке несколько вопросов', '/support/create-request/#четыре-правила-обращения'],
  ['малая закупка в обращении да ставить', '/support/create-request/#шаги'],
  [
    'кабинет не открывается как тогда написать в поддержку',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  // статусы обращений
  ['статус запрос информации что значит', '/support/request-statuses/#что-означают-статусы'],
  ['где мои обращения посмотреть', '/support/request-statuses/#где-смотреть-свои-обращения'],
  ['когда ответят на заявку срок', '/support/request-statuses/#плановый-срок-решения'],
  ['обращение открыто заново это как', '/support/request-statuses/#что-означают-статусы'],
  [
    'через сколько дней закроют если не отвечу',
    '/support/request-statuses/#когда-обращение-закрывается',
  ],
  // база знаний, телефоны, каналы
  ['телефон поддержки госзакупок', '/support/knowledge-base/#телефоны-поддержки'],
  ['ntktajy gjllth;rb', '/support/knowledge-base/#телефоны-поддержки'],
  ['база знаний где найти', '/support/knowledge-base/#база-знаний-еис'],
  ['телеграм канал госзакупок', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  ['где новости про сбой сайта закупок', '/support/knowledge-base/#новости-и-уведомления'],
  // печать
  ['распечатать всю инструкцию', '/print/'],
  ['hfcgtxfnfnm', '/print/'],
  ['сохранить инструкцию в пдф', '/print/'],
  // мой прогресс
  ['галочки пропали как вернуть прогресс', '/tools/progress/#perenos'],
  ['перенести отметки на другой комп', '/tools/progress/#perenos'],
  ['у меня садик и школа вести отдельно', '/tools/progress/#organizacii'],
  ['распечатать только мой план', '/tools/progress/#moy-plan'],
  ['сайт отправляет куда то мои данные', '/tools/progress/#что-сайт-отправляет'],
  // напоминание о сроках
  ['напомнить когда кончится токен', '/tools/reminder/#добавить-напоминание'],
  ['yfgjvbyfybt', '/tools/reminder/'],
  ['добавить срок в календарь на телефоне', '/tools/reminder/'],
  ['как продлить токен когда срок кончается', '/tools/reminder/#когда-срок-подходит-к-концу'],
  // что изменилось
  ['что нового на сайте поменялось', '/reference/changes/'],
  ['что поменяли в инструкции про токен', '/reference/changes/#page-services-token'],
  ['лента обновлений rss', '/reference/changes/'],
  // глоссарий
  ['рис это что', '/reference/glossary/#ris'],
  ['эдо расшифровка', '/reference/glossary/#edo'],
  ['гоис что такое', '/reference/glossary/#gois'],
  ['сервисы отдачи что значит', '/reference/glossary/#output-services'],
  ['этп сокращение', '/reference/glossary/#etp'],
  ['уполномоченое учреждение это кто', '/reference/glossary/#authorized-institution'],
  // ошибки: логин, пароль, перерегистрация
  ['пишет логин или пароль некоректны', '/reference/troubleshooting/#err-login-password-incorrect'],
  [
    'ошибка о некорректности логина и пар',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'несоответствие регистрационных данных пользоват',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'ввела новый пароль а несоответсвие рег данных осталось',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'коллега опять нажала ссылку и пароль в торгах слетел',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'нажала сохранить в регистрационных данных пароль сменился',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'закрыла окошко с паролем не успела записать',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'не нажала продолжить пароль не работает',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  ['пользователь не зарегистрирован в еис', '/reference/troubleshooting/#err-user-not-registered'],
  [
    'обнаружено несовпадение данных сертификата с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  ['документ не уходит в госзакупки почему', '/reference/troubleshooting/#diagnostic'],
  [
    'информация о недоступности отдельных функци',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  // ошибки: сервисы, РИС, сроки
  [
    'заполнила сервисы еис и ничего не поменялось',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  [
    'нет блока права доступа к рис в настройке',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  [
    'не появился перечень региональных информац систем',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  ['не нахожу свою рис в перечне', '/reference/troubleshooting/#err-ris-not-found'],
  ['токен просрочился что делать', '/reference/troubleshooting/#err-token-expired'],
  ['срок идентификатора эдо истек', '/reference/troubleshooting/#err-edo-expired'],
  ['потеряла идентификатор эдо не записала', '/reference/troubleshooting/#err-edo-not-saved'],
  // ошибки: закрытые обращения
  [
    'поддержка закрыла обращение а проблема осталась',
    '/reference/troubleshooting/#err-request-closed',
  ],
  [
    'консультацию закрыли сразу автоматом',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'не ответила на запрос информации закрыли',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'просит установить плагин при обращении',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
];

export const TUNING_11a = byPosition(CORPUS_11a, 0);
export const HELD_OUT_11a = byPosition(CORPUS_11a, 1);
