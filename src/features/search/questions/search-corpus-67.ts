/**
 * Corpus 67: reader questions for the site's search, written on 2026-12-07 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: IT specialist of a district education department setting up the ЕИС link for about forty kindergartens and schools at once; terse lower-case technical queries, pasted error texts, Latin terms and jargon, occasional wrong keyboard layout.
 * Held out whole, as decided before it arrived: never learned, never tuned on. Kept in the order
 * written.
 */
import type { Query } from './search-queries';

export const CORPUS_67: readonly Query[] = [
  ['с чего начать настройку связи с еис если садиков 40 штук', '/tools/start/'],
  ['логин пароль еис для интеграции где взять', '/connect/https-credentials/#шаги'],
  ['gfhjkm lkz byntuhfwbb', '/connect/https-credentials/'],
  [
    'кто в лк может выдать логин для https интеграции админ или руководитель',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'нажал ссылку данные пользователя для альтернативной интеграции второй раз и у школы перестало отправляться',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'логин или пароль некорректны при отправке в еис',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  ['скопировал пароль с пробелом в конце это критично?', '/connect/https-credentials/#шаги'],
  ['зачем жать продолжить в окне с логином', '/connect/https-credentials/#шаги'],
  [
    'не нажал продолжить, окно с паролем просто закрыл крестиком',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  [
    'закрыл окно с паролем не успел скопировать',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'нажал сохранить в карточке регистрационные данные и пароль слетел',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'не вижу кнопку меню в строке пользователя в списке пользователей организации',
    '/connect/https-credentials/#шаги',
  ],
  [
    'какие документы уходят из web-торги в еис по https план-график контракты?',
    '/connect/https-credentials/#что-получится',
  ],
  ['куда в web торгах вбить логин от еис', '/connect/web-torgi-ks/#шаги'],
  ['настройки -> регистрационные данные в еис вкладка еис', '/connect/web-torgi-ks/#шаги'],
  [
    'какие обязательные поля в окне регданных вебторги не понятно что заполнять',
    '/connect/web-torgi-ks/#шаги',
  ],
  [
    'пароль в web-торги вводит сам пользователь или я как админ района могу за всех',
    '/connect/web-torgi-ks/#кто-может-это-сделать',
  ],
  ['не пускает в web-торги-кс логин не подходит', '/connect/web-torgi-ks/#что-понадобится'],
  [
    'как переотправить документ в еис из web торги после смены пароля',
    '/connect/web-torgi-ks/#шаги',
  ],
  [
    'несоответствие регистрационных данных пользователя в еис',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  ['перерегистрация организаци новые логин и пароль', '/connect/re-registration/'],
  [
    'после перерегистрации внес новый пароль в вебторги а ошибка осталась',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  ['перерегистрация до конца 2016 года это вообще еще актуально', '/connect/re-registration/'],
  ['после перерегистрации шаги в лк еис и в системе по порядку', '/connect/re-registration/#шаги'],
  ['token для сервисов отдачи', '/services/token/'],
  ['не знаю где взять токен', '/reference/troubleshooting/#err-token-where'],
  ['как получить токен в лк заказчика пошагово', '/services/token/#шаги'],
  ['на какой срок ставить токен максимум?', '/services/token/#шаги'],
  ['njrty bcntr', '/reference/troubleshooting/#err-token-expired'],
  [
    'сохранил форму доступ к использованию сервисов отдачи а идентификатор не вижу',
    '/services/token/#шаги',
  ],
  [
    'где в вебторгах режим настройка взаимодействия с сервисами еис не нахожу в меню',
    '/services/token/#шаги',
  ],
  [
    'кто выдает токен нужна учетка администратора организации?',
    '/services/token/#кто-может-это-сделать',
  ],
  ['токен или рис что нам делать', '/services/overview/#как-понять-какой-путь-ваш'],
  [
    'как узнать зарегистрирована ли система как рис в нашем регионе',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'зачем вообще режим настройка взаимодействия с сервисами еис',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'заполнил настройку сервисов еис а ничего не изменилось',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  ['нет блока права доступа к рис', '/reference/troubleshooting/#err-ris-block-missing'],
  ['ghfdf ljcnegf r hbc', '/services/ris-rights/'],
  ['права доступа рис пошаговая инструкция', '/services/ris-rights/#шаги'],
  [
    'перечень региональных информационных систем не появился в администрировании',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  ['где узнать код рис субъекта', '/services/ris-rights/#что-понадобится'],
  ['не нахожу рис нашей области в списке', '/reference/troubleshooting/#err-ris-not-found'],
  ['дата предоставления доступа 01.01.2022 рис', '/services/ris-rights/#шаги'],
  ['работа с информационными системами какие опции ставить', '/services/ris-rights/#шаги'],
  [
    'у управления образования роль уполномоченный орган рис не работает',
    '/reference/troubleshooting/#err-extra-roles',
  ],
  [
    'кто делает права рис шаги 1-5 и после перезахода',
    '/services/ris-rights/#кто-может-это-сделать',
  ],
  [
    'что должно получиться после настройки прав доступа к рис',
    '/services/ris-rights/#что-получится',
  ],
  ['идентификатр участника эдо где получить', '/activation/edo-identifier/#шаги'],
  ["bltynbabrfnjh 'lj", '/activation/edo-identifier/'],
  ['электронное активирование что надо настроить', '/activation/edo-identifier/'],
  [
    'кто может выдать идентификатор эдо сотруднику садика',
    '/activation/edo-identifier/#кто-может-это-сделать',
  ],
  ['истек срок идентификатора эдо', '/reference/troubleshooting/#err-edo-expired'],
  [
    'идентификатор эдо не сохранили, а теперь нужен для импорта',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  [
    'куда вводить идентификатор эдо в web торгах',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  [
    'после выдачи идентификатора эдо перестал работать пароль интеграции',
    '/activation/edo-identifier/#шаги',
  ],
  [
    'напомнить об окончании срока идентификатора эдо',
    '/activation/edo-identifier/#напоминание-о-сроке',
  ],
  ['что такое документы приемки', '/reference/glossary/#acceptance-documents'],
  ['гоис это что за система', '/reference/glossary/#gois'],
  ['рис расшифровка', '/reference/glossary/#ris'],
  ['стп тп что значит', '/reference/glossary/#stp'],
  [
    'администратор организации два полномочия какое нужно',
    '/reference/glossary/#org-administrator',
  ],
  ['этп', '/reference/glossary/#etp'],
  ['web торги кс и пк web-торги кс одно и то же?', '/reference/glossary/#web-torgi-ks'],
  ['альтернативная интеграция https что это', '/reference/glossary/#https-integration'],
  ['как создать обращение в тп еис', '/support/create-request/#шаги'],
  ['rfr cjplfnm j,hfotybt', '/support/create-request/'],
  [
    'консультация или ошибка какой вид обращения выбрать',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  ['галочка интеграция в обращении', '/support/create-request/#обращение-по-вопросам-интеграции'],
  [
    'где взять 2 xml файла обмена для обращения',
    '/reference/troubleshooting/#err-integration-request-files',
  ],
  [
    'можно одним обращением про все 40 организаций написать',
    '/support/create-request/#четыре-правила-обращения',
  ],
  ['закупка малого объема поле да в обращении с 01.07.2026', '/support/create-request/#шаги'],
  [
    'еис просит установить плагин при создании обращения',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  ['плагин фиксации действий пользователя что это', '/reference/glossary/#action-recording-plugin'],
  [
    'не могу авторизоваться в лк а надо написать в поддержку',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  [
    'консультацию закрыли автоматом без переоткрытия',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'обращение закрыли не успел ответить на запрос информации',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  ['статус решено через сколько дней закроется', '/support/request-statuses/#что-означают-статусы'],
  [
    'мои обращения где посмотреть все обращения организации',
    '/support/request-statuses/#где-смотреть-свои-обращения',
  ],
  ['плановый срок решеня', '/support/request-statuses/#плановый-срок-решения'],
  [
    'хочу уточнить срок по обращению создать еще одно?',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  ['когда обращение закрывается само', '/support/request-statuses/#когда-обращение-закрывается'],
  ['телефон круглосуточной подержки еис', '/support/knowledge-base/#телефоны-поддержки'],
  ['база знаний еис где найти', '/support/knowledge-base/#база-знаний-еис'],
  [
    'faq еис категория администрирование и регистрация',
    '/support/knowledge-base/#часто-задаваемые-вопросы-faq',
  ],
  ['телеграм канал еис макс', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  [
    'информация о недоступности отдельных функций еис в сфере закупок',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'обнаружено несовпадение данных сертефиката с данными зарег...',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'пользователь не зарегистрирован в еис как пользователь организации',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  ['документ не уходит в еис что проверить', '/reference/troubleshooting/#diagnostic'],
  ['напоминалка срок токена', '/tools/reminder/'],
  ['добавить в календарь ics за 30 и 7 дней', '/tools/reminder/#когда-срок-подходит-к-концу'],
  ['чеклист отдельно для каждого садика и школы', '/tools/progress/#organizacii'],
  ['перенести отметки прогресса на другой комп', '/tools/progress/#perenos'],
  ['сайт куда-то отправляет мои запросы? пароли не утекут', '/tools/progress/#что-сайт-отправляет'],
  ['скинуть план коллеге ссылкой', '/tools/start/#где-хранится-план'],
  ['распечатать всю инструкцию целиком', '/print/'],
  ['сохранить инструкцию в pdf для методистов', '/print/'],
  ['что поменялось в инструкциях atom лента', '/reference/changes/'],
  ['рисунки на сайте это скриншоты или схемы', '/#для-кого-этот-сайт'],
  ['разделы сайта как устроен', '/#как-устроен-сайт'],
];
export const HELD_OUT_67 = CORPUS_67;
