/**
 * Corpus 9b: reader questions for the site's search, written on 2026-12-05 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora. The reader is a
 * support-desk operator of the regional Web-Торги-КС team who types fast while a customer talks:
 * retold complaints, pasted message fragments with typos, abbreviations, a few queries typed on
 * the Latin layout; a mix of guide tasks, error-dictionary entries, glossary terms, section
 * questions, support phones and request statuses. Kept in the order written; split once,
 * mechanically, by position (corpus-split.ts): even positions tune, odd positions are held out.
 * Never reorder.
 */
import { byPosition } from './corpus-split';
import type { Query } from './search-queries';

export const CORPUS_9b: readonly Query[] = [
  // Home page: who the site is for
  ['для кого этот сайт вообще, а картинки там скрины или просто схемы', '/#для-кого-этот-сайт'],
  // HTTPS login and password in the EIS cabinet (guide task, who, needs, result, next)
  ['как получить логин и пароль для интеграции по https в лк еис', '/connect/https-credentials/'],
  [
    'клиент спрашивает кто у них может взять логин пароль для WT в ЕИС, рядовой специалист или только руководитель',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  ['rfr gjkexbnm gfhjkm lkz byntuhfwbb', '/connect/https-credentials/'],
  [
    'что подготовить до того как получать логин пароль в еис, права админа и текстовый редактор?',
    '/connect/https-credentials/#что-понадобится',
  ],
  [
    'в каком порядке: сначала переписать пароль, потом продолжить, потом закрыть кнопкой отменить?',
    '/connect/https-credentials/',
  ],
  [
    'пороль который ЕИС выдаст для интеграции будет постоянный или одноразовый',
    '/connect/https-credentials/#что-получится',
  ],
  [
    'получили в лк еис логин с паролем, а дальше что с ними делать',
    '/connect/https-credentials/#что-дальше',
  ],
  // Entering the login and password in Web-Торги-КС
  [
    'клиент не может найти куда в веб торгах вбивать логин и пароль от ЕИС',
    '/connect/web-torgi-ks/',
  ],
  [
    'кто сам вводит пароль в WT — админ из ЛК ЕИС или пользователь под своей учеткой',
    '/connect/web-torgi-ks/#кто-может-это-сделать',
  ],
  ['relf d dt, njhuf[ ddjlbnm gfhjkm', '/connect/web-torgi-ks/'],
  [
    'где в ВТ галка сменить пароль, настройки -> регистрационные данные в еис, вкладка ЕИС',
    '/connect/web-torgi-ks/',
  ],
  [
    'сохранили логин и пароль в веб-торгах, связь с еис уже есть? документ который не ушел переотправлять',
    '/connect/web-torgi-ks/#что-получится',
  ],
  [
    'не может зайти в саму систему веб-торги чтобы вписать пароль, к кому его отправить',
    '/connect/web-torgi-ks/#что-понадобится',
  ],
  // After the organisation's re-registration
  [
    'организацию перерегистрировали, говорят нужен новый логин пароль в веб торги, откуда его взять',
    '/connect/re-registration/',
  ],
  [
    'после перерегистрации кто смотрит новый логин в лк еис, а кто заносит его в систему',
    '/connect/re-registration/#кто-может-это-сделать',
  ],
  ['до какого года надо было пройти перерегистрацию в ЕИС', '/connect/re-registration/'],
  [
    'что нужно под рукой чтобы заменить логин после перерегистрации орг-ции',
    '/connect/re-registration/#что-понадобится',
  ],
  [
    'у клиента экран ЕИС не похож на инструкцию по перерегистрации, она же от 2018 года',
    '/connect/re-registration/',
  ],
  [
    'после перерегистрации внесли новые данные и переотправили документ, чем должно кончиться',
    '/connect/re-registration/#что-получится',
  ],
  // EIS services mode: token or RIS
  [
    'токен или права РИС — как понять что клиенту заполнять',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'режим настройка взаимодействия с сервисами еис за что вообще отвечает',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'где описано как настроить блок права доступа к рис в самой системе, пункт 1.5.3.3 руководства админа',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  ['в режиме сервисов ЕИС два блока, токен и права рис, это зачем', '/services/overview/'],
  // Token for the output services
  ['как выдать токен для сервисов отдачи в ЛК заказчика', '/services/token/'],
  [
    'под какой учеткой в ЕИС выдают токен, кто это может сделать',
    '/services/token/#кто-может-это-сделать',
  ],
  ['njrty lkz cthdbcjd jnlfxb', '/services/token/'],
  [
    'клиентка не находит куда в веб торгах вписать токен, поля идентификатор и срок действия',
    '/services/token/',
  ],
  ['какой срок действия ставить токену при выдаче, подлиннее?', '/services/token/'],
  [
    'в итоге в блоке токен что должно стоять: галка разрешить использование сервисов отдачи и два поля',
    '/services/token/#что-получится',
  ],
  // Access rights for the regional information system
  ['как предоставить права на РИС в личном кабинете заказчика', '/services/ris-rights/'],
  [
    'кто должен настраивать права доступа к РИС, роль заказчик и какое полномочие нужно',
    '/services/ris-rights/#кто-может-это-сделать',
  ],
  ['ghfdf ljcnegf r hbc', '/services/ris-rights/'],
  ['какую дату предоставления доступа ставить для рис, 2022 год?', '/services/ris-rights/'],
  [
    'где флаг информация об участниках закупки по электронным процедурам и кнопка подписать',
    '/services/ris-rights/',
  ],
  ['при настройке прав РИС обязательно выходить из ЛК и заходить снова?', '/services/ris-rights/'],
  [
    'права на рис выдали и подписали, что должно получиться в итоге',
    '/services/ris-rights/#что-получится',
  ],
  // EDO participant identifier
  ['как получить идентификатор участника ЭДО в ЕИС', '/activation/edo-identifier/'],
  [
    'куда в ВТ вставлять идентификатор ЭДО чтобы загрузить акты приемки',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  ["bltynbabrfnjh 'lj", '/activation/edo-identifier/'],
  [
    'кто может выдать идентификатор эдо, нужен администратор или руководитель?',
    '/activation/edo-identifier/#кто-может-это-сделать',
  ],
  [
    'срок действия идентификатора ЭДО вбивать руками? какую дату ставить',
    '/activation/edo-identifier/',
  ],
  [
    'что нужно заранее для получения идентификатора электронного документооборота',
    '/activation/edo-identifier/#что-понадобится',
  ],
  // Creating a request to the EIS support desk
  ['как правильно создать обращение в СТП ЕИС', '/support/create-request/'],
  [
    'консультация или ошибка — какой вид обращения ставить, если документ не уходит',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  ['rfr yfgbcfnm j,hfotybt d cng', '/support/create-request/'],
  [
    'можно в одном обращении описать сразу две проблемы?',
    '/support/create-request/#четыре-правила-обращения',
  ],
  [
    'какие xml файлы прикладывать к обращению по интеграции с веб торгами и где галка интеграция',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  [
    'клиент не может зайти в лк, как тогда отправить обращение в техподдержку',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  [
    'с 1 июля 2026 что отмечать в обращении если вопрос по закупке малого обьема',
    '/support/create-request/',
  ],
  [
    'нужны ли какие-то особые полномочия чтобы создать обращение в ТП',
    '/support/create-request/#кто-может-это-сделать',
  ],
  // Request statuses and closing rules
  [
    'что значит статус открыто у обращения, исполнитель не назначен',
    '/support/request-statuses/#что-означают-статусы',
  ],
  [
    'в каких случаях обращение становится закрыто',
    '/support/request-statuses/#когда-обращение-закрывается',
  ],
  ['cnfnec htityj', '/support/request-statuses/#что-означают-статусы'],
  [
    'где посмотреть плановый срок решения по обращению',
    '/support/request-statuses/#плановый-срок-решения',
  ],
  [
    'у обращения статус запрос информации, что клиенту делать и сколько у него дней',
    '/support/request-statuses/#что-означают-статусы',
  ],
  ['где в лк раздел мои обращения', '/support/request-statuses/#где-смотреть-свои-обращения'],
  [
    'в техподдержке вкладки открытые, черновики, закрытые и поиск по номеру обращения — где это',
    '/support/request-statuses/#страница-техническая-поддержка',
  ],
  // Knowledge base, channels and support phones
  ['телефон круглосуточной поддержки ЕИС', '/support/knowledge-base/#телефоны-поддержки'],
  [
    'база знаний ЕИС не открывается, надо сначала войти в лк?',
    '/support/knowledge-base/#база-знаний-еис',
  ],
  ['ntktajy gjllth;rb tbc', '/support/knowledge-base/#телефоны-поддержки'],
  ['у ЕИС есть канал в телеге или в максе', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  [
    'в FAQ какие категории есть и как там искать по разделу',
    '/support/knowledge-base/#часто-задаваемые-вопросы-faq',
  ],
  [
    'где в базе знаний руководство и видеоролик по электронным допсоглашениям',
    '/support/knowledge-base/#как-найти-нужный-материал',
  ],
  [
    'при проблеме сначала самим искать или сразу звонить в СТП, какой порядок',
    '/support/knowledge-base/#порядок-действий-при-проблеме',
  ],
  // Error dictionary: failures retold or pasted by the caller
  [
    'при отправке плана графика пишет логин или пароль некоррект',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'говорит пароль слетел после того как кто-то зашел в кабинет ЕИС и опять открыл данные для альтернативной интеграции',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  ['ytrjhtrnysq kjuby bkb gfhjkm', '/reference/troubleshooting/#err-login-password-incorrect'],
  [
    'в регистрационных данных пользователя в ЕИС нажали сохранить вместо отменить, теперь в ВТ пароль не подходит',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'забыли нажать продолжить когда ЕИС показала пароль, он не закрепился',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  [
    'сотрудник не зарегистрирован в ЕИС как пользователь организации, из веб торгов ничего не уходит',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  [
    'у руководителя при входе в ЕИС обнаружено несовпадение данных сертифик',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'у них при отправке выскакивает что-то про регистрационые данные, несоответствие какое-то',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'jib,rf ytcjjndtncndbt htubcnhfwbjyys[ lfyys[',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'клиент зачитывает: информация о недоступности отдельных функций ЕИС, что ему сказать',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'заполнили настройку взаимодействия с сервисами ЕИС а ничего не поменялось',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  [
    'в режиме настройки сервисов еис нет блока права доступа к рис',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  [
    'в администрировании так и не появился перечень региональных информационных систем',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  [
    'у организации есть еще роль УО, права на РИС дали а работа в РИС не налаживается',
    '/reference/troubleshooting/#err-extra-roles',
  ],
  [
    'у клиента истек токен сервисов отдачи, что делать',
    '/reference/troubleshooting/#err-token-expired',
  ],
  [
    'кончился срок у идентификатора ЭДО, можно продлить?',
    '/reference/troubleshooting/#err-edo-expired',
  ],
  [
    'идентификатор эдо скопировали и потеряли, а он нужен для импорта приемки',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  [
    'написали консультацию про ошибку и обращение сразу закрыли, переоткрыть нельзя',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'обращение закрыли автоматом, сказали проблема уже была в новостях',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  [
    'не ответили вовремя на запрос информации и обращение закрылось',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'было решено, решение не подтвердили и через неделю само ушло в закрыто',
    '/reference/troubleshooting/#err-request-resolved-closed',
  ],
  [
    'при создании обращения ЕИС требует поставить плагин, без него никак',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  // Glossary: terms and abbreviations
  ['что такое ГоИС в инструкции, это веб торги?', '/reference/glossary/#gois'],
  ['РИС расшифровка', '/reference/glossary/#ris'],
  ['электронное активирование что это значит', '/reference/glossary/#electronic-activation'],
  ['сервисы отдачи это что такое вообще', '/reference/glossary/#output-services'],
  ['документы приемки это какие', '/reference/glossary/#acceptance-documents'],
  [
    'уполномоченное учреждение это роль организации в ЕИС?',
    '/reference/glossary/#authorized-institution',
  ],
  [
    'администратор организации — там два полномочия, какое имеется в виду',
    '/reference/glossary/#org-administrator',
  ],
  ['ЛК заказчика и ЛК 44-ФЗ одно и то же? что вообще значит лк', '/reference/glossary/#lk'],
  [
    'альтернативная интеграция по протоколу https что это значит',
    '/reference/glossary/#https-integration',
  ],
  ['44-ФЗ в инструкциях что за закон, у клиента КУ еще и 223-ФЗ', '/reference/glossary/#fz-44'],
  // Tools: start questionnaire, progress, reminders
  ['план настройки из опросника можно скинуть коллеге ссылкой?', '/tools/start/'],
  [
    'в опроснике спрашивают зарегистрирована ли система как РИС, а клиент не знает — что выбрать',
    '/tools/start/',
  ],
  ['как перенести отметки чек-листа на другой компьютер', '/tools/progress/#perenos'],
  [
    'ведет настройку за несколько садиков, можно вести отметки по каждой организации отдельно',
    '/tools/progress/#organizacii',
  ],
  ['сайт куда-то отправляет то что я набираю в поиске?', '/tools/progress/#что-сайт-отправляет'],
  ['срок идентификатора эдо закинуть в календарь outlook, файл ics', '/tools/reminder/'],
  [
    'в напоминании о сроке можно подписать название школы, а сам токен туда вводить?',
    '/tools/reminder/#добавить-напоминание',
  ],
  // Changes log and the print version
  ['что поменялось в инструкциях за последнее время', '/reference/changes/'],
  ['распечатать всю инструкцию целиком одним файлом в pdf', '/print/'],
];

/** The tuning half: the even positions of CORPUS_9b. */
export const TUNING_9b = byPosition(CORPUS_9b, 0);

/** The held-out half: the odd positions of CORPUS_9b, never tuned on. */
export const HELD_OUT_9b = byPosition(CORPUS_9b, 1);
