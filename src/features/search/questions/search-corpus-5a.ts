/**
 * Search corpus 5a: reader questions for issue 18, written by an independent writer (the
 * questions5-a session) on 2026-12-05.
 *
 * How it was written: from the five source documents (/work/shared/seeds), the MDX pages of the
 * writer's pages, the error dictionary data (src/data/errors.ts) and the built HTML (for the exact
 * section ids). The writer never opened the search engine, its tests or the earlier corpora, and
 * the engine was never run on these questions before the split below.
 *
 * The writer's pages: «Как создать обращение», «Статусы обращений», «База знаний и каналы
 * поддержки», «Ошибки и решения», the glossary, «Что изменилось», «Мой прогресс», the reminder and
 * «Вся инструкция для печати». About a third of the questions are pasted or retold error messages
 * (some cut short, some with typos); a few are typed in the wrong keyboard layout (ЙЦУКЕН keys on
 * the QWERTY layout). Each expectation is the page, or the section, a reader should open first.
 *
 * The split is mechanical and done once: TUNING_5a = even positions of CORPUS_5a, HELD_OUT_5a =
 * odd positions.
 */
import { byPosition } from './corpus-split';
import type { Query } from './search-queries';
import {
  CHANGES,
  CREATE,
  GLOSSARY,
  KB,
  NEEDS,
  PHONES,
  PRINT,
  PROGRESS,
  REMINDER,
  RESULT,
  STATUSES,
  TROUBLE,
  WHO,
} from './search-pages';

