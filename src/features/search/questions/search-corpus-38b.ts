/**
 * Corpus 38b: reader questions for the site's search, written on 2026-12-06 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: a young system administrator of a city administration pasting from logs and consoles (HTTP codes, English error fragments, paths without the domain), the wrong keyboard layout and translit in a hurry; tokens, HTTPS, what to configure.
 * Written at the start of round 17 to the brief of corpora 25–36 and held out whole, as decided
 * before they arrived: never learned, never tuned on. Measured on arrival with round 16's last
 * engine. Kept in the order written.
 */
import type { Query } from './search-queries';

export const CORPUS_38b: readonly Query[] = [
  // короткие запросы
  ['пароль https еис', '/connect/https-credentials/'],
  ['токн сервисы отдачи', '/services/token/'],
  ['код рис субъекта', '/services/ris-rights/#что-понадобится'],
  ['статус запрос информации', '/support/request-statuses/#что-означают-статусы'],
  ['плагин фиксации действий', '/reference/glossary/#action-recording-plugin'],
  ['xml файлы обмена тп', '/support/create-request/#обращение-по-вопросам-интеграции'],
  ['эдо идентификатор получить', '/activation/edo-identifier/#шаги'],
  ['рагистрационные данные вебторги', '/connect/web-torgi-ks/'],
  ['плановый срок обращения', '/support/request-statuses/#плановый-срок-решения'],
  ['что такое гоис', '/reference/glossary/#gois'],
  ['инструкция pdf печать', '/print/'],
  ['чеклисты шаги прогресс', '/tools/progress/#vse-spiski'],
  ['ics календарь срок', '/tools/reminder/#когда-срок-подходит-к-концу'],
  ['тип обращения какой выбрать', '/support/create-request/#вид-обращения-консультация-или-ошибка'],
  ['права рис 01.01.2022', '/services/ris-rights/#шаги'],
  ['закупка малого обьема обращение', '/support/create-request/#шаги'],
  [
    'еис 13.1 настройка сервисов',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  ['atom лента изменений', '/reference/changes/'],
  ['уполномоченный орган это', '/reference/glossary/#authorized-body'],
  ['faq еис категории', '/support/knowledge-base/#часто-задаваемые-вопросы-faq'],
  ['новости еис сбои', '/support/knowledge-base/#новости-и-уведомления'],
  ['перерегистрация новый логин', '/connect/re-registration/'],
  ['черновик обращения где', '/support/request-statuses/#страница-техническая-поддержка'],
  ['рис или токен что выбрать', '/services/overview/#как-понять-какой-путь-ваш'],
  ['все ошибки интеграции списком', '/reference/troubleshooting/'],

  // вопросы живой речью
  [
    'как получить логин и пароль чтобы веб-торги слали план-график в еис',
    '/connect/https-credentials/#шаги',
  ],
  [
    'кто может сгенерировать данные для https интеграции, обычному юзеру с правом размещения можно или только руководитель/админ?',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'куда в web-торги-кс вбивать логин и пароль из еис и зачем там галка сменить пароль',
    '/connect/web-torgi-ks/#шаги',
  ],
  [
    'какие еще обязательные поля заполнять в окне регданных в веб-торгах, в инструкции их нет',
    '/connect/web-torgi-ks/#шаги',
  ],
  [
    'не могу войти в сам веб-торги кс, кто мне даст доступ?',
    '/connect/web-torgi-ks/#что-понадобится',
  ],
  [
    'пароль в торгах сохранил, а как теперь переотправить документ который не ушел?',
    '/connect/web-torgi-ks/#шаги',
  ],
  [
    'организация перерегистрировалась, что теперь надо поменять в еис и в веб-торгах и в каком порядке',
    '/connect/re-registration/#шаги',
  ],
  [
    'где в лк заказчика выдают токен для сервисов отдачи и какой срок ставить, максимальный?',
    '/services/token/#шаги',
  ],
  [
    'кому в веб-торгах вообще доступен режим настройки взаимодействия с сервисами еис',
    '/services/token/#кто-может-это-сделать',
  ],
  [
    'вбил идентификатор и срок токена в веб торгах, а как это сохранить? кнопки не вижу',
    '/services/token/#шаги',
  ],
  [
    'под каким пользователем выдавать права доступа к рис: сначала админ организации, а потом кто?',
    '/services/ris-rights/#кто-может-это-сделать',
  ],
  [
    'у нас кроме заказчика еще роль уполномоченного учреждения — как выдать права на рис для нее, под кем входить?',
    '/services/ris-rights/#шаги',
  ],
  [
    'где в веб-торгах вводить идентификатор участника эдо для импорта документов приемки',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  [
    'нажму сохранить в окне выдачи идентификатора эдо — пароль для https не собьется?',
    '/activation/edo-identifier/#шаги',
  ],
  [
    'не могу залогиниться в лк еис, как тогда написать в поддержку и куда придет ответ',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  [
    'что прикладывать к обращению если проблема в интеграции с веб-торгами, какие xml и где их брать',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  [
    'можно в одном тикете описать сразу несколько проблем или надо по отдельности',
    '/support/create-request/#четыре-правила-обращения',
  ],
  [
    'через сколько рабочих дней закрывается обращение если не подтвердить решение',
    '/support/request-statuses/#когда-обращение-закрывается',
  ],
  [
    'где посмотреть обращения которые создавали коллеги из нашей организации, а не только мои',
    '/support/request-statuses/#где-смотреть-свои-обращения',
  ],
  [
    'настраиваю интеграцию за 15 школ и детсадов, можно вести отметки по каждой организации отдельно?',
    '/tools/progress/#organizacii',
  ],
  ['как перенести свои отметки шагов на другой компьютер', '/tools/progress/#perenos'],
  ['можно отправить коллеге ссылку на свой план настройки, он у него откроется?', '/tools/start/'],
  [
    'что поменяли в инструкции про токен за последний месяц',
    '/reference/changes/#page-services-token',
  ],
  [
    'этот сайт для кого, для заказчиков или для админов системы в регионе тоже',
    '/#для-кого-этот-сайт',
  ],
  [
    'что дают сервисы отдачи еис и зачем их вообще включать',
    '/reference/glossary/#output-services',
  ],
  [
    'веду напоминания по токенам для нескольких учреждений, как их различать между собой',
    '/tools/reminder/#добавить-напоминание',
  ],
  [
    'чем администратор организации отличается от лица уполномоченного руководителем на определение лиц',
    '/reference/glossary/#org-administrator',
  ],
  ['где посмотреть список всех инструкций на сайте', '/#основные-инструкции'],
  [
    'документ не уходит в еис, как по шагам понять в чем причина',
    '/reference/troubleshooting/#diagnostic',
  ],
  [
    'перепробовал все из списка ошибок, ничего не помогло, куда дальше',
    '/reference/troubleshooting/#if-nothing-helped',
  ],
  [
    'что делать сначала при проблеме в еис — сразу писать в тп или где-то поискать?',
    '/support/knowledge-base/#порядок-действий-при-проблеме',
  ],
  [
    'где в базе знаний еис найти руководство по электронным допсоглашениям',
    '/support/knowledge-base/#как-найти-нужный-материал',
  ],
  [
    'я не нажал продолжить в окне с паролем и закрыл, какой пароль теперь действует?',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  [
    'идентификатор эдо скопировал и не сохранил, а теперь он нужен для импорта приемки, где его снова взять?',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],

  // сообщения об ошибках
  [
    'HTTP 401 при отправке из вебторгов в zakupki, invalid login/password',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'ошибка о несоответствии регистрационных данных пользователя в ЕИС при отправке',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    '"Обнаружено несовпадение данных сертификата с данными зарег" у директора при входе',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'Информация о недоступности отдельных функций ЕИС в сфере закупок что делать',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'при создании обращения пишет установите плагин',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'обращение закрыто автоматически без возможности переоткрытия, вид консультация',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'не ответил на запрос информации, обращение перешло в Закрыто',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'было Решено, через неделю стало Закрыто само',
    '/reference/troubleshooting/#err-request-resolved-closed',
  ],
  [
    'тп закрыла обращение со ссылкой что сбой уже в новостях',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  [
    'переоткрывал консультацию три раза, теперь закрыто насовсем',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],
  [
    'в настройке взаимодействия с сервисами только токен, блока про рис не видно',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  [
    'после выдачи прав в админке еис нету пункта перечень рис',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  [
    'токен для сервисов отдачи просрочен, что делать',
    '/reference/troubleshooting/#err-token-expired',
  ],
  [
    'срок действия идентификатора эдо закончился, импорт не идет',
    '/reference/troubleshooting/#err-edo-expired',
  ],
  [
    'закрыл окошко где был пароль, не скопировал, чё теперь',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'нажал сохранить в карточке пользователя в еис и пароль интеграции опять не подходит',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],

  // раскладка, транслит, опечатки
  ['gfhjkm lkz byntuhfwbb', '/connect/https-credentials/'],
  ['njrty cthdbcs jnlfxb', '/services/token/'],
  ['ujhzxfz kbybz tbc rheukjcenjxyj', '/support/knowledge-base/#телефоны-поддержки'],
  ['ghfdf ljcnegf r hbc', '/services/ris-rights/'],
  ['cjplfnm j,hfotybt d nt[gjllth;re', '/support/create-request/#шаги'],
  ['kak poluchit token dlya servisov otdachi', '/services/token/#шаги'],
  ['pereregistraciya organizacii novyj login parol vebtorgi', '/connect/re-registration/'],
  [
    'oshibka nesootvetstvie registracionnyh dannyh eis',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'идинтификатор эдо гдe ввадить в вебторгах',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  ['глосарий сакращений еис', '/reference/glossary/'],

  // своими словами
  ['креды от закупок для вебторгов где сгенерить', '/connect/https-credentials/#шаги'],
  ['апи ключ для zakupki.gov.ru в вебторгах', '/services/token/'],
  ['тикет в техподдержку еис как завести', '/support/create-request/#шаги'],
  [
    'тикет висит в работе, создать еще один чтобы пнуть по срокам?',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  [
    'саппорт закрыл тикет а проблема осталась, реопен можно?',
    '/reference/troubleshooting/#err-request-closed',
  ],
  [
    'кто-то из бухгалтерии перегенерил пароль в лк и вебторги перестали слать',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'вбил токен в вебторгах, синхронизация с закупками как не работала так и не работает',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  [
    'не ищется региональная система нашей области в списке на закупках',
    '/reference/troubleshooting/#err-ris-not-found',
  ],
  [
    'запись экрана для тикета об ошибке обязательна?',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  ['сайт пишет куда-то мои запросы? телеметрия, куки', '/tools/progress/#что-сайт-отправляет'],
  ['чатик еис в телеге или максе, ссылку бы', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  [
    'акты приемки из закупок подтягивать в нашу систему, что настроить',
    '/activation/edo-identifier/',
  ],
  ['видосы обучающие по еис где лежат', '/support/knowledge-base/#база-знаний-еис'],
  ['карта сайта, какие тут разделы', '/#как-устроен-сайт'],
  [
    'юзер не заведен в еис, из торгов ничего не уходит',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
];

export const HELD_OUT_38b = CORPUS_38b;
