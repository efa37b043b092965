/**
 * Corpus 52a: reader questions for the site's search, written on 2026-12-07 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: head of a municipal kindergarten, 62, dictates questions to her phone by voice — no punctuation, numbers as words, recogniser slips, sometimes talks to the search as to a person.
 * Held out whole, as decided before it arrived: never learned, never tuned on. Kept in the order
 * written.
 */
import type { Query } from './search-queries';

export const CORPUS_52a: readonly Query[] = [
  [
    'здравствуйте я заведующая детским садом мне велели настроить интеграцию с еис с чего мне начать',
    '/tools/start/',
  ],
  ['где взять логин и пароль от закупок гов ру для веб торги кс', '/connect/https-credentials/'],
  [
    'данные пользователя для альтернативной интеграции по протоколу эйч ти ти пи эс',
    '/connect/https-credentials/#шаги',
  ],
  [
    'кто в садике имеет право получать этот логин и пароль я как руководитель могу',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'сколько раз можно нажимать на ссылку чтобы пароль не сбился',
    '/connect/https-credentials/#что-получится',
  ],
  ['kjuby b gfhjkm tbc', '/connect/https-credentials/'],
  [
    'какие документы садик отправляет в еис через веб торги план график и что еще',
    '/connect/https-credentials/#что-получится',
  ],
  [
    'что приготовить заранее чтобы получить логин пароль блокнот подойдет',
    '/connect/https-credentials/#что-понадобится',
  ],
  [
    'в окошке с паролем сначала нажимать продолжить или отменить',
    '/connect/https-credentials/#шаги',
  ],
  ['куда в веб торгах вписать пароль от еис', '/connect/web-torgi-ks/#шаги'],
  ['галочку сменить пароль где ставить', '/connect/web-torgi-ks/#шаги'],
  [
    'я в сами веб торги зайти не могу к кому мне обратиться',
    '/connect/web-torgi-ks/#что-понадобится',
  ],
  [
    'пароль в систему ввела и сохранила теперь связь с еис есть или еще что то делать',
    '/connect/web-torgi-ks/#что-получится',
  ],
  ['сохранить всю инструкцию в пэ дэ эф чтобы была под рукой', '/print/'],
  ['после пере регистрации организации документы не уходят в еис', '/connect/re-registration/'],
  [
    'нас перерегистрировали где теперь новый логин и пароль взять и куда его вставить',
    '/connect/re-registration/#шаги',
  ],
  [
    'ошибка о не соответствии регистрационных данных пользователя в еис',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'токен или рис мне что выбирать объясните попроще',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'что делает режим настройка взаимодействия с сервисами еис',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'версия еис тринадцать один настройка не обрабатывается системой это сейчас так',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'заполнила настройку взаимодействия с сервисами а ничего не поменялось',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  ['токен для сервисов от дачи', '/services/token/'],
  ['не знаю где взять токен подскажите пожалуйста', '/reference/troubleshooting/#err-token-where'],
  ['на какой срок делать токен на год или на подольше', '/services/token/#шаги'],
  ['njrty', '/services/token/'],
  [
    'кто у нас может токен выдать в личном кабинете заказчика',
    '/services/token/#кто-может-это-сделать',
  ],
  ['у токена срок кончился что теперь', '/reference/troubleshooting/#err-token-expired'],
  ['то кен скоро закончится как его продлить', '/tools/reminder/#когда-срок-подходит-к-концу'],
  [
    'в какие поля в веб торгах переносить идентификатор и срок действия токена',
    '/services/token/#шаги',
  ],
  ['сохранила в еис а идентификатор токена нигде не вижу', '/services/token/#шаги'],
  ['права доступа к рис по шагам', '/services/ris-rights/#шаги'],
  [
    'не появился пункт перечень региональных информационных систем',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  [
    'какую дату доступа ставить для рис первое января две тысячи двадцать второго года правильно',
    '/services/ris-rights/#шаги',
  ],
  ['не могу найти наш рис в списке систем', '/reference/troubleshooting/#err-ris-not-found'],
  ['код рис нашего объекта где узнать', '/services/ris-rights/#что-понадобится'],
  [
    'у нас еще роль уполномоченное учреждение и рис все равно не работает',
    '/reference/troubleshooting/#err-extra-roles',
  ],
  [
    'в настройке нет блока права доступа к рис',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  ['что будет после того как подпишу права доступа для рис', '/services/ris-rights/#что-получится'],
  [
    'под каким пользователем заходить для прав рис под заказчиком или как',
    '/services/ris-rights/#кто-может-это-сделать',
  ],
  ['индификатор участника эдо как получить', '/activation/edo-identifier/'],
  ['загрузить документы при емки из еис', '/activation/edo-identifier/'],
  ['электронное активирование это что такое', '/reference/glossary/#electronic-activation'],
  [
    'срок действия идентификатора какое число писать можно тридцать первое декабря',
    '/activation/edo-identifier/#шаги',
  ],
  [
    'потеряла идентификатор эдо не сохранила его что делать',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  ['у идентификатора эдо вышел срок', '/reference/troubleshooting/#err-edo-expired'],
  [
    'куда потом вставлять идентификатор эдо в веб торгах',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  [
    'выдача идентификатора участника электронного документа оборота',
    '/activation/edo-identifier/#шаги',
  ],
  ['напомни мне про срок идентификатора эдо', '/activation/edo-identifier/#напоминание-о-сроке'],
  ['что такое го и с', '/reference/glossary/#gois'],
  ['рис расшифровка', '/reference/glossary/#ris'],
  ['эл ка это что значит', '/reference/glossary/#lk'],
  ['закупка малого объема что это', '/reference/glossary/#small-volume-purchase'],
  [
    'администратор организации и лицо уполномоченное руководителем это одно и то же или разное',
    '/reference/glossary/#org-administrator',
  ],
  ['словарь сокращений', '/reference/glossary/'],
  ['сервисы отдачи что это и зачем они нашему садику', '/reference/glossary/#output-services'],
  ['главная страница настройка интеграции еис', '/'],
  ['девушка подскажите для кого вообще этот сайт мне он подходит', '/#для-кого-этот-сайт'],
  ['альтернативная интеграция что это значит', '/reference/glossary/#https-integration'],
  [
    'еис пишет что логин и пароль некорректные',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'закрыла окошко с паролем не успела записать',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'забыла нажать продолжить в окне с паролем',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  [
    'бухгалтер нажала сохранить в регистрационных данных и пароль опять поменялся',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'кто то из наших опять нажал ссылку и пароль в веб торгах перестал подходить',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'обнаружено несовпадение данных сертификата с данными заре',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'пользователь не зарегистрирован в еис что делать',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  [
    'информация о недоступности отдельных функций еис в сфере закупок',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  ['ошибки и решения', '/reference/troubleshooting/'],
  ['помогите найти мою ошибку по вопросам да нет', '/reference/troubleshooting/#diagnostic'],
  ['ничего не помогло куда теперь звонить', '/reference/troubleshooting/#if-nothing-helped'],
  [
    'почему текст ошибки на сайте не такой как у меня на экране',
    '/reference/troubleshooting/#about-messages',
  ],
  ['как написать в тех поддержку еис', '/support/create-request/#шаги'],
  ['rfr yfgbcfnm j,hfotybt', '/support/create-request/'],
  [
    'консультация или ошибка какой вид обращения выбрать',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  ['флажок интеграция в обращении', '/support/create-request/#обращение-по-вопросам-интеграции'],
  [
    'какие файлы приложить к обращению про интеграцию два икс эм эль',
    '/reference/troubleshooting/#err-integration-request-files',
  ],
  [
    'не могу войти в личный кабинет а мне надо написать обращение',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  [
    'закупка малого объема при создании обращения ставить да с первого июля',
    '/support/create-request/#шаги',
  ],
  [
    'можно в одном обращении написать сразу про три проблемы',
    '/support/create-request/#четыре-правила-обращения',
  ],
  ['еис просит установить плаги н', '/reference/troubleshooting/#err-plugin-not-installed'],
  ['статус запрос информации что это значит', '/support/request-statuses/#что-означают-статусы'],
  [
    'обращение закрыли само я на запрос не ответила вовремя',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'консультацию закрыли автоматически почему',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  ['где посмотреть мои обращения', '/support/request-statuses/#где-смотреть-свои-обращения'],
  [
    'хочу узнать когда решат мое обращение писать еще одно',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  [
    'обращение было решено прошло семь рабочих дней и его закрыли а проблема осталась',
    '/reference/troubleshooting/#err-request-resolved-closed',
  ],
  [
    'три раза пере открывала консультацию и ее закрыли',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],
  [
    'обращение закрыли потому что про это было в новостях',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  [
    'в каких случаях обращение закрывается',
    '/support/request-statuses/#когда-обращение-закрывается',
  ],
  ['черно вики обращений где найти', '/support/request-statuses/#страница-техническая-поддержка'],
  ['база знаний еис где она', '/support/knowledge-base/#база-знаний-еис'],
  [
    'как зарегистрировать новый сертификат электронной подписи руководителя',
    '/support/knowledge-base/#часто-задаваемые-вопросы-faq',
  ],
  ['канал еис в максе и телеграмме', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  ['телефон горячей линии еис восемь восемьсот', '/support/knowledge-base/#телефоны-поддержки'],
  [
    'в новостях еис написали про сбой надо ли писать обращение',
    '/support/knowledge-base/#новости-и-уведомления',
  ],
  ['напоминание о сроках', '/tools/reminder/'],
  ['мой прогресс', '/tools/progress/'],
  ['у меня еще два садика как вести их отдельно', '/tools/progress/#organizacii'],
  ['сайт куда нибудь отправляет мои данные', '/tools/progress/#что-сайт-отправляет'],
  ['распечатать всю инструкцию на бумаге', '/print/'],
  ['что изменилось на сайте последние изменения', '/reference/changes/'],
];

export const HELD_OUT_52a = CORPUS_52a;
