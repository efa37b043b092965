/**
 * Corpus 32a: reader questions for the site's search, written on 2026-12-06 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: a procurement specialist of a city polyclinic whose support request was closed without an answer: requests, statuses, attachments, phones, escalation; indignant, long sentences, quotes support's replies.
 * Written in round 16 to the brief of corpora 25–30 (a set share of wrong layouts, translit,
 * pasted messages and words the site does not use) and held out whole, as decided before they
 * arrived: never learned, never tuned on. Measured on arrival with round 15's last engine.
 * Kept in the order written.
 */
import type { Query } from './search-queries';

export const CORPUS_32a: readonly Query[] = [
  // короткие запросы
  ['телефон тех поддрежки еис', '/support/knowledge-base/#телефоны-поддержки'],
  ['обращение закрыто что делать', '/reference/troubleshooting/#err-request-closed'],
  ['статусы обращеий еис', '/support/request-statuses/#что-означают-статусы'],
  ['когда решат обращение срок', '/support/request-statuses/#плановый-срок-решения'],
  ['мои обращения где', '/support/request-statuses/#где-смотреть-свои-обращения'],
  ['база знаний zakupki', '/support/knowledge-base/#база-знаний-еис'],
  ['faq еис категории', '/support/knowledge-base/#часто-задаваемые-вопросы-faq'],
  ['телеграм еис канал', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  ['консультация или ошибка', '/support/create-request/#вид-обращения-консультация-или-ошибка'],
  ['галочка интеграция', '/support/create-request/#обращение-по-вопросам-интеграции'],
  ['малый объем поле да', '/support/create-request/#шаги'],
  ['плагин фиксации действий', '/reference/glossary/#action-recording-plugin'],
  ['запрос информации сколько дней', '/support/request-statuses/#что-означают-статусы'],
  ['получить токен еис', '/services/token/#шаги'],
  ['права рис выдать', '/services/ris-rights/#шаги'],
  ['перерегистрация новый пароль', '/connect/re-registration/'],
  ['пароль в веб торги ввести', '/connect/web-torgi-ks/#шаги'],
  ['что такое стп', '/reference/glossary/#stp'],
  ['гоис расшифровка', '/reference/glossary/#gois'],
  ['электронное активирование это', '/reference/glossary/#electronic-activation'],
  ['напоминание срок токена', '/tools/reminder/#добавить-напоминание'],
  ['распечатать инструкцию', '/print/'],
  ['изменения инструкций', '/reference/changes/'],
  ['ошибки интеграции список', '/reference/troubleshooting/'],
  ['уполномоченный орган роль', '/reference/glossary/#authorized-body'],

  // полные вопросы живой речью
  [
    'мне закрыли обращение, в ответе написали «работа с обращениями в статусе Закрыто далее не осуществляется», а проблема никуда не делась, план-график так и не уходит — мне что, заново всё писать?',
    '/reference/troubleshooting/#err-request-closed',
  ],
  [
    'почему обращение закрыли автоматически через пару часов, я выбрала «Консультация» и честно описала, что у нас не отправляется документ, а теперь даже переоткрыть нельзя',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'поддержка ответила, что о проблеме уже сообщали в новостях, и закрыла моё обращение, а у нас до сих пор ничего не работает, куда теперь идти?',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  [
    'они прислали запрос информации, пока я была на больничном, вернулась — обращение закрыто, можно его как-то открыть обратно или всё пропало?',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'было «Решено», хотя ничего не решили, я не успела ответить, и через неделю стало «Закрыто» — это вообще законно?',
    '/reference/troubleshooting/#err-request-resolved-closed',
  ],
  [
    'я трижды переоткрывала консультацию, потому что их ответы не помогали, а на третий раз её просто закрыли насовсем, так можно было?',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],
  [
    'через сколько рабочих дней поддержка сама закрывает обращение, если не ответить на их уточнение или не подтвердить решение',
    '/support/request-statuses/#когда-обращение-закрывается',
  ],
  [
    'как правильно написать обращение в техподдержку еис, чтобы его снова не закрыли без ответа, какие требования к теме и тексту',
    '/support/create-request/#четыре-правила-обращения',
  ],
  [
    'можно ли в одном обращении описать сразу две беды — и пароль, и токен, или они опять закроют и скажут писать отдельно?',
    '/support/create-request/#четыре-правила-обращения',
  ],
  [
    'что значит статус «Открыто», уже третий день висит и никто не берёт, это нормально?',
    '/support/request-statuses/#что-означают-статусы',
  ],
  [
    'хочу узнать, когда наконец решат моё обращение — создавать ещё одно с вопросом про срок или это бесполезно?',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  [
    'как посмотреть обращения не только мои, а всей поликлиники, коллега из бухгалтерии тоже писала, и ей тоже закрыли',
    '/support/request-statuses/#страница-техническая-поддержка',
  ],
  [
    'в какие часы работает телефон поддержки еис, можно позвонить вечером или в субботу, если в будни не дозвониться?',
    '/support/knowledge-base/#телефоны-поддержки',
  ],
  [
    'куда жаловаться, если техподдержка еис закрыла обращение не разобравшись, есть какая-то вышестоящая инстанция или руководитель поддержки?',
    '/reference/troubleshooting/#if-nothing-helped',
  ],
  [
    'где поставить оценку работе техподдержки, хочу написать им всё, что думаю об их ответах',
    '/support/request-statuses/#страница-техническая-поддержка',
  ],
  [
    'что обязательно прикладывать к обращению, если план-график не уходит из веб-торгов в еис, а то мне написали «не приложены документы обмена»',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  [
    'поддержка требует два xml файла, отправленный и ответный, а где их взять в веб-торгах, я их в глаза не видела?',
    '/reference/troubleshooting/#err-integration-request-files',
  ],
  [
    'не могу войти в личный кабинет еис, а без него как вообще написать в поддержку, замкнутый круг какой-то',
    '/reference/troubleshooting/#err-cannot-login-request',
  ],
  [
    'где в личном кабинете создать обращение, не могу найти меню техподдержки, всё перерыла',
    '/support/create-request/#шаги',
  ],
  [
    'нужно ли отмечать «Да» про малый объём, если у нас закупка у единственного поставщика по пункту 4, и где это поле на форме?',
    '/support/create-request/#шаги',
  ],
  [
    'поддержка пишет «ответ на ваш вопрос есть в базе знаний», а где эта база знаний и почему она у меня не открывается без входа?',
    '/support/knowledge-base/#база-знаний-еис',
  ],
  [
    'как в частых вопросах еис найти ответ про новый сертификат электронной подписи руководителя, там куча разделов',
    '/support/knowledge-base/#часто-задаваемые-вопросы-faq',
  ],
  [
    'я вообще не понимаю, что нам нужно настроить — логин, токен или рис, с чего начинать, если главврач требует, чтобы всё заработало к понедельнику?',
    '/tools/start/',
  ],
  [
    'я веду закупки за поликлинику и два фельдшерских пункта, можно на сайте отмечать шаги отдельно по каждой организации?',
    '/tools/progress/#organizacii',
  ],
  [
    'как перенести отметки на другой компьютер, начала на работе, а доделывать буду с ноутбука',
    '/tools/progress/#perenos',
  ],
  [
    'ваш сайт куда-то отправляет то, что я пишу в поиске? не хочу, чтобы мои жалобы на поддержку где-то сохранялись',
    '/tools/progress/#что-сайт-отправляет',
  ],
  [
    'как получить логин и пароль для интеграции с еис для нового специалиста контрактной службы, старый уволился',
    '/connect/https-credentials/#шаги',
  ],
  [
    'кто у нас должен получать логин и пароль в еис для веб-торгов — главврач или я сама могу, если у меня нет прав администратора?',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'как понять, нам нужен токен или права доступа к рис, в поддержке ответили только «уточните у администраторов системы вашего субъекта» и всё',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'какую дату доступа ставить, когда даёшь права региональной системе, и какую кнопку потом нажать?',
    '/services/ris-rights/#шаги',
  ],
  [
    'у нас ещё роль уполномоченного учреждения, надо ли что-то повторять с правами на рис и под кем тогда заходить?',
    '/services/ris-rights/#шаги',
  ],
  [
    'зачем вообще нужен идентификатор участника эдо, поддержка пишет про какое-то электронное активирование, а я ничего не понимаю',
    '/activation/edo-identifier/',
  ],
  [
    'куда вводить идентификатор эдо в веб-торгах, в поддержке еис говорят «это вопрос к вашей системе»',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  [
    'можно распечатать всю инструкцию целиком или сохранить в pdf, чтобы отнести главврачу и показать, что я всё сделала по шагам',
    '/print/',
  ],
  [
    'как проверить, что это не у нас сломалось, а у всех еис лежит, прежде чем снова писать в поддержку',
    '/support/knowledge-base/#новости-и-уведомления',
  ],

  // сообщения об ошибках
  [
    'ошибка о некорректности логина и пароля при отправке в еис',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'еис пишет логин или пароль неверный, хотя вводила правильно',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'Обнаружено несовпадение данных сертификата с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'ошибка о несоответствии регистрационных данных пользователя в ЕИС план график не уходит',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'после перерегистрации ввели новый логин и пароль, а несоответствие регистрационных данных всё равно',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    '«Информация о недоступности отдельных функций ЕИС в сфере закупок» писать ли в поддержку',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'при создании обращения выскакивает «установите плагин», а наш айтишник не даёт ставить программы',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'пользователь организации должен быть зарегистрирован в ЕИС',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  [
    'нет блока «Права доступа к РИС» в настройке взаимодействия',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  [
    'в администрировании не появился перечень региональных информационных систем',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  ['истек срок действия токена еис', '/reference/troubleshooting/#err-token-expired'],
  [
    'поддержка ответила «обращение закрыто автоматически без возможности переоткрытия», тип был консультация',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    '«обращение автоматически поменяет статус на Закрыто через 7 рабочих дней» после запроса информации',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'пароль перестал действовать после нажатия ссылки данные пользователя для альтернативной интеграции',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'настройка взаимодействия с сервисами еис не обрабатывается системой',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],

  // другая раскладка, транслит, опечатки
  ['j,hfotybt pfrhskb ,tp jndtnf', '/reference/troubleshooting/#err-request-closed'],
  ['ntktajy gjllth;rb tbc', '/support/knowledge-base/#телефоны-поддержки'],
  ['kak sozdat obrashenie v tehpodderzhku eis', '/support/create-request/'],
  ['gfhjkm dt, njhub', '/connect/web-torgi-ks/#шаги'],
  ['njrty cthdbcjd jnlfxb', '/services/token/'],
  ["bltynbabrfnjh 'lj", '/activation/edo-identifier/'],
  ['cnfnec pfghjc byajhvfwbb', '/support/request-statuses/#что-означают-статусы'],
  [
    'обрашение закрыли автаматически консультацыя',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  ['плогин фиксацыи дейсвий устоновить', '/reference/troubleshooting/#err-plugin-not-installed'],
  ['перирегистрацыя арганизации новый пороль', '/connect/re-registration/'],

  // своими словами
  [
    'техподдержка отфутболила: «смотрите новости», а сбой так и висит',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  ['чем снять видео с экрана для техподдержки еис', '/support/create-request/#шаги'],
  ['пароль для выгрузки из веб-торгов в госзакупки где взять', '/connect/https-credentials/'],
  ['акты приемки не подтягиваются из еис в веб-торги', '/activation/edo-identifier/'],
  [
    'эцп главврача не пускает в еис, ругается на сертификат',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'поддержка отвечает шаблонами, как составить заявку, чтобы её реально прочитали',
    '/support/create-request/#четыре-правила-обращения',
  ],
  [
    'веду закупки за несколько учреждений, напоминалки по срокам на каждое отдельно',
    '/tools/reminder/#добавить-напоминание',
  ],
  ['выгрузить срок токена в календарь outlook', '/tools/reminder/#когда-срок-подходит-к-концу'],
  [
    'как продлить ключ эдо, когда срок кончается, поддержка сказала «повторите выдачу»',
    '/reference/troubleshooting/#err-edo-expired',
  ],
  [
    'не знаю как называется моя ошибка, помогите найти по шагам',
    '/reference/troubleshooting/#diagnostic',
  ],
  ['анкета для плана настройки, ссылку на ответы коллеге переслать', '/tools/start/#вопросы'],
  [
    'что поменяли в разделе с ошибками в последний раз',
    '/reference/changes/#page-reference-troubleshooting',
  ],
  ['что где лежит на вашем сайте, разделы', '/#как-устроен-сайт'],
  ['этот сайт официальная поддержка еис или чей-то самодельный', '/#для-кого-этот-сайт'],
  ['главная страница настройка интеграции веб-торги еис', '/'],
];

export const HELD_OUT_32a = CORPUS_32a;
