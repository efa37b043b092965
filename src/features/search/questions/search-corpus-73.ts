/**
 * Corpus 73: reader questions for the site's search, written on 2026-12-07 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists, with the addresses of headings, entries
 * and terms but not of steps, as in the rounds before 33). Persona: the head of a municipal kindergarten who is also its only contract manager, not technical: words heard from colleagues or seen on screen, misremembered names of buttons and menus, «логин», «пароль», «токен» and «ключ» mixed up, what a thing is and whether she may do it herself, fear of doing something irreversible, slow typing with few commas and some typos.
 * Held out whole, as decided before it arrived: never learned, never tuned on. Kept in the order
 * written.
 */
import type { Query } from './search-queries';

export const CORPUS_73: readonly Query[] = [
  ['где взять логин и пароль для интеграции с еис', '/connect/https-credentials/'],
  ['kjuby b gfhjkm lkz tbc', '/connect/https-credentials/'],
  [
    'кто у нас в садике может получить пароль для интеграции я заведующая или только директор',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'нажала данные пользователя для альтернативной интеграции а пароль не записала окно закрылось',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  ['зачем кнопка продолжить когда показали логин и пароль', '/connect/https-credentials/#шаги'],
  ['пароль копировать с пробелом или без пробела', '/connect/https-credentials/#шаги'],
  [
    'можно ли несколько раз открывать окно с паролем ничего не сломаю',
    '/connect/https-credentials/#что-получится',
  ],
  [
    'учетка пользователя в личном кабинете еис где регистрационные данные',
    '/connect/https-credentials/#шаги',
  ],
  [
    'какие документы уходят в еис по этому логину план график',
    '/connect/https-credentials/#что-получится',
  ],
  ['альтернативная интеграция по https что это такое', '/reference/glossary/#https-integration'],
  ['куда вводить пароль от еис в веб торгах', '/connect/web-torgi-ks/'],
  ['настройки регистрационные данные в еис где это в веб торгах', '/connect/web-torgi-ks/#шаги'],
  ['галочка сменить пароль ставить или нет', '/connect/web-torgi-ks/#шаги'],
  ['пароль вводить два раза зачем второе поле', '/connect/web-torgi-ks/#шаги'],
  [
    'не пускает в веб торги кс сама не могу войти кому обращаться',
    '/connect/web-torgi-ks/#что-понадобится',
  ],
  ['ввела пароль а документ все равно не уходит в еис', '/reference/troubleshooting/#diagnostic'],
  [
    'пароль в веб торгах перестал подходить ктото опять получил новый в еис',
    '/connect/web-torgi-ks/#что-дальше',
  ],
  ['перерегистрация организации новый логин и пароль', '/connect/re-registration/'],
  ['после перерегистрации садика документы не отправляются в еис', '/connect/re-registration/'],
  [
    'ошибка о несоответствии регистрационных данных пользователя в ЕИС',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'после перерегистрации ввела новый пароль а ошибка несоотвествие осталась',
    '/connect/re-registration/#шаги',
  ],
  [
    'кто может узнать новый пароль после перерегистрации',
    '/connect/re-registration/#кто-может-это-сделать',
  ],
  ['пароль будет сгенерирован уже новый если закрыли окно', '/connect/re-registration/#шаги'],
  ['токен или рис как понять что нам нужно', '/services/overview/#как-понять-какой-путь-ваш'],
  [
    'настройка взаимодействия с сервисами еис что это за режим',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'заполнила токен в настройке ничего не поменялось',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  [
    'зарегистрирована ли наша система как рис у кого спросить',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'на момент действия версии еис 13.1 настройка не обрабатывается системой',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  ['токен для сервисов отдачи как получить', '/services/token/'],
  ['Где взять токен для сервиса отдачи ЕИС?', '/services/token/'],
  ['на какой срок делать токен', '/services/token/#шаги'],
  ['токен ключ и пароль это одно и то же или нет', '/reference/glossary/#token'],
  [
    'кто выдает токен администратор организации или я сама',
    '/services/token/#кто-может-это-сделать',
  ],
  ['njrty lkz cthdbcjd jnlfxb', '/services/token/'],
  ['токен просрочен что делать', '/reference/troubleshooting/#err-token-expired'],
  ['нужна ли флешка с подписью чтобы получить токен', '/services/token/#что-понадобится'],
  ['права доступа к рис как дать', '/services/ris-rights/'],
  [
    'перечень региональных информационых систем не появился в администрировании',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  ['какую дату ставить 01.01.2022 для рис', '/services/ris-rights/#шаги'],
  ['работа с информационными системами какие галочки отмечать', '/services/ris-rights/#шаги'],
  ['код рис нашего региона где узнать', '/services/ris-rights/#что-понадобится'],
  ['кнопка подписать права доступа рис нужна ли ЭЦП', '/services/ris-rights/#шаги'],
  [
    'у нас еще роль уполномоченное учреждение надо ли второй раз права делать',
    '/services/ris-rights/#шаги',
  ],
  [
    'Блок полей Права доступа к РИС отображается только в случае',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  ['идентификатор участника эдо где взять', '/activation/edo-identifier/'],
  ['электронное активирование документы приемки загрузить из еис', '/activation/edo-identifier/'],
  ['срок действия идентификатора вручную какую дату ставить', '/activation/edo-identifier/#шаги'],
  [
    'куда вводить идентификатор эдо в веб торгах',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  [
    'закончился срок действия идентификатора участника эдо',
    '/reference/troubleshooting/#err-edo-expired',
  ],
  [
    'не сохранила идентификатор эдо скопировать забыла',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  [
    'заведующая в отпуске может ли заместитель выдать идентификатор эдо',
    '/activation/edo-identifier/#кто-может-это-сделать',
  ],
  [
    'выдача идентификатора участника электронного документооборота рядом ссылка https нажимать',
    '/activation/edo-identifier/#шаги',
  ],
  ['эдо расшифровка', '/reference/glossary/#edo'],
  ['телефон горячей линии еис', '/support/knowledge-base/#телефоны-поддержки'],
  ['8 800 600 90 89 это бесплатный номер поддержки', '/support/knowledge-base/#телефоны-поддержки'],
  ['база знаний еис где найти', '/support/knowledge-base/#база-знаний-еис'],
  [
    'часто задаваемые вопросы администрирование и регистрация',
    '/support/knowledge-base/#часто-задаваемые-вопросы-faq',
  ],
  ['телеграм канал еис закупки и макс', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  ['методички и видео по работе в еис', '/support/knowledge-base/#база-знаний-еис'],
  [
    'в новостях написано недоступность отдельных функций писать ли в поддержку',
    '/support/knowledge-base/#новости-и-уведомления',
  ],
  [
    'Информация о недоступности отдельных функций ЕИС в сфере закупок',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'при входе у руководителя ошибка несовпадение данных сертификата',
    '/support/knowledge-base/#часто-задаваемые-вопросы-faq',
  ],
  [
    'Обнаружено несовпадение данных сертификата с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  ['как написать в техподдержку еис', '/support/create-request/'],
  ['жалоба в поддержку еис как подать', '/support/create-request/'],
  [
    'консультация или ошибка какой вид обращения выбрать',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  [
    'что приложить к обращению если не уходит план график из веб торгов',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  [
    'какие файлы прикладывать к обращению про интеграцию 2 xml',
    '/reference/troubleshooting/#err-integration-request-files',
  ],
  ['плагин фиксации действий пользователя как записать', '/support/create-request/#шаги'],
  [
    'Если плагин не установлен, пользователю будет предложено его установить',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  ['закупка малого обьема в обращении где поставить да', '/support/create-request/#шаги'],
  [
    'не могу войти в личный кабинет а надо написать в поддержку',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  [
    'можно несколько проблем в одном обращении написать',
    '/support/create-request/#четыре-правила-обращения',
  ],
  ['тикет в техподдержку еис правила', '/support/create-request/#четыре-правила-обращения'],
  ['статусы обращения что значат', '/support/request-statuses/'],
  [
    'обращение закрыто без возможности переоткрытия',
    '/reference/troubleshooting/#err-request-closed',
  ],
  [
    'Решено обращение автоматически поменяет статус на Закрыто через 7 рабочих',
    '/reference/troubleshooting/#err-request-resolved-closed',
  ],
  [
    'если пользователь не ответит на запрос то обращение автоматически поменяет статус',
    '/support/request-statuses/#что-означают-статусы',
  ],
  ['где посмотреть мои обращения', '/support/request-statuses/#где-смотреть-свои-обращения'],
  ['плановый срок решения когда ответят', '/support/request-statuses/#плановый-срок-решения'],
  [
    'можно ли снова открыть обращение если решение не помогло',
    '/support/request-statuses/#когда-обращение-закрывается',
  ],
  [
    'консультацию закрыли автоматом а я там ошибку описала',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'сколько суток ждать ответа из поддержки еис',
    '/support/request-statuses/#плановый-срок-решения',
  ],
  [
    'оценить работу системы управления заявками',
    '/support/request-statuses/#страница-техническая-поддержка',
  ],
  ['напоминалка о сроке токена', '/tools/reminder/'],
  [
    'срок идентификатора эдо скоро истекает что делать',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  ['добавить в календарь срок файл ics', '/tools/reminder/#когда-срок-подходит-к-концу'],
  ['с чего начать настройку интеграции не знаю что нам нужно', '/tools/start/'],
  ['синхронизация веб торгов с госзакупками как настроить', '/'],
  ['отметки шагов перенести на другой компьютер', '/tools/progress/#perenos'],
  ['у меня два детских сада можно отметки вести отдельно', '/tools/progress/#organizacii'],
  ['сайт мои пароли никуда не отправляет безопасно ли', '/tools/progress/#что-сайт-отправляет'],
  ['что такое рис аббревиатура', '/reference/glossary/#ris'],
  ['ГоИС это что', '/reference/glossary/#gois'],
  [
    'администратор организации и руководитель в чем разница',
    '/reference/glossary/#org-administrator',
  ],
  [
    'нажала сохранить в регистрационных данных пароль изменился это необратимо',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'При повторном нажатии на ссылку пароль изменится',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'логин или пароль некоректны при отправке',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  ['распечатать всю инструкцию на бумаге', '/print/'],
  ['что поменялось в инструкциях последние изменения', '/reference/changes/'],
];
export const HELD_OUT_73 = CORPUS_73;
