/**
 * Corpus 74: reader questions for the site's search, written on 2026-12-07 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists, with the addresses of headings, entries
 * and terms but not of steps). Persona: The chief accountant of a municipal district's centralised accounting office who has just taken over the integration for 22 schools and kindergartens from a retired colleague: knows 1С, the treasury systems and electronic signatures, thinks in accounting and treasury terms (доверенность, подпись, ключ, казначейство, реквизиты, отчётность), sometimes confuses ЕИС with other state systems («Электронный бюджет», СУФД, ГИС ГМП), asks about deadlines, responsibility and who must sign or press what, compressed official phrases with abbreviations, now and then the layout switched.
 * Held out whole, as decided before it arrived: never learned, never tuned on. Kept in the order
 * written.
 */
import type { Query } from './search-queries';

export const CORPUS_74: readonly Query[] = [
  ['где в лк еис получить логин и пароль для веб-торгов', '/connect/https-credentials/#шаги'],
  [
    'кто вправе получать логин пароль для альтернативной интеграции, руководитель или администратор организации',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'какие документы уходят в еис по интеграции план-график сведения о контрактах',
    '/connect/https-credentials/#что-получится',
  ],
  [
    'после кнопки продолжить закрывать окно через сохранить или отменить',
    '/connect/https-credentials/#шаги',
  ],
  ['скопировала пароль с пробелом в конце, это важно?', '/connect/https-credentials/#шаги'],
  [
    'логин и пароль для интеграции выдается на учреждение или на каждого пользователя отдельно',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'логин пароль от госзакупок для передачи плана-графика из веб торгов',
    '/connect/https-credentials/',
  ],
  ['куда в веб-торгах вбивать логин и пароль от еис', '/connect/web-torgi-ks/#шаги'],
  ['флажок сменить пароль где ставить', '/connect/web-torgi-ks/#шаги'],
  [
    'кто вводит пароль еис в систему: сам пользователь или главбух за всех',
    '/connect/web-torgi-ks/#кто-может-это-сделать',
  ],
  ['не пускает в веб-торги-кс, к кому обращаться', '/connect/web-torgi-ks/#что-понадобится'],
  ['cvtybnm gfhjkm dt, njhub', '/connect/web-torgi-ks/#шаги'],
  ['после перерегистрации учреждения в еис новый логин и пароль', '/connect/re-registration/'],
  ['до какого срока нужно было пройти перерегистрацию в еис', '/connect/re-registration/'],
  [
    'переименовали школу, перерегистрировались в еис, план-график перестал отправляться',
    '/connect/re-registration/',
  ],
  [
    'кто вносит новые логин пароль после перерегистрации организации',
    '/connect/re-registration/#кто-может-это-сделать',
  ],
  ['gththtubcnhfwbz jhufybpfwbb', '/connect/re-registration/'],
  ['токен или рис что нам выбрать', '/services/overview/#как-понять-какой-путь-ваш'],
  [
    'как узнать зарегистрирована ли система в еис как рис в нашем регионе',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'режим настройка взаимодействия с сервисами еис за что отвечает',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  ['как получить токен для сервисов отдачи в лк заказчика', '/services/token/'],
  ['на какой срок выдавать токен, максимальный можно?', '/services/token/#шаги'],
  [
    'нужна ли доверенность (мчд) сотруднику чтобы выдать токен в лк заказчика',
    '/services/token/#кто-может-это-сделать',
  ],
  [
    'настройка выдачи идентификатора для использования сервисов отдачи где в меню',
    '/services/token/#шаги',
  ],
  [
    'сохранила в еис форму доступ к сервисам отдачи, а самого идентификатора не вижу',
    '/services/token/#шаги',
  ],
  ['в какие поля в веб-торгах вписать идентификатор и срок токена', '/services/token/#шаги'],
  ['токен это из электронного бюджета или из еис?', '/services/token/'],
  ['njrty chjr ltqcndbz', '/services/token/#напоминание-о-сроке'],
  ['права доступа к рис дата предоставления доступа 01.01.2022', '/services/ris-rights/#шаги'],
  ['редактирование прав доступа рис кнопка подписать', '/services/ris-rights/#шаги'],
  ['код рис нашего субъекта где узнать', '/services/ris-rights/#что-понадобится'],
  [
    'под каким пользователем заходить чтобы выдать права рис, кто подписывает',
    '/services/ris-rights/#кто-может-это-сделать',
  ],
  [
    'у нас мку цб еще и уполномоченное учреждение, права к рис повторять для этой роли?',
    '/services/ris-rights/#шаги',
  ],
  [
    'выдача идентификатора участника электронного документооборота какую дату ставить в срок действия',
    '/activation/edo-identifier/#шаги',
  ],
  ['для загрузки актов приемки из еис какой идентификатор нужен', '/activation/edo-identifier/'],
  [
    'куда потом вводить идентификатор эдо, в веб-торги?',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  [
    'кто может выдать идентификатор эдо сотруднику',
    '/activation/edo-identifier/#кто-может-это-сделать',
  ],
  ['выдала идентификатор эдо и слетел пароль в веб-торгах', '/activation/edo-identifier/#шаги'],
  ["bltynbabrfnjh 'lj", '/activation/edo-identifier/'],
  ['как написать в техподдержку еис', '/support/create-request/'],
  [
    'консультация или ошибка какой вид обращения выбрать',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  [
    'какие xml файлы прикладывать к обращению по интеграции с веб-торгами',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  [
    'малая закупка п.4 ч.1 ст.93 в обращении отметить да с 01.07.2026',
    '/support/create-request/#шаги',
  ],
  [
    'не могу зайти в лк, как отправить обращение в стп без входа',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  [
    'можно одним обращением сразу по всем 22 школам написать',
    '/support/create-request/#четыре-правила-обращения',
  ],
  ['приложить скриншоты к обращению можно?', '/support/create-request/#что-понадобится'],
  [
    'где взять xml-файлы обмена из web-торги-кс для тикета',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  ['статус запрос информации что значит', '/support/request-statuses/#что-означают-статусы'],
  [
    'сколько дней дается ответить на запрос информации от стп',
    '/support/request-statuses/#что-означают-статусы',
  ],
  ['где посмотреть мои обращения в лк', '/support/request-statuses/#где-смотреть-свои-обращения'],
  [
    'плановый срок решения обращения кто устанавливает',
    '/support/request-statuses/#плановый-срок-решения',
  ],
  [
    'обращение решено но не помогло, как переоткрыть и до какого срока',
    '/support/request-statuses/#когда-обращение-закрывается',
  ],
  [
    'видны ли мне обращения других сотрудников учреждения',
    '/support/request-statuses/#где-смотреть-свои-обращения',
  ],
  [
    'Если пользователь не ответит на запрос, то обращение автоматически поменяет статус на «Закрыто» через 7 раб',
    '/support/request-statuses/#что-означают-статусы',
  ],
  ['cnfnec pfghjc byajhvfwbb', '/support/request-statuses/#что-означают-статусы'],
  ['номер горячей линии еис', '/support/knowledge-base/#телефоны-поддержки'],
  ['ntktajy gjllth;rb tbc', '/support/knowledge-base/#телефоны-поддержки'],
  ['база знаний еис где находится', '/support/knowledge-base/#база-знаний-еис'],
  [
    'новая эцп руководителя как зарегистрировать в лк заказчика по 44-фз',
    '/support/knowledge-base/#часто-задаваемые-вопросы-faq',
  ],
  [
    'полномочие лицо уполномоченное на ведение бухгалтерского учета (главный бухгалтер) назначить',
    '/support/knowledge-base/#часто-задаваемые-вопросы-faq',
  ],
  ['еис телеграм канал и макс', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  [
    'сбой в еис где смотреть новости о восстановлении',
    '/support/knowledge-base/#новости-и-уведомления',
  ],
  [
    'руководства пользователя и видеоролики по доп соглашениям',
    '/support/knowledge-base/#как-найти-нужный-материал',
  ],
  [
    'несоответсвие регистрационых данных пользователя в ЕИС',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'Обнаружено несовпадение данных сертефиката с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'логин или пароль некоректны при отправке',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'Информация о недоступности отдельных функций ЕИС в сфере закупок',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'блок полей права доступа к рис не отображается',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  [
    'в администрировании нет пункта перечень региональных информационных систем',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  ['срок действия токена истек ошибка', '/reference/troubleshooting/#err-token-expired'],
  [
    'истек срок действия идентификатора участника эдо',
    '/reference/troubleshooting/#err-edo-expired',
  ],
  [
    'идентификатор эдо не сохранила, а нужен для импорта документов приемки',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  [
    'закрыла окно с логином и паролем не успела записать',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  ['не нажали продолжить в окне с паролем', '/reference/troubleshooting/#err-continue-not-pressed'],
  [
    'коллега нажала сохранить в регистрационных данных, пароль слетел',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'Работа с обращениями в статусе Закрыто далее не осуществля',
    '/reference/troubleshooting/#err-request-closed',
  ],
  [
    'обращение консультация закрыто автоматически без возможности переоткрытия',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'при создании обращения предлогает установить плагин',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'пользователь организации должен быть зарегистрирован в ЕИС',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  [
    'Обращения по описанной в новостях проблеме будут закрыты автоматически',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  [
    'консультацию переоткрывали 3 раза и закрыли',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],
  [
    'кто-то опять нажал ссылку про https, пароль в веб торгах не действует',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'ошибка о некорректности логина и пароля при отправке плана закупок',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'просрочен токен, как продлить не получая заново',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  ['напомнить об окончании срока токена и идентификатора', '/tools/reminder/'],
  ['предупреждает ли еис что срок идентификатора заканчивается', '/tools/reminder/'],
  [
    'несколько учреждений, школы и детсады, отметки по каждому отдельно вести',
    '/tools/progress/#organizacii',
  ],
  ['перенести отметки прогресса на другой компьютер файлом', '/tools/progress/#perenos'],
  [
    'сайт хранит или отправляет куда-то мои пароли и токены?',
    '/tools/progress/#что-сайт-отправляет',
  ],
  ['приняла дела по интеграции от коллеги, ушедшей на пенсию, с чего начинать', '/tools/start/'],
  ['план настройки отправить коллеге ссылкой или в закладки', '/tools/start/#где-хранится-план'],
  ['распечатать всю инструкцию целиком на бумаге', '/print/'],
  ['сохранить инструкцию в pdf', '/print/'],
  ['гоис расшифровка это что за система', '/reference/glossary/#gois'],
  ['сервисы отдачи что это', '/reference/glossary/#output-services'],
  [
    'администратор организации и лицо уполномоченное руководителем в чем разница',
    '/reference/glossary/#org-administrator',
  ],
  ['электронное активирование что это такое', '/reference/glossary/#electronic-activation'],
  ['что изменилось в инструкции по токену', '/reference/changes/#page-services-token'],
  ['последние изменения инструкций лента', '/reference/changes/'],
  ['для кого этот сайт, для бухгалтерии или для контрактного управляющего', '/#для-кого-этот-сайт'],
];
export const HELD_OUT_74 = CORPUS_74;
