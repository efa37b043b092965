/**
 * Corpus 50a: reader questions for the site's search, written on 2026-12-07 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: Galina Sergeevna, 46, contract manager at a central district hospital (ЦРБ), searching between other work: terse businesslike notes, abbreviations (ЛК, ВТ, ТП, ЭЦП), error messages retyped by hand with slips, sometimes the wrong keyboard layout.
 * Held out whole, as decided before it arrived: never learned, never tuned on. Kept in the order
 * written.
 */
import type { Query } from './search-queries';

export const CORPUS_50a: readonly Query[] = [
  [
    'ВТ не отправляет план-график в ЕИС, пишет несоответствие рег. данных',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  ['логин пароль для интеграции где взять', '/connect/https-credentials/#шаги'],
  ['телефон ТП ЕИС', '/support/knowledge-base/#телефоны-поддержки'],
  ['njrty', '/services/token/'],
  [
    'коллега из экономического нажал в ЛК ссылку про https, у меня в ВТ теперь пароль не подходит',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  ['куда в ВТ вбивать логин и пароль от ЕИС', '/connect/web-torgi-ks/#шаги'],
  [
    'обнаруженно несовпадение данных сертефиката с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'кто может получить пароль для интеграции, у меня в ЛК права специалиста',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  ['идентификатор участника ЭДО', '/activation/edo-identifier/'],
  ['распечатать инструкцию целиком', '/print/'],
  [
    'ошибка о некоректности логина и пароля при отправке в еис',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  ['токен или рис, как понять что нам надо', '/services/overview/#как-понять-какой-путь-ваш'],
  [
    'закрыла окно с паролем не записала что делать',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  ['статус запрос информации', '/support/request-statuses/#что-означают-статусы'],
  ['сервисы отдачи это что такое', '/reference/glossary/#output-services'],
  ['как создать обращение в техподдержку еис', '/support/create-request/#шаги'],
  [
    'после перерегистрации кто в ЛК может посмотреть новый логин',
    '/connect/re-registration/#кто-может-это-сделать',
  ],
  ['срок токена какой ставить', '/services/token/#шаги'],
  [
    'консультация или ошибка что выбирать в обращении',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  [
    'нет пункта перечень региональных информационых систем в администрировании',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  ['где в ЕИС база знаний', '/support/knowledge-base/#база-знаний-еис'],
  [
    'ЭЦП руководителя поменяли, как новый сертификат в ЛК 44-ФЗ зарегистрировать',
    '/support/knowledge-base/#часто-задаваемые-вопросы-faq',
  ],
  ['ГоИС это что за система', '/reference/glossary/#gois'],
  [
    'нажала Сохранить в рег данных пользователя, пароль опять другой',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  ['флаг сменить пароль в ВТ', '/connect/web-torgi-ks/#шаги'],
  [
    'обращение закрылось, не успели ответить на запрос',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  ['электронное активирование', '/reference/glossary/#electronic-activation'],
  ['права доступа к РИС пошагово', '/services/ris-rights/#шаги'],
  ['rjl hbc', '/reference/troubleshooting/#err-ris-not-found'],
  [
    'идентификатор ЭДО куда вводить в ВТ, для импорта приемки',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  ['напоминание о сроке токена', '/tools/reminder/'],
  [
    'ЦРБ, у нас еще роль уполномоченное учреждение, права к РИС сделали только под заказчиком',
    '/reference/troubleshooting/#err-extra-roles',
  ],
  ['документ не уходит в ЕИС', '/reference/troubleshooting/#diagnostic'],
  ['мои обращения где', '/support/request-statuses/#где-смотреть-свои-обращения'],
  [
    'xml файлы к обращению по интеграции с ВТ',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  ['истек срок токена', '/reference/troubleshooting/#err-token-expired'],
  ['с чего начать настройку интеграции', '/tools/start/'],
  [
    'нажимать продолжить после того как скопировала пароль? или сразу закрыть',
    '/connect/https-credentials/#шаги',
  ],
  ['не нажала продолжить в окне с паролем', '/reference/troubleshooting/#err-continue-not-pressed'],
  ['плагин фиксации действий', '/reference/glossary/#action-recording-plugin'],
  [
    'при создании обращения просит установить плагин',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  ['срок действия идентификатора эдо закончился', '/reference/troubleshooting/#err-edo-expired'],
  [
    'информация о недоступности отдельных функций ЕИС в сфере закупок',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'где смотреть новости о сбоях ЕИС, прежде чем писать в ТП',
    '/support/knowledge-base/#новости-и-уведомления',
  ],
  [
    'режим настройка взаимодействия с сервисами ЕИС зачем он',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'заполнили токен в ВТ, ничего не поменялось',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  [
    'кто вводит пароль в ВТ сам пользователь или админ',
    '/connect/web-torgi-ks/#кто-может-это-сделать',
  ],
  ['плановый срок решения обращения', '/support/request-statuses/#плановый-срок-решения'],
  [
    'хочу узнать когда решат обращение, писать повторно?',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  [
    'консультацию закрыли автоматически без возможности переоткрытия',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  ['cnfnecs j,hfotybq', '/support/request-statuses/'],
  [
    'не пускает в ЛК, а обращение написать надо',
    '/reference/troubleshooting/#err-cannot-login-request',
  ],
  [
    'обращение через профиль на сайте еис без авторизации',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  ['дата предоставления доступа для РИС какую ставить', '/services/ris-rights/#шаги'],
  ['нет блока права доступа к РИС в ВТ', '/reference/troubleshooting/#err-ris-block-missing'],
  ['ВТ у нас как РИС не зарегистрирована, что заполнять', '/services/token/'],
  [
    'пользователь не зарегистрирован в ЕИС как пользователь организации',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  [
    'скопировала пароль с пробелом в конце, теперь ошибка',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  ['какие опции отмечать в работа с информационными системами', '/services/ris-rights/#шаги'],
  [
    'права к РИС кто делает, админ организации или руководитель',
    '/services/ris-rights/#кто-может-это-сделать',
  ],
  [
    'администратор организации и лицо уполномоченное руководителем (администратор организации) в чем разница',
    '/reference/glossary/#org-administrator',
  ],
  ['СТП', '/reference/glossary/#stp'],
  ['сохранить всю инструкцию в pdf', '/print/'],
  ['что изменилось в инструкции за последнее время', '/reference/changes/'],
  ['лента atom изменений', '/reference/changes/'],
  ['перенести отметки на другой компьютер', '/tools/progress/#perenos'],
  [
    'веду несколько заказчиков, ЦРБ и подведы, отметки отдельно можно?',
    '/tools/progress/#organizacii',
  ],
  ['сайт куда-то отправляет что я ищу?', '/tools/progress/#что-сайт-отправляет'],
  ['мой прогресс', '/tools/progress/'],
  ['добавить срок в календарь ics', '/tools/reminder/#когда-срок-подходит-к-концу'],
  ['срок ЭДО через месяц кончается, как продлить', '/tools/reminder/#когда-срок-подходит-к-концу'],
  ['план из с чего начать отправить коллеге ссылкой', '/tools/start/'],
  ['для кого этот сайт', '/#для-кого-этот-сайт'],
  ['рисунки на сайте не как у меня на экране, это схемы?', '/#для-кого-этот-сайт'],
  [
    'выдача идентификатора участника электронного документооборота сохранить не собьет пароль интеграции?',
    '/activation/edo-identifier/#шаги',
  ],
  [
    'кто выдает идентификатор ЭДО, какие права нужны',
    '/activation/edo-identifier/#кто-может-это-сделать',
  ],
  [
    'идентификатор эдо не сохранили, можно посмотреть еще раз?',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  ['документы приемки', '/reference/glossary/#acceptance-documents'],
  ['какие документы уходят из ВТ в ЕИС по интеграции', '/connect/https-credentials/#что-получится'],
  ['разрешить использование сервисов отдачи', '/services/token/#шаги'],
  ['кому в ВТ открыт режим для токена', '/services/token/#кто-может-это-сделать'],
  ['где взять токен для сервиса отдачи ЕИС', '/reference/troubleshooting/#err-token-where'],
  ['gththtubcnhfwbz организации', '/connect/re-registration/'],
  [
    'в одном обращении можно несколько вопросов?',
    '/support/create-request/#четыре-правила-обращения',
  ],
  ['малая закупка, обращение в ТП, поле да с 01.07', '/support/create-request/#шаги'],
  [
    'решено стояло, не подтвердили, закрылось',
    '/reference/troubleshooting/#err-request-resolved-closed',
  ],
  [
    'консультацию переоткрывала 3 раза и ее закрыли',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],
  [
    'обращение закрыли, ответили проблема в новостях',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  ['закрытое обращение переоткрыть можно', '/reference/troubleshooting/#err-request-closed'],
  [
    'сколько рабочих дней дается ответить на запрос информации',
    '/support/request-statuses/#когда-обращение-закрывается',
  ],
  ['черновики обращений', '/support/request-statuses/#страница-техническая-поддержка'],
  ['телеграм канал ЕИС', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  [
    'руководство пользователя и видеоролик по допсоглашениям',
    '/support/knowledge-base/#как-найти-нужный-материал',
  ],
  [
    'сначала самим искать или сразу звонить в ТП',
    '/support/knowledge-base/#порядок-действий-при-проблеме',
  ],
  ['ГИС ЕИС ЗАКУПКИ это то же что ЕИС?', '/reference/glossary/#eis'],
  ['ЭТП расшифровка', '/reference/glossary/#etp'],
  ['уполномоченный орган роль', '/reference/glossary/#authorized-body'],
  ['инструкции по интеграции ВТ с ЕИС все разделы', '/#как-устроен-сайт'],
  [
    '1.5.3.3 настройка взаимодействия руководство администратора',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    '13.1 версия ЕИС настройка не обрабатывается, это еще так?',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
];

export const HELD_OUT_50a = CORPUS_50a;
