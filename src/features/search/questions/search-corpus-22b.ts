/**
 * Corpus 22b: reader questions for the site's search, written on 2026-12-06 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora. Persona: newly appointed head of a small municipal museum, no idea what any of this is; basic, colloquial, misspelt, anxious about deadlines and penalties.
 * Kept in the order written. All of it is held out: written after round 13's last change to the
 * engine, never learned and never tuned on (the round's closing check).
 */
import type { Query } from './search-queries';

export const CORPUS_22b: readonly Query[] = [
  // Что это вообще такое: сокращения и термины
  ['что такое еис', '/reference/glossary/#eis'],
  ['веб торги кс это что за программа', '/reference/glossary/#web-torgi-ks'],
  ['РИС расшифровка', '/reference/glossary/#ris'],
  [
    'меня только назначили директором музея и я не понимаю половину слов, есть где-нибудь расшифровка всех этих абревиатур?',
    '/reference/glossary/',
  ],
  ['лк это', '/reference/glossary/#lk'],
  ['эдо что значит', '/reference/glossary/#edo'],
  ['ГоИС', '/reference/glossary/#gois'],
  ['ЭТП', '/reference/glossary/#etp'],
  ['44-фз это какой закон', '/reference/glossary/#fz-44'],
  ['что такое токен простыми словами', '/reference/glossary/#token'],
  ['электронное активирование касается ли это музея', '/reference/glossary/#electronic-activation'],
  ['уполномоченное учреждение', '/reference/glossary/#authorized-institution'],
  ['уполномоченный орган это кто', '/reference/glossary/#authorized-body'],
  [
    'кто такой администратор организации в еис, это обязательно должен быть я как директор или можно поручить кому-то другому',
    '/reference/glossary/#org-administrator',
  ],
  ['закупка малого обьема', '/reference/glossary/#small-volume-purchase'],
  ['стп', '/reference/glossary/#stp'],
  ['документы приемки', '/reference/glossary/#acceptance-documents'],
  ['плагин фиксации действий', '/reference/glossary/#action-recording-plugin'],
  // С чего начать и что вообще нужно
  ['с чего начать', '/tools/start/'],
  [
    'Меня назначили директором маленького муниципального музея, бухгалтер уволилась, и теперь мне говорят про какую-то интеграцию с ЕИС. Что именно мне надо настроить и в каком порядке?',
    '/tools/start/',
  ],
  [
    'Нам из управления культуры написали, что надо подключиться к ЕИС. Это обязательно для музея или можно не делать? И к какому сроку?',
    '/tools/start/',
  ],
  ['в вопросах не знаю что отвечать про рис', '/tools/start/#вопросы'],
  ['для кого этот сайт', '/#для-кого-этот-сайт'],
  ['список основных инструкций', '/#основные-инструкции'],
  // Логин и пароль ЕИС для интеграции
  ['где взять логин и пароль от еис для веб торгов', '/connect/https-credentials/'],
  [
    'кто у нас должен получать пароль для интеграции — я как руководитель или контрактный управляющий?',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  ['пароль меняется каждый раз', '/connect/https-credentials/#что-получится'],
  ['Данные пользователя для альтернативной интеграции', '/connect/https-credentials/#шаги'],
  ['gfhjkm lkz byntuhfwbb', '/connect/https-credentials/'],
  [
    'закрыла окно с паролем и не успела записать',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  ['нажала сохранить и пароль сменился', '/reference/troubleshooting/#err-password-reset-by-save'],
  ['не нажали продолжить', '/reference/troubleshooting/#err-continue-not-pressed'],
  [
    'еис пишет что логин или пароль неправильные',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'Вчера всё отправлялось, а сегодня пароль в веб-торгах не подходит. Коллега говорит, что что-то открывала в личном кабинете ЕИС. Это она сломала?',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  ['сотрудник не зарегистрирован в еис', '/reference/troubleshooting/#err-user-not-registered'],
  // Ввод пароля в Web-Торги-КС
  ['куда в веб торгах вписывать пароль', '/connect/web-torgi-ks/'],
  ['Сменить пароль:', '/connect/web-torgi-ks/#шаги'],
  ['не могу зайти в веб-торги вообще', '/connect/web-torgi-ks/#что-понадобится'],
  [
    'после того как ввела пароль, старые документы можно отправить заново?',
    '/connect/web-torgi-ks/#что-получится',
  ],
  // Перерегистрация
  ['перерегестрация организации', '/connect/re-registration/'],
  [
    'До какого числа надо было перерегистрироваться и не оштрафуют ли нас, если мы это пропустили?',
    '/connect/re-registration/',
  ],
  [
    'несоответствие регистрационных данных',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'ввели новый пароль после перерегистрации, а ошибка про регистрационные данные всё равно вылезает',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  ['что нужно для перерегистрации', '/connect/re-registration/#что-понадобится'],
  // Сервисы ЕИС: токен или РИС
  ['токен или рис что выбрать', '/services/overview/#как-понять-какой-путь-ваш'],
  [
    'зачем нужен режим настройки взаимодействия с сервисами',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'Заполнила в веб-торгах настройку взаимодействия с сервисами ЕИС, токен вставила, а ничего не изменилось. Я что-то не так сделала?',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  ['нет блока права доступа к рис', '/reference/troubleshooting/#err-ris-block-missing'],
  // Токен
  ['как получить токен', '/services/token/'],
  ['njrty', '/services/token/'],
  ['на какой срок ставить токен', '/services/token/#шаги'],
  [
    'У нас истёк токен, а я узнала об этом только сейчас. Что теперь будет, нас накажут? Как его продлить?',
    '/reference/troubleshooting/#err-token-expired',
  ],
  ['Разрешить использование сервисов отдачи', '/services/token/#шаги'],
  ['кто в организации должен выдавать токен', '/services/token/#кто-может-это-сделать'],
  ['токен платный? сколько стоит', '/services/token/'],
  // Права доступа к РИС
  ['ghfdf ljcnegf r hbc', '/services/ris-rights/'],
  ['код рис где узнать', '/services/ris-rights/#что-понадобится'],
  [
    'в администрировании не появился перечень рис',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  [
    'У нас кроме заказчика есть ещё роль уполномоченное учреждение. Права на РИС дали, а работать всё равно не получается — что ещё надо сделать?',
    '/reference/troubleshooting/#err-extra-roles',
  ],
  [
    'обязательно ли выходить из кабинета и заходить заново после выдачи прав?',
    '/services/ris-rights/#шаги',
  ],
  // Идентификатор участника ЭДО
  ['идентефикатор эдо где взять', '/activation/edo-identifier/'],
  [
    'Выдача идентификатора участника электронного документооборота',
    '/activation/edo-identifier/#шаги',
  ],
  [
    'куда потом вводить идентификатор эдо',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  ['истек срок идентификатора эдо', '/reference/troubleshooting/#err-edo-expired'],
  [
    'Скопировала идентификатор ЭДО, но не сохранила его никуда, а теперь он нужен для загрузки актов. Можно его как-то посмотреть ещё раз?',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  ['кто может получить идентификатор эдо', '/activation/edo-identifier/#кто-может-это-сделать'],
  ['как загрузить акты приемки из еис', '/activation/edo-identifier/'],
  // Напоминания о сроках
  ['напоминание о сроке токена', '/tools/reminder/'],
  [
    'Я боюсь пропустить дату окончания идентификатора. Может ли сайт напомнить заранее, и за сколько дней он предупредит?',
    '/tools/reminder/',
  ],
  ['добавить в календарь outlook', '/tools/reminder/#когда-срок-подходит-к-концу'],
  ['как продлить идентификатор эдо', '/tools/reminder/#когда-срок-подходит-к-концу'],
  ['Уже продлил — указать новую дату', '/tools/reminder/'],
  ['где мои напоминания', '/tools/reminder/#vashi-napominaniya'],
  // Мой прогресс, печать, изменения
  ['мои отметки шагов', '/tools/progress/'],
  ['как перенести галочки на другой компьютер', '/tools/progress/#perenos'],
  [
    'У нас ещё филиал музея со своим ИНН, можно вести отметки для двух организаций отдельно?',
    '/tools/progress/#organizacii',
  ],
  ['сайт отправляет куда-то мои данные?', '/tools/progress/#что-сайт-отправляет'],
  ['распечатать всю инструкцию целиком', '/print/'],
  ['сохранить инструкцию в pdf', '/print/'],
  ['что нового на сайте', '/reference/changes/'],
  ['что поменяли в инструкции про токен', '/reference/changes/#page-services-token'],
  // Поддержка ЕИС: куда звонить и писать
  ['телефон техподдерки еис', '/support/knowledge-base/#телефоны-поддержки'],
  [
    'звонок на 8 800 платный? сколько стоит позвонить в поддержку',
    '/support/knowledge-base/#телефоны-поддержки',
  ],
  ['база знаний еис', '/support/knowledge-base/#база-знаний-еис'],
  ['телеграмм канал еис', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  [
    'Информация о недоступности отдельных функций',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  ['как написать в техподдержку', '/support/create-request/'],
  ['консультация или ошибка', '/support/create-request/#вид-обращения-консультация-или-ошибка'],
  [
    'что прикладывать к обращению, если веб-торги не отправляют в еис',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  [
    'не могу войти в личный кабинет, а написать в поддержку надо срочно',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  ['еис просит установить какой-то плагин', '/reference/troubleshooting/#err-plugin-not-installed'],
  [
    'Обнаружено несовпадение данных сертификата',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  // Обращения: статусы и сроки
  ['что значат статусы обращения', '/support/request-statuses/#что-означают-статусы'],
  ['Запрос информации', '/support/request-statuses/#что-означают-статусы'],
  ['обращение закрыли автоматичски', '/support/request-statuses/#когда-обращение-закрывается'],
  ['Плановый срок решения', '/support/request-statuses/#плановый-срок-решения'],
  ['где посмотреть мои обращения', '/support/request-statuses/#где-смотреть-свои-обращения'],
  [
    'Поддержка что-то спросила, я была в отпуске, а когда вернулась, обращение уже закрыто. Что теперь делать?',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'Обращение висит уже неделю. Сколько ждать ответа от техподдержки и можно ли написать ещё раз, чтобы поторопили?',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  [
    'Документы вообще не уходят в ЕИС, а сроки размещения горят. Не понимаю, в чём ошибка, с чего начать проверку?',
    '/reference/troubleshooting/#diagnostic',
  ],
];

export const HELD_OUT_22b = CORPUS_22b;
