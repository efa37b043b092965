/**
 * Corpus 60b: reader questions for the site's search, written on 2026-12-07 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: Степан, 39, контрактный управляющий МКУ «Служба благоустройства», бывший военный — пишет отрывисто, командным тоном, неточно переписывает ошибки с экрана, путает раскладку.
 * Held out whole, as decided before it arrived: never learned, never tuned on. Kept in the order
 * written.
 */
import type { Query } from './search-queries';

export const CORPUS_60b: readonly Query[] = [
  ['пароль не подходит. причина?', '/reference/troubleshooting/#err-login-password-incorrect'],
  ['токен — где взять. срок', '/reference/troubleshooting/#err-token-where'],
  ['логин и пароль для интеграции. где получить', '/connect/https-credentials/#шаги'],
  ['gfhjkm lkz byntuhfwbb', '/connect/https-credentials/'],
  [
    'при отправке в еис ошибка несоответсвие регистрационых данных пользователя',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  ['перерегистрация организации. порядок действий', '/connect/re-registration/#шаги'],
  ['куда вбить логин еис в веб-торгах', '/connect/web-torgi-ks/#шаги'],
  ['галка сменить пароль. обязательно ставить?', '/connect/web-torgi-ks/#шаги'],
  [
    'нажали сохранить в карточке регистрационные данные. пароль слетел',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'зам второй раз нажал ссылку про https. теперь документы не уходят',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'закрыл окно с паролем, не записал. что делать',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'продолжить не нажал. пароль действует?',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  [
    'Обнаружено несовпадение данных сертефиката с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'кто имеет право получать логин пароль в лк. полномочия',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'сотрудник не зарегистрирован в еис как пользователь организации. отправить не может',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  ['ключ для сервисов отдачи еис получить', '/services/token/#шаги'],
  ['njrty', '/services/token/'],
  ['токен просрочен', '/reference/troubleshooting/#err-token-expired'],
  ['продление токена. порядок', '/services/token/#что-дальше'],
  ['токен. кто выдает в лк заказчика', '/services/token/#кто-может-это-сделать'],
  ['рис или токен — как определить', '/services/overview/#как-понять-какой-путь-ваш'],
  [
    'нет блока права доступа к рис в настройке',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  [
    'перечень региональных инф. систем в администрировании отсутствует',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  ['код рис субъекта. где взять', '/reference/troubleshooting/#err-ris-not-found'],
  ['права доступа к рис. пошагово', '/services/ris-rights/#шаги'],
  ['дата предоставления доступа для рис какую ставить', '/services/ris-rights/#шаги'],
  [
    'кто настраивает права рис. под какой учеткой входить',
    '/services/ris-rights/#кто-может-это-сделать',
  ],
  [
    'у организации еще роль уполномоченное учреждение. рис для нее тоже?',
    '/reference/troubleshooting/#err-extra-roles',
  ],
  [
    'настройку сервисов еис заполнил — эффекта ноль',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  [
    'режим настройка взаимодействия с сервисами еис. назначение',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  ['идентификатор участника эдо получить', '/activation/edo-identifier/#шаги'],
  ['срок идентифкатора эдо истек', '/reference/troubleshooting/#err-edo-expired'],
  [
    'идентификатор эдо не сохранил. документы приемки не загрузить',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  ['куда вводить идентификатор эдо', '/activation/edo-identifier/#где-вводится-идентификатор'],
  ['электронное активирование. что это', '/reference/glossary/#electronic-activation'],
  ['подтянуть документы приемки из еис', '/activation/edo-identifier/'],
  ['гоис расшифровка', '/reference/glossary/#gois'],
  ['рис что такое', '/reference/glossary/#ris'],
  ['сервисы отдачи — что дают', '/reference/glossary/#output-services'],
  ['ЭТП', '/reference/glossary/#etp'],
  [
    'администратор организации — два полномочия, какое нужно',
    '/reference/glossary/#org-administrator',
  ],
  ['закупка малого объема. в обращении отметка да', '/support/create-request/#шаги'],
  ['горячая линия еис номер', '/support/knowledge-base/#телефоны-поддержки'],
  ['заявка в техподдержку еис. порядок', '/support/create-request/#шаги'],
  [
    'консультация или ошибка. какой вид',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  [
    'обращение консультация закрыто автоматически без переоткрытия. почему',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'плагин фиксации действий пользователя. где взять',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'какие файлы прикладывать по интеграции. 2 xml откуда',
    '/reference/troubleshooting/#err-integration-request-files',
  ],
  [
    'тикет по интеграции с веб-торги. флаг интеграция',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  ['в лк не пускает. обращение как подать', '/support/create-request/#обращение-без-входа-в-лк'],
  ['статус запрос информации', '/support/request-statuses/#что-означают-статусы'],
  [
    'не ответили на запрос информации. обращение закрыто',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'статус решено — через сколько закроют',
    '/support/request-statuses/#когда-обращение-закрывается',
  ],
  [
    'обращение было решено, само закрылось',
    '/reference/troubleshooting/#err-request-resolved-closed',
  ],
  [
    '3 раза переоткрывал консультацию. закрыли',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],
  ['плановый срок решения', '/support/request-statuses/#плановый-срок-решения'],
  [
    'поддержка молчит. писать повторно про срок?',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  ['мои обращения где найти', '/support/request-statuses/#где-смотреть-свои-обращения'],
  ['обращение закрыто. дальше?', '/reference/troubleshooting/#err-request-closed'],
  [
    'информация о недоступности отдельных функц',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'закрыли обращение — проблема уже была в новостях',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  ['новости еис о сбоях где смотреть', '/support/knowledge-base/#новости-и-уведомления'],
  ['база знаний еис. доступ', '/support/knowledge-base/#база-знаний-еис'],
  ['faq еис категории', '/support/knowledge-base/#часто-задаваемые-вопросы-faq'],
  ['телеграм канал еис', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  [
    'несколько проблем в одном обращении можно?',
    '/support/create-request/#четыре-правила-обращения',
  ],
  ['распечатать инструкцию целиком', '/print/'],
  ['сохранить все в пдф', '/print/'],
  ['с чего начать настройку', '/tools/start/'],
  ['план отправить коллеге ссылкой', '/tools/start/#где-хранится-план'],
  ['отметки шагов перенести на другой компьютер', '/tools/progress/#perenos'],
  ['веду несколько учреждений — школы, сады. отметки раздельно?', '/tools/progress/#organizacii'],
  ['напоминание об окончании срока токена поставить', '/tools/reminder/#добавить-напоминание'],
  [
    'файл ics в календарь. за сколько дней напомнит',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  ['сайт что отправляет на сервер. пароли сохраняются?', '/tools/progress/#что-сайт-отправляет'],
  ['изменения в инструкциях последние', '/reference/changes/'],
  ['лента atom', '/reference/changes/'],
  ['рисунки на сайте не совпадают с экраном. почему', '/#для-кого-этот-сайт'],
  ['скопировал пароль с пробелом', '/reference/troubleshooting/#err-login-password-incorrect'],
  ['кто вводит пароль в веб-торги. я или админ', '/connect/web-torgi-ks/#кто-может-это-сделать'],
  ['в веб-торги не могу зайти', '/connect/web-torgi-ks/#что-понадобится'],
  ['обязательные поля в окне регистарционных данных — что писать', '/connect/web-torgi-ks/#шаги'],
  ['какие документы уходят в еис по https', '/connect/https-credentials/#что-получится'],
  ['пароль ввел в веб торги. дальше что', '/connect/web-torgi-ks/#что-получится'],
  ['лк что значит', '/reference/glossary/#lk'],
  [
    'полномочие главный бухгалтер установить',
    '/support/knowledge-base/#часто-задаваемые-вопросы-faq',
  ],
  [
    'электронные доп соглашения руководство пользователя',
    '/support/knowledge-base/#как-найти-нужный-материал',
  ],
  ['ошибка при отправке в еис. с чего начать поиск', '/reference/troubleshooting/#diagnostic'],
  ['ничего не помогло. куда дальше', '/reference/troubleshooting/#if-nothing-helped'],
  ['где в веб-торгах режим настройки сервисов еис', '/services/token/#шаги'],
  ['руководство администратора 1.5.3.3', '/services/overview/#как-понять-какой-путь-ваш'],
  ['альтернативная интеграция https что это', '/reference/glossary/#https-integration'],
  ['web-торги кс и WEB-Торги-КС одно и то же?', '/reference/glossary/#web-torgi-ks'],
  ['перерегистрация до конца 2016. сейчас актуально?', '/connect/re-registration/'],
  [
    'после перерегистрации кто вносит новый логин в систему',
    '/connect/re-registration/#кто-может-это-сделать',
  ],
  [
    'выдача идентификатора эдо — права какие нужны',
    '/activation/edo-identifier/#кто-может-это-сделать',
  ],
  [
    'сохранить в окне выдачи идентификатора. пароль https не собьется?',
    '/activation/edo-identifier/#шаги',
  ],
  ['gththtubcnhfwbz', '/connect/re-registration/'],
  ['ukjccfhbq', '/reference/glossary/'],
  ['ntktajy gjllth;rb', '/support/knowledge-base/#телефоны-поддержки'],
];

/** Held out whole (tests/build/search-quality-held-out.test.ts). */
export const HELD_OUT_60b = CORPUS_60b;
