/**
 * Corpus 43a: reader questions for the site's search, written on 2026-12-06 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: An intern student at a village council office who types on her phone, with many typos and abbreviations ("плиз", "чё", "тп"), sometimes forgets to switch the keyboard layout, and asks very briefly.
 * Written at the start of round 20 to the brief of corpora 25–40 (its copy of the pages also
 * showed checklist steps' ids, so some labels name a step, which no result opens) and held out
 * whole, as decided before they arrived: never learned, never tuned on. Measured on arrival
 * with round 19's last engine. Kept in the order written.
 */
import type { Query } from './search-queries';

export const CORPUS_43a: readonly Query[] = [
  // короткие запросы
  ['пароль для интеграции где', '/connect/https-credentials/#шаги'],
  ['токен чё это', '/reference/glossary/#token'],
  ['телефон тп еис', '/support/knowledge-base/#телефоны-поддержки'],
  ['код рис субъекта', '/services/ris-rights/#ris-find-region-ris'],
  ['идентификатор эдо', '/activation/edo-identifier/'],
  ['перерегистрация новый логин', '/connect/re-registration/'],
  ['статусы обращения', '/support/request-statuses/#что-означают-статусы'],
  ['мои обращения где', '/support/request-statuses/#где-смотреть-свои-обращения'],
  ['плагин для тп', '/support/create-request/#record-error-actions'],
  ['галка сменить пароль', '/connect/web-torgi-ks/#wtks-tick-change-password'],
  ['срок токена какой', '/services/token/#token-eis-set-term'],
  ['напоминалка срок', '/tools/reminder/'],
  ['гоис это чё', '/reference/glossary/#gois'],
  ['распечатать всё', '/print/'],
  ['база знаний еис', '/support/knowledge-base/#база-знаний-еис'],
  ['консультация или ошибка', '/support/create-request/#вид-обращения-консультация-или-ошибка'],
  ['сервисы отдачи чё такое', '/reference/glossary/#output-services'],
  ['права рис', '/services/ris-rights/'],
  ['срок решения обращения', '/support/request-statuses/#плановый-срок-решения'],
  ['с чего начать плиз', '/tools/start/'],
  ['xml файлы обращение', '/support/create-request/#обращение-по-вопросам-интеграции'],
  ['телега еис канал', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  ['админ организации кто', '/reference/glossary/#org-administrator'],
  ['глоссарий', '/reference/glossary/'],
  ['чё поменялось в инструкциях', '/reference/changes/'],

  // вопросы живой речью
  [
    'нач попросила настроить чтоб план-график уходил из веб торгов в еис, с чего начинать вообще?',
    '/connect/https-credentials/',
  ],
  [
    'а кто может получить пароль для интеграции, у меня учетка обычная практиканта, не админ',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'нажала ссылку про https второй раз и теперь в веб торгах пароль не работает чё делать',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'закрыла окошко с паролем а записать не успела, как теперь его посмотреть',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'после того как скопировала пароль надо жать сохранить в регданных или нет',
    '/connect/https-credentials/#https-close-with-cancel',
  ],
  [
    'зачем кнопка продолжить в окне с логином, можно просто крестиком закрыть?',
    '/connect/https-credentials/#https-press-continue',
  ],
  [
    'забыла нажать продолжить, пароль теперь не постоянный?',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  ['куда в веб торгах вбивать логин от еис', '/connect/web-torgi-ks/#шаги'],
  [
    'пароль в веб-торгах 2 раза вводить? там два поля почему',
    '/connect/web-torgi-ks/#wtks-enter-password-twice',
  ],
  [
    'какие обязательные поля в окне регданных в веб торгах, не понимаю чё туда писать',
    '/connect/web-torgi-ks/#wtks-fill-required-fields',
  ],
  [
    'сохранила логин пароль, документ сам уйдет или заново отправлять надо',
    '/connect/web-torgi-ks/#wtks-resend-document',
  ],
  [
    'у нас сельсовет перерегистрировался в еис и планы теперь не отправляются, чё менять',
    '/connect/re-registration/',
  ],
  ['токену какой срок ставить, можно лет на 10?', '/services/token/#token-eis-set-term'],
  [
    'как узнать наша система зарегана как рис или нет',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  ['токен или рис чё нам надо, мы маленький сельсовет в районе', '/services/overview/'],
  [
    'где в веб торгах режим настройка взаимодействия с сервисами еис, не нахожу в меню',
    '/services/token/#token-open-services-mode',
  ],
  ['внесла токен в веб торгах а как сохранить непонятно', '/services/token/#token-wtks-enter-term'],
  [
    'заполнила настройку взаимодействия с сервисами а ничего не поменялось вообще',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  ['какую дату ставить в правах доступа для рис', '/services/ris-rights/#ris-set-access-date'],
  [
    'какой флажок ставить для рис в окне прав доступа',
    '/services/ris-rights/#ris-set-participants-info-flag',
  ],
  [
    'надо ли перезаходить в лк после того как выдала себе права',
    '/services/ris-rights/#ris-relogin-as-admin-authority',
  ],
  [
    'не могу найти рис нашей области в перечне, какой у нее код',
    '/reference/troubleshooting/#err-ris-not-found',
  ],
  [
    'у нас еще роль уполномоченное учреждение, чё доп делать с рис',
    '/services/ris-rights/#ris-sign-access-rights',
  ],
  [
    'для чего идентификатор эдо и куда его потом вводить',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  [
    'какую дату писать в срок действия идентификатора эдо, там руками надо',
    '/activation/edo-identifier/#edo-fill-expiry-date',
  ],
  [
    'кто может выдать идентификатор эдо, глава поселения или админ?',
    '/activation/edo-identifier/#кто-может-это-сделать',
  ],
  [
    'идентификатор эдо скопировала и потеряла, можно его заново глянуть?',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  [
    'срок идентификатора эдо кончился, продлить можно как то',
    '/reference/troubleshooting/#err-edo-expired',
  ],
  [
    'как сделать чтоб сайт напомнил про срок токена, я забуду точно',
    '/tools/reminder/#добавить-напоминание',
  ],
  [
    'можно дату окончания в календарь на телефоне закинуть',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  [
    'как написать в тп еис если в лк не пускает',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  [
    'чё прикладывать к обращению если из веб торгов не уходит план-график',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  [
    'какую галочку ставить в обращении про интеграцию',
    '/support/create-request/#tick-integration-flag',
  ],
  [
    'где взять эти xml файлы обмена для тп, у меня их нет',
    '/reference/troubleshooting/#err-integration-request-files',
  ],
  [
    'обращение закрылось само хотя мне не помогли, почему так',
    '/support/request-statuses/#когда-обращение-закрывается',
  ],
  [
    'тп прислала запрос информации, сколько дней есть ответить',
    '/support/request-statuses/#что-означают-статусы',
  ],
  [
    'не ответила на запрос информации вовремя и обращение закрыли, чё теперь',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'хочу узнать когда решат моё обращение, еще одно создать?',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  [
    'в новостях еис висит про недоступность функций, писать в тп или ждать',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'писала в тп про сбой а его уже в новостях описали и мое обращение закрыли',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  [
    'можно в одном обращении написать про две проблемы сразу',
    '/support/create-request/#четыре-правила-обращения',
  ],
  [
    'с какого числа обязательно ставить да про закупку малого объема в обращении',
    '/support/create-request/#set-small-purchase-flag',
  ],
  [
    'я практикантка, настраиваю за сельсовет и еще за школу с садиком, можно отметки раздельно вести',
    '/tools/progress/#organizacii',
  ],
  ['как перенести отметки на другой комп, хочу дома доделать', '/tools/progress/#perenos'],
  [
    'где в базе знаний еис частые вопросы искать',
    '/support/knowledge-base/#часто-задаваемые-вопросы-faq',
  ],

  // сообщения об ошибках
  [
    'пишет логин или пароль некорректны при отправке в еис',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  ['ошибка некоректный логин и пароль', '/reference/troubleshooting/#err-login-password-incorrect'],
  [
    'ошибка о несоответствии регистрационных данных пользователя в еис',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'выдает несоответствие рег данных пользователя в ЕИС при отправке плана',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'Обнаружено несовпадение данных сертификата с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'у главы при входе пишет обнаружено несовпадение данных сертификата',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'Информация о недоступности отдельных функций ЕИС в сфере закупок',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'еис предлагает установить плагин когда создаю обращение',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'работа с обращениями в статусе закрыто далее не осуществляется',
    '/reference/troubleshooting/#err-request-closed',
  ],
  [
    'нет блока Права доступа к РИС в настройке взаимодействия',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  [
    'в администрировании не появился перечень региональных информационных систем',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  ['срок действия токена истек', '/reference/troubleshooting/#err-token-expired'],
  [
    'истёк срок действия идентификатора участника эдо',
    '/reference/troubleshooting/#err-edo-expired',
  ],
  [
    'пишет пользователь организации не зарегистрирован в еис',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  [
    'консультация закрыта автоматически без возможности переоткрытия',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],

  // раскладка, транслит, опечатки
  ['gfhjkm lkz byntuhfwbb', '/connect/https-credentials/'],
  ['где взять njrty', '/reference/troubleshooting/#err-token-where'],
  ['ghfdf ljcnegf hbc', '/services/ris-rights/'],
  ['ntktajy ng tbc', '/support/knowledge-base/#телефоны-поддержки'],
  ['veb torgi parol vvesti', '/connect/web-torgi-ks/'],
  ['identifikator edo srok', '/activation/edo-identifier/#edo-fill-expiry-date'],
  ['перерегистрацыя арганизации логин', '/connect/re-registration/'],
  ['обрашение в тех подержку как создать', '/support/create-request/'],

  // своими словами
  ['связка веб торгов с госзакупками как сделать', '/'],
  [
    'ссылка которая каждый раз пароль сбрасывает, какую не трогать',
    '/connect/https-credentials/#https-click-alt-integration-link',
  ],
  ['штука которая записывает мои клики для тп', '/reference/glossary/#action-recording-plugin'],
  ['тикет в тп висит в работе, когда ответят', '/support/request-statuses/#плановый-срок-решения'],
  [
    'ключик для сервисов отдачи в лк заказчика в каком меню',
    '/services/token/#token-open-issue-settings',
  ],
  [
    'трижды переоткрывала консультацию и всё, закрыли насовсем',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],
  ['сайт куда то сливает чё я ищу?', '/tools/progress/#что-сайт-отправляет'],
];

export const HELD_OUT_43a = CORPUS_43a;
