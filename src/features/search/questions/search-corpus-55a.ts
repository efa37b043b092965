/**
 * Corpus 55a: reader questions for the site's search, written on 2026-12-07 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: Людмила Викторовна, 55, head of a municipal centralised accounting office (ЦБ) preparing a test for new staff; quiz- and checklist-like noun phrases, some numbered, bureaucratic vocabulary, rare typos.
 * Held out whole, as decided before it arrived: never learned, never tuned on. Kept in the order
 * written.
 */
import type { Query } from './search-queries';

export const CORPUS_55a: readonly Query[] = [
  ['с чего начать настройку интеграции', '/tools/start/'],
  ['для кого предназначен сайт', '/#для-кого-этот-сайт'],
  [
    '1. логин и пароль для интеграции по HTTPS порядок получения',
    '/connect/https-credentials/#шаги',
  ],
  [
    '2. кто уполномочен получать логин и пароль для интеграции',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  ['3. где галочка Сменить пароль', '/connect/web-torgi-ks/#шаги'],
  ['4. порядок действий после перерегистрации учреждения', '/connect/re-registration/#шаги'],
  ['5. дата предоставления доступа для РИС какая указывается', '/services/ris-rights/#шаги'],
  ['срок действия токена', '/services/token/#шаги'],
  ['кто выдает токен для сервисов отдачи', '/services/token/#кто-может-это-сделать'],
  ['где взять токен для сервиса отдачи', '/reference/troubleshooting/#err-token-where'],
  ['токен истек', '/reference/troubleshooting/#err-token-expired'],
  ['продление токена и идентификатора ЭДО порядок', '/tools/reminder/#когда-срок-подходит-к-концу'],
  ['njrty', '/services/token/'],
  [
    'блок Токен для использования сервисов отдачи поля Идентификатор и Срок действия',
    '/services/token/#шаги',
  ],
  [
    'токен или права доступа к РИС, какой путь выбрать',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'назначение режима Настройка взаимодействия с сервисами ЕИС',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  ['руководство администратора п. 1.5.3.3', '/services/overview/#как-понять-какой-путь-ваш'],
  [
    'заполнили настройку сервисов ЕИС, а на отправку документов не повлияло',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  ['права доступа к РИС порядок настройки', '/services/ris-rights/#шаги'],
  [
    'кто уполномочен выдавать права доступа к РИС, роль и полномочие',
    '/services/ris-rights/#кто-может-это-сделать',
  ],
  ['код РИС субъекта где узнать', '/services/ris-rights/#что-понадобится'],
  ['не нахожу РИС своего субъекта в перечне', '/reference/troubleshooting/#err-ris-not-found'],
  [
    'после выдачи прав не отображается пункт Перечень региональных информационных систем',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  ['нет блока Права доступа к РИС', '/reference/troubleshooting/#err-ris-block-missing'],
  ['раздел Работа с информационными системами какие опции отмечать', '/services/ris-rights/#шаги'],
  [
    'у нас еще роль уполномоченный орган, работа в РИС не налаживается',
    '/reference/troubleshooting/#err-extra-roles',
  ],
  [
    'уполномоченное учреждение это роль организации?',
    '/reference/glossary/#authorized-institution',
  ],
  [
    'сколько раз нажимать ссылку Данные пользователя для альтернативной интеграции',
    '/connect/https-credentials/#что-получится',
  ],
  [
    'окно Регистрационные данные закрывать кнопкой Отменить или Сохранить',
    '/connect/https-credentials/#шаги',
  ],
  [
    'перечень документов, направляемых из Web-Торги-КС в ЕИС',
    '/connect/https-credentials/#что-получится',
  ],
  ['альтернативная интеграция определение', '/reference/glossary/#https-integration'],
  [
    'ошибка о некорректности логина и пароля при отправке',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  ['ввод логина и пароля в Web-Торги-КС', '/connect/web-torgi-ks/#шаги'],
  ['ddjl gfhjkz', '/connect/web-torgi-ks/#шаги'],
  [
    'кто вносит реквизиты доступа к ЕИС в Web-Торги, сам сотрудник или администратор',
    '/connect/web-torgi-ks/#кто-может-это-сделать',
  ],
  ['нет доступа в Web-Торги-КС, к кому обращаться', '/connect/web-torgi-ks/#что-понадобится'],
  ['завершающий этап установления связи с ЕИС', '/connect/web-torgi-ks/#что-получится'],
  ['перерегистрация организации в ЕИС', '/connect/re-registration/'],
  ['до какого срока надо было пройти перерегистрацию', '/connect/re-registration/'],
  [
    'ошибка о несоотвествии регистрационных данных пользователя',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'порядок действий при смене руководителя, новая ЭЦП',
    '/support/knowledge-base/#часто-задаваемые-вопросы-faq',
  ],
  [
    'Обнаружено несовпадение данных сертификата с данными зарегистр',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'полномочие главбуха новому пользователю как установить',
    '/support/knowledge-base/#часто-задаваемые-вопросы-faq',
  ],
  ['идентификатор участника ЭДО срок действия', '/activation/edo-identifier/#шаги'],
  [
    'кто выдает идентификатор ЭДО, требуемые права',
    '/activation/edo-identifier/#кто-может-это-сделать',
  ],
  [
    'куда вводить идентификатор ЭДО в Web-Торги',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  ['электронное активирование понятие', '/reference/glossary/#electronic-activation'],
  ['документы приемки', '/reference/glossary/#acceptance-documents'],
  [
    'идентификатор ЭДО не сохранили, как посмотреть повторно',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  ['истек срок идентефикатора участника ЭДО', '/reference/troubleshooting/#err-edo-expired'],
  ['ГоИС', '/reference/glossary/#gois'],
  [
    'для чего нужен идентификатор участника электронного документооборота',
    '/activation/edo-identifier/',
  ],
  [
    'пароль перестал действовать, коллега повторно открыл ссылку HTTPS',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'нажали Сохранить в регистрационных данных, пароль изменился',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'закрыли окно с логином паролем не успели записать',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  ['не нажали продолжить', '/reference/troubleshooting/#err-continue-not-pressed'],
  [
    'сотрудник не зарегестрирован в ЕИС как пользователь организации',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  [
    'Информация о недоступности отдельных функций ЕИС',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  ['документ не уходит в ЕИС, причины по порядку', '/reference/troubleshooting/#diagnostic'],
  ['типовые ошибки интеграции перечень', '/reference/troubleshooting/'],
  ['сколько дней на ответ поддержки', '/support/request-statuses/#плановый-срок-решения'],
  [
    'срок ответа пользователя на запрос информации',
    '/support/request-statuses/#что-означают-статусы',
  ],
  [
    'статус Решено через сколько рабочих дней закрывается',
    '/support/request-statuses/#что-означают-статусы',
  ],
  ['6. случаи закрытия обращения', '/support/request-statuses/#когда-обращение-закрывается'],
  ['Мои обращения где найти', '/support/request-statuses/#где-смотреть-свои-обращения'],
  [
    'повторное обращение для уточнения срока решения',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  [
    'консультацию закрыли автоматически без возможности переоткрытия',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'консультация переоткрыта 3 раза и закрыта',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],
  [
    'заявку закрыли, т.к. сбой уже был в новостях',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  [
    'не ответили на запрос информации, обращение закрыто',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  ['по закрытому обращению работа продолжается?', '/reference/troubleshooting/#err-request-closed'],
  [
    'вид обращения консультация или ошибка отличие',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  ['правила составления обращения в ТП ЕИС', '/support/create-request/#четыре-правила-обращения'],
  ['галочка Интеграция и 2 xml файла', '/support/create-request/#обращение-по-вопросам-интеграции'],
  [
    'какие вложения к заявке по проблеме интеграции с Web-Торги',
    '/reference/troubleshooting/#err-integration-request-files',
  ],
  ['плагин фиксации действий пользователя', '/reference/glossary/#action-recording-plugin'],
  [
    'при создании обращения предлагает установить плагин',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  ['закупка малого объема отметка Да в обращении с 01.07.2026', '/support/create-request/#шаги'],
  ['обращение без входа в личный кабинет', '/support/create-request/#обращение-без-входа-в-лк'],
  [
    'не удается авторизоваться в ЛК, как подать обращение',
    '/reference/troubleshooting/#err-cannot-login-request',
  ],
  ['порядок подачи обращения в техподдержку ЕИС', '/support/create-request/#шаги'],
  ['кто подписывает заявление в техподдержку', '/support/create-request/#кто-может-это-сделать'],
  ['телефон горячей линии ЕИС круглосуточно', '/support/knowledge-base/#телефоны-поддержки'],
  ['база знаний доступна без авторизации?', '/support/knowledge-base/#база-знаний-еис'],
  ['каналы ЕИС в мессенджерах', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  [
    'порядок действий при сбое в ЕИС до обращения в СТП',
    '/support/knowledge-base/#порядок-действий-при-проблеме',
  ],
  [
    'руководства пользователя по доп соглашениям где искать',
    '/support/knowledge-base/#как-найти-нужный-материал',
  ],
  ['СТП расшифровка', '/reference/glossary/#stp'],
  [
    'администратор организации и лицо уполномоченное руководителем, разница полномочий',
    '/reference/glossary/#org-administrator',
  ],
  ['ukjccfhbq', '/reference/glossary/'],
  ['сервисы отдачи что это', '/reference/glossary/#output-services'],
  ['статья 93 п. 4 и 5 закупка малого объема', '/reference/glossary/#small-volume-purchase'],
  ['напоминание об окончании срока токена', '/tools/reminder/'],
  ['отметки по каждому учреждению отдельно, школы и сады', '/tools/progress/#organizacii'],
  ['перенос отметок на другой компьютер', '/tools/progress/#perenos'],
  ['какие сведения сайт передает на сервер', '/tools/progress/#что-сайт-отправляет'],
  ['чек-листы по инструкциям, количество шагов', '/tools/progress/#vse-spiski'],
  ['распечатать инструкцию целиком для сотрудников', '/print/'],
  ['что изменилось в инструкциях за последнее время', '/reference/changes/'],
  ['изменения по странице токена', '/reference/changes/#page-services-token'],
];

export const HELD_OUT_55a = CORPUS_55a;
