/**
 * Corpus 8b: reader questions for the site's search, written on 2026-12-05 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora. The reader is a
 * regional Web-Торги-КС administrator or district IT person setting up 20–40 schools, kindergartens
 * and clinics at once: terse jargon queries, pasted or cut-short error text, typos and ten queries
 * typed on the Latin layout; a mix of guide tasks, section questions, dictionary errors and
 * glossary terms. Kept in the order written; split once, mechanically,
 * by position (corpus-split.ts): even positions tune, odd positions are held out. Never reorder.
 */
import { byPosition } from './corpus-split';
import type { Query } from './search-queries';

export const CORPUS_8b: readonly Query[] = [
  // Home: how the guide is organised
  [
    'из каких разделов состоит гайд: подключение, сервисы, активирование, поддержка, инструменты',
    '/#как-устроен-сайт',
  ],

  // HTTPS credentials in ЛК ЕИС
  [
    'где в ЛК ЕИС сгенерить креды для альтернативной интеграции по HTTPS',
    '/connect/https-credentials/',
  ],
  [
    'кто может получить логин/пароль интеграции для учетки сотрудника школы: нужен админ или руководитель',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  ['gfhjkm lkz byntuhfwbb gj https', '/connect/https-credentials/'],
  [
    'что подготовить заранее перед генерацией пароля HTTPS для 30 пользователей',
    '/connect/https-credentials/#что-понадобится',
  ],
  [
    'Администрирование → Пользователи организации → Регистрационные данные → ссылка HTTPS → Продолжить → Отменить, полный порядок',
    '/connect/https-credentials/#шаги',
  ],
  [
    'что будет на выходе после шагов в ЛК ЕИС — постоянные логин и пароль HTTPS?',
    '/connect/https-credentials/#что-получится',
  ],
  [
    'ЕИС показала окно с логином и паролем — как их копировать чтобы без пробелов',
    '/connect/https-credentials/#шаги',
  ],

  // Entering the credentials in Web-Торги-КС
  ['куда в вебторгах вбить логин и пароль от ЕИС', '/connect/web-torgi-ks/'],
  [
    'кто вводит креды ЕИС в Web-Торги-КС: сам пользователь под своей учеткой или админ системы',
    '/connect/web-torgi-ks/#кто-может-это-сделать',
  ],
  ['cvtybnm gfhjkm d dt, njhuf[', '/connect/web-torgi-ks/'],
  [
    'Настройки → Регистрационные данные в ЕИС, вкладка ЕИС, галка Сменить пароль:, пароль два раза — по шагам',
    '/connect/web-torgi-ks/#шаги',
  ],
  [
    'пользователь не может зайти в Web-Торги-КС чтобы сохранить пароль ЕИС, к кому идти',
    '/connect/web-torgi-ks/#что-понадобится',
  ],
  [
    'после сохранения логина в системе связь с ЕИС готова и можно переотправить старые документы?',
    '/connect/web-torgi-ks/#что-получится',
  ],

  // After re-registration of the organisation
  [
    'организацию перерегистрировали в ЕИС, как заменить логин и пароль в веб-торгах',
    '/connect/re-registration/',
  ],
  [
    'после перерегистрации кто смотрит новые креды в ЛК, а кто вносит их в систему',
    '/connect/re-registration/#кто-может-это-сделать',
  ],
  ['gththtubcnhfwbz jhufybpfwbb yjdsq kjuby', '/connect/re-registration/'],
  [
    'перерегистрация: шаги 1-7 в ЕИС и 8-16 в Web-Торги-КС, порядок целиком',
    '/connect/re-registration/#шаги',
  ],
  [
    'что нужно иметь под рукой для замены учетки после перерегистрации',
    '/connect/re-registration/#что-понадобится',
  ],
  [
    'результат после перерегистрации: новые креды сохранены в системе и документ ушел повторно',
    '/connect/re-registration/#что-получится',
  ],

  // Services of ЕИС: token or RIS
  [
    'токен или права РИС — как понять что нужно нашему региону',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'режим Настройка взаимодействия с сервисами ЕИС за что отвечает',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'система не зарегистрирована в ЕИС как РИС — какой блок заполнять в режиме сервисов',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'обзор настройки сервисов ЕИС в Web-Торги-КС: токен для сервисов отдачи vs права доступа к РИС',
    '/services/overview/',
  ],

  // Token for the output services
  ['как получить API-токен для сервисов отдачи ЕИС', '/services/token/'],
  ['под какой учеткой в ЛК заказчика выдается токен', '/services/token/#кто-может-это-сделать'],
  [
    'форма Доступ к использованию сервисов отдачи — какой срок ставить, макс?',
    '/services/token/#шаги',
  ],
  [
    'что нужно для выдачи токена: доступ ЛК заказчика под админом организации и режим в системе',
    '/services/token/#что-понадобится',
  ],
  [
    'в блоке токена флаг Разрешить использование сервисов отдачи + Идентификатор + Срок действия — итог настройки',
    '/services/token/#что-получится',
  ],
  ['куда в веб-торгах вставить идентификатор токена из ЕИС', '/services/token/#шаги'],

  // RIS access rights
  ['как дать права РИС в ЛК заказчика ЕИС', '/services/ris-rights/'],
  [
    'кто делает шаги до перелогина и после: роль Заказчик, полномочие Администратор организации',
    '/services/ris-rights/#кто-может-это-сделать',
  ],
  ['ghfdf ljcnegf r hbc', '/services/ris-rights/'],
  [
    'Права доступа пользователя → Работа с информационными системами все опции → выйти/войти → Перечень РИС → Редактирование прав доступа',
    '/services/ris-rights/#шаги',
  ],
  [
    'код РИС нашего субъекта нужен заранее? что подготовить к выдаче прав',
    '/services/ris-rights/#что-понадобится',
  ],
  [
    'какой результат после подписания прав РИС: что появится в Администрировании и доступ с какой даты',
    '/services/ris-rights/#что-получится',
  ],
  [
    'права РИС подписаны, вопросы по блоку Права доступа к РИС в самой системе кому задавать',
    '/services/ris-rights/#что-дальше',
  ],

  // EDO participant identifier
  ['идентификатор участника ЭДО как получить в ЛК 44-ФЗ', '/activation/edo-identifier/'],
  [
    'кто может выдать идентификатор ЭДО пользователю организации',
    '/activation/edo-identifier/#кто-может-это-сделать',
  ],
  ["bltynbabrfnjh 'lj ult dpznm", '/activation/edo-identifier/'],
  [
    'куда в Web-Торги-КС вводить идентификатор ЭДО и как запускать импорт документов приемки',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  [
    'Выдача идентификатора участника ЭДО: Срок действия вручную, скопировать, Сохранить, закрыть Отменить',
    '/activation/edo-identifier/#шаги',
  ],
  [
    'электронное активирование, загрузка актов приемки из ЕИС — что настроить в ЛК',
    '/activation/edo-identifier/',
  ],

  // Creating a support request
  ['как завести тикет в техподдержку ЕИС', '/support/create-request/'],
  [
    'вид обращения Консультация или Ошибка — в чем разница',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  ['cjplfnm j,hfotybt gj byntuhfwbb', '/support/create-request/#обращение-по-вопросам-интеграции'],
  [
    'что прикладывать к тикету по интеграции: два xml, отправленный и ответный SOAP',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  [
    'одна и та же ошибка у 20 школ — одно обращение или по каждой организации отдельно',
    '/support/create-request/#четыре-правила-обращения',
  ],
  [
    'подать обращение без авторизации через профиль на сайте ЕИС',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  [
    'с 01.07.2026 отметка Да про закупку малого объема в форме обращения',
    '/support/create-request/#шаги',
  ],
  [
    'какие особые полномочия нужны чтобы создать обращение в СТП',
    '/support/create-request/#кто-может-это-сделать',
  ],

  // Request statuses
  [
    'статус Запрос информации — сколько дней на ответ',
    '/support/request-statuses/#что-означают-статусы',
  ],
  [
    'в Мои обращения как увидеть тикеты всей организации а не только свои',
    '/support/request-statuses/#страница-техническая-поддержка',
  ],
  [
    'Плановый срок решения — от чего зависит эта дата',
    '/support/request-statuses/#плановый-срок-решения',
  ],
  [
    'в каких случаях обращение закрывается автоматически, 7 рабочих дней',
    '/support/request-statuses/#когда-обращение-закрывается',
  ],
  [
    'где в ЛК ЕИС список моих обращений с номерами и статусами',
    '/support/request-statuses/#где-смотреть-свои-обращения',
  ],

  // Knowledge base and support channels
  ['телефон круглосуточной техподдержки ЕИС', '/support/knowledge-base/#телефоны-поддержки'],
  [
    'FAQ базы знаний ЕИС категория Администрирование и регистрация, поиск по разделам',
    '/support/knowledge-base/#часто-задаваемые-вопросы-faq',
  ],
  ['телеграм и МАКС каналы ГИС ЕИС ЗАКУПКИ', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  [
    'где смотреть новости о сбоях ЕИС перед тем как писать тикет',
    '/support/knowledge-base/#новости-и-уведомления',
  ],
  [
    'руководство и видеоролик по электронным допсоглашениям — в каком подразделе базы знаний',
    '/support/knowledge-base/#как-найти-нужный-материал',
  ],
  ['база знаний ЕИС доступна без входа в ЛК?', '/support/knowledge-base/#база-знаний-еис'],

  // Error dictionary: pasted messages and described failures
  [
    'при отправке плана-графика ЕИС пишет логин или пароль некоректны',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'коллега еще раз кликнул Данные пользователя для альтернативной интеграции, у нас пароль в системе перестал работать',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'нажали Сохранить в карточке Регистрационные данные в ЕИС и пароль опять сменился',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'gfhjkm gthtcnfk hf,jnfnm после повторного клика по ссылке https',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'закрыл окно с логином и паролем и не успел скопировать',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'скопировал креды но не нажал Продолжить, пароль не действует',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  [
    'Обнаружено несовпадение данных сертификата с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'ошибка о несоответсвии регистрационных данных пользователя в ЕИС при отправке документа',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'ytcjjndtncndbt htubcnhfwbjyys[ lfyys[',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'Информация о недоступности отдельных функций ЕИС в сфере закупок — а у нас документы висят',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'заполнил токен в режиме сервисов ЕИС, на обмен вообще никак не влияет',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  [
    'в режиме Настройка взаимодействия с сервисами ЕИС нет блока Права доступа к РИС',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  [
    'после выдачи прав и перелогина не появился пункт Перечень региональных информационных систем',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  [
    'поиском не нахожу РИС своего субъекта в перечне информационных систем',
    '/reference/troubleshooting/#err-ris-not-found',
  ],
  [
    'у администрации района еще роль Уполномоченный орган, права РИС выдали под Заказчиком а работа в РИС не идет',
    '/reference/troubleshooting/#err-extra-roles',
  ],
  ['токен для сервисов отдачи истек, что делать', '/reference/troubleshooting/#err-token-expired'],
  [
    'у 12 детсадов просрочен идентификатор участника ЭДО',
    '/reference/troubleshooting/#err-edo-expired',
  ],
  [
    'идентификатор ЭДО не сохранили, а для импорта документов приемки он нужен',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  [
    'обращение с видом Консультация закрыли автоматом без переоткрытия',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'не ответили на запрос информации, тикет закрылся',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'статус Решено сам сменился на Закрыто, а проблема осталась',
    '/reference/troubleshooting/#err-request-resolved-closed',
  ],
  [
    'при создании обращения ЕИС предлагает установить плагин',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'интеграционный пользователь не зарегистрирован в ЕИС как пользователь организации, ничего не уходит',
    '/reference/troubleshooting/#err-user-not-registered',
  ],

  // Glossary terms
  ['ГоИС что за сокращение в инструкции по логину', '/reference/glossary/#gois'],
  ['сервисы отдачи ЕИС — что это вообще', '/reference/glossary/#output-services'],
  ['xnj nfrjt hbc', '/reference/glossary/#ris'],
  ['ЭТП расшифровка в названии полномочия', '/reference/glossary/#etp'],
  [
    'альтернативная интеграция по протоколу HTTPS — что за способ и какие документы через нее идут',
    '/reference/glossary/#https-integration',
  ],
  [
    'администратор организации — это какое из двух полномочий',
    '/reference/glossary/#org-administrator',
  ],
  [
    'Уполномоченное учреждение — роль организации в ЕИС, что значит',
    '/reference/glossary/#authorized-institution',
  ],
  ['СТП и ТП расшифровка', '/reference/glossary/#stp'],

  // What changed
  ['что поменялось в инструкциях 05.12.2026', '/reference/changes/'],

  // Tool: where to start
  ['мастер: ответить на вопросы и получить план настройки для организации', '/tools/start/'],
  ['план настройки отправить ссылкой коллеге из другого района', '/tools/start/'],

  // Tool: my progress
  ['вести отметки чек-листов отдельно по 30 школам и садикам', '/tools/progress/#organizacii'],
  ['перенести прогресс на другой комп файлом, объединить или заменить', '/tools/progress/#perenos'],
  ['сколько шагов отмечено по каждому чек-листу N из M', '/tools/progress/#vse-spiski'],
  [
    'что сайт отправляет на свой сервер из моих поисковых запросов',
    '/tools/progress/#что-сайт-отправляет',
  ],

  // Tool: deadline reminder
  ['напоминание об окончании срока токена и ЭДО с файлом ics для outlook', '/tools/reminder/'],
  ['yfgjvbyfybt j chjrt njrtyf', '/tools/reminder/'],
  [
    'несколько напоминаний с подписью по названию организации',
    '/tools/reminder/#добавить-напоминание',
  ],

  // Print: the whole guide as one document
  ['вся инструкция одним документом распечатать или pdf', '/print/'],
];

/** The tuning half: the even positions of CORPUS_8b. */
export const TUNING_8b = byPosition(CORPUS_8b, 0);

/** The held-out half: the odd positions of CORPUS_8b, never tuned on. */
export const HELD_OUT_8b = byPosition(CORPUS_8b, 1);
