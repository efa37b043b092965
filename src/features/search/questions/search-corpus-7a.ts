/**
 * Corpus 7a: reader questions for the site's search, written on 2026-12-05 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora. Covers the three
 * connect guides, the services overview, token and РИС rights, the ЭДО identifier, «С чего начать»,
 * the home page and the error-dictionary entries those guides lead to; short and long queries,
 * slang, typos, Caps Lock, Latin-layout typing, pasted messages and section questions with anchors.
 * Kept in the order written; split once, mechanically,
 * by position (corpus-split.ts): even positions tune, odd positions are held out. Never reorder.
 */
import { byPosition } from './corpus-split';
import type { Query } from './search-queries';

export const CORPUS_7a: readonly Query[] = [
  // Login and password for HTTPS integration (getting them in the ЕИС cabinet)
  ['где взять логин и пароль для интеграции с еис', '/connect/https-credentials/'],
  [
    'кто у нас в школе может получить пароль для отправки плана-графика в госзакупки? бухгалтер или только директор',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  ['gfhjkm lkz byntuhfwbb', '/connect/https-credentials/'],
  ['альтернативная интеграция https логин', '/connect/https-credentials/'],
  [
    'что нужно подготовить перед тем как получать логин и пароль в кабинете zakupki',
    '/connect/https-credentials/#что-понадобится',
  ],
  ['Данные пользователя для альтернативной интегр', '/connect/https-credentials/'],
  [
    'как сделать чтобы пароль для интеграции был постоянный и больше не менялся',
    '/connect/https-credentials/',
  ],
  ['ПАРОЛЬ ДЛЯ ВЕБ ТОРГОВ ГДЕ ПОЛУЧИТЬ В ЛИЧНОМ КАБИНЕТЕ ЕИС', '/connect/https-credentials/'],
  ['получение логина пароля еис шаги по порядку', '/connect/https-credentials/#шаги'],
  [
    'учетка для интеграции администрирование пользователи организации регистрационные данные',
    '/connect/https-credentials/',
  ],
  [
    'что у меня будет в итоге, когда получу логин и пароль по https',
    '/connect/https-credentials/#что-получится',
  ],
  ['rfr gjkexbnm kjuby b gfhjkm lkz tbc', '/connect/https-credentials/'],
  [
    'логин и пароль по https уже получила, какие следующие инструкции после этой',
    '/connect/https-credentials/#что-дальше',
  ],
  [
    'нужны ли права администратора или руководителя чтобы выдать логин для альтернативной интеграции',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'настраиваю интеграцию сразу для 30 детских садов, где в кабинете еис взять логин и пароль каждого пользователя',
    '/connect/https-credentials/',
  ],
  ['пароль интегррации zakupki.gov.ru получить', '/connect/https-credentials/'],

  // Entering the login and password in Web-Торги-КС
  ['куда вставить пароль от еис в веб торгах', '/connect/web-torgi-ks/'],
  ['relf ddtcnb gfhjkm', '/connect/web-torgi-ks/'],
  [
    'кто вводит логин в web-торги: админ системы или сам сотрудник?',
    '/connect/web-torgi-ks/#кто-может-это-сделать',
  ],
  ['галочка сменить пароль', '/connect/web-torgi-ks/'],
  ['Регистрационные данные в ЕИС где это в программе', '/connect/web-torgi-ks/'],
  [
    'что нужно иметь на руках перед вводом пароля в систему веб-торги кс',
    '/connect/web-torgi-ks/#что-понадобится',
  ],
  ['ВВОД ПАРОЛЯ ДВА РАЗА ВКЛАДКА ЕИС', '/connect/web-torgi-ks/'],
  [
    'ввела логин и пароль в вебторги и нажала сохранить — связь с еис теперь установлена?',
    '/connect/web-torgi-ks/#что-получится',
  ],
  ['dt, njhub htubcnhfwbjyyst lfyyst', '/connect/web-torgi-ks/'],
  ['порядок действий в web торги кс чтобы сохранить логин еис', '/connect/web-torgi-ks/#шаги'],
  ['как поменять пароль в веб торгах на новый из госзакупок', '/connect/web-torgi-ks/'],
  [
    'пароль в вебторгах сохранен, что еще настраивать после этого',
    '/connect/web-torgi-ks/#что-дальше',
  ],

  // After the organisation's re-registration
  ['перерегистрация организации новый логин', '/connect/re-registration/'],
  ['gththtubcnhfwbz', '/connect/re-registration/'],
  [
    'после перерегистрации кто может посмотреть новый пароль в кабинете еис',
    '/connect/re-registration/#кто-может-это-сделать',
  ],
  ['нас перерегистрировали в еис, что теперь вбивать в веб торги', '/connect/re-registration/'],
  [
    'перерегистрация шаги по порядку от кабинета до повторной отправки',
    '/connect/re-registration/#шаги',
  ],
  [
    'что понадобится чтобы внести новые данные после перерегистрации',
    '/connect/re-registration/#что-понадобится',
  ],
  [
    'учреждение перерегистрировалось, логин и пароль сменились сами собой',
    '/connect/re-registration/',
  ],
  [
    'что получится в конце инструкции про перерегистрацию, документ уйдет?',
    '/connect/re-registration/#что-получится',
  ],
  ['перерегистрацыя огранизации еис', '/connect/re-registration/'],
  [
    'после перерегистрации все внесли, что еще почитать дальше',
    '/connect/re-registration/#что-дальше',
  ],

  // Services overview: token or РИС
  ['токен или рис что выбрать', '/services/overview/#как-понять-какой-путь-ваш'],
  [
    'настройка взаимодействия с сервисами еис что это за режим',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  ['cthdbcs tbc', '/services/overview/'],
  [
    'как узнать, зарегистрирована ли наша веб-торги как региональная информационная система',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  ['сервисы отдачи и права доступа к рис в чем разница', '/services/overview/'],
  [
    'какие два блока есть в режиме настройки взаимодействия с сервисами',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  ['разобрался какой путь по сервисам еис мой, что дальше', '/services/overview/#что-дальше'],

  // Token for the ЕИС «отдача» services
  ['токен', '/services/token/'],
  ['njrty lkz cthdbcjd jnlfxb', '/services/token/'],
  [
    'кто выдает токен — админ организации в кабинете заказчика?',
    '/services/token/#кто-может-это-сделать',
  ],
  ['Где взять токен для сервиса отдачи ЕИС?', '/services/token/'],
  ['на какой срок ставить токен, на максимальный?', '/services/token/'],
  ['что понадобится для токена', '/services/token/#что-понадобится'],
  [
    'Настройка выдачи идентификатора для использования сервисов отдачи где это меню',
    '/services/token/',
  ],
  ['флажок разрешить использование сервисов отдачи', '/services/token/'],
  ['токен сервисы отдачи пошагово', '/services/token/#шаги'],
  ['идентификатор и срок действия токена куда вписывать в системе', '/services/token/'],
  ['заполнил токен в вебторгах, как должно выглядеть в итоге', '/services/token/#что-получится'],

  // Access rights for the regional information system (РИС)
  ['как предоставить права рис', '/services/ris-rights/'],
  ['ghfdf hbc', '/services/ris-rights/'],
  [
    'кто должен выдавать права для региональной системы, какая роль и полномочия нужны',
    '/services/ris-rights/#кто-может-это-сделать',
  ],
  ['работа с информационными системами все галочки отметить', '/services/ris-rights/'],
  ['редактирование прав доступа рис кнопка подписать', '/services/ris-rights/'],
  ['что нужно заранее подготовить для настройки прав РИС', '/services/ris-rights/#что-понадобится'],
  ['дата предоставления доступа 01.01.2022 зачем такая', '/services/ris-rights/'],
  ['права рис пошагово', '/services/ris-rights/#шаги'],
  ['Информация об участниках закупки по электронным процедурам флаг', '/services/ris-rights/'],
  [
    'что в итоге появится в администрировании после выдачи прав рис',
    '/services/ris-rights/#что-получится',
  ],
  [
    'надо ли выходить из лк и заново заходить после того как дал себе права',
    '/services/ris-rights/',
  ],

  // ЭДО participant identifier (electronic activation)
  ['идентификатор эдо', '/activation/edo-identifier/'],
  ["bltynbabrfnjh exfcnybrf 'lj", '/activation/edo-identifier/'],
  [
    'кто может выдать идентификатор участника ЭДО, обязательно руководитель?',
    '/activation/edo-identifier/#кто-может-это-сделать',
  ],
  ['электронное активирование загрузить акты приемки из еис', '/activation/edo-identifier/'],
  ['Выдача идентификатора участника электронного документооб', '/activation/edo-identifier/'],
  [
    'куда потом вводить идентификатор эдо в веб-торгах',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  [
    'что надо иметь чтобы получить идентификатор для приемки',
    '/activation/edo-identifier/#что-понадобится',
  ],
  ['срок действия идентификатора эдо дата вручную', '/activation/edo-identifier/'],
  ['шаги выдачи идентификатора эдо', '/activation/edo-identifier/#шаги'],
  [
    'что в итоге получу по инструкции про идентификатор эдо',
    '/activation/edo-identifier/#что-получится',
  ],
  [
    'как импортировать документы исполнения контракта из еис к себе в систему',
    '/activation/edo-identifier/',
  ],

  // «С чего начать» planner
  ['c xtuj yfxfnm yfcnhjqre tbc', '/tools/start/'],
  ['не знаю какую инструкцию мне выбрать, я новенькая в контрактной службе', '/tools/start/'],
  ['составить план настройки интеграции', '/tools/start/'],
  ['план можно отправить коллеге ссылкой?', '/tools/start/'],
  ['подобрать инструкции под мою задачу, ответив на вопросы', '/tools/start/#вопросы'],

  // Home page
  ['для кого этот сайт', '/#для-кого-этот-сайт'],
  ['что это за сайт про настройку интеграции с еис', '/'],
  ['как устроен сайт какие разделы', '/#как-устроен-сайт'],
  ['почему на сайте схемы экранов, а не скриншоты', '/#для-кого-этот-сайт'],
  ['основные инструкции список', '/#основные-инструкции'],

  // Error dictionary entries for failures on these guides
  [
    'ошибка о некорректности логина и пароля',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'коллега нажала ссылку альтернативной интеграции и у меня в вебторгах перестал подходить пароль',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  ['ytrjhhtrnysq kjuby b gfhjkm', '/reference/troubleshooting/#err-login-password-incorrect'],
  [
    'нажал сохранить в регистрационных данных пользователя, пароль опять другой',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'закрыла окошко с паролем и не успела записать',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'ошибки о несоответствии регистрационных данных пользователя',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'забыл нажать продолжить когда показали пароль',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  [
    'Обнаружено несовпадение данных сертификата с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'ранее введенный пароль становится недействительным',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'заполнил токен в настройке сервисов, а ничего не поменялось',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  [
    'в режиме сервисов еис нет блока права доступа к рис',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  [
    'НЕ ПОЯВИЛСЯ ПЕРЕЧЕНЬ РЕГИОНАЛЬНЫХ ИНФОРМАЦИОННЫХ СИСТЕМ',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  ['не могу найти рис своего региона в списке', '/reference/troubleshooting/#err-ris-not-found'],
  ['bcntr njrty', '/reference/troubleshooting/#err-token-expired'],
  ['закончился срок идентификатора эдо что делать', '/reference/troubleshooting/#err-edo-expired'],
  [
    'не сохранила идентификатор ЭДО, а он нужен для импорта приемки',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  [
    'у нас еще роль уполномоченное учреждение и с рис ничего не работает',
    '/reference/troubleshooting/#err-extra-roles',
  ],
  [
    'несоответсвие регистрационых данных пользователя в еис при отправке',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'пользователь не зарегистрирован в ЕИС поэтому не отправляется план',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
];

/** The tuning half: the even positions of CORPUS_7a. */
export const TUNING_7a = byPosition(CORPUS_7a, 0);

/** The held-out half: the odd positions of CORPUS_7a, never tuned on. */
export const HELD_OUT_7a = byPosition(CORPUS_7a, 1);
