/**
 * Corpus 34a: reader questions for the site's search, written on 2026-12-06 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: an integrator's engineer implementing Web-Торги-КС for customers: РИС vs token, rights and roles in ЛК ЕИС, HTTPS settings, identifiers, which value goes in which field, exact flags and menus, error codes; formal and terse by turns.
 * Written in round 16 to the brief of corpora 25–30 (a set share of wrong layouts, translit,
 * pasted messages and words the site does not use) to be learned, as decided before they
 * arrived: measured once on arrival with round 15's last engine, then learned whole
 * (training.ts). Kept in the order written.
 */
import type { Query } from './search-queries';

export const CORPUS_34a: readonly Query[] = [
  // короткие запросы
  ['код рис субъекта', '/services/ris-rights/#что-понадобится'],
  ['рис дата доступа 01.01.2022', '/services/ris-rights/#шаги'],
  ['флаг интеграция в обращении', '/support/create-request/#обращение-по-вопросам-интеграции'],
  ['статус запрос информации', '/support/request-statuses/#что-означают-статусы'],
  ['гоис это', '/reference/glossary/#gois'],
  ['сервисы отдачи что это', '/reference/glossary/#output-services'],
  ['галка сменить пароль', '/connect/web-torgi-ks/#шаги'],
  ['печать pdf всех инструкций', '/print/'],
  ['atom лента изменений', '/reference/changes/'],
  ['телеграм канал еис', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  ['мои обращения где', '/support/request-statuses/#где-смотреть-свои-обращения'],
  ['перенос прогресса на другой пк', '/tools/progress/#perenos'],
  ['малый объём обращение поле да', '/support/create-request/#шаги'],
  ['faq еис категории', '/support/knowledge-base/#часто-задаваемые-вопросы-faq'],
  ['токен истёк', '/reference/troubleshooting/#err-token-expired'],
  ['специализированная эпт', '/reference/glossary/#specialized-etp'],
  ['перерегистрацыя веб торги', '/connect/re-registration/'],
  ['ид эдо куда вводить', '/activation/edo-identifier/#где-вводится-идентификатор'],
  ['администратор организации полномочие', '/reference/glossary/#org-administrator'],
  ['напоминание ics календарь', '/tools/reminder/#когда-срок-подходит-к-концу'],
  ['правила тп еис', '/support/create-request/#четыре-правила-обращения'],
  ['вкладка черновики обращений', '/support/request-statuses/#страница-техническая-поддержка'],
  ['выбор токен рис', '/services/overview/#как-понять-какой-путь-ваш'],
  ['ошибки пароль интеграции', '/reference/troubleshooting/#login-password'],
  ['документы приемки что такое', '/reference/glossary/#acceptance-documents'],

  // вопросы живой речью
  [
    'кто в ЛК заказчика должен выдавать права для работы с РИС — админ организации или хватит роли заказчик?',
    '/services/ris-rights/#кто-может-это-сделать',
  ],
  [
    'после того как отметил все опции в работе с информационными системами, надо перелогиниться или можно сразу идти в перечень?',
    '/services/ris-rights/#шаги',
  ],
  [
    'что в итоге должно появиться в ЛК после настройки доступа для региональной системы, как понять что всё прошло?',
    '/services/ris-rights/#что-получится',
  ],
  [
    'как узнать, зарегистрированы ли у нас в регионе Web-Торги как РИС, и от этого зависит, какой блок заполнять?',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'режим настройки сервисов ЕИС в веб-торгах вообще на что-то влияет или он пока для галочки?',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  ['на какой срок выпускать токен в кабинете ЕИС, ставить максимальный?', '/services/token/#шаги'],
  [
    'под какой учёткой получают токен в ЕИС и у кого в веб-торгах есть доступ к режиму, куда его вносить?',
    '/services/token/#кто-может-это-сделать',
  ],
  [
    'после сохранения формы доступа к сервисам отдачи не вижу сам идентификатор — где он показывается и как сохранить его в системе?',
    '/services/token/#шаги',
  ],
  [
    'кто может получить логин и пароль для HTTPS-интеграции: только руководитель или админ тоже? и что если пользователь не зарегистрирован',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'зачем по инструкции открывать окно с логином и паролем второй раз, пароль же поменяется?',
    '/connect/https-credentials/#шаги',
  ],
  [
    'какие документы веб-торги шлёт в еис по https — только планы-графики или сведения о контрактах тоже?',
    '/connect/https-credentials/',
  ],
  [
    'в окне регистрационных данных в Web-Торги-КС какие ещё обязательные поля надо заполнить кроме логина и пароля?',
    '/connect/web-torgi-ks/#шаги',
  ],
  [
    'пароль в веб-торги вносит сам пользователь под своей учёткой или админ системы может сделать это за всех?',
    '/connect/web-torgi-ks/#кто-может-это-сделать',
  ],
  [
    'после ввода нового пароля зависшие документы уйдут сами или их надо отправлять заново?',
    '/connect/web-torgi-ks/#что-получится',
  ],
  [
    'у сотрудника заказчика вообще нет входа в веб-торги, к кому идти?',
    '/connect/web-torgi-ks/#что-понадобится',
  ],
  [
    'организацию перерегистрировали, а планы отправлять надо дальше — проходить обе инструкции про логин и ввод или есть одна общая?',
    '/connect/re-registration/',
  ],
  [
    'идентификатор участника ЭДО выдают на организацию целиком или на конкретного сотрудника?',
    '/activation/edo-identifier/#кто-может-это-сделать',
  ],
  [
    'если в окне выдачи идентификатора ЭДО нажать сохранить, пароль для HTTPS в веб-торгах не слетит?',
    '/activation/edo-identifier/#шаги',
  ],
  [
    'скопировали идентификатор ЭДО и потеряли — можно его где-то посмотреть ещё раз или только выдавать заново?',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  [
    'внесли токен в настройку взаимодействия с сервисами, а с ЕИС всё как было — почему?',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  [
    'у организации кроме заказчика ещё роль уполномоченного органа, права на РИС выдали, а работа в РИС так и не пошла — что не так?',
    '/reference/troubleshooting/#err-extra-roles',
  ],
  [
    'как подать обращение в поддержку ЕИС, если в личный кабинет не зайти, и куда потом придёт ответ?',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  [
    'можно одним обращением описать проблемы сразу по нескольким учреждениям или по каждой отдельно?',
    '/support/create-request/#четыре-правила-обращения',
  ],
  [
    'где взять xml файлы обмена для обращения и как их выгрузить из веб-торгов?',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  [
    'чем отличается статус «решено» от «закрыто» и сколько дней есть, чтобы не согласиться с решением?',
    '/support/request-statuses/#что-означают-статусы',
  ],
  [
    'в списке обращений видны заявки коллег из нашей организации или только мои?',
    '/support/request-statuses/#где-смотреть-свои-обращения',
  ],
  [
    'база знаний ЕИС открывается без входа в личный кабинет?',
    '/support/knowledge-base/#база-знаний-еис',
  ],
  [
    'если в новостях ЕИС уже висит сообщение о сбое, есть смысл писать в техподдержку?',
    '/support/knowledge-base/#новости-и-уведомления',
  ],
  [
    'надо и план-график отправлять, и данные через сервисы получать — в каком порядке проходить инструкции?',
    '/tools/start/',
  ],
  [
    'веду интеграцию сразу для пятнадцати школ и садов — можно ли отмечать шаги по каждой организации отдельно?',
    '/tools/progress/#organizacii',
  ],
  [
    'напоминание об окончании срока токена придёт на почту или только на сайте покажется?',
    '/tools/reminder/',
  ],
  [
    'как продлить идентификатор ЭДО заранее, пока срок ещё не кончился?',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  [
    'что недавно поменяли в инструкции по токену, делать теперь что-то по-другому?',
    '/reference/changes/#page-services-token',
  ],
  [
    'этот сайт для кого — для заказчиков или для региональных админов системы?',
    '/#для-кого-этот-сайт',
  ],
  [
    'сайт куда-то отправляет то, что я ввожу в поиск? не утечёт ли пароль, если случайно вставлю',
    '/tools/progress/#что-сайт-отправляет',
  ],

  // сообщения об ошибках
  [
    'при отправке в ЕИС ошибка о некорректности логина и пароля',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'Обнаружено несовпадение данных сертификата с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'несоответствие регистрационных данных пользователя в ЕИС при отправке плана графика',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'Информация о недоступности отдельных функций ЕИС в сфере закупок что делать',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'создаю обращение вида ошибка — выскакивает, что надо поставить какой-то плагин',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'не ответили на запрос информации, обращение закрыто без возможности переоткрытия',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'бухгалтер опять нажала ссылку про https и пароль в веб торгах перестал подходить',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'случайно закрыл окошко, где был логин и пароль, ничего не скопировал',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'в окне с паролем не нажали продолжить, теперь пароль не принимается',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  [
    'в режиме сервисов еис в веб-торгах только блок токена, про рис вообще ничего нет',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  [
    'выдал себе права, перезашёл, а перечня региональных информационных систем в администрировании так и нет',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  [
    'в списке информационных систем не вижу нашу региональную, по какому коду её искать',
    '/reference/troubleshooting/#err-ris-not-found',
  ],
  [
    'идентификатор эдо просрочен, приёмка из еис не подтягивается',
    '/reference/troubleshooting/#err-edo-expired',
  ],
  [
    'тп ответила решено, мы не успели проверить, через неделю обращение уже закрыто',
    '/reference/troubleshooting/#err-request-resolved-closed',
  ],
  [
    'обращение закрыли со ссылкой на новость о сбое, а у нас всё ещё не работает',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  [
    'обращению поставили статус закрыто, а проблема не решена',
    '/reference/troubleshooting/#err-request-closed',
  ],
  [
    'план-график не отправляется, у сотрудника нет регистрации в еис как у пользователя организации',
    '/reference/troubleshooting/#err-user-not-registered',
  ],

  // неверная раскладка, транслит, опечатки
  ['gfhjkm lkz byntuhfwbb', '/connect/https-credentials/'],
  ['njrty lkz cthdbcjd jnlfxb', '/services/token/'],
  ['ghfdf ljcnegf r hbc', '/services/ris-rights/'],
  ['j,hfotybt d nt[gjllth;re', '/support/create-request/'],
  ['cnfnecs j,hfotybq', '/support/request-statuses/#что-означают-статусы'],
  ['identifikator edo gde vzyat', '/activation/edo-identifier/#шаги'],
  ['pereregistraciya organizacii novyi login parol', '/connect/re-registration/#шаги'],
  ['galochka razreshit ispolzovanie servisov otdachi', '/services/token/#шаги'],
  ['каак вводить паролль в веб торгах двааждый, втарое поле', '/connect/web-torgi-ks/#шаги'],
  [
    'абращение закрыли консультацыя после трёх пиреоткрытий',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],

  // своими словами: жаргон и чужие названия
  ['номер горячей линии госзакупок', '/support/knowledge-base/#телефоны-поддержки'],
  [
    'где генерить учётку для обмена по хттпс в кабинете заказчика',
    '/connect/https-credentials/#шаги',
  ],
  ['куда в веб-торгах вбивать креды от еис', '/connect/web-torgi-ks/#шаги'],
  ['апи-ключ для выгрузки данных из еис где оформить', '/services/token/#шаги'],
  [
    'тикет в тп закрыли автоматом, писал консультацию про баг',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'запись экрана к тикету обязательна?',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  [
    'слетела интеграция после того как админ пересохранил карточку юзера в еис',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'какую галку ставить, чтобы регионалка видела участников электронных процедур',
    '/services/ris-rights/#шаги',
  ],
  [
    'куда бежать при косяке в еис: база знаний, тп или сразу звонить?',
    '/support/knowledge-base/#порядок-действий-при-проблеме',
  ],
  [
    'эцп сотрудника перевыпустили, как привязать новый серт в кабинете 44',
    '/support/knowledge-base/#часто-задаваемые-вопросы-faq',
  ],
  [
    'тикет висит в работе, хочу поторопить — завести новый?',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  [
    'не пускает в лк, как тогда завести тикет в тп',
    '/reference/troubleshooting/#err-cannot-login-request',
  ],
  [
    'подписать напоминалки названием учреждения, если ведёшь несколько',
    '/tools/reminder/#добавить-напоминание',
  ],
];

export const TUNING_34a = CORPUS_34a;
