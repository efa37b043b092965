/**
 * Held-out set 2: questions written in readers' own words from the five source documents
 * (../shared/seeds/) and the tasks of the site's pages, before any change to ranking, synonyms or
 * sections that followed it. Never tuned on: only its numbers are reported (README,
 * `npm run bench:search`, tests/build/search-quality.test.ts).
 *
 * Expected: the page that answers, with the anchor of its section when a section answers
 * (phones, dictionary entries, glossary terms, a guide's «Что получится»).
 */
import type { Query } from './search-queries';
import {
  HTTPS,
  WTKS,
  REREG,
  TOKEN,
  RIS,
  OVERVIEW,
  EDO,
  CREATE,
  STATUSES,
  KB,
  TROUBLE,
  GLOSSARY,
  START,
  PROGRESS,
  REMINDER,
  PRINT,
  PHONES,
  RESULT,
} from './search-pages';

export const HELD_OUT_2: Query[] = [
  // Each guide's own task, in a reader's words.
  ['где взять пароль для альтернативной интеграции', HTTPS],
  ['как админу посмотреть логин пользователя для выгрузки в еис', HTTPS],
  ['что будет в результате получения логина и пароля', `${HTTPS}${RESULT}`],
  ['куда в вебторгах вставить логин от еис', WTKS],
  ['настройки пользователя в системе web торги логин еис', WTKS],
  ['план-график не уходит в еис', WTKS],
  ['поменялся инн организации что делать с интеграцией', REREG],
  ['после смены кпп не отправляются документы', REREG],
  ['организация прошла перерегистрацию в еис новый логин', REREG],
  ['срок действия токена где посмотреть', TOKEN],
  ['флажок разрешить использование сервисов отдачи', TOKEN],
  ['куда вводить идентификатор токена в системе', TOKEN],
  ['дать пользователю доступ к региональной системе', RIS],
  ['перечень региональных информационных систем права пользователю', RIS],
  ['наша система зарегистрирована как рис или нет как понять', OVERVIEW],
  ['зачем нужен режим настройка взаимодействия с сервисами', OVERVIEW],
  ['идентификатор для импорта документов приемки', EDO],
  ['выдача идентификатора участника электронного документооборота', EDO],
  ['что получится после выдачи идентификатора эдо', `${EDO}${RESULT}`],
  ['как пожаловаться в техподдержку еис на ошибку интеграции', CREATE],
  ['какие xml файлы приложить к обращению', CREATE],
  ['галочка интеграция в обращении', CREATE],
  ['не могу зайти в личный кабинет как написать в поддержку', `${CREATE}#обращение-без-входа-в-лк`],
  ['как записать свои действия на видео для поддержки', CREATE],
  ['обращение закрыли само без ответа', STATUSES],
  ['плановый срок решения обращения', STATUSES],
  ['можно ли переоткрыть закрытое обращение', STATUSES],
  ['что значит статус запрос информации', STATUSES],
  ['база знаний еис где найти руководство пользователя', KB],
  ['где посмотреть новости о сбоях еис', KB],
  // Phones.
  ['номер горячей линии еис', PHONES],
  ['бесплатный номер 8 800 поддержки закупок', PHONES],
  ['позвонить в поддержку госзакупок', PHONES],
  // The glossary: a term's own entry.
  ['что такое сервисы отдачи', `${GLOSSARY}#output-services`],
  ['гоис это что', `${GLOSSARY}#gois`],
  ['что значит уполномоченное учреждение', `${GLOSSARY}#authorized-institution`],
  ['закупка малого объема это', `${GLOSSARY}#small-volume-purchase`],
  ['СТП расшифровка', `${GLOSSARY}#stp`],
  ['что такое электронное активирование', `${GLOSSARY}#electronic-activation`],
  // The error dictionary: a symptom retold, a message pasted and cut short.
  ['пароль перестал подходить кто-то нажал ссылку', `${TROUBLE}#err-password-reset-by-link`],
  [
    'нажал сохранить в регистрационных данных и пароль поменялся',
    `${TROUBLE}#err-password-reset-by-save`,
  ],
  [
    'не появился пункт перечень региональных информационных систем',
    `${TROUBLE}#err-ris-list-missing`,
  ],
  ['нет блока права доступа к рис', `${TROUBLE}#err-ris-block-missing`],
  ['заполнил настройку сервисов ничего не изменилось', `${TROUBLE}#err-services-setting-no-effect`],
  ['Обнаружено несовпадение данных сертификата', `${TROUBLE}#err-certificate-mismatch`],
  ['ошибка о некорректности логина', `${TROUBLE}#err-login-password-incorrect`],
  ['Информация о недоступности отдельных функц', `${TROUBLE}#err-eis-functions-unavailable`],
  [
    'При повторном нажатии на ссылку «Данные пользователя для альтернативной',
    `${TROUBLE}#err-password-reset-by-link`,
  ],
  ['Для получения постоянного пароля нажмите', `${TROUBLE}#err-continue-not-pressed`],
  ['где узнать код рис своего субъекта', `${TROUBLE}#err-ris-not-found`],
  // Print.
  ['распечатать все инструкции', PRINT],
  ['версия для печати', PRINT],
  ['бумажная инструкция целиком', PRINT],
  // The tools.
  ['с какой инструкции начинать настройку', START],
  ['подобрать инструкции под мою организацию', START],
  ['перенести отметки на другой компьютер', PROGRESS],
  ['сохранить прогресс в файл', PROGRESS],
  ['напомнить когда кончится срок токена', REMINDER],
  ['файл ics для outlook', REMINDER],
  // Correct Russian words the site does not use.
  ['учетную запись заблокировали куда обращаться', CREATE],
  ['просрочен идентификатор документооборота', EDO],
  ['учреждение переименовали нужно ли заново получать пароль', REREG],
  // Typos.
  ['логин и пароль для интерграции', HTTPS],
  ['тоекн сервисов отдачи', TOKEN],
  ['статусы обрашений', STATUSES],
  ['перерегестрация', REREG],
  ['глосарий', GLOSSARY],
  // The wrong keyboard layout.
  ['ntktajys gjllth;rb', PHONES],
  ['ghfdf ljcnegf r hbc', RIS],
  ['gtxfnm', PRINT],
  ["bltynbabrfnjh 'lj", EDO],
];
