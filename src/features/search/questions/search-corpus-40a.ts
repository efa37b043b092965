/**
 * Corpus 40a: reader questions for the site's search, written on 2026-12-06 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: a newcomer replacing a colleague who left without passing anything on (old login, password, token and identifier unknown): finding out what was set up, getting new credentials, changing the responsible person.
 * Written at the start of round 17 to the brief of corpora 25–36 to be learned, as decided before
 * they arrived: measured once on arrival with round 16's last engine, then learned whole
 * (training.ts). Kept in the order written.
 */
import type { Query } from './search-queries';

export const CORPUS_40a: readonly Query[] = [
  // короткие запросы
  ['пароль для интеграции https', '/connect/https-credentials/'],
  ['токен сервисы отдачи получить', '/services/token/#шаги'],
  ['код рис субъекта', '/services/ris-rights/#что-понадобится'],
  ['идентификатр эдо получить', '/activation/edo-identifier/#шаги'],
  ['статусы обращений тп', '/support/request-statuses/#что-означают-статусы'],
  ['глоссарий сокращений', '/reference/glossary/'],
  ['что такое гоис', '/reference/glossary/#gois'],
  ['перерегистрация организации', '/connect/re-registration/'],
  ['напоминание в календарь ics', '/tools/reminder/#когда-срок-подходит-к-концу'],
  ['распечатать всю инструкцию', '/print/'],
  ['плагин фиксации действий', '/reference/glossary/#action-recording-plugin'],
  ['флаг интеграция в обращении', '/support/create-request/#обращение-по-вопросам-интеграции'],
  ['сменить пароль веб торги кс', '/connect/web-torgi-ks/#шаги'],
  ['рис настройка прав', '/services/ris-rights/'],
  ['сервисы отдачи что это', '/reference/glossary/#output-services'],
  ['уполномоченное учреждение', '/reference/glossary/#authorized-institution'],
  ['база знаний еис', '/support/knowledge-base/#база-знаний-еис'],
  ['изменения по страницам', '/reference/changes/#by-page'],
  ['телеграм канал госзакупок', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  ['удалить напоминание', '/tools/reminder/#vashi-napominaniya'],
  ['лк расшифровка', '/reference/glossary/#lk'],
  [
    'консультацию закрыли после переоткрытий',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],
  ['документы приемки', '/reference/glossary/#acceptance-documents'],
  ['продление токена', '/services/token/#что-дальше'],
  ['новсти еис сбои', '/support/knowledge-base/#новости-и-уведомления'],
  // вопросы живой речью
  [
    'коллега уволилась и не оставила пароль от еис для web-торгов — как мне теперь получить новый логин и пароль?',
    '/connect/https-credentials/',
  ],
  [
    'можно ли как-то посмотреть в лк еис тот пароль, который раньше выдавали для интеграции, или его только заново генерировать?',
    '/connect/https-credentials/#что-получится',
  ],
  [
    'если я сейчас получу новый пароль, то пароль, который прежний сотрудник вводил в web-торги-кс, перестанет работать?',
    '/connect/https-credentials/#шаги',
  ],
  [
    'кто в организации вправе получить в еис логин и пароль для интеграции — только руководитель или я тоже могу?',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'что нужно подготовить, прежде чем получать пароль для интеграции, и какие права нужны в личном кабинете?',
    '/connect/https-credentials/#что-понадобится',
  ],
  [
    'как узнать, наша web-торги-кс зарегистрирована в еис как рис или нам нужен токен?',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'предыдущий специалист что-то заполнял в настройке взаимодействия с сервисами еис — это вообще на что-нибудь влияет?',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'я новенькая, мне ничего не передали, с чего начинать настройку связи web-торгов с еис?',
    '/tools/start/',
  ],
  [
    'токен, который получал прежний сотрудник, никто не знает — можно ли просто выпустить новый?',
    '/services/token/',
  ],
  [
    'как мне стать ответственной за интеграцию вместо уволившейся коллеги, если меня нет среди пользователей организации в еис?',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  [
    'как заблокировать в лк еис учётную запись сотрудника, который уволился?',
    '/support/knowledge-base/#часто-задаваемые-вопросы-faq',
  ],
  [
    'идентификатор эдо выдавали на уволившуюся сотрудницу, мне надо получать новый на себя?',
    '/activation/edo-identifier/#кто-может-это-сделать',
  ],
  [
    'куда в web-торгах вставлять идентификатор участника эдо? не вижу такого поля',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  [
    'еис сама предупредит, что срок токена заканчивается, или надо следить самой?',
    '/tools/reminder/',
  ],
  [
    'я веду настройку за несколько школ и детских садов, можно отмечать шаги по каждой отдельно?',
    '/tools/progress/#organizacii',
  ],
  [
    'хочу поставить напоминания о сроке токена для каждого учреждения, их у меня пять — как их потом различать?',
    '/tools/reminder/#добавить-напоминание',
  ],
  [
    'отметила шаги на рабочем компьютере, как продолжить дома на ноутбуке?',
    '/tools/progress/#perenos',
  ],
  [
    'ваш сайт куда-то отправляет то, что я ввожу? не хочу, чтобы пароли утекли',
    '/tools/progress/#что-сайт-отправляет',
  ],
  [
    'как правильно составить обращение в поддержку, чтобы его не закрыли сразу?',
    '/support/create-request/#четыре-правила-обращения',
  ],
  [
    'выбирать консультацию или ошибку, если я просто не понимаю, как всё было настроено до меня?',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  [
    'не могу войти в личный кабинет еис, подписи на меня ещё нет — как тогда написать в поддержку?',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  [
    'сколько ждать ответа от техподдержки и где видно, к какому числу решат?',
    '/support/request-statuses/#плановый-срок-решения',
  ],
  [
    'этот сайт для кого — для заказчиков или для администраторов системы в регионе? я из бюджетного учреждения',
    '/#для-кого-этот-сайт',
  ],
  [
    'организацию перерегистрировали — старые логин и пароль в web-торгах ещё действуют или нужны новые?',
    '/connect/re-registration/',
  ],
  [
    'в каком порядке всё делать: сначала пароль в еис, потом в web-торгах, или наоборот?',
    '/tools/start/#вопросы',
  ],
  [
    'документ из web-торгов не уходит в еис, а какая именно ошибка — не поняла, как разобраться?',
    '/reference/troubleshooting/#diagnostic',
  ],
  [
    'у меня нет доступа в web-торги-кс, прежняя учётка была на коллегу — к кому идти?',
    '/connect/web-torgi-ks/#что-понадобится',
  ],
  [
    'где в web-торгах кнопка повторной отправки документа в еис после смены пароля?',
    '/reference/troubleshooting/#if-nothing-helped',
  ],
  [
    'не нашла наш регион в перечне рис, какой код там искать?',
    '/reference/troubleshooting/#err-ris-not-found',
  ],
  [
    'у нас ещё роль уполномоченного учреждения — права к рис надо делать второй раз и под каким пользователем?',
    '/services/ris-rights/#шаги',
  ],
  [
    'после выдачи прав доступа к рис как понять, что всё получилось?',
    '/services/ris-rights/#что-получится',
  ],
  [
    'чем администратор организации отличается от лица, уполномоченного руководителем? у меня в полномочиях оба пункта',
    '/reference/glossary/#org-administrator',
  ],
  [
    'что конкретно поменяли в инструкции про ввод пароля в web-торги, я распечатывала старую версию',
    '/reference/changes/#page-connect-web-torgi-ks',
  ],
  [
    'прежний сотрудник создавал обращения в поддержку — я их увижу под своей учёткой?',
    '/support/request-statuses/#где-смотреть-свои-обращения',
  ],
  [
    'при проблеме сначала звонить в поддержку или где-то самой поискать ответ?',
    '/support/knowledge-base/#порядок-действий-при-проблеме',
  ],
  // сообщения об ошибках
  [
    'ошибка о несоответствии регистрационных данных пользователя в ЕИС',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'при отправке в еис: логин или пароль некорректны',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'Обнаружено несовпадение данных сертификата с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'выскакивает "информация о недоступности отдельных функций ЕИС" что делать',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'нажала сохранить в регистрационных данных и пароль больше не подходит',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'закрыла окно с логином и паролем, не успела записать',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'забыла нажать продолжить в окне с паролем',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  [
    'не появился пункт перечень региональных информационных систем',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  [
    'в настройке взаимодействия с сервисами нет блока права доступа к рис',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  [
    'истёк срок действия токена для сервисов отдачи',
    '/reference/troubleshooting/#err-token-expired',
  ],
  [
    'закрыто без возможности переоткрытия, не ответили на запрос информации',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'при создании обращения просит установить плагин',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'обращение закрыто автоматически — там была ошибка, а вид стоял консультация',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  ['срок действия идентификатора ЭДО истёк', '/reference/troubleshooting/#err-edo-expired'],
  [
    'заполнила токен в настройке взаимодействия, а ничего не изменилось',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  // неверная раскладка, транслит, опечатки
  ['gfhjkm lkz byntuhfwbb', '/connect/https-credentials/'],
  ['njrty cthdbcs jnlfxb', '/services/token/'],
  ['parol eis web torgi ne podhodit', '/reference/troubleshooting/#err-login-password-incorrect'],
  ['identifikator edo ne sohranila', '/reference/troubleshooting/#err-edo-not-saved'],
  ['ntktajy gjllth;rb tbc', '/support/knowledge-base/#телефоны-поддержки'],
  ['yjdsq gfhjkm gjckt gththtubcnhfwbb', '/connect/re-registration/#шаги'],
  ['ригистрацыонные даные в еис в вебторгах где', '/connect/web-torgi-ks/#шаги'],
  ['как саздать абращение в тех паддержку', '/support/create-request/#шаги'],
  ['obrashenie zakryto chto delat', '/reference/troubleshooting/#err-request-closed'],
  ['ghfdf ljcnegf r hbc', '/services/ris-rights/'],
  // своими словами
  [
    'слетел пароль в веб-торгах после того, как начальница что-то жала в госзакупках',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'заявка в тп была решена, а потом сама закрылась, я не успела проверить',
    '/reference/troubleshooting/#err-request-resolved-closed',
  ],
  [
    'куда тыкать на госзакупках, чтобы сгенерить пасс для веб торгов',
    '/connect/https-credentials/#шаги',
  ],
  [
    'ключ для выгрузки данных из еис в торги — где его взять',
    '/reference/troubleshooting/#err-token-where',
  ],
  ['код для подтягивания документов приёмки из еис', '/activation/edo-identifier/'],
  [
    'тикет в тп висит, накатать ещё один, чтобы поторопились?',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  [
    'переоформили учреждение, торги перестали выгружать план-график в еис',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'мою заявку в поддержку закрыли, написали что сбой уже висит в новостях',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  [
    'личка на госзакупках не пускает, хочу накатать в тп',
    '/reference/troubleshooting/#err-cannot-login-request',
  ],
  [
    'запись экрана для техподдержки еис обязательна?',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  [
    'хмлки для обращения по интеграции где брать',
    '/reference/troubleshooting/#err-integration-request-files',
  ],
  [
    'у нас контора ещё и уполномоченный орган, права на рис дали, а всё глючит',
    '/reference/troubleshooting/#err-extra-roles',
  ],
  ['передача дел по интеграции с еис: что вообще тут надо настраивать', '/#основные-инструкции'],
  [
    'госзакупки выдали новый пасс после перерега, куда вбивать в торгах',
    '/connect/re-registration/#шаги',
  ],
  ['лента обновлений инструкций для rss-читалки', '/reference/changes/'],
];

export const TUNING_40a = CORPUS_40a;
