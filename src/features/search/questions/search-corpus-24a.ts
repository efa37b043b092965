/**
 * Corpus 24a: reader questions for the site's search, written on 2026-12-06 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora. Persona: system administrator of a regional hospital (ГБУЗ), technical, pastes error texts and log lines.
 * Kept in the order written. Held out whole in round 14 (written before its changes, measured
 * on arrival and after them, never tuned on); learned whole from round 15 on, when corpora 25
 * and 26 took its place as the held-out corpora (training.ts).
 */
import type { Query } from './search-queries';

export const CORPUS_24a: readonly Query[] = [
  // Short search-engine style queries
  ['логин пароль https еис', '/connect/https-credentials/'],
  ['ссылка альтернативная интеграция https', '/connect/https-credentials/#шаги'],
  ['регистрационные данные в еис вебторги', '/connect/web-torgi-ks/#шаги'],
  ['галка сменить пароль', '/connect/web-torgi-ks/#шаги'],
  ['перерегестрация организации', '/connect/re-registration/'],
  ['токен сервисы отдачи', '/services/token/'],
  ['какой срок токена ставить', '/services/token/#шаги'],
  ['токен или рис', '/services/overview/#как-понять-какой-путь-ваш'],
  ['права доступа рис', '/services/ris-rights/'],
  ['код рис субъекта', '/services/ris-rights/#что-понадобится'],
  ['перечень рис не появился', '/reference/troubleshooting/#err-ris-list-missing'],
  ['идентификатр эдо', '/activation/edo-identifier/'],
  ['электронное активирование что это', '/reference/glossary/#electronic-activation'],
  ['телефон подержки еис', '/support/knowledge-base/#телефоны-поддержки'],
  ['база знаний еис', '/support/knowledge-base/#база-знаний-еис'],
  ['канал телеграм еис', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  ['консультация или ошибка', '/support/create-request/#вид-обращения-консультация-или-ошибка'],
  ['обращение без авторизации', '/support/create-request/#обращение-без-входа-в-лк'],
  ['закупка малого объема обращение', '/support/create-request/#шаги'],
  ['статус запрос информации', '/support/request-statuses/#что-означают-статусы'],
  ['мои обращения где', '/support/request-statuses/#где-смотреть-свои-обращения'],
  ['плановый срок решения', '/support/request-statuses/#плановый-срок-решения'],
  ['документ не уходит еис', '/reference/troubleshooting/#diagnostic'],
  ['xml файлы обмена', '/reference/troubleshooting/#err-integration-request-files'],
  ['еис 13.1 настройка не влияет', '/reference/troubleshooting/#err-services-setting-no-effect'],
  ['глосарий сокращений', '/reference/glossary/'],
  ['что такое гоис', '/reference/glossary/#gois'],
  ['рис расшифровка', '/reference/glossary/#ris'],
  ['печать всей инструкции', '/print/'],
  ['напоминание срок идентификатора', '/tools/reminder/'],
  ['ics файл календарь', '/tools/reminder/#когда-срок-подходит-к-концу'],
  ['опросник план настройки', '/tools/start/'],
  ['экспорт отметок прогресса', '/tools/progress/#perenos'],
  ['несколько организаций отметки', '/tools/progress/#organizacii'],
  ['история изменений инструкций', '/reference/changes/'],
  // Full questions in natural speech
  [
    'кто у нас в больнице должен получать логин и пароль для интеграции в лк еис, обязательно руководитель или можно мне как админу?',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'в окне где показались логин и пароль надо жать продолжить или можно просто закрыть крестиком',
    '/connect/https-credentials/#шаги',
  ],
  [
    'можно ли выдать логин для интеграции сотруднику, который в еис не зарегистрирован как пользователь организации',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  ['где в веб-торгах то меню куда вбивать логин от еис', '/connect/web-torgi-ks/#шаги'],
  [
    'какие еще обязательные поля заполнять в окне регистрационных данных кроме логина и пароля, там куча пустых',
    '/connect/web-torgi-ks/#шаги',
  ],
  [
    'после того как сохранил пароль в web-торги-кс нужно еще что-то делать чтобы документы пошли в еис или все, связь установлена?',
    '/connect/web-torgi-ks/#что-получится',
  ],
  [
    'зачем была нужна перерегистрация и почему после нее перестали отправляться документы в еис',
    '/connect/re-registration/',
  ],
  [
    'кто после перерегистрации должен вносить новые логин и пароль в систему, я или каждый пользователь сам',
    '/connect/re-registration/#кто-может-это-сделать',
  ],
  [
    'как понять зарегистрирована ли наша web-торги-кс в еис как рис или нет и кого об этом спросить',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'обязательно ли вообще заполнять настройку взаимодействия с сервисами еис, если документы и так нормально уходят',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'на какой срок лучше выдавать токен и как его продлевать когда срок выйдет',
    '/services/token/#что-дальше',
  ],
  [
    'в веб торгах не вижу блока права доступа к рис в настройке взаимодействия с сервисами, это у нас не включено или я не туда смотрю',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  [
    'какую дату предоставления доступа указывать когда редактируешь права доступа для рис',
    '/services/ris-rights/#шаги',
  ],
  [
    'нужно ли выходить из лк и заходить заново после того как отметил все опции в работе с информационными системами',
    '/services/ris-rights/#шаги',
  ],
  [
    'у нас больница еще и уполномоченное учреждение, надо ли права для рис делать отдельно под эту роль и как',
    '/services/ris-rights/#шаги',
  ],
  [
    'куда потом вводить идентификатор участника эдо, в веб-торгах есть для него поле?',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  [
    'не собьется ли пароль для https интеграции если я выдам идентификатор эдо, они же в одной карточке регистрационных данных',
    '/activation/edo-identifier/#шаги',
  ],
  [
    'не сохранил идентификатор эдо после выдачи, можно его как-то посмотреть повторно или только выдавать заново?',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  [
    'какой вид обращения выбирать если из веб-торгов не уходит план-график в еис и что к нему приложить',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  [
    'сколько дней дается чтобы ответить на запрос информации от поддержки, пока обращение не закрыли',
    '/support/request-statuses/#что-означают-статусы',
  ],
  [
    'можно ли переоткрыть закрытое обращение или придется создавать новое',
    '/reference/troubleshooting/#err-request-closed',
  ],
  [
    'хочу узнать когда решат мое обращение, может написать еще одно с вопросом про срок?',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  [
    'где в базе знаний найти руководство и видео по электронным допсоглашениям',
    '/support/knowledge-base/#как-найти-нужный-материал',
  ],
  [
    'какие разделы есть в часто задаваемых вопросах еис и есть ли там поиск',
    '/support/knowledge-base/#часто-задаваемые-вопросы-faq',
  ],
  [
    'где хранятся мои отметки о пройденных шагах, у вас на сервере или только локально в браузере',
    '/tools/progress/',
  ],
  [
    'что ваш сайт отправляет на свой сервер когда я пользуюсь поиском, не утечет ли туда пароль если я его случайно вставлю',
    '/tools/progress/#что-сайт-отправляет',
  ],
  [
    'будет ли работать напоминание о сроке если у нас в браузерах политикой отключен javascript',
    '/tools/reminder/#добавить-напоминание',
  ],
  ['за сколько дней до окончания срока токена сайт начнет напоминать', '/tools/reminder/'],
  ['можно ли скинуть получившийся план коллеге ссылкой, он у него откроется?', '/tools/start/'],
  [
    'если я не знаю зарегистрирована ли система как рис, что отвечать в вопросах про план',
    '/tools/start/',
  ],
  [
    'можно ли пользоваться вашими инструкциями без интернета, например сохранить все одним файлом на флешку',
    '/print/',
  ],
  [
    'что поменяли в инструкции по вводу логина и пароля в веб-торги за последние недели',
    '/reference/changes/#page-connect-web-torgi-ks',
  ],
  [
    'чем отличается полномочие администратор организации от лица уполномоченного руководителем на определение лиц и действий',
    '/reference/glossary/#org-administrator',
  ],
  [
    'для кого вообще этот сайт, подойдет ли он администратору системы в регионе',
    '/#для-кого-этот-сайт',
  ],
  ['какие разделы вообще есть на этом сайте и из каких документов он собран', '/#как-устроен-сайт'],
  // Error messages pasted or retyped from ЕИС
  [
    'Обнаружено несовпадение данных сертификата с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'обнаружено несовпадение данных сертифката',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'ошибка о несоответствии регистрационных данных пользователя в ЕИС',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'несоотвествие регистрационных данных пользователя',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'при отправке информации в еис будет ошибка о некоректности логина и пароля',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'Информация о недоступности отдельных функций ЕИС в сфере закупок',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'Если в обращении с видом «Консультация» содержится информация об ошибке',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'если пользователь не ответит на запрос, то обращение автоматически поменяет статус на Закрыто',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'Если плагин не установлен, пользователю будет предложено его установить',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'Работа с обращениями в статусе Закрыто далее не осуществляется',
    '/reference/troubleshooting/#err-request-closed',
  ],
  // Wrong keyboard layout, translit, heavy typos
  ['gfhjkm lkz byntuhfwbb', '/connect/https-credentials/'],
  ['njrty', '/services/token/'],
  ['ntktajy gjllth;rb', '/support/knowledge-base/#телефоны-поддержки'],
  ['gththtubcnhfwbz', '/connect/re-registration/'],
  ['cnfnecs j,hfotybq', '/support/request-statuses/#что-означают-статусы'],
  ['ghfdf ljcnegf r hbc', '/services/ris-rights/'],
  ["bltynbabrfnjh 'lj", '/activation/edo-identifier/'],
  ['kak sozdat obrashenie v podderzhku eis', '/support/create-request/#шаги'],
  ['raspechatat vsu instrukciyu', '/print/'],
  ['как вставить пороль в вебторги кс чтоб ушли доки в еис', '/connect/web-torgi-ks/#шаги'],
  // Persona jargon and words the site never uses
  [
    'http 401 unauthorized при выгрузке плана-графика в еис',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'креды для интеграции слетели, кто-то в лк еис опять сгенерил пароль',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  ['горячая линия еис номер', '/support/knowledge-base/#телефоны-поддержки'],
  ['завести тикет в техподдержку еис', '/support/create-request/#шаги'],
  ['тикет закрыли без решения почему', '/support/request-statuses/#когда-обращение-закрывается'],
  ['апи ключ для сервисов еис', '/services/token/'],
  ['почищу кэш браузера — отметки слетят?', '/tools/progress/#perenos'],
  ['есть скрины интерфейса лк или только схемы', '/#для-кого-этот-сайт'],
  [
    'еис лежит, timeout при отправке, где глянуть что у них авария',
    '/support/knowledge-base/#новости-и-уведомления',
  ],
  ['changelog сайта', '/reference/changes/'],
];

export const TUNING_24a = CORPUS_24a;
