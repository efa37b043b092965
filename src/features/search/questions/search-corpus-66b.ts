/**
 * Corpus 66b: reader questions for the site's search, written on 2026-12-07 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: Артур, 35, руководитель МКУ «Центр бухгалтерского обслуживания», ведёт 28 учреждений и ищет то, что «сломалось» в одном из них — симптомы своими словами, коротко, часто с номером учреждения.
 * Written to be learned (a tuning set), as decided before it arrived: measured once on arrival,
 * then learned whole (training.ts). Kept in the order written.
 */
import type { Query } from './search-queries';

export const CORPUS_66b: readonly Query[] = [
  ['у садика №7 не уходит план', '/reference/troubleshooting/#diagnostic'],
  [
    'у школы 3 пароль слетел после того как кто-то открыл в еис данные для альтернативной интеграции',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  ['в одной из школ токен кончился', '/reference/troubleshooting/#err-token-expired'],
  [
    'школа 14 при отправке плана-графика пишет логин или пароль некорректны',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'садик 22 ошибка о несоответсвии регистрационных данных пользователя в еис',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  ['gfhjkm cktntk', '/reference/troubleshooting/#login-password'],
  ['njrty ult dpznm', '/reference/troubleshooting/#err-token-where'],
  ['gjllth;rf tbc', '/support/knowledge-base/'],
  ["bltynbabrfnjh 'lj", '/activation/edo-identifier/'],
  ['садик 9 истек срок идентификатора эдо', '/reference/troubleshooting/#err-edo-expired'],
  ['где в вебторгах вбить логин и пароль от еис', '/connect/web-torgi-ks/#шаги'],
  [
    'как получить логин пароль для интеграции по https новой контрактной управляющей школы 19',
    '/connect/https-credentials/#шаги',
  ],
  [
    'у сотрудника школы нет прав администратора в еис, кто тогда может выдать пароль для интеграции',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'школа 5 закрыли окно с паролем и не переписали',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  ['не нажали продолжить в окне с логином', '/reference/troubleshooting/#err-continue-not-pressed'],
  [
    'бухгалтер нажала сохранить в регистрационных данных и пароль опять другой',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'садик 11 новая заведующая не зарегистрирована в еис, может она отправлять план-график',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  [
    'обнаружено несовпадение данных сертификата с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'еис лежит у всех учреждений сразу',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  ['где смотреть новости еис про сбои', '/support/knowledge-base/#новости-и-уведомления'],
  [
    'заполнили настройку взаимодействия с сервисами еис а толку ноль',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  [
    'в вебторгах нет блока права доступа к рис',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  [
    'не появился пункт перечень региональных информационных систем после прав',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  ['не нахожу нашу рис в перечне', '/reference/troubleshooting/#err-ris-not-found'],
  [
    'у нас ещё роль уполномоченное учреждение, права рис ставили только на заказчика',
    '/reference/troubleshooting/#err-extra-roles',
  ],
  ['как получить токен для сервисов отдачи', '/services/token/#шаги'],
  ['токен или рис как понять что нам нужно', '/services/overview/#как-понять-какой-путь-ваш'],
  [
    'зачем вообще режим настройка взаимодействия с сервисами еис',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  ['права доступа к рис пошагово', '/services/ris-rights/#шаги'],
  ['работа с информационными системами какие галки ставить', '/services/ris-rights/#шаги'],
  [
    'кто должен выдавать права доступа к рис админ или руководитель',
    '/services/ris-rights/#кто-может-это-сделать',
  ],
  ['где взять иденфикатор участника эдо', '/activation/edo-identifier/#шаги'],
  [
    'куда вставлять идентификатор эдо в вебторгах',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  [
    'идентификатор эдо не сохранили, теперь приёмку не загрузить',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  ['загрузка документов приемки из еис садик 3', '/activation/edo-identifier/'],
  ['электронное активирование это что', '/reference/glossary/#electronic-activation'],
  ['после перерегистрации новые логин пароль куда вводить', '/connect/re-registration/#шаги'],
  ['учреждение перерегистрировали в еис что делать с вебторгами', '/connect/re-registration/'],
  [
    'школа 17 ввели новый пароль а ошибка несоответствия осталась',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  ['напомнить когда токен закончится', '/tools/reminder/'],
  ['как вести отметки по каждой школе и садику отдельно', '/tools/progress/#organizacii'],
  ['напоминание о сроке подписать садик 7', '/tools/reminder/#добавить-напоминание'],
  [
    'срок идентификатора добавить в календарь outlook',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  ['токен скоро кончается можно продлить', '/tools/reminder/#когда-срок-подходит-к-концу'],
  ['перенести отметки на другой компьютер', '/tools/progress/#perenos'],
  ['сайт куда-то отправляет что я ищу?', '/tools/progress/#что-сайт-отправляет'],
  ['все чек листы', '/tools/progress/#vse-spiski'],
  ['с чего начать настройку интеграции для нового садика', '/tools/start/'],
  ['план настройки отправить коллеге ссылкой', '/tools/start/#где-хранится-план'],
  ['распечатать всю инструкцию для бухгалтеров учреждений', '/print/'],
  ['что поменялось в инструкциях', '/reference/changes/'],
  ['изменения по токену', '/reference/changes/#page-services-token'],
  ['ГоИС это что', '/reference/glossary/#gois'],
  ['рис расшифровка', '/reference/glossary/#ris'],
  ['сервисы отдачи что дают', '/reference/glossary/#output-services'],
  [
    'администратор организации и лицо уполномоченное руководителем разница',
    '/reference/glossary/#org-administrator',
  ],
  ['обращение по закупке малого объема что отмечать', '/support/create-request/#шаги'],
  ['этп', '/reference/glossary/#etp'],
  ['сто такое стп', '/reference/glossary/#stp'],
  ['как написать в техподдержку еис', '/support/create-request/#шаги'],
  [
    'консультация или ошибка какой вид выбрать',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  [
    'что приложить к обращению по интеграции с вебторгами',
    '/reference/troubleshooting/#err-integration-request-files',
  ],
  ['галочка интеграция в обращении', '/support/create-request/#обращение-по-вопросам-интеграции'],
  [
    'еис просит установить плагин при создании обращения',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'не могу зайти в лк чтобы написать обращение',
    '/reference/troubleshooting/#err-cannot-login-request',
  ],
  ['обращение без входа в личный кабинет', '/support/create-request/#обращение-без-входа-в-лк'],
  [
    'можно в одном обращении про три школы написать',
    '/support/create-request/#четыре-правила-обращения',
  ],
  [
    'обращение консультация закрыли автоматом',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'обращенее закрыли потому что про это было в новостях',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  [
    'не ответили на запрос информации, обращение закрылось',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  ['было решено а потом само закрылось', '/reference/troubleshooting/#err-request-resolved-closed'],
  [
    'переоткрывали три раза и закрыли',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],
  ['обращение закрыто что дальше', '/reference/troubleshooting/#err-request-closed'],
  ['плановый срок решения обращения', '/support/request-statuses/#плановый-срок-решения'],
  [
    'создать ещё обращение чтобы поторопить с ответом',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  ['статус запрос информации что значит', '/support/request-statuses/#что-означают-статусы'],
  ['где посмотреть мои обращения', '/support/request-statuses/#где-смотреть-свои-обращения'],
  [
    'обращения всей организации посмотреть а не только свои',
    '/support/request-statuses/#страница-техническая-поддержка',
  ],
  ['когда обращение закрывается само', '/support/request-statuses/#когда-обращение-закрывается'],
  ['база знаний еис где найти', '/support/knowledge-base/#база-знаний-еис'],
  [
    'faq еис как зарегистрировать новый сертификат руководителя',
    '/support/knowledge-base/#часто-задаваемые-вопросы-faq',
  ],
  ['телеграм канал еис', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  ['видеоролики еис по допсоглашениям', '/support/knowledge-base/#как-найти-нужный-материал'],
  ['ничего не помогло куда звонить', '/reference/troubleshooting/#if-nothing-helped'],
  ['настройка интеграции вебторги кс с еис', '/'],
  ['схемы экранов не совпадают с тем что в еис', '/#для-кого-этот-сайт'],
  [
    'какие обязательные поля в регистрационных данных в еис в вебторгах',
    '/connect/web-torgi-ks/#шаги',
  ],
  ['в вебторги не пускает, как зайти', '/connect/web-torgi-ks/#что-понадобится'],
  ['какие документы уходят в еис по интеграции', '/connect/https-credentials/#что-получится'],
  [
    'альтернативная интеграция по протоколу https что значит',
    '/reference/glossary/#https-integration',
  ],
  [
    'садик 5 выдали идентификатор эдо и после этого пороль в вебторгах не подходит',
    '/reference/troubleshooting/#login-password',
  ],
  ['личный кабинет 44 фз', '/reference/glossary/#lk'],
  [
    'после перерегистрации логин в вебторги вводит сам пользователь или я',
    '/connect/re-registration/#кто-может-это-сделать',
  ],
  ['гис еис закупки и еис это одно и то же', '/reference/glossary/#eis'],
  ['токен сохранили а идентификатор не видно', '/services/token/#шаги'],
  ['кто в лк заказчика выдаёт токен', '/services/token/#кто-может-это-сделать'],
  ['кто может выдать идентификатор эдо', '/activation/edo-identifier/#кто-может-это-сделать'],
  ['разделы сайта', '/#как-устроен-сайт'],
  ['не знаю что настраивать для школы 21', '/tools/start/#вопросы'],
  [
    'сначала искать самому или сразу писать в поддержку',
    '/support/knowledge-base/#порядок-действий-при-проблеме',
  ],
];

/** Learned whole (training.ts). */
export const TUNING_66b = CORPUS_66b;
