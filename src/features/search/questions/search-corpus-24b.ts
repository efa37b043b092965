/**
 * Corpus 24b: reader questions for the site's search, written on 2026-12-06 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora. Persona: контрактный управляющий сельской школы перед пенсией, старый ПК с Windows 7, вежливо спрашивает о сроках, статусах обращений, телефонах и печати инструкций.
 * Kept in the order written. Held out whole in round 14 (written before its changes, measured
 * on arrival and after them, never tuned on); learned whole from round 15 on, when corpora 25
 * and 26 took its place as the held-out corpora (training.ts).
 */
import type { Query } from './search-queries';

export const CORPUS_24b: readonly Query[] = [
  // короткие запросы, как в поисковике (часть с опечатками)
  ['телефон поддержки еис', '/support/knowledge-base/#телефоны-поддержки'],
  ['распечатать инструкцию', '/print/'],
  ['логин и пароль для интеграции', '/connect/https-credentials/#шаги'],
  ['статусы обращений', '/support/request-statuses/#что-означают-статусы'],
  ['плановый срок решения', '/support/request-statuses/#плановый-срок-решения'],
  ['токен для сервисов', '/services/token/'],
  ['права рис', '/services/ris-rights/'],
  ['идентификатор эдо', '/activation/edo-identifier/'],
  ['перерегистрация организации пароль', '/connect/re-registration/'],
  ['гоис что это', '/reference/glossary/#gois'],
  ['пароль меняется при каждом нажатии', '/connect/https-credentials/#что-получится'],
  ['напоминание о сроке токена', '/services/token/#напоминание-о-сроке'],
  ['мои отметки шагов', '/tools/progress/#vse-spiski'],
  ['база знаний еис', '/support/knowledge-base/#база-знаний-еис'],
  ['канал телеграм еис', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  ['консультация или ошибка', '/support/create-request/#вид-обращения-консультация-или-ошибка'],
  ['сменить пароль веб торги', '/connect/web-torgi-ks/#шаги'],
  ['истек идентификатор эдо', '/reference/troubleshooting/#err-edo-expired'],
  ['изменения в инструкциях', '/reference/changes/'],
  ['словарь сокращений', '/reference/glossary/'],
  ['код рис субъекта', '/services/ris-rights/#что-понадобится'],
  ['малый объем обращение', '/support/create-request/#шаги'],
  ['xml файлы для обращения', '/support/create-request/#обращение-по-вопросам-интеграции'],
  ['новости еис сбой', '/support/knowledge-base/#новости-и-уведомления'],
  ['срок токена истек', '/reference/troubleshooting/#err-token-expired'],
  ['электронное активирование что это', '/reference/glossary/#electronic-activation'],
  ['добавить в календарь срок', '/tools/reminder/#когда-срок-подходит-к-концу'],
  ['перерегистрацыя', '/connect/re-registration/'],
  ['инструкция для печати pdf', '/print/'],
  ['учасник эдо напоминание', '/activation/edo-identifier/#напоминание-о-сроке'],
  ['кто получает токен', '/services/token/#кто-может-это-сделать'],
  ['составить план настройки', '/tools/start/'],
  ['веб торги кс это', '/reference/glossary/#web-torgi-ks'],
  ['основные инструкции сайта', '/#основные-инструкции'],
  ['токен или рис', '/services/overview/#как-понять-какой-путь-ваш'],

  // полные вопросы живой речью
  [
    'подскажите пожалуйста, у меня обращение в статусе решено, но ничего не исправилось, сколько у меня дней, пока его не закрыли',
    '/support/request-statuses/#когда-обращение-закрывается',
  ],
  [
    'сколько дней дается, чтобы ответить на запрос информации от техподдержки еис',
    '/support/request-statuses/#что-означают-статусы',
  ],
  [
    'мне закрыли обращение, я не успела ответить на их вопрос вовремя, можно его как-то открыть обратно?',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'почему мне закрыли обращение сразу, я выбрала консультацию, а написала что у меня ошибка при отправке',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'как узнать, когда техподдержка решит мою проблему, неудобно же им еще раз писать',
    '/support/request-statuses/#плановый-срок-решения',
  ],
  [
    'я сохранила обращение черновиком, а отправилось оно или нет, где его теперь найти',
    '/support/request-statuses/#что-означают-статусы',
  ],
  [
    'подскажите пожалуйста какой вид обращения выбирать, если из веб-торгов не уходит план закупок в еис',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  [
    'как создать обращение в техподдержку еис, по шагам, куда нажимать',
    '/support/create-request/#шаги',
  ],
  [
    'я не могу зайти в личный кабинет еис, как тогда написать в поддержку?',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  [
    'где в личном кабинете еис получить логин и пароль для веб-торгов, в каком разделе искать',
    '/connect/https-credentials/#шаги',
  ],
  [
    'кто у нас в школе может получить этот логин и пароль для интеграции, только директор или я тоже могу',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  ['куда в веб-торги-кс вводить логин и пароль, которые дали в еис', '/connect/web-torgi-ks/#шаги'],
  [
    'кто должен вносить пароль в веб торгах, сам пользователь или администратор системы',
    '/connect/web-torgi-ks/#кто-может-это-сделать',
  ],
  [
    'нашу школу перерегистрировали в еис, теперь документы не уходят, что делать с логином и паролем',
    '/connect/re-registration/',
  ],
  [
    'как понять, у нас в регионе токен нужен или права рис, я в этом совсем не разбираюсь',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'что вообще делает эта настройка взаимодействия с сервисами еис и влияет ли она на отправку документов',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'какой срок действия ставить у токена, чтобы потом не получать его заново',
    '/services/token/#шаги',
  ],
  [
    'какую дату предоставления доступа указывать для рис своего субъекта',
    '/services/ris-rights/#шаги',
  ],
  [
    'у нашей организации еще роль уполномоченное учреждение, надо ли для нее отдельно давать права рис',
    '/services/ris-rights/#шаги',
  ],
  [
    'для чего нужен идентификатор участника эдо, нам он вообще нужен в школе?',
    '/activation/edo-identifier/',
  ],
  [
    'куда потом вводить идентификатор эдо, в веб-торгах его где искать',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  [
    'как распечатать все инструкции на бумаге, чтобы с картинками и квадратиками для галочек',
    '/print/',
  ],
  ['сайт никуда не отправляет мои данные? боюсь за пароли', '/tools/progress/#что-сайт-отправляет'],
  ['напомнит ли мне сайт, что скоро кончается срок у токена, а то я забуду', '/tools/reminder/'],
  [
    'как продлить токен, когда срок подходит к концу',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  [
    'у меня старый компьютер, напоминание будет работать без javascript?',
    '/tools/reminder/#добавить-напоминание',
  ],
  ['я не знаю, что мне нужно настроить, помогите разобраться с чего начинать', '/tools/start/'],
  ['можно ли отправить получившийся план коллеге ссылкой', '/tools/start/'],
  [
    'что поменялось в инструкции про логин и пароль за последнее время',
    '/reference/changes/#page-connect-https-credentials',
  ],
  ['как подписаться на изменения сайта, чтобы не пропустить новое', '/reference/changes/'],
  ['для кого вообще этот сайт, нам, школе, он подходит?', '/#для-кого-этот-сайт'],
  ['какие разделы есть на сайте и что где лежит', '/#как-устроен-сайт'],
  [
    'чем отличается администратор организации от лица уполномоченного руководителем, я запуталась',
    '/reference/glossary/#org-administrator',
  ],
  [
    'как найти в базе знаний руководство по допсоглашениям к контрактам',
    '/support/knowledge-base/#как-найти-нужный-материал',
  ],
  [
    'сначала самой искать ответ или сразу звонить в поддержку, как правильно',
    '/support/knowledge-base/#порядок-действий-при-проблеме',
  ],

  // сообщения об ошибках, вставленные или перепечатанные
  [
    'Обнаружено несовпадение данных сертификата с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'ошибка о несоответствии регистрационных данных пользователя в ЕИС',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'при отправке информации в еис будет ошибка о некорректности логина и пароля',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'Информация о недоступности отдельных функций ЕИС в сфере закупок',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'обращение автоматически поменяет статус на закрыто через 7 рабочих дней без возможности переоткрытия',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'в обращении с видом консультация содержится информация об ошибке',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'Работа с обращениями в статусе Закрыто далее не осуществляется',
    '/reference/troubleshooting/#err-request-closed',
  ],
  [
    'если плагин не установлен, пользователю будет предложено его установить',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'несоответствие регистрационных данных',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'обнаружено несовпадение данных сертефиката',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],

  // не та раскладка, транслит, много опечаток
  ['gfhjkm lkz byntuhfwbb', '/connect/https-credentials/#шаги'],
  ['ntktajy gjllth;rb', '/support/knowledge-base/#телефоны-поддержки'],
  ['cnfnecs j,hfotybq', '/support/request-statuses/#что-означают-статусы'],
  ['njrty', '/services/token/'],
  ['gththtubcnhfwbz', '/connect/re-registration/'],
  ['kak sozdat obrashenie v podderzhku eis', '/support/create-request/#шаги'],
  ['parol v veb torgi ks kuda vvodit', '/connect/web-torgi-ks/#шаги'],
  [
    'обрашение закрылось само после решено',
    '/reference/troubleshooting/#err-request-resolved-closed',
  ],
  ['индефикатор учасника эдо как получить', '/activation/edo-identifier/#шаги'],
  ['распечатоть инструкцыю целиком', '/print/'],

  // свои слова, которых на сайте нет
  ['куда звякнуть если еис глючит', '/support/knowledge-base/#телефоны-поддержки'],
  ['горячая линия закупки гов', '/support/knowledge-base/#телефоны-поддержки'],
  ['заявка в техподдержке висит долго', '/support/request-statuses/#плановый-срок-решения'],
  ['пароль слетел в веб торгах', '/reference/troubleshooting/#err-password-reset-by-link'],
  ['программа не шлет план-график в закупки', '/reference/troubleshooting/#diagnostic'],
  ['бумажный вариант методички', '/print/'],
  ['перекинуть галочки на другой комп', '/tools/progress/#perenos'],
  ['у меня несколько садиков и школа, как вести всех отдельно', '/tools/progress/#organizacii'],
  ['тикет закрыли а проблема осталась', '/reference/troubleshooting/#err-request-closed'],
  ['админка кабинета заказчика где раздать права на рис', '/services/ris-rights/#шаги'],
];

export const TUNING_24b = CORPUS_24b;
