/**
 * Corpus 28a: reader questions for the site's search, written on 2026-12-06 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: a help-desk operator of the regional Web-Торги-КС support line retelling customers («клиент говорит…»), internal shorthand (ВТ, КС, ЛК, ТП, РИС, ЭДО), half an error text from a screenshot.
 * Written to the same brief as corpora 25 and 26 (a set share of wrong layouts, translit, pasted
 * messages and words the site does not use), to be learned: measured once on arrival (round
 * 15's engine, after its other changes), then learned whole (training.ts). Kept in the order
 * written.
 */
import type { Query } from './search-queries';

export const CORPUS_28a: readonly Query[] = [
  // короткие запросы
  ['телефон поддерки еис', '/support/knowledge-base/#телефоны-поддержки'],
  ['код рис субъекта', '/reference/troubleshooting/#err-ris-not-found'],
  ['перерегестрация ВТ', '/connect/re-registration/'],
  ['плагин фиксации что такое', '/reference/glossary/#action-recording-plugin'],
  ['статусы обращений тп', '/support/request-statuses/#что-означают-статусы'],
  ['ГоИС расшифровка', '/reference/glossary/#gois'],
  ['печать pdf инструкция', '/print/'],
  ['главная еис настройка интеграции', '/'],
  ['список напоминаний удалить', '/tools/reminder/#vashi-napominaniya'],
  ['мои чеклисты', '/tools/progress/#vse-spiski'],
  ['база знаний еис где', '/support/knowledge-base/#база-знаний-еис'],
  ['faq еис категории', '/support/knowledge-base/#часто-задаваемые-вопросы-faq'],
  ['канал еис телеграм макс', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  ['консультация или ошибка', '/support/create-request/#вид-обращения-консультация-или-ошибка'],
  ['малый объем в обращении', '/support/create-request/#шаги'],
  ['справочник ошибок интеграции', '/reference/troubleshooting/'],
  ['настройки регданные в еис КС', '/connect/web-torgi-ks/#шаги'],
  ['уполномоченное учреждение', '/reference/glossary/#authorized-institution'],
  ['электронное активирование', '/reference/glossary/#electronic-activation'],
  ['лк 44 фз это', '/reference/glossary/#fz-44'],
  ['сервисы отдачи что дают', '/reference/glossary/#output-services'],
  ['админ организации полномочие', '/reference/glossary/#org-administrator'],
  ['когда обращение закрывается само', '/support/request-statuses/#когда-обращение-закрывается'],
  ['xml файлы к обращению', '/reference/troubleshooting/#err-integration-request-files'],
  ['где взять токен еис', '/reference/troubleshooting/#err-token-where'],
  // вопросы живой речью
  [
    'клиент говорит: в ЛК получили пароль, потом кто-то из коллег ещё раз нажал ссылку про https, и теперь в ВТ пароль не принимает. что делать?',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'у заказчика после получения пароля нажали «сохранить» в карточке пользователя в ЛК — пароль теперь другой? как быть',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'заказчик закрыл окно с логином и паролем и ничего не записал, можно его открыть снова и увидеть тот же пароль?',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'скопировали пароль, но кнопку продолжить не нажимали, сразу закрыли. пароль будет работать?',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  [
    'кто в организации может получить логин и пароль для интеграции — только руководитель или админ тоже может?',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'пароль, который показала ЕИС, он постоянный или временный? клиент боится, что завтра сменится',
    '/connect/https-credentials/#что-получится',
  ],
  [
    'клиент вообще не может войти в саму Web-Торги-КС, к кому его отправлять?',
    '/connect/web-torgi-ks/#что-понадобится',
  ],
  [
    'как понять, у нас в регионе система зарегистрирована как РИС или нет, и что тогда заполнять — токен или права?',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'клиент заполнил токен в настройке взаимодействия с сервисами ЕИС, а ничего не поменялось, так и должно быть?',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  [
    'на какой срок выдавать токен в ЛК, можно поставить подольше, чтобы не перевыпускать каждый год?',
    '/services/token/#шаги',
  ],
  [
    'этот режим настройки взаимодействия с сервисами ЕИС в КС вообще на что влияет, для чего он?',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'кто у заказчика должен выпускать токен в ЛК и кто его потом вносит в КС — любой пользователь?',
    '/services/token/#кто-может-это-сделать',
  ],
  [
    'что нужно подготовить перед настройкой прав на РИС, код РИС у кого узнавать?',
    '/services/ris-rights/#что-понадобится',
  ],
  [
    'кто должен выдавать права доступа к РИС — администратор организации или любой с ролью заказчик? и под кем потом перезаходить',
    '/services/ris-rights/#кто-может-это-сделать',
  ],
  [
    'у организации есть ещё роль уполномоченного органа, права на РИС дали, а работа в РИС всё равно не идёт',
    '/reference/troubleshooting/#err-extra-roles',
  ],
  [
    'где заказчику взять идентификатор ЭДО для загрузки документов приёмки из ЕИС?',
    '/activation/edo-identifier/#шаги',
  ],
  [
    'идентификатор ЭДО скопировали, а куда его вставлять в КС? импорт приёмки где запускается',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  [
    'клиент выдал идентификатор ЭДО, а скопировать забыл — можно его посмотреть ещё раз?',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  [
    'пользователь не зарегистрирован в ЕИС, как его зарегистрировать, чтобы из ВТ можно было отправлять?',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  [
    'организацию перерегистрировали, из КС документы не уходят, что по шагам делать в ЛК и потом в КС',
    '/connect/re-registration/#шаги',
  ],
  [
    'как оформить обращение в ТП ЕИС по проблеме интеграции с КС, какой вид выбирать и какую галку ставить',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  [
    'можно в одном обращении описать сразу несколько проблем или по каждой отдельно писать?',
    '/support/create-request/#четыре-правила-обращения',
  ],
  [
    'ТП прислала запрос информации — сколько дней у заказчика на ответ и что будет, если не ответит?',
    '/support/request-statuses/#что-означают-статусы',
  ],
  [
    'где в ЛК посмотреть свои обращения и обращения всей организации?',
    '/support/request-statuses/#где-смотреть-свои-обращения',
  ],
  [
    'на странице техподдержки есть переключатель пользователь/организация и вкладка черновики — какие там ещё столбцы и вкладки?',
    '/support/request-statuses/#страница-техническая-поддержка',
  ],
  [
    'веду настройку сразу за 12 школ и садиков — можно на сайте отмечать шаги по каждой организации отдельно?',
    '/tools/progress/#organizacii',
  ],
  [
    'хочу продолжить отметки на другом компе, как перенести прогресс и не потерять?',
    '/tools/progress/#perenos',
  ],
  [
    'безопасники спрашивают: сайт куда-то отправляет то, что мы ищем? пароли не утекут?',
    '/tools/progress/#что-сайт-отправляет',
  ],
  [
    'можно напоминание о сроке в календарь outlook закинуть?',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  [
    'какой порядок: сначала пароль в ЛК получать или сначала что-то в КС делать?',
    '/#с-чего-начать',
  ],
  [
    'для кого вообще этот сайт — для заказчиков или для админов ВТ в регионе?',
    '/#для-кого-этот-сайт',
  ],
  [
    'есть ли лента обновлений сайта, чтобы подписаться и не пропускать изменения в инструкциях?',
    '/reference/changes/',
  ],
  [
    'ничего из списка ошибок не подошло, клиент всё перепробовал — куда дальше?',
    '/reference/troubleshooting/#if-nothing-helped',
  ],
  [
    'как в базе знаний ЕИС найти нужное руководство, например по допсоглашениям к контрактам?',
    '/support/knowledge-base/#как-найти-нужный-материал',
  ],
  [
    'клиент ведёт три учреждения, как сделать напоминания о сроках токена для каждого, чтоб не путать?',
    '/tools/reminder/#добавить-напоминание',
  ],
  // сообщения об ошибках
  [
    'Обнаружено несовпадение данных сертификата с данными зар',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'клиент прислал скрин: "ошибка о некорректности логина и пар..." при отправке плана-графика',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'несоответствие регистрационных данных пользователя в ЕИС',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'Информация о недоступности отдельных функций ЕИС в сфере зак',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'Работа с обращениями в статусе «Закрыто» далее не осущ',
    '/reference/troubleshooting/#err-request-closed',
  ],
  [
    'при создании обращения выскакивает — предлагает установить плагин',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'было Решено, потом "автоматически поменяет статус на Закрыто через 7 рабочих дн"',
    '/reference/troubleshooting/#err-request-resolved-closed',
  ],
  [
    'в администрировании не появился пункт Перечень региональных информационных сист',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  [
    'у заказчика пишет нет блока права доступа к РИС в настройке взаимодействия',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  [
    'истек срок действия идентификатора для использования сервисов отд',
    '/reference/troubleshooting/#err-token-expired',
  ],
  [
    'закрыто без возможности переоткрытия, а проблема уже была в новостях',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  [
    'срок действия идентификатора участника электронного документооборота истёк',
    '/reference/troubleshooting/#err-edo-expired',
  ],
  [
    'консультацию закрыли "решено после 3 выраженных пользователем несогласий"',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],
  [
    'не получается авторизоваться в личном кабинете, а надо написать в ТП',
    '/reference/troubleshooting/#err-cannot-login-request',
  ],
  [
    '"Если в обращении с видом Консультация содержится информация об ошибке, то такое обр',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  // не та раскладка, транслит, опечатки
  ['gfhjkm tbc lkz byntuhfwbb', '/connect/https-credentials/'],
  ['njrty cthdbcs jnlfxb', '/services/token/'],
  ['ntktajy nt[gjllth;rb', '/support/knowledge-base/#телефоны-поддержки'],
  ['kak sozdat obrashenie v tp eis', '/support/create-request/#шаги'],
  ['identifikator edo gde vzyat', '/activation/edo-identifier/#шаги'],
  ['перерегитсрация организацыи новый парль в кс', '/connect/re-registration/'],
  ['cnfnecs j,hfotybq', '/support/request-statuses/#что-означают-статусы'],
  ['ghfdf ljcnegf r hbc', '/services/ris-rights/'],
  ['glossariy sokrashcheniy eis', '/reference/glossary/'],
  ['напоминане о сроке токина идентификатра', '/tools/reminder/'],
  // своими словами
  [
    'клиент говорит ВТ не стыкуется с госзакупками, планы не летят — с чего копать',
    '/reference/troubleshooting/#diagnostic',
  ],
  ['апи ключ для госзакупок куда вбивать в КС', '/services/token/#шаги'],
  [
    'тикет в ТП ЕИС прибили, на их уточнение не успели отписаться',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'запись экрана для ТП ЕИС обязательна или можно без неё?',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  [
    'в кабинете заказчика админка → юзеры, где там выдают учётку для выгрузки из ВТ',
    '/connect/https-credentials/#шаги',
  ],
  ['ключ ЭДО для актирования приёмки — что это и зачем', '/activation/edo-identifier/'],
  ['анкета, чтобы понять какие инструкции проходить', '/tools/start/'],
  [
    'где смотреть объявления о падении ЕИС, чтоб зря тикет не плодить',
    '/support/knowledge-base/#новости-и-уведомления',
  ],
  ['распечатать все инструкции одной простынёй', '/print/'],
  [
    'ЭЦП директора не совпадает при входе в ЛК',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'дедлайн по тикету где глянуть, не дублировать же заявку',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  ['СТП это что за зверь', '/reference/glossary/#stp'],
  ['окошко с паролем: в конце жать сохранить или отмену?', '/connect/https-credentials/#шаги'],
  [
    'что правили в разделе с ошибками, ченджлог',
    '/reference/changes/#page-reference-troubleshooting',
  ],
  [
    'у клиента всё легло в ЕИС — сначала самим искать или сразу звонить на линию',
    '/support/knowledge-base/#порядок-действий-при-проблеме',
  ],
];

export const TUNING_28a = CORPUS_28a;
