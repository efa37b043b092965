/**
 * Corpus 37b: reader questions for the site's search, written on 2026-12-06 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: a regional ministry's contract manager setting up integration for forty subordinate institutions at once: doing things in bulk, tracking who is done, who must act in each institution, passing the instructions on.
 * Written at the start of round 17 to the brief of corpora 25–36 and held out whole, as decided
 * before they arrived: never learned, never tuned on. Measured on arrival with round 16's last
 * engine. Kept in the order written.
 */
import type { Query } from './search-queries';

export const CORPUS_37b: readonly Query[] = [
  // короткие запросы
  ['пароль для интегации https', '/connect/https-credentials/'],
  ['перерегистрацыя организации еис', '/connect/re-registration/'],
  ['идентефикатор эдо', '/activation/edo-identifier/'],
  ['рис или токен что выбрать', '/services/overview/#как-понять-какой-путь-ваш'],
  ['несколько учреждений прогресс', '/tools/progress/#organizacii'],
  ['версия для печати pdf', '/print/'],
  ['код рис субъекта', '/services/ris-rights/#что-понадобится'],
  ['статус запрос информации', '/support/request-statuses/#что-означают-статусы'],
  ['база знаний еис вход', '/support/knowledge-base/#база-знаний-еис'],
  ['уполномоченное учреждение роль', '/reference/glossary/#authorized-institution'],
  ['глосарий сокращений', '/reference/glossary/'],
  ['сайт настройка интеграции торги еис', '/'],
  ['вкладка закрытые обращения', '/support/request-statuses/#страница-техническая-поддержка'],
  ['гоис расшифровка', '/reference/glossary/#gois'],
  ['xml файлы обмена где взять', '/support/create-request/#обращение-по-вопросам-интеграции'],
  ['малый объем обращение да', '/support/create-request/#шаги'],
  [
    'тип заявки консультация ошибка разница',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  ['доступ рис пошагово', '/services/ris-rights/#шаги'],
  ['сервисы отдачи это', '/reference/glossary/#output-services'],
  ['новости о сбоях еис', '/support/knowledge-base/#новости-и-уведомления'],
  ['опросник план настройки', '/tools/start/#вопросы'],
  ['электронное активирование что это', '/reference/glossary/#electronic-activation'],
  ['срок токена скока ставить', '/services/token/#шаги'],
  ['рис это', '/reference/glossary/#ris'],
  ['где мои обращения в лк', '/support/request-statuses/#где-смотреть-свои-обращения'],

  // полные вопросы
  [
    'как вести настройку интеграции сразу по сорока подведомственным учреждениям и видеть, у кого что уже сделано?',
    '/tools/progress/#organizacii',
  ],
  [
    'можно ли одним обращением в поддержку описать одну и ту же проблему сразу по всем нашим учреждениям или на каждое надо отдельное?',
    '/support/create-request/#четыре-правила-обращения',
  ],
  [
    'кто в учреждении должен получать логин и пароль для интеграции — директор, контрактный управляющий или кто-то с правами админа?',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'пароль в web-торги-кс вводит сам сотрудник учреждения или я из министерства могу внести его за всех?',
    '/connect/web-torgi-ks/#кто-может-это-сделать',
  ],
  [
    'хочу отправить коллеге в учреждение уже готовый план, что ему проходить, — можно поделиться ссылкой?',
    '/tools/start/',
  ],
  [
    'как узнать, зарегистрирована ли наша система в регионе как рис, и что от этого зависит для учреждений?',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'у каждого учреждения свой токен со своим сроком, можно в напоминании подписать, к какой организации относится дата?',
    '/tools/reminder/#добавить-напоминание',
  ],
  [
    'как в техподдержке переключиться, чтобы видеть обращения всей организации, а не только свои?',
    '/support/request-statuses/#страница-техническая-поддержка',
  ],
  [
    'что ваш сайт отправляет к себе на сервер, если я ввожу в поиск названия учреждений?',
    '/tools/progress/#что-сайт-отправляет',
  ],
  [
    'учреждение прислало мне свой файл с прогрессом, как загрузить его отдельной организацией, чтобы не затереть мои отметки?',
    '/tools/progress/#perenos',
  ],
  [
    'через сколько рабочих дней закроют обращение, если не ответить на их запрос или не подтвердить решение?',
    '/support/request-statuses/#когда-обращение-закрывается',
  ],
  [
    'если учреждение перерегистрировалось, ему ещё отдельно проходить инструкцию про логин и пароль или достаточно одной?',
    '/tools/start/',
  ],
  [
    'кто в учреждении выдаёт права доступа к рис и под кем потом надо перезайти в личный кабинет?',
    '/services/ris-rights/#кто-может-это-сделать',
  ],
  [
    'у некоторых подведов кроме роли заказчика есть ещё уполномоченное учреждение — права к рис им делать два раза?',
    '/services/ris-rights/#шаги',
  ],
  [
    'где в web-торги-кс вводить идентификатор участника эдо и как потом запустить загрузку документов приёмки?',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  [
    'токен у учреждения закончится через месяц, его можно продлить или надо выпускать новый?',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  [
    'как именно отправить документ из торгов в еис после того, как пароль сохранён, где это делается?',
    '/connect/web-torgi-ks/#шаги',
  ],
  [
    'как зарегистрировать в еис нового сотрудника учреждения, чтобы он мог отправлять план-график из торгов?',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  [
    'можно ли написать в техподдержку еис, если в личный кабинет вообще не пускает?',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  [
    'еис сама предупреждает, что срок идентификатора эдо или токена скоро кончится, или надо следить самим?',
    '/tools/reminder/',
  ],
  [
    'можно ли выгрузить дату окончания срока в outlook, чтобы календарь напомнил за неделю?',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  [
    'мы уже раздали учреждениям инструкцию по правам к рис — в ней что-то поменялось с тех пор?',
    '/reference/changes/#page-services-ris-rights',
  ],
  [
    'как подписаться на изменения инструкций, чтобы не проверять сайт вручную каждую неделю?',
    '/reference/changes/',
  ],
  [
    'этот сайт подходит для администраторов системы в регионе или только для заказчиков?',
    '/#для-кого-этот-сайт',
  ],
  [
    'логин и пароль для обмена с еис выдаются на всё учреждение или на каждого сотрудника отдельно?',
    '/connect/https-credentials/#что-получится',
  ],
  [
    'как в базе знаний еис найти руководство и видеоролик по конкретной теме, например по допсоглашениям?',
    '/support/knowledge-base/#как-найти-нужный-материал',
  ],
  [
    'какую дату предоставления доступа ставить, когда редактируешь права для нашей рис?',
    '/services/ris-rights/#шаги',
  ],
  [
    'кто в учреждении получает токен в еис, а кто потом вносит его в торги?',
    '/services/token/#кто-может-это-сделать',
  ],
  [
    'что сначала делать при проблеме в еис — самим искать ответ или сразу звонить в поддержку?',
    '/support/knowledge-base/#порядок-действий-при-проблеме',
  ],
  [
    'нужны ли какие-то особые полномочия, чтобы сотрудник учреждения мог создать обращение в поддержку еис?',
    '/support/create-request/#кто-может-это-сделать',
  ],
  [
    'кто в учреждении выдаёт идентификатор эдо и можно ли выдать его одному человеку за всех?',
    '/activation/edo-identifier/#кто-может-это-сделать',
  ],
  [
    'как понять, что у учреждения права к рис выставились нормально, что должно появиться в кабинете?',
    '/services/ris-rights/#что-получится',
  ],
  [
    'не понимаю, какая именно ошибка у учреждения, — есть где-то пошаговый разбор по вопросам?',
    '/reference/troubleshooting/#diagnostic',
  ],
  [
    'ни одна ошибка из вашего списка не подошла, куда дальше обращаться?',
    '/reference/troubleshooting/#if-nothing-helped',
  ],
  [
    'web-торги кс и web-торги-кс это одна и та же программа? в документах по-разному пишут',
    '/reference/glossary/#web-torgi-ks',
  ],

  // сообщения об ошибках
  [
    'при отправке плана в еис пишет некорректный логин или пароль',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'ошибка несоответствие регистрационных данных пользователя в еис при отправке плана-графика',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'у директора при входе «Обнаружено несовпадение данных сертификата с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'Информация о недоступности отдельных функций ЕИС в сфере закупок',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'пароль в торгах перестал подходить, кто-то в учреждении опять нажал ссылку про https',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'нажали сохранить в регистрационных данных и пароль опять слетел',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'окно с паролем закрылось, ничего не записали, как его снова открыть',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'права выдали, перезашли, а перечня региональных информационных систем в меню так и нет',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  [
    'в торгах в настройке сервисов еис только блок про токен, рис вообще не видно',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  [
    'не находится рис нашего субъекта в списке систем',
    '/reference/troubleshooting/#err-ris-not-found',
  ],
  [
    'токен просрочен у трёх учреждений, что теперь',
    '/reference/troubleshooting/#err-token-expired',
  ],
  [
    'срок идентификатора эдо истёк, документы приемки не импортируются',
    '/reference/troubleshooting/#err-edo-expired',
  ],
  [
    'хочу создать заявку в поддержку, а там вылезает установите плагин',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'закрыто автоматически без возможности переоткрытия, а мы писали консультацию про ошибку',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'заполнили токен в торгах, а обмен с еис как был так и есть, ничего не изменилось',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  [
    'обращение закрыли со ссылкой, что сбой уже в новостях',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  [
    'учреждение ещё и уполномоченный орган, права к рис дали, а не работает',
    '/reference/troubleshooting/#err-extra-roles',
  ],

  // не та раскладка, транслит, опечатки
  ['gththtubcnhfwbz jhufybpfwbb', '/connect/re-registration/'],
  ['njrty lkz cthdbcjd jnlfxb', '/services/token/'],
  ['ntktajy gjllth;rb tbc', '/support/knowledge-base/#телефоны-поддержки'],
  ['kak sozdat obrashenie v tehpodderzhku eis', '/support/create-request/#шаги'],
  ['parol web torgi ks kuda vvodit', '/connect/web-torgi-ks/#шаги'],
  ['ghfdf ljcnegf r hbc', '/services/ris-rights/'],
  ['где выдать идинтификатор учасника эдо в личьном кабенете', '/activation/edo-identifier/#шаги'],
  ['neskolko organizaciy v progresse kak dobavit', '/tools/progress/#organizacii'],
  ['ljrevtyns ghbtvrb', '/reference/glossary/#acceptance-documents'],
  ['spisok oshibok integracii s eis', '/reference/troubleshooting/'],

  // своими словами
  ['подведы не могут отправить план-график в еис, с чего им вообще начинать', '/tools/start/'],
  ['общая сводка сколько шагов осталось по каждой инструкции', '/tools/progress/#vse-spiski'],
  [
    'тикет в тп еис висит, к какому числу обещают закрыть',
    '/support/request-statuses/#плановый-срок-решения',
  ],
  ['api ключ еис для выгрузки данных в торги', '/services/token/'],
  ['перевыпустить пароль шлюза еис для учреждения', '/connect/https-credentials/#шаги'],
  [
    'пнуть поддержку повторной заявкой, чтобы быстрее решили, — так можно?',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  ['официальные чаты еис в мессенджерах', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  [
    'кто главный в кабинете еис — админ организации или руководитель, путаюсь в полномочиях',
    '/reference/glossary/#org-administrator',
  ],
  [
    'новая эцп директора, как прописать в кабинете еис',
    '/support/knowledge-base/#часто-задаваемые-вопросы-faq',
  ],
  ['методичка для подведов одним файлом', '/print/'],
  [
    'логи обмена приложить к тикету в тп',
    '/reference/troubleshooting/#err-integration-request-files',
  ],
  [
    'причём тут версия еис 13.1 и настройка сервисов в торгах',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  ['спецплощадка в названии полномочия это что', '/reference/glossary/#specialized-etp'],
];

export const HELD_OUT_37b = CORPUS_37b;
