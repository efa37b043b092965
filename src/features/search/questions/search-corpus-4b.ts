/**
 * Reader questions for the site's search, corpus 4b (issue 18): the support pages, the error
 * dictionary, the glossary, the changes page, «Мой прогресс», the reminder and the print page.
 *
 * Written on 2026-12-05 by the engineer of branch `questions-b`, an independent writer who never
 * opened the search engine (src/features/search/**), its quality test or any earlier question
 * corpus. Sources: the five source documents, the MDX pages, src/data/errors.ts and the built
 * pages (for the `id` of each h2/h3, dictionary entry and glossary term). Each question is typed
 * the way a clerk or a school/hospital administrator types it when stuck: short words, long
 * sentences, everyday words the site does not use, typos, the wrong keyboard layout (Russian typed
 * on the Latin layout key by key), and error texts pasted or retold, cut short or with a typo.
 * The expected answer is the page (or section) to open first; questions with two equally right
 * answers were not written. About a third are pasted or retold error messages.
 *
 * The engine was never run on these questions before the split below: the whole list was written
 * first, in this order, then split once and mechanically (even positions tune, odd positions are
 * held out). Do not reorder, insert or delete questions: that changes the split.
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

export const CORPUS_4b: Query[] = [
  // «Как создать обращение в поддержку ЕИС» (/support/create-request/)
  ['создать обращение', CREATE],
  ['как написать в техподдержку еис если у нас всё сломалось', CREATE],
  ['кто вообще имеет право подавать обращение в поддержку', `${CREATE}${WHO}`],
  ['консультация или ошибка какой вид выбрать', `${CREATE}#вид-обращения-консультация-или-ошибка`],
  [
    'можно ли в одном обращении описать сразу несколько проблем',
    `${CREATE}#четыре-правила-обращения`,
  ],
  [
    'какую галочку поставить в обращении если не уходят документы из веб торги',
    `${CREATE}#обращение-по-вопросам-интеграции`,
  ],
  ['какие вложения нужны к обращению по интеграции', `${CREATE}#обращение-по-вопросам-интеграции`],
  ['что подготовить перед тем как писать в поддержку', `${CREATE}${NEEDS}`],
  ['что произойдёт после того как отправлю обращение', `${CREATE}${RESULT}`],
  ['где кнопка создать обращение в личном кабинете', `${CREATE}#шаги`],
  ['обращение по закупке малого объема что отметить на форме с 1 июля', `${CREATE}#шаги`],
  [
    'не могу зайти в личный кабинет как тогда отправить обращение',
    `${CREATE}#обращение-без-входа-в-лк`,
  ],
  ['создть обрашение', CREATE],
  ['j,hfotybt d nt[gjllth;re', CREATE],
  ['как завести заявку в службу поддержки закупок', CREATE],

  // «Статусы обращений» (/support/request-statuses/)
  ['статусы обращений', STATUSES],
  ['что значит статус открыто у обращения', `${STATUSES}#что-означают-статусы`],
  ['статус запрос информации что от меня хотят', `${STATUSES}#что-означают-статусы`],
  ['когда обращение в стп закрывается автоматически', `${STATUSES}#когда-обращение-закрывается`],
  ['где посмотреть плановый срок по моей заявке', `${STATUSES}#плановый-срок-решения`],
  ['где список моих обращений', `${STATUSES}#где-смотреть-свои-обращения`],
  ['вкладка черновики обращений', `${STATUSES}#страница-техническая-поддержка`],
  [
    'как найти своё старое обращение по номеру или теме',
    `${STATUSES}#страница-техническая-поддержка`,
  ],
  ['стаус обрашения в работе', `${STATUSES}#что-означают-статусы`],
  ['vjb j,hfotybz', `${STATUSES}#где-смотреть-свои-обращения`],
  [
    'видно ли мне обращения которые отправили коллеги из нашей организации',
    `${STATUSES}#где-смотреть-свои-обращения`,
  ],

  // «База знаний и каналы поддержки ЕИС» (/support/knowledge-base/)
  ['база знаний еис', KB],
  ['телефон поддержки', PHONES],
  ['куда позвонить по закупкам', PHONES],
  ['не могу дозвониться до еис какой ещё номер есть', PHONES],
  ['ntktajy gjllth;rb', PHONES],
  ['где часто задаваемые вопросы', `${KB}#часто-задаваемые-вопросы-faq`],
  ['видеоинструкция по дополнительным соглашениям', `${KB}#как-найти-нужный-материал`],
  ['где читать новости о сбоях еис', `${KB}#новости-и-уведомления`],
  ['телеграм канал еис', `${KB}#каналы-макс-и-телеграм`],
  ['мессенджер макс закупки', `${KB}#каналы-макс-и-телеграм`],
  [
    'что делать сначала при проблеме в еис ещё до обращения в поддержку',
    `${KB}#порядок-действий-при-проблеме`,
  ],
  ['база знаний не открывается без входа в кабинет', `${KB}#база-знаний-еис`],
  [',fpf pyfybq', KB],

  // «Ошибки и решения» (/reference/troubleshooting/): groups, the diagnostic, then entries;
  // mostly error texts pasted (cut short, with typos) or retold
  ['словарь ошибок', TROUBLE],
  ['не понимаю какая у меня ошибка помогите определить по вопросам', `${TROUBLE}#diagnostic`],
  ['все ошибки с логином и паролем', `${TROUBLE}#login-password`],
  ['ошибки из-за истёкших сроков действия', `${TROUBLE}#expiry`],
  ['какие бывают ошибки с сервисами еис и рис', `${TROUBLE}#services-ris`],
  ['перепробовала всё из списка ошибок ничего не помогло', `${TROUBLE}#if-nothing-helped`],
  ['ошибка о некорректности логина и пароля', `${TROUBLE}#err-login-password-incorrect`],
  ['ошибка о некоректности логина и пороля', `${TROUBLE}#err-login-password-incorrect`],
  [
    'при отправке информации в ЕИС будет ошибка о некорректн',
    `${TROUBLE}#err-login-password-incorrect`,
  ],
  ['ytrjhhtrnyjcnm kjubyf b gfhjkz', `${TROUBLE}#err-login-password-incorrect`],
  [
    'ранее введенный в ПК «Web-Торги КС» пароль становится недействительным',
    `${TROUBLE}#err-password-reset-by-link`,
  ],
  [
    'коллега ещё раз нажал ссылку про https и наш пароль в торгах перестал подходить',
    `${TROUBLE}#err-password-reset-by-link`,
  ],
  [
    'При нажатии на кнопку «Сохранить» пароль снова изменит',
    `${TROUBLE}#err-password-reset-by-save`,
  ],
  ['не успели записать данные или же закрыли окно', `${TROUBLE}#err-credentials-window-closed`],
  ['закрыла окно с паролем и не успела его переписать', `${TROUBLE}#err-credentials-window-closed`],
  ['забыл нажать продолжить и пароль не подходит', `${TROUBLE}#err-continue-not-pressed`],
  [
    'документы не отправляются пользователь не зарегистрирован в еис',
    `${TROUBLE}#err-user-not-registered`,
  ],
  [
    'Обнаружено несовпадение данных сертификата с данными зарег',
    `${TROUBLE}#err-certificate-mismatch`,
  ],
  ['обнаружено несовподение данных сертификата', `${TROUBLE}#err-certificate-mismatch`],
  ['ytcjdgfltybt lfyys[ cthnbabrfnf', `${TROUBLE}#err-certificate-mismatch`],
  [
    'ошибка о несоответствии регистрационных данных пользователя в ЕИС',
    `${TROUBLE}#err-registration-data-mismatch`,
  ],
  ['несоотвествие регистрационных данных', `${TROUBLE}#err-registration-data-mismatch`],
  ['несоответствии регистрац', `${TROUBLE}#err-registration-data-mismatch`],
  [
    'Информация о недоступности отдельных функций ЕИС в сфер',
    `${TROUBLE}#err-eis-functions-unavailable`,
  ],
  ['еис пишет что отдельные функции сейчас недоступны', `${TROUBLE}#err-eis-functions-unavailable`],
  [
    'заполнили настройку взаимодействия с сервисами еис а толку никакого',
    `${TROUBLE}#err-services-setting-no-effect`,
  ],
  ['в настройках нет блока права доступа к рис', `${TROUBLE}#err-ris-block-missing`],
  [
    'не появился пункт перечень региональных информационных систем',
    `${TROUBLE}#err-ris-list-missing`,
  ],
  ['не нахожу свою рис в перечне', `${TROUBLE}#err-ris-not-found`],
  [
    'у нас ещё роль уполномоченное учреждение и рис всё равно не работает',
    `${TROUBLE}#err-extra-roles`,
  ],
  ['токен просрочен', `${TROUBLE}#err-token-expired`],
  ['идентификатор эдо истёк и импорт больше не проходит', `${TROUBLE}#err-edo-expired`],
  [
    'не сохранила идентификатор эдо а теперь нужен для импорта документов приемки',
    `${TROUBLE}#err-edo-not-saved`,
  ],
  [
    'Работа с обращениями в статусе «Закрото» далее не осуществляется',
    `${TROUBLE}#err-request-closed`,
  ],
  [
    'консультацию закрыли автоматически потому что там была ошибка',
    `${TROUBLE}#err-request-consultation-closed`,
  ],
  [
    'Обращения по описанной в новостях или уведомлениях проблеме будут закрыты',
    `${TROUBLE}#err-request-closed-news`,
  ],
  ['закрыли обращение сказали что проблема уже в новостях', `${TROUBLE}#err-request-closed-news`],
  [
    'не ответила вовремя на запрос информации и обращение закрыли',
    `${TROUBLE}#err-request-info-unanswered`,
  ],
  [
    'обращение закрыто без возможности переоткрытия после запроса информации',
    `${TROUBLE}#err-request-info-unanswered`,
  ],
  ['было решено а через неделю само закрылось', `${TROUBLE}#err-request-resolved-closed`],
  [
    'решено после 3 выраженных пользователем несогласий',
    `${TROUBLE}#err-request-consultation-reopened`,
  ],
  [
    'три раза переоткрывала консультацию и её закрыли насовсем',
    `${TROUBLE}#err-request-consultation-reopened`,
  ],
  [
    'Если плагин не установлен, пользователю будет предложено его устан',
    `${TROUBLE}#err-plugin-not-installed`,
  ],
  ['еис просит установить какой-то плагин', `${TROUBLE}#err-plugin-not-installed`],

  // «Глоссарий ЕИС и Web-Торги-КС» (/reference/glossary/): one term each
  ['глоссарий', GLOSSARY],
  ['глосарий терминов', GLOSSARY],
  ['словарик сокращений', GLOSSARY],
  ['xnj nfrjt tbc', `${GLOSSARY}#eis`],
  ['лк это что', `${GLOSSARY}#lk`],
  ['что такое рис', `${GLOSSARY}#ris`],
  ['расшифровка эдо', `${GLOSSARY}#edo`],
  ['этп расшифровка', `${GLOSSARY}#etp`],
  ['44 фз что за закон', `${GLOSSARY}#fz-44`],
  ['гоис что это за система', `${GLOSSARY}#gois`],
  ['сервисы отдачи что это такое', `${GLOSSARY}#output-services`],
  ['что значит электронное активирование', `${GLOSSARY}#electronic-activation`],
  ['кто такой администратор организации в еис', `${GLOSSARY}#org-administrator`],
  ['уполномоченный орган это кто', `${GLOSSARY}#authorized-body`],
  ['плагин фиксации действий пользователя что это', `${GLOSSARY}#action-recording-plugin`],
  ['web-торги-кс что за программа', `${GLOSSARY}#web-torgi-ks`],

  // «Что изменилось» (/reference/changes/)
  ['что изменилось на сайте', CHANGES],
  ['подписаться на обновления инструкций через rss', CHANGES],
  ['изменения по страницам', `${CHANGES}#by-page`],
  ['что поменяли в инструкции про токен', `${CHANGES}#page-services-token`],
  ['что нового в инструкции о создании обращения', `${CHANGES}#page-support-create-request`],
  ['последние правки в словаре ошибок', `${CHANGES}#page-reference-troubleshooting`],
  ['что исправили в инструкции про идентификатор эдо', `${CHANGES}#page-activation-edo-identifier`],
  ['изменения инструкции логин и пароль по https', `${CHANGES}#page-connect-https-credentials`],
  ['правки в инструкции ввод пароля в веб торги', `${CHANGES}#page-connect-web-torgi-ks`],
  ['обновилась ли инструкция про перерегистрацию', `${CHANGES}#page-connect-re-registration`],
  ['что изменили в инструкции по правам доступа к рис', `${CHANGES}#page-services-ris-rights`],

  // «Мой прогресс» (/tools/progress/)
  ['мой прогресс', PROGRESS],
  ['vjq ghjuhtcc', PROGRESS],
  ['сколько шагов я уже отметила по всем инструкциям', `${PROGRESS}#vse-spiski`],
  ['отметки скинуть на флешку и открыть на ноутбуке', `${PROGRESS}#perenos`],
  ['снять все галочки и начать сначала', `${PROGRESS}#perenos`],
  ['веду сразу несколько школ можно ли отмечать для каждой отдельно', `${PROGRESS}#organizacii`],
  ['панель ваш план пропала со страниц инструкций как её вернуть', `${PROGRESS}#moy-plan`],
  ['собираете ли вы мои данные когда я ищу на сайте', `${PROGRESS}#что-сайт-отправляет`],

  // «Напоминание о сроках» (/tools/reminder/)
  ['напоминалка о сроках', REMINDER],
  ['поставить напоминание', `${REMINDER}#добавить-напоминание`],
  ['где мои сохраненные напоминания', `${REMINDER}#vashi-napominaniya`],
  [
    'что делать когда до конца срока осталось совсем немного',
    `${REMINDER}#когда-срок-подходит-к-концу`,
  ],
  ['yfgjvbyfybt', REMINDER],
  ['будильник на окончание срока действия', REMINDER],
  ['хочу чтобы сайт сам предупредил меня примерно за месяц до конца срока', REMINDER],

  // «Вся инструкция для печати» (/print/)
  ['печать инструкции', PRINT],
  ['распечатать всю инструкцию целиком', PRINT],
  ['сохранить инструкцию в pdf', PRINT],
  ['бумажная версия руководства для принтера', PRINT],
  ['gtxfnm', PRINT],
  ['распечатат инструкции', PRINT],
  ['оглавление инструкции для распечатки', `${PRINT}#manual-contents`],
];

/** Questions at even positions (0, 2, 4, …): the engine may be tuned on these. */
export const TUNING_4b: Query[] = byPosition(CORPUS_4b, 0);

/** Questions at odd positions (1, 3, 5, …): held out, never tuned on. */
export const HELD_OUT_4b: Query[] = byPosition(CORPUS_4b, 1);
