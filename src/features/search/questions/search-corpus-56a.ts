/**
 * Corpus 56a: reader questions for the site's search, written on 2026-12-07 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: Тимур, 36, контрактный управляющий областного краеведческого музея; пишет как коллеге в рабочий чат: разговорно, «слушай», «а вот», «короче», жалобы на систему, иногда два вопроса в одном сообщении, почти без заглавных и точек.
 * Held out whole, as decided before it arrived: never learned, never tuned on. Kept in the order
 * written.
 */
import type { Query } from './search-queries';

export const CORPUS_56a: readonly Query[] = [
  [
    'слушай а где в еис вообще берется логин и пароль чтоб веб торги могли план-график туда слать',
    '/connect/https-credentials/#шаги',
  ],
  [
    'короче нажал второй раз ссылку про https и теперь из торгов ничего не уходит, это из-за этого?',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  ['логин пароль для интеграции', '/connect/https-credentials/'],
  ['куда в вебторгах вбивать пороль от еис, в настройках не нашел', '/connect/web-torgi-ks/#шаги'],
  ['kjuby gfhjkm tbc', '/connect/https-credentials/'],
  [
    'еис пишет что логин или пароль некорректны хотя я все копировал как есть, достало уже',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'а вот данные для https получать может только директор или админ? у меня прав админа в лк нет',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  ['галка сменить пароль в торгах зачем она', '/connect/web-torgi-ks/#шаги'],
  [
    'закрыл окошко с паролем и не записал, все теперь?',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  ['продолжить не нажал в окне с паролем', '/reference/troubleshooting/#err-continue-not-pressed'],
  [
    'слушай нажал сохранить в регистрационных данных пользователя и пароль опять слетел, почему так',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'у нас бухгалтерия и я оба лазим в рег данные в еис и пароль в торгах постоянно сбивается, как это прекратить',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'ошибка о несоответствии регистрационных данных пользователя в еис',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'после перерегестрации организации что делать с логином в веб-торгах',
    '/connect/re-registration/',
  ],
  [
    'новые логин пароль ввел а несоответствие рег данных все равно вылазит, что за фигня',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'пароль когда постоянным становится? или он временный после генерации',
    '/connect/https-credentials/#шаги',
  ],
  ['пробел в конце пароля попал', '/reference/troubleshooting/#err-login-password-incorrect'],
  [
    'какие документы торги вообще отправляют в еис, только план-график или контракты тоже',
    '/connect/https-credentials/#что-получится',
  ],
  [
    'обязательные поля в окне регистрационных данных в торгах какие заполнять, там пусто',
    '/connect/web-torgi-ks/#шаги',
  ],
  [
    'новый сотрудник не зарегистрирован в еис как пользователь организации, может он отправлять из торгов? и как его зарегать',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  [
    'у директора при входе в еис обнаружено несовподение данных сертификата с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'еис опять лежит, в новостях висит недоступность отдельных функций, писать в тп или ждать',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'план закупок не уходит в еис, с чего хоть начать копать',
    '/reference/troubleshooting/#diagnostic',
  ],
  [
    'токен или рис, я вообще не понимаю что нам надо',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'настройка взаимодействия с сервисами еис это вообще зачем',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'заполнил токен в торгах и ноль реакции, ничего не поменялось, так и должно быть?',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  ['не знаю где брать токен для сервисов отдачи', '/reference/troubleshooting/#err-token-where'],
  ['как получить токен в лк заказчика по шагам', '/services/token/#шаги'],
  ['на какой срок токен ставить', '/services/token/#шаги'],
  ['njrty bcntr', '/reference/troubleshooting/#err-token-expired'],
  [
    'у токена срок через месяц кончается, продлить его как-то можно',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  ['разрешить использование сервисов отдачи флажок где', '/services/token/#шаги'],
  ['сервисы отдачи это что вообще такое', '/reference/glossary/#output-services'],
  ['рис что за зверь', '/reference/glossary/#ris'],
  ['ghfdf ljcnegf r hbc', '/services/ris-rights/'],
  ['как настроить права доступа к рис пошагово', '/services/ris-rights/#шаги'],
  [
    'в администрировании нет пункта перечень региональных информационных систем, все галки вроде поставил',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  [
    'не могу найти наш регион в перечне рис, код рис где узнать',
    '/reference/troubleshooting/#err-ris-not-found',
  ],
  [
    'блока права доступа к рис нету в настройке взаимодействия',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  ['дату предоставления доступа для рис какую ставить', '/services/ris-rights/#шаги'],
  [
    'а вот у нас кроме заказчика еще роль уполномоченное учреждение, права на рис второй раз делать надо?',
    '/services/ris-rights/#шаги',
  ],
  [
    'кто должен права рис выдавать, админ организации или кто',
    '/services/ris-rights/#кто-может-это-сделать',
  ],
  [
    'права рис настроил для заказчика, а у нас еще уполномоченный орган и в рис ничего не работает',
    '/reference/troubleshooting/#err-extra-roles',
  ],
  ['идентефикатор участника эдо где получить', '/activation/edo-identifier/#шаги'],
  ['электронное активирование это что', '/reference/glossary/#electronic-activation'],
  [
    'хотим документы приемки из еис забирать, что для этого надо сделать',
    '/activation/edo-identifier/',
  ],
  [
    'куда потом вставлять идентификатор эдо в торгах? нигде поля не вижу',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  ['идентификатор эдо просрочился', '/reference/troubleshooting/#err-edo-expired'],
  [
    'слушай я идентификатор эдо скопировал и не сохранил никуда, можно его еще раз посмотреть?',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  ['срок действия идентификатора эдо какой вписывать', '/activation/edo-identifier/#шаги'],
  [
    'после выдачи идентификатора эдо нажал сохранить и в торгах пароль перестал работать',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'ссылка выдача идентификатора участника электронного документооборота где она',
    '/activation/edo-identifier/#шаги',
  ],
  ['напоминалка о сроке токена', '/tools/reminder/'],
  [
    'можно в напоминание вбить сам токен, чтоб не потерять его?',
    '/tools/reminder/#добавить-напоминание',
  ],
  [
    'дату окончания в календарь аутлука выгрузить можно',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  [
    'напоминание не сохраняется, у нас на работе скрипты в браузере порезаны',
    '/tools/reminder/#добавить-напоминание',
  ],
  [
    'с чего начать вообще, первый раз эту интеграцию настраиваю, предыдущий контрактник уволился и ничего не оставил',
    '/tools/start/',
  ],
  ['план можно коллеге ссылкой скинуть?', '/tools/start/#где-хранится-план'],
  ['сколько шагов я уже отметил где посмотреть', '/tools/progress/'],
  [
    'веду музей и филиал, две организации, как отметки отдельно вести',
    '/tools/progress/#organizacii',
  ],
  ['перенести отметки на другой комп, дома доделать', '/tools/progress/#perenos'],
  [
    'сайт что то отправляет на сервер? безопасник спрашивает',
    '/tools/progress/#что-сайт-отправляет',
  ],
  ['распечатать всю инструкцию целиком', '/print/'],
  ['инструкция в pdf одним файлом есть? начальству на бумаге показать', '/print/'],
  ['что поменялось в инструкциях последнее', '/reference/changes/'],
  ['что поменяли про токен недавно', '/reference/changes/#page-services-token'],
  ['горячая линия zakupki круглосуточная номер', '/support/knowledge-base/#телефоны-поддержки'],
  ['ntktajy nt[gjllth;rb tbc', '/support/knowledge-base/#телефоны-поддержки'],
  ['как написать в техподдержку еис, где там создать обращение', '/support/create-request/#шаги'],
  [
    'консультация или ошибка какой вид обращения выбирать',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  [
    'еис при создании обращения просит поставить какой то плагин, это обязательно?',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'галочка интеграция в обращении когда ставить',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  [
    'какие xml файлы обмена прикладывать и где их вообще брать',
    '/reference/troubleshooting/#err-integration-request-files',
  ],
  [
    'в лк не пускает а надо в поддержку написать',
    '/reference/troubleshooting/#err-cannot-login-request',
  ],
  ['закупка малого обьема в обращении где да ставить', '/support/create-request/#шаги'],
  [
    'статус запрос информации что значит и сколько у меня дней',
    '/support/request-statuses/#что-означают-статусы',
  ],
  [
    'обращение закрылось само, я не успел на их запрос ответить',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'обращение в статусе решено а решение не помогло, как переоткрыть',
    '/support/request-statuses/#что-означают-статусы',
  ],
  [
    'консультацию закрыли автоматом без возможности переоткрытия, за что',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'три раза переоткрывал консультацию и ее закрыли',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],
  ['когда решат мое обращение, где срок видно', '/support/request-statuses/#плановый-срок-решения'],
  [
    'написать повторно чтобы поторопить с обращением можно?',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  ['мои обращения где найти', '/support/request-statuses/#где-смотреть-свои-обращения'],
  ['черновики обращений где лежат', '/support/request-statuses/#страница-техническая-поддержка'],
  [
    'обращение закрыто что дальше с ним делать, проблема то не решена',
    '/reference/troubleshooting/#err-request-closed',
  ],
  [
    'обращение закрыли потому что это уже в новостях было, а у меня до сих пор не работает',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  ['база знаний еис где она, не могу найти', '/support/knowledge-base/#база-знаний-еис'],
  ['faq еис категории вопросов', '/support/knowledge-base/#часто-задаваемые-вопросы-faq'],
  ['телеграм канал у еис есть? и в максе', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  [
    'можно в одном обращении сразу три проблемы описать или по отдельности',
    '/support/create-request/#четыре-правила-обращения',
  ],
  ['гоис это что за система', '/reference/glossary/#gois'],
  [
    'администратор организации это какое полномочие из двух',
    '/reference/glossary/#org-administrator',
  ],
  ['стп расшифровка', '/reference/glossary/#stp'],
  ['этот сайт для заказчиков или для админов системы', '/#для-кого-этот-сайт'],
  ['картинки на сайте не похожи на мой экран, это скрины или что', '/#для-кого-этот-сайт'],
  ['ничего не помогло, куда теперь', '/reference/troubleshooting/#if-nothing-helped'],
  [
    'руководство администратора пункт 1.5.3.3 где искать',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  ['сбои еис новости где смотреть', '/support/knowledge-base/#новости-и-уведомления'],
  [
    'руководство по электронным допсоглашениям в базе знаний где',
    '/support/knowledge-base/#как-найти-нужный-материал',
  ],
  ['оценить работу техподдержки где', '/support/request-statuses/#страница-техническая-поддержка'],
];

export const HELD_OUT_56a = CORPUS_56a;
