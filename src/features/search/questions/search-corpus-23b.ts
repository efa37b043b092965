/**
 * Corpus 23b: reader questions for the site's search, written on 2026-12-06 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora. Persona: specialist of МКУ «Централизованная бухгалтерия» setting up ЕИС integration for 40 kindergartens at once, terse, forgets the keyboard layout, uses abbreviations.
 * Kept in the order written. Held out whole in round 14 (written before its changes, measured
 * on arrival and after them, never tuned on); learned whole from round 15 on, when corpora 25
 * and 26 took its place as the held-out corpora (training.ts).
 */
import type { Query } from './search-queries';

export const CORPUS_23b: readonly Query[] = [
  // Start: what the site is, where to begin
  ['что за сайт вообще, для кого эти инструкции по интеграции с еис', '/#для-кого-этот-сайт'],
  ['список всех инструкций', '/#основные-инструкции'],
  ['какие разделы есть на сайте и где что лежит', '/#как-устроен-сайт'],
  [
    'не знаю с чего начать настройку интеграции для садиков, что нам вообще нужно делать',
    '/tools/start/',
  ],
  ['опросник план настройки', '/tools/start/'],
  [
    'можно отправить составленный план коллеге ссылкой чтобы она делала по нему у себя',
    '/tools/start/',
  ],

  // Login and password for HTTPS integration in ЛК ЕИС
  ['логин пароль https еис', '/connect/https-credentials/'],
  [
    'где в лк еис получить логин и пароль для вэб торгов, чтобы план-график уходил в еис',
    '/connect/https-credentials/#шаги',
  ],
  [
    'кто может получить логин для интеграции, у нас главбух в лк не админ',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'ссылка данные пользователя для альтернативной интеграции где',
    '/connect/https-credentials/#шаги',
  ],
  ['kjuby gfhjkm lkz byntuhfwbb', '/connect/https-credentials/'],
  [
    'скопировала логин и пароль из окна, что нажимать дальше продолжить или сохранить?',
    '/connect/https-credentials/#шаги',
  ],
  ['доступы для выгрузки планов на госзакупки', '/connect/https-credentials/'],
  [
    'что нужно подготовить перед получением пароля интеграции в лк 44 фз',
    '/connect/https-credentials/#что-понадобится',
  ],

  // Entering the login and password in Web-Торги-КС
  ['куда вводить логин и пароль от еис в веб торгах', '/connect/web-torgi-ks/#шаги'],
  ['галка сменить пароль', '/connect/web-torgi-ks/#шаги'],
  ['ddjl gfhjkz d dt, njhub', '/connect/web-torgi-ks/'],
  [
    'кто вбивает пароль в систему — я за все 40 садиков или каждая заведующая сама под своей учеткой?',
    '/connect/web-torgi-ks/#кто-может-это-сделать',
  ],
  [
    'какие еще обязательные поля заполнять в окне регистрационных данных в web-торги-кс, там пусто',
    '/connect/web-torgi-ks/#шаги',
  ],
  [
    'сохранили пароль в вебторгах, связь с еис теперь установлена или еще что-то надо',
    '/connect/web-torgi-ks/#что-получится',
  ],
  ['учетка в вэб торгах куда прописать логин от госзакупок', '/connect/web-torgi-ks/#шаги'],

  // Re-registration of the organisation
  ['перерегистрация организации новый логин', '/connect/re-registration/'],
  [
    'садик перерегистрировался в еис и теперь документы из вэб торгов не отправляются, что делать по шагам',
    '/connect/re-registration/#шаги',
  ],
  ['pereregistraciya organizacii novyi parol web torgi', '/connect/re-registration/'],
  [
    'кто после перерегистрации вносит новый логин в систему, админ лк или сам пользователь',
    '/connect/re-registration/#кто-может-это-сделать',
  ],
  [
    'что надо иметь под рукой чтобы обновить данные после перерегистрации',
    '/connect/re-registration/#что-понадобится',
  ],

  // Services: token or РИС
  ['токен или рис', '/services/overview/#как-понять-какой-путь-ваш'],
  [
    'как узнать зарегистрирована ли наша система как рис в регионе и от чего это зависит',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'зачем нужен режим настройка взаимодействия с сервисами еис в веб торгах',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  ['yfcnhjqrf dpfbvjltqcndbz c cthdbcfvb', '/services/overview/'],

  // Token for output services
  ['токен сервисы отдачи получить', '/services/token/#шаги'],
  ['срок токена какой ставить', '/services/token/#шаги'],
  [
    'кто в еис выдает токен — обычный пользователь не может?',
    '/services/token/#кто-может-это-сделать',
  ],
  ['куда в вебторгах вставлять идентификатор токена и срок действия', '/services/token/#шаги'],
  ['апи ключ еис', '/services/token/'],

  // Access rights for РИС
  ['выдать права рис', '/services/ris-rights/#шаги'],
  ['ghfdf ljcnegf r hbc', '/services/ris-rights/'],
  ['дата предоставления доступа рис', '/services/ris-rights/#шаги'],
  ['код рис субъекта', '/services/ris-rights/#что-понадобится'],
  [
    'под каким пользователем заходить в лк заказчика чтобы выдать права рис, админ или лицо уполномоченное руководителем',
    '/services/ris-rights/#кто-может-это-сделать',
  ],
  ['флаг информация об участниках закупки по электронным процедурам', '/services/ris-rights/#шаги'],

  // ЭДО participant identifier
  ['идентификатор участника эдо', '/activation/edo-identifier/'],
  ['выдача идентификатора эдо', '/activation/edo-identifier/#шаги'],
  [
    'куда потом вводить идентификатор эдо в веб торгах, где импорт документов приемки',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  ['индетификатор учасника эдо срок дейсвия', '/activation/edo-identifier/#шаги'],
  ['ключ для загрузки актов приемки электронное актирование', '/activation/edo-identifier/'],
  [
    'кто имеет право выдать идентификатор электронного документооборота',
    '/activation/edo-identifier/#кто-может-это-сделать',
  ],

  // Knowledge base, news, channels, phones
  ['телефон поддержки еис', '/support/knowledge-base/#телефоны-поддержки'],
  ['ntktajy nt[gjllth;rb tbc', '/support/knowledge-base/#телефоны-поддержки'],
  ['горячая линия госзакупок', '/support/knowledge-base/#телефоны-поддержки'],
  [
    'есть ли у еис канал в телеграме или в максе, куда подписаться',
    '/support/knowledge-base/#каналы-макс-и-телеграм',
  ],
  [
    'как понять, еис лежит у всех или только у нас, прежде чем звонить',
    '/support/knowledge-base/#новости-и-уведомления',
  ],
  ['faq еис категории', '/support/knowledge-base/#часто-задаваемые-вопросы-faq'],

  // Creating a support request
  ['написать в техподдержку еис', '/support/create-request/#шаги'],
  ['rfr cjplfnm j,hfotybt', '/support/create-request/'],
  [
    'вид обращения консультация ошибка',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  [
    'какие xml файлы нужно прикладывать к обращению если не работает интеграция с веб торгами',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  [
    'заведующая не может зайти в личный кабинет, как ей написать в поддержку без входа',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  [
    'можно ли в одном обращении описать сразу проблемы по нескольким садикам',
    '/support/create-request/#четыре-правила-обращения',
  ],
  ['тикет в тп еис', '/support/create-request/'],

  // Request statuses
  ['статус запрос информации', '/support/request-statuses/#что-означают-статусы'],
  ['мои обращения где', '/support/request-statuses/#где-смотреть-свои-обращения'],
  [
    'как увидеть обращения по всей организации а не только те что я сама создавала',
    '/support/request-statuses/#страница-техническая-поддержка',
  ],
  ['срок ответа по обращению', '/support/request-statuses/#плановый-срок-решения'],
  [
    'через сколько дней закроется обращение в статусе решено, если я не успеваю проверить',
    '/support/request-statuses/#когда-обращение-закрывается',
  ],

  // My progress, reminders
  ['чек лист шагов прогресс', '/tools/progress/#vse-spiski'],
  [
    'как вести настройку отдельно по каждому из 40 детских садов, чтобы отметки не путались',
    '/tools/progress/#organizacii',
  ],
  ['перенос отметок другой комп', '/tools/progress/#perenos'],
  ['сайт куда-то отправляет мои данные? пароли не утекут?', '/tools/progress/#что-сайт-отправляет'],
  ['напоминание срок токена', '/tools/reminder/'],
  ['добавить в календарь ics', '/tools/reminder/#когда-срок-подходит-к-концу'],
  [
    'напоминалка не показывается, у нас на работе javascript режут',
    '/tools/reminder/#добавить-напоминание',
  ],

  // Glossary
  ['что такое рис', '/reference/glossary/#ris'],
  ['стп расшифровка', '/reference/glossary/#stp'],
  ['сервисы отдачи что это такое и что они дают', '/reference/glossary/#output-services'],
  [
    'чем администратор организации отличается от лица уполномоченного руководителем на определение лиц и действий',
    '/reference/glossary/#org-administrator',
  ],
  ['закупка малого обьема', '/reference/glossary/#small-volume-purchase'],

  // Errors pasted or retyped from ЕИС / the sources
  [
    'ошибка о некорректности логина и пароля',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'ошибка о несоответствии регистрационных данных пользователя в ЕИС',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'Обнаружено несовпадение данных сертификата с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'Информация о недоступности отдельных функций ЕИС в сфере закупок',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'ранее введенный в ПК Web-Торги КС пароль становится недействительным',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'Если плагин не установлен, пользователю будет предложено его установить',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'Блок полей Права доступа к РИС отображается только в случае',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  [
    'обращение с видом консультация содержит информацию об ошибке закрыто автоматичски',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'обращение автоматически поменяет статус на Закрыто через 7 рабочих дней без возможности переоткрытия',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'несоотвествие регистрационых данных пользоват',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],

  // Other troubles
  ['ljrevtyn yt e[jlbn d tbc', '/reference/troubleshooting/#diagnostic'],
  [
    'садики жалуются что пароль слетел после того как кто-то полез в карточку пользователя в еис и нажал сохранить',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'закрыла окно с логином и паролем и не записала, что теперь',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'в администрировании нет пункта перечень региональных информационных систем',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  ['токен протух что делать', '/reference/troubleshooting/#err-token-expired'],
  [
    'заполнили токен в вебторгах, а ничего не поменялось, документы как не шли так и не идут',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  [
    'у нас кроме заказчика еще роль уполномоченное учреждение и с рис ничего не выходит',
    '/reference/troubleshooting/#err-extra-roles',
  ],

  // Change log and print
  ['что изменилось в инструкциях', '/reference/changes/'],
  [
    'что поменяли в инструкции про перерегистрацию',
    '/reference/changes/#page-connect-re-registration',
  ],
  ['rss лента обновлений сайта', '/reference/changes/'],
  ['распечатать всю инструкцию', '/print/'],
  ['vsya instrukciya dlya pechati pdf', '/print/'],
  ['нужен бумажный вариант всех шагов для заведующих, чтобы раздать на совещании', '/print/'],
];

export const TUNING_23b = CORPUS_23b;