/** Every question of corpus 5a, in the order written, grouped by page. */
export const CORPUS_5a: readonly Query[] = [
  // «Как создать обращение в поддержку ЕИС»
  ['создать обращение', CREATE],
  ['как создать обрашение в тех поддержку', CREATE],
  ['можно ли приложить скриншоты к обращению', CREATE],
  [
    'кто вообще имеет право отправлять обращение в поддержку, нужна ли какая-то роль',
    `${CREATE}${WHO}`,
  ],
  ['консультация или ошибка', `${CREATE}#вид-обращения-консультация-или-ошибка`],
  [
    'у нас не сбой, просто вопрос как работает система — какой вид обращения выбрать',
    `${CREATE}#вид-обращения-консультация-или-ошибка`,
  ],
  ['правила оформления обращения в ТП ЕИС', `${CREATE}#четыре-правила-обращения`],
  [
    'обращение по интеграции с веб торгами какую галочку ставить',
    `${CREATE}#обращение-по-вопросам-интеграции`,
  ],
  [
    'какие два xml файла прикладывать к обращению про обмен с Web-Торги-КС',
    `${CREATE}#обращение-по-вопросам-интеграции`,
  ],
  ['что подготовить заранее, прежде чем писать в техподдержку', `${CREATE}${NEEDS}`],
  ['что будет после того как я отправлю обращение', `${CREATE}${RESULT}`],
  ['с июля в обращении надо отмечать малую закупку — где это поле', `${CREATE}#шаги`],
  [
    'не могу зайти в личный кабинет, а надо отправить вопрос в поддержку',
    `${CREATE}#обращение-без-входа-в-лк`,
  ],

  // «Статусы обращений в техподдержку ЕИС»
  ['статусы обращений', STATUSES],
  ['cnfnec j,hfotybz', STATUSES],
  [
    'где посмотреть все заявки нашей организации в техподдержку',
    `${STATUSES}#где-смотреть-свои-обращения`,
  ],
  ['найти своё обращение по номеру', `${STATUSES}#страница-техническая-поддержка`],
  ['плановый срок решения', `${STATUSES}#плановый-срок-решения`],
  [
    'к какому числу поддержка обещает разобраться с моим вопросом',
    `${STATUSES}#плановый-срок-решения`,
  ],
  ['что значит статус запрос информации', `${STATUSES}#что-означают-статусы`],
  ['статус открыто уже неделю, исполнитель не назначен', `${STATUSES}#что-означают-статусы`],
  ['статус черновек', `${STATUSES}#что-означают-статусы`],
  ['в каких случаях обращение получает статус закрыто', `${STATUSES}#когда-обращение-закрывается`],

  // «База знаний и каналы поддержки ЕИС»
  ['телефон техподдержки ЕИС', PHONES],
  ['ntktajy gjllth;rb', PHONES],
  ['куда позвонить ночью, если закупки не работают', PHONES],
  ['как дозвониться до оператора еис', PHONES],
  ['база знаний', `${KB}#база-знаний-еис`],
  ['бвза знаний', `${KB}#база-знаний-еис`],
  ['почему база знаний не открывается без входа в кабинет', `${KB}#база-знаний-еис`],
  ['где видеоурок про электронные допсоглашения', `${KB}#как-найти-нужный-материал`],
  [
    'часто задаваемые вопросы ЕИС, раздел администрирование и регистрация',
    `${KB}#часто-задаваемые-вопросы-faq`,
  ],
  ['есть ли у ЕИС канал в телеграме', `${KB}#каналы-макс-и-телеграм`],
  ['где читать новости о сбоях ЕИС', `${KB}#новости-и-уведомления`],
  [
    'что делать в первую очередь, когда в ЕИС проблема: искать ответ самой или сразу звонить',
    `${KB}#порядок-действий-при-проблеме`,
  ],

  // «Ошибки и решения»: the page and its groups
  ['ошибки и решения', TROUBLE],
  [
    'не понимаю, какая у меня ошибка — есть где пройтись по вопросам да или нет?',
    `${TROUBLE}#diagnostic`,
  ],
  ['список ошибок с логином и паролем', `${TROUBLE}#login-password`],
  ['ошибки со сроком действия токена и идентификатора ЭДО', `${TROUBLE}#expiry`],
  ['ошибки с правами РИС и сервисами отдачи', `${TROUBLE}#services-ris`],
  ['типичные проблемы с обращениями в техподдержку', `${TROUBLE}#support-requests`],
  ['ничего из предложенного не помогло, куда дальше', `${TROUBLE}#if-nothing-helped`],

  // «Ошибки и решения»: error messages, pasted (whole, cut short, with typos) or retold
  ['ошибка о некорректности логина и пароля', `${TROUBLE}#err-login-password-incorrect`],
  ['401 Unauthorized', `${TROUBLE}#err-login-password-incorrect`],
  ['ошибка аутентификации при выгрузке в еис', `${TROUBLE}#err-login-password-incorrect`],
  ['некоректный логин пороль', `${TROUBLE}#err-login-password-incorrect`],
  ['ранее введенный пароль становится недействительным', `${TROUBLE}#err-password-reset-by-link`],
  [
    'коллега снова нажал ссылку про альтернативную интеграцию, и пароль в Web-Торги-КС слетел',
    `${TROUBLE}#err-password-reset-by-link`,
  ],
  [
    'нажала Сохранить в регистрационных данных пользователя и пароль опять поменялся',
    `${TROUBLE}#err-password-reset-by-save`,
  ],
  ['закрыл окошко с паролем и не успел переписать', `${TROUBLE}#err-credentials-window-closed`],
  ['пароль не постоянный, забыли нажать кнопку продолжить', `${TROUBLE}#err-continue-not-pressed`],
  [
    'пользователь организации должен быть зарегистрирован в ЕИС',
    `${TROUBLE}#err-user-not-registered`,
  ],
  [
    'Обнаружено несовпадение данных сертификата с данными зарег',
    `${TROUBLE}#err-certificate-mismatch`,
  ],
  ['у директора при входе несовподение данных сертификата', `${TROUBLE}#err-certificate-mismatch`],
  [
    'ошибка о несоответствии регистрационных данных пользователя в ЕИС',
    `${TROUBLE}#err-registration-data-mismatch`,
  ],
  ['ytcjjndtncndbt htubcnhfwbjyys[ lfyys[', `${TROUBLE}#err-registration-data-mismatch`],
  [
    'Информация о недоступности отдельных функций ЕИС в',
    `${TROUBLE}#err-eis-functions-unavailable`,
  ],
  [
    'настройка взаимодействия с сервисами ЕИС не обрабатывается Системой',
    `${TROUBLE}#err-services-setting-no-effect`,
  ],
  ['выдали права, а в администрировании так и нет перечня РИС', `${TROUBLE}#err-ris-list-missing`],
  ['в перечне информационных систем нет нашей области', `${TROUBLE}#err-ris-not-found`],
  ['нет блока права доступа к рис', `${TROUBLE}#err-ris-block-missing`],
  [
    'у организации ещё роль уполномоченного органа, и рис всё равно не работает',
    `${TROUBLE}#err-extra-roles`,
  ],
  ['истек срок действия токена', `${TROUBLE}#err-token-expired`],
  ['токен просрочен', `${TROUBLE}#err-token-expired`],
  ['закончился срок идентификатора участника эдо', `${TROUBLE}#err-edo-expired`],
  [
    'идентификатор ЭДО не сохранили, а теперь он нужен для импорта документов приёмки',
    `${TROUBLE}#err-edo-not-saved`,
  ],
  [
    'консультацию закрыли автоматически, а я там описывал ошибку',
    `${TROUBLE}#err-request-consultation-closed`,
  ],
  [
    'будут закрыты автоматически после ее устранения без возможности',
    `${TROUBLE}#err-request-closed-news`,
  ],
  ['закрыли обращение, сказали проблема уже в новостях', `${TROUBLE}#err-request-closed-news`],
  [
    'обращение автоматически поменяет статус на закрыто через 7 рабочих дней без возможности переоткрытия',
    `${TROUBLE}#err-request-info-unanswered`,
  ],
  ['было решено, а через неделю само закрылось', `${TROUBLE}#err-request-resolved-closed`],
  ['поменяет статус на Закрото через 7 рабочих дней', `${TROUBLE}#err-request-resolved-closed`],
  [
    'три раза не соглашался с ответом по консультации, и её закрыли',
    `${TROUBLE}#err-request-consultation-reopened`,
  ],
  [
    'Работа с обращениями в статусе Закрото далее не осуществляется',
    `${TROUBLE}#err-request-closed`,
  ],
  [
    'Если плагин не установлен, пользователю будет предложено',
    `${TROUBLE}#err-plugin-not-installed`,
  ],
  [
    'при создании обращения еис требует поставить какой-то плагин',
    `${TROUBLE}#err-plugin-not-installed`,
  ],

  // «Глоссарий ЕИС и Web-Торги-КС»
  ['глосарий', GLOSSARY],
  ['расшифровка сокращений ЕИС', GLOSSARY],
  ['ГоИС расшифровка', `${GLOSSARY}#gois`],
  ['что за ЭТП', `${GLOSSARY}#etp`],
  ['СТП это что', `${GLOSSARY}#stp`],
  ['что такое электронное активирование', `${GLOSSARY}#electronic-activation`],
  ['документы приемки — это какие документы', `${GLOSSARY}#acceptance-documents`],
  ['уполномоченное учреждение что это за роль', `${GLOSSARY}#authorized-institution`],
  ['что значит альтернативная интеграция по https', `${GLOSSARY}#https-integration`],
  ['закупка малого обьема определение', `${GLOSSARY}#small-volume-purchase`],
  ['что такое сервизы отдачи', `${GLOSSARY}#output-services`],
  ['плагин фиксации действий пользователя — что это такое', `${GLOSSARY}#action-recording-plugin`],

  // «Что изменилось»
  ['какие обновления были в инструкциях за последнее время', CHANGES],
  ['изменения по страницам', `${CHANGES}#by-page`],
  [
    'что поменяли в инструкции про логин и пароль по HTTPS',
    `${CHANGES}#page-connect-https-credentials`,
  ],
  ['правки в инструкции по вводу пароля в Web-Торги-КС', `${CHANGES}#page-connect-web-torgi-ks`],
  ['история изменений страницы о перерегистрации', `${CHANGES}#page-connect-re-registration`],
  ['что исправили в статье о токене для сервисов отдачи', `${CHANGES}#page-services-token`],
  ['журнал изменений инструкции права доступа к РИС', `${CHANGES}#page-services-ris-rights`],
  ['нововведения в инструкции про идентификатор ЭДО', `${CHANGES}#page-activation-edo-identifier`],
  ['что обновили в инструкции как создать обращение', `${CHANGES}#page-support-create-request`],
  ['когда менялся словарь ошибок', `${CHANGES}#page-reference-troubleshooting`],

  // «Мой прогресс»
  ['мой прогресс', PROGRESS],
  ['сколько шагов я уже отметила по всем чек-листам', `${PROGRESS}#vse-spiski`],
  ['как перенести галочки на ноутбук', `${PROGRESS}#perenos`],
  ['сбросить все отметки', `${PROGRESS}#perenos`],
  [
    'настраиваю интеграцию за несколько школ, нужно вести отметки отдельно для каждой',
    `${PROGRESS}#organizacii`,
  ],
  ['пропала панель ваш план, как её вернуть', `${PROGRESS}#moy-plan`],
  ['какие данные сайт отправляет на сервер', `${PROGRESS}#что-сайт-отправляет`],

  // «Напоминание о сроках»
  ['yfgjvbyfybt', REMINDER],
  ['напоминалка о сроках', REMINDER],
  ['завести напоминание на дату окончания срока действия', `${REMINDER}#добавить-напоминание`],
  ['удалить старое напоминание', `${REMINDER}#vashi-napominaniya`],
  ['файл ics что это и как открыть в outlook', `${REMINDER}#когда-срок-подходит-к-концу`],

  // «Вся инструкция для печати»
  ['печать', PRINT],
  ['hfcgtxfnfnm', PRINT],
  ['распечатать всю инструкцию целиком', PRINT],
  ['сохранить все инструкции одним pdf', PRINT],
  ['нужен бумажный вариант инструкции для начальства', PRINT],
  ['оглавление печатной версии', `${PRINT}#manual-contents`],
];

/** The tuning half of corpus 5a: its even positions. */
export const TUNING_5a: readonly Query[] = byPosition(CORPUS_5a, 0);

/** The held-out half of corpus 5a: its odd positions. Never tune on it. */
export const HELD_OUT_5a: readonly Query[] = byPosition(CORPUS_5a, 1);
