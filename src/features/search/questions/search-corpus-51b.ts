/**
 * Corpus 51b: reader questions for the site's search, written on 2026-12-07 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: Валентина Ивановна, 61, директор сельского Дома культуры, сама ведёт закупки; тревожные длинные вопросы домашними словами («бумажка», «эта ваша интеграция», «компьютерщик»), опечатки, часто строчными.
 * Held out whole, as decided before it arrived: never learned, never tuned on. Kept in the order
 * written.
 */
import type { Query } from './search-queries';

export const CORPUS_51b: readonly Query[] = [
  [
    'здравствуйте, у нас компьютерщик уволился а мне надо план-график в еис отправлять из веб торгов, где взять этот логин и пароль для интеграции, я ничего не понимаю',
    '/connect/https-credentials/',
  ],
  [
    'с чего начать то вообще, мне сказали настроить эту вашу интеграцию а я даже не знаю что это',
    '/tools/start/',
  ],
  [
    'я нажала ссылку про https два раза подряд, теперь всё сломается? что будет с паролем',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  ['телефон техподдержки еис', '/support/knowledge-base/#телефоны-поддержки'],
  [
    'сколько ждать ответа от поддержки, написала обращение неделю назад а там тишина, когда они ответят',
    '/support/request-statuses/#плановый-срок-решения',
  ],
  ['что такое рис', '/reference/glossary/#ris'],
  [
    'бухгалтер сказала нужен какой то идентификатор эдо. эдо это что вообще значит?',
    '/reference/glossary/#edo',
  ],
  ['токен это что за зверь такой, объясните по простому', '/reference/glossary/#token'],
  [
    'выскочила ошибка о несоответствии регистрационных данных пользователя в еис документ не уходит что мне делать???',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'мы перерегистрировались и теперь из веб торгов ничего не отправляется',
    '/connect/re-registration/',
  ],
  ['где в веб торгах вписывать пароль который дала еис', '/connect/web-torgi-ks/#шаги'],
  [
    'пишет логин и пароль некоректны хотя я всё правильно переписала с бумажки',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'закрыла окошко с паролем и не успела записать, всё пропало? меня же уволят',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'забыла нажать кнопку продолжить когда еис пароль показывала',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  [
    'нажала сохранить в регистрационных данных а мне потом сказали что нельзя было, пароль теперь другой?',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'кто у нас имеет право получать этот пароль, я директор дк, я считаюсь руководитель или нет',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'как распечатать всю инструкцию целиком, я с экрана не понимаю, мне бумажка нужна на стол',
    '/print/',
  ],
  ['gfhjkm lkz byntuhfwbb', '/connect/https-credentials/'],
  [
    'срок у идентификатора эдо истёк, что теперь будет, документы не придут?',
    '/reference/troubleshooting/#err-edo-expired',
  ],
  ['токен просрочился', '/reference/troubleshooting/#err-token-expired'],
  ['где брать этот токен, в веб торгах его нет', '/reference/troubleshooting/#err-token-where'],
  [
    'а токен можно продлить пока срок не кончился или заново получать',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  [
    'для кого вообще этот сайт, для нас простых заказчиков или для программистов',
    '/#для-кого-этот-сайт',
  ],
  [
    'что поменяли в инструкции, я распечатывала в прошлом месяце, теперь по старой делать нельзя?',
    '/reference/changes/',
  ],
  [
    'отметила галочки на работе а дома на компьютере их нет, куда делись',
    '/tools/progress/#perenos',
  ],
  [
    'у меня ещё библиотека сельская и музей, можно за них отдельно галочки вести',
    '/tools/progress/#organizacii',
  ],
  [
    'сайт мои пароли никуда не отправляет? боюсь вводить что то, вдруг украдут',
    '/tools/progress/#что-сайт-отправляет',
  ],
  ['как написать в поддержку еис пошагово, я ни разу не писала', '/support/create-request/#шаги'],
  [
    'консультация или ошибка что выбирать, я не знаю как правильно',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  [
    'я писала консультацию про ошибку а её закрыли сразу и открыть нельзя, почему так',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'еис просит установить какой то плагин когда пишу обращение, это не вирус?',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'какие xml файлы прикладывать если проблема с интеграцией, где их взять вообще',
    '/reference/troubleshooting/#err-integration-request-files',
  ],
  [
    'не могу войти в личный кабинет еис а мне в поддержку надо написать, как быть',
    '/reference/troubleshooting/#err-cannot-login-request',
  ],
  [
    'статус запрос информации что это значит, я что то должна сделать?',
    '/support/request-statuses/#что-означают-статусы',
  ],
  [
    'было решено а через неделю стало закрыто, а у меня ничего не решено!',
    '/reference/troubleshooting/#err-request-resolved-closed',
  ],
  [
    'где смотреть мои обращения которые я отправляла',
    '/support/request-statuses/#где-смотреть-свои-обращения',
  ],
  ['база знаний еис где она', '/support/knowledge-base/#база-знаний-еис'],
  [
    'есть у еис канал в телеграме? внук говорит подпишись',
    '/support/knowledge-base/#каналы-макс-и-телеграм',
  ],
  [
    'в новостях на закупках висит недоступность отдельных функций, мне писать в поддержку или ждать',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'обращение закрыли потому что в новостях уже было про эту проблему',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  [
    'была в отпуске не ответила на их запрос и обращение закрыли, что теперь',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'три раза открывала заново консультацию и её совсем закрыли',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],
  ['обращение закрыто что дальше делать', '/reference/troubleshooting/#err-request-closed'],
  [
    'хочу узнать когда решат мою заявку, надо ещё одну написать?',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  [
    'у нас закупки малого объёма по 93 статье, при обращении что то надо отмечать?',
    '/support/create-request/#шаги',
  ],
  [
    'у нашего главы при входе ошибка обнаружено несовпадение данных сертификата с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'а если меня нет в еис как пользователя организации, я смогу отправлять?',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  [
    'заполнила настройку взаимодействия с сервисами еис а ничего не поменялось вообще',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  [
    'нет блока права доступа к рис у меня на экране',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  [
    'не появился перечень региональых информационых систем в администрировании',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  ['код рис нашей области где узнать', '/reference/troubleshooting/#err-ris-not-found'],
  [
    'у нас ещё есть роль уполномоченное учреждение, с правами к рис что то не так',
    '/reference/troubleshooting/#err-extra-roles',
  ],
  [
    'токен или рис как понять что нужно именно нам',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'зачем вообще эта настройка взаимодействия с сервисами еис, что она делает',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  ['права доступа к рис пошагово', '/services/ris-rights/#шаги'],
  [
    'какую дату предоставления доступа ставить для рис, я боюсь ошибиться',
    '/services/ris-rights/#шаги',
  ],
  [
    'кто должен выдавать права к рис, админ или руководитель, у нас один человек на всё',
    '/services/ris-rights/#кто-может-это-сделать',
  ],
  ['rfr gjkexbnm njrty', '/services/token/#шаги'],
  ['какой срок ставить токену чтобы потом не мучаться', '/services/token/#шаги'],
  ['сервисы отдачи это что такое', '/reference/glossary/#output-services'],
  ['как получить идентификатор участника эдо', '/activation/edo-identifier/#шаги'],
  [
    'куда потом вводить этот идентификатор эдо в веб торгах, в инструкции не нашла',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  [
    'потеряла индентификатор эдо, бумажку с ним выкинула нечаяно',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  ['электронное активирование это что', '/reference/glossary/#electronic-activation'],
  ['документы приемки из еис как загружать к себе', '/activation/edo-identifier/'],
  ['гоис что за система, у нас такой нет', '/reference/glossary/#gois'],
  ['лк расшифровка', '/reference/glossary/#lk'],
  ['стп это кто', '/reference/glossary/#stp'],
  ['этп что означает', '/reference/glossary/#etp'],
  [
    'администратор организации это кто у нас должен быть, я или бухгалтер',
    '/reference/glossary/#org-administrator',
  ],
  [
    'какие документы вообще уходят из веб торгов в еис, планы графики и что ещё',
    '/connect/https-credentials/#что-получится',
  ],
  [
    'альтернативная интеграция по протоколу https простыми словами',
    '/reference/glossary/#https-integration',
  ],
  ['после перерегестрации новый логин где взять и куда вписать', '/connect/re-registration/#шаги'],
  [
    'ввела новый пароль после перерегистрации а ошибка про несоответствие всё равно вылазит',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'если я что нибудь не то нажму и ничего не поможет, кому звонить? в веб торги или в еис?',
    '/reference/troubleshooting/#if-nothing-helped',
  ],
  ['не могу зайти в веб торги сама, кому звонить', '/connect/web-torgi-ks/#что-понадобится'],
  ['ntktajy gjllth;rb', '/support/knowledge-base/#телефоны-поддержки'],
  [
    'можно ли в одном обращении сразу про две беды написать чтобы два раза не писать',
    '/support/create-request/#четыре-правила-обращения',
  ],
  ['помогите найти мою ошибку, по вопросам да нет', '/reference/troubleshooting/#diagnostic'],
  ['ошибки и решения', '/reference/troubleshooting/'],
  ['мой прогресс где', '/tools/progress/'],
  [
    'можно срок окончания в календарь на телефон добавить, я всё забываю',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  [
    'напоминалка не сохраняется, пишет что то про javascript',
    '/tools/reminder/#добавить-напоминание',
  ],
  ['а можно сам токен записать в напоминание, чтобы не потерять его', '/tools/reminder/'],
  ['план который сайт составил можно коллеге в район отправить?', '/tools/start/'],
  ['как тут на сайте всё устроено, какие разделы есть', '/#как-устроен-сайт'],
  ['картинки в инструкции не как у меня на экране, это я не туда зашла?', '/#для-кого-этот-сайт'],
  ['веб-торги-кс это что за программа и как ещё называется', '/reference/glossary/#web-torgi-ks'],
  ['ЕИС расшифровать', '/reference/glossary/#eis'],
  ['обращение какие виды бывают и статусы', '/reference/glossary/#support-request'],
  [
    'плагин фиксации действий пользователя что за штука такая',
    '/reference/glossary/#action-recording-plugin',
  ],
  ['cnfnec j,hfotybz', '/support/request-statuses/'],
  [
    'где в базе знаний искать про дополнительные соглашения',
    '/support/knowledge-base/#как-найти-нужный-материал',
  ],
  [
    'часто задаваемые вопросы еис категории',
    '/support/knowledge-base/#часто-задаваемые-вопросы-faq',
  ],
  [
    'когда обращение само закрывается без меня',
    '/support/request-statuses/#когда-обращение-закрывается',
  ],
  [
    'кто в веб торгах вводит пароль, я сама или наш бухгалтер под собой',
    '/connect/web-torgi-ks/#кто-может-это-сделать',
  ],
  [
    'там ещё какие то обязательные поля в окне, что в них писать то??',
    '/connect/web-torgi-ks/#шаги',
  ],
  [
    'не могу найти режим настройка взаимодействия с сервисами в меню системы, куда жать',
    '/services/token/#шаги',
  ],
  [
    'в окне выдачи идентификатора нажала сохранить, у меня теперь пароль слетит?',
    '/activation/edo-identifier/#шаги',
  ],
  [
    'что нужно приготовить чтобы получить пароль для интеграции, текстовый редактор это блокнот?',
    '/connect/https-credentials/#что-понадобится',
  ],
];

export const HELD_OUT_51b = CORPUS_51b;
