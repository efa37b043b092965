/**
 * Corpus 43b: reader questions for the site's search, written on 2026-12-06 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: An experienced contract manager at a district education department who looks after 12 subordinate institutions: tracks expiry dates (token, EDO identifier, reminders), prints instructions for colleagues, checks support request statuses, writes briefly and to the point.
 * Written at the start of round 20 to the brief of corpora 25–40 (its copy of the pages also
 * showed checklist steps' ids, so some labels name a step, which no result opens) and held out
 * whole, as decided before they arrived: never learned, never tuned on. Measured on arrival
 * with round 19's last engine. Kept in the order written.
 */
import type { Query } from './search-queries';

export const CORPUS_43b: readonly Query[] = [
  // короткие запросы
  ['срок действия токена', '/services/token/#token-eis-set-term'],
  ['напоминание о сроке ЭДО', '/activation/edo-identifier/#напоминание-о-сроке'],
  ['печать всей инструкции', '/print/'],
  ['несколько учреждений', '/tools/progress/#organizacii'],
  ['статусы обращения', '/support/request-statuses/#что-означают-статусы'],
  ['плановый срок решения', '/support/request-statuses/#плановый-срок-решения'],
  ['мои обращения', '/support/request-statuses/#где-смотреть-свои-обращения'],
  ['продление токена', '/reference/troubleshooting/#err-token-expired'],
  ['просрочен идентификатор ЭДО', '/reference/troubleshooting/#err-edo-expired'],
  ['телефон техподдержки ЕИС', '/support/knowledge-base/#телефоны-поддержки'],
  ['перенос отметок на другой компьютер', '/tools/progress/#perenos'],
  ['добавить в календарь ics', '/tools/reminder/#когда-срок-подходит-к-концу'],
  ['код РИС региона', '/services/ris-rights/#ris-find-region-ris'],
  ['галка Интеграция', '/support/create-request/#tick-integration-flag'],
  ['xml файлы в обращение', '/support/create-request/#обращение-по-вопросам-интеграции'],
  ['плагин записи действий', '/support/create-request/#record-error-actions'],
  ['закупка малого объема обращение', '/support/create-request/#set-small-purchase-flag'],
  ['ГоИС', '/reference/glossary/#gois'],
  ['что такое сервисы отдачи', '/reference/glossary/#output-services'],
  ['перерегистрация новый логин', '/connect/re-registration/'],
  ['токен или РИС', '/services/overview/#как-понять-какой-путь-ваш'],
  ['ответ на запрос информации срок', '/support/request-statuses/#что-означают-статусы'],
  ['изменения в инструкциях', '/reference/changes/'],
  ['опросник с чего начать', '/tools/start/'],
  ['уполномоченный орган права РИС', '/reference/troubleshooting/#err-extra-roles'],
  // вопросы живой речью
  [
    'у меня 12 подведомственных учреждений — можно вести отметки и напоминания по каждой школе отдельно?',
    '/tools/progress/#organizacii',
  ],
  [
    'за сколько дней до окончания срока сайт начнёт напоминать про идентификатор ЭДО',
    '/tools/reminder/',
  ],
  [
    'в напоминалку надо вписывать сам токен или хватит даты окончания?',
    '/tools/reminder/#добавить-напоминание',
  ],
  [
    'как распечатать инструкцию целиком для завхоза садика, чтобы были квадратики для отметок',
    '/print/',
  ],
  [
    'какой срок указывать при выдаче токена, чтобы не оформлять его заново каждый год',
    '/services/token/#token-eis-set-term',
  ],
  [
    'в каком разделе личного кабинета ЕИС выдаётся идентификатор для сервисов отдачи',
    '/services/token/#token-open-issue-settings',
  ],
  [
    'куда в Web-Торги-КС вбивать токен и дату окончания его действия',
    '/services/token/#token-open-services-mode',
  ],
  [
    'сохранила форму доступа к сервисам отдачи, а где сам идентификатор — не вижу',
    '/services/token/#token-note-identifier',
  ],
  [
    'кто в учреждении вправе получать логин и пароль для интеграции — только директор?',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'зачем нажимать Продолжить, когда пароль уже скопирован',
    '/connect/https-credentials/#https-press-continue',
  ],
  [
    'идентификатор ЭДО выдали, но никто его не записал — можно где-то посмотреть повторно?',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  [
    'куда потом вводить идентификатор участника ЭДО, в Web-Торгах есть для него поле?',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  [
    'какую дату ставить в поле срок действия при выдаче идентификатора электронного документооборота',
    '/activation/edo-identifier/#edo-fill-expiry-date',
  ],
  [
    'в окне выдачи идентификатора жать Сохранить или нет, не собьётся ли пароль',
    '/activation/edo-identifier/#edo-save-identifier',
  ],
  [
    'обращение в статусе Решено, а проблема осталась — сколько дней есть, чтобы его переоткрыть',
    '/support/request-statuses/#когда-обращение-закрывается',
  ],
  [
    'поддержка запросила у нас дополнительные сведения, а я была в отпуске — обращение закрыли, его можно вернуть?',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'хочу уточнить у поддержки, когда решат вопрос, — писать повторное обращение или нет',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  [
    'как в техподдержке посмотреть обращения всей организации, а не только свои',
    '/support/request-statuses/#страница-техническая-поддержка',
  ],
  [
    'что значит статус Открыто, если исполнителя так и не назначили',
    '/support/request-statuses/#что-означают-статусы',
  ],
  [
    'что прикладывать к обращению, если план-график не уходит из Web-Торгов в ЕИС',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  [
    'где взять xml-файлы обмена, которые просит техподдержка ЕИС',
    '/reference/troubleshooting/#err-integration-request-files',
  ],
  [
    'какой вид обращения выбрать — консультацию или ошибку, если у школы не отправляется контракт',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  [
    'почему мою консультацию закрыли сразу без ответа',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'не могу зайти в личный кабинет, а написать в техподдержку нужно срочно',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  [
    'в новостях ЕИС висит сообщение о сбое — писать обращение или просто ждать?',
    '/support/knowledge-base/#новости-и-уведомления',
  ],
  [
    'есть ли у ЕИС канал в телеграме, где пишут про сбои',
    '/support/knowledge-base/#каналы-макс-и-телеграм',
  ],
  [
    'где в базе знаний искать ответы по электронному активированию',
    '/support/knowledge-base/#часто-задаваемые-вопросы-faq',
  ],
  ['почему база знаний не открывается без авторизации', '/support/knowledge-base/#база-знаний-еис'],
  [
    'в каком меню Web-Торгов вводится логин от ЕИС',
    '/connect/web-torgi-ks/#wtks-open-eis-registration-data',
  ],
  [
    'надо ли ставить галочку сменить пароль, когда вносишь данные из ЕИС',
    '/connect/web-torgi-ks/#wtks-tick-change-password',
  ],
  [
    'какие обязательные поля заполнять в окне регистрационных данных в Системе',
    '/connect/web-torgi-ks/#wtks-fill-required-fields',
  ],
  [
    'после ввода нового пароля надо ли заново отправлять план-график',
    '/connect/web-torgi-ks/#wtks-resend-document',
  ],
  [
    'как узнать, зарегистрирована ли Система нашего региона как РИС, и что от этого зависит',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'после выдачи прав в администрировании так и не появился перечень региональных систем',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  [
    'какую дату предоставления доступа указывать для РИС субъекта',
    '/services/ris-rights/#ris-set-access-date',
  ],
  [
    'нужно ли выходить из кабинета и заходить заново после того, как выдал себе права',
    '/services/ris-rights/#ris-relogin-as-admin-authority',
  ],
  [
    'заполнила токен в Системе, а в работе ничего не изменилось — так и должно быть?',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  [
    'сайт куда-нибудь отправляет названия наших учреждений и отметки?',
    '/tools/progress/#что-сайт-отправляет',
  ],
  ['как сохранить план из опросника и переслать коллеге ссылкой', '/tools/start/'],
  [
    'что поменяли в инструкции про токен в начале декабря',
    '/reference/changes/#page-services-token',
  ],
  [
    'какие документы Web-Торги-КС передаёт в ЕИС по логину и паролю',
    '/connect/https-credentials/#что-получится',
  ],
  [
    'напоминание не сохраняется, список пустой — в чём дело',
    '/tools/reminder/#добавить-напоминание',
  ],
  ['предупреждает ли сама ЕИС, что токен скоро истечёт', '/tools/reminder/'],
  [
    'каких правил держаться, чтобы обращение не закрыли: одно обращение на одну проблему?',
    '/support/create-request/#четыре-правила-обращения',
  ],
  [
    'кто может выдать идентификатор ЭДО — бухгалтер с правом подписи подойдёт?',
    '/activation/edo-identifier/#кто-может-это-сделать',
  ],
  // сообщения об ошибках
  [
    'пишет логин или пароль некорректны при отправке в ЕИС',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'ошибка о несоответствии регистрационных данных пользователя в ЕИС',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'Обнаружено несовпадение данных сертификата с данными зарег...',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'выдаёт Информация о недоступности отдельных функций ЕИС в сфере закупок',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'при создании обращения выскакивает предложение установить плагин',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'обращение автоматически поменяло статус на Закрыто без возможности переоткрытия после запроса информации',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'Решено — обращение автоматически поменяет статус на Закрыто через 7 рабочих дней',
    '/reference/troubleshooting/#err-request-resolved-closed',
  ],
  [
    'некоректный логин и пароль веб торги',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'Блок полей Права доступа к РИС отображается только в случае',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  [
    'При нажатии на кнопку Сохранить пароль снова изменится',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'Работа с обращениями в статусе Закрыто далее не осуществляется',
    '/reference/troubleshooting/#err-request-closed',
  ],
  [
    'консультация: такое обращение будет закрыто автоматически без возможности переоткрытия',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  ['срок действия токена истёк что делать', '/reference/troubleshooting/#err-token-expired'],
  [
    'закрыто автоматически т.к. проблема описана в новостях или уведомлениях',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  ['Где взять токен для сервиса отдачи ЕИС?', '/reference/troubleshooting/#err-token-where'],
  // раскладка, транслит, опечатки
  ['njrty', '/services/token/'],
  ['yfgjvbyfybt j chjrt', '/tools/reminder/'],
  ['gtxfnm bycnherwbb', '/print/'],
  ['cnfnec j,hfotybz', '/support/request-statuses/#что-означают-статусы'],
  ['identifikator uchastnika edo', '/activation/edo-identifier/'],
  ['идентефикатор эдо срок дейсвия', '/activation/edo-identifier/#edo-fill-expiry-date'],
  ['перерегестрация организацыи', '/connect/re-registration/'],
  ['tehpodderzhka telefon', '/support/knowledge-base/#телефоны-поддержки'],
  // своими словами
  [
    'у школы слетел пароль — кто-то опять тыкнул ссылку в кабинете',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'окошко с паролем закрыла не переписав — всё, пропало?',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  ['шпаргалка на бумаге со всеми шагами для новенькой', '/print/'],
  [
    'юзер не заведён в ЕИС — можно ли от него слать планы',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  ['сводка, сколько шагов по каждому чек-листу уже пройдено', '/tools/progress/#vse-spiski'],
  [
    'не ткнула Продолжить в окошке с паролем, теперь не пускает',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  ['ЛК, СТП, ЭТП — расшифровка сокращений', '/reference/glossary/'],
];

export const HELD_OUT_43b = CORPUS_43b;
