/**
 * Corpus 34b: reader questions for the site's search, written on 2026-12-06 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: a school bursar who searches as on the web: an error code or a keyword plus a word («ошибка 401», «токен срок»), pasted fragments of messages, sometimes a question copied whole from a colleague's email.
 * Written in round 16 to the brief of corpora 25–30 (a set share of wrong layouts, translit,
 * pasted messages and words the site does not use) to be learned, as decided before they
 * arrived: measured once on arrival with round 15's last engine, then learned whole
 * (training.ts). Kept in the order written.
 */
import type { Query } from './search-queries';

export const CORPUS_34b: readonly Query[] = [
  // короткие запросы
  ['где взять токен', '/reference/troubleshooting/#err-token-where'],
  ['токен истек', '/reference/troubleshooting/#err-token-expired'],
  ['пароль еис не принимает', '/reference/troubleshooting/#err-login-password-incorrect'],
  ['статус решено обращение', '/support/request-statuses/#что-означают-статусы'],
  ['перерегистрация организации пароль', '/connect/re-registration/'],
  ['идентификатор эдо', '/activation/edo-identifier/'],
  ['права доступа рис', '/services/ris-rights/'],
  ['код рис субъекта', '/services/ris-rights/#что-понадобится'],
  ['мои обращения где', '/support/request-statuses/#где-смотреть-свои-обращения'],
  ['черновики обращений', '/support/request-statuses/#страница-техническая-поддержка'],
  ['сокращения еис расшифровка', '/reference/glossary/'],
  ['рис это', '/reference/glossary/#ris'],
  ['сервисы отдачи что это', '/reference/glossary/#output-services'],
  ['распечатать инструкцию', '/print/'],
  ['телеграм канал еис', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  ['база знаний еис', '/support/knowledge-base/#база-знаний-еис'],
  ['флаг интеграция xml', '/support/create-request/#обращение-по-вопросам-интеграции'],
  ['обращение закрыто что дальше', '/reference/troubleshooting/#err-request-closed'],
  ['идентификатр эдо кто выдает', '/activation/edo-identifier/#кто-может-это-сделать'],
  ['тех поддержка обращене создать', '/support/create-request/#шаги'],
  ['уполномоченный орган роль', '/reference/glossary/#authorized-body'],
  ['гоис', '/reference/glossary/#gois'],
  ['закупка малого обьема обращение', '/support/create-request/#шаги'],
  ['веб торги кс еис настройка интеграции', '/'],
  ['токен срок напомнить', '/services/token/#напоминание-о-сроке'],

  // вопросы живой речью
  [
    'кто в организации может получать логин и пароль для интеграции — главбух может или только директор?',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'пароль для интеграции выдаётся один раз навсегда или его надо периодически менять?',
    '/connect/https-credentials/#что-получится',
  ],
  [
    'где в веб-торгах вводить логин и пароль от еис, в каком меню это?',
    '/connect/web-torgi-ks/#шаги',
  ],
  [
    'в окне регистрационных данных в торгах ещё какие-то обязательные поля, что в них писать?',
    '/connect/web-torgi-ks/#шаги',
  ],
  [
    'пароль в веб-торги вносит сам сотрудник или это делает админ?',
    '/connect/web-torgi-ks/#кто-может-это-сделать',
  ],
  [
    'как понять, нам нужен токен или права на рис, и у кого узнать про наш регион?',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'зачем в веб торгах режим взаимодействия с сервисами еис и влияет ли он на отправку документов?',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'на какой срок ставить токен, когда выдаёшь его в кабинете — можно максимальный?',
    '/services/token/#шаги',
  ],
  ['какую дату доступа ставить, когда редактируешь права для рис?', '/services/ris-rights/#шаги'],
  [
    'под каким пользователем заходить в кабинет заказчика, чтобы дать права на рис?',
    '/services/ris-rights/#кто-может-это-сделать',
  ],
  [
    'что должно появиться в личном кабинете после того, как дали права на рис?',
    '/services/ris-rights/#что-получится',
  ],
  [
    'как по шагам получить идентификатор эдо для загрузки документов приёмки?',
    '/activation/edo-identifier/#шаги',
  ],
  [
    'идентификатор эдо получила, а куда его потом вставлять в веб-торгах?',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  [
    'когда выдаёшь идентификатор эдо и жмёшь сохранить в его окошке — пароль для интеграции не собьётся?',
    '/activation/edo-identifier/#шаги',
  ],
  [
    'не сохранила идентификатор эдо, его можно как-то посмотреть ещё раз?',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  [
    'как написать обращение в поддержку еис, чтобы его сразу не закрыли?',
    '/support/create-request/#четыре-правила-обращения',
  ],
  [
    'документ не уходит из торгов в еис — какой вид обращения выбрать, консультацию или ошибку?',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  [
    'обращение в статусе решено, а ничего не исправили — сколько дней есть, чтобы его вернуть?',
    '/support/request-statuses/#когда-обращение-закрывается',
  ],
  [
    'можно ли написать ещё одно обращение, чтобы поторопить поддержку со сроком?',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  [
    'что делать сначала, если в еис проблема — искать самой или сразу звонить?',
    '/support/knowledge-base/#порядок-действий-при-проблеме',
  ],
  [
    'как в базе знаний еис найти руководство по допсоглашениям к контрактам?',
    '/support/knowledge-base/#как-найти-нужный-материал',
  ],
  [
    'где в базе знаний вопрос, как зарегистрировать новую подпись руководителя?',
    '/support/knowledge-base/#часто-задаваемые-вопросы-faq',
  ],
  [
    'веду настройку за несколько школ и садиков — можно отмечать шаги по каждой отдельно?',
    '/tools/progress/#organizacii',
  ],
  ['ваш сайт куда-то отправляет то, что я пишу в поиске?', '/tools/progress/#что-сайт-отправляет'],
  [
    'можно ли дату окончания идентификатора эдо добавить себе в календарь outlook?',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  ['в опроснике ответила «не знаю» про рис — что тогда мне покажет план?', '/tools/start/#вопросы'],
  [
    'что поменяли в инструкции про токен в последнее время?',
    '/reference/changes/#page-services-token',
  ],
  ['этот сайт только для заказчиков или поставщикам тоже пригодится?', '/#для-кого-этот-сайт'],
  [
    'Коллеги, добрый день! Подскажите, в каком разделе ЛК ЕИС берутся логин и пароль для Web-Торгов и кто их потом вводит в торгах? Заранее спасибо',
    '/connect/https-credentials/',
  ],
  [
    'чем администратор организации отличается от лица, уполномоченного руководителем? путаюсь в полномочиях',
    '/reference/glossary/#org-administrator',
  ],
  [
    'как зарегистрировать нового сотрудника в еис, чтобы он мог отправлять планы из торгов?',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  [
    'Добрый день. У нас новая бухгалтер нажала в кабинете еис ссылку про https, и теперь из торгов ничего не отправляется. Как восстановить и как сделать, чтобы больше не повторялось?',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'ни одна ошибка из списка не подошла, куда теперь обращаться?',
    '/reference/troubleshooting/#if-nothing-helped',
  ],
  [
    'как продлить токен, когда срок подходит к концу, или надо получать новый?',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],

  // сообщения об ошибках
  [
    '«ошибка о некорректности логина и пароля» при отправке плана-графика',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'при входе директора: Обнаружено несовпадение данных сертификата с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'ошибка о несоответствии регистрационных данных пользователя в ЕИС при отправке из веб торгов',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'в новостях висит Информация о недоступности отдельных функций ЕИС в сфере закупок',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'обращение поменяло статус на Закрыто без возможности переоткрытия, я не ответила на запрос',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'при создании обращения выскакивает установите плагин',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'консультация закрыта автоматически без возможности переоткрытия',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'истек срок действия идентификатора участника эдо',
    '/reference/troubleshooting/#err-edo-expired',
  ],
  [
    'в настройке взаимодействия нет блока права доступа к рис',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  [
    'не появился перечень региональных информационных систем в администрировании',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  [
    'обращение закрыли, написали что проблема описана в новостях',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  [
    'консультацию закрыли после 3 переоткрытий',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],
  [
    'закрыла окно с логином паролем не успела записать',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'нажали сохранить в регистрационных данных — пароль сменился',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'у нас ещё уполномоченное учреждение, а работа в рис так и не наладилась',
    '/reference/troubleshooting/#err-extra-roles',
  ],
  ['в перечне не могу найти нашу рис', '/reference/troubleshooting/#err-ris-not-found'],

  // раскладка, транслит, опечатки
  ['gfhjkm tbc', '/connect/https-credentials/'],
  ['njrty lkz cthdbcjd jnlfxb', '/services/token/'],
  ['ntktajy gjllth;rb', '/support/knowledge-base/#телефоны-поддержки'],
  ['cnfnec j,hfotybz', '/support/request-statuses/#что-означают-статусы'],
  ['ukjccfhbq', '/reference/glossary/'],
  ['kak poluchit identifikator edo', '/activation/edo-identifier/#шаги'],
  ['prava dostupa k ris eis', '/services/ris-rights/'],
  ['pereregistraciya organizacii novyi parol', '/connect/re-registration/'],
  [
    'ваб торги кс не отправлят в еис пишет пароль неправельный',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'абращение в тех подержку если не могу зайти в лечный кабинет',
    '/reference/troubleshooting/#err-cannot-login-request',
  ],

  // своими словами
  ['пароль для выгрузки на госзакупки из торгов', '/connect/https-credentials/'],
  ['ключ доступа к выгрузке из еис куда его вбивать в торгах', '/services/token/#шаги'],
  [
    'не тыкнула продолжить когда еис показала пароль',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  ['региональной системе открыть доступ в кабинете заказчика', '/services/ris-rights/'],
  ['шпаргалка все шаги одним документом', '/print/'],
  ['история правок на сайте', '/reference/changes/'],
  ['где я остановилась по чек листам', '/tools/progress/#vse-spiski'],
  ['анкета чтобы понять что нам настраивать', '/tools/start/'],
  ['акты приемки из еис подтянуть в программу', '/activation/edo-identifier/'],
  [
    'программка которая записывает действия для техподдержки еис',
    '/reference/glossary/#action-recording-plugin',
  ],
  ['напоминалка по каждой школе свою подпись сделать', '/tools/reminder/#добавить-напоминание'],
  ['файл с галочками на другой комп перекинуть', '/tools/progress/#perenos'],
  [
    'забили токен в торги а толку ноль',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  ['выгрузка в еис не идёт, не пойму в чём дело', '/reference/troubleshooting/#diagnostic'],
  [
    'было решено, а потом тикет сам закрылся',
    '/reference/troubleshooting/#err-request-resolved-closed',
  ],
];

export const TUNING_34b = CORPUS_34b;
