/**
 * Corpus 25a: reader questions for the site's search, written on 2026-12-06 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: an IT outsourcing engineer who serves 15 municipal libraries of a district; terse, technical, mixes in English terms (login, token, HTTPS, 401), pastes log lines, rarely uses punctuation.
 * The brief asked for a mix: a quarter short queries, a third full questions, error messages
 * pasted or retold, a tenth in the wrong keyboard layout, translit or many typos, and words the
 * site does not use. Kept in the order written. All of it is held out: measured on arrival with
 * round 14's engine, never learned and never tuned on.
 */
import type { Query } from './search-queries';

export const CORPUS_25a: readonly Query[] = [
  // короткие запросы
  ['пароль htps еис', '/connect/https-credentials/'],
  ['токен сервисы одачи', '/services/token/'],
  ['доступ рис региона кабинет', '/services/ris-rights/'],
  ['индетификатор эдо', '/activation/edo-identifier/'],
  ['перерегистрация новый логин', '/connect/re-registration/'],
  ['телефон тп zakupki', '/support/knowledge-base/#телефоны-поддержки'],
  ['статусы тикетов еис', '/support/request-statuses/#что-означают-статусы'],
  ['гоис это', '/reference/glossary/#gois'],
  ['pdf вся инструкция', '/print/'],
  ['changelog инструкций', '/reference/changes/'],
  ['напоминалка срок токена', '/tools/reminder/'],
  ['код рис субъекта', '/reference/troubleshooting/#err-ris-not-found'],
  ['телеграм макс канал еис', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  ['faq еис категории', '/support/knowledge-base/#часто-задаваемые-вопросы-faq'],
  ['срок решения тикета', '/support/request-statuses/#плановый-срок-решения'],
  ['малый обьем обращение да', '/support/create-request/#шаги'],
  [
    'консультация или ошибка тикет',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  ['опросник план настройки', '/tools/start/'],
  ['еис 13.1 не обрабатывается', '/reference/troubleshooting/#err-services-setting-no-effect'],
  ['стп расшифровка', '/reference/glossary/#stp'],
  ['сервисы отдачи что это', '/reference/glossary/#output-services'],
  ['электронное актирование', '/reference/glossary/#electronic-activation'],
  ['список всех инструкций', '/#основные-инструкции'],
  ['сброс отметок чеклиста', '/tools/progress/#perenos'],

  // вопросы живой речью
  [
    'у меня 15 библиотек каждая свой заказчик можно отметки и план вести по каждой отдельно а не в одну кучу',
    '/tools/progress/#organizacii',
  ],
  [
    'кто должен генерить логин пароль https директор библиотеки или можно мне под админской учеткой',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'куда в торгах вбивать логин и пароль от еис там какая то вкладка и галка сменить',
    '/connect/web-torgi-ks/#шаги',
  ],
  [
    'что подготовить заранее перед тем как идти в кабинет за паролем https чтобы не сбить его',
    '/connect/https-credentials/#что-понадобится',
  ],
  [
    'пароль для интеграции постоянный или меняется каждый раз когда открываешь',
    '/connect/https-credentials/#что-получится',
  ],
  [
    'после перерегистрации библиотеки документы не уходят надо заново получать логин в еис и вбивать в торги?',
    '/connect/re-registration/',
  ],
  [
    'кто после перерегистрации может посмотреть новые логины пользователей в кабинете',
    '/connect/re-registration/#кто-может-это-сделать',
  ],
  [
    'как понять у нашего региона торги зарегены как рис или нам через токен',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'этот режим взаимодействия с сервисами вообще на что то влияет или он для красоты',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  ['на какой срок ставить токен при выдаче год или максимум', '/services/token/#шаги'],
  [
    'кто в кабинете заказчика может выдать токен обычный юзер или только админ орг',
    '/services/token/#кто-может-это-сделать',
  ],
  [
    'какую дату предоставления доступа ставить рис и чем потом подписать',
    '/services/ris-rights/#шаги',
  ],
  [
    'что должно появиться в кабинете после того как раздал себе права на инфосистемы',
    '/services/ris-rights/#что-получится',
  ],
  [
    'куда потом вводить идентификатор эдо в торгах для импорта приемки',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  [
    'кнопка сохранить в окне выдачи идентификатора эдо тоже сбивает пароль https или нет',
    '/activation/edo-identifier/#шаги',
  ],
  [
    'можно посмотреть уже выданный идентификатор эдо повторно или только перевыпускать',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  [
    'токен скоро кончится как его продлить в еис хоть что то про это написано',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  ['еис сама предупреждает что токен или эдо истекает или следить самому', '/tools/reminder/'],
  [
    'что писать в теме тикета чтобы его не закрыли сразу',
    '/support/create-request/#четыре-правила-обращения',
  ],
  [
    'можно в одном обращении описать косяки сразу по нескольким библиотекам или надо дробить',
    '/support/create-request/#четыре-правила-обращения',
  ],
  [
    'документы из торгов не уходят в еис ставить ли галку интеграция и какие файлы прикладывать',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  [
    'где посмотреть все тикеты организации а не только мои',
    '/support/request-statuses/#где-смотреть-свои-обращения',
  ],
  [
    'тикет в статусе запрос информации сколько дней есть на ответ пока не закрыли',
    '/support/request-statuses/#что-означают-статусы',
  ],
  [
    'в каких случаях обращение закрывается само и можно ли потом переоткрыть',
    '/support/request-statuses/#когда-обращение-закрывается',
  ],
  [
    'база знаний еис не открывается без входа это нормально и где она вообще',
    '/support/knowledge-base/#база-знаний-еис',
  ],
  [
    'что проверить самому прежде чем звонить в поддержку еис',
    '/support/knowledge-base/#порядок-действий-при-проблеме',
  ],
  [
    'где смотреть новости о сбоях еис чтобы не писать тикет зря',
    '/support/knowledge-base/#новости-и-уведомления',
  ],
  ['можно скинуть коллеге план из опросника ссылкой он у него откроется?', '/tools/start/'],
  [
    'сайт куда то отправляет мои запросы или отметки безопасники спрашивают что уходит на сервер',
    '/tools/progress/#что-сайт-отправляет',
  ],
  ['можно распечатать все инструкции разом с квадратиками для отметок библиотекарям', '/print/'],
  [
    'что поменяли в инструкции по токену в последнем обновлении надо перенастраивать?',
    '/reference/changes/#page-services-token',
  ],
  ['есть atom или rss лента изменений чтобы подписаться', '/reference/changes/'],
  ['для кого этот сайт для заказчиков или для админов системы в регионе', '/#для-кого-этот-сайт'],
  [
    'чем отличается администратор организации от лица уполномоченного руководителем на определение лиц это два разных полномочия?',
    '/reference/glossary/#org-administrator',
  ],
  [
    'не знаю какая у меня ошибка есть пошаговая диагностика да нет',
    '/reference/troubleshooting/#diagnostic',
  ],

  // сообщения об ошибках
  [
    '[09:14:02] ERROR send to EIS: HTTP 401 логин или пароль некорректны',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'ошибка о несоответствии регистрационных данных пользователя в еис при отправке плана графика',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'Обнаружено несовпадение данных сертификата с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'информация о недоступности отдельных функций еис в сфере закупок а у нас план не грузится',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'при создании обращения пишет установите плагин',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'обращение закрыто автоматически без возможности переоткрытия вид консультация',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'статус закрыто через 7 рабочих дней не ответили на запрос информации',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'консультацию закрыли после 3 переоткрытий',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],
  [
    'обращение закрыто проблема описана в новостях или уведомлениях',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  [
    'нет блока права доступа к рис в режиме настройки сервисов',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  [
    'в администрировании не появился перечень региональных информационных систем',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  [
    'срок действия идентификатора участника эдо истек',
    '/reference/troubleshooting/#err-edo-expired',
  ],
  ['токен истек срок действия сервисы отдачи', '/reference/troubleshooting/#err-token-expired'],
  [
    'пользователь организации не зарегистрирован в еис отправка из торгов не идет',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  [
    'работа с обращениями в статусе закрыто далее не осуществляется',
    '/reference/troubleshooting/#err-request-closed',
  ],
  [
    'было решено потом статус сменился на закрыто автоматически',
    '/reference/troubleshooting/#err-request-resolved-closed',
  ],

  // другая раскладка, транслит, опечатки
  ['gfhjkm lkz byntuhfwbb', '/connect/https-credentials/'],
  ['ult dpznm njrty', '/reference/troubleshooting/#err-token-where'],
  ['rfr cjplfnm j,hfotybt', '/support/create-request/'],
  ['ukjccfhbq', '/reference/glossary/'],
  ['cnfnecs j,hfotybq', '/support/request-statuses/'],
  ['posle pereregistracii novyj login parol kuda vvodit v torgi', '/connect/re-registration/#шаги'],
  ['kak poluchit identifikator edo dlya priemki', '/activation/edo-identifier/#шаги'],
  ['ris ili token kak ponyat chto nam nado', '/services/overview/#как-понять-какой-путь-ваш'],
  [
    'пароль пересал работать в торгах кто то нажал сылку хтпс',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'какие файлы прикрепить к обращнию по интеграцыи xml',
    '/reference/troubleshooting/#err-integration-request-files',
  ],

  // своими словами
  [
    'где в админке еис список юзеров чтобы перегенерить креды для торгов',
    '/connect/https-credentials/#шаги',
  ],
  [
    'креды слетели после того как бухгалтер тыкнула сохранить в карточке юзера',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'закрыл попап с паролем не скопировав что теперь',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'не жмакнул продолжить в окошке с паролем он теперь одноразовый?',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  [
    'тикетница еис вкладки открытые закрытые черновики где',
    '/support/request-statuses/#страница-техническая-поддержка',
  ],
  [
    'не могу найти нашу областную рис в списке систем',
    '/reference/troubleshooting/#err-ris-not-found',
  ],
  [
    'скринкаст для техподдержки еис обязательно прикладывать?',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  [
    'напоминалки по срокам токенов на каждую библиотеку как подписать',
    '/tools/reminder/#добавить-напоминание',
  ],
  ['карта сайта что где лежит', '/#как-устроен-сайт'],
  [
    'как пнуть поддержку по срокам не плодя новый тикет',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  ['в лк не пускает а тикет кинуть надо', '/reference/troubleshooting/#err-cannot-login-request'],
  [
    'у библиотеки доп роль уполномоченный орган и с рис ничего не взлетает',
    '/reference/troubleshooting/#err-extra-roles',
  ],
  ['ПК Web-Торги КС и WEB-Торги-КС одна прога?', '/reference/glossary/#web-torgi-ks'],
  ['дашборд с моими чеклистами сколько шагов пройдено', '/tools/progress/#vse-spiski'],
  ['кабинет 44 фз и лк заказчика это одно и то же', '/reference/glossary/#lk'],
];

export const HELD_OUT_25a = CORPUS_25a;
