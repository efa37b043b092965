/**
 * Corpus 50b: reader questions for the site's search, written on 2026-12-07 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: Oksana, 34, specialist of a municipal centralised accounting office (ЦБ) setting up ЕИС integration for 40 kindergartens and schools at once.
 * Held out whole, as decided before it arrived: never learned, never tuned on. Kept in the order
 * written.
 */
import type { Query } from './search-queries';

export const CORPUS_50b: readonly Query[] = [
  [
    'как завести в прогрессе сразу все наши 40 учреждений (сады и школы)',
    '/tools/progress/#organizacii',
  ],
  ['логин и пароль для интеграции по https где взять', '/connect/https-credentials/'],
  ['перерегистрация организации что делать', '/connect/re-registration/'],
  ['hfcgtxfnfnm bycnherwb.', '/print/'],
  [
    'напомнить себе когда кончается срок токена, подписать по каждой школе',
    '/tools/reminder/#добавить-напоминание',
  ],
  [
    'школу №7 перерегистрировали, в веб-торгах теперь ошибка о несоответствии регистрационных данных пользователя в ЕИС',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  ['где видно по какой организации сколько шагов уже сделано', '/tools/progress/'],
  [
    'кто может получить логин и пароль в лк еис, бухгалтер подойдет или только руководитель',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'нажала ссылку данные пользователя для альтернативной интеграции второй раз, в веб торгах пароль перестал подходить',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  ['токен срок истек что теперь', '/reference/troubleshooting/#err-token-expired'],
  [
    'токен или рис как понять что нужно нашему району',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  ['перенести все отметки на другой комп', '/tools/progress/#perenos'],
  [
    'коллега из соседнего отдела прислала файл с отметками по своей школе, как загрузить его отдельной организацией',
    '/tools/progress/#perenos',
  ],
  ['сохранить всю инструкцию в пдф одним файлом', '/print/'],
  [
    'ЕИС пишет логин или пароль некоректны',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  ['куда в веб-торгах вводить логин пароль от еис, в настройках?', '/connect/web-torgi-ks/#шаги'],
  [
    'флаг "Сменить пароль" обязательно ставить если пароль первый раз вводим',
    '/connect/web-torgi-ks/#шаги',
  ],
  [
    'закрыла окно с паролем и не успела записать((',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  ['не нажали продолжить в окне с логином', '/reference/troubleshooting/#err-continue-not-pressed'],
  [
    'в регистрационных данных нажали сохранить вместо отменить',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  ['идентификатор участника эдо', '/activation/edo-identifier/'],
  [
    'идентефикатор эдо куда потом вводить в веб торгах',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  [
    'у детского сада истек срок действия идентификатора ЭДО',
    '/reference/troubleshooting/#err-edo-expired',
  ],
  [
    'как продлить токен сервисов отдачи когда срок подходит к концу',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  ['добавить дату окончания в календарь outlook', '/tools/reminder/#когда-срок-подходит-к-концу'],
  ['за сколько дней сайт предупредит что срок заканчивается', '/tools/reminder/'],
  ['с чего начать', '/tools/start/'],
  ['составить план что делать и отправить ссылкой коллеге', '/tools/start/'],
  ['открыла план коллеги по ссылке, мой сохраненный план не затрется?', '/tools/start/'],
  [
    'что подготовить перед настройкой прав доступа к рис, код рис у кого спросить',
    '/services/ris-rights/#что-понадобится',
  ],
  [
    'зачем нужен режим настройка взаимодействия с сервисами еис',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'заполнили токен во всех садах, а ничего не изменилось',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  ['где взять токен для сервиса отдачи', '/reference/troubleshooting/#err-token-where'],
  [
    'выдача токена в лк заказчика администрирование настройка выдачи идентификатора пошагово',
    '/services/token/#шаги',
  ],
  [
    'на какой срок выдавать токен чтобы потом не переделывать на 40 организаций',
    '/services/token/#шаги',
  ],
  ['кто в учреждении может выдать токен', '/services/token/#кто-может-это-сделать'],
  ['права доступа к рис', '/services/ris-rights/'],
  ['дату предоставления доступа 01.01.2022 ставить всем?', '/services/ris-rights/#шаги'],
  [
    'не появился пункт перечень региональных информационных систем',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  ['не нахожу РИС нашего субъекта в списке', '/reference/troubleshooting/#err-ris-not-found'],
  [
    'в веб торгах нет блока права доступа к рис',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  [
    'у управления образования ещё роль уполномоченный орган, с РИС не работает',
    '/reference/troubleshooting/#err-extra-roles',
  ],
  ['уполномоченное учреждение что это', '/reference/glossary/#authorized-institution'],
  [
    'после перерегистрации новые логин пароль по шагам, сначала еис потом веб торги',
    '/connect/re-registration/#шаги',
  ],
  [
    'внесли новый пароль после перерегистрации, а ошибка так и осталась',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'перерегистрация: кто делает в ЕИС, а кто в веб-торгах',
    '/connect/re-registration/#кто-может-это-сделать',
  ],
  ['перерегистрация до конца 2016 года, нас это еще касается?', '/connect/re-registration/'],
  [
    'сотрудника школы нет в ЕИС как пользователя организации, документы не уходят',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  ['кто может выдать идентификатор эдо', '/activation/edo-identifier/#кто-может-это-сделать'],
  ['какую дату вписывать в срок действия идентификатора', '/activation/edo-identifier/#шаги'],
  [
    'идентификатор не сохранили, а документы приемки импортировать надо',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  ['электронное активирование это что', '/reference/glossary/#electronic-activation'],
  ['ГоИС расшифровка', '/reference/glossary/#gois'],
  ['глоссарий сокращений', '/reference/glossary/'],
  [
    'администратор организации и лицо уполномоченное руководителем (администратор организации) одно и то же?',
    '/reference/glossary/#org-administrator',
  ],
  [
    'WEB-Торги-КС и ПК Web-Торги КС это одна и та же программа?',
    '/reference/glossary/#web-torgi-ks',
  ],
  ['сервисы отдачи что это и зачем они детсаду', '/reference/glossary/#output-services'],
  ['телефон поддержки еис', '/support/knowledge-base/#телефоны-поддержки'],
  ['база знаний еис где найти', '/support/knowledge-base/#база-знаний-еис'],
  ['еис канал в телеграм и макс', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  ['где смотреть новости о сбоях еис', '/support/knowledge-base/#новости-и-уведомления'],
  [
    'информация о недоступности отдельных функций еис в сфере',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'обнаружено несовпадение данных сертификата с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  ['как написать в тех поддержку еис', '/support/create-request/'],
  [
    'можно одним обращением написать сразу про все 40 учреждений?',
    '/support/create-request/#четыре-правила-обращения',
  ],
  [
    'обращение по интеграции с веб торгами что прикладывать',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  [
    'где взять 2 xml файла обмена для обращения',
    '/reference/troubleshooting/#err-integration-request-files',
  ],
  [
    'консультация или ошибка какой вид обращения выбрать',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  [
    'не могу войти в лк еис, а обращение создать надо',
    '/reference/troubleshooting/#err-cannot-login-request',
  ],
  [
    'ЕИС просит установить какой то плагин при создании обращения',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  ['закупка малого объема в обращении где ставить да', '/support/create-request/#шаги'],
  [
    'где посмотреть мои обращения и обращения всей организации',
    '/support/request-statuses/#где-смотреть-свои-обращения',
  ],
  ['статус запрос информации что значит', '/support/request-statuses/#что-означают-статусы'],
  [
    'через сколько рабочих дней закрывается обращение после решено',
    '/support/request-statuses/#когда-обращение-закрывается',
  ],
  [
    'не ответила вовремя на запрос информации, обращение закрыли',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'написать повторно чтобы узнать когда решат обращение?',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  ['плановый срок решения', '/support/request-statuses/#плановый-срок-решения'],
  [
    'консультацию закрыли автоматом без переоткрытия',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    '3 раза переоткрывала консультацию и ее закрыли',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],
  [
    'обращение закрыли потому что про эту проблему было в новостях',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  [
    'обращение в статусе решено закрылось само, а ничего не решено',
    '/reference/troubleshooting/#err-request-resolved-closed',
  ],
  ['что изменилось в инструкциях за последнюю неделю', '/reference/changes/'],
  [
    'что поменяли на странице про перерегистрацию',
    '/reference/changes/#page-connect-re-registration',
  ],
  ['njrty lkz cthdbcjd jnlfxb', '/services/token/'],
  ['gththtubcnhfwbz', '/connect/re-registration/'],
  ['yfgjvbyfybt', '/tools/reminder/'],
  ['ошибкаи решения', '/reference/troubleshooting/'],
  ['план-график не уходит в еис, причину не понимаю', '/reference/troubleshooting/#diagnostic'],
  [
    'как договориться в ЦБ кто жмет ссылку https, а то пароли у школ сбиваются',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'какие документы идут в еис через эту интеграцию: план-график, контракты, исполнение?',
    '/connect/https-credentials/#что-получится',
  ],
  ['не могу войти в веб-торги кс, к кому идти', '/connect/web-torgi-ks/#что-понадобится'],
  ['порядок настройки: сначала еис или сначала веб-торги', '/#с-чего-начать'],
  [
    'руководство администратора 1.5.3.3 keysystems',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  ['чек-листы по всем инструкциям сколько шагов', '/tools/progress/#vse-spiski'],
  [
    'сайт никуда не передает наши данные? безопасник спрашивает',
    '/tools/progress/#что-сайт-отправляет',
  ],
  ['схемы на сайте не похожи на мой экран еис', '/#для-кого-этот-сайт'],
  ['как найти обращение по номеру', '/support/request-statuses/#страница-техническая-поддержка'],
  ['напечатать с пустыми квадратиками чтобы отмечать по каждой школе на бумаге', '/print/'],
  [
    'напоминания пропали, на рабочем компе отключен javascript',
    '/tools/reminder/#добавить-напоминание',
  ],
  [
    'в файле переноса что сохраняется: отметки, напоминания, названия садов, пароли?',
    '/tools/progress/#perenos',
  ],
];

export const HELD_OUT_50b = CORPUS_50b;
