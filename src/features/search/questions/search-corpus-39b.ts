/**
 * Corpus 39b: reader questions for the site's search, written on 2026-12-06 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: a contract manager whose request to ЕИС support was just closed without an answer: short irritated questions about requests, their statuses, attachments, phone numbers, and what to do when nothing works.
 * Written at the start of round 17 to the brief of corpora 25–36 to be learned, as decided before
 * they arrived: measured once on arrival with round 16's last engine, then learned whole
 * (training.ts). Kept in the order written.
 */
import type { Query } from './search-queries';

export const CORPUS_39b: readonly Query[] = [
  // короткие запросы
  ['телефон техподержки еис', '/support/knowledge-base/#телефоны-поддержки'],
  ['закрыли обращение', '/reference/troubleshooting/#err-request-closed'],
  ['статус решено', '/support/request-statuses/#что-означают-статусы'],
  ['запрос информации 7 дней', '/reference/troubleshooting/#err-request-info-unanswered'],
  ['плагин еис скачать', '/reference/troubleshooting/#err-plugin-not-installed'],
  ['xml файлы к обращению', '/reference/troubleshooting/#err-integration-request-files'],
  ['мои обращения', '/support/request-statuses/#где-смотреть-свои-обращения'],
  ['срок ответа техподдержки', '/support/request-statuses/#плановый-срок-решения'],
  ['тип обращения ошибка', '/support/create-request/#вид-обращения-консультация-или-ошибка'],
  ['где база знаний', '/support/knowledge-base/#база-знаний-еис'],
  ['телеграм еис', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  ['новости сбои еис', '/support/knowledge-base/#новости-и-уведомления'],
  ['продлить токен', '/reference/troubleshooting/#err-token-expired'],
  ['пререгистрация пароль', '/connect/re-registration/'],
  ['код рис', '/services/ris-rights/#что-понадобится'],
  ['гоис это', '/reference/glossary/#gois'],
  ['распечатать всё', '/print/'],
  ['обновления инструкций', '/reference/changes/'],
  ['напоминалка токен', '/tools/reminder/'],
  ['перенести отметки на другой комп', '/tools/progress/#perenos'],
  ['малый объем обращение', '/support/create-request/#шаги'],
  ['админ организации еис', '/reference/glossary/#org-administrator'],
  ['фз 44', '/reference/glossary/#fz-44'],
  ['что такое сервисы отдачи', '/reference/glossary/#output-services'],
  ['ошибки веб торги еис список', '/reference/troubleshooting/'],

  // вопросы живой речью
  [
    'мне закрыли обращение и так ничего и не ответили, что теперь делать?',
    '/reference/troubleshooting/#err-request-closed',
  ],
  [
    'почему мою консультацию закрыли через час автоматом, я же просто написала, что у меня не отправляется план-график',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'поддержка что-то у меня спросила, я была в отпуске и не ответила, обращение закрылось — его можно вернуть?',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'висело «решено», я не успела проверить, а теперь оно закрыто, хотя ничего не решено. что делать',
    '/reference/troubleshooting/#err-request-resolved-closed',
  ],
  [
    'я три раза не соглашалась с их ответом и открывала заново, теперь закрыли насовсем. это вообще нормально?',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],
  [
    'ответили, что проблема есть в новостях, и закрыли заявку, а у меня до сих пор не работает, куда теперь?',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  [
    'хочу узнать, когда уже решат моё обращение, можно написать ещё одно, чтобы поторопить?',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  [
    'что нужно подготовить заранее, чтобы создать обращение по ошибке, а не бегать потом?',
    '/support/create-request/#что-понадобится',
  ],
  [
    'где мне взять эти два xml файла для обращения, в веб-торгах я их вообще не вижу',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  [
    'можно в одном обращении написать и про пароль, и про токен, или заставят делить?',
    '/support/create-request/#четыре-правила-обращения',
  ],
  [
    'не могу зайти в личный кабинет еис, а обращение создать надо — как быть?',
    '/reference/troubleshooting/#err-cannot-login-request',
  ],
  [
    'если я отправила обращение через профиль на сайте, не заходя в кабинет, куда мне придёт ответ?',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  [
    'можно посмотреть обращения коллег из нашей организации, а не только свои?',
    '/support/request-statuses/#страница-техническая-поддержка',
  ],
  [
    'прежде чем опять писать в поддержку, где мне самой поискать ответ?',
    '/support/knowledge-base/#порядок-действий-при-проблеме',
  ],
  [
    'в FAQ еис есть что-нибудь про электронное активирование и как там искать?',
    '/support/knowledge-base/#часто-задаваемые-вопросы-faq',
  ],
  [
    'с чего вообще начинать настройку связи веб-торгов с еис, я в этом ничего не понимаю, мне просто сказали сделать',
    '/tools/start/',
  ],
  [
    'где в личном кабинете еис получить логин и пароль для веб-торгов?',
    '/connect/https-credentials/#шаги',
  ],
  [
    'у меня обычные права в кабинете, кто у нас вообще может получить пароль для интеграции?',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'почему каждый раз, когда жмёшь ссылку в еис, пароль новый? это у меня глюк?',
    '/connect/https-credentials/#что-получится',
  ],
  ['куда в веб-торгах вбивать логин и пароль от еис, в каком меню?', '/connect/web-torgi-ks/#шаги'],
  ['в сами веб-торги не могу зайти, к кому с этим идти?', '/connect/web-torgi-ks/#что-понадобится'],
  [
    'нам говорят то токен, то РИС — как понять, что нужно именно нашему региону?',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'зачем в веб-торгах этот режим про сервисы еис, что он вообще делает?',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'у нас ещё роль уполномоченного органа, права к РИС для неё тоже отдельно выдавать?',
    '/services/ris-rights/#шаги',
  ],
  ['на какой срок брать токен в еис, чтобы потом не мучиться каждый год', '/services/token/#шаги'],
  [
    'зачем вообще нужен идентификатор участника эдо и где его получают?',
    '/activation/edo-identifier/',
  ],
  [
    'куда в веб-торгах вставлять идентификатор эдо? в вашей инструкции про это ничего нет',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  [
    'а как узнать, есть ли у нашей организации роль уполномоченного учреждения? никто не знает',
    '/tools/start/#вопросы',
  ],
  [
    'сайт куда-то отправляет то, что я пишу в поиске? я туда всякое вбивала',
    '/tools/progress/#что-сайт-отправляет',
  ],
  [
    'веду закупки сразу за пять школ и садик, можно отмечать шаги для каждой отдельно?',
    '/tools/progress/#organizacii',
  ],
  [
    'у меня токены у нескольких учреждений, как в напоминаниях понять, где чьё?',
    '/tools/reminder/#добавить-напоминание',
  ],
  [
    'напомнит ли сайт, когда кончается токен, и можно это как-то в календарь outlook закинуть?',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  [
    'раньше в инструкции про ввод пароля в веб-торги было по-другому, что поменяли?',
    '/reference/changes/#page-connect-web-torgi-ks',
  ],
  [
    'еис молчит, обращение закрыли, дозвониться не могу — что вообще делать дальше???',
    '/reference/troubleshooting/#if-nothing-helped',
  ],
  [
    'как отправить документ из веб-торгов в еис, кнопку не найду, а поддержка еис отправила к каким-то администраторам',
    '/reference/troubleshooting/#if-nothing-helped',
  ],

  // сообщения об ошибках
  [
    'при отправке в ЕИС ошибка: логин или пароль некорректны',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'Обнаружено несовпадение данных сертификата с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'ошибка о несоответствии регистрационных данных пользователя в еис при отправке плана',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'висит "Информация о недоступности отдельных функций ЕИС" сколько ждать',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'в Администрировании нет пункта Перечень региональных информационных систем',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  [
    'нет блока права доступа к рис в настройке сервисов',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  [
    'не отправляется план закупок пишет пользователь не зарегистрирован',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  [
    'идентификатор эдо просрочен, документы приемки не грузятся',
    '/reference/troubleshooting/#err-edo-expired',
  ],
  [
    '"Работа с обращениями в статусе Закрыто далее не осуществляется" и всё??',
    '/reference/troubleshooting/#err-request-closed',
  ],
  [
    'пароль в веб-торгах перестал подходить после того как коллега ещё раз открыла в еис ссылку про https',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'нажала сохранить в регистрационных данных и пароль опять слетел',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'закрыла окошко с логином паролем не записала',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'забыла нажать продолжить, пароль теперь не принимает',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  [
    'потеряли идентификатор эдо, а он нужен для импорта приемки',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  ['РИС нашей области не находится в перечне', '/reference/troubleshooting/#err-ris-not-found'],

  // другая раскладка, транслит, опечатки
  ['j,hfotybt pfrhskb', '/reference/troubleshooting/#err-request-closed'],
  ['ntktajy gjllth;rb', '/support/knowledge-base/#телефоны-поддержки'],
  ['cnfnecs j,hfotybq', '/support/request-statuses/'],
  ['gfhjkm dt, njhub', '/connect/web-torgi-ks/'],
  ['ult dpznm njrty', '/reference/troubleshooting/#err-token-where'],
  [
    'pochemu zakryli obrashenie bez otveta',
    '/support/request-statuses/#когда-обращение-закрывается',
  ],
  ['kak sozdat obrashenie v podderzhku eis', '/support/create-request/'],
  [
    'kakie fajly prilozhit k obrashcheniyu integraciya',
    '/reference/troubleshooting/#err-integration-request-files',
  ],
  [
    'обрашение в статусе решенно закрылось само по себе',
    '/reference/troubleshooting/#err-request-resolved-closed',
  ],
  [
    'пароль не пподходит после перерегестрации оргонизации',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],

  // своими словами: жаргон и чужие названия
  [
    'тикет в еис закрывают сами без меня, по какому принципу',
    '/support/request-statuses/#когда-обращение-закрывается',
  ],
  ['горячая линия госзакупок номер', '/support/knowledge-base/#телефоны-поддержки'],
  [
    'нужна ли видеозапись экрана для заявки в поддержку еис',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  [
    'логи обмена к тикету по интеграции',
    '/reference/troubleshooting/#err-integration-request-files',
  ],
  ['апи ключ еис для веб торгов', '/services/token/'],
  ['галка интеграция в заявке где', '/support/create-request/#шаги'],
  ['в кс-торгах поменять пароль от госзакупок', '/connect/web-torgi-ks/#шаги'],
  [
    'учреждение переоформили, какие теперь пароли ставить в веб-торги',
    '/connect/re-registration/#шаги',
  ],
  ['галочки в правах для региональной системы какие ставить', '/services/ris-rights/#шаги'],
  ['что за зверь документы приёмки', '/reference/glossary/#acceptance-documents'],
  ['где мои галочки по шагам, вчера же отмечала', '/tools/progress/#vse-spiski'],
  ['что за СТП мне пишут в ответе', '/reference/glossary/#stp'],
  ['заявка висит в работе уже неделю', '/support/request-statuses/#плановый-срок-решения'],
  ['сайт вообще для кого — для нас, заказчиков, или для айтишников?', '/#для-кого-этот-сайт'],
  ['пароль для выгрузки на zakupki из веб торгов', '/connect/https-credentials/'],
];

export const TUNING_39b = CORPUS_39b;
