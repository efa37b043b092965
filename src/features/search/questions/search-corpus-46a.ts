/**
 * Corpus 46a: reader questions for the site's search, written on 2026-12-07 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: Сергей, 34, the lone sysadmin of a district hospital — terse, impatient, typos and wrong keyboard layout, pastes error and log fragments, IT slang.
 * Held out whole, as decided before it arrived: never learned, never tuned on. Kept in the order
 * written.
 */
import type { Query } from './search-queries';

export const CORPUS_46a: readonly Query[] = [
  ['gfhjkm tbc', '/connect/https-credentials/'],
  [
    'при отправке информации в ЕИС будет ошибка о некорректности логина и пароля',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  ['что такое ГоИС', '/reference/glossary/#gois'],
  ['как получить логин и пароль для альтернативной интеграции', '/connect/https-credentials/#шаги'],
  ['njrty lkz cthdbcjd jnlfxb', '/services/token/'],
  [
    'Обнаружено несовпадение данных сертификата с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  ['учетка для интеграции еис где взять', '/connect/https-credentials/'],
  [
    'пороль слитает каждый рас в веб торгах',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  ['настройки регистрационные данные в еис вкладка еис', '/connect/web-torgi-ks/#шаги'],
  ['ЭТП', '/reference/glossary/#etp'],
  ['gththtubcnhfwbz', '/connect/re-registration/'],
  [
    'Информация о недоступности отдельных функций ЕИС в сфере закупок',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  ['с чего начать', '/tools/start/'],
  ['выдать токен лк заказчика администрирование', '/services/token/#шаги'],
  ['горячая линия еис круглосуточно', '/support/knowledge-base/#телефоны-поддержки'],
  [
    'ошибка о несоответствии регистрационных данных пользователя в ЕИС',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  ['сервисы отдачи это что', '/reference/glossary/#output-services'],
  ['идентефикатор учасника эдо срок дейсвия какую дату', '/activation/edo-identifier/#шаги'],
  ['yfgjvbyfybt', '/tools/reminder/'],
  [
    'HTTP 401 Unauthorized при отправке плана-графика в еис',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'выдача идентификатора участника электронного документооборота',
    '/activation/edo-identifier/#шаги',
  ],
  ['расшифровка аббревиатур', '/reference/glossary/'],
  ['мой прогресс', '/tools/progress/'],
  ['СТП', '/reference/glossary/#stp'],
  [
    'connect to zakupki.gov.ru:443 failed: connection refused',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'права доступа пользователя работа с информационными системами все опции',
    '/services/ris-rights/#шаги',
  ],
  ['ukjccfhbq', '/reference/glossary/'],
  ['история правок инструкций', '/reference/changes/'],
  [
    'Если плагин не установлен, пользователю будет предложено его установить',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'Информация об участниках закупки по электронным процедурам 01.01.2022',
    '/services/ris-rights/#шаги',
  ],
  ['перерегестрацыя организацыи новый логин пасс', '/connect/re-registration/'],
  ['РИС расшифровка', '/reference/glossary/#ris'],
  ['несколько заказчиков школы детсады отметки отдельно', '/tools/progress/#organizacii'],
  [
    'обращение автоматически поменяет статус на «Закрыто» через 7 рабочих дней без возможности переоткрытия',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  ['ntktajy gjllth;rb', '/support/knowledge-base/#телефоны-поддержки'],
  [
    'какие файлы приложить в обращение по интеграции xml',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  ['обнулить галочки прогресса', '/tools/progress/#perenos'],
  ['электронное активирование что это', '/reference/glossary/#electronic-activation'],
  [
    '<faultstring>Invalid login or password</faultstring> ответ еис',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  ['поиск рис субъекта по коду в перечне', '/services/ris-rights/#шаги'],
  ["bltynbabrfnjh 'lj", '/activation/edo-identifier/'],
  ['печать всей инструкции в pdf', '/print/'],
  ['регламент техподдержки еис правила', '/support/create-request/#четыре-правила-обращения'],
  [
    'нет блока Права доступа к РИС в настройке взаимодействия с сервисами',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  ['какой срок действия ставить токену', '/services/token/#шаги'],
  ['документы приемки', '/reference/glossary/#acceptance-documents'],
  ['плагин фиксаци дейсвий ползователя', '/reference/glossary/#action-recording-plugin'],
  [
    'Работа с обращениями в статусе Закрыто далее не осуществляется',
    '/reference/troubleshooting/#err-request-closed',
  ],
  ['просрочился ключ доступа к сервисам еис', '/reference/troubleshooting/#err-token-expired'],
  [
    'плановый срок решения обращения где посмотреть',
    '/support/request-statuses/#плановый-срок-решения',
  ],
  ['cnfnec j,hfotybz', '/support/request-statuses/#что-означают-статусы'],
  ['что изменилось', '/reference/changes/'],
  ['44-фз', '/reference/glossary/#fz-44'],
  [
    'в обращении с видом Консультация содержится информация об ошибке закрыто автоматически',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  ['написать в тп без входа в личный кабинет', '/support/create-request/#обращение-без-входа-в-лк'],
  ['тикет висит без исполнителя статус открыто', '/support/request-statuses/#что-означают-статусы'],
  ['где ввести логн пасс в веб торгах кс', '/connect/web-torgi-ks/#шаги'],
  ['перенести отметки на другой комп', '/tools/progress/#perenos'],
  [
    'решено после 3 выраженных пользователем несогласий (переоткрытий)',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],
  ['новости еис о сбоях перед обращением', '/support/knowledge-base/#новости-и-уведомления'],
  ['ghfdf ljcnegf hbc', '/services/ris-rights/'],
  ['уполномоченное учреждение', '/reference/glossary/#authorized-institution'],
  ['бумажная версия руководства', '/print/'],
  ['token expired 401 сервисы отдачи', '/reference/troubleshooting/#err-token-expired'],
  ['токен или права рис что выбрать', '/services/overview/#как-понять-какой-путь-ваш'],
  ['администратор организации какое полномочие нужно', '/reference/glossary/#org-administrator'],
  ['файл ics календарь за 30 и 7 дней', '/tools/reminder/#когда-срок-подходит-к-концу'],
  [
    'Не требуется создавать повторные обращения с целью уточнения сроков решения',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  ['кнопка продолжить закрепляет пароль?', '/connect/https-credentials/#шаги'],
  ['gtxfnm', '/print/'],
  ['оповещение заранее об окончании срока идентификатора', '/tools/reminder/'],
  [
    'выбрать вид обращения ошибка или консультация',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  [
    'пункт Перечень региональных информационных систем не появился в Администрирование',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  ['закупка малого объема галка да в обращении', '/support/create-request/#шаги'],
  ['для кого этот сайт', '/#для-кого-этот-сайт'],
  [
    'уполномоченный орган повторить настройку прав рис для другой роли',
    '/services/ris-rights/#шаги',
  ],
  [
    'log 2026-12-03 10:14:07 ERROR send to EIS failed: user is not registered in EIS',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  ['мастер настройки для новичка не знаю что настраивать', '/tools/start/#вопросы'],
  ['ecnfyjdbnm gkfuby', '/reference/troubleshooting/#err-plugin-not-installed'],
  ['атом лента изменений', '/reference/changes/'],
  ['что поменяли в инструкции про токен', '/reference/changes/#page-services-token'],
  [
    'закрыл окно с паролем не успел записать',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'нажал сохранить в регистрационных данных и пароль опять сменился',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'забыл скопировать идентификатор эдо для импорта приемки',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  [
    'заполнил токен в веб торгах ничего не поменялось версия 13.1',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  [
    'не могу найти рис своего субъекта код не знаю',
    '/reference/troubleshooting/#err-ris-not-found',
  ],
  ['ЭЦП подписать права доступа рис кнопка', '/services/ris-rights/#шаги'],
  ['база знаний еис faq категории', '/support/knowledge-base/#часто-задаваемые-вопросы-faq'],
  ['канал макс телеграм еис', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  ['когда обращение закрывается само', '/support/request-statuses/#когда-обращение-закрывается'],
  [
    'переключатель пользователь организация в моих обращениях',
    '/support/request-statuses/#страница-техническая-поддержка',
  ],
  [
    'руководство по доп соглашениям видеоролик где',
    '/support/knowledge-base/#как-найти-нужный-материал',
  ],
  ['документ не уходит в еис', '/reference/troubleshooting/#diagnostic'],
  ['ничего не помогло куда звонить', '/reference/troubleshooting/#if-nothing-helped'],
  [
    'руководство администратора 1.5.3.3 keysystems',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  ['сайт куда-то отправляет мои запросы поиска?', '/tools/progress/#что-сайт-отправляет'],
  ['какие документы веб торги шлют в еис', '/connect/https-credentials/#что-получится'],
  ['почему на картинках схема а не скрин', '/#для-кого-этот-сайт'],
  [
    'статус решено 7 рабочих дней не подтвердил обращение закрылось',
    '/reference/troubleshooting/#err-request-resolved-closed',
  ],
  ['где смотреть мои обращения', '/support/request-statuses/#где-смотреть-свои-обращения'],
];

export const HELD_OUT_46a = CORPUS_46a;
