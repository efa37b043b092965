/**
 * Corpus 37a: reader questions for the site's search, written on 2026-12-06 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: the accountant of a rural school who does everything for the school alone: two or three keywords in lower case, no prepositions, typos and missed letters, now and then a word in capitals.
 * Written at the start of round 17 to the brief of corpora 25–36 and held out whole, as decided
 * before they arrived: never learned, never tuned on. Measured on arrival with round 16's last
 * engine. Kept in the order written.
 */
import type { Query } from './search-queries';

export const CORPUS_37a: readonly Query[] = [
  // короткие запросы
  ['пароль для интерграции еис', '/connect/https-credentials/'],
  ['логин пароль вебторги куда', '/connect/web-torgi-ks/#шаги'],
  ['перерегистрация новый пароль', '/connect/re-registration/'],
  ['токен или рис', '/services/overview/'],
  ['права рис 01.01.2022', '/services/ris-rights/#шаги'],
  ['идентификатр эдо', '/activation/edo-identifier/'],
  ['где мои обращения', '/support/request-statuses/#где-смотреть-свои-обращения'],
  ['база знаний ЕИС', '/support/knowledge-base/#база-знаний-еис'],
  ['гоис это', '/reference/glossary/#gois'],
  ['инструкция пдф', '/print/'],
  ['список напоминаний', '/tools/reminder/#vashi-napominaniya'],
  ['код рис субьекта', '/services/ris-rights/#что-понадобится'],
  ['рис это что', '/reference/glossary/#ris'],
  ['срок решения обращения', '/support/request-statuses/#плановый-срок-решения'],
  ['что нового по ошибкам', '/reference/changes/#page-reference-troubleshooting'],
  ['опросник', '/tools/start/'],
  ['расшифровка ЭТП', '/reference/glossary/#etp'],
  ['телеграм канал еис', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  [
    'консультацию или ошибку выбрать',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  ['faq еис', '/support/knowledge-base/#часто-задаваемые-вопросы-faq'],
  ['разделы сайта', '/#как-устроен-сайт'],
  ['малый обьем что такое', '/reference/glossary/#small-volume-purchase'],
  ['срок эдо напомнить', '/activation/edo-identifier/#напоминание-о-сроке'],
  ['черновик обращения где', '/support/request-statuses/#страница-техническая-поддержка'],
  ['ошибки вебторги еис список', '/reference/troubleshooting/'],

  // вопросы живой речью
  ['где взять логин и пароль чтобы план график уходил в еис', '/connect/https-credentials/'],
  [
    'кто должен получать пароль в еис директор или я сама',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'пароль потом постоянный будет или каждый раз новый',
    '/connect/https-credentials/#что-получится',
  ],
  ['не могу зайти в веб торги сама, кому звонить', '/connect/web-torgi-ks/#что-понадобится'],
  [
    'ввела пароль в торги, а документы которые раньше не ушли заново отправлять?',
    '/connect/web-torgi-ks/#что-получится',
  ],
  ['кто в веб торгах может токен вносить', '/services/token/#кто-может-это-сделать'],
  ['на какой срок токен ставить', '/services/token/#шаги'],
  ['токен скоро кончиться как продлить', '/services/token/#что-дальше'],
  [
    'как узнать наши веб торги зарегестрированы как рис или нет и что тогда заполнять',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'эта настройка сервисов еис вообще на что то влияет?',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'под каким пользователем заходить чтобы права на рис дать',
    '/services/ris-rights/#кто-может-это-сделать',
  ],
  ['какие галочки ставить в правах доступа для рис и какую дату', '/services/ris-rights/#шаги'],
  ['что должно появиться когда права рис настроишь', '/services/ris-rights/#что-получится'],
  ['какую дату писать в срок действия у идентификатора эдо', '/activation/edo-identifier/#шаги'],
  [
    'как продлить идентификатор эдо пока не кончился',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  [
    'напоминания для каждой школы отдельно подписать можно?',
    '/tools/reminder/#добавить-напоминание',
  ],
  [
    'сайт мои данные куда нибудь отправляет? пароли не уходят?',
    '/tools/progress/#что-сайт-отправляет',
  ],
  ['не знаю что мне настраивать, помогите разобраться с чего', '/tools/start/'],
  [
    'можно написать в поддерку без входа в кабинет, просто через сайт?',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  [
    'можно в одном обращении несколько вопросов написать',
    '/support/create-request/#четыре-правила-обращения',
  ],
  [
    'в новостях написано про сбой, писать в поддержку или ждать',
    '/support/knowledge-base/#новости-и-уведомления',
  ],
  [
    'что делать сначала если что то сломалось, звонить или писать',
    '/support/knowledge-base/#порядок-действий-при-проблеме',
  ],
  [
    'где в базе знаний видео про доп соглашения',
    '/support/knowledge-base/#как-найти-нужный-материал',
  ],
  [
    'как посмотреть обращения всей организации а не только мои',
    '/support/request-statuses/#где-смотреть-свои-обращения',
  ],
  [
    'какой кнопкой переоткрыть обращение если решение не помогло',
    '/support/request-statuses/#что-означают-статусы',
  ],
  ['мне бухгалтеру школы этот сайт подойдет или он для админов', '/#для-кого-этот-сайт'],
  [
    'чем администратор организации отличается от лица уполномоченного руководителем',
    '/reference/glossary/#org-administrator',
  ],
  [
    'какие файлы прикладывать к обращению по интеграции и где их взять',
    '/reference/troubleshooting/#err-integration-request-files',
  ],
  [
    'консультацию три раза переоткрывала, закрыли, что теперь',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],
  [
    'мое обращение закрыли потому что в новостях есть, а у меня всё равно НЕ РАБОТАЕТ',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  [
    'не записала идентификатор эдо, можно его еще раз посмотреть где то?',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  [
    'у нас школа еще уполномоченное учреждение, рис всё равно не работает что делать',
    '/reference/troubleshooting/#err-extra-roles',
  ],
  [
    'документ не уходит в еис, не пойму какая у меня ошибка',
    '/reference/troubleshooting/#diagnostic',
  ],
  [
    'всё перепробовала ничего не помогло куда теперь',
    '/reference/troubleshooting/#if-nothing-helped',
  ],
  ['откуда вообще брать токен, в торгах его нет', '/reference/troubleshooting/#err-token-where'],

  // сообщения об ошибках
  ['логин или пароль некорректны', '/reference/troubleshooting/#err-login-password-incorrect'],
  [
    'ошибка о несоответствии регистрационных данных пользователя в еис при отправке',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'Обнаружено несовпадение данных сертификата с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'информация о недоступности отдельных функций еис',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'пишет установите плагин когда обращение создаю',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'консультация закрыта автоматически без возможности переоткрытия а там была ошибка',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'вчера пароль работал сегодня не подходит, коллега в еис ссылку про https нажимала',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'нажала сохранить в регистрационных данных еис и пароль в торгах не подходит',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'закрыла окошко с паролем не успела списать',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'забыла нажать продолжить когда пароль показали',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  [
    'пишет пользователь не зарегистрирован в еис при отправке',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  [
    'не появился пункт перечень региональных информационных систем',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  ['блока права доступа к рис нету', '/reference/troubleshooting/#err-ris-block-missing'],
  ['истек срок действия идентификатора эдо', '/reference/troubleshooting/#err-edo-expired'],
  [
    'статус решено а через неделю стало закрыто',
    '/reference/troubleshooting/#err-request-resolved-closed',
  ],
  [
    'закрыто без возможности переоткрытия не ответила на запрос информации',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'настройку взаимодействия с сервисами заполнила ничего не изменилось',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],

  // раскладка, транслит, много опечаток
  ['gfhjkm tbc', '/connect/https-credentials/'],
  ['njrty cthdbcs jnlfxb', '/services/token/'],
  ['ukjccfhbq', '/reference/glossary/'],
  ['gththtubcnhfwbz', '/connect/re-registration/'],
  ['cnfnec j,hfotybz', '/support/request-statuses/#что-означают-статусы'],
  ['yfgjvbyfybt', '/tools/reminder/'],
  ['kak sozdat obrashenie v podderzhku eis', '/support/create-request/#шаги'],
  ['prava dostupa ris', '/services/ris-rights/'],
  [
    'идинтификтор эдо гдн вводить в вебторгах',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  ['рис нашего субьекта в пеечне не нахожу', '/reference/troubleshooting/#err-ris-not-found'],

  // своими словами
  ['как связать веб торги с госзакупками', '/'],
  [
    'тикет висит, новый писать чтоб поторопили?',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  ['изменения инструкции на почту получать можно?', '/reference/changes/'],
  ['заявку в техподдержку госзакупок подать', '/support/create-request/#шаги'],
  ['тикет закрыли а проблема осталась', '/reference/troubleshooting/#err-request-closed'],
  ['горячая линия госзакупок', '/support/knowledge-base/#телефоны-поддержки'],
  ['акты приемки с госзакупок загрузить в программу', '/activation/edo-identifier/'],
  ['шпаргалку на бумаге распечатать', '/print/'],
  ['где я остановилась, галочки по шагам', '/tools/progress/#vse-spiski'],
  [
    'записалка действий для техподдержки что за программа',
    '/reference/glossary/#action-recording-plugin',
  ],
  ['сервисы отдачи это что за зверь', '/reference/glossary/#output-services'],
  [
    'бухгалтерия одна за школу и садик, как вести несколько учреждений',
    '/tools/progress/#organizacii',
  ],
  ['ключ для выгрузки с госзакупок просрочился', '/reference/troubleshooting/#err-token-expired'],
];

export const HELD_OUT_37a = CORPUS_37a;
