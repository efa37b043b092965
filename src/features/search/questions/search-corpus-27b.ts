/**
 * Corpus 27b: reader questions for the site's search, written on 2026-12-06 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: a lawyer of a regional ministry's subordinate institution who checks who may do what and on what basis: roles, «полномочия», responsibility, dates, what the sources do not say; quotes messages exactly.
 * Written to the same brief as corpora 25 and 26 (a set share of wrong layouts, translit, pasted
 * messages and words the site does not use), to be learned: measured once on arrival (round
 * 15's engine, after its other changes), then learned whole (training.ts). Kept in the order
 * written.
 */
import type { Query } from './search-queries';

export const CORPUS_27b: readonly Query[] = [
  // короткие запросы
  ['полномочия на получение пароля https', '/connect/https-credentials/#кто-может-это-сделать'],
  ['кто вносит токен в веб-торги', '/services/token/#кто-может-это-сделать'],
  ['дата окончания идентификатора эдо', '/activation/edo-identifier/#напоминание-о-сроке'],
  ['малый объем обращение с 01.07.2026', '/support/create-request/#шаги'],
  ['роль уполномоченный орган', '/reference/glossary/#authorized-body'],
  ['гоис расшифровка', '/reference/glossary/#gois'],
  ['статус запрос информации', '/support/request-statuses/#что-означают-статусы'],
  ['срок рассмотрения обращения еис', '/support/request-statuses/#плановый-срок-решения'],
  ['новый логин после перерегистации', '/connect/re-registration/#шаги'],
  ['код рис субъекта', '/services/ris-rights/#что-понадобится'],
  ['дата доступа 01.01.2022', '/services/ris-rights/#шаги'],
  ['распечатать инструкцию pdf', '/print/'],
  ['лента atom изменений', '/reference/changes/'],
  ['плагин фиксации действий', '/reference/glossary/#action-recording-plugin'],
  ['сервисы отдачи определение', '/reference/glossary/#output-services'],
  ['когда выбирать вид ошибка', '/support/create-request/#вид-обращения-консультация-или-ошибка'],
  ['база знаний еис доступ', '/support/knowledge-base/#база-знаний-еис'],
  ['канал макс еис', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  ['полномочя администратора организации', '/reference/glossary/#org-administrator'],
  ['правила работы в тп еис', '/support/create-request/#четыре-правила-обращения'],
  ['роль заказчик еис', '/reference/glossary/#customer'],
  ['статусы заявок техподдержки', '/support/request-statuses/'],
  [
    'версия еис 13.1',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  ['44-фз полное название', '/reference/glossary/#fz-44'],
  ['список моих напоминаний', '/tools/reminder/#vashi-napominaniya'],

  // полные вопросы
  [
    'Кто уполномочен выдавать идентификатор участника ЭДО и кому он выдаётся — организации в целом или конкретному пользователю?',
    '/activation/edo-identifier/#кто-может-это-сделать',
  ],
  [
    'Вносит ли сотрудник логин и пароль в Web-Торги-КС сам под своей учётной записью или это вправе сделать за него администратор Системы?',
    '/connect/web-torgi-ks/#кто-может-это-сделать',
  ],
  [
    'Под каким пользователем и с каким полномочием выполняются действия после повторного входа при настройке прав доступа к РИС?',
    '/services/ris-rights/#кто-может-это-сделать',
  ],
  [
    'Требуются ли особые полномочия или роль в ЕИС для направления обращения в службу технической поддержки?',
    '/support/create-request/#кто-может-это-сделать',
  ],
  [
    'Какое из двух полномочий имеется в виду, когда сказано, что токен выдаётся под учётной записью администратора организации?',
    '/reference/glossary/#org-administrator',
  ],
  [
    'У учреждения помимо роли «Заказчик» есть роль «Уполномоченное учреждение». Обязаны ли мы повторять настройку доступа к РИС для этой роли и что при этом меняется в порядке действий?',
    '/services/ris-rights/#шаги',
  ],
  [
    'В течение какого срока необходимо ответить на запрос информации от техподдержки ЕИС и считаются ли дни рабочими или календарными?',
    '/support/request-statuses/#что-означают-статусы',
  ],
  [
    'Прошу привести исчерпывающий перечень оснований, по которым обращение получает статус «Закрыто»',
    '/support/request-statuses/#когда-обращение-закрывается',
  ],
  [
    'Уведомляет ли ЕИС заранее об окончании срока действия токена, или контроль срока возлагается на само учреждение?',
    '/tools/reminder/',
  ],
  [
    'Срок идентификатора ЭДО истекает через месяц. Допускается ли продление уже выданного идентификатора или порядок продления источниками не установлен?',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  [
    'Как установить, какой порядок применяется в нашем регионе — токен или права доступа к РИС — и у кого запрашивать сведения о регистрации Системы в качестве РИС?',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'В каком месте Web-Торги-КС вводится идентификатор участника ЭДО и кем запускается импорт документов приёмки? В инструкции этого не нашла',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  [
    'Кто в организации должен отвечать за нажатие ссылки с данными для HTTPS, чтобы у пользователей не сбивался пароль в Web-Торги-КС?',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'В разделе «Мои обращения» отображаются только обращения, поданные мной лично, или все обращения учреждения?',
    '/support/request-statuses/#где-смотреть-свои-обращения',
  ],
  [
    'Является ли запись плагина фиксации действий обязательным приложением к обращению и для какого вида обращения?',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  [
    'Я веду настройку интеграции сразу за 14 подведомственных учреждений (школы, детские сады). Можно ли вести отметки и напоминания по каждому учреждению отдельно?',
    '/tools/progress/#organizacii',
  ],
  [
    'Передаёт ли сайт третьим лицам вводимые мной сведения, в частности тексты поисковых запросов, и вычищаются ли из них пароли?',
    '/tools/progress/#что-сайт-отправляет',
  ],
  [
    'Можно ли направить сформированный план настройки коллеге ссылкой и не заменит ли он мой сохранённый план?',
    '/tools/start/',
  ],
  [
    'Когда последний раз вносились изменения в инструкцию по токену и влияют ли они на порядок действий?',
    '/reference/changes/#page-services-token',
  ],
  [
    'Является ли этот сайт официальным ресурсом ЕИС, для кого он предназначен и на каких материалах основан?',
    '/#для-кого-этот-сайт',
  ],
  [
    'Если в новостях ЕИС уже размещено сообщение о сбое, вправе ли учреждение всё равно направить обращение и какова будет его судьба?',
    '/support/knowledge-base/#новости-и-уведомления',
  ],
  [
    'Каким образом подать обращение в поддержку ЕИС, если войти в личный кабинет невозможно, и куда поступит ответ?',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  [
    'Какой срок действия токена указывать при выдаче и установлен ли где-либо предельный срок?',
    '/services/token/#шаги',
  ],
  [
    'В какой момент пароль для интеграции становится постоянным — сразу при генерации или только после нажатия «Продолжить»?',
    '/connect/https-credentials/#шаги',
  ],
  [
    'Какие ещё обязательные поля окна регистрационных данных в Web-Торги-КС подлежат заполнению помимо логина и пароля? В инструкции они не перечислены',
    '/connect/web-torgi-ks/#шаги',
  ],
  [
    'Каким образом установить, имеется ли у нашей организации роль «Уполномоченный орган», если источник этого не описывает?',
    '/tools/start/#вопросы',
  ],
  [
    'Допускается ли изложить в одном обращении несколько проблем и можно ли направлять повторное обращение по тому же вопросу?',
    '/support/create-request/#четыре-правила-обращения',
  ],
  [
    'Какие столбцы содержит таблица обращений и чем плановый срок решения отличается от фактического?',
    '/support/request-statuses/#страница-техническая-поддержка',
  ],
  [
    'С чего следует начинать при проблеме в ЕИС: сразу писать в техподдержку или сначала искать ответ самостоятельно?',
    '/support/knowledge-base/#порядок-действий-при-проблеме',
  ],
  [
    'Что делать, если ни одно из описанных решений не помогло, и кому адресовать вопросы о самой Web-Торги-КС?',
    '/reference/troubleshooting/#if-nothing-helped',
  ],
  [
    'Кто вправе узнать новый логин и пароль после перерегистрации организации и кто вносит их в Систему?',
    '/connect/re-registration/#кто-может-это-сделать',
  ],
  [
    'Что необходимо подготовить заранее для выдачи идентификатора ЭДО — какой доступ и какую дату окончания срока?',
    '/activation/edo-identifier/#что-понадобится',
  ],
  [
    'К кому обращаться, если у сотрудника нет доступа к Web-Торги-КС, а вход в Систему в исходных инструкциях не описан?',
    '/connect/web-torgi-ks/#что-понадобится',
  ],

  // сообщения об ошибках
  [
    'при отправке в ЕИС ошибка о некорректности логина и пароля',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    '«Обнаружено несовпадение данных сертификата с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'ошибка о несоответствии регистрационных данных пользователя в ЕИС при отправке плана-графика',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'в новостях висит «Информация о недоступности отдельных функций ЕИС в сфере закупок» документы не уходят',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'при создании обращения система предлагает установить плагин',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    '«такое обращение будет закрыто автоматически без возможности переоткрытия» консультация',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'обращение автоматически поменяло статус на «Закрыто» не успели ответить на запрос',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'в Администрировании не появился Перечень региональных информационных систем после выдачи прав',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  [
    'нет блока права доступа к РИС в режиме настройки сервисов ЕИС',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  [
    'пароль в веб-торгах стал недействительным после повторного нажатия ссылки https коллегой',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'после кнопки Сохранить в карточке пользователя ЕИС пароль перестал подходить',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'окно с логином и паролем закрылось, данные не записала',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    '«Работа с обращениями в статусе Закрыто далее не осуществляется» что дальше',
    '/reference/troubleshooting/#err-request-closed',
  ],
  [
    'обращения по описанной в новостях проблеме будут закрыты автоматически после ее устранения',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  ['истек срок действия токена сервисы отдачи', '/reference/troubleshooting/#err-token-expired'],

  // неправильная раскладка, транслит, опечатки
  ['gfhjkm lkz byntuhfwbb', '/connect/https-credentials/'],
  ['njrty lkz cthdbcjd jnlfxb', '/services/token/'],
  ['gththtubcnhfwbz jhufybpfwbb', '/connect/re-registration/'],
  ['identifikator uchastnika edo kak poluchit', '/activation/edo-identifier/#шаги'],
  ['kak sozdat obrashenie v podderzhku eis', '/support/create-request/#шаги'],
  ['ghfdf ljcnegf r hbc', '/services/ris-rights/'],
  ['телфон подержки еис круглсуточный', '/support/knowledge-base/#телефоны-поддержки'],
  ['ukjccfhbq', '/reference/glossary/'],
  ['c xtuj yfxfnm yfcnhjqre', '/tools/start/'],
  [
    'ne nazhala prodolzhit parol ne sohranilsya',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],

  // своими словами
  [
    'доверенность сотруднику на выгрузку в госзакупки',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  ['где взять апи ключ госзакупок для веб-торгов', '/reference/troubleshooting/#err-token-where'],
  [
    'повторный тикет чтобы поторопить техподдержку',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  ['шпаргалка по интеграции целиком одним файлом', '/print/'],
  ['календарь сроков ключей ЭДО по подведам', '/tools/reminder/#добавить-напоминание'],
  ['выгрузить напоминание в outlook', '/tools/reminder/#когда-срок-подходит-к-концу'],
  ['спецплощадка в названии полномочия что значит', '/reference/glossary/#specialized-etp'],
  [
    'логи обмена с ЕИС к заявке в техподдержку',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  [
    'сотрудник не заведен в кабинете госзакупок, документы из веб-торгов не уходят',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  ['акты приемки из ЕИС, ключ ЭДО не сохранили', '/reference/troubleshooting/#err-edo-not-saved'],
  [
    'региональная система нашего субъекта не ищется в списке',
    '/reference/troubleshooting/#err-ris-not-found',
  ],
  [
    'у нас ещё статус уполномоченного учреждения, РИС не заводится',
    '/reference/troubleshooting/#err-extra-roles',
  ],
  [
    'галочки по сервисам ЕИС в веб-торгах проставили, эффекта ноль',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  ['мастер поиска ошибки по вопросам', '/reference/troubleshooting/#diagnostic'],
  ['карта сайта по интеграции с ЕИС', '/#как-устроен-сайт'],
  ['перекинуть чек-листы подведа на другой комп', '/tools/progress/#perenos'],
  ['ключ ЭДО протух что делать', '/reference/troubleshooting/#err-edo-expired'],
];

export const TUNING_27b = CORPUS_27b;
