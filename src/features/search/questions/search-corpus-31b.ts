/**
 * Corpus 31b: reader questions for the site's search, written on 2026-12-06 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: a system administrator of a regional ministry's IT centre rolling the integration out to 50 subordinate organisations: old Windows 7 PCs, printing, where the site keeps progress, privacy, many organisations at once; terse, English terms.
 * Written in round 16 to the brief of corpora 25–30 (a set share of wrong layouts, translit,
 * pasted messages and words the site does not use) and held out whole, as decided before they
 * arrived: never learned, never tuned on. Measured on arrival with round 15's last engine.
 * Kept in the order written.
 */
import type { Query } from './search-queries';

export const CORPUS_31b: readonly Query[] = [
  // короткие запросы
  ['телефон тп еис', '/support/knowledge-base/#телефоны-поддержки'],
  ['токен сервисы отдачи', '/services/token/'],
  ['права рис', '/services/ris-rights/'],
  ['распечатать инструкцию', '/print/'],
  ['электронное активирование', '/reference/glossary/#electronic-activation'],
  ['выдача идентификатора эдо', '/activation/edo-identifier/#шаги'],
  ['статусы обращений', '/support/request-statuses/#что-означают-статусы'],
  ['глосарий', '/reference/glossary/'],
  ['гоис это', '/reference/glossary/#gois'],
  ['плагин фиксации действий', '/reference/glossary/#action-recording-plugin'],
  ['база знаний еис', '/support/knowledge-base/#база-знаний-еис'],
  ['лента atom', '/reference/changes/'],
  ['напоминалка сроков', '/tools/reminder/'],
  ['сервисы отдачи что дают', '/reference/glossary/#output-services'],
  ['код рис субъекта', '/services/ris-rights/#что-понадобится'],
  ['флаг интеграция xml', '/support/create-request/#обращение-по-вопросам-интеграции'],
  ['консультация или ошибка', '/support/create-request/#вид-обращения-консультация-или-ошибка'],
  ['срок решения обращения', '/support/request-statuses/#плановый-срок-решения'],
  ['макс телеграм еис', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  ['уполномоченое учреждение', '/reference/glossary/#authorized-institution'],
  ['малый объем обращение 93', '/reference/glossary/#small-volume-purchase'],
  ['токен или рис', '/services/overview/#как-понять-какой-путь-ваш'],
  ['несколько организаций', '/tools/progress/#organizacii'],
  ['ЛК расшифровка', '/reference/glossary/#lk'],
  ['СТП', '/reference/glossary/#stp'],

  // вопросы живой речью
  [
    'как получить в лк еис логин и пароль для интеграции по https, я админ организации',
    '/connect/https-credentials/#шаги',
  ],
  [
    'кто должен генерить логин пароль для интеграции — руководитель или любой админ? и пользователь должен быть уже зарегистрирован?',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'если пользователь сам нажмет ссылку про https еще раз, пароль поменяется? сколько раз можно жать',
    '/connect/https-credentials/#что-получится',
  ],
  ['куда в web-торги-кс вбивать логин и пароль от еис', '/connect/web-torgi-ks/#шаги'],
  [
    'в окне регистрационных данных в вебторгах есть еще обязательные поля, в инструкции их нет — что туда писать?',
    '/connect/web-torgi-ks/#шаги',
  ],
  [
    'пользователь не может зайти в саму web-торги-кс, кто выдает доступ в систему',
    '/connect/web-torgi-ks/#что-понадобится',
  ],
  [
    'после перерегистрации организации нужно ли каждому пользователю заново получать логин и пароль и вносить в систему',
    '/connect/re-registration/',
  ],
  [
    'как понять, зарегистрирована ли наша web-торги-кс в еис как рис, и от этого зависит токен или права?',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'влияет ли сейчас вообще режим настройка взаимодействия с сервисами еис на отправку документов или это заготовка на будущее',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'на какой срок выдавать токен в лк заказчика, чтобы потом не перевыпускать',
    '/services/token/#шаги',
  ],
  [
    'как продлить токен сервисов отдачи, если срок скоро заканчивается',
    '/services/token/#что-дальше',
  ],
  [
    'какую дату предоставления доступа ставить рис и какой флаг отмечать',
    '/services/ris-rights/#шаги',
  ],
  [
    'что должно появиться в лк после настройки прав доступа к рис, как проверить что все ок',
    '/services/ris-rights/#что-получится',
  ],
  [
    'у части учреждений есть роль уполномоченный орган — надо ли для нее повторять настройку рис и под какой ролью заходить',
    '/services/ris-rights/#шаги',
  ],
  [
    'где в web-торги-кс вводить идентификатор участника эдо и как запускается импорт документов приемки',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  [
    'идентификатор эдо истекает через месяц, его можно продлить или только выдавать заново?',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  [
    'где смотреть обращения, которые заводили другие сотрудники организации',
    '/support/request-statuses/#где-смотреть-свои-обращения',
  ],
  [
    'в каких случаях обращение в техподдержку закрывается само',
    '/support/request-statuses/#когда-обращение-закрывается',
  ],
  [
    'где на странице техподдержки черновики обращений и как искать по номеру',
    '/support/request-statuses/#страница-техническая-поддержка',
  ],
  [
    'можно ли в одном обращении описать проблему сразу по десяти школам или надо по отдельности',
    '/support/create-request/#четыре-правила-обращения',
  ],
  [
    'как написать в поддержку еис, если пользователя не пускает в личный кабинет',
    '/reference/troubleshooting/#err-cannot-login-request',
  ],
  [
    'надо ли перед обращением в тп проверять новости еис о сбоях',
    '/support/knowledge-base/#новости-и-уведомления',
  ],
  [
    'как в faq базы знаний найти вопросы по администрированию и регистрации',
    '/support/knowledge-base/#часто-задаваемые-вопросы-faq',
  ],
  [
    'где хранятся галочки по шагам — на сервере или только в браузере? почистят профиль и все пропадет?',
    '/tools/progress/',
  ],
  [
    'сколько шагов в каждой инструкции и где общий список чеклистов со статусом',
    '/tools/progress/#vse-spiski',
  ],
  [
    'если в поиск по ошибке вставить пароль, он уйдет на сервер сайта?',
    '/tools/progress/#что-сайт-отправляет',
  ],
  [
    'напоминание о сроках работает в старом браузере без javascript на win7?',
    '/tools/reminder/#добавить-напоминание',
  ],
  [
    'как закинуть дату окончания токена в outlook календарь',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  ['как отправить коллеге в учреждении готовый план из опросника по ссылке', '/tools/start/'],
  ['не понимаю что именно надо настроить организации, есть опросник?', '/tools/start/#вопросы'],
  [
    'как распечатать всю инструкцию одним документом для раздачи по учреждениям, и можно ли сохранить в pdf',
    '/print/',
  ],
  [
    'что поменяли в инструкции про токен в последнем обновлении',
    '/reference/changes/#page-services-token',
  ],
  [
    'на рисунках в инструкции скриншоты или схемы, почему вместо названий многоточия',
    '/#для-кого-этот-сайт',
  ],
  [
    'поиск по сайту ничего не находит — где посмотреть список всех ошибок целиком',
    '/reference/troubleshooting/',
  ],
  ['что вообще есть на сайте кроме инструкций — какие инструменты и справка', '/#как-устроен-сайт'],

  // сообщения об ошибках
  [
    'ошибка о некорректности логина и пароля при отправке',
    '/reference/troubleshooting/#err-login-password-incorrect',
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
    'висит "Информация о недоступности отдельных функций ЕИС"',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'нет блока права доступа к рис в режиме настройки',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  [
    'в администрировании не появился перечень региональных информационных систем',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  [
    'при создании обращения пишет установите плагин',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'закрыто автоматически без возможности переоткрытия консультация',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'было решено потом закрыто само через неделю',
    '/reference/troubleshooting/#err-request-resolved-closed',
  ],
  [
    'не ответили на запрос информации обращение закрыли',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  ['истек срок действия токена что делать', '/reference/troubleshooting/#err-token-expired'],
  ['срок действия идентификатора ЭДО истек', '/reference/troubleshooting/#err-edo-expired'],
  [
    'пароль перестал работать после того как коллега нажал данные пользователя для альтернативной интеграции',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'закрыл окно с паролем и не записал',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'консультацию переоткрывали 3 раза и закрыли',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],

  // неверная раскладка, транслит, опечатки
  ['gfhjkm tbc', '/connect/https-credentials/'],
  ['njrty jnlfxb', '/services/token/'],
  ['ghfdf ljcnegf hbc', '/services/ris-rights/'],
  ['gththtubcnhfwbz', '/connect/re-registration/'],
  ['ntktajy gjllth;rb', '/support/knowledge-base/#телефоны-поддержки'],
  ['hfcgtxfnfnm bycnherwb.', '/print/'],
  ['kak sozdat obrashenie v podderzhku eis', '/support/create-request/#шаги'],
  [
    'oshibka nesootvetstvie registracionnyh dannyh',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  ['новй логин парль после перергистрации орагнизации', '/connect/re-registration/#шаги'],
  [
    'нажл сохронить в регистрацонных данных и пароль сбилсь',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],

  // своими словами
  ['креды для вебторгов от госзакупок где брать', '/connect/https-credentials/'],
  ['апи ключ госзакупок для сервисов отдачи', '/services/token/'],
  ['завести тикет в саппорт еис', '/support/create-request/'],
  [
    'апнуть тикет новым обращением чтобы узнать дедлайн',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  [
    'нужно ли писать скринкаст для тикета если у нас сбой',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  [
    'раскатываю на 50 подведов — как подписать напоминалки по каждому подведу',
    '/tools/reminder/#добавить-напоминание',
  ],
  ['бэкап галочек в файл и перенос на другой комп', '/tools/progress/#perenos'],
  [
    'какая телеметрия у сайта, что логируется про пользователя',
    '/tools/progress/#что-сайт-отправляет',
  ],
  ['ЭЦП директора не пускает в закупки', '/reference/troubleshooting/#err-certificate-mismatch'],
  ['госзакупки лежат', '/reference/troubleshooting/#err-eis-functions-unavailable'],
  ['ключ ЭДО для приемки актов', '/activation/edo-identifier/'],
  [
    'вебторги не коннектятся к zakupki, документы не улетают — с чего начать диагностику',
    '/reference/troubleshooting/#diagnostic',
  ],
  [
    'что решает КейСистемс, а что саппорт еис — куда с чем идти',
    '/reference/troubleshooting/#if-nothing-helped',
  ],
  ['мануал админа вебторгов пункт 1.5.3.3', '/services/overview/#как-понять-какой-путь-ваш'],
  ['две админки в полномочиях еис, какая нужна', '/reference/glossary/#org-administrator'],
];

export const HELD_OUT_31b = CORPUS_31b;
