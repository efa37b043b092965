/**
 * Corpus 75: reader questions for the site's search, written on 2026-12-07 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists, with the addresses of headings, entries
 * and terms but not of steps). Persona: A help-desk operator of the regional operator of Web-Торги-КС who searches the site while the caller is still on the line: paraphrases the caller in colloquial speech («говорит, пароль не подходит», «у них кнопка серая»), ticket jargon (заявка, обращение, тикет, эскалация, ЛК, ВТ-КС, РИС), short keyword bursts typed fast with typos and missing letters, the caller's error text as dictated over the phone.
 * Written to be read by its misses (a tuning set), as decided before it arrived, and measured
 * once on arrival. Kept in the order written.
 */
import type { Query } from './search-queries';

export const CORPUS_75: readonly Query[] = [
  ['где взять логин и пароль для интеграции вткс с еис', '/connect/https-credentials/'],
  ['kjuby gfhjkm lkz byntuhfwbb', '/connect/https-credentials/'],
  [
    'директор спрашивает кто у них имеет право получить логин для интеграции',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'каким кнопкой закрыть окно регистрационные данные, отменить или сохранить?',
    '/connect/https-credentials/#шаги',
  ],
  ['надо жать продолжить после копирования пароля или нет', '/connect/https-credentials/#шаги'],
  [
    'какие документы вткс отправляет в еис по https план-график контракты',
    '/connect/https-credentials/#что-получится',
  ],
  ['пароль из еис в блокнот сохранять надо?', '/connect/https-credentials/#шаги'],
  ['куда в ВТ-КС вбивать логин и пароль от еис', '/connect/web-torgi-ks/'],
  ['галку сменить пароль где ставить в рег данных', '/connect/web-torgi-ks/#шаги'],
  ['у них поле пароля серое, неактивное, ввести не даёт', '/connect/web-torgi-ks/#шаги'],
  ['настройки -> регистрационные данные в еис вкладка еис', '/connect/web-torgi-ks/#шаги'],
  [
    'кто вводит пароль в вткс сам пользователь или админ',
    '/connect/web-torgi-ks/#кто-может-это-сделать',
  ],
  [
    'сохранили пароль в системе, документ надо переотправлять?',
    '/connect/web-torgi-ks/#что-получится',
  ],
  [
    'организацию реорганизовали, после перерегистрации в еис ничего не уходит',
    '/connect/re-registration/',
  ],
  ['перерегистрация организации новый логин пароль вткс', '/connect/re-registration/'],
  [
    'после перерегистрации кто узнаёт новый пароль в лк еис',
    '/connect/re-registration/#кто-может-это-сделать',
  ],
  ['перерегистрировались ввели новый пароль а ошибка осталась', '/connect/re-registration/#шаги'],
  ['токен или права рис, что нам настраивать', '/services/overview/#как-понять-какой-путь-ваш'],
  [
    'как определить подключена ли наша система к еис как региональная',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'настройка взаимодействия с сервисами еис зачем этот режим',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  ['njrty bkb hbc', '/services/overview/'],
  ['токен для сервисов отдачи как получить', '/services/token/'],
  ['какой срок действия ставить токену, максимальный?', '/services/token/#шаги'],
  ['под какой учеткой выдавать токен в лк заказчика', '/services/token/#кто-может-это-сделать'],
  [
    'сохранили форму доступ к использованию сервисов отдачи а идентификатор не видно',
    '/services/token/#шаги',
  ],
  ['куда в вткс вставить идентификатор токена и срок', '/services/token/#шаги'],
  ['токен просрочен что делать', '/reference/troubleshooting/#err-token-expired'],
  [
    'как перевыпустить токен, кончается через неделю',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  ['права доступа к рис настройка', '/services/ris-rights/'],
  ['какие опции отмечать в работа с информационными системами', '/services/ris-rights/#шаги'],
  ['дата предоставления доступа для рис какую ставить 2022?', '/services/ris-rights/#шаги'],
  ['где узнать код рис своего субъекта', '/services/ris-rights/#что-понадобится'],
  [
    'у школы доп роль уполномоченное учреждение, права рис второй раз давать?',
    '/services/ris-rights/#шаги',
  ],
  [
    'кто должен подписывать права рис, нужна ЭЦП руководителя?',
    '/services/ris-rights/#кто-может-это-сделать',
  ],
  ['идентификатор участника эдо где взять', '/activation/edo-identifier/'],
  [
    'чтобы подтягивались упд и акты приемки из еис что нужно получить',
    '/activation/edo-identifier/',
  ],
  [
    'куда потом вводить идентификатор эдо, в вткс?',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  ['срок действия идентификатора эдо какую дату вписывать', '/activation/edo-identifier/#шаги'],
  [
    'кто может выдать идентификатор эдо, нужен руководитель?',
    '/activation/edo-identifier/#кто-может-это-сделать',
  ],
  ['утеряли идентификатор эдо, не сохранили его', '/reference/troubleshooting/#err-edo-not-saved'],
  ['горячая линия еис телефон', '/support/knowledge-base/#телефоны-поддержки'],
  ['бесплатный номер поддержки zakupki 8 800', '/support/knowledge-base/#телефоны-поддержки'],
  ['база знаний еис не открывается без входа', '/support/knowledge-base/#база-знаний-еис'],
  [
    'faq еис категория электронное активирование',
    '/support/knowledge-base/#часто-задаваемые-вопросы-faq',
  ],
  ['канал еис в телеге и максе', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  ['оповещения о сбоях еис где смотреть', '/support/knowledge-base/#новости-и-уведомления'],
  ['видеоинструкция по допсоглашениям в еис', '/support/knowledge-base/#как-найти-нужный-материал'],
  [
    'Информация о восстановлении функций ЕИС в сфере закупок',
    '/support/knowledge-base/#новости-и-уведомления',
  ],
  ['rfr cjplfnm j,hfotybt', '/support/create-request/'],
  ['написать жалобу в техподдержку еис через личный кабинет', '/support/create-request/#шаги'],
  [
    'что приложить к обращению по интеграции, xml какие',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  [
    'консультация или ошибка какой вид ставить',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  ['где в форме галочка интеграция', '/support/create-request/#шаги'],
  [
    'запись экрана к обращению обязательна?',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  ['закупка малого объема при создании обращения что отмечать', '/support/create-request/#шаги'],
  [
    'не может авторизоваться в лк, как тогда подать обращение',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  [
    'можно в одной заявке несколько проблем описать',
    '/support/create-request/#четыре-правила-обращения',
  ],
  [
    'где взять xml файлы обмена для эскалации в еис',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  ['статусы обращений в техподдержку', '/support/request-statuses/'],
  ['висит статус "запрос информаци" что делать', '/support/request-statuses/#что-означают-статусы'],
  [
    'через сколько дней закроется обращение в статусе решено',
    '/support/request-statuses/#когда-обращение-закрывается',
  ],
  ['тикет закрыли, можно ли переоткрыть', '/support/request-statuses/#когда-обращение-закрывается'],
  [
    'как узнать срок решения обращения не создавая дубликат',
    '/support/request-statuses/#плановый-срок-решения',
  ],
  ['мои обращения где найти в лк', '/support/request-statuses/#где-смотреть-свои-обращения'],
  ['статус Обращение открыто заново это что', '/support/request-statuses/#что-означают-статусы'],
  [
    'поиск по номеру обращения вкладка закрытые обращения',
    '/support/request-statuses/#страница-техническая-поддержка',
  ],
  [
    'в выходные 7 дней считаются или только рабочие',
    '/support/request-statuses/#когда-обращение-закрывается',
  ],
  ['напоминание об окончании срока токена', '/tools/reminder/'],
  ['скачать файл календаря ics со сроком', '/tools/reminder/#когда-срок-подходит-к-концу'],
  ['перенести галочки прогресса на другой компьютер', '/tools/progress/#perenos'],
  [
    'обслуживаю несколько садиков и школ, отметки по каждой отдельно',
    '/tools/progress/#organizacii',
  ],
  [
    'сайт собирает персональные данные? что уходит на сервер',
    '/tools/progress/#что-сайт-отправляет',
  ],
  ['опросник с чего начать план', '/tools/start/'],
  ['отправить план коллеге ссылкой', '/tools/start/#где-хранится-план'],
  ['распечатать всю инструкцию pdf', '/print/'],
  ['что поменялось в инструкциях последнее', '/reference/changes/'],
  ['что такое гоис', '/reference/glossary/#gois'],
  ['рис расшифровка', '/reference/glossary/#ris'],
  ['стп это кто', '/reference/glossary/#stp'],
  ['сервисы отдачи что это вообще', '/reference/glossary/#output-services'],
  ['администратор организации какое из двух полномочий', '/reference/glossary/#org-administrator'],
  ['для кого этот сайт, для администраторов тоже?', '/#для-кого-этот-сайт'],
  [
    'еис пишет логин или пороль некоректны при отправке',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'несоответсвие регистрационых данных пользователя в ЕИС',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'Обнаружено несовпадение данных сертификата с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'Информация о недоступности отдельных функций ЕИС в сфер',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'предлагает установить плагин фиксации действий пользоват',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'обращение закрыто автоматически без возможности переоткрытия, вид консультация',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'ранее введенный пароль становится недействительным',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  ['истек срок действия идентификатора эдо', '/reference/troubleshooting/#err-edo-expired'],
  [
    'работа с обращениями в статусе закрыто далее не осуществляется',
    '/reference/troubleshooting/#err-request-closed',
  ],
  [
    'решено обращение автоматически поменяет статус на закрыто через 7',
    '/reference/troubleshooting/#err-request-resolved-closed',
  ],
  [
    'не ответили на запрос, статус закрыто через 7 раб дней без возм переоткрытия',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'нажали сохранить в рег данных и пароль слетел',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'не нажали продолжить, пароль не постоянный',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  [
    'нет пункта перечень региональных информационых систем',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  [
    'в настройке сервисов нет блока права доступа к рис',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  [
    'ошибка при отправке пользователь не зарегистрирован в еис',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  [
    'заполнили токен в настройке сервисов, ничего не изменилось',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  [
    'в перечне не находит рис нашего субъекта, поиск пустой',
    '/reference/troubleshooting/#err-ris-not-found',
  ],
];
/** Read by its misses (a tuning set): see tests/build/search-quality.test.ts. */
export const READ_75 = CORPUS_75;
