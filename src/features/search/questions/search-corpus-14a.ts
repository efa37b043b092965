/**
 * Corpus 14a: reader questions for the site's search, written on 2026-12-06 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora. Persona: the system
 * administrator of a city polyclinic — certificates, browsers, the ЕИС plugin, outages, the integration login/password/token.
 * Kept in the order written; split once, mechanically, by position (corpus-split.ts): even
 * positions tune, odd positions are held out. Never reorder.
 */
import { byPosition } from './corpus-split';
import type { Query } from './search-queries';

export const CORPUS_14a: readonly Query[] = [
  // телефоны, база знаний, новости, каналы
  ['телефон круглосуточной поддержки еис 8 800', '/support/knowledge-base/#телефоны-поддержки'],
  [
    'куда звонить ночью если не грузится zakupki.gov.ru',
    '/support/knowledge-base/#телефоны-поддержки',
  ],
  [
    'официальная база знаний ЕИС руководства пользователя и видеоролики',
    '/support/knowledge-base/#база-знаний-еис',
  ],
  [
    'почему база знаний еис не открывается без входа в кабинет',
    '/support/knowledge-base/#база-знаний-еис',
  ],
  [
    'где читать новости ЕИС о сбоях и восстановлении работы',
    '/support/knowledge-base/#новости-и-уведомления',
  ],
  [
    'есть ли у ЕИС закупки канал в телеге или в Максе',
    '/support/knowledge-base/#каналы-макс-и-телеграм',
  ],
  [
    'FAQ ЕИС категории вопросов администрирование и регистрация',
    '/support/knowledge-base/#часто-задаваемые-вопросы-faq',
  ],
  [
    'где в базе знаний искать видеоурок по электронным допсоглашениям',
    '/support/knowledge-base/#как-найти-нужный-материал',
  ],
  [
    'главврачу нужно зарегистрировать новый сертификат ЭЦП в личном кабинете заказчика',
    '/support/knowledge-base/#часто-задаваемые-вопросы-faq',
  ],

  // сбои ЕИС
  [
    'Информация о недоступности отдельных функций ЕИС в сфере закупок',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'информацыя о недоступности отдельных функций еис',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'обращение закрыли автоматом после устранения сбоя из новостей, а у нас всё равно не работает',
    '/reference/troubleshooting/#err-request-closed-news',
  ],

  // сертификат и плагин
  [
    'Обнаружено несовпадение данных сертификата с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'обнаруженно несовподение данных сертефиката',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'при создании обращения ЕИС просит установить плагин',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'плагин фиксации действий что это, запись экрана?',
    '/reference/glossary/#action-recording-plugin',
  ],
  [
    'обязательно ли записывать действия плагином для обращения вида ошибка',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],

  // логин и пароль для интеграции по HTTPS
  ['где получить логин и пароль для интеграции Web-Торги-КС с ЕИС', '/connect/https-credentials/'],
  [
    'кто из сотрудников может получить пароль для альтернативной интеграции по HTTPS',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'как получить пароль интеграции так, чтобы он потом не сбился',
    '/connect/https-credentials/#шаги',
  ],
  [
    'какой кнопкой закрыть окно регистрационных данных после копирования пароля — Отменить или Сохранить',
    '/connect/https-credentials/#шаги',
  ],
  ['какие документы уходят из Web-Торги в ЕИС по логину HTTPS', '/connect/https-credentials/'],
  [
    'вчера отправлялось, сегодня нет — коллега заходил в данные пользователя для альтернативной интеграции',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'нажал сохранить в карточке регистрационные данные и пароль поменялся',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'закрыл окошко с паролем не скопировав, как теперь посмотреть',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'что будет если не нажать Продолжить в окне с логином',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  [
    'ошибка о некорректности логина и пароля',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'некоректный логин или пороль при отправке плана графика',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'скопировал пароль с пробелом в конце, ЕИС не принимает',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'учётка сотрудника не заведена в ЕИС как пользователь организации, можно ли отправлять',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  [
    'что такое альтернативная интеграция по протоколу HTTPS',
    '/reference/glossary/#https-integration',
  ],

  // ввод логина и пароля в Web-Торги-КС
  ['куда в вебторгах вписать логин и пароль от ЕИС', '/connect/web-torgi-ks/#шаги'],
  [
    'кто вводит логин ЕИС в Web-Торги-КС — админ или сам пользователь',
    '/connect/web-torgi-ks/#кто-может-это-сделать',
  ],
  ['не могу зайти в сам Web-Торги-КС, к кому обращаться', '/connect/web-torgi-ks/#что-понадобится'],

  // перерегистрация
  [
    'организацию перерегистрировали и документы перестали уходить в ЕИС',
    '/connect/re-registration/',
  ],
  [
    'несоответствии регистрационных данных пользователя в ЕИС',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'ошибка несоотвествие регистрационых данных',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'внёс новый логин после перерегистрации, а ошибка о несоответствии так и осталась',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'где посмотреть новый логин который ЕИС сама сгенерировала после перерегистрации',
    '/connect/re-registration/#шаги',
  ],
  [
    'до какого срока организации должны были перерегистрироваться в ЕИС',
    '/connect/re-registration/',
  ],

  // сервисы ЕИС: токен или РИС
  [
    'токен или права РИС — как понять что нужно нашему региону',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'в чем разница между токеном сервисов отдачи и правами доступа к РИС',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'за что отвечает режим настройка взаимодействия с сервисами ЕИС',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'заполнил настройку взаимодействия с сервисами, ничего не поменялось',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  [
    'пункт 1.5.3.3 руководства администратора keysystems',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'в режиме сервисов ЕИС нет блока Права доступа к РИС',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],

  // токен для сервисов отдачи
  ['как выдать токен для сервисов отдачи в ЛК заказчика пошагово', '/services/token/#шаги'],
  ['на какой срок ставить токен при выдаче', '/services/token/#шаги'],
  ['токен просрочен, как перевыпустить', '/reference/troubleshooting/#err-token-expired'],
  [
    'в Web-Торги пустое поле Идентификатор у токена — откуда его брать',
    '/reference/troubleshooting/#err-token-where',
  ],
  ['под чьей учёткой выдают токен в ЕИС', '/services/token/#кто-может-это-сделать'],
  ['где ставить флаг Разрешить использование сервисов отдачи', '/services/token/#шаги'],
  ['токен и идентификатор ЭДО — это одно и то же?', '/reference/glossary/#token'],

  // права доступа к РИС
  [
    'как дать права для региональной информационной системы в кабинете заказчика',
    '/services/ris-rights/#шаги',
  ],
  [
    'после выдачи прав не появился Перечень региональных информационных систем',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  [
    'не нахожу РИС нашего субъекта в перечне, какой у неё код',
    '/reference/troubleshooting/#err-ris-not-found',
  ],
  ['какую дату предоставления доступа ставить для РИС', '/services/ris-rights/#шаги'],
  [
    'у нас ещё роль уполномоченное учреждение, права РИС дали только заказчику',
    '/reference/troubleshooting/#err-extra-roles',
  ],
  [
    'под каким полномочием перезайти после выдачи прав на работу с информационными системами',
    '/services/ris-rights/#кто-может-это-сделать',
  ],

  // идентификатор участника ЭДО
  [
    'где взять идентификатор участника ЭДО для электронного активирования',
    '/activation/edo-identifier/',
  ],
  [
    'кто может выдать идентификатор ЭДО — Администратор или Руководитель',
    '/activation/edo-identifier/#кто-может-это-сделать',
  ],
  [
    'куда вводить идентификатор ЭДО в Web-Торги',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  [
    'истёк срок действия идентификатора участника ЭДО',
    '/reference/troubleshooting/#err-edo-expired',
  ],
  [
    'не сохранил идентификатор ЭДО, можно посмотреть ещё раз',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  ['что нужно для загрузки актов приёмки из ЕИС', '/activation/edo-identifier/'],
  ['ГоИС что за система', '/reference/glossary/#gois'],

  // обращение в поддержку
  ['как завести тикет в техподдержку ЕИС', '/support/create-request/#шаги'],
  [
    'вид обращения консультация или ошибка что выбрать',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  [
    'галочка Интеграция и два xml файла в обращении',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  [
    'не могу залогиниться в личный кабинет, а обращение отправить надо',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  ['закупка малого объёма — что отметить в обращении с июля 2026', '/support/create-request/#шаги'],
  [
    'можно ли в одном обращении описать три разные проблемы',
    '/support/create-request/#четыре-правила-обращения',
  ],
  [
    'описал ошибку в консультации, обращение закрыли без переоткрытия',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],

  // статусы обращений
  ['статус Запрос информации что значит', '/support/request-statuses/#что-означают-статусы'],
  [
    'обращение закрылось само через неделю после статуса Решено',
    '/reference/troubleshooting/#err-request-resolved-closed',
  ],
  [
    'не успел ответить на запрос информации и обращение закрыли',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'где посмотреть плановый срок решения по моему обращению',
    '/support/request-statuses/#плановый-срок-решения',
  ],
  [
    'поиск обращения по номеру, вкладка закрытые обращения',
    '/support/request-statuses/#страница-техническая-поддержка',
  ],
  [
    'три раза переоткрывал консультацию и её закрыли',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],
  [
    'видно ли в мои обращения заявки коллег из той же организации',
    '/support/request-statuses/#где-смотреть-свои-обращения',
  ],
  ['обращение в статусе закрыто, что теперь', '/reference/troubleshooting/#err-request-closed'],

  // мой прогресс
  ['в другом браузере пропали отметки шагов, как перенести', '/tools/progress/#perenos'],
  [
    'веду несколько учреждений — отдельные чек-листы для каждой поликлиники',
    '/tools/progress/#organizacii',
  ],
  [
    'какие данные сайт отправляет на сервер, есть ли телеметрия',
    '/tools/progress/#что-сайт-отправляет',
  ],

  // напоминания о сроках
  ['выгрузить напоминание о сроке токена в Outlook файлом ics', '/tools/reminder/'],
  ['удалить старое напоминание о сроке', '/tools/reminder/#vashi-napominaniya'],
  [
    'как продлить токен когда срок подходит к концу, напоминание показывает 30 дней',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],

  // с чего начать
  ['опросник какие инструкции нужны нашей организации', '/tools/start/'],
  ['отправить план настройки коллеге ссылкой', '/tools/start/'],
  [
    'не знаю зарегистрирована ли система как РИС — что отвечать в опроснике',
    '/tools/start/#вопросы',
  ],

  // печать
  ['распечатать все инструкции одним документом или сохранить в PDF', '/print/'],
  ['версия для печати с пустыми квадратами для отметок', '/print/'],
  ['сколько всего инструкций и источников в печатной версии', '/print/'],

  // что изменилось
  ['что изменилось в инструкции по токену недавно', '/reference/changes/#page-services-token'],
  ['подписаться на обновления сайта через rss', '/reference/changes/'],
  ['какие правки инструкций меняют действия, а какие нет', '/reference/changes/'],

  // главная и диагностика
  ['схемы на сайте это скриншоты? почему вместо названий многоточия', '/#для-кого-этот-сайт'],
  ['как устроен сайт — какие разделы есть', '/#как-устроен-сайт'],
  [
    'сайт для кого — для закупщиков или для админов, открывать ли ЕИС и Web-Торги в двух окнах',
    '/#для-кого-этот-сайт',
  ],
  [
    'документ не уходит в ЕИС, не понимаю в чём ошибка — пошаговая диагностика',
    '/reference/troubleshooting/#diagnostic',
  ],
];

export const TUNING_14a = byPosition(CORPUS_14a, 0);
export const HELD_OUT_14a = byPosition(CORPUS_14a, 1);
