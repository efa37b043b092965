/**
 * Corpus 56b: reader questions for the site's search, written on 2026-12-07 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: Евгений, 44, учитель информатики и замдиректора по ИКТ сельской школы; в ИТ силён, в ЕИС новичок; пишет ИТ-терминами (учётка, креды, API, авторизация, сессия, логи, сертификат, кэш), сравнивает, вставляет английские слова.
 * Held out whole, as decided before it arrived: never learned, never tuned on. Kept in the order
 * written.
 */
import type { Query } from './search-queries';

export const CORPUS_56b: readonly Query[] = [
  ['с чего начать настройку интеграции если у школы вообще ничего не настроено', '/tools/start/'],
  ['креды для интеграции по https где их вообще берут', '/connect/https-credentials/#шаги'],
  [
    'чем отличается логин от ЛК ЕИС от логина для альтернативной интеграции по HTTPS',
    '/reference/glossary/#https-integration',
  ],
  ['kjuby b gfhjkm lkz byntuhfwbb', '/connect/https-credentials/'],
  [
    'кто в организации может выдать логин пароль для интеграции, обязательно admin или руководитель?',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'каждый клик по ссылке генерит новый пароль и старый в Web-Торгах отваливается — это by design?',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'нужно ли делать trim логина и пароля при копировании, пробелы критичны?',
    '/connect/https-credentials/#шаги',
  ],
  [
    'при отправке плана-графика ЕИС ругается что логин или пароль некорректны',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  ['куда в веб торгах вбивать учётку от ЕИС', '/connect/web-torgi-ks/#шаги'],
  [
    'закрыл окно с логином паролем не успел скопировать',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'не нажал Продолжить, пароль так и остался временным?',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  [
    'нажал Сохранить в карточке регистрационные данные и креды слетели',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'какие документы уходят в ЕИС через HTTPS интеграцию, только план-график?',
    '/connect/https-credentials/#что-получится',
  ],
  [
    'несоответствие регистрационных данных пользователя в еис',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'после перерегестрации организации в ЕИС поменялись учётки, что перевбивать',
    '/connect/re-registration/',
  ],
  [
    'перерегистрация: шаги сначала в ЕИС потом в Web-Торги, по порядку',
    '/connect/re-registration/#шаги',
  ],
  [
    'после перерегистрации кто вносит новые данные в Web-Торги, сам пользователь или админ',
    '/connect/re-registration/#кто-может-это-сделать',
  ],
  [
    'Обнаружено несовпадение данных сертификата с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'директор не может залогиниться в ЕИС, ругается на сертефикат',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'как зарегистрировать новый сертификат ЭП руководителя в ЛК 44-ФЗ',
    '/support/knowledge-base/#часто-задаваемые-вопросы-faq',
  ],
  ['токен или РИС в чём разница', '/services/overview/#как-понять-какой-путь-ваш'],
  ['сервисы отдачи — это какой-то API ЕИС? что они отдают', '/reference/glossary/#output-services'],
  ['njrty', '/services/token/'],
  ['где в ЛК заказчика выпускается токен, какой пункт меню', '/services/token/#шаги'],
  ['какой срок действия токена ставить, max?', '/services/token/#шаги'],
  ['токен expired что делать', '/reference/troubleshooting/#err-token-expired'],
  [
    'заполнил блок токена в Web-Торги-КС, в логах обмена ничего не поменялось',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  [
    'версия ЕИС 13.1 настройка взаимодействия с сервисами не обрабатывается',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'руководство администратора 1.5.3.3 keysystems',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'нет блока права доступа к РИС в режиме настройки сервисов',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  [
    'перелогинился, новая сессия, а пункта перечень региональных информационных систем нет',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  ['код РИС нашего субъекта где узнать', '/reference/troubleshooting/#err-ris-not-found'],
  [
    'права доступа к РИС зачем выходить из ЛК и заходить под другим юзером на шаге 6',
    '/services/ris-rights/#кто-может-это-сделать',
  ],
  ['раздел работа с информационными системами какие опции отмечать', '/services/ris-rights/#шаги'],
  [
    'если у организации ещё роль уполномоченный орган, настройку прав РИС дублировать?',
    '/services/ris-rights/#шаги',
  ],
  [
    'что в итоге получится после настройки прав доступа к РИС, как проверить',
    '/services/ris-rights/#что-получится',
  ],
  [
    'чем уполномоченный орган отличается от уполномоченного учреждения',
    '/reference/glossary/#authorized-body',
  ],
  ['идентефикатор участника эдо как получить', '/activation/edo-identifier/#шаги'],
  [
    'ID ЭДО выдаётся на конкретного юзера или на всю организацию',
    '/activation/edo-identifier/#кто-может-это-сделать',
  ],
  [
    'выдача идентификатора ЭДО не сбросит пароль интеграции? там рядом ссылка про https',
    '/activation/edo-identifier/#шаги',
  ],
  [
    'куда потом вводить идентификатор ЭДО, в веб торгах есть поле?',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  ['электронное активирование это что', '/reference/glossary/#electronic-activation'],
  ['идентификатор ЭДО истёк срок действия', '/reference/troubleshooting/#err-edo-expired'],
  [
    'не сохранил ID участника ЭДО, можно ли его посмотреть повторно',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  ['документы приёмки что под этим понимается', '/reference/glossary/#acceptance-documents'],
  ['ГоИС это что за система, то же самое что Web-Торги?', '/reference/glossary/#gois'],
  [
    'в чём разница между токеном сервисов отдачи и идентификатором участника ЭДО, это не одно и то же?',
    '/reference/glossary/#token',
  ],
  [
    'дата окончания идентификатора ЭДО напомнить заранее',
    '/activation/edo-identifier/#напоминание-о-сроке',
  ],
  ['напоминалка о сроке окончания токена', '/tools/reminder/#добавить-напоминание'],
  ['экспорт даты в календарь .ics', '/tools/reminder/#когда-срок-подходит-к-концу'],
  [
    'почистил кэш браузера и пропали отметки и напоминания, есть backup?',
    '/tools/progress/#perenos',
  ],
  ['веду интеграцию за школу и два детсада, можно вести раздельно', '/tools/progress/#organizacii'],
  [
    'сайт шлёт логи поисковых запросов на сервер? cookies есть?',
    '/tools/progress/#что-сайт-отправляет',
  ],
  ['чек-листы всех инструкций сколько шагов отмечено', '/tools/progress/#vse-spiski'],
  ['план из опросника можно скинуть коллеге ссылкой?', '/tools/start/#где-хранится-план'],
  ['распечатать инструкцию целиком', '/print/'],
  ['есть rss или atom лента обновлений сайта?', '/reference/changes/'],
  ['ntktajy gjllth;rb', '/support/knowledge-base/#телефоны-поддержки'],
  ['база знаний ЕИС без авторизации не открывается?', '/support/knowledge-base/#база-знаний-еис'],
  [
    'руководство по электронным доп соглашениям где найти',
    '/support/knowledge-base/#как-найти-нужный-материал',
  ],
  ['телеграм канал ЕИС закупки', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  [
    'ЕИС лежит, где смотреть статус сбоев и восстановление',
    '/support/knowledge-base/#новости-и-уведомления',
  ],
  [
    'Информация о недоступности отдельных функций ЕИС',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  ['как завести тикет в техподдержку ЕИС', '/support/create-request/#шаги'],
  [
    'обращение консультация или ошибка в чём разница',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  ['несколько проблем в одном тикете можно?', '/support/create-request/#четыре-правила-обращения'],
  [
    'флаг Интеграция в обращении и 2 xml файла',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  [
    'какие логи обмена приложить к тикету по интеграции с Web-Торги',
    '/reference/troubleshooting/#err-integration-request-files',
  ],
  [
    'плагин фиксации действий пользователя что такое',
    '/reference/glossary/#action-recording-plugin',
  ],
  [
    'при создании обращенния ЕИС просит установить какой-то плагин',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'авторизация в ЛК не проходит, как написать в поддержку без входа',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  ['закупка малого объёма поле Да в обращении с 1 июля', '/support/create-request/#шаги'],
  ['cnfnecs j,hfotybq', '/support/request-statuses/'],
  ['статус запрос информации что значит', '/support/request-statuses/#что-означают-статусы'],
  [
    'мои обращения где список тикетов организации',
    '/support/request-statuses/#где-смотреть-свои-обращения',
  ],
  ['плановый срок решения где смотреть', '/support/request-statuses/#плановый-срок-решения'],
  [
    'Оценить работу системы управления заявками',
    '/support/request-statuses/#страница-техническая-поддержка',
  ],
  [
    'можно создать второе обращение чтобы поторопить по срокам?',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  [
    'было Решено а через неделю стало Закрыто само',
    '/reference/troubleshooting/#err-request-resolved-closed',
  ],
  [
    'не успел ответить на запрос информации обращение закрыли',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'консультацию закрыли автоматом без возможности переоткрыть',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'переоткрывал консультацию 3 раза её закрыли',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],
  [
    'тикет закрыли потому что проблема уже была в новостях',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  ['закрытое обращение можно reopen?', '/reference/troubleshooting/#err-request-closed'],
  [
    'пользователь не зарегистрирован в ЕИС как пользователь организации, документы не уходят',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  [
    'забыл пароль от самой Web-Торги-КС, не могу войти в систему',
    '/connect/web-torgi-ks/#что-понадобится',
  ],
  ['мастер диагностики ошибки по шагам', '/reference/troubleshooting/#diagnostic'],
  [
    'ничего не помогло, документ в ЕИС так и не уходит',
    '/reference/troubleshooting/#if-nothing-helped',
  ],
  [
    'администратор организации и лицо уполномоченное руководителем (администратор организации) чем отличаются полномочия',
    '/reference/glossary/#org-administrator',
  ],
  ['что такое РИС', '/reference/glossary/#ris'],
  ['ЕИС и ГИС ЕИС ЗАКУПКИ это одно и то же?', '/reference/glossary/#eis'],
  ['ЛК 44-ФЗ это какой кабинет, их несколько?', '/reference/glossary/#lk'],
  ['СТП ТП расшифровка', '/reference/glossary/#stp'],
  ['ЭТП и специализированная ЭТП разница', '/reference/glossary/#specialized-etp'],
  ['роль Заказчик в ЕИС что даёт', '/reference/glossary/#customer'],
  ['ЭДО расшифровка в контексте ЕИС', '/reference/glossary/#edo'],
  [
    'статья 93 44-ФЗ пункты 4 и 5 при чём тут обращения в поддержку',
    '/reference/glossary/#small-volume-purchase',
  ],
  ['можно вставить текст ошибки в поиск целиком?', '/reference/troubleshooting/#about-messages'],
  ['почему на картинках схемы а не скриншоты', '/#для-кого-этот-сайт'],
  ['карта сайта какие разделы есть', '/#как-устроен-сайт'],
];

export const HELD_OUT_56b = CORPUS_56b;
