/**
 * Corpus 61a: reader questions for the site's search, written on 2026-12-07 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: Ирина, 44, главный бухгалтер муниципального лицея, которой директор поручил «разобраться с ЕИС» за один вечер; пишет быстро и обрывками, путает ЕИС и Web-Торги-КС, вставляет фразы из письма министерства и из окон программы.
 * Held out whole, as decided before it arrived: never learned, never tuned on. Kept in the order
 * written.
 */
import type { Query } from './search-queries';

export const CORPUS_61a: readonly Query[] = [
  ['директор сказал разобраться с еис. с чего начинать вообще', '/tools/start/'],
  ['еис логин пароль для веб торгов', '/connect/https-credentials/'],
  ['gfhjkm tbc', '/connect/https-credentials/'],
  [
    'обеспечить получение логина и пароля для альтернативной интеграции и внесение их в ПК «Web-Торги КС»',
    '/connect/https-credentials/',
  ],
  [
    'кто имеет право получать пароль интеграции, я бухгалтер',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'в веб торгах администрирование пользователи организации не нахожу',
    '/connect/https-credentials/#шаги',
  ],
  [
    'Данные пользователя для альтернативной интеграции (по протоколу HTTPS)',
    '/connect/https-credentials/#шаги',
  ],
  ['сколько раз можно жать ссылку про https', '/connect/https-credentials/#что-получится'],
  ['продолжить или сохранить в окне регистрационные данные', '/connect/https-credentials/#шаги'],
  [
    'какие документы уходят в еис из веб торгов план-график?',
    '/connect/https-credentials/#что-получится',
  ],
  [
    'окно с паролем закрылось не успела скопировать',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  ['не нажала продолжить', '/reference/troubleshooting/#err-continue-not-pressed'],
  [
    'нажала сохранить и паролль поменялся',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'веб торги перестал принимать пароль, вчера работал',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  ['где в еис вкладка ЕИС логин сменить пароль', '/connect/web-torgi-ks/#шаги'],
  ['Настройки - Регистрационные данные в ЕИС', '/connect/web-torgi-ks/#шаги'],
  ['пароль вводить дважды обязательные поля что писать', '/connect/web-torgi-ks/#шаги'],
  [
    'кто вводит пароль в веб торгах я или сам сотрудник',
    '/connect/web-torgi-ks/#кто-может-это-сделать',
  ],
  ['не могу войти в веб торги', '/connect/web-torgi-ks/#что-понадобится'],
  ['сохранила в веб торгах и всё? связь есть?', '/connect/web-torgi-ks/#что-получится'],
  [
    'ошибка о некоректности логина и пароля при отправке',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'скопировала пароль с пробелом что теперь',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  ['не знаю в чем дело документ не уходит в еис', '/reference/troubleshooting/#diagnostic'],
  ['перерегестрация организации', '/connect/re-registration/'],
  [
    'в связи с перерегистрацией организации в ЕИС внести изменения в регистрационные данные',
    '/connect/re-registration/#шаги',
  ],
  [
    'внесла новый логин после перерегистрации а ошибка несоответствие осталась',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'пользователь организации должен быть зарегистрирован в ЕИС',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'как зарегистрировать сотрудника в еис чтобы отправлял',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  [
    'Обнаружено несовпадение данных сертификата с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  ['еис глючит может сбой у них, где объявляют', '/support/knowledge-base/#новости-и-уведомления'],
  [
    'информация о недоступности отдельных функций',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  ['njrty', '/services/token/'],
  ['где взять токен', '/reference/troubleshooting/#err-token-where'],
  ['токкен сервисы отдачи по шагам', '/services/token/#шаги'],
  ['Доступ к использованию сервисов отдачи', '/services/token/#шаги'],
  ['срок действия токена на сколько ставить', '/services/token/#шаги'],
  ['кто выдает токен в лк заказчика', '/services/token/#кто-может-это-сделать'],
  ['заполнить блок «Токен для использования сервисов отдачи» в срок до', '/services/token/#шаги'],
  ['токен кончился', '/reference/troubleshooting/#err-token-expired'],
  ['токен или рис', '/services/overview/#как-понять-какой-путь-ваш'],
  ['1.5.3.3 руководство администратора', '/services/overview/#как-понять-какой-путь-ваш'],
  [
    'настройка взаимодействия с сервисами еис зачем она',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'заполнила настройку сервисов ничего не изменилось',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  ['нет блока права доступа к рис', '/reference/troubleshooting/#err-ris-block-missing'],
  ['ghfdf ljcnegf hbc', '/services/ris-rights/'],
  ['кто делает права рис, админ или руководитель', '/services/ris-rights/#кто-может-это-сделать'],
  ['права доступа пользователя работа с информационными системами', '/services/ris-rights/#шаги'],
  [
    'перечень региональных информационных систем нету',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  ['рис нашей области не нахожу в списке', '/reference/troubleshooting/#err-ris-not-found'],
  ['код рис где узнать', '/services/ris-rights/#что-понадобится'],
  [
    'Информация об участниках закупки по электронным процедурам дата 01.01.2022',
    '/services/ris-rights/#шаги',
  ],
  [
    'у лицея еще роль уполнамоченое учреждение, рис делать второй раз?',
    '/services/ris-rights/#шаги',
  ],
  [
    'уполномоченный орган есть а в рис всё равно не работает',
    '/reference/troubleshooting/#err-extra-roles',
  ],
  ['идентефикатор эдо', '/activation/edo-identifier/'],
  ['документы приемки загрузить из еис', '/activation/edo-identifier/'],
  [
    'Выдача идентификатора участника электронного документооборота',
    '/activation/edo-identifier/#шаги',
  ],
  [
    'при выдаче идентификатора нажала сохранить, пароль не слетит?',
    '/activation/edo-identifier/#шаги',
  ],
  ['кто выдает идентификатор эдо', '/activation/edo-identifier/#кто-может-это-сделать'],
  [
    'идентификатор эдо куда вставлять в веб торгах',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  ['срок идентификатора эдо истек', '/reference/troubleshooting/#err-edo-expired'],
  ['потеряла идентификатор эдо', '/reference/troubleshooting/#err-edo-not-saved'],
  ['электронное активирование это что', '/reference/glossary/#electronic-activation'],
  ['напомнить о сроке токена', '/tools/reminder/'],
  ['мои напоминания где', '/tools/reminder/#vashi-napominaniya'],
  ['напоминание без javascript', '/tools/reminder/#добавить-напоминание'],
  ['срок кончается, в календарь outlook ics', '/tools/reminder/#когда-срок-подходит-к-концу'],
  ['сколько шагов уже сделала', '/tools/progress/#vse-spiski'],
  ['продолжить отметки на другом компе дома', '/tools/progress/#perenos'],
  ['лицей и детсад отдельно отмечать', '/tools/progress/#organizacii'],
  ['сайт собирает мои запросы?', '/tools/progress/#что-сайт-отправляет'],
  ['план сохранить отправить директору ссылкой', '/tools/start/#где-хранится-план'],
  ['распечатать всё', '/print/'],
  ['сохранить инструкцию в pdf', '/print/'],
  ['ntktajy gjllth;rb', '/support/knowledge-base/#телефоны-поддержки'],
  ['база знаний еис не открывается без входа', '/support/knowledge-base/#база-знаний-еис'],
  [
    'часто задаваемые вопросы администрирование и регистрация',
    '/support/knowledge-base/#часто-задаваемые-вопросы-faq',
  ],
  ['видео инструкция по доп соглашениям', '/support/knowledge-base/#как-найти-нужный-материал'],
  ['канал еис в телеграме', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  ['j,hfotybt', '/support/create-request/'],
  ['как написать в техпотдержку еис', '/support/create-request/#шаги'],
  [
    'консультация или ошибка что выбрать',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  [
    'можно несколько проблем в одном обращении',
    '/support/create-request/#четыре-правила-обращения',
  ],
  ['галочка интеграция', '/support/create-request/#обращение-по-вопросам-интеграции'],
  [
    'какие xml приложить, веб торги не отправляет',
    '/reference/troubleshooting/#err-integration-request-files',
  ],
  ['предлагает установить плагин', '/reference/troubleshooting/#err-plugin-not-installed'],
  ['с 01.07.2026 закупка малого объема указать да', '/support/create-request/#шаги'],
  [
    'не пускает в личный кабинет, а надо в поддержку',
    '/reference/troubleshooting/#err-cannot-login-request',
  ],
  ['мои обращения где найти', '/support/request-statuses/#где-смотреть-свои-обращения'],
  ['статус запрос информации что делать', '/support/request-statuses/#что-означают-статусы'],
  ['плановый срок решения', '/support/request-statuses/#плановый-срок-решения'],
  [
    'позвонить или новое обращение чтоб узнать когда решат',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  ['было решено потом само закрылось', '/reference/troubleshooting/#err-request-resolved-closed'],
  [
    'консультацию закрыли сразу без переоткрытия',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'обращение закрыли, написали что есть в новостях',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  ['гоис', '/reference/glossary/#gois'],
  ['рис расшифровка', '/reference/glossary/#ris'],
  [
    'администратор организации два полномочия какое нужно',
    '/reference/glossary/#org-administrator',
  ],
  ['что изменилось в инструкциях', '/reference/changes/'],
  ['картинки не как на экране, скриншоты где', '/#для-кого-этот-сайт'],
  ['ничего не помогло куда звонить', '/reference/troubleshooting/#if-nothing-helped'],
];

/** Held out whole (tests/build/search-quality-held-out.test.ts). */
export const HELD_OUT_61a = CORPUS_61a;
