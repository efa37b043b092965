/**
 * Corpus 36b: reader questions for the site's search, written on 2026-12-06 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: a regional college's procurement specialist who moved from another region: compares with systems she knew, other systems' words («ключ API», «логин от госуслуг»), translit or the wrong layout on a shared PC.
 * Written at the end of round 16, after its last change to the engine, to the brief of corpora
 * 25–34, and held out whole: never learned, never tuned on. Measured on arrival with round 16's
 * last engine (and, for comparison, with round 15's). Kept in the order written.
 */
import type { Query } from './search-queries';

export const CORPUS_36b: readonly Query[] = [
  // короткие запросы
  ['номер горячей линии еис', '/support/knowledge-base/#телефоны-поддержки'],
  ['пароль для интеграции еис', '/connect/https-credentials/'],
  ['где взять токен', '/reference/troubleshooting/#err-token-where'],
  ['идентефикатор эдо', '/activation/edo-identifier/'],
  ['перерегестрация организации', '/connect/re-registration/'],
  ['статусы обращений что значат', '/support/request-statuses/#что-означают-статусы'],
  ['РИС это', '/reference/glossary/#ris'],
  ['гоис расшифровка', '/reference/glossary/#gois'],
  ['распечатать всю инструкцию', '/print/'],
  ['напоминалка срок токена', '/tools/reminder/'],
  ['код рис региона', '/services/ris-rights/#что-понадобится'],
  ['база знаний еис', '/support/knowledge-base/#база-знаний-еис'],
  ['где мои обращения', '/support/request-statuses/#где-смотреть-свои-обращения'],
  ['куда сначала при сбое еис', '/support/knowledge-base/#порядок-действий-при-проблеме'],
  ['консультация или ошибка', '/support/create-request/#вид-обращения-консультация-или-ошибка'],
  ['уполномоченное учреждение роль', '/reference/glossary/#authorized-institution'],
  ['история правок инструкций', '/reference/changes/'],
  ['закупка малого обьема обращение', '/support/create-request/#шаги'],
  ['xml файлы для техподдержки', '/support/create-request/#обращение-по-вопросам-интеграции'],
  ['СТП что это', '/reference/glossary/#stp'],
  ['опросник план настройки', '/tools/start/'],
  ['перенести отметки на другой комп', '/tools/progress/#perenos'],
  ['токин сервисы отдачи', '/services/token/'],
  ['админ организации кто это', '/reference/glossary/#org-administrator'],
  ['ЭТП расшифровка', '/reference/glossary/#etp'],

  // вопросы живой речью
  [
    'в прошлом регионе мы просто заходили по логину от госуслуг, а тут говорят нужен отдельный логин и пароль для вебторгов. где его получить в еис?',
    '/connect/https-credentials/#шаги',
  ],
  [
    'кто у нас в колледже должен получать логин для интеграции — директор, или я как контрактный управляющий могу сама?',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'куда в веб-торгах вводить логин и пароль, которые показала еис?',
    '/connect/web-torgi-ks/#шаги',
  ],
  [
    'после того как сохранила пароль в веб-торгах, связь с еис уже работает или надо что-то ещё включать?',
    '/connect/web-torgi-ks/#что-получится',
  ],
  [
    'в окне регистрационных данных в веб торгах есть ещё какие-то обязательные поля, что в них писать? в инструкции не нашла',
    '/connect/web-torgi-ks/#шаги',
  ],
  [
    'как отправить план-график из web-торги-кс в еис после ввода пароля, какую кнопку жать?',
    '/connect/web-torgi-ks/#шаги',
  ],
  [
    'нашу организацию перерегистрировали в еис, теперь документы не уходят — это надо заново пароль получать?',
    '/connect/re-registration/',
  ],
  [
    'как понять, токен нам нужен или права к рис? в прошлом регионе ничего такого не было',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'режим настройки взаимодействия с сервисами еис вообще на что-то влияет или его можно не заполнять?',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'где в личном кабинете заказчика выдают токен и какой срок ему ставить, максимальный?',
    '/services/token/#шаги',
  ],
  [
    'у меня в веб-торгах нет режима настройки сервисов еис, кому он вообще доступен?',
    '/services/token/#кто-может-это-сделать',
  ],
  [
    'срок токена скоро кончится, как его продлить заранее?',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  [
    'как проверить, что права к рис настроились, что должно появиться в администрировании?',
    '/services/ris-rights/#что-получится',
  ],
  [
    'у колледжа кроме заказчика ещё роль уполномоченного учреждения — права к рис делать два раза? и как зайти под другой ролью?',
    '/services/ris-rights/#шаги',
  ],
  [
    'для чего нужен идентификатор участника эдо и куда его потом вставлять в вебторгах?',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  [
    'какой срок ставить идентификатору эдо, можно сделать бессрочный?',
    '/activation/edo-identifier/#шаги',
  ],
  [
    'хочу чтобы сайт напомнил, когда кончается срок идентификатора. сам идентификатор туда надо вводить?',
    '/tools/reminder/#добавить-напоминание',
  ],
  [
    'веду закупки за колледж и ещё два техникума — можно отмечать шаги по каждому отдельно?',
    '/tools/progress/#organizacii',
  ],
  [
    'сайт куда-то отправляет то, что я ввожу в поиск? у нас безопасники строгие',
    '/tools/progress/#что-сайт-отправляет',
  ],
  [
    'ответила на вопросы «с чего начать», можно скинуть получившийся план коллеге ссылкой?',
    '/tools/start/',
  ],
  ['есть вся инструкция одним файлом, чтобы распечатать для директора? можно в pdf?', '/print/'],
  [
    'как узнать, что поменялось в инструкциях с прошлого месяца, можно подписаться на обновления?',
    '/reference/changes/',
  ],
  ['что поменяли на странице про токен в последний раз', '/reference/changes/#page-services-token'],
  [
    'этот сайт для заказчиков или для поставщиков тоже? я раньше работала в другом регионе',
    '/#для-кого-этот-сайт',
  ],
  [
    'как написать в техподдержку еис, если меня не пускает в личный кабинет?',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  [
    'как правильно составить обращение, чтобы его не закрыли сразу? несколько вопросов можно в одно?',
    '/support/create-request/#четыре-правила-обращения',
  ],
  [
    'обращение в статусе запрос информации — что от меня хотят и сколько дней есть на ответ?',
    '/support/request-statuses/#что-означают-статусы',
  ],
  [
    'можно увидеть обращения, которые создавали коллеги из нашей организации, а не только мои?',
    '/support/request-statuses/#страница-техническая-поддержка',
  ],
  [
    'где в базе знаний искать вопросы по электронному активированию и как там работает поиск',
    '/support/knowledge-base/#часто-задаваемые-вопросы-faq',
  ],
  [
    'как найти в базе знаний видеоролик про допсоглашения к контракту?',
    '/support/knowledge-base/#как-найти-нужный-материал',
  ],
  [
    'еис сегодня лежит или только у меня? где смотреть про сбои',
    '/support/knowledge-base/#новости-и-уведомления',
  ],
  [
    'как называются каналы еис в максе и телеграме, дайте ссылку',
    '/support/knowledge-base/#каналы-макс-и-телеграм',
  ],
  [
    'что такое сервисы отдачи и что они реально дают заказчику?',
    '/reference/glossary/#output-services',
  ],
  [
    'ничего из ваших ошибок не подошло, куда дальше писать или звонить?',
    '/reference/troubleshooting/#if-nothing-helped',
  ],
  ['по каким разделам разбит сайт, где справка, а где инструменты?', '/#как-устроен-сайт'],

  // сообщения об ошибках
  [
    'при отправке в еис пишет логин или пароль некорректны',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    '«ошибка о некорректности логина и пароля» при выгрузке плана графика, пароль вставляла копипастом',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'несоответствие регистрационных данных пользователя в ЕИС',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'Обнаружено несовпадение данных сертификата с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'Информация о недоступности отдельных функций ЕИС в сфере закупок',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'работа с обращениями в статусе закрыто далее не осуществляется',
    '/reference/troubleshooting/#err-request-closed',
  ],
  [
    'при создании обращения выскакивает установите плагин',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'консультация закрыта автоматически без возможности переоткрытия, пишут что там ошибка',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'решено после 3 несогласий (переоткрытий)',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],
  [
    'обращение автоматически поменяет статус на закрыто через 7 рабочих дней — а я не успела проверить решение',
    '/reference/troubleshooting/#err-request-resolved-closed',
  ],
  [
    'выдала права, перезашла, а пункта перечень региональных информационных систем так и нет',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  [
    'в настройке сервисов еис в вебторгах не вижу раздела про права рис, только токен',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  [
    'пользователь организации должен быть зарегистрирован в ЕИС — примерно так пишет при отправке',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  ['истек срок действия токена сервисы отдачи', '/reference/troubleshooting/#err-token-expired'],
  [
    'срок действия идентификатора эдо истёк, документы приемки не грузятся',
    '/reference/troubleshooting/#err-edo-expired',
  ],

  // раскладка, транслит, опечатки
  ['gfhjkm lkz byntuhfwbb', '/connect/https-credentials/'],
  ['njrty cthdbcs jnlfxb', '/services/token/'],
  ['gththtubcnhfwbz', '/connect/re-registration/'],
  ['ghfdf ljcnegf r hbc', '/services/ris-rights/'],
  [
    'jib,rf ytcjjndtncndbt htubcnhfwbjyys[ lfyys[',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  ['kak poluchit login i parol dlya integracii s eis', '/connect/https-credentials/#шаги'],
  ['identifikator uchastnika edo gde vzyat', '/activation/edo-identifier/#шаги'],
  ['tehpodderzhka eis telefon kruglosutochno', '/support/knowledge-base/#телефоны-поддержки'],
  [
    'идентефекатор учасника эдо забыла сохранть, можна посмотерть ещё рас?',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  [
    'перерегестрацыя огранизации новый пороль в вебторгах куда вбить',
    '/connect/re-registration/#шаги',
  ],

  // своими словами
  ['ключ API для веб-торгов где сгенерировать', '/services/token/#шаги'],
  [
    'личный кабинет поставщика и лк заказчика — это одно и то же в вашей инструкции?',
    '/reference/glossary/#lk',
  ],
  [
    'учётка для обмена между вебторгами и госзакупками — это та же, что от госуслуг, или отдельная?',
    '/reference/glossary/#https-integration',
  ],
  [
    'синхронизация вебторгов с госзакупками отвалилась, с чего начать искать причину',
    '/reference/troubleshooting/#diagnostic',
  ],
  [
    'заявка в поддержку закрылась сама, я не успела ответить на их уточнение',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'запись экрана обязательно прикладывать к заявке в техподдержку?',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  [
    'кнопка сохранить в карточке сотрудника в еис сбросила пароль',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'коллега ещё раз тыкнула ссылку про https и у меня в вебторгах всё слетело',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'закрыла окошко с паролем не скопировав, где его теперь посмотреть',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'не нажала продолжить в окошке с логином — пароль так и остался временный?',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  [
    'логи обмена xml для поддержки где взять',
    '/reference/troubleshooting/#err-integration-request-files',
  ],
  [
    'сколько ждать ответа от поддержки, написать повторно чтоб поторопить?',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  ['справочник сокращений по закупкам', '/reference/glossary/'],
  [
    'вбила ключ в вебторгах, а ничего не поменялось',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  [
    'тикет закрыли, написали что проблема уже висит в новостях',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
];

export const HELD_OUT_36b = CORPUS_36b;
