/**
 * Corpus 33b: reader questions for the site's search, written on 2026-12-06 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: an elderly clerk of a boarding school typing with one finger: one or two words, many typos and missing letters, sometimes caps lock or the English layout; the most basic things.
 * Written in round 16 to the brief of corpora 25–30 (a set share of wrong layouts, translit,
 * pasted messages and words the site does not use) to be learned, as decided before they
 * arrived: measured once on arrival with round 15's last engine, then learned whole
 * (training.ts). Kept in the order written.
 */
import type { Query } from './search-queries';

export const CORPUS_33b: readonly Query[] = [
  // короткие запросы
  ['телефон тех подержки', '/support/knowledge-base/#телефоны-поддержки'],
  ['пароль интеграцыя https', '/connect/https-credentials/'],
  ['токен сервис отдачи', '/services/token/'],
  ['идентификатр эдо', '/activation/edo-identifier/'],
  ['перерегестрация', '/connect/re-registration/'],
  ['права рис', '/services/ris-rights/'],
  ['что такое лк', '/reference/glossary/#lk'],
  ['гоис', '/reference/glossary/#gois'],
  ['статусы обращениий', '/support/request-statuses/#что-означают-статусы'],
  ['мои обращения где', '/support/request-statuses/#где-смотреть-свои-обращения'],
  ['срок решения обращения', '/support/request-statuses/#плановый-срок-решения'],
  ['что такое стп', '/reference/glossary/#stp'],
  ['рис расшифровка', '/reference/glossary/#ris'],
  ['база знаний вход', '/support/knowledge-base/#база-знаний-еис'],
  ['все ошибки списком', '/reference/troubleshooting/'],
  ['плагин фиксации', '/reference/glossary/#action-recording-plugin'],
  ['код рис субъекта', '/services/ris-rights/#что-понадобится'],
  ['малый обьем галка да', '/support/create-request/#шаги'],
  ['опросник', '/tools/start/'],
  ['уполномоченый орган это кто', '/reference/glossary/#authorized-body'],
  ['сервисы отдачи зачем', '/reference/glossary/#output-services'],
  ['faq закупки', '/support/knowledge-base/#часто-задаваемые-вопросы-faq'],
  ['канал макс еис', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  ['главная страница', '/'],
  ['ЧТО ТАКОЕ ЭЛЕКТРОНОЕ АКТИВИРОВАНИЕ', '/reference/glossary/#electronic-activation'],

  // вопросы своими словами
  ['как сделать чтоб план график из веб торгов уходил в еис', '/connect/https-credentials/'],
  [
    'кто у нас в школе должен получать логин и пароль в еис, я или директор?',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'что надо приготовить перед тем как получать пароль в закупках',
    '/connect/https-credentials/#что-понадобится',
  ],
  ['куда в веб торгах вписывать логин и пароль который дала еис', '/connect/web-torgi-ks/#шаги'],
  [
    'а как потом сам документ из веб торгов отправить в еис, какую кнопку нажимать?',
    '/connect/web-torgi-ks/#шаги',
  ],
  [
    'нашу школу перерегистрировали, что теперь делать с паролем в веб торгах',
    '/connect/re-registration/',
  ],
  [
    'после перерегистрации кто может узнать новый логин, у меня прав нету наверно',
    '/connect/re-registration/#кто-может-это-сделать',
  ],
  [
    'как понять нам токен нужен или права рис? я не знаю зарегистрирована система как рис или нет',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'зачем вообще эта настройка взаимодействия с сервисами, она на что-то влияет или нет?',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  ['на какой срок токен ставить, на год или можно дольше?', '/services/token/#шаги'],
  [
    'как продлить токен когда срок к концу подходит?',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  ['какую дату ставить когда редактирую права доступа для рис', '/services/ris-rights/#шаги'],
  [
    'у нас еще роль уполномоченное учреждение, для нее права рис отдельно делать? и как зайти под этой ролью',
    '/services/ris-rights/#шаги',
  ],
  [
    'идентификатор эдо получила, а куда его потом вводить в веб торгах?',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  [
    'в окне выдачи идентификатора эдо какую дату писать в срок действия, календарика там нет',
    '/activation/edo-identifier/#шаги',
  ],
  [
    'как написать в техподдержку еис из личного кабинета, по порядку',
    '/support/create-request/#шаги',
  ],
  [
    'в обращении что выбирать консультацию или ошибку, не понимаю в чем разница',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  [
    'можно в одном обращении сразу про три проблемы написать чтоб много раз не писать?',
    '/support/create-request/#четыре-правила-обращения',
  ],
  [
    'документы из веб торгов не уходят, какие файлы прикладывать в обращение и где эти xml взять',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  [
    'что значит статус решено и мне надо что то нажимать?',
    '/support/request-statuses/#что-означают-статусы',
  ],
  [
    'через сколько дней закроют обращение если я не успею ответить, я в отпуске буду',
    '/support/request-statuses/#когда-обращение-закрывается',
  ],
  [
    'где посмотреть обращения которые писала наша бухгалтер, они же от организации',
    '/support/request-statuses/#где-смотреть-свои-обращения',
  ],
  [
    'где в базе знаний искать про электронное активирование, там разделов много',
    '/support/knowledge-base/#часто-задаваемые-вопросы-faq',
  ],
  [
    'я веду закупки еще за детский сад и за вторую школу, как на сайте отмечать отдельно для каждой?',
    '/tools/progress/#organizacii',
  ],
  [
    'отметки можно перенести на другой компьютер? дома и на работе делаю',
    '/tools/progress/#perenos',
  ],
  [
    'ваш сайт мои пароли никуда не отправляет? боюсь что то вводить',
    '/tools/progress/#что-сайт-отправляет',
  ],
  [
    'напоминания для двух школ как различать чтоб не перепутать',
    '/tools/reminder/#добавить-напоминание',
  ],
  ['хочу распечатать всю инструкцию на бумаге и читать с ручкой, как?', '/print/'],
  [
    'что поменяли в инструкции про пароль в веб торгах, а то я по старой делала',
    '/reference/changes/#page-connect-web-torgi-ks',
  ],
  ['этот сайт для кого, поставщикам тоже подходит?', '/#для-кого-этот-сайт'],
  [
    'начальство велело настроить интеграцию, а что именно надо не знаю, помогите разобраться',
    '/tools/start/',
  ],
  ['какие тут вообще есть инструкции, перечислите списком', '/#основные-инструкции'],
  ['как по вашему сайту ходить, какие тут разделы есть', '/#как-устроен-сайт'],
  [
    'обращение закрыли сказали что проблема уже в новостях, а у меня до сих пор не работает',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  [
    'что сначала делать если в еис что то сломалось, звонить или писать?',
    '/support/knowledge-base/#порядок-действий-при-проблеме',
  ],

  // сообщения об ошибках
  [
    'при отправке ошибка о некоректности логина и пароля',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'выдает ошибку о несоотвествии регистрационых данных пользователя в еис',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'у директора при входе Обнаружено несовпадение данных сертификата с данными',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'висит информация о недоступности отдельных функций еис',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'не появился перечень региональных систем в администрировании',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  [
    'нету блока права доступа к рис в настройке',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  ['токен просрочился что делать', '/reference/troubleshooting/#err-token-expired'],
  ['срок действия идентификатора эдо закончился', '/reference/troubleshooting/#err-edo-expired'],
  [
    'консультацию закрыли автоматически без возможности переоткрытия',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'обращение в статусе закрыто а проблема осталась',
    '/reference/troubleshooting/#err-request-closed',
  ],
  [
    'пишет установите плагин когда создаю обращение',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'закрыла окошко с паролем и не записала',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'НАЖАЛА СОХРАНИТЬ В РЕГИСТРАЦИОННЫХ ДАННЫХ ТЕПЕРЬ ПАРОЛЬ НЕ ПОДХОДИТ',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'заполнила токен в настройке взаимодействия а ничего не изменилось',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  [
    'в перечне информационных систем нет нашей рис не могу найти',
    '/reference/troubleshooting/#err-ris-not-found',
  ],

  // не та раскладка, транслит, опечатки
  ['gfhjkm lkz byntuhfwbb', '/connect/https-credentials/'],
  ['njrty', '/services/token/'],
  ['cnfnecs j,hfotybq', '/support/request-statuses/#что-означают-статусы'],
  ['gththtubcnhfwbz', '/connect/re-registration/'],
  ['ukjccfhbq', '/reference/glossary/'],
  ['ljrevtyn yt e[jlbn', '/reference/troubleshooting/#diagnostic'],
  [
    'zabyla nazhat prodolzhit v okne s parolem',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  ['gde vzyat token dlya servisov otdachi ne znayu', '/reference/troubleshooting/#err-token-where'],
  ['как палучить логин пароль ат закупак для вебторгов', '/connect/https-credentials/#шаги'],
  [
    'абращение в подержку как зделать бес кабинета',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],

  // слова читателя, которых нет на сайте
  ['айтишник сказал в заявке галочку интеграция ставить, это где', '/support/create-request/#шаги'],
  [
    'в кабинете заказчика галочки работа с инфосистемами все ставить?',
    '/services/ris-rights/#шаги',
  ],
  ['акты приемки из закупок в программу тянуть что для этого надо', '/activation/edo-identifier/'],
  [
    'записывалка действий для техподдержки обязательно нужна?',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  [
    'кто в области главный по веб торгам у кого спрашивать',
    '/reference/troubleshooting/#if-nothing-helped',
  ],
  [
    'пароль от самих веб торгов забыла, не пускает в программу',
    '/connect/web-torgi-ks/#что-понадобится',
  ],
  ['сайт пишет осталось меньше 30 дней это про что', '/tools/reminder/'],
  [
    'не пускает в кабинет закупок, а жалобу в поддержку надо написать',
    '/reference/troubleshooting/#err-cannot-login-request',
  ],
  [
    'тикет по консультации три раза переоткрывала, теперь совсем закрыли',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],
  [
    'заявка была решено а через неделю сама закрылась',
    '/reference/troubleshooting/#err-request-resolved-closed',
  ],
  [
    'завхоз тыкал ссылку про https в кабинете закупок и у меня пароль в торгах слетел',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'сотрудник не заведен в закупках, из торгов от него не уходит',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  [
    'тикет висит хочу знать когда сделают, еще одну заявку кинуть?',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  ['ключ эдо потеряла бумажку не записала', '/reference/troubleshooting/#err-edo-not-saved'],
  [
    'у нас еще статус уполномоченного органа, рис у них не пашет',
    '/reference/troubleshooting/#err-extra-roles',
  ],
];

export const TUNING_33b = CORPUS_33b;
