/**
 * Corpus 30b: reader questions for the site's search, written on 2026-12-06 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: a small-town sports school's accountant whose office PC has no Russian layout after a reinstall: a third of her queries in translit or on the English layout; short, practical.
 * Written to the same brief as corpora 25 and 26 (a set share of wrong layouts, translit, pasted
 * messages and words the site does not use) to be learned; but learned on trial (round 15) they
 * moved only the held-out corpora written to the same brief (25 and 26: +5 first places of 400),
 * not the older held-out sets (−1 of 2386) nor the older tuning sets (−2), for 6 KB more search
 * data. So they are held out whole: measured on arrival with round 15's engine, never learned and
 * never tuned on. Kept in the order written.
 */
import type { Query } from './search-queries';

export const CORPUS_30b: readonly Query[] = [
  // короткие запросы
  ['телефон горячей линии еис', '/support/knowledge-base/#телефоны-поддержки'],
  ['specializirovannaya etp', '/reference/glossary/#specialized-etp'],
  ['parol dlya integracii eis', '/connect/https-credentials/'],
  ['пароль в веб торги куда', '/connect/web-torgi-ks/#шаги'],
  ['tokin gde vzyat', '/reference/troubleshooting/#err-token-where'],
  ['integraciya po https chto eto', '/reference/glossary/#https-integration'],
  ['glossarij', '/reference/glossary/'],
  ['рис это что', '/reference/glossary/#ris'],
  ['idintifikator edo', '/activation/edo-identifier/'],
  ['перерегистрация новый пароль', '/connect/re-registration/'],
  ['statusy obrashenij', '/support/request-statuses/#что-означают-статусы'],
  ['распечатать всё', '/print/'],
  ['baza znanij eis', '/support/knowledge-base/'],
  ['рис или токен', '/services/overview/'],
  ['prava dostupa k ris', '/services/ris-rights/'],
  ['консультация или ошибка', '/support/create-request/#вид-обращения-консультация-или-ошибка'],
  ['xml fajly obrashenie integraciya', '/support/create-request/#обращение-по-вопросам-интеграции'],
  ['что нового на сайте', '/reference/changes/'],
  ['что такое лк', '/reference/glossary/#lk'],
  ['telegram kanal eis', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  ['уполномоченое учреждение', '/reference/glossary/#authorized-institution'],
  ['гоис расшифровка', '/reference/glossary/#gois'],
  ['zakupka malogo obema', '/reference/glossary/#small-volume-purchase'],
  ['срок решения обращения', '/support/request-statuses/#плановый-срок-решения'],
  // вопросы целиком
  [
    'как получить в закупках логин и пароль, чтобы веб-торги сами отправляли план-график в еис',
    '/connect/https-credentials/#шаги',
  ],
  [
    'кто может получить логин и пароль для интеграции — только директор или я тоже, если у меня права администратора?',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'почему пароль в еис каждый раз новый и как сделать, чтобы он стал постоянным',
    '/connect/https-credentials/#что-получится',
  ],
  [
    'vvela parol v veb torgi, nado li zanovo otpravlyat plan grafik kotoryj ne ushel',
    '/connect/web-torgi-ks/#что-получится',
  ],
  [
    'в веб-торгах в окне регистрационных данных ещё какие-то обязательные поля, что туда писать?',
    '/connect/web-torgi-ks/#шаги',
  ],
  [
    'не могу зайти в веб торги под своей учёткой, к кому обращаться',
    '/connect/web-torgi-ks/#что-понадобится',
  ],
  [
    'kto mozhet uznat novyj login i parol posle pereregistracii organizacii',
    '/connect/re-registration/#кто-может-это-сделать',
  ],
  [
    'как узнать, зарегистрированы ли веб-торги нашего региона как рис, и от чего это зависит',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'зачем в веб-торгах вообще режим настройки взаимодействия с сервисами еис, он на что-то влияет?',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'под кем заходить в лк, чтобы выдать токен, нужна учётка администратора организации?',
    '/services/token/#кто-может-это-сделать',
  ],
  ['kakoj srok stavit tokenu chtoby potom ne poluchat ego zanovo', '/services/token/#шаги'],
  ['как продлить токен, когда срок подходит к концу?', '/services/token/#что-дальше'],
  ['где узнать код рис нашей области для настройки прав', '/services/ris-rights/#что-понадобится'],
  [
    'какую дату доступа ставить в окне прав для рис и что потом нажать',
    '/services/ris-rights/#шаги',
  ],
  [
    'кто у нас должен настраивать права доступа к рис — админ организации или пользователь с ролью заказчик?',
    '/services/ris-rights/#кто-может-это-сделать',
  ],
  [
    'chto takoe elektronnoe aktivirovanie prostymi slovami',
    '/reference/glossary/#electronic-activation',
  ],
  [
    'куда потом вставлять идентификатор эдо в веб-торгах, где там импорт документов приёмки',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  [
    'как получить идентификатор эдо по шагам и какую дату ставить в сроке',
    '/activation/edo-identifier/#шаги',
  ],
  [
    'как написать в техподдержку еис, если в личный кабинет не пускает вообще',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  [
    'как правильно составить обращение, чтобы его не закрыли сразу',
    '/support/create-request/#четыре-правила-обращения',
  ],
  ['kak sozdat obrashenie v tehpodderzhku eis po shagam', '/support/create-request/#шаги'],
  [
    'через сколько обращение закроется само, если я ничего не подтверждаю',
    '/support/request-statuses/#когда-обращение-закрывается',
  ],
  [
    'как в техподдержке посмотреть обращения всей организации, а не только свои, и найти по номеру',
    '/support/request-statuses/#страница-техническая-поддержка',
  ],
  [
    'в каком разделе вопросов-ответов еис искать про регистрацию пользователей и сертификаты',
    '/support/knowledge-base/#часто-задаваемые-вопросы-faq',
  ],
  [
    'что делать сначала при проблеме — звонить в поддержку или где-то самой искать?',
    '/support/knowledge-base/#порядок-действий-при-проблеме',
  ],
  [
    'я веду закупки за спортшколу и ещё два детсада, можно ли отмечать шаги по каждой организации отдельно?',
    '/tools/progress/#organizacii',
  ],
  [
    'mne pereustanovili kompyuter, kak perenesti otmetki i napominaniya na novyj',
    '/tools/progress/#perenos',
  ],
  [
    'сайт никуда не отправляет то, что я пишу в поиске? боюсь за пароли',
    '/tools/progress/#что-сайт-отправляет',
  ],
  [
    'можно ли напоминание о сроке токена добавить в календарь на компьютере, чтобы outlook напомнил',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  ['план из опросника можно сохранить или скинуть коллеге из соседней школы?', '/tools/start/'],
  [
    'подойдёт ли этот сайт мне, я бухгалтер спортивной школы, а не контрактный управляющий',
    '/#для-кого-этот-сайт',
  ],
  [
    'что поменяли в инструкции про токен в последнее время, мне заново всё делать?',
    '/reference/changes/#page-services-token',
  ],
  [
    'как отправить документ из веб торгов в еис, где там кнопка отправки',
    '/reference/troubleshooting/#if-nothing-helped',
  ],
  ['еис сама предупредит, что токен скоро закончится, или надо следить самой?', '/tools/reminder/'],
  ['какие ещё функции у этого сайта есть кроме инструкций, где что лежит', '/#как-устроен-сайт'],
  // сообщения об ошибках
  [
    'при отправке в еис ошибка о некорректности логина и пароля',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'oshibka o nesootvetstvii registracionnyh dannyh polzovatelya v eis',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'Обнаружено несовпадение данных сертификата с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'висит «Информация о недоступности отдельных функций ЕИС в сфере закупок», план не отправить',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'если плагин не установлен пользователю будет предложено его установить — где его взять?',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'работа с обращениями в статусе закрыто далее не осуществляется',
    '/reference/troubleshooting/#err-request-closed',
  ],
  [
    'obrashenie konsultaciya zakryto avtomaticheski bez vozmozhnosti pereotkrytiya',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'решено. обращение автоматически поменяет статус на закрыто через 7 рабочих дней',
    '/reference/troubleshooting/#err-request-resolved-closed',
  ],
  [
    'не ответила на запрос информации, обращение закрылось',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'консультацию закрыли после 3 переоткрытий, а проблема не решена',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],
  [
    'обращения по описанной в новостях проблеме будут закрыты автоматически',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  [
    'в администрировании не появился пункт перечень региональных информационных систем',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  ['истёк срок действия токена, что теперь', '/reference/troubleshooting/#err-token-expired'],
  ['srok dejstviya identifikatora edo istek', '/reference/troubleshooting/#err-edo-expired'],
  [
    'нет блока права доступа к рис в веб-торгах, только токен',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  ['ne mogu najti ris svoego regiona v perechne', '/reference/troubleshooting/#err-ris-not-found'],
  // не та раскладка
  ['ntktajy gjllth;rb tbc', '/support/knowledge-base/#телефоны-поддержки'],
  ['rfr gjkexbnm njrty', '/services/token/#шаги'],
  ["yfgjvbyfybt chjr 'lj", '/activation/edo-identifier/#напоминание-о-сроке'],
  ['cjplfnm j,hfotybt', '/support/create-request/'],
  ['ddjl gfhjkz d dt, njhub', '/connect/web-torgi-ks/'],
  ['xnj nfrjt cng', '/reference/glossary/#stp'],
  ['ljrevtyn yt e[jlbn d tbc', '/reference/troubleshooting/#diagnostic'],
  ['gfhjkm gjckt gththtubcnhfwbb', '/connect/re-registration/#шаги'],
  ['cgbcjr jib,jr tbc', '/reference/troubleshooting/'],
  ['yfgjvbyfybt j njrtyt', '/services/token/#напоминание-о-сроке'],
  // своими словами
  [
    'коллега тыкнул ещё раз на ссылку в закупках, и у меня пароль в торгах слетел',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'нажала сохранить в карточке пользователя на госзакупках, теперь пароль не подходит',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'окошко с паролем закрылось, не успела переписать',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'забыла жмакнуть продолжить после копирования пароля',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  ['goryachaya liniya goszakupok kruglosutochno', '/support/knowledge-base/#телефоны-поддержки'],
  ['ключ для сервисов отдачи — что за зверь', '/reference/glossary/#token'],
  [
    'заявка висит в работе уже неделю, писать ещё одну, чтобы поторопить?',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  [
    'запись экрана для техподдержки — что за программа нужна',
    '/reference/glossary/#action-recording-plugin',
  ],
  [
    'веду несколько учреждений, как подписать напоминалку, чтоб не путать чьё',
    '/tools/reminder/#добавить-напоминание',
  ],
  ['подвязать торги к госзакупкам с нуля, с чего начинать', '/#с-чего-начать'],
  [
    'что за документы приёмки, это наши акты выполненных работ?',
    '/reference/glossary/#acceptance-documents',
  ],
  ['эдо это как диадок? зачем оно в закупках', '/reference/glossary/#edo'],
  [
    'программа торгов не шлёт план закупок, пользователь вроде не заведён в закупках',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  [
    'забила токен в торги, а толку ноль',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  ['скопировала номер эдо и потеряла бумажку', '/reference/troubleshooting/#err-edo-not-saved'],
];

export const HELD_OUT_30b = CORPUS_30b;
