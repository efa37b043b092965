/**
 * Corpus 27a: reader questions for the site's search, written on 2026-12-06 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: a young accountant of a rural kindergarten who also does procurement, writes like in a messenger chat («плиз», «чё», «короч»), mixes up ЕИС and Web-Торги-КС, often types in the English keyboard layout by mistake.
 * Written to the same brief as corpora 25 and 26 (a set share of wrong layouts, translit, pasted
 * messages and words the site does not use), to be learned: measured once on arrival (round
 * 15's engine, after its other changes), then learned whole (training.ts). Kept in the order
 * written.
 */
import type { Query } from './search-queries';

export const CORPUS_27a: readonly Query[] = [
  // короткие запросы
  ['телефон тп еис', '/support/knowledge-base/#телефоны-поддержки'],
  ['пароль для интеграции https', '/connect/https-credentials/'],
  ['токен для еис получить', '/services/token/'],
  ['рис права выдать', '/services/ris-rights/'],
  ['эдо идентификатор выдать', '/activation/edo-identifier/'],
  ['перерегистрировались пароль новый', '/connect/re-registration/'],
  ['статус в работе значит', '/support/request-statuses/#что-означают-статусы'],
  ['база знаний закупки', '/support/knowledge-base/#база-знаний-еис'],
  ['глосарий', '/reference/glossary/'],
  ['гоис это', '/reference/glossary/#gois'],
  ['рис расшифровка', '/reference/glossary/#ris'],
  ['документы приемки что это', '/reference/glossary/#acceptance-documents'],
  ['чё изменилось', '/reference/changes/'],
  ['изменения инструкция токен', '/reference/changes/#page-services-token'],
  ['плагин фиксации', '/reference/glossary/#action-recording-plugin'],
  ['флажок интеграция', '/support/create-request/#обращение-по-вопросам-интеграции'],
  [
    'консультацию или ошибку выбирать',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  ['канал еис в телеге', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  ['когда решат обращение', '/support/request-statuses/#плановый-срок-решения'],
  ['малый обьем обращение', '/support/create-request/#шаги'],
  ['мои обращения где', '/support/request-statuses/#где-смотреть-свои-обращения'],
  ['faq еис', '/support/knowledge-base/#часто-задаваемые-вопросы-faq'],
  ['тп без лк', '/support/create-request/#обращение-без-входа-в-лк'],
  ['спец этп', '/reference/glossary/#specialized-etp'],
  ['настройка связи вебторги еис', '/'],
  ['разделы сайта', '/#как-устроен-сайт'],

  // вопросы живой речью
  [
    'короч надо чтоб план-график из веб торгов уходил в еис, чё для этого настроить плиз',
    '/connect/https-credentials/',
  ],
  [
    'в вебторгах зашла в администрирование пользователи организации, а где там ссылка на данные для https',
    '/connect/https-credentials/#шаги',
  ],
  [
    'кто у нас может получить этот логин для интеграции, только заведующая или я тоже могу если я не руководитель',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'в еис открыла настройки - регистрационные данные в еис, а вкладки еис нету, куда логин вбивать',
    '/connect/web-torgi-ks/#шаги',
  ],
  [
    'я сохранила пароль в вебторгах, всё уже? и те документы что раньше не ушли можно заново отправить',
    '/connect/web-torgi-ks/#что-получится',
  ],
  [
    'не могу зайти в сами веб торги, а пароль от еис вводить надо, чё делать',
    '/connect/web-torgi-ks/#что-понадобится',
  ],
  [
    'а пароль в веб торги вводить должна я под своей учёткой или админ из района',
    '/connect/web-torgi-ks/#кто-может-это-сделать',
  ],
  [
    'нас перерегистрировали и чё теперь, заново логин получать и в веб торги вбивать?',
    '/connect/re-registration/',
  ],
  [
    'после перерегистрации что делать в еис, а что потом в вебторгах, по порядку плиз',
    '/connect/re-registration/#шаги',
  ],
  [
    'чем токен отличается от прав доступа к рис, какой мне нужен для садика',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'этот режим настройка взаимодействия с сервисами еис вообще на что-то влияет или нет',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'под чьей учёткой в еис заходить чтобы выдать токен, и кто его потом в вебторгах вносит',
    '/services/token/#кто-может-это-сделать',
  ],
  ['какой срок ставить токену, на год или можно больше', '/services/token/#шаги'],
  [
    'права для рис выдала, галки все поставила, дальше чё, перезаходить надо?',
    '/services/ris-rights/#шаги',
  ],
  [
    'после настройки рис что должно появиться в лк, как понять что всё ок',
    '/services/ris-rights/#что-получится',
  ],
  [
    'кто должен делать права доступа к рис, админ организации или руководитель, я запуталась',
    '/services/ris-rights/#кто-может-это-сделать',
  ],
  ['зачем нужен идентификатор эдо и где его взять в веб торгах', '/activation/edo-identifier/'],
  [
    'идентификатор эдо скопировала, а куда его вставлять в вебторгах чтоб акты приемки загружались',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  [
    'у идентификатора эдо какой срок ставить и может сайт напомнить когда кончится',
    '/activation/edo-identifier/#напоминание-о-сроке',
  ],
  [
    'можно в одном обращении спросить и про токен и про пароль или надо два писать',
    '/support/create-request/#четыре-правила-обращения',
  ],
  [
    'у меня чё-то не работает, куда сначала смотреть, сразу звонить или как',
    '/support/knowledge-base/#порядок-действий-при-проблеме',
  ],
  [
    'как в базе знаний найти руководство по допсоглашениям',
    '/support/knowledge-base/#как-найти-нужный-материал',
  ],
  [
    'где смотреть новости еис про сбои, чтоб понять что не только у меня не работает',
    '/support/knowledge-base/#новости-и-уведомления',
  ],
  [
    'что значит статус обращение открыто заново и долго ли ждать',
    '/support/request-statuses/#что-означают-статусы',
  ],
  [
    'в каких случаях обращение само закрывается, у меня уже второе так закрыли',
    '/support/request-statuses/#когда-обращение-закрывается',
  ],
  [
    'на странице техподдержки вкладка черновики и переключатель пользователь организация, это чё такое',
    '/support/request-statuses/#страница-техническая-поддержка',
  ],
  [
    'веду три садика и школу, можно шаги отмечать для каждого отдельно?',
    '/tools/progress/#organizacii',
  ],
  ['как перенести мои отметки с рабочего компа на домашний', '/tools/progress/#perenos'],
  [
    'сайт куда-то отправляет что я ищу? безопасник из управления образования спрашивает',
    '/tools/progress/#что-сайт-отправляет',
  ],
  [
    'хочу напоминалку про токен для каждого садика отдельно, как их подписать чтоб не путать',
    '/tools/reminder/#добавить-напоминание',
  ],
  [
    'токен скоро кончается, как его продлить заранее',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  [
    'еис сама предупредит что срок идентификатора заканчивается или надо самой следить',
    '/tools/reminder/',
  ],
  [
    'не знаю зарегана у нас система как рис или нет, что отвечать в вопросах плиз',
    '/tools/start/#вопросы',
  ],
  [
    'как отправить сам документ из веб торгов в еис, какую кнопку жать, в инструкции не нашла',
    '/connect/web-torgi-ks/#шаги',
  ],
  ['этот сайт для кого, для нас заказчиков или для админов системы', '/#для-кого-этот-сайт'],

  // сообщения об ошибках
  [
    'ошибка о некорректности логина и пароля при отправке в еис',
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
    'информация о недоступности отдельных функций еис в сфере закупок висит, ждать или писать в тп',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'обращение закрыто автоматически без возможности переоткрытия, вид был консультация',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'при создании обращения выскакивает установить плагин',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'закрыто без возможности переоткрытия, не успела ответить на запрос информации',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'нету блока права доступа к рис в настройке взаимодействия',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  [
    'не появился перечень региональных информационных систем',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  ['истек срок действия токена что делать', '/reference/troubleshooting/#err-token-expired'],
  [
    'срок действия идентификатора участника эдо истёк',
    '/reference/troubleshooting/#err-edo-expired',
  ],
  [
    'веб торги не отправляют, пишет вроде пользователь не зарегистрирован в еис',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  [
    'обращение автоматически поменяет статус на закрыто через 7 рабочих дней, а было решено',
    '/reference/troubleshooting/#err-request-resolved-closed',
  ],
  [
    'обращения по описанной в новостях проблеме будут закрыты автоматически',
    '/reference/troubleshooting/#err-request-closed-news',
  ],

  // не та раскладка, транслит, опечатки
  ['ult dpznm njrty', '/reference/troubleshooting/#err-token-where'],
  [
    'yf;fkf cj[hfybnm b gfhjkm jgznm cvtybkcz x` ltkfnm',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'pfrhskf jryj c gfhjktv b yt pfgbcfkf',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'pf,skf yf;fnm ghjljk;bnm d jryt c kjubyjv',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  ['yt vjue yfqnb hbc cdjtuj ce,]trnf d cgbcrt', '/reference/troubleshooting/#err-ris-not-found'],
  [
    'yt gecrftn d kbxysq rf,bytn f yflj yfgbcfnm d gjllth;re',
    '/reference/troubleshooting/#err-cannot-login-request',
  ],
  ["bltynbabrfnjh 'lj yt cj[hfybkf xnj ltkfnm", '/reference/troubleshooting/#err-edo-not-saved'],
  [
    'yflj kb gbcfnm tot j,hfotybt xnj, epyfnm rjulf htifn',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  ['kak poluchit login i parol dlya integracii s eis', '/connect/https-credentials/'],
  [
    'парль в веб торгх пересатл рабоатть после тго как завдующая нжала сылку',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],

  // своими словами
  ['альтернативка по https это вообще чё за зверь', '/reference/glossary/#https-integration'],
  [
    'тикет в тп по интеграции с вебторгами, какие файлы цеплять',
    '/reference/troubleshooting/#err-integration-request-files',
  ],
  ['ключ для сервисов отдачи это что вообще такое', '/reference/glossary/#token'],
  ['личка заказчика в еис это то же что лк 44 фз?', '/reference/glossary/#lk'],
  ['тп еис и стп это одно и то же?', '/reference/glossary/#stp'],
  [
    'заявку в поддержку закрыли, а вопрос так и не решён',
    '/reference/troubleshooting/#err-request-closed',
  ],
  [
    'консультацию трижды переоткрывала и её захлопнули',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],
  [
    'ничё из списка ошибок не подошло, куда теперь',
    '/reference/troubleshooting/#if-nothing-helped',
  ],
  ['шпаргалку целиком одним файлом чтоб распечатать и повесить', '/print/'],
  ['мои чек-листы все разом, сколько уже сделала', '/tools/progress/#vse-spiski'],
  [
    'мы ещё и уполномоченное учреждение по району, а рис так и не заработал',
    '/reference/troubleshooting/#err-extra-roles',
  ],
  [
    'забила в вебторгах настройку сервисов, а толку ноль',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  [
    'акты приемки из еис тянуть в систему, это чё за электронное активирование',
    '/reference/glossary/#electronic-activation',
  ],
  ['все обновы инструкций по страницам списком', '/reference/changes/#by-page'],
  [
    'куда жать если вообще не понимаю какая у меня ошибка, подбор ошибки есть?',
    '/reference/troubleshooting/#diagnostic',
  ],
];

export const TUNING_27a = CORPUS_27a;
