/**
 * Corpus 35b: reader questions for the site's search, written on 2026-12-06 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: a young IT specialist of a rural district administration supporting 12 village councils by phone: retells callers, half-remembered error texts, abbreviations, how to explain and print the steps for others.
 * Written at the end of round 16, after its last change to the engine, to the brief of corpora
 * 25–34, and held out whole: never learned, never tuned on. Measured on arrival with round 16's
 * last engine (and, for comparison, with round 15's). Kept in the order written.
 */
import type { Query } from './search-queries';

export const CORPUS_35b: readonly Query[] = [
  // короткие запросы
  ['пароль для интеграции еис', '/connect/https-credentials/'],
  ['логин еис в вебторгах', '/connect/web-torgi-ks/'],
  ['токен отдачи получить', '/services/token/'],
  ['права рис заказчик', '/services/ris-rights/'],
  ['рис или токен какой выбрать', '/services/overview/#как-понять-какой-путь-ваш'],
  ['идентефикатор эдо', '/activation/edo-identifier/'],
  ['телефон поддержки закупки гов', '/support/knowledge-base/#телефоны-поддержки'],
  ['faq база знаний еис', '/support/knowledge-base/#часто-задаваемые-вопросы-faq'],
  ['новости сбои еис', '/support/knowledge-base/#новости-и-уведомления'],
  ['написать обращение в стп', '/support/create-request/#шаги'],
  ['флаг интеграция xml', '/support/create-request/#обращение-по-вопросам-интеграции'],
  ['вкладка закрытые обращения', '/support/request-statuses/#страница-техническая-поддержка'],
  ['гоис расшифровка', '/reference/glossary/#gois'],
  ['сервисы отдачи это', '/reference/glossary/#output-services'],
  ['специализированая этп', '/reference/glossary/#specialized-etp'],
  ['документы приемки', '/reference/glossary/#acceptance-documents'],
  ['лк расшифровка', '/reference/glossary/#lk'],
  ['уполномоченое учреждение роль', '/reference/glossary/#authorized-institution'],
  ['закупка малого обьема 44фз', '/reference/glossary/#small-volume-purchase'],
  ['прогресс по чек листам', '/tools/progress/#vse-spiski'],
  ['печать pdf инструкция', '/print/'],
  ['история изменений', '/reference/changes/'],
  ['изменения токен', '/reference/changes/#page-services-token'],
  ['код рис субъекта', '/reference/troubleshooting/#err-ris-not-found'],
  // вопросы живой речью
  [
    'как получить в личном кабинете еис логин и пароль, чтобы веб-торги отправляли план-график?',
    '/connect/https-credentials/#шаги',
  ],
  [
    'кто у нас может получить логин для интеграции — глава сельсовета или бухгалтер тоже сможет?',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'бухгалтер спрашивает, в каком меню в веб-торгах вбивать логин и пароль от закупок',
    '/connect/web-torgi-ks/#шаги',
  ],
  [
    'зачем вообще режим настройки взаимодействия с сервисами в вебторгах, он на что-то влияет или нет?',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'где в личном кабинете заказчика выдают токен и какой срок лучше ставить?',
    '/services/token/#шаги',
  ],
  [
    'кто в веб-торгах может открыть настройку сервисов еис и где этот режим в меню, не могу найти',
    '/services/token/',
  ],
  [
    'у токена в одном сельсовете через месяц кончается срок — что будет и как его продлить?',
    '/reference/troubleshooting/#err-token-expired',
  ],
  [
    'у районной администрации ещё роль уполномоченного органа — права на рис ей отдельно давать? и как зайти под этой ролью?',
    '/services/ris-rights/#шаги',
  ],
  ['зачем нужен идентификатор участника эдо и где его взять в еис', '/activation/edo-identifier/'],
  [
    'куда потом вставлять идентификатор эдо в веб-торгах, чтобы грузить документы приёмки?',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  [
    'если при выдаче идентификатора эдо нажать сохранить, пароль для интеграции слетит или нет?',
    '/activation/edo-identifier/#шаги',
  ],
  [
    'после перерегистрации организации надо заново получать логин с паролем и вбивать в вебторги?',
    '/connect/re-registration/',
  ],
  [
    'как написать в поддержку еис, если глава не может зайти в личный кабинет',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  [
    'какие файлы прикладывать к обращению, если проблема в связке веб-торги и еис, и где их взять?',
    '/reference/troubleshooting/#err-integration-request-files',
  ],
  [
    'можно в одном обращении написать про проблемы сразу трёх сельсоветов или надо каждое отдельно?',
    '/support/create-request/#четыре-правила-обращения',
  ],
  [
    'когда выбирать консультацию, а когда ошибку при создании обращения в техподдержку?',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  [
    'у сельсовета проблема по закупке малого объёма, что на форме обращения надо отметить?',
    '/support/create-request/#шаги',
  ],
  [
    'где посмотреть, ответила техподдержка на наше обращение или ещё нет',
    '/support/request-statuses/#где-смотреть-свои-обращения',
  ],
  [
    'сколько ждать решения по обращению и можно ли написать ещё раз, чтобы поторопить?',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  [
    'в каких случаях обращение закрывают само, без нас?',
    '/support/request-statuses/#когда-обращение-закрывается',
  ],
  [
    'я веду 12 сельсоветов, можно на сайте вести отметки по каждому отдельно?',
    '/tools/progress/#organizacii',
  ],
  [
    'как перенести отметки с рабочего компа на ноутбук, чтобы не начинать заново',
    '/tools/progress/#perenos',
  ],
  [
    'безопасник спрашивает: сайт куда-то отправляет то, что мы вводим в поиск?',
    '/tools/progress/#что-сайт-отправляет',
  ],
  [
    'как распечатать все инструкции разом, чтобы раздать в сельсоветы и отмечать галочками на бумаге',
    '/print/',
  ],
  [
    'можно поставить напоминание по токену для каждого сельсовета отдельно, подписать чьё?',
    '/tools/reminder/#добавить-напоминание',
  ],
  ['предупреждает ли сама еис, что токен или идентификатор скоро закончится?', '/tools/reminder/'],
  [
    'можно напоминание о сроке закинуть в календарь outlook, чтобы за неделю пиликнуло?',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  [
    'что поменяли недавно в инструкции про ввод пароля в вебторги, надо ли переделывать?',
    '/reference/changes/#page-connect-web-torgi-ks',
  ],
  [
    'ссылку на готовый план из опросника можно скинуть коллеге в другой сельсовет?',
    '/tools/start/',
  ],
  ['этот сайт вообще для кого, поставщикам тоже подойдёт?', '/#для-кого-этот-сайт'],
  [
    'как зарегистрировать нового сотрудника сельсовета в еис, чтобы от него уходили документы?',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  [
    'не понимаю, какая у нас ошибка — есть где по вопросам пройтись и найти свою?',
    '/reference/troubleshooting/#diagnostic',
  ],
  [
    'ничего из списка ошибок не подошло, куда теперь?',
    '/reference/troubleshooting/#if-nothing-helped',
  ],
  [
    'где список напоминаний, которые я уже добавил, и как убрать лишнее?',
    '/tools/reminder/#vashi-napominaniya',
  ],
  [
    'где на сайте перечень всех основных инструкций по настройке, чтобы скинуть ссылки сельсоветам?',
    '/#основные-инструкции',
  ],
  // тексты ошибок
  [
    'ошибка о некорректности логина и пароля при отправке в еис',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'пишет несоответствие регистрационных данных пользователя в ЕИС, документ не уходит',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'у главы при входе "Обнаружено несовпадение данных сертификата с данными зарег..."',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'Информация о недоступности отдельных функций ЕИС в сфере закупок что делать',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'при создании обращения вылезает установите плагин',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'консультация закрыта автоматически без возможности переоткрытия',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'работа с обращениями в статусе закрыто далее не осуществляется',
    '/reference/troubleshooting/#err-request-closed',
  ],
  [
    'обращение автоматически поменяло статус на закрыто через 7 рабочих дней, мы не успели ответить на запрос',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'логин пароль некоректны, а в сельсовете кто-то в регистрационных данных нажал сохранить',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'пароль стал недействительным после того как коллега ещё раз открыл данные для альтернативной интеграции',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'в настройке взаимодействия с сервисами нету блока права доступа к рис',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  [
    'не появился перечень региональных информационных систем в администрировании',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  [
    'истек срок действия идентификатора участника эдо',
    '/reference/troubleshooting/#err-edo-expired',
  ],
  [
    'обращение закрыто, проблема описана в новостях или уведомлениях',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  [
    'было решено, потом само стало закрыто через 7 рабочих дней',
    '/reference/troubleshooting/#err-request-resolved-closed',
  ],
  [
    'консультацию закрыли после 3 переоткрытий',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],
  // не та раскладка, транслит, опечатки
  ['gfhjkm lkz byntuhfwbb', '/connect/https-credentials/'],
  ['njrty cthdbcjd jnlfxb', '/services/token/'],
  ['ntktajy nt[ gjllth;rb tbc', '/support/knowledge-base/#телефоны-поддержки'],
  ['kak sozdat obrashenie v tehpodderzhku eis', '/support/create-request/'],
  ['pereregistraciya organizacii novyj login parol', '/connect/re-registration/'],
  ['идинтификатор учасника эдо гди взять', '/activation/edo-identifier/#шаги'],
  ['ghfdf ljcnegf r hbc', '/services/ris-rights/'],
  ['hfcgtxfnfnm bycnherwb.', '/print/'],
  ['веп торги кс настроки рег даные еис логин', '/connect/web-torgi-ks/#шаги'],
  ['ukjccfhbq', '/reference/glossary/'],
  // свои слова читателя
  ['тикет в саппорт еис как завести', '/support/create-request/#шаги'],
  [
    'апи ключ от госзакупок для вебторгов где генерить',
    '/reference/troubleshooting/#err-token-where',
  ],
  [
    'закрыла окошко с паролем и не переписала, всё пропало?',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'запись экрана для технички госзакупок обязательно прикладывать?',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  [
    'заявка в техничке висит открыто, никто не берёт — это норм?',
    '/support/request-statuses/#что-означают-статусы',
  ],
  ['ключик для электронного активирования на госзакупках', '/activation/edo-identifier/#шаги'],
  [
    'забыли нажать продолжить в окошке с паролем и теперь вебторги не отправляют',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  ['что за стп и тп в инструкциях', '/reference/glossary/#stp'],
  ['мастер который сам скажет что настраивать нашей администрации', '/tools/start/#вопросы'],
  ['где госзакупки пишут что у них всё легло', '/support/knowledge-base/#новости-и-уведомления'],
  [
    'черновик заявки в техподдержку куда делся',
    '/support/request-statuses/#страница-техническая-поддержка',
  ],
  ['гис еис закупки и закупки гов ру это одно и то же?', '/reference/glossary/#eis'],
  ['главная страница сайта что где лежит', '/#как-устроен-сайт'],
  [
    'две учетки администратор организации, какая нужна для токена',
    '/reference/glossary/#org-administrator',
  ],
  [
    'не сохранили эдо-ключ, можно его глянуть ещё раз?',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
];

export const HELD_OUT_35b = CORPUS_35b;
