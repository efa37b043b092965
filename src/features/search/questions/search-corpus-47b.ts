/**
 * Corpus 47b: reader questions for the site's search, written on 2026-12-07 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: Олеся, 23, newly hired contract-service clerk at a rural settlement administration, first job, types on her phone in lowercase messenger slang.
 * Held out whole, as decided before it arrived: never learned, never tuned on. Kept in the order
 * written.
 */
import type { Query } from './search-queries';

export const CORPUS_47b: readonly Query[] = [
  ['чё такое еис', '/reference/glossary/#eis'],
  ['как связать прогу с сайтом госзакупок', '/connect/https-credentials/'],
  ['я новенькая с чего начать вообще', '/tools/start/'],
  ['для кого этот сайт', '/#для-кого-этот-сайт'],
  ['на картинках скрины или чё', '/#для-кого-этот-сайт'],
  ['где взять логин и пароль для интеграции', '/connect/https-credentials/#шаги'],
  ['kjuby b gfhjkm', '/connect/https-credentials/'],
  [
    'кто у нас может получить пароль в лк нужен админ или руководитель',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'какие документы уходят из веб торгов в еис план график',
    '/connect/https-credentials/#что-получится',
  ],
  [
    'коллега сказала нажать ссылку данные для альтернативной интеграции а я нажала два раза',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'закрыла окно с паролем не успела записать',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  ['не нажала продолжить это страшно', '/reference/troubleshooting/#err-continue-not-pressed'],
  [
    'случайно нажала сохранить в регистрационных данных в еис',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'ошибка о некорректности логина и пароля',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'скопировала пароль с пробелом чё теперь',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  ['куда вбивать логин и пароль в веб торгах', '/connect/web-torgi-ks/#шаги'],
  ['вэбторги кс вкладка еис не вижу', '/connect/web-torgi-ks/#шаги'],
  ['обязательные поля в окне регистрационных данных чё туда писать', '/connect/web-torgi-ks/#шаги'],
  ['не могу зайти в сами веб торги не пускает', '/connect/web-torgi-ks/#что-понадобится'],
  ['перерегестрация организацыи чо делать', '/connect/re-registration/'],
  [
    'несоответствие регистрационных данных пользователя в ЕИС',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  ['после перерегистрации новый логин пароль куда вводить', '/connect/re-registration/#шаги'],
  [
    'ввела новый пароль после перерегистрации а ошибка осталась',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  ['пользователь не зарегистрирован в еис', '/reference/troubleshooting/#err-user-not-registered'],
  ['что такое альтернативная интеграция по https', '/reference/glossary/#https-integration'],
  ["bltynbabrfnjh 'lj", '/activation/edo-identifier/'],
  ['идентефикатор учасника эдо какую дату ставить', '/activation/edo-identifier/#шаги'],
  ['эдо это чё', '/reference/glossary/#edo'],
  [
    'куда потом вставлять идентификатор эдо',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  ['потеряла идентификатор эдо не сохранила', '/reference/troubleshooting/#err-edo-not-saved'],
  ['акты приёмки из еис как загрузить', '/activation/edo-identifier/'],
  ['срок идентификатора эдо закончился', '/reference/troubleshooting/#err-edo-expired'],
  ['гоис это что за зверь', '/reference/glossary/#gois'],
  ['электронное активирование что это', '/reference/glossary/#electronic-activation'],
  ['njrty', '/services/token/'],
  ['токен где взять', '/services/token/#шаги'],
  ['на какой срок делать токен', '/services/token/#шаги'],
  ['токен просрочился', '/reference/troubleshooting/#err-token-expired'],
  ['как продлить токен', '/tools/reminder/#когда-срок-подходит-к-концу'],
  ['сервисы отдачи это что', '/reference/glossary/#output-services'],
  ['Где взять токен для сервиса отдачи ЕИС?', '/reference/troubleshooting/#err-token-where'],
  ['токен или рис как понять что мне', '/services/overview/#как-понять-какой-путь-ваш'],
  [
    'Настройка добавлена на перспективу развития сервисов ЕИС',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'заполнила настройку взаимодействия с сервисами а ничё не поменялось',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  ['рис расшифровка', '/reference/glossary/#ris'],
  ['прова доступа к рис', '/services/ris-rights/'],
  [
    'нет пункта перечень региональных информационных систем',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  [
    'Блок полей «Права доступа к РИС» отображается только в случае',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  ['код рис нашего региона где узнать', '/services/ris-rights/#что-понадобится'],
  ['какую дату предоставления доступа ставить для рис', '/services/ris-rights/#шаги'],
  ['у нас ещё уполномоченный орган чё делать с правами рис', '/services/ris-rights/#шаги'],
  ['уполномоченное учреждение это кто', '/reference/glossary/#authorized-institution'],
  [
    'администратор организации и лицо уполномоченное руководителем это одно и то же',
    '/reference/glossary/#org-administrator',
  ],
  ['44 фз это какой закон', '/reference/glossary/#fz-44'],
  ['лк это', '/reference/glossary/#lk'],
  ['ukjccfhbq', '/reference/glossary/'],
  ['веб торги кс это система или прога', '/reference/glossary/#web-torgi-ks'],
  ['документ не уходит в еис', '/reference/troubleshooting/#diagnostic'],
  ['ничего не помогло куда писать', '/reference/troubleshooting/#if-nothing-helped'],
  [
    'Обнаружено несовпадение данных сертификата с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  ['эцп руководителя не пускает в еис', '/reference/troubleshooting/#err-certificate-mismatch'],
  ['сайт госзакупок лежит техработы', '/reference/troubleshooting/#err-eis-functions-unavailable'],
  [
    'Информация о восстановлении функций ЕИС в сфере закупок',
    '/support/knowledge-base/#новости-и-уведомления',
  ],
  ['тикет в техподдержку как завести', '/support/create-request/#шаги'],
  ['правела работы в тп еис', '/support/create-request/#четыре-правила-обращения'],
  [
    'консультация или ошибка что выбрать',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  [
    'не могу зайти в личный кабинет а надо написать в поддержку',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  [
    'флажок интеграция и xml файлы где взять',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  ['закупка малого объёма в обращении да ставить', '/support/create-request/#шаги'],
  [
    'Если плагин не установлен, пользователю будет предложено его установить',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  ['плагин фиксацыи действей', '/reference/glossary/#action-recording-plugin'],
  ['можно несколько проблем в одно обращение', '/support/create-request/#четыре-правила-обращения'],
  ['ntktajy gjllth;rb', '/support/knowledge-base/#телефоны-поддержки'],
  ['горячая линия еис бесплатный номер', '/support/knowledge-base/#телефоны-поддержки'],
  ['база знаний еис где найти', '/support/knowledge-base/#база-знаний-еис'],
  ['телеграм канал еис', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  ['видосы обучающие по еис', '/support/knowledge-base/#база-знаний-еис'],
  [
    'Введите наименование или содержание раздела',
    '/support/knowledge-base/#часто-задаваемые-вопросы-faq',
  ],
  ['cnfnecs j,hfotybq', '/support/request-statuses/'],
  ['статус запрос информации что значит', '/support/request-statuses/#что-означают-статусы'],
  ['обращение закрылось само почему', '/support/request-statuses/#когда-обращение-закрывается'],
  ['сколько ждать ответа поддержки', '/support/request-statuses/#плановый-срок-решения'],
  [
    'Введите номер обращения или часть темы',
    '/support/request-statuses/#страница-техническая-поддержка',
  ],
  [
    'не ответит на запрос то обращение автоматически поменяет статус на Закрыто',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'консультацию закрыли автоматом без переоткрытия',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'переоткрывала консультацию три раза и её закрыли',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],
  [
    'написала в поддержку а в новостях уже было про это и закрыли',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  [
    'Работа с обращениями в статусе Закрыто далее не осуществляется',
    '/reference/troubleshooting/#err-request-closed',
  ],
  ['напоминалка про срок токена', '/tools/reminder/'],
  ['добавить в календарь файл ics', '/tools/reminder/#когда-срок-подходит-к-концу'],
  ['отметки в моём прогрессе пропали на другом компе', '/tools/progress/#perenos'],
  ['веду ещё дом культуры и библиотеку как отмечать отдельно', '/tools/progress/#organizacii'],
  ['сайт отправляет мои пароли куда то', '/tools/progress/#что-сайт-отправляет'],
  ['чеклист сколько шагов осталось', '/tools/progress/#vse-spiski'],
  ['распечатать всю инструкцию', '/print/'],
  ['скачать пдф инструкцию целиком', '/print/'],
  ['что изменилось на сайте', '/reference/changes/'],
  ['история правок по токену', '/reference/changes/#page-services-token'],
  ['план ссылкой скинуть коллеге', '/tools/start/'],
  ['не знаю что мне надо настроить', '/tools/start/#вопросы'],
];

export const HELD_OUT_47b = CORPUS_47b;
