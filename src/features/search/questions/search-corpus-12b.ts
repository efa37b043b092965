/**
 * Corpus 12b: reader questions for the site's search, written on 2026-12-06 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora. Persona: a young contract
 * manager of a municipal school in her first week, printed guide beside her screen; short, plain, often
 * misspelled or typed in the Latin layout.
 * Kept in the order written; split once, mechanically, by position (corpus-split.ts): even
 * positions tune, odd positions are held out. Never reorder.
 */
import { byPosition } from './corpus-split';
import type { Query } from './search-queries';

export const CORPUS_12b: readonly Query[] = [
  // С чего начать, что это за сайт
  ['с чего начать я тут первую неделю', '/tools/start/'],
  ['какую инструкцию мне читать первой', '/tools/start/'],
  ['не знаю что отвечать на вопрос про рис в опроснике', '/tools/start/#вопросы'],
  ['для кого этот сайт', '/#для-кого-этот-сайт'],
  ['какие разделы есть на сайте', '/#как-устроен-сайт'],

  // Логин и пароль ЕИС для интеграции
  ['логин пароль как', '/connect/https-credentials/'],
  ['где взять пароль для веб торгов в еис', '/connect/https-credentials/'],
  ['учетка еис для интеграции', '/connect/https-credentials/'],
  [
    'кто в школе получает пароль для интеграции директор или я',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  ['куда нажать в лк чтобы увидеть логин и пароль', '/connect/https-credentials/#шаги'],
  ['зачем кнопка продолжить', '/connect/https-credentials/#шаги'],
  ['пароль копировать с пробелом или без', '/connect/https-credentials/#шаги'],
  ['сколько раз можно нажимать ссылку про https', '/connect/https-credentials/#что-получится'],
  ['gfhjkm lkz byntuhfwbb', '/connect/https-credentials/'],

  // Сделала что-то не так с паролем
  [
    'а если я нажала сохранить в регистрационных данных',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'закрыла окно с паролем не успела записать',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  ['не нажала продолжить и закрыла', '/reference/troubleshooting/#err-continue-not-pressed'],
  [
    'коллега ещё раз открыла ссылку и пароль в торгах слетел',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  ['некоректный логин или пароль', '/reference/troubleshooting/#err-login-password-incorrect'],
  [
    'еис пишет ошибка о некорректности логина и пар',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],

  // Ввод логина и пароля в Web-Торги-КС
  ['куда вписать логин в вебторгах', '/connect/web-torgi-ks/'],
  ['где меню настройки в веб торгах', '/connect/web-torgi-ks/#шаги'],
  ['что за галочка сменить пароль', '/connect/web-torgi-ks/#шаги'],
  ['пароль надо вводить два раза?', '/connect/web-torgi-ks/#шаги'],
  ['какие там обязательные поля на вкладке еис', '/connect/web-torgi-ks/#шаги'],
  ['не пускает в веб-торги кс', '/connect/web-torgi-ks/#что-понадобится'],
  ['rfr ddtcnb gfhjkm d dt, njhub', '/connect/web-torgi-ks/'],
  ['как понять что связь с еис настроена', '/connect/web-torgi-ks/#что-получится'],

  // Перерегистрация
  ['организацию перерегистрировали что теперь делать', '/connect/re-registration/'],
  ['перерегистрацыя новый логин', '/connect/re-registration/'],
  [
    'несоответствие регистрационных данных пользователя в',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'ввела новый пароль после перерегистрации а ошибка всё равно',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],

  // Токен или РИС
  ['токен или рис как понять что мне', '/services/overview/#как-понять-какой-путь-ваш'],
  [
    'как узнать наша система зарегистрирована как рис или нет',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'зачем режим настройка взаимодействия с сервисами еис',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'заполнила настройку сервисов а ничего не поменялось',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  ['нет блока права доступа к рис', '/reference/troubleshooting/#err-ris-block-missing'],

  // Токен для сервисов отдачи
  ['токен как получить', '/services/token/'],
  ['njrty', '/services/token/'],
  ['на какой срок ставить токен', '/services/token/#шаги'],
  ['где в лк настройка выдачи идентификатора для сервисов отдачи', '/services/token/#шаги'],
  ['что за флажок разрешить использование сервисов отдачи', '/services/token/#шаги'],
  ['токен истек что делать', '/reference/troubleshooting/#err-token-expired'],

  // Права доступа к РИС
  ['как дать права для рис', '/services/ris-rights/'],
  ['код рис где узнать', '/services/ris-rights/#что-понадобится'],
  ['какую дату писать в правах доступа для рис', '/services/ris-rights/#шаги'],
  ['где кнопка подписать', '/services/ris-rights/#шаги'],
  ['зачем выходить из лк и заходить снова', '/services/ris-rights/#шаги'],
  [
    'не появился перечень региональных информационных систем',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  ['не могу найти свой регион в перечне рис', '/reference/troubleshooting/#err-ris-not-found'],
  ['у нас ещё уполномоченное учреждение, права рис тоже делать?', '/services/ris-rights/'],

  // Идентификатор участника ЭДО
  ['эдо как', '/activation/edo-identifier/'],
  ["bltynbabrfnjh 'lj", '/activation/edo-identifier/'],
  ['как загрузить акты приемки из еис', '/activation/edo-identifier/'],
  [
    'куда потом вводить идентификатор эдо',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  ['кто может выдать идентификатор эдо', '/activation/edo-identifier/#кто-может-это-сделать'],
  ['нажала сохранить в окне идентификатора, пароль слетит?', '/activation/edo-identifier/#шаги'],
  ['идентификатр эдо истек', '/reference/troubleshooting/#err-edo-expired'],
  ['забыла скопировать идентификатор эдо', '/reference/troubleshooting/#err-edo-not-saved'],

  // Другие ошибки
  ['документ не уходит в еис', '/reference/troubleshooting/#diagnostic'],
  [
    'Обнаружено несовпадение данных сертифика',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'информация о недоступности отдельных фукнций',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  ['пользователь не зарегистрирован в еис', '/reference/troubleshooting/#err-user-not-registered'],

  // Обращение в поддержку
  ['как написать в техподдержку еис', '/support/create-request/'],
  [
    'консультация или ошибка что выбрать',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  ['где галочка интеграция', '/support/create-request/#обращение-по-вопросам-интеграции'],
  [
    'какие xml файлы прикладывать к обращенню',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  ['просит установить какой то плагин', '/reference/troubleshooting/#err-plugin-not-installed'],
  [
    'не могу зайти в лк а надо в поддержку написать',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  ['малая закупка где поставить да в обращении', '/support/create-request/#шаги'],
  ['можно в одном обращении две проблемы', '/support/create-request/#четыре-правила-обращения'],

  // Статусы обращений
  ['что значит статус запрос информации', '/support/request-statuses/#что-означают-статусы'],
  ['где посмотреть мои обращения', '/support/request-statuses/#где-смотреть-свои-обращения'],
  ['когда мне ответят по обращению', '/support/request-statuses/#плановый-срок-решения'],
  [
    'обращение закрыли а я не успела ответить',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'консультацию закрыли сразу почему',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  ['можно открыть обращение заново если закрыто', '/reference/troubleshooting/#err-request-closed'],

  // Телефоны и База знаний
  ['телефон поддержки', '/support/knowledge-base/#телефоны-поддержки'],
  ['ntktajy gjllth;rb', '/support/knowledge-base/#телефоны-поддержки'],
  ['куда звонить ночью если еис не работает', '/support/knowledge-base/#телефоны-поддержки'],
  ['база знаний где найти', '/support/knowledge-base/#база-знаний-еис'],
  ['есть у еис канал в телеграме', '/support/knowledge-base/#каналы-макс-и-телеграм'],

  // Непонятные слова и сокращения
  ['лк это что', '/reference/glossary/#lk'],
  ['РИС расшифровка', '/reference/glossary/#ris'],
  ['что такое ЭДО', '/reference/glossary/#edo'],
  ['гис еис закупки это то же самое что еис', '/reference/glossary/#eis'],
  ['стп это что', '/reference/glossary/#stp'],
  ['что значит ИНН', '/reference/glossary/'],
  ['сервисы отдачи это что такое', '/reference/glossary/#output-services'],

  // Мой прогресс, напоминания, печать, изменения
  ['мой прогресс где', '/tools/progress/'],
  ['vjq ghjuhtcc', '/tools/progress/'],
  ['перенести отметки на другой компьютер', '/tools/progress/#perenos'],
  ['у меня школа и садик как отмечать отдельно', '/tools/progress/#organizacii'],
  ['поставить напомминание когда кончается токен', '/tools/reminder/#добавить-напоминание'],
  ['yfgjvbyfybt', '/tools/reminder/'],
  ['добавить срок в календарь outlook', '/tools/reminder/#когда-срок-подходит-к-концу'],
  ['распечатать всю инструкцию', '/print/'],
  ['rfr hfcgtxfnfnm', '/print/'],
  ['что поменялось в инструкциях', '/reference/changes/'],
  ['что изменили на странице про токен', '/reference/changes/#page-services-token'],
];

export const TUNING_12b = byPosition(CORPUS_12b, 0);
export const HELD_OUT_12b = byPosition(CORPUS_12b, 1);
