/**
 * Search corpus 6b: reader questions for issue 18, written on 2026-12-05 by an independent writer
 * (branch questions6-b) who never ran, read or tuned the search engine and never opened the earlier
 * corpora. Written from the five source documents, the pages' MDX, src/data/errors.ts and the built
 * HTML (for the section ids), in the writer's own words, imagining a school accountant, a hospital
 * IT admin, a contract manager at a district administration and a new hire. Each question names the
 * page (or section) a reader should open FIRST; questions with two equally right answers were left
 * out. Pages: «Как создать обращение», the request statuses, the knowledge base, «Ошибки и решения»,
 * the glossary, the changes page, «Мой прогресс», the reminder and «Вся инструкция для печати».
 *
 * The engine was never run on these questions before the split. The list is kept in the order it
 * was written and split once, mechanically, by position (corpus-split.ts): even positions tune,
 * odd positions are held out. Never reorder it.
 */
import { byPosition } from './corpus-split';
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
import type { Query } from './search-queries';

export const CORPUS_6b: readonly Query[] = [
  // «Как создать обращение в поддержку ЕИС»
  ['создать обращение', CREATE],
  [
    'как правильно написать в техподдержку еис чтобы заявку не отфутболили',
    `${CREATE}#четыре-правила-обращения`,
  ],
  ['кто вправе подавать обращение в поддержку, нужна ли какая-то роль', `${CREATE}${WHO}`],
  ['консультация или ошибка что выбрать', `${CREATE}#вид-обращения-консультация-или-ошибка`],
  [
    'оброщение по интеграции с веб торги какие файлы прикладывать',
    `${CREATE}#обращение-по-вопросам-интеграции`,
  ],
  ['галочка интеграция в заявке в техподдержку', `${CREATE}#обращение-по-вопросам-интеграции`],
  ['что подготовить до того как писать в поддержку ЕИС', `${CREATE}${NEEDS}`],
  ['куда попадает обращение после нажатия отправить', `${CREATE}${RESULT}`],
  ['пошагово как подать тикет через личный кабинет', `${CREATE}#шаги`],
  ['не могу зайти в лк а написать в поддержку надо', `${CREATE}#обращение-без-входа-в-лк`],
  ['закупка малого обьема отметка да в обращении с июля', `${CREATE}#шаги`],
  ['нужно ли прикладывать запись экрана к обращению про сбой', CREATE],
  ['можно ли в одном обращении описать сразу три проблемы', `${CREATE}#четыре-правила-обращения`],

  // «Статусы обращений в техподдержку ЕИС»
  ['статусы обращений', STATUSES],
  ['cnfnecs j,hfotybq', STATUSES],
  ['что значит статус запрос информации в обращении', `${STATUSES}#что-означают-статусы`],
  [
    'обращение висит в статусе открыто, исполнителя всё нет — это нормально?',
    `${STATUSES}#что-означают-статусы`,
  ],
  ['где в личном кабинете список моих обращений', `${STATUSES}#где-смотреть-свои-обращения`],
  ['как найти своё обращение по номеру', `${STATUSES}#страница-техническая-поддержка`],
  [
    'где вкладка с черновиками и закрытыми обращениями',
    `${STATUSES}#страница-техническая-поддержка`,
  ],
  ['сколько ждать ответа техподдержки, к какому числу решат', `${STATUSES}#плановый-срок-решения`],
  [
    'через сколько рабочих дней обращение закроется само если я не подтвержу решение',
    `${STATUSES}#когда-обращение-закрывается`,
  ],
  ['статсы обращения в стп', STATUSES],

  // «База знаний и каналы поддержки ЕИС»
  ['куда звонить', PHONES],
  ['ntktajy gjllth;rb', PHONES],
  ['не могу дозвониться до еис, какой там второй номер', PHONES],
  ['база знаний еис где найти', `${KB}#база-знаний-еис`],
  ['почему база знаний не открывается без авторизации', `${KB}#база-знаний-еис`],
  [
    'обучающее видео по дополнительным соглашениям к контракту где лежит',
    `${KB}#как-найти-нужный-материал`,
  ],
  ['faq еис категории вопросов', `${KB}#часто-задаваемые-вопросы-faq`],
  ['телеграм канал еис', `${KB}#каналы-макс-и-телеграм`],
  ['мессенджер макс поддержка закупок', `${KB}#каналы-макс-и-телеграм`],
  ['ЕИС лежит с утра, где посмотреть объявление о сбое', `${KB}#новости-и-уведомления`],
  [
    'что делать сначала если в еис что-то не работает: искать самому или сразу писать',
    `${KB}#порядок-действий-при-проблеме`,
  ],

  // «Ошибки и решения»: pasted or retold error texts, and the diagnostic
  ['ошибки и решения', TROUBLE],
  ['jib,rb b htitybz', TROUBLE],
  ['ошибка о некорректности логина и пароля', `${TROUBLE}#err-login-password-incorrect`],
  ['при отправке в еис некоректный логин или пороль', `${TROUBLE}#err-login-password-incorrect`],
  ['401 Unauthorized при отправке плана-графика', `${TROUBLE}#err-login-password-incorrect`],
  [
    'Обнаружено несовпадение данных сертификата с данными зарег',
    `${TROUBLE}#err-certificate-mismatch`,
  ],
  [
    'директор не может войти несовпадение данных сертефиката',
    `${TROUBLE}#err-certificate-mismatch`,
  ],
  [
    'ошибка о несоответствии регистрационных данных пользователя',
    `${TROUBLE}#err-registration-data-mismatch`,
  ],
  ['несоответсвие регистрационых данных в еис', `${TROUBLE}#err-registration-data-mismatch`],
  ['Информация о недоступности отдельных функций ЕИС', `${TROUBLE}#err-eis-functions-unavailable`],
  ['ранее введенный пароль становится недействительным', `${TROUBLE}#err-password-reset-by-link`],
  [
    'коллега ещё раз нажал ссылку данные для альтернативной интеграции и у нас всё отвалилось',
    `${TROUBLE}#err-password-reset-by-link`,
  ],
  [
    'нажали сохранить в регистрационных данных и пароль опять поменялся',
    `${TROUBLE}#err-password-reset-by-save`,
  ],
  ['закрыл окно с паролем и не успел его записать', `${TROUBLE}#err-credentials-window-closed`],
  [
    'забыл нажать продолжить в окне с логином и паролем, пароль не подходит',
    `${TROUBLE}#err-continue-not-pressed`,
  ],
  [
    'пишет что пользователь не зарегистрирован в еис, из веб-торгов не отправить',
    `${TROUBLE}#err-user-not-registered`,
  ],
  [
    'заполнили настройку взаимодействия с сервисами, а толку никакого',
    `${TROUBLE}#err-services-setting-no-effect`,
  ],
  [
    'не появился пункт перечень региональных информационных систем',
    `${TROUBLE}#err-ris-list-missing`,
  ],
  ['блок права доступа к рис не отображается', `${TROUBLE}#err-ris-block-missing`],
  ['в перечне нет нашей рис, код своего субъекта не знаю', `${TROUBLE}#err-ris-not-found`],
  [
    'у нас ещё роль уполномоченное учреждение, и рис так и не заработала',
    `${TROUBLE}#err-extra-roles`,
  ],
  ['истек срок действия токена', `${TROUBLE}#err-token-expired`],
  ['закончился срок действия идентификатора участника эдо', `${TROUBLE}#err-edo-expired`],
  [
    'не сохранил идентификатор эдо, а он нужен для импорта документов приемки',
    `${TROUBLE}#err-edo-not-saved`,
  ],
  [
    'обращение консультация закрыто автоматически без возможности переоткрытия',
    `${TROUBLE}#err-request-consultation-closed`,
  ],
  [
    'Работа с обращениями в статусе Закрото далее не осуществляется',
    `${TROUBLE}#err-request-closed`,
  ],
  [
    'решено после 3 выраженных пользователем несогласий',
    `${TROUBLE}#err-request-consultation-reopened`,
  ],
  [
    'не ответили вовремя на запрос информации и обращение закрыли',
    `${TROUBLE}#err-request-info-unanswered`,
  ],
  [
    'обращение закрыли, сославшись что проблема уже есть в новостях',
    `${TROUBLE}#err-request-closed-news`,
  ],
  [
    'если плагин не установлен пользователю будет предложено',
    `${TROUBLE}#err-plugin-not-installed`,
  ],
  ['статус был решено а потом сам сменился на закрыто', `${TROUBLE}#err-request-resolved-closed`],
  [
    'документ не уходит в еис, не понимаю что за ошибка, помогите разобраться по шагам',
    `${TROUBLE}#diagnostic`,
  ],
  ['в списке ошибок моей нет, что ещё можно сделать', `${TROUBLE}#if-nothing-helped`],

  // «Глоссарий ЕИС и Web-Торги-КС»
  ['справочник сокращений и терминов', GLOSSARY],
  ['ukjccfhbq', GLOSSARY],
  ['что такое ЭТП', `${GLOSSARY}#etp`],
  ['ГоИС это что за система', `${GLOSSARY}#gois`],
  ['расшифровка аббревиатуры СТП', `${GLOSSARY}#stp`],
  ['электронное активирование что означает', `${GLOSSARY}#electronic-activation`],
  ['документы приемки это какие', `${GLOSSARY}#acceptance-documents`],
  ['чем отличаются два полномочия администратор организации', `${GLOSSARY}#org-administrator`],
  ['определение закупки малого объема', `${GLOSSARY}#small-volume-purchase`],
  ['сервисы отдачи — что это вообще такое', `${GLOSSARY}#output-services`],
  ['что значит ЛК в инструкции', `${GLOSSARY}#lk`],

  // «Что изменилось»
  ['что нового на сайте', CHANGES],
  ['журнал правок инструкций', CHANGES],
  ['подписаться на обновления инструкций через rss', CHANGES],
  ['что поменяли в инструкции про токен', `${CHANGES}#page-services-token`],
  ['все изменения сгруппированные по страницам', `${CHANGES}#by-page`],
  ['что исправили на странице про создание обращения', `${CHANGES}#page-support-create-request`],
  ['что поменялось в словаре ошибок', `${CHANGES}#page-reference-troubleshooting`],
  ['изменения в инструкции по идентификатору эдо', `${CHANGES}#page-activation-edo-identifier`],

  // «Мой прогресс»
  ['мой прогресс', PROGRESS],
  ['перенести галочки на другой комп через флешку', `${PROGRESS}#perenos`],
  ['обнулить все отметки в чек-листах и начать сначала', `${PROGRESS}#perenos`],
  [
    'веду интеграцию за три поликлиники, как отмечать шаги отдельно по каждой',
    `${PROGRESS}#organizacii`,
  ],
  ['сколько шагов я уже сделал во всех инструкциях', `${PROGRESS}#vse-spiski`],
  ['пропала панель ваш план на страницах инструкций', `${PROGRESS}#moy-plan`],
  ['сайт отправляет куда-то мои данные?', `${PROGRESS}#что-сайт-отправляет`],

  // «Напоминание о сроках»
  ['поставить будильник на окончание срока действия', `${REMINDER}#добавить-напоминание`],
  ['добавить дату окончания в календарь outlook', REMINDER],
  ['где список моих напоминаний, хочу удалить одно', `${REMINDER}#vashi-napominaniya`],
  [
    'до окончания срока осталось меньше месяца, что делать заранее',
    `${REMINDER}#когда-срок-подходит-к-концу`,
  ],

  // «Вся инструкция для печати»
  ['печать', PRINT],
  ['hfcgtxfnfnm', PRINT],
  ['сохранить всю инструкцию в pdf', PRINT],
  ['нужна бумажная версия всех инструкций для папки, чтобы директор подписал', PRINT],
  ['оглавление инструкции для печати', `${PRINT}#manual-contents`],
];

/** The tuning half: even positions. */
export const TUNING_6b = byPosition(CORPUS_6b, 0);

/** The held-out half: odd positions. */
export const HELD_OUT_6b = byPosition(CORPUS_6b, 1);
