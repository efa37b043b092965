/**
 * Corpus 49a: reader questions for the site's search, written on 2026-12-07 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: Artyom, 27, first-line helpdesk operator for a regional Web-Torgi-KS maintainer, typing short fragments, pasted error snippets, slang, typos and wrong-layout text while a customer is on the phone.
 * Held out whole, as decided before it arrived: never learned, never tuned on. Kept in the order
 * written.
 */
import type { Query } from './search-queries';

export const CORPUS_49a: readonly Query[] = [
  ['eis https login password for wtks', '/connect/https-credentials/'],
  ['gfhjkm lkz byntuhfwbb', '/connect/https-credentials/'],
  [
    'логин пароль для альтернативной интеграции кто выдает, нужен руководитель?',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'клиент нажал ссылку про https второй раз, пароль в вт слетел',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'ранее введенный в ПК «Web-Торги КС» пароль (если был установлен) станов',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'ошибка о некорректности логина и пар',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'логин с пробелом скопировали, при отправке в еис ошибка',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  ['какие доки вт шлет в еис план-график', '/connect/https-credentials/#что-получится'],
  ['забыл пароль интграции еис как узнать заново', '/connect/https-credentials/'],
  [
    'не нажали продолжить, пароль не закрепился',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  [
    'закрыл окно с паролем не успел записать',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    '"Если по какой то причине не успели записать данные или же закр',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'нажали сохранить в регистрационых данных пароль опять сменился',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    '«При нажатии на кнопку «Сохранить» пароль снова измен',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  ['как ввести креды еис в веб торги', '/connect/web-torgi-ks/'],
  ['cvtybnm gfhjkm d dn', '/connect/web-torgi-ks/#шаги'],
  ['сам не может войти в web-торги-кс', '/connect/web-torgi-ks/#что-понадобится'],
  ['не коннектит к еис, документы не уходят', '/reference/troubleshooting/#diagnostic'],
  [
    'учётка пользователя не зарегистрирована в еис',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  [
    'пользователь организации должен быть зарегестрирован в ЕИС',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  ['перерегистрацыя', '/connect/re-registration/'],
  ['gjckt gththtubcnhfwbb', '/connect/re-registration/'],
  [
    'ошибки о несоотвествии регистрационных данных пользоват',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  ['несоответсвие рег данных', '/reference/troubleshooting/#err-registration-data-mismatch'],
  [
    'после перерегистрации доки не уходят в еис',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  ['как внести новый логин после перерегистрации орг', '/connect/re-registration/#шаги'],
  ['токен или рис что выбрать', '/services/overview/#как-понять-какой-путь-ваш'],
  ['как понять зарегана ли система как рис', '/services/overview/#как-понять-какой-путь-ваш'],
  [
    'режим настройка взаимодействия с сервисами еис для чего',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'заполнили токен, ничего не изменилось',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  [
    'на момент действия версии ЕИС 13.1 настройка взаимодействия с серв',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  ['токен', '/services/token/'],
  ['njrty lkz cthdbcjd jnlfxb', '/services/token/'],
  ['как выдать токен в лк заказчика', '/services/token/#шаги'],
  ['бессрочный токен можно сделать', '/services/token/#шаги'],
  ['токн просрочен что делать', '/reference/troubleshooting/#err-token-expired'],
  ['token expired eis', '/reference/troubleshooting/#err-token-expired'],
  ['ответственный за выдачу токена в организации кто', '/services/token/#кто-может-это-сделать'],
  ['Где взять токен для сервиса отдачи ЕИС', '/reference/troubleshooting/#err-token-where'],
  ['сервисы отдачи это что вообще', '/reference/glossary/#output-services'],
  ['ghfdf ljcnegf r hbc', '/services/ris-rights/'],
  ['нет блока права доступа к рис в вт', '/reference/troubleshooting/#err-ris-block-missing'],
  [
    'Блок полей «Права доступа к РИС» отображается тольк',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  [
    'перечень региональных инф систем не появился в администрировании',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  [
    '"Успешным прохождением предыдущего этапа настрой',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  ['код рис своего субьекта где узнать', '/services/ris-rights/#что-понадобится'],
  ['как найти рис своего региона в перечне', '/services/ris-rights/#шаги'],
  ['редактирование прав доступа рис подпсать', '/services/ris-rights/#шаги'],
  ['уполномоченный орган тоже права на рис выдавать?', '/services/ris-rights/#шаги'],
  ['идентификатор эдо где получить', '/activation/edo-identifier/'],
  ["bltynbabrfnjh exfcnybrf 'lj", '/activation/edo-identifier/'],
  ['импорт документов приемки из еис что нужно', '/activation/edo-identifier/'],
  [
    'идентефикатор эдо куда вводить в web-torgi',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  ['идентификатор эдо не сохранили, потеряли', '/reference/troubleshooting/#err-edo-not-saved'],
  [
    'Скопированный идентификатор необходимо сохранит',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  ['продление идентификатора эдо', '/reference/troubleshooting/#err-edo-expired'],
  ['как выдать идентификатор эдо заново', '/activation/edo-identifier/#шаги'],
  ['электронное активирование', '/reference/glossary/#electronic-activation'],
  ['как создать обращение в тп еис', '/support/create-request/'],
  [
    'обрашение консультация или ошибка что выбрать',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  [
    'какие xml приложить к обращению по интеграции',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  [
    'дублировать обращение по одной проблеме можно?',
    '/support/create-request/#четыре-правила-обращения',
  ],
  [
    'еис просит установить плагин при обращении',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  ['плагин фиксации действий что это', '/reference/glossary/#action-recording-plugin'],
  [
    'не пускает в лк, как написать в поддержку',
    '/reference/troubleshooting/#err-cannot-login-request',
  ],
  ['как сделать обращение без входа в лк', '/support/create-request/#обращение-без-входа-в-лк'],
  ['закупка малого обьема обращение поле Да', '/support/create-request/#шаги'],
  ['статус запрос информации что значит', '/support/request-statuses/#что-означают-статусы'],
  ['было решено а потом само закрылось', '/reference/troubleshooting/#err-request-resolved-closed'],
  [
    'не ответили на запрос информации, обращение закрыли',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  ['консультацию закрыли автаматом', '/reference/troubleshooting/#err-request-consultation-closed'],
  [
    'содержится информация об ошибке, то такое обращение будет закр',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'переоткрывали 3 раза и закрыли',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],
  [
    'Работа с обращениями в статусе «Закрыто» далее не осущ',
    '/reference/troubleshooting/#err-request-closed',
  ],
  ['j,hfotybt pfrhsnj', '/reference/troubleshooting/#err-request-closed'],
  [
    'Обращения по описанной в новостях или уведомлениях пробле',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  ['плановый срок решеня где смотреть', '/support/request-statuses/#плановый-срок-решения'],
  [
    'Не требуется создавать повторные обращения с целью уточн',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  ['мои обращения где найти', '/support/request-statuses/#где-смотреть-свои-обращения'],
  ['черновик обращения', '/support/request-statuses/#что-означают-статусы'],
  ['горячая линия еис', '/support/knowledge-base/#телефоны-поддержки'],
  ['ntktajy gjllth;rb', '/support/knowledge-base/#телефоны-поддержки'],
  [
    'не могу дозвониться в тп еис, другой номер есть?',
    '/support/knowledge-base/#телефоны-поддержки',
  ],
  ['база знаний', '/support/knowledge-base/#база-знаний-еис'],
  ['телеграмм канал еис', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  [
    'Обнаружено несовпадение данных сертифик',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    '"Информация о недоступности отдельных функ',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'в новостях про сбой висит, писать обращение?',
    '/support/knowledge-base/#новости-и-уведомления',
  ],
  ['ЛК расшифровка', '/reference/glossary/#lk'],
  ['РИС', '/reference/glossary/#ris'],
  ['администратор организации какое полномочие', '/reference/glossary/#org-administrator'],
  ['с чего начать настройку интеграции', '/tools/start/'],
  ['садики школы несколько заказчиков отметки', '/tools/progress/#organizacii'],
  ['синхронизация отметок на другой комп', '/tools/progress/#perenos'],
  ['конфиденциальность, сайт собирает мои запросы?', '/tools/progress/#что-сайт-отправляет'],
  ['напомнить о сроке токена', '/tools/reminder/'],
  ['ics календарь', '/tools/reminder/#когда-срок-подходит-к-концу'],
  ['напечатать всю инструкцию', '/print/'],
  ['print pdf', '/print/'],
  ['что изменилось в инструкциях', '/reference/changes/'],
];

export const HELD_OUT_49a = CORPUS_49a;
