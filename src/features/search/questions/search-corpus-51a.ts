/**
 * Corpus 51a: reader questions for the site's search, written on 2026-12-07 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: Kirill, 29, the only sysadmin of a municipal district administration, mixes Russian with English tech words, pastes logs and error texts, sometimes types in the wrong layout.
 * Held out whole, as decided before it arrived: never learned, never tuned on. Kept in the order
 * written.
 */
import type { Query } from './search-queries';

export const CORPUS_51a: readonly Query[] = [
  ['где взять creds для https интеграции с zakupki.gov.ru', '/connect/https-credentials/'],
  ['gfhjkm lkz byntuhfwbb tbc', '/connect/https-credentials/'],
  [
    'отправка в ЕИС: 401, "логин и пароль некорректны". вчера всё работало',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'кто в ЛК 44-ФЗ может сгенерить логин/пароль для интеграции, обязательно админ или руководитель?',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'коллега из бухгалтерии потыкал ссылку "Данные пользователя для альтернативной интеграции" и у нас всё отвалилось',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'нажал Сохранить в карточке регистрационные данные и пароль опять слетел',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'закрыл окно с логином паролем не скопировав, как теперь посмотреть',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  ['зачем жать Продолжить в окне с паролем, что он делает', '/connect/https-credentials/#шаги'],
  [
    'не нажал "Продолжить", пароль так и остался временным?',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  [
    'копипаст пароля с пробелом в конце -> ошибка при отправке',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'какие доки веб-торги шлет в ЕИС по https, только план-график?',
    '/connect/https-credentials/#что-получится',
  ],
  ['куда в веб торгах вбивать логин от ЕИС', '/connect/web-torgi-ks/#шаги'],
  ['Настройки -> Регистрационные данные в ЕИС -> вкладка ЕИС', '/connect/web-torgi-ks/#шаги'],
  [
    'галка "Сменить пароль:" обязательна? без неё пароль не сохраняется',
    '/connect/web-torgi-ks/#шаги',
  ],
  [
    'пароль от ЕИС в Web-Торги-КС вводит админ или каждый юзер сам под своей учеткой?',
    '/connect/web-torgi-ks/#кто-может-это-сделать',
  ],
  ['не могу зайти в сам Web-Торги-КС, логин не пускает', '/connect/web-torgi-ks/#что-понадобится'],
  [
    'сохранил creds в системе, документы что висели в очереди надо переотправлять вручную?',
    '/connect/web-torgi-ks/#что-получится',
  ],
  [
    'ошибка о несоответствии регистрационых данных пользователя в ЕИС',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  ['организацию перерегистрировали, ЕИС выдала новый логин, куда его', '/connect/re-registration/'],
  ['gththt ucnhfwbz jhufybpfwbb', '/connect/re-registration/'],
  [
    'внёс новые логин пароль после перерегистрации, а несоответствие рег данных всё равно лезет в логе',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'инструкция про перерегистрацию из 2018 года, она вообще ещё актуальна? интерфейс другой',
    '/connect/re-registration/',
  ],
  ['идентификатор участника ЭДО где получить', '/activation/edo-identifier/'],
  ["bltynbabrfnjh 'lj", '/activation/edo-identifier/'],
  [
    'куда в веб-торгах вставлять идентефикатор ЭДО для импорта приёмки',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  ['срок действия идентификатора ЭДО какую дату ставить', '/activation/edo-identifier/#шаги'],
  [
    'Сохранить в окне выдачи идентификатора ЭДО не сбросит мне https пароль?',
    '/activation/edo-identifier/#шаги',
  ],
  ['идентификатор ЭДО протух, что дальше', '/reference/troubleshooting/#err-edo-expired'],
  [
    'скопировал идентификатор эдо и не сохранил, можно его ещё раз посмотреть?',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  ['токен или РИС что выбрать', '/services/overview/#как-понять-какой-путь-ваш'],
  [
    'как понять зарегана ли наша система в ЕИС как РИС',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'режим "Настройка взаимодействия с сервисами ЕИС" зачем он вообще',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    '"на момент действия версии ЕИС 13.1 настройка не обрабатывается" это до сих пор так?',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'заполнил token в веб-торгах, ноль эффекта, в логах ничего не поменялось',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  [
    'в режиме сервисов ЕИС нет блока права доступа к РИС',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  ['руководство администратора пункт 1.5.3.3', '/services/overview/#как-понять-какой-путь-ваш'],
  ['токен для сервиса отдачи где брать??', '/reference/troubleshooting/#err-token-where'],
  ['токен сервисов отдачи пошагово', '/services/token/#шаги'],
  [
    'в ЛК нет пункта Настройка выдачи идентификатора для использования сервисов отдачи, под какой учеткой заходить',
    '/services/token/#кто-может-это-сделать',
  ],
  ['на какой срок выпускать token, ставить максимум?', '/services/token/#шаги'],
  ['token expired сервисы отдачи', '/reference/troubleshooting/#err-token-expired'],
  [
    'срок токена через месяц кончается, как продлить заранее',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  [
    'нажал сохранить в форме доступ к использованию сервисов отдачи, а где сам токен то показан',
    '/services/token/#шаги',
  ],
  ['права доступа к РИС настройка', '/services/ris-rights/'],
  ['hbc ghfdf ljcnegf', '/services/ris-rights/'],
  [
    'после выдачи прав не появился Перечень региональных информационных систем',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  ['код РИС нашего субъекта где узнать', '/services/ris-rights/#что-понадобится'],
  [
    'не нахожу нашу РИС в перечне, поиск ничего не выдаёт',
    '/reference/troubleshooting/#err-ris-not-found',
  ],
  ['зачем перелогиниваться в ЛК после выдачи себе прав', '/services/ris-rights/#шаги'],
  ['у нас ещё роль уполномоченный орган, права РИС делать повторно?', '/services/ris-rights/#шаги'],
  [
    'права РИС выдал только под заказчиком, а для уполномоченного учреждения всё равно не работает',
    '/reference/troubleshooting/#err-extra-roles',
  ],
  [
    'кто может выдавать права к РИС, админ организации с ролью заказчик?',
    '/services/ris-rights/#кто-может-это-сделать',
  ],
  ['как создать обрашение в ТП ЕИС', '/support/create-request/#шаги'],
  [
    'тикет в ЕИС по интеграции с веб-торгами что нужно указать',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  [
    'какие xml прикладывать к обращению, запрос и ответ?',
    '/reference/troubleshooting/#err-integration-request-files',
  ],
  [
    'консультация или ошибка какой вид обращения ставить',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  [
    'при создании обращения ЕИС просит поставить какой-то плагин',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  ['плагин фиксации действий пользователя что это', '/reference/glossary/#action-recording-plugin'],
  [
    'ЛК не пускает, а надо написать в техподдержку',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  ['закупка малого объема в обращении поставить Да', '/support/create-request/#шаги'],
  [
    'можно в одном тикете описать три проблемы сразу?',
    '/support/create-request/#четыре-правила-обращения',
  ],
  ['телефон техподдержки ЕИС круглосуточно', '/support/knowledge-base/#телефоны-поддержки'],
  ['база знаний ЕИС без авторизации не открывается', '/support/knowledge-base/#база-знаний-еис'],
  [
    'FAQ ЕИС как зарегистрировать новый сертификат ЭП руководителя',
    '/support/knowledge-base/#часто-задаваемые-вопросы-faq',
  ],
  ['телеграм канал ЕИС', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  [
    'timeout при отправке в ЕИС с утра, в новостях висит недоступность отдельных функций',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'где смотреть новости ЕИС о сбоях и восстановлении',
    '/support/knowledge-base/#новости-и-уведомления',
  ],
  [
    'Обнаружено несовпадение данных сертификата с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  ['статус Запрос информации что делать', '/support/request-statuses/#что-означают-статусы'],
  [
    'обращение было Решено а через неделю само закрылось',
    '/reference/troubleshooting/#err-request-resolved-closed',
  ],
  [
    'тикет закрыли автоматом без переоткрытия, вид был консультация а я описал баг',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  ['плановый срок решения где посмотреть', '/support/request-statuses/#плановый-срок-решения'],
  [
    'обращение висит в черновиках, оно ушло в СТП или нет',
    '/support/request-statuses/#что-означают-статусы',
  ],
  ['можно переоткрыть закрытое обращение?', '/reference/troubleshooting/#err-request-closed'],
  [
    'консультацию переоткрывал 3 раза, её закрыли',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],
  [
    'не ответил на запрос информации 7 дней, обращение закрыто',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'написать повторное обращение чтобы поторопить со сроком — норм?',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  ['что этот сайт хранит в localStorage, пароли туда не пишутся?', '/tools/progress/#perenos'],
  [
    'поиск на сайте логирует запросы? cookie, ip уходят на сервер?',
    '/tools/progress/#что-сайт-отправляет',
  ],
  ['перенести отметки прогресса на другой комп', '/tools/progress/#perenos'],
  ['веду 5 школ и садики, отметки отдельно по каждой организации', '/tools/progress/#organizacii'],
  [
    'напоминание о сроке не работает в старом браузере, js отключен политикой',
    '/tools/reminder/#добавить-напоминание',
  ],
  [
    'в напоминалку по ошибке вставил сам токен, он куда-то ушёл?',
    '/tools/reminder/#добавить-напоминание',
  ],
  ['.ics файл в календарь outlook', '/tools/reminder/#когда-срок-подходит-к-концу'],
  ['yfgjvbyfybt j chjrt njrtyf', '/tools/reminder/'],
  ['с чего начать вообще, не понимаю что нам настраивать', '/tools/start/'],
  ['открыл план по ссылке от коллеги, мой сохранённый план затрётся?', '/tools/start/'],
  ['распечатать всю инструкцию / сохранить в pdf', '/print/'],
  ['gtxfnm bycnherwbb', '/print/'],
  ['что поменялось в инструкциях за последнюю неделю', '/reference/changes/'],
  ['atom rss лента изменений', '/reference/changes/'],
  ['ГоИС это что', '/reference/glossary/#gois'],
  ['сервисы отдачи что это вообще такое', '/reference/glossary/#output-services'],
  [
    'администратор организации два полномочия в списке, какое из них нужно',
    '/reference/glossary/#org-administrator',
  ],
  ['рисунки на сайте это скрины или схемы? у меня ЛК выглядит иначе', '/#для-кого-этот-сайт'],
  [
    'пользователь не зарегистрирован в ЕИС как пользователь организации, может он отправлять?',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  [
    'документ не уходит в ЕИС, в логе пусто, с чего копать',
    '/reference/troubleshooting/#diagnostic',
  ],
  ['электронное активирование это что за зверь', '/reference/glossary/#electronic-activation'],
  [
    'текст ошибки в заголовках у вас не дословный? вставляю кусок из лога и не находит',
    '/reference/troubleshooting/#about-messages',
  ],
  [
    'ничего не помогло, кому писать по самим веб-торгам а кому по ЕИС',
    '/reference/troubleshooting/#if-nothing-helped',
  ],
];

export const HELD_OUT_51a = CORPUS_51a;
