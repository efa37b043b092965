/**
 * Corpus 40b: reader questions for the site's search, written on 2026-12-06 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: a deputy head of a municipal enterprise not sure any of this applies to them: token or РИС rights and what the choice depends on, a printed version for the boss, what the site does not say.
 * Written at the start of round 17 to the brief of corpora 25–36 to be learned, as decided before
 * they arrived: measured once on arrival with round 16's last engine, then learned whole
 * (training.ts). Kept in the order written.
 */
import type { Query } from './search-queries';

export const CORPUS_40b: readonly Query[] = [
  // короткие запросы
  ['токен или рис', '/services/overview/#как-понять-какой-путь-ваш'],
  ['где взять токен', '/reference/troubleshooting/#err-token-where'],
  ['код рис субъекта', '/services/ris-rights/#что-понадобится'],
  ['идентификатор эдо', '/activation/edo-identifier/'],
  ['статус решено', '/support/request-statuses/#что-означают-статусы'],
  ['гоис что это', '/reference/glossary/#gois'],
  ['рис расшифровка', '/reference/glossary/#ris'],
  ['перерегистрация новый пароль', '/connect/re-registration/'],
  ['галка интеграция xml', '/support/create-request/#обращение-по-вопросам-интеграции'],
  ['все ошибки еис список', '/reference/troubleshooting/'],
  ['лента atom', '/reference/changes/'],
  ['faq база знаний', '/support/knowledge-base/#часто-задаваемые-вопросы-faq'],
  ['телеграм макс еис', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  ['рис дата 01.01.2022', '/services/ris-rights/#шаги'],
  ['сохранить как pdf', '/print/'],
  ['малый объем да в обращении', '/support/create-request/#шаги'],
  [
    'версия еис 13.1',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  ['токен сервисы отдачы', '/services/token/'],
  ['идентефикатор эдо истек', '/reference/troubleshooting/#err-edo-expired'],
  ['стп расшифровка', '/reference/glossary/#stp'],
  ['черновики обращений', '/support/request-statuses/#страница-техническая-поддержка'],
  ['лк 44-фз', '/reference/glossary/#lk'],
  ['новости о сбоях еис', '/support/knowledge-base/#новости-и-уведомления'],
  ['уполномоченное учреждение это', '/reference/glossary/#authorized-institution'],

  // полные вопросы
  [
    'мы муниципальное унитарное предприятие, нас это вообще касается или сайт только для бюджетных учреждений?',
    '/#для-кого-этот-сайт',
  ],
  [
    'от чего зависит, что нам делать — получать токен или настраивать права доступа к РИС?',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'не знаю, зарегистрированы ли наши торги в ЕИС как региональная система, — можно всё равно получить план, что делать?',
    '/tools/start/',
  ],
  [
    'есть у вас короткий опрос, чтобы понять, какие инструкции нужны именно нашей организации?',
    '/tools/start/#вопросы',
  ],
  [
    'начальник хочет всё на бумаге — как распечатать все инструкции разом или сохранить одним PDF?',
    '/print/',
  ],
  [
    'кто у нас имеет право получать логин и пароль для интеграции по https — только руководитель или можно специалисту по закупкам?',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'если кто-то ещё раз нажмёт ссылку про HTTPS в ЕИС, старый пароль в торгах перестанет работать?',
    '/connect/https-credentials/#что-получится',
  ],
  [
    'где в кабинете ЕИС нажать, чтобы показали логин и пароль для торгов, и почему окно надо открывать два раза?',
    '/connect/https-credentials/#шаги',
  ],
  [
    'в каком меню Web-Торгов вводится логин и пароль от ЕИС и нужно ли ставить галочку «сменить пароль»?',
    '/connect/web-torgi-ks/#шаги',
  ],
  [
    'я сама не могу войти в Web-Торги-КС, к кому идти за доступом?',
    '/connect/web-torgi-ks/#что-понадобится',
  ],
  [
    'после того как ввели пароль в торгах, документы, которые раньше не ушли, можно отправить ещё раз?',
    '/connect/web-torgi-ks/#что-получится',
  ],
  [
    'после перерегистрации кто вносит новые логин и пароль — администратор или каждый пользователь сам у себя?',
    '/connect/re-registration/#кто-может-это-сделать',
  ],
  [
    'под какой учётной записью выдают токен в кабинете заказчика и кто его потом заносит в систему?',
    '/services/token/#кто-может-это-сделать',
  ],
  [
    'на какой срок лучше выписывать токен, чтобы не получать его заново каждый год?',
    '/services/token/#шаги',
  ],
  [
    'зачем вообще в веб-торгах режим настройки взаимодействия с сервисами ЕИС и влияет ли он сейчас на отправку?',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'какие галочки отметить в правах пользователя, чтобы в администрировании появился список региональных систем?',
    '/services/ris-rights/#шаги',
  ],
  [
    'кто должен выдавать права доступа к РИС и почему нужно выйти из кабинета и зайти снова?',
    '/services/ris-rights/#кто-может-это-сделать',
  ],
  [
    'что в итоге поменяется после того, как подпишем доступ для РИС нашего субъекта?',
    '/services/ris-rights/#что-получится',
  ],
  [
    'у нас вроде есть ещё роль уполномоченного органа — как это проверить и как зайти в кабинет под этой ролью, чтобы повторить настройку РИС?',
    '/services/ris-rights/#шаги',
  ],
  [
    'для чего нужен идентификатор участника ЭДО и кто в организации может его получить?',
    '/activation/edo-identifier/',
  ],
  [
    'куда потом вставлять идентификатор ЭДО в Web-Торги-КС, чтобы подтягивались документы приёмки?',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  [
    'как продлить идентификатор ЭДО, когда подходит срок, — в ваших материалах про это что-нибудь есть?',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  [
    'ЕИС сама предупреждает, что у токена заканчивается срок, или следить надо самим?',
    '/tools/reminder/',
  ],
  [
    'веду настройку сразу за несколько школ и детских садов — как отмечать шаги по каждой отдельно?',
    '/tools/progress/#organizacii',
  ],
  [
    'как перенести свои отметки и напоминания с домашнего компьютера на рабочий?',
    '/tools/progress/#perenos',
  ],
  [
    'ваш сайт куда-нибудь отправляет то, что я ищу или отмечаю? у нас с этим строго',
    '/tools/progress/#что-сайт-отправляет',
  ],
  [
    'как написать в поддержку ЕИС, если в личный кабинет не пускает?',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  [
    'можно описать в одном обращении сразу несколько проблем, чтобы не плодить заявки?',
    '/support/create-request/#четыре-правила-обращения',
  ],
  [
    'хочу просто спросить у поддержки, как что работает, — какой вид обращения выбирать?',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  [
    'видны ли в моих обращениях заявки других сотрудников нашей организации и где их смотреть?',
    '/support/request-statuses/#где-смотреть-свои-обращения',
  ],
  [
    'в каких случаях обращение закрывается само, без нашего согласия?',
    '/support/request-statuses/#когда-обращение-закрывается',
  ],
  [
    'где в базе знаний ЕИС искать руководство по электронным допсоглашениям?',
    '/support/knowledge-base/#как-найти-нужный-материал',
  ],
  [
    'что делать сначала, если что-то не работает: сразу звонить или искать ответ самим?',
    '/support/knowledge-base/#порядок-действий-при-проблеме',
  ],
  [
    'о чём ваши инструкции молчат — например, как отправить документ из самих торгов — и к кому с этим идти?',
    '/reference/troubleshooting/#if-nothing-helped',
  ],
  [
    'что поменялось в инструкции про токен за последнее время, надо ли что-то переделывать?',
    '/reference/changes/#page-services-token',
  ],
  [
    'чем администратор организации отличается от лица, уполномоченного руководителем, которое тоже называется администратором?',
    '/reference/glossary/#org-administrator',
  ],

  // сообщения об ошибках
  [
    'при отправке плана-графика ЕИС пишет, что логин и пароль некорректны',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'ошибка о несоответсвии регистрационных данных пользователя в ЕИС при отправке',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'Обнаружено несовпадение данных сертификата с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'Информация о недоступности отдельных функций ЕИС в сфере закупок что делать',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'нажали сохранить в регистрационных данных и пароль в торгах перестал подходить',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'коллега ещё раз открыла «данные пользователя для альтернативной интеграции», теперь в вебторгах пароль не работает',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'закрыла окно с логином и паролем не успела скопировать',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'забыли нажать продолжить в окне с паролем',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  [
    'пользователь не зарегистрирован в ЕИС, из торгов ничего не отправить',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  [
    'в настройке взаимодействия с сервисами нет блока права доступа к рис',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  [
    'не появился пункт перечень региональных информационных систем',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  [
    'истёк срок действия токена для сервисов отдачи',
    '/reference/troubleshooting/#err-token-expired',
  ],
  [
    'закрыто автоматически без возможности переоткрытия, а был вид консультация',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'обращение закрыто, не ответили на запрос информации за 7 рабочих дней',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'при создании обращения пишет установите плагин',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'статус «Закрыто» по обращению, а проблема так и не решена',
    '/reference/troubleshooting/#err-request-closed',
  ],

  // раскладка, транслит, опечатки
  ['njrty bkb hbc', '/services/overview/#как-понять-какой-путь-ваш'],
  ['hfcgtxfnfnm bycnherwb.', '/print/'],
  ['gththtubcnhfwbz yjdsq gfhjkm', '/connect/re-registration/'],
  ['yfgjvbyfybt njrty', '/tools/reminder/'],
  [
    'ytcjjndtncndbt htubcnhfwbjyys[ lfyys[',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  ['xtr kbcns', '/tools/progress/#vse-spiski'],
  ['identifikator edo kak poluchit po shagam', '/activation/edo-identifier/#шаги'],
  ['kak sozdat obrashenie v tehpodderzhku eis', '/support/create-request/#шаги'],
  ['как вевсти пороль от еис в вебторги кс', '/connect/web-torgi-ks/#шаги'],
  ['глосарий сокрашений еис', '/reference/glossary/'],

  // своими словами
  ['ключ для выгрузки данных из госзакупок где выписать', '/services/token/#шаги'],
  [
    'директора не пускает на госзакупки по эцп, ругается на сертификат',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  ['как подружить наши торги с госзакупками, мы муп', '/'],
  ['где у вас всякие чек-листы и напоминалки, как сайт вообще устроен', '/#как-устроен-сайт'],
  ['шпаргалка по всей настройке на бумаге для шефа', '/print/'],
  ['заявка в хелпдеск еис как оформить', '/support/create-request/'],
  [
    'тикет в техподдержке висит, когда обещают сделать',
    '/support/request-statuses/#плановый-срок-решения',
  ],
  [
    'вбили токен в торги, а толку ноль — ничего не поменялось',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  [
    'видеозапись экрана для техподдержки обязательна?',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  ['номер горячей линии госзакупок', '/support/knowledge-base/#телефоны-поддержки'],
  ['что за зверь сервисы отдачи и зачем они нам', '/reference/glossary/#output-services'],
  [
    'попинать поддержку повторной заявкой, чтобы быстрее решили, — можно?',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  [
    'какие файлики кидать в заявку, если план-график не улетает в еис',
    '/reference/troubleshooting/#err-integration-request-files',
  ],
  [
    'регионалка так и не заработала, а у нас ещё уполномоченное учреждение',
    '/reference/troubleshooting/#err-extra-roles',
  ],
];

export const TUNING_40b = CORPUS_40b;
