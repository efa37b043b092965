/**
 * Corpus 26a: reader questions for the site's search, written on 2026-12-06 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: head of procurement of a municipal water utility, in a hurry, types on a phone: no punctuation, many typos, abbreviations («лк», «тп», «вт-кс»), lowercase; cares about deadlines and closed support requests.
 * The brief asked for a mix: a quarter short queries, a third full questions, error messages
 * pasted or retold, a tenth in the wrong keyboard layout, translit or many typos, and words the
 * site does not use. Kept in the order written. All of it is held out: measured on arrival with
 * round 14's engine, never learned and never tuned on.
 */
import type { Query } from './search-queries';

export const CORPUS_26a: readonly Query[] = [
  // короткие запросы
  ['пароль еис для вт-кс', '/connect/https-credentials/'],
  ['вт-кс куда вбить логин еис', '/connect/web-torgi-ks/#шаги'],
  ['перерегистрация огранизации еис', '/connect/re-registration/'],
  ['токен сервисы отдачи', '/services/token/'],
  ['доступ рис лк заказчика', '/services/ris-rights/'],
  ['идентфикатор эдо', '/activation/edo-identifier/'],
  ['тп еис телефон круглосуточно', '/support/knowledge-base/#телефоны-поддержки'],
  ['статусы заявок в тп', '/support/request-statuses/#что-означают-статусы'],
  ['срок решения обращения', '/support/request-statuses/#плановый-срок-решения'],
  ['рис расшифровка', '/reference/glossary/#ris'],
  ['гоис что такое', '/reference/glossary/#gois'],
  ['напоминалка срок токена', '/tools/reminder/'],
  ['распечатать всё pdf', '/print/'],
  ['база знаний еис', '/support/knowledge-base/#база-знаний-еис'],
  ['еис телеграм макс', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  ['какой вид заявки выбрать тп', '/support/create-request/#вид-обращения-консультация-или-ошибка'],
  ['галка интеграция заявка тп', '/support/create-request/#обращение-по-вопросам-интеграции'],
  ['чек листы отметки шагов', '/tools/progress/#vse-spiski'],
  ['обращене без лк', '/support/create-request/#обращение-без-входа-в-лк'],
  ['faq еис категории', '/support/knowledge-base/#часто-задаваемые-вопросы-faq'],
  ['лента изменений atom', '/reference/changes/'],
  ['плагин фиксации дейсвтий', '/reference/glossary/#action-recording-plugin'],
  ['эдо срок напомнить', '/activation/edo-identifier/#напоминание-о-сроке'],

  // вопросы целиком
  [
    'как в лк еис получить логин и пароль чтоб вт-кс сама отправляла план график',
    '/connect/https-credentials/#шаги',
  ],
  [
    'кто у нас имеет право получать пароль для интеграции руководитель или админ или любой сотрудник',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'пароль получили а где в вт-кс его сохранить чтоб заработало в настройках что ли',
    '/connect/web-torgi-ks/#шаги',
  ],
  ['сама в вт-кс зайти не могу вообще к кому идти', '/connect/web-torgi-ks/#что-понадобится'],
  ['как документ из вт-кс заново в еис отправить какой кнопкой', '/connect/web-torgi-ks/#шаги'],
  [
    'нас перерегистрировали в еис и теперь ничего не уходит что делать по порядку',
    '/connect/re-registration/#шаги',
  ],
  [
    'инструкция про перерегистрацию старая 2018 года она вообще актуальна до какого срока надо было',
    '/connect/re-registration/',
  ],
  [
    'как понять нам токен делать или права на рис у нас область вроде регистрировала систему',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'зачем вообще этот режим взаимодействия с сервисами еис в вт-кс на что он влияет',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  ['на какой срок токен ставить чтоб через год опять не бегать', '/services/token/#шаги'],
  [
    'токен скоро кончается как его продлить еис ничего не пишет',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  ['какую дату ставить в правах доступа для рис и где там подписать', '/services/ris-rights/#шаги'],
  ['зачем нужен идентификатор эдо и кто его в лк выдает', '/activation/edo-identifier/'],
  [
    'идентификатор эдо скопировала а куда его в вт-кс вставлять то',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  [
    'где в лк кнопка выдать идентификатор эдо и дату там руками вбивать или как',
    '/activation/edo-identifier/#шаги',
  ],
  ['как написать в тп еис через лк по шагам срочно надо', '/support/create-request/#шаги'],
  [
    'какие правила у тп чтоб заявку сразу не закрыли можно несколько проблем в одну',
    '/support/create-request/#четыре-правила-обращения',
  ],
  [
    'где в лк посмотреть свои обращения и обращения всей организации',
    '/support/request-statuses/#где-смотреть-свои-обращения',
  ],
  [
    'обращение было решено я не успела проверить и через неделю его закрыли почему так задолбали',
    '/reference/troubleshooting/#err-request-resolved-closed',
  ],
  [
    'тп запросила доп инфу я была в отпуске заявку закрыли можно ее переоткрыть',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'в каких случаях тп вообще закрывает обращения все варианты',
    '/support/request-statuses/#когда-обращение-закрывается',
  ],
  [
    'консультацию переоткрывали три раза потом ее закрыли что теперь новую создавать',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],
  [
    'надо ли писать еще обращение чтоб узнать когда решат старое оно висит в работе уже месяц',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  [
    'если в еис проблема сначала база знаний или сразу звонить в тп',
    '/support/knowledge-base/#порядок-действий-при-проблеме',
  ],
  [
    'как в базе знаний найти инструкцию по доп соглашениям к контракту',
    '/support/knowledge-base/#как-найти-нужный-материал',
  ],
  [
    'веду зак-ки за водоканал и еще 3 муп можно по каждой организации отдельно галки ставить',
    '/tools/progress/#organizacii',
  ],
  ['как перенести отметки с рабочего компа на ноут дома', '/tools/progress/#perenos'],
  [
    'сайт куда нибудь отправляет что я ввожу пароли там или поиск',
    '/tools/progress/#что-сайт-отправляет',
  ],
  ['план из опросника можно скинуть коллеге ссылкой или он только у меня', '/tools/start/'],
  [
    'что поменяли в инструкции про токен последнее время',
    '/reference/changes/#page-services-token',
  ],
  ['этот сайт вообще для кого для заказчиков или для админов системы', '/#для-кого-этот-сайт'],
  [
    'напоминания по срокам для нескольких муп как подписать чтоб не путать',
    '/tools/reminder/#добавить-напоминание',
  ],
  [
    'что вт-кс отправляет в еис по https только план график или контракты тоже',
    '/reference/glossary/#https-integration',
  ],
  [
    'администратор организации там два полномочия какое нужно для токена а какое для рис',
    '/reference/glossary/#org-administrator',
  ],
  [
    'не пойму какая у меня ошибка есть где по шагам подобрать',
    '/reference/troubleshooting/#diagnostic',
  ],

  // сообщения об ошибках
  [
    'при отправке в еис ошибка о некорректности логина и пароля',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'еис пишет несоответствие регистрационных данных пользователя в еис док не уходит',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'обнаружено несовпадение данных сертификата с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'информация о недоступности отдельных функций еис в сфере закупок это надолго',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'создаю обращение а оно пишет установите плагин',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'работа с обращениями в статусе закрыто далее не осуществляется и че теперь',
    '/reference/troubleshooting/#err-request-closed',
  ],
  ['идентификатор участника эдо просрочен', '/reference/troubleshooting/#err-edo-expired'],
  [
    'идентификатор эдо не сохранила а теперь его просят для загрузки приемки где взять снова',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  [
    'в настройке сервисов еис нету блока права доступа к рис',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  [
    'в администрировании так и не появился перечень региональных информационных систем хотя права дала',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  [
    'заполнили настройку сервисов еис в вт-кс а толку ноль ничего не поменялось',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  [
    'у нас еще роль уполномоченного учреждения и в рис все равно не работает черт',
    '/reference/troubleshooting/#err-extra-roles',
  ],
  [
    'не нажала продолжить в окне с паролем теперь пароль не подходит',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  [
    'закрыла окно с логином и паролем не успела записать блин',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'вт-кс не отправляет пользователь организации не зарегистрирован в еис',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  [
    'заявку закрыли мол проблема описана в новостях а у меня до сих пор не работает',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  [
    'рис своего субъекта не нахожу в перечне поиск пустой',
    '/reference/troubleshooting/#err-ris-not-found',
  ],

  // не та раскладка, транслит, опечатки
  ['gfhjkm dn-rc', '/connect/web-torgi-ks/'],
  ['njrty cthdbcs jnlfxb', '/services/token/'],
  ['cnfnec j,hfotybz', '/support/request-statuses/#что-означают-статусы'],
  ["bltynbabrfnjh 'lj", '/activation/edo-identifier/'],
  ['ukjccfhbq', '/reference/glossary/'],
  ['rfr gjkexbnm kjuby gfhjkm tbc', '/connect/https-credentials/#шаги'],
  ['kak sozdat obrashenie v tp eis', '/support/create-request/#шаги'],
  ['pereregistraciya organizacii novyi login parol', '/connect/re-registration/'],
  [
    'обрашение закрыли ничго не решилли что делть',
    '/reference/troubleshooting/#err-request-closed',
  ],
  ['ткоен срок дейсвтия истек чо длать', '/reference/troubleshooting/#err-token-expired'],

  // своими словами
  ['как подружить торги кс с госзакупками', '/'],
  [
    'пароль в вт-кс опять слетел походу кто то из бухов жмакнул ту ссылку в лк',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'в карточке юзера в еис тыкнули сохранить и все пароль сдох',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  ['тикет в тп висит в работе когда закроют', '/support/request-statuses/#плановый-срок-решения'],
  [
    'написала заявку как консультацию а ее отфутболили сразу и переоткрыть нельзя',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  ['апи ключ к сервисам еис где его выпускают', '/services/token/#шаги'],
  [
    'админы говорят нужен токен а я без понятия где его брать в вт-кс его нет',
    '/reference/troubleshooting/#err-token-where',
  ],
  [
    'хмлки какие цеплять к заявке по интеграции',
    '/reference/troubleshooting/#err-integration-request-files',
  ],
  [
    'эцп директора не пускает в еис сертификат не бьется',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  ['опросник какие настройки нам вообще нужны', '/tools/start/#вопросы'],
  ['выгрузить напоминалку в аутлук календарь', '/tools/reminder/#когда-срок-подходит-к-концу'],
  ['малые зак-ки по 93 статье в заявке тп где ставить да', '/support/create-request/#шаги'],
  ['приемку подтянуть из еис в торги что для этого надо', '/activation/edo-identifier/'],
  [
    'ничего не помогло из вашего списка куда дальше бежать',
    '/reference/troubleshooting/#if-nothing-helped',
  ],
  [
    'не могу залогиниться в лк а надо срочно в тп написать',
    '/reference/troubleshooting/#err-cannot-login-request',
  ],
];

export const HELD_OUT_26a = CORPUS_26a;
