/**
 * Corpus 30a: reader questions for the site's search, written on 2026-12-06 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: a regional theatre's contract manager who did the integration once three years ago and remembers it wrongly: old or wrong names of menus and buttons, «какой-то ключ», «какая-то галочка».
 * Written to the same brief as corpora 25 and 26 (a set share of wrong layouts, translit, pasted
 * messages and words the site does not use) to be learned; but learned on trial (round 15) they
 * moved only the held-out corpora written to the same brief (25 and 26: +5 first places of 400),
 * not the older held-out sets (−1 of 2386) nor the older tuning sets (−2), for 6 KB more search
 * data. So they are held out whole: measured on arrival with round 15's engine, never learned and
 * never tuned on. Kept in the order written.
 */
import type { Query } from './search-queries';

export const CORPUS_30a: readonly Query[] = [
  // короткие запросы
  ['пароль интеграции еис', '/connect/https-credentials/'],
  ['логин еис в веб торги', '/connect/web-torgi-ks/'],
  ['регистрацонные данные в еис веб-торги', '/connect/web-torgi-ks/#шаги'],
  ['перерегистрация учреждения еис', '/connect/re-registration/'],
  ['токин сервисы отдачи', '/services/token/'],
  ['код рис субъекта', '/services/ris-rights/#что-понадобится'],
  ['рис или токен что выбрать', '/services/overview/#как-понять-какой-путь-ваш'],
  ['идентификатор эдо', '/activation/edo-identifier/'],
  ['горячая линия еис', '/support/knowledge-base/#телефоны-поддержки'],
  ['статусы заявки в тп еис', '/support/request-statuses/#что-означают-статусы'],
  ['черновики обращений где', '/support/request-statuses/#страница-техническая-поддержка'],
  ['ГоИС расшифровка', '/reference/glossary/#gois'],
  ['еис интеграция главная', '/'],
  ['не найти рис в перечне', '/reference/troubleshooting/#err-ris-not-found'],
  ['распечатать инструкцию', '/print/'],
  ['изменения инструкций', '/reference/changes/'],
  ['напоминание срок токена', '/tools/reminder/'],
  ['база знаний еис', '/support/knowledge-base/#база-знаний-еис'],
  ['канал еис телеграм макс', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  ['малый обьем обращение', '/support/create-request/#шаги'],
  ['консультация или ошибка', '/support/create-request/#вид-обращения-консультация-или-ошибка'],
  ['электронное активирование', '/reference/glossary/#electronic-activation'],
  ['опросник с чего начать', '/tools/start/'],
  ['разделы сайта', '/#как-устроен-сайт'],
  ['СТП это кто', '/reference/glossary/#stp'],

  // вопросы живой речью
  [
    'три года назад делала связку с еис, там была ссылка, которая выдаёт логин и пароль для веб-торгов. она так же называется или что-то поменялось?',
    '/connect/https-credentials/#шаги',
  ],
  [
    'кто у нас должен получать в еис логин для веб-торгов — я контрактный управляющий или только директор с правами руководителя?',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'помню, что в веб-торгах логин от еис вбивала где-то в профиле пользователя, а сейчас не нахожу. куда его теперь вводить?',
    '/connect/web-torgi-ks/#шаги',
  ],
  [
    'у нас в регионе веб-торги зарегистрированы как рис или нет — как это узнать и что от этого зависит?',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'правда что настройка сервисов еис в веб-торгах вообще ни на что не влияет? это до сих пор так или уже поменялось?',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'мне сказали получить токен в кабинете заказчика, в каком меню его выдают и на какой срок ставить, можно сразу на несколько лет?',
    '/services/token/#шаги',
  ],
  [
    'в прошлый раз я ставила дату 01.01.2022 в каком-то окне с правами для рис, сейчас тоже её ставить или уже другую?',
    '/services/ris-rights/#шаги',
  ],
  [
    'кто должен делать права доступа к рис — админ организации или кто-то с полномочием от руководителя? у нас это разные люди',
    '/services/ris-rights/#кто-может-это-сделать',
  ],
  [
    'как понять, что права для рис выданы и всё заработало? что должно появиться в кабинете?',
    '/services/ris-rights/#что-получится',
  ],
  [
    'кто в веб-торгах может открыть режим настройки сервисов еис, у меня его не видно',
    '/services/token/#кто-может-это-сделать',
  ],
  [
    'где в веб-торгах вводить идентификатор эдо для загрузки актов приёмки? в прошлый раз это делал админ, я не помню',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  [
    'нужен идентификатор для эдо на нового бухгалтера, как его выписать в кабинете еис?',
    '/activation/edo-identifier/#шаги',
  ],
  [
    'можно ли посмотреть уже выданный идентификатор эдо ещё раз? я его не сохранила, или только делать новый?',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  [
    'как написать в поддержку еис, если в личный кабинет не пускает вообще?',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  [
    'сколько дней у меня есть, чтобы ответить техподдержке на их запрос, пока обращение не закрыли?',
    '/support/request-statuses/#что-означают-статусы',
  ],
  [
    'обращение в статусе решено, но на деле ничего не решено. сколько времени есть, чтобы вернуть его в работу?',
    '/support/request-statuses/#когда-обращение-закрывается',
  ],
  [
    'я веду закупки ещё за две подведомственные школы искусств, можно на сайте отмечать шаги по каждой отдельно?',
    '/tools/progress/#organizacii',
  ],
  [
    'ваш сайт куда-то отправляет мои отметки и то что я ищу? у нас безопасник спрашивает',
    '/tools/progress/#что-сайт-отправляет',
  ],
  [
    'можно напоминание об окончании срока токена скинуть себе в календарь outlook?',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  [
    'я не понимаю, что из всего этого нужно нашему театру. есть какой-нибудь опрос, который скажет, что делать по порядку?',
    '/tools/start/',
  ],
  [
    'что поменялось в инструкциях за последнее время? у меня распечатка старая',
    '/reference/changes/',
  ],
  [
    'меняли что-нибудь в инструкции про токен? делала по старой версии',
    '/reference/changes/#page-services-token',
  ],
  [
    'хочу распечатать все инструкции одним файлом в pdf для новой сотрудницы, где это сделать?',
    '/print/',
  ],
  ['этот сайт официальный от еис или нет? для кого он вообще сделан?', '/#для-кого-этот-сайт'],
  [
    'чем отличается администратор организации от лица, уполномоченного руководителем? в карточке два похожих полномочия, я путаюсь',
    '/reference/glossary/#org-administrator',
  ],
  [
    'если организацию перерегистрировали, еис сама выдаёт новый логин и пароль? и что потом с ними делать в веб-торгах?',
    '/connect/re-registration/',
  ],
  [
    'в окне регистрационных данных в веб-торгах есть ещё какие-то обязательные поля, что в них писать?',
    '/connect/web-torgi-ks/#шаги',
  ],
  [
    'как найти в базе знаний еис руководство по электронным допсоглашениям?',
    '/support/knowledge-base/#как-найти-нужный-материал',
  ],
  [
    'какие разделы есть в частых вопросах на zakupki, есть там что-нибудь про электронное активирование?',
    '/support/knowledge-base/#часто-задаваемые-вопросы-faq',
  ],
  [
    'можно в одном обращении описать сразу две проблемы — с паролем и с рис? или надо по отдельности?',
    '/support/create-request/#четыре-правила-обращения',
  ],
  [
    'куда смотреть свои обращения в еис и видно ли там обращения коллег из бухгалтерии?',
    '/support/request-statuses/#где-смотреть-свои-обращения',
  ],
  [
    'пароль, который выдаёт еис для веб-торгов, теперь постоянный или его раз в сколько-то месяцев надо менять? раньше вроде менялся',
    '/connect/https-credentials/#что-получится',
  ],

  // сообщения об ошибках
  [
    'ошибка о некорректности логина и пароля при отправке в ЕИС',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'при отправке плана-графика: несоответствие регистрационных данных пользователя в ЕИС',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    '"Обнаружено несовпадение данных сертификата с данными зарег..." у директора при входе',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'висит «Информация о недоступности отдельных функций ЕИС в сфере закупок» — ждать или писать?',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'при создании обращения вылезает предложение установить плагин',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'в администрировании не появился перечень региональных информационных систем после выдачи прав',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  [
    'в настройке взаимодействия нет блока права доступа к рис',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  [
    'обращение само закрылось через 7 рабочих дней, не успели ответить на запрос информации',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'пароль в веб торгах перестал подходить, коллега опять нажала ссылку про https',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'закрыла окошко с логином и паролем и ничего не записала',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'не нажала продолжить когда еис показала пароль, теперь не подходит',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  [
    'нажала сохранить в регистрационных данных еис и пароль слетел',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  ['истек срок действия токена что теперь', '/reference/troubleshooting/#err-token-expired'],
  [
    'закрыто без возможности переоткрытия, проблема описана в новостях, а у нас так и не работает',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  [
    'консультацию закрыли после трёх переоткрытий',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],
  [
    'обращение-консультацию закрыли автоматом, а мы там писали про ошибку',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'пользователь организации не зарегистрирован в еис — веб-торги так пишут при отправке',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  [
    'заполнили настройку сервисов еис в веб-торгах, а ничего не поменялось',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],

  // неверная раскладка, транслит, опечатки
  ['gfhjkm lkz byntuhfwbb tbc', '/connect/https-credentials/'],
  ['njrty lkz cthdbcjd jnlfxb', '/services/token/'],
  ['ntktajy gjllth;rb tbc', '/support/knowledge-base/#телефоны-поддержки'],
  ['cnfnec j,hfotybz', '/support/request-statuses/#что-означают-статусы'],
  ['kak vvesti parol ot eis v web torgi', '/connect/web-torgi-ks/#шаги'],
  ['pereregistraciya organizacii v eis novyi login', '/connect/re-registration/'],
  ['glossarii sokrashenii eis', '/reference/glossary/'],
  ['идинтификатор эдо гдеполучить', '/activation/edo-identifier/#шаги'],
  ['прова доступа к рис субекта', '/services/ris-rights/'],
  ['как сделать обрашение в тех подержку еис пошагово', '/support/create-request/#шаги'],

  // своими словами
  [
    'где в кабинете еис кнопка «сгенерировать пароль» для веб-торгов, раньше вроде была во вкладке «интеграция»',
    '/connect/https-credentials/#шаги',
  ],
  [
    'в прошлый раз брали в кабинете заказчика какой-то ключ со сроком годности и вставляли в веб-торги — что это было?',
    '/reference/glossary/#token',
  ],
  [
    'в веб-торгах была какая-то галочка, чтобы пароль поменять, без неё не сохранялось. она ещё есть?',
    '/connect/web-torgi-ks/#шаги',
  ],
  [
    'какую-то галочку ставили в заявке в техподдержку, чтобы она ушла к интеграторам',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  [
    'связка веб-торги еис отвалилась, план-график не выгружается, с чего начать разбираться',
    '/reference/troubleshooting/#diagnostic',
  ],
  [
    'ключик для электронной приёмки протух, где его перевыпустить',
    '/reference/troubleshooting/#err-edo-expired',
  ],
  [
    'тикет в техподдержке висит в работе уже неделю, накидать ещё один, чтобы поторопились?',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  [
    'запись экрана для техподдержки еис обязательно прикладывать?',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  [
    'не могу найти в веб-торгах, куда вставлять этот токен, в меню нет такого пункта',
    '/services/token/#шаги',
  ],
  [
    'всё перепробовала по вашему списку ошибок, ничего не помогло, кому теперь звонить',
    '/reference/troubleshooting/#if-nothing-helped',
  ],
  ['перетащить свои галочки по шагам с домашнего компа на рабочий', '/tools/progress/#perenos'],
  [
    'не пускает в кабинет еис, а тикет надо завести срочно',
    '/reference/troubleshooting/#err-cannot-login-request',
  ],
  [
    'тикет закрыли, а проблема с выгрузкой осталась — переоткрыть его как-то можно?',
    '/reference/troubleshooting/#err-request-closed',
  ],
  [
    'подключение к региональной системе в кабинете заказчика, там галочка про участников закупки и кнопка подписать',
    '/services/ris-rights/#шаги',
  ],
  [
    'напоминалки по срокам для каждого учреждения можно подписать отдельно?',
    '/tools/reminder/#добавить-напоминание',
  ],
];

export const HELD_OUT_30a = CORPUS_30a;
