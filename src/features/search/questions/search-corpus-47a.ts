/**
 * Corpus 47a: reader questions for the site's search, written on 2026-12-07 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: Артём, 27, specialist of a regional outsourcing centre (централизованная бухгалтерия) setting up the integration for 40 subordinate schools, kindergartens and sports schools at once, thinking in batches, checklists and expiry dates.
 * Held out whole, as decided before it arrived: never learned, never tuned on. Kept in the order
 * written.
 */
import type { Query } from './search-queries';

export const CORPUS_47a: readonly Query[] = [
  ['с чего начать настройку интеграции сразу для 40 подведов', '/tools/start/'],
  ['в каком порядке: сначала логин и пароль в ЛК ЕИС, потом ввод в ВТ?', '/tools/start/#вопросы'],
  [
    'организация перерегистрирована и надо отправлять документы — нужна ли отдельно инструкция про логин и пароль',
    '/tools/start/',
  ],
  ['для кого этот сайт', '/#для-кого-этот-сайт'],
  ['рисунки в инструкциях это скриншоты или нет', '/#для-кого-этот-сайт'],
  ['вести отметки по каждой школе отдельно', '/tools/progress/#organizacii'],
  ['добавить организацию в мой прогресс', '/tools/progress/#organizacii'],
  ['vjq ghjuhtcc', '/tools/progress/'],
  ['перенести отметки и напоминания на другой компьютер', '/tools/progress/#perenos'],
  [
    'что сайт отправляет на сервер, не утекут ли пароли подведов',
    '/tools/progress/#что-сайт-отправляет',
  ],
  ['сколько шагов в каждой инструкции, все чек-листы', '/tools/progress/#vse-spiski'],
  ['yfgjvbyfybt j chjrf[', '/tools/reminder/'],
  [
    'напоминание о сроке токена с названием школы в подписи',
    '/tools/reminder/#добавить-напоминание',
  ],
  [
    'выгрузить даты окончания в календарь outlook ics',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  ['за сколько дней сайт предупредит, что срок заканчивается', '/tools/reminder/'],
  ['список всех моих напоминаний по оргам', '/tools/reminder/#vashi-napominaniya'],
  ['оповещение об окончании действия ключа у подведомственных учреждений', '/tools/reminder/'],
  ['план из опросника сохранить в закладки или отправить коллеге', '/tools/start/'],
  ['в опроснике не знаю, зарегистрирована ли система как РИС', '/tools/start/'],
  [
    'токен или РИС — как понять, какой путь для каждой орг',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'зачем режим Настройка взаимодействия с сервисами ЕИС в ВТ',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'руководство администратора 1.5.3.3 keysystems',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  ['как получить токен в ЛК заказчика по шагам', '/services/token/#шаги'],
  ['njrty lkz cthdbcjd jnlfxb', '/services/token/'],
  ['какой срок действия ставить токену при выдаче', '/services/token/#шаги'],
  [
    'кто выдаёт токен — админ организации или руководитель',
    '/services/token/#кто-может-это-сделать',
  ],
  ['куда в ВТ вносить токен: поля Идентификатор и Срок действия', '/services/token/#шаги'],
  ['истёк токен у садика что делать', '/reference/troubleshooting/#err-token-expired'],
  ['как продлить токен заранее, до конца срока', '/tools/reminder/#когда-срок-подходит-к-концу'],
  ['ghfdf ljcnegf r hbc', '/services/ris-rights/'],
  ['права доступа к РИС пошагово для каждой школы', '/services/ris-rights/#шаги'],
  [
    'права РИС выдавать под каким пользователем входить',
    '/services/ris-rights/#кто-может-это-сделать',
  ],
  [
    'после выдачи прав выйти из ЛК и зайти снова под другим пользователем',
    '/services/ris-rights/#шаги',
  ],
  ['код РИС нашего субъекта где узнать', '/services/ris-rights/#что-понадобится'],
  [
    'Перечень региональных информационных систем не появился',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  ['не нахожу свою РИС в перечне', '/reference/troubleshooting/#err-ris-not-found'],
  [
    'у части оргов роль уполномоченное учреждение — повторять права РИС для неё?',
    '/services/ris-rights/#шаги',
  ],
  [
    'Блок полей «Права доступа к РИС» отображается только в случае включения информации о регистрации Системы в качестве РИС',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  [
    'На момент действия версии ЕИС 13.1 настройка взаимодействия с сервисами ЕИС не обрабатывается Системой',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  ['где взять логин и пароль для интеграции по HTTPS', '/connect/https-credentials/#шаги'],
  [
    'кто в подведе получает логин и пароль в ЛК: руководитель или админ',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'ссылку Данные пользователя для альтернативной интеграции нажимать один раз?',
    '/connect/https-credentials/#что-получится',
  ],
  ['зачем жать Продолжить в окне с логином и паролем', '/connect/https-credentials/#шаги'],
  [
    'окно Регистрационные данные закрывать Отменить, а не Сохранить',
    '/connect/https-credentials/#шаги',
  ],
  [
    'какие документы ВТ отправляет в ЕИС, план-график?',
    '/connect/https-credentials/#что-получится',
  ],
  ['kjuby b gfhjkm d dt, njhub', '/connect/web-torgi-ks/'],
  [
    'куда в ВТ вводить логин и пароль ЕИС — Настройки, Регистрационные данные в ЕИС',
    '/connect/web-torgi-ks/#шаги',
  ],
  ['какие обязательные поля заполнить на вкладке ЕИС в ВТ', '/connect/web-torgi-ks/#шаги'],
  [
    'пароль в ВТ вводит заведующая сама или я за все 40 оргов под своей учёткой',
    '/connect/web-torgi-ks/#кто-может-это-сделать',
  ],
  ['не пускает в Web-Торги-КС, нет доступа в систему', '/connect/web-torgi-ks/#что-понадобится'],
  ['копировать логин и пароль из ЕИС без пробелов', '/connect/https-credentials/#шаги'],
  [
    'ошибка о некорректности логина и пароля',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'ранее введенный в ПК «Web-Торги КС» пароль (если был установлен) становится недействительным',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'слетел пароль интеграции у садика, кто-то из коллег лазил в ЛК',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'При нажатии на кнопку «Сохранить» пароль снова изменится',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  ['закрыл окно, не записал пароль', '/reference/troubleshooting/#err-credentials-window-closed'],
  ['одна школа прошла перерегистрацию, что перенастроить', '/connect/re-registration/'],
  ['gththtubcnhfwbz', '/connect/re-registration/'],
  [
    'после перерегистрации новый логин и пароль внести в ВТ, шаги',
    '/connect/re-registration/#шаги',
  ],
  [
    'ошибки о несоответствии регистрационных данных пользователя в ЕИС',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'новые данные после перерегистрации внесли, а ошибка осталась',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  ['индентификатор участника эдо', '/activation/edo-identifier/'],
  [
    'как выдать идентификатор ЭДО пользователю и какую дату срока ставить',
    '/activation/edo-identifier/#шаги',
  ],
  [
    'где в ВТ вводить идентификатор ЭДО для импорта документов приёмки',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  [
    'идентификатор ЭДО не сохранили, где посмотреть снова',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  ['истёк срок идентификатора эдо у школы', '/reference/troubleshooting/#err-edo-expired'],
  ['памятка: что подготовить для ЭДО', '/activation/edo-identifier/#что-понадобится'],
  ['как создать обращение в техподдержку ЕИС', '/support/create-request/#шаги'],
  [
    'обрашение в техподержку консультация или ошибка',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  [
    'одно обращение на все 40 учреждений — можно объединить?',
    '/support/create-request/#четыре-правила-обращения',
  ],
  [
    'обращение по интеграции с ВТ: флаг Интеграция и 2 xml файла',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  [
    'не могу авторизоваться в ЛК, как отправить обращение',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  ['закупка малого объема — поле Да в обращении с 01.07.2026', '/support/create-request/#шаги'],
  [
    'Если плагин не установлен, пользователю будет предложено его установить',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'тикет в поддержку: где увидеть дедлайн решения',
    '/support/request-statuses/#плановый-срок-решения',
  ],
  [
    'видеть обращения всей организации, переключатель Пользователь Организация',
    '/support/request-statuses/#страница-техническая-поддержка',
  ],
  [
    'статус Запрос информации — сколько дней на ответ',
    '/support/request-statuses/#что-означают-статусы',
  ],
  ['когда обращение закрывается', '/support/request-statuses/#когда-обращение-закрывается'],
  [
    'обращение автоматически поменяет статус на «Закрыто» через 7 рабочих дней без возможности переоткрытия',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'Если в обращении с видом «Консультация» содержится информация об ошибке, то такое обращение будет закрыто автоматически',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  ['обращение Решено и закрылось само', '/reference/troubleshooting/#err-request-resolved-closed'],
  ['ntktajy gjllth;rb', '/support/knowledge-base/#телефоны-поддержки'],
  ['горячая линия ЕИС номер', '/support/knowledge-base/#телефоны-поддержки'],
  ['база знаний ЕИС FAQ категории', '/support/knowledge-base/#часто-задаваемые-вопросы-faq'],
  ['канал Макс и телеграмм ЕИС', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  ['нвоости ЕИС о сбоях перед обращением', '/support/knowledge-base/#новости-и-уведомления'],
  [
    'Информация о недоступности отдельных функций ЕИС в сфере закупок',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'Обнаружено несовпадение данных сертификата с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'у сотрудника нет учётки в ЕИС, не заведён в организации',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  ['найти свою ошибку по вопросам да/нет', '/reference/troubleshooting/#diagnostic'],
  [
    'ничего не помогло, куда с вопросами по самой ВТ',
    '/reference/troubleshooting/#if-nothing-helped',
  ],
  ['расшифровка аббревиатуры ГоИС', '/reference/glossary/#gois'],
  ['что такое сервисы отдачи', '/reference/glossary/#output-services'],
  ['глосарий сокращений', '/reference/glossary/'],
  [
    'администратор организации — какое из двух полномочий',
    '/reference/glossary/#org-administrator',
  ],
  ['журнал правок инструкций', '/reference/changes/'],
  ['что изменилось в инструкции по токену', '/reference/changes/#page-services-token'],
  ['лента atom изменений подписаться', '/reference/changes/'],
  ['шпаргалка на бумаге для заведующих, распечатка всех инструкций', '/print/'],
  ['содержание печатной версии', '/print/#manual-contents'],
];

export const HELD_OUT_47a = CORPUS_47a;
