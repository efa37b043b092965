/**
 * Corpus 54b: reader questions for the site's search, written on 2026-12-07 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: Светлана, 35, секретарь небольшой городской школы, задачу ей вчера передал директор; про интеграцию, токены и РИС не слышала, пишет бытовыми словами, часто спрашивает, что значит слово, иногда задаёт два вопроса сразу.
 * Held out whole, as decided before it arrived: never learned, never tuned on. Kept in the order
 * written.
 */
import type { Query } from './search-queries';

export const CORPUS_54b: readonly Query[] = [
  [
    'директор вчера поручил связать нашу программу по закупкам с сайтом госзакупок, с чего мне вообще начинать?',
    '/tools/start/',
  ],
  ['еис это что такое', '/reference/glossary/#eis'],
  ['РИС что это значит? и нужно ли это нашей школе', '/reference/glossary/#ris'],
  [
    'где взять логин и пароль чтобы программа сама отправляла план-график на госзакупки',
    '/connect/https-credentials/',
  ],
  ['куда в веб торгах вписывать логин и пароль от еис', '/connect/web-torgi-ks/#шаги'],
  ['токен', '/services/token/'],
  ['njrty', '/services/token/'],
  ['что значит слово токен и кто его выдаёт', '/reference/glossary/#token'],
  [
    'нажала два раза ссылку про https и теперь пароль в программе не подходит',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'при отправке пишет логин или пароль некоректны',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  ['gfhjkm yt gjl[jlbn', '/reference/troubleshooting/#err-login-password-incorrect'],
  [
    'закрыла окошко где был пароль и не успела переписать, что теперь делать',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'переписала пароль на листочек но кнопку продолжить не нажимала, он будет работать?',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  [
    'ошибка о несоответствии регистрационных данн',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'школу перерегистрировали, что теперь поменять в программе чтобы документы опять уходили',
    '/connect/re-registration/',
  ],
  [
    'после перерегистрации по порядку что делать, сначала на сайте закупок или в программе?',
    '/connect/re-registration/#шаги',
  ],
  ['идентификатор участника эдо где взять', '/activation/edo-identifier/#шаги'],
  ['ЭДО расшифровка', '/reference/glossary/#edo'],
  [
    'бухгалтер просит какой-то идентификатор чтобы акты приёмки подтягивались из еис, это где делается',
    '/activation/edo-identifier/',
  ],
  [
    'идентификатор получила, а куда его теперь вставлять в программе?',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  ['у идентификатора эдо кончился срок действия', '/reference/troubleshooting/#err-edo-expired'],
  [
    'скопировала идентификатор и забыла сохранить, можно его опять где-то посмотреть?',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  [
    'в окне выдачи идентификатора поле срок действия, какую дату туда писать',
    '/activation/edo-identifier/#шаги',
  ],
  ['на какой срок делать токен, на год или можно больше', '/services/token/#шаги'],
  ['токен просрочился что делать', '/reference/troubleshooting/#err-token-expired'],
  [
    'можно продлить токен и этот идентификатор или каждый раз заново получать?',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  ['напоминалка про сроки как включить', '/tools/reminder/#добавить-напоминание'],
  [
    'можно чтобы напоминание про токен было у меня в календаре на телефоне',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  [
    'отметки и напоминания пропали на другом компьютере, как их перенести',
    '/tools/progress/#perenos',
  ],
  ['где посмотреть сколько шагов я уже отметила', '/tools/progress/'],
  [
    'на мне ещё детский сад, можно отмечать отдельно для школы и для садика?',
    '/tools/progress/#organizacii',
  ],
  [
    'сайт никуда не отправляет то что я пишу? боюсь за пароли',
    '/tools/progress/#что-сайт-отправляет',
  ],
  ['распечатать всю инструкцию на бумаге для директора', '/print/'],
  ['как сохранить всю инструкцию в пдф одним файлом', '/print/'],
  ['что поменялось в инструкциях за последние дни', '/reference/changes/'],
  ['телефон горячей линии госзакупок', '/support/knowledge-base/#телефоны-поддержки'],
  ['как написать заявку в техподдержку еис', '/support/create-request/#шаги'],
  [
    'консультация или ошибка, что выбирать когда пишу в поддержку',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  [
    'пишу в поддержку а там просит установить какой-то плагин',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'плагин фиксации действий пользователя что это такое',
    '/reference/glossary/#action-recording-plugin',
  ],
  [
    'какие файлы прикладывать если не работает связь двух программ? и xml это что за файлы',
    '/reference/troubleshooting/#err-integration-request-files',
  ],
  [
    'галочка интеграция в обращении где она',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  [
    'не могу войти в личный кабинет, а в поддержку написать надо',
    '/reference/troubleshooting/#err-cannot-login-request',
  ],
  [
    'можно написать в поддержку без входа в кабинет, ответ на почту придёт?',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  ['статус запрос информации это что значит', '/support/request-statuses/#что-означают-статусы'],
  ['обращение закрыли а проблема не решена', '/reference/troubleshooting/#err-request-closed'],
  [
    'написала вопрос как консультацию, а его сразу закрыли и открыть нельзя, почему',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'не успела ответить на их вопрос и обращение закрылось',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'было решено, я не посмотрела, а потом оно само закрылось',
    '/reference/troubleshooting/#err-request-resolved-closed',
  ],
  [
    'три раза переоткрывала консультацию и её закрыли насовсем',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],
  ['плановый срок решения это что', '/support/request-statuses/#плановый-срок-решения'],
  [
    'может написать ещё одно обращение чтобы поторопить, когда уже решат?',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  [
    'где посмотреть мои обращения которые я отправила',
    '/support/request-statuses/#где-смотреть-свои-обращения',
  ],
  ['cnfnecs j,hfotybq', '/support/request-statuses/'],
  [
    'через сколько дней обращение закрывается само',
    '/support/request-statuses/#когда-обращение-закрывается',
  ],
  ['база знаний еис где она', '/support/knowledge-base/#база-знаний-еис'],
  [
    'в часто задаваемых вопросах есть что-нибудь про электронное активирование?',
    '/support/knowledge-base/#часто-задаваемые-вопросы-faq',
  ],
  ['телеграм канал госзакупок как найти', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  [
    'на сайте висит информация о недоступности отдельных функций еис, надо писать в поддержку?',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'обращение закрыли, сказали что в новостях уже было про эту проблему',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  [
    'где смотреть новости про сбои на сайте закупок',
    '/support/knowledge-base/#новости-и-уведомления',
  ],
  [
    'обнаруженно несовпадение данных сертефиката с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'наш завхоз не зарегистрирован в еис, от него можно отправлять?',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  [
    'кто должен это делать, директор или я? какие права нужны чтобы получить пароль',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'где взять эту бумажку токен, в программе его нигде нет',
    '/reference/troubleshooting/#err-token-where',
  ],
  ['администратор организации это кто, это директор?', '/reference/glossary/#org-administrator'],
  ['лк это что', '/reference/glossary/#lk'],
  ['44-фз что за закон', '/reference/glossary/#fz-44'],
  ['гоис что такое, в бумаге так написано', '/reference/glossary/#gois'],
  ['сервисы отдачи это что и зачем они школе', '/reference/glossary/#output-services'],
  [
    'электронное активирование что значит простыми словами',
    '/reference/glossary/#electronic-activation',
  ],
  ['документы приемки', '/reference/glossary/#acceptance-documents'],
  ['web торги кс это вообще что за программа', '/reference/glossary/#web-torgi-ks'],
  ['уполномоченный орган это мы или нет? как понять', '/reference/glossary/#authorized-body'],
  ['закупка малого объема что это', '/reference/glossary/#small-volume-purchase'],
  ['токен или рис, как понять что нужно нам', '/services/overview/#как-понять-какой-путь-ваш'],
  [
    'в программе нет раздела права доступа к рис, так и должно быть?',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  ['код рис где узнать', '/services/ris-rights/#что-понадобится'],
  ['не нахожу наш регион в списке систем', '/reference/troubleshooting/#err-ris-not-found'],
  [
    'не появился перечень региональных информационных систем',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  ['права доступа к рис как настроить', '/services/ris-rights/#шаги'],
  ['ответила на вопросы и получился план, можно его директору ссылкой отправить?', '/tools/start/'],
  [
    'заполнила настройку взаимодействия с сервисами, а ничего не поменялось',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  [
    'режим настройка взаимодействия с сервисами еис зачем он нужен',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'у нас ещё уполномоченное учреждение есть и рис не работает',
    '/reference/troubleshooting/#err-extra-roles',
  ],
  [
    'нажала сохранить в регистрационных данных вместо отменить, пароль слетел?',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  ['rfr gjkexbnm kjuby b gfhjkm', '/connect/https-credentials/'],
  [
    'не могу найти в веб-торгах регистрационные данные в еис, где это меню',
    '/connect/web-torgi-ks/#шаги',
  ],
  [
    'кто в еис выдаёт токен, мне самой можно или только директору',
    '/services/token/#кто-может-это-сделать',
  ],
  [
    'кто вводит пароль в веб торги, сам человек или кто-то главный',
    '/connect/web-torgi-ks/#кто-может-это-сделать',
  ],
  ['не могу зайти в сами веб-торги, кто мне даст вход', '/connect/web-torgi-ks/#что-понадобится'],
  [
    'ввела пароль и сохранила, всё, связь готова? что дальше с документами',
    '/connect/web-torgi-ks/#что-получится',
  ],
  [
    'какие документы программа отправляет на госзакупки',
    '/connect/https-credentials/#что-получится',
  ],
  ['для кого этот сайт, подойдёт если я не компьютерщик', '/#для-кого-этот-сайт'],
  ['картинки на сайте не такие как у меня на экране', '/#для-кого-этот-сайт'],
  ['документ не уходит в еис, не понимаю почему', '/reference/troubleshooting/#diagnostic'],
  ['ошибки', '/reference/troubleshooting/'],
  ['ничего не помогло куда звонить', '/reference/troubleshooting/#if-nothing-helped'],
  [
    'как правильно написать обращение чтобы его не закрыли',
    '/support/create-request/#четыре-правила-обращения',
  ],
  [
    'альтернативная интеграция по протоколу https это что по-русски',
    '/reference/glossary/#https-integration',
  ],
];

export const HELD_OUT_54b = CORPUS_54b;
