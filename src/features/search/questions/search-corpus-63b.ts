/**
 * Corpus 63b: reader questions for the site's search, written on 2026-12-07 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: Денис, 33, эникейщик в аутсорсинговой фирме, обслуживает 15 бюджетных учреждений; пишет коротко, по-технарски, с англицизмами, вставляет тексты ошибок и куски логов, часто без ё и знаков препинания.
 * Written to be learned (a tuning set), as decided before it arrived: measured once on arrival,
 * then learned whole (training.ts). Kept in the order written.
 */
import type { Query } from './search-queries';

export const CORPUS_63b: readonly Query[] = [
  ['креды для интеграции еис где брать', '/connect/https-credentials/#шаги'],
  ['токен протух', '/reference/troubleshooting/#err-token-expired'],
  ['как рефрешнуть пароль еис в вебторгах', '/connect/web-torgi-ks/#шаги'],
  [
    'при отправке в еис ошибка логин или пароль некоректны',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  ['njrty lkz cthdbcjd jnlfxb', '/services/token/'],
  [
    'бухгалтер ткнула ссылку про https в регданных и у всех отвалилась отправка',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'нажали сохранить в карточке регистрационные данные пароль опять слетел',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'закрыл окно с логином паролем не успел скопировать',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'забыл нажать продолжить в окне с паролем',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  [
    'ошибка о несоответствии регистрационных данных пользователя в ЕИС',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  ['после перерегистрации орги куда вбивать новые креды', '/connect/re-registration/#шаги'],
  [
    'Обнаружено несовпадение данных сертефиката с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'Информация о недоступности отдельных функций ЕИС в сфере закупок',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'заполнил настройку взаимодействия с сервисами еис и ноль реакции',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  ['нет блока права доступа к рис в режиме', '/reference/troubleshooting/#err-ris-block-missing'],
  [
    'в администрировании не появился перечень региональных ИС',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  ['не нахожу рис своего региона в перечне', '/reference/troubleshooting/#err-ris-not-found'],
  ['где взять токен для апи еис', '/reference/troubleshooting/#err-token-where'],
  [
    'у школы еще роль уполномоченное учреждение рис не работает',
    '/reference/troubleshooting/#err-extra-roles',
  ],
  ['идентефикатор эдо истек что делать', '/reference/troubleshooting/#err-edo-expired'],
  [
    'не сохранил идентификатор участника эдо а он нужен для импорта приемки',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  ['обращение закрыто а проблема осталась', '/reference/troubleshooting/#err-request-closed'],
  [
    'обращение консультация закрылось автоматом без переоткрытия',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'тп закрыла обращение тк проблема уже в новостях',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  [
    'не ответил на запрос информации 7 дней обращение закрыли',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'было решено потом само стало закрыто',
    '/reference/troubleshooting/#err-request-resolved-closed',
  ],
  [
    'консультацию переоткрывал 3 раза и ее закрыли',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],
  [
    'при создании обрашения просит поставить плагин',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'какие xml файлы цеплять к обращению по интеграции',
    '/reference/troubleshooting/#err-integration-request-files',
  ],
  [
    'не пускает в лк еис как написать в тп без входа',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  ['когда решат обращение плановый срок', '/support/request-statuses/#плановый-срок-решения'],
  ['ntktajy gjllth;rb tbc', '/support/knowledge-base/#телефоны-поддержки'],
  ['телега канал еис закупки', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  ['база знаний еис не открывается без авторизации', '/support/knowledge-base/#база-знаний-еис'],
  ['faq еис категории вопросов', '/support/knowledge-base/#часто-задаваемые-вопросы-faq'],
  [
    'где в базе знаний мануал по доп соглашениям',
    '/support/knowledge-base/#как-найти-нужный-материал',
  ],
  [
    'консультация или ошибка какой тип обращения ставить',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  ['галка интеграция в обращении', '/support/create-request/#обращение-по-вопросам-интеграции'],
  ['закупка малого объема поле да в обращении с 01.07.2026', '/support/create-request/#шаги'],
  ['правила работы в тп еис', '/support/create-request/#четыре-правила-обращения'],
  ['статус запрос информации что от меня хотят', '/support/request-statuses/#что-означают-статусы'],
  ['мои обращения где смотреть', '/support/request-statuses/#где-смотреть-свои-обращения'],
  [
    'вкладка черновики обращений и переключатель пользователь организация',
    '/support/request-statuses/#страница-техническая-поддержка',
  ],
  [
    'в каких случаях обращение закрывается автоматом',
    '/support/request-statuses/#когда-обращение-закрывается',
  ],
  ['рис это', '/reference/glossary/#ris'],
  ['гоис что за система', '/reference/glossary/#gois'],
  ['эдо расшифровка', '/reference/glossary/#edo'],
  ['сервисы отдачи это вообще что', '/reference/glossary/#output-services'],
  ['стп тп сокращение', '/reference/glossary/#stp'],
  ['специализированная этп', '/reference/glossary/#specialized-etp'],
  [
    'администратор организации два полномочия какое нужно',
    '/reference/glossary/#org-administrator',
  ],
  ['электронное активирование что такое', '/reference/glossary/#electronic-activation'],
  ['альтернативная интеграция по https это', '/reference/glossary/#https-integration'],
  ['лк 44-фз это какой кабинет', '/reference/glossary/#lk'],
  ['плагин фиксации действий пользователя что это', '/reference/glossary/#action-recording-plugin'],
  ['как завести обращение в техподдержку еис', '/support/create-request/#шаги'],
  ['как выдать идентификатор участника эдо пошагово', '/activation/edo-identifier/#шаги'],
  [
    'кто может выдать идентификатор эдо какие права',
    '/activation/edo-identifier/#кто-может-это-сделать',
  ],
  [
    'куда вводить идентификатор эдо для импорта документов приемки',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  ['напоминалка когда протухнет токен', '/tools/reminder/'],
  ['скачать ics в календарь срок токена', '/tools/reminder/#когда-срок-подходит-к-концу'],
  ['напоминание не работает без js', '/tools/reminder/#добавить-напоминание'],
  ['c xtuj yfxfnm yfcnhjqre', '/tools/start/'],
  ['какие инструкции проходить и в каком порядке', '/tools/start/#вопросы'],
  ['скинуть план коллеге ссылкой', '/tools/start/#где-хранится-план'],
  ['чеклист сколько шагов пройдено', '/tools/progress/#vse-spiski'],
  ['веду 15 учреждений отметки для каждой отдельно можно', '/tools/progress/#organizacii'],
  ['перенести прогресс на другой комп', '/tools/progress/#perenos'],
  ['сайт отправляет что то на сервер? поисковые запросы', '/tools/progress/#что-сайт-отправляет'],
  ['распечатать всю инструкцию целиком', '/print/'],
  ['сохранить мануал в pdf', '/print/'],
  ['что поменялось в инструкциях последнее', '/reference/changes/'],
  ['atom лента изменений', '/reference/changes/'],
  ['история изменений страницы про токен', '/reference/changes/#page-services-token'],
  ['рисунки это схемы а не скрины', '/#для-кого-этот-сайт'],
  ['токен или рис как понять какой путь', '/services/overview/#как-понять-какой-путь-ваш'],
  [
    'зачем режим настройка взаимодействия с сервисами еис',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    '1.5.3.3 руководство администратора keysystems',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  ['права доступа к рис пошагово', '/services/ris-rights/#шаги'],
  [
    'дата предоставления доступа 01.01.2022 флаг информация об участниках закупки',
    '/services/ris-rights/#шаги',
  ],
  ['под каким юзером выдавать права рис', '/services/ris-rights/#кто-может-это-сделать'],
  [
    'настройка выдачи идентификатора для использования сервисов отдачи где в меню',
    '/services/token/#шаги',
  ],
  ['срок токена какой ставить макс', '/services/token/#шаги'],
  ['как продлить токен не перевыпуская', '/services/token/#что-дальше'],
  ['кто в вебторгах может вбить токен', '/services/token/#кто-может-это-сделать'],
  ['настройки регистрационные данные в еис вкладка еис', '/connect/web-torgi-ks/#шаги'],
  ['не могу зайти в веб торги кс', '/connect/web-torgi-ks/#что-понадобится'],
  ['какие обязательные поля в регданных вебторгов', '/connect/web-torgi-ks/#шаги'],
  [
    'юзер не зареган в еис как пользователь организации',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  [
    'кто выдает логин пароль https админ или руководитель',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  ['разделы сайта что где', '/#как-устроен-сайт'],
  ['какие доки вебторги шлет в еис план график', '/connect/https-credentials/#что-получится'],
  ['документ не уходит в еис', '/reference/troubleshooting/#diagnostic'],
  ['ничего не помогло куда звонить', '/reference/troubleshooting/#if-nothing-helped'],
  ['перерегистрация до конца 2016 это еще актуально', '/connect/re-registration/'],
  [
    'кто вносит новые креды в систему после перерегистрации',
    '/connect/re-registration/#кто-может-это-сделать',
  ],
  [
    'заблокировать пользователя в лк 44-фз',
    '/support/knowledge-base/#часто-задаваемые-вопросы-faq',
  ],
  ['сбой еис восстановление функций новости', '/support/knowledge-base/#новости-и-уведомления'],
  ['gfhjkm tbc', '/connect/https-credentials/'],
  [
    '[2026-12-03 10:14] send план-график -> EIS: ошибка о некорректности логина и пароля',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
];

/** Learned whole (training.ts). */
export const TUNING_63b = CORPUS_63b;
