/**
 * Corpus 31a: reader questions for the site's search, written on 2026-12-06 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: the chief accountant of a municipal house of culture who follows the guide with a colleague reading the screen aloud: screens and pictures, single steps in the middle of a guide, «кабинет» for the personal cabinet and «торги» for Web-Торги-КС.
 * Written in round 16 to the brief of corpora 25–30 (a set share of wrong layouts, translit,
 * pasted messages and words the site does not use) and held out whole, as decided before they
 * arrived: never learned, never tuned on. Measured on arrival with round 15's last engine.
 * Kept in the order written.
 */
import type { Query } from './search-queries';

export const CORPUS_31a: readonly Query[] = [
  // короткие запросы
  ['номер техподдержки закупок', '/support/knowledge-base/#телефоны-поддержки'],
  ['пароль https еис', '/connect/https-credentials/'],
  ['сменить пароль в торгах', '/connect/web-torgi-ks/#шаги'],
  ['перерегистрация учреждения', '/connect/re-registration/'],
  ['токен где получить', '/services/token/#шаги'],
  ['код рис субъекта', '/services/ris-rights/#что-понадобится'],
  ['запрос информации статус', '/support/request-statuses/#что-означают-статусы'],
  ['расшифровка сокращений', '/reference/glossary/'],
  ['гоис что это', '/reference/glossary/#gois'],
  ['этп расшифровка', '/reference/glossary/#etp'],
  ['faq еис категории', '/support/knowledge-base/#часто-задаваемые-вопросы-faq'],
  ['телеграм канал еис', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  ['флаг интеграция обращение', '/support/create-request/#обращение-по-вопросам-интеграции'],
  ['вид обращения какой выбрать', '/support/create-request/#вид-обращения-консультация-или-ошибка'],
  ['малый обьем галочка да', '/support/create-request/#шаги'],
  ['срок решения обращения', '/support/request-statuses/#плановый-срок-решения'],
  ['скачать прогресс', '/tools/progress/#perenos'],
  ['опросник план инструкций', '/tools/start/'],
  ['электронное активирование что такое', '/reference/glossary/#electronic-activation'],
  ['документы приемки', '/reference/glossary/#acceptance-documents'],
  ['закон 44 фз', '/reference/glossary/#fz-44'],
  ['лента atom изменений', '/reference/changes/'],
  ['изменения токен', '/reference/changes/#page-services-token'],
  ['статус рещено что значит', '/support/request-statuses/#что-означают-статусы'],

  // вопросы живой речью
  [
    'коллега читает «войдите под администратором или руководителем», а у нас заходит главбух — её прав хватит или нужен директор?',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'на картинке в конце строки пользователя какие-то три полоски, их нажимать? что выбрать дальше в списке',
    '/connect/https-credentials/#шаги',
  ],
  [
    'нажали ссылку про https, выскочило окно с логином и паролем — сразу жать продолжить или сначала переписать куда-то?',
    '/connect/https-credentials/#шаги',
  ],
  [
    'в торгах где эти настройки, вверху ничего такого не вижу, куда вбивать логин из кабинета?',
    '/connect/web-torgi-ks/#шаги',
  ],
  [
    'в окне в торгах ещё какие-то обязательные поля пустые, что туда писать, в инструкции не сказано',
    '/connect/web-torgi-ks/#шаги',
  ],
  ['в сами торги не могу зайти, кто мне даст доступ', '/connect/web-torgi-ks/#что-понадобится'],
  [
    'инструкция про перерегистрацию 2018 года, а у нас в кабинете всё выглядит по-другому, что делать',
    '/connect/re-registration/',
  ],
  [
    'как понять, нам нужен токен или права для рис, от чего это зависит?',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'зачем заполнять настройку взаимодействия с сервисами, если написано что она ни на что не влияет?',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'на картинке срок действия токена «как можно длиннее» — это сколько ставить, год, пять?',
    '/services/token/#шаги',
  ],
  [
    'нажали сохранить в кабинете, а где теперь увидеть сам идентификатор токена, на схеме его нет',
    '/services/token/#шаги',
  ],
  [
    'кто у нас может выдать токен, только администратор организации или я как бухгалтер тоже?',
    '/services/token/#кто-может-это-сделать',
  ],
  [
    'в окне права доступа раздел с информационными системами, там куча галочек — все ставить? и какую кнопку потом жать?',
    '/services/ris-rights/#шаги',
  ],
  [
    'у нас кроме заказчика ещё роль уполномоченный орган — всё повторять второй раз? а как войти под этой ролью?',
    '/services/ris-rights/#шаги',
  ],
  [
    'как проверить что с правами для рис всё получилось, что должно появиться?',
    '/services/ris-rights/#что-получится',
  ],
  [
    'идентификатор эдо скопировали, а куда его потом вставлять в торгах?',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  [
    'в окне выдачи идентификатора поле срок действия, календарика нет, как туда дату вписать?',
    '/activation/edo-identifier/#шаги',
  ],
  [
    'где на сайте закупок эта база знаний, ссылку не найдём',
    '/support/knowledge-base/#база-знаний-еис',
  ],
  [
    'прежде чем звонить, где глянуть, нет ли сейчас общего сбоя на закупках?',
    '/support/knowledge-base/#новости-и-уведомления',
  ],
  [
    'можно в одном обращении написать и про пароль, и про токен, чтобы два раза не писать?',
    '/support/create-request/#четыре-правила-обращения',
  ],
  [
    'как написать в техподдержку через профиль на сайте, если в кабинет не заходим',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  [
    'через сколько дней обращение само закроется, если мы не ответили на их вопрос',
    '/support/request-statuses/#когда-обращение-закрывается',
  ],
  [
    'в моих обращениях переключатель пользователь или организация и вкладки сверху — где искать наше старое обращение?',
    '/support/request-statuses/#страница-техническая-поддержка',
  ],
  ['план после опросника можно коллеге ссылкой скинуть? он у неё мой не затрёт?', '/tools/start/'],
  [
    'я веду ещё две школы и детский сад, можно отмечать шаги по каждой отдельно?',
    '/tools/progress/#organizacii',
  ],
  [
    'сайт куда-то отправляет то, что я ищу? пароль случайно не утечёт?',
    '/tools/progress/#что-сайт-отправляет',
  ],
  [
    'за сколько дней напомнит про срок и можно ли это в календарь в почте добавить?',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  ['для кого вообще этот сайт, бухгалтерии дома культуры подойдёт?', '/#для-кого-этот-сайт'],
  [
    'что поменяли в последний раз в инструкции про ввод пароля в торгах',
    '/reference/changes/#page-connect-web-torgi-ks',
  ],
  [
    'в полномочиях в карточке два разных администратора организации, какой из них имеется в виду?',
    '/reference/glossary/#org-administrator',
  ],
  [
    'в базе знаний как найти руководство и видео про допсоглашения',
    '/support/knowledge-base/#как-найти-нужный-материал',
  ],
  [
    'не понимаю какая у нас ошибка, документ не уходит — по каким вопросам пройтись?',
    '/reference/troubleshooting/#diagnostic',
  ],
  [
    'как продлить токен, когда срок подходит к концу, или надо новый получать?',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  [
    'как выгрузить эти два xml файла из торгов для обращения, где их взять?',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],

  // сообщения об ошибках
  [
    'при отправке в еис пишет логин или пароль некорректны',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'несоответствие регистрационных данных пользователя в ЕИС при отправке плана-графика',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'Обнаружено несовпадение данных сертификата с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'на закупках висит «информация о недоступности отдельных функций»',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'при создании обращения выскакивает предложение установить плагин',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'обращение закрыто без возможности переоткрытия, а мы консультацию писали',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'вчера всё уходило, сегодня торги не принимают пароль — коллега в кабинете еис опять что-то нажимала про https',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'нажали сохранить в регистрационных данных и пароль больше не подходит',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'закрыли окошко с паролем и не успели переписать',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'забыли нажать продолжить в окне с паролем',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  [
    'в настройке с сервисами нет блока про права доступа к рис',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  [
    'пункт перечень региональных информационных систем так и не появился',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  [
    'не ответили на запрос информации и обращение закрылось',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'было решено а через неделю само стало закрыто',
    '/reference/troubleshooting/#err-request-resolved-closed',
  ],
  [
    'консультацию закрыли после трёх переоткрытий',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],
  [
    'обращение закрыли — мол, проблема уже в новостях',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  [
    'работа с обращениями в статусе закрыто далее не',
    '/reference/troubleshooting/#err-request-closed',
  ],

  // не та раскладка, транслит, опечатки
  ['gfhjkm lkz njhujd', '/connect/https-credentials/'],
  ['ntktajy gjllth;rb', '/support/knowledge-base/#телефоны-поддержки'],
  ['njrty cthdbcs jnlfxb', '/services/token/'],
  [
    'ytcjjndtncndbt htubcnhfwbjyys[ lfyys[',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  ['hfcgtxfnfnm', '/print/'],
  ['ukjccfhbq', '/reference/glossary/'],
  ['kak sozdat obrashchenie v podderzhku eis', '/support/create-request/'],
  ['идентефикатор учасника эдо гд взять', '/activation/edo-identifier/'],
  ['токин истек чо делать', '/reference/troubleshooting/#err-token-expired'],

  // своими словами
  [
    'как связать торги с госзакупками, чтобы план-график сам туда улетал',
    '/connect/https-credentials/',
  ],
  ['ключ для выгрузки из госзакупок в торги', '/services/token/'],
  ['шпаргалка по всем шагам на бумаге', '/print/'],
  ['галочки где я остановилась в прошлый раз', '/tools/progress/'],
  ['будильник на окончание срока ключа', '/tools/reminder/'],
  [
    'видеозапись экрана к заявке в техподдержку обязательно?',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  ['тикет в работе, когда сделают', '/support/request-statuses/#плановый-срок-решения'],
  ['акты приемки из закупок затащить в торги', '/activation/edo-identifier/'],
  [
    'эцп руководителя не пускает в закупки, ругается на несовпадение',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  ['горячая линия госзакупок круглосуточная', '/support/knowledge-base/#телефоны-поддержки'],
  [
    'шефа учётка нужна или моя, чтобы пароль для торгов вытащить',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  ['я бухгалтер, не айтишник — с какой бумажки начинать?', '/#с-чего-начать'],
  ['региональная система галки про участников закупок', '/services/ris-rights/#шаги'],
  [
    'глянуть ещё раз эдо-номер, который не записали',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  ['чат поддержки в максе как называется', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  ['госзакупки сами предупредят, что срок ключа кончается, или нет?', '/tools/reminder/'],
];

export const HELD_OUT_31a = CORPUS_31a;
