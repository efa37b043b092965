/**
 * Corpus 64b: reader questions for the site's search, written on 2026-12-07 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: Максим, 26, программист регионального ИТ-центра, сопровождающего Web-Торги-КС; спрашивает точно и технично про протокол, роли и полномочия, права доступа, сроки действия, поля и флаги; мешает русские и английские термины (token, credentials, HTTPS, API, timeout), иногда пишет в неправильной раскладке.
 * Written to be learned (a tuning set), as decided before it arrived: measured once on arrival,
 * then learned whole (training.ts). Kept in the order written.
 */
import type { Query } from './search-queries';

export const CORPUS_64b: readonly Query[] = [
  [
    'где в ЛК ЕИС генерятся credentials для альтернативной интеграции по HTTPS',
    '/connect/https-credentials/#шаги',
  ],
  [
    'какая роль в ЛК 44-ФЗ нужна чтобы выдать юзеру логин/пароль для HTTPS интеграции',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'пароль ротируется при каждом клике по ссылке про HTTPS? это by design?',
    '/connect/https-credentials/',
  ],
  [
    'что конкретно делает кнопка Продолжить в окне с логином и паролем',
    '/connect/https-credentials/#шаги',
  ],
  [
    'у интеграционного пароля есть expiry или он постоянный',
    '/connect/https-credentials/#что-получится',
  ],
  [
    'какие документы Web-Торги шлёт в ЕИС по HTTPS — план-график, контракты?',
    '/connect/https-credentials/#что-получится',
  ],
  [
    'карточка регистрационные данные чем закрывать — Отменить или Сохранить',
    '/connect/https-credentials/#шаги',
  ],
  ['kjuby gfhjkm https', '/connect/https-credentials/'],
  ['trailing space в логине после copy-paste, критично?', '/connect/https-credentials/#шаги'],
  ['куда в Web-Торги-КС вбить логин и пароль от ЕИС', '/connect/web-torgi-ks/#шаги'],
  ['флаг "Сменить пароль:" зачем его ставить', '/connect/web-torgi-ks/#шаги'],
  ['Настройки -> Регистрационные данные в ЕИС вкладка ЕИС', '/connect/web-torgi-ks/#шаги'],
  [
    'какие поля обязательные в окне регданных на вкладке ЕИС в системе',
    '/connect/web-torgi-ks/#шаги',
  ],
  [
    'кто сохраняет креды ЕИС в web-torgi: админ системы или сам юзер под своей учеткой',
    '/connect/web-torgi-ks/#кто-может-это-сделать',
  ],
  ['не пускает в саму Web-Торги-КС, к кому идти', '/connect/web-torgi-ks/#что-понадобится'],
  ['pfxtv ldf hfpf ddjlbnm gfhjkm', '/connect/web-torgi-ks/#шаги'],
  ['gththtubcnhfwbz', '/connect/re-registration/'],
  [
    'после перерегистрации организации ЕИС сама сгенерила новый логин, что менять в web-торгах',
    '/connect/re-registration/#шаги',
  ],
  ['перерегистрация до конца 2016 это вообще ещё актуально?', '/connect/re-registration/'],
  [
    'кто может поменять логин пароль после перерегистрации орги',
    '/connect/re-registration/#кто-может-это-сделать',
  ],
  [
    'несоответствие регистрационных данных пользователя в ЕИС',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'ввел новые креды после перерегистрации, а ошибка о несоответствии регданных всё равно вылезает',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  ['идентификатор участника ЭДО где выдать', '/activation/edo-identifier/#шаги'],
  [
    'срок действия идентификатора эдо ставится вручную? формат даты?',
    '/activation/edo-identifier/#шаги',
  ],
  [
    'куда вставлять EDO id в web-торги для импорта документов приемки',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  [
    'идентификатор ЭДО выдается на конкретного пользователя или на всю организацию',
    '/activation/edo-identifier/#кто-может-это-сделать',
  ],
  [
    'нажал Сохранить в окне выдачи идентификатора ЭДО — слетит ли пароль для HTTPS?',
    '/activation/edo-identifier/#шаги',
  ],
  ["bltynbabrfnjh 'lj", '/activation/edo-identifier/'],
  [
    'электронное активирование что настроить для загрузки документов приёмки',
    '/activation/edo-identifier/',
  ],
  ['истек edo identifier, как перевыпустить', '/reference/troubleshooting/#err-edo-expired'],
  [
    'не скопировал идентификатор ЭДО, можно его посмотреть повторно?',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  [
    'напомнить об окончании срока идентификатора эдо',
    '/activation/edo-identifier/#напоминание-о-сроке',
  ],
  ['где взять токен для сервиса отдачи ЕИС', '/reference/troubleshooting/#err-token-where'],
  ['на какой срок выпускать токен, ставить максимальный?', '/services/token/#шаги'],
  ['флаг Разрешить использование сервисов отдачи', '/services/token/#шаги'],
  [
    'блок Токен для использования сервисов отдачи поля Идентификатор и Срок действия',
    '/services/token/#что-получится',
  ],
  ['token expired что делать', '/reference/troubleshooting/#err-token-expired'],
  ['можно ли продлить токен без перевыпуска', '/services/token/#что-дальше'],
  [
    'токен выдаётся под какой учеткой в ЕИС, нужен admin организации?',
    '/services/token/#кто-может-это-сделать',
  ],
  [
    'не вижу в меню web-торгов режим Настройка взаимодействия с сервисами ЕИС',
    '/services/token/#шаги',
  ],
  ['njrty cthdbcjd jnlfxb', '/services/token/'],
  [
    'токен или РИС — как понять, какой вариант нужен нашему региону',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'за что отвечает режим "Настройка взаимодействия с сервисами ЕИС"',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'заполнил токен в системе а на обмен с ЕИС это никак не влияет',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  [
    'руководство администратора п. 1.5.3.3 keysystems',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  ['сервисы отдачи это что вообще, какой там API', '/reference/glossary/#output-services'],
  ['ghfdf ljcnegf r hbc', '/services/ris-rights/'],
  [
    'раздел Работа с информационными системами какие галки ставить в правах доступа',
    '/services/ris-rights/#шаги',
  ],
  ['дата предоставления доступа для РИС 01.01.2022', '/services/ris-rights/#шаги'],
  ['флаг Информация об участниках закупки по электронным процедурам', '/services/ris-rights/#шаги'],
  ['где узнать код РИС нашего субъекта', '/services/ris-rights/#что-понадобится'],
  ['не нахожу РИС своего субъекта в перечне ИС', '/reference/troubleshooting/#err-ris-not-found'],
  [
    'после выдачи прав нет пункта Перечень региональных информационных систем в Администрировании',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  [
    'блока Права доступа к РИС нет в режиме в web-торгах',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  [
    'у орги ещё роль уполномоченное учреждение — права к РИС надо дублировать?',
    '/services/ris-rights/#шаги',
  ],
  [
    'роль Уполномоченный орган, права к РИС выдали, а работа в РИС не идёт',
    '/reference/troubleshooting/#err-extra-roles',
  ],
  [
    'под каким юзером перелогиниться после выдачи прав на работу с ИС, какое полномочие',
    '/services/ris-rights/#кто-может-это-сделать',
  ],
  ['ГоИС расшифровка', '/reference/glossary/#gois'],
  ['что такое РИС', '/reference/glossary/#ris'],
  ['специализированная ЭТП', '/reference/glossary/#specialized-etp'],
  [
    'Администратор организации и Лицо уполномоченное руководителем (Администратор организации) — в чем разница полномочий',
    '/reference/glossary/#org-administrator',
  ],
  ['СТП ТП сокращение', '/reference/glossary/#stp'],
  ['глоссарий', '/reference/glossary/'],
  ['личный кабинет 44-ФЗ это какой закон', '/reference/glossary/#fz-44'],
  [
    'ошибка о некорректности логина и пароля при отправке в ЕИС',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'кто-то из коллег кликнул ссылку HTTPS и у нас интеграция отвалилась',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'закрыл popup с паролем не успел скопировать',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'не нажал Продолжить, пароль так и не стал постоянным',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  [
    'обнаружено несовпадение данных сертефиката с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'информация о недоступности отдельных функций ЕИС',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'юзер не зарегистрирован в ЕИС как пользователь организации, можно слать из системы?',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  [
    'документ не уходит в ЕИС — timeout или креды, как продиагностировать',
    '/reference/troubleshooting/#diagnostic',
  ],
  ['ошибки и решения', '/reference/troubleshooting/'],
  ['ntktajy gjllth;rb', '/support/knowledge-base/#телефоны-поддержки'],
  [
    'обращение по интеграции какие xml прикладывать',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  [
    'где взять xml-файлы обмена (отправленный и ответный) для тикета',
    '/reference/troubleshooting/#err-integration-request-files',
  ],
  [
    'тип обращения Консультация или Ошибка что выбрать',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  [
    'ЕИС при создании обращения просит установить плагин',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  ['как создать тикет в ТП ЕИС', '/support/create-request/#шаги'],
  [
    'не могу авторизоваться в ЛК, как написать в поддержку без входа',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  [
    'статус Запрос информации сколько дней на ответ',
    '/support/request-statuses/#что-означают-статусы',
  ],
  [
    'консультацию закрыли автоматом без возможности переоткрытия',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  ['плановый срок решения по обращению', '/support/request-statuses/#плановый-срок-решения'],
  [
    'переключатель Пользователь | Организация в Мои обращения',
    '/support/request-statuses/#страница-техническая-поддержка',
  ],
  ['база знаний ЕИС FAQ категории', '/support/knowledge-base/#часто-задаваемые-вопросы-faq'],
  ['каналы ЕИС в Макс и телеграме', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  ['с 01.07.2026 отметка закупка малого объема в обращении', '/support/create-request/#шаги'],
  [
    'в новостях ЕИС висит сбой — есть смысл заводить обращение?',
    '/support/knowledge-base/#новости-и-уведомления',
  ],
  [
    'не ответил на запрос информации и обращение закрылось',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'можно ли переоткрыть обращение после статуса Закрыто',
    '/support/request-statuses/#когда-обращение-закрывается',
  ],
  [
    'напоминание о сроке токена выгрузить в календарь .ics',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  ['reminder без javascript работает?', '/tools/reminder/#добавить-напоминание'],
  ['перенести отметки чек-листов на другой комп', '/tools/progress/#perenos'],
  [
    'ведем несколько заказчиков школы садики — отметки отдельно по каждой',
    '/tools/progress/#organizacii',
  ],
  [
    'что сайт отправляет на сервер, логируются ли поисковые запросы',
    '/tools/progress/#что-сайт-отправляет',
  ],
  ['с чего начать настройку интеграции web-торги с ЕИС', '/tools/start/'],
  ['план настройки скинуть коллеге ссылкой', '/tools/start/#где-хранится-план'],
  ['распечатать всю инструкцию / сохранить в pdf', '/print/'],
  ['что поменялось в инструкциях, есть atom feed?', '/reference/changes/'],
  ['на схемах вместо скринов многоточия, почему', '/#для-кого-этот-сайт'],
];

/** Learned whole (training.ts). */
export const TUNING_64b = CORPUS_64b;
