/**
 * Corpus 65b: reader questions for the site's search, written on 2026-12-07 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: Роман, 40, начальник отдела закупок администрации района, который сам не настраивает, а инструктирует подчинённых в 12 учреждениях: спрашивает «как объяснить сотруднику…», «где показать…», «что проверить у…», «кому поручить…», ищет пошаговые разделы, списки того, что понадобится, телефоны и сроки.
 * Held out whole, as decided before it arrived: never learned, never tuned on. Kept in the order
 * written.
 */
import type { Query } from './search-queries';

export const CORPUS_65b: readonly Query[] = [
  [
    'как объяснить сотруднику где взять логин и пароль для интеграции с еис',
    '/connect/https-credentials/#шаги',
  ],
  [
    'кому в учреждении поручить получение логина и пароля в личном кабинете еис',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'что понадобится сотруднику чтобы получить пароль для https интеграции',
    '/connect/https-credentials/#что-понадобится',
  ],
  ['телефон поддержки еис', '/support/knowledge-base/#телефоны-поддержки'],
  ['главная страница инструкции по связке веб-торги и еис', '/'],
  [
    'бухгалтер в школе нажала ссылку про HTTPS второй раз и у нас перестал уходить план-график, что делать',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'что проверить у сотрудника если еис пишет что логин или пароль некорректны',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  ['пробел в пароле', '/reference/troubleshooting/#err-login-password-incorrect'],
  [
    'где показать исполнителю куда в веб торгах вбивать пароль от еис',
    '/connect/web-torgi-ks/#шаги',
  ],
  ['Настройки регистрационные данные в ЕИС вкладка ЕИС', '/connect/web-torgi-ks/#шаги'],
  ['галка сменить пароль где ставить', '/connect/web-torgi-ks/#шаги'],
  [
    'ошибка о несоответствии регистрационных данных пользователя в еис',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  ['после перерегистрации учреждения что делать с паролями в торгах', '/connect/re-registration/'],
  ['перерегестрация организации пошагово для сотрудников', '/connect/re-registration/#шаги'],
  [
    'кто вносит новые логин и пароль после перерегистрации сам исполнитель или админ',
    '/connect/re-registration/#кто-может-это-сделать',
  ],
  ['gththtubcnhfwbz', '/connect/re-registration/'],
  ['как объяснить завхозу садика как получить токен в лк заказчика', '/services/token/#шаги'],
  ['токен или рис что выбрать для нашего района', '/services/overview/#как-понять-какой-путь-ваш'],
  [
    'как узнать зарегистрированы ли веб-торги в еис как региональная система',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  ['права доступа к рис пошаговая инструкция', '/services/ris-rights/#шаги'],
  ['где узнать код РИС нашей области', '/services/ris-rights/#что-понадобится'],
  [
    'не появился пункт перечень региональных информационных систем',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  [
    'в режиме настройки сервисов нет блока права доступа к рис',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  [
    'у нас учреждение ещё и уполномоченное учреждение, права рис делать два раза?',
    '/services/ris-rights/#шаги',
  ],
  ['какую дату предоставления доступа ставить для рис', '/services/ris-rights/#шаги'],
  ['индентификатор участника эдо как получить', '/activation/edo-identifier/#шаги'],
  [
    'электронная приемка идентификатор для загрузки документов из еис',
    '/activation/edo-identifier/',
  ],
  [
    'куда в веб-торгах вводить идентификатор эдо',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  ['истек срок идентификатора эдо', '/reference/troubleshooting/#err-edo-expired'],
  [
    'срок действия токена закончился документы не грузятся',
    '/reference/troubleshooting/#err-token-expired',
  ],
  [
    'завести напоминалку о сроках токенов по всем учреждениям',
    '/tools/reminder/#добавить-напоминание',
  ],
  [
    'можно срок окончания выгрузить в календарь outlook',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  ['вести отметки по 12 учреждениям отдельно', '/tools/progress/#organizacii'],
  ['перенести отметки шагов на другой компьютер', '/tools/progress/#perenos'],
  [
    'сайт куда-то отправляет то что мы отмечаем? безопасность',
    '/tools/progress/#что-сайт-отправляет',
  ],
  ['распечатать инструкцию для сотрудников учреждений', '/print/'],
  ['всю инструкцию одним pdf файлом', '/print/'],
  ['новое учреждение подключаем, с чего начать', '/tools/start/'],
  ['как отправить план настройки подчиненному ссылкой', '/tools/start/#где-хранится-план'],
  ['как создать обращение в техподдержку еис по шагам', '/support/create-request/#шаги'],
  [
    'консультация или ошибка какой вид обращения выбрать',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  [
    'какие xml файлы прикладывать к обращению по интеграции с веб торгами',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  ['список всех ошибок интеграции веб торги еис', '/reference/troubleshooting/'],
  ['плагин фиксации действий что это', '/reference/glossary/#action-recording-plugin'],
  [
    'еис при обращении просит установить какой-то плагин',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'сотрудник не может войти в лк как ему написать в поддержку',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  [
    'статус запрос информации сколько дней на ответ',
    '/support/request-statuses/#что-означают-статусы',
  ],
  [
    'обращение было решено и закрылось само через неделю',
    '/reference/troubleshooting/#err-request-resolved-closed',
  ],
  ['плановый срок решения где смотреть', '/support/request-statuses/#плановый-срок-решения'],
  ['мои обращения где найти', '/support/request-statuses/#где-смотреть-свои-обращения'],
  [
    'как посмотреть обращения всей организации а не только свои',
    '/support/request-statuses/#страница-техническая-поддержка',
  ],
  ['закупка малого объема в обращении с 1 июля отметка да', '/support/create-request/#шаги'],
  ['база знаний еис где находится', '/support/knowledge-base/#база-знаний-еис'],
  ['телеграм канал еис закупки', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  [
    'обнаружено несовпадение данных сертификата с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'информация о недоступности отдельных функций еис',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  ['рис расшифровка', '/reference/glossary/#ris'],
  ['гоис это что за система', '/reference/glossary/#gois'],
  ['что поменялось в инструкциях за последнюю неделю', '/reference/changes/'],
  [
    'администратор организации и лицо уполномоченное руководителем в чем разница',
    '/reference/glossary/#org-administrator',
  ],
  [
    'закрыли окошко с паролем и не записали',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  ['не нажала продолжить в окне с логином', '/reference/troubleshooting/#err-continue-not-pressed'],
  [
    'нажали сохранить в регистрационных данных и пароль слетел',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'пользователь не зарегистрирован в еис как пользователь организации',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  [
    'настроили взаимодействие с сервисами еис а толку никакого',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  [
    'еис 13.1 настройка не обрабатывается системой',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'какие документы уходят в еис из веб торгов план закупок контракты',
    '/connect/https-credentials/#что-получится',
  ],
  [
    'кто в учреждении должен сам вводить пароль в веб-торги',
    '/connect/web-torgi-ks/#кто-может-это-сделать',
  ],
  ['документ не уходит в еис что проверить по порядку', '/reference/troubleshooting/#diagnostic'],
  ['ничего не помогло куда звонить', '/reference/troubleshooting/#if-nothing-helped'],
  [
    'обращение консультация закрыто автоматически без переоткрытия',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'три раза переоткрывали консультацию и ее закрыли',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],
  ['закрытое обращение можно открыть заново?', '/reference/troubleshooting/#err-request-closed'],
  [
    'сотрудник не ответил на запрос информации и обращение закрыли',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'обращение закрыли потому что сбой был в новостях',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  [
    'надо ли писать повторное обращение чтобы узнать когда решат',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  [
    'как объяснить сотрудникам порядок: сначала база знаний и новости, потом звонить в поддержку',
    '/support/knowledge-base/#порядок-действий-при-проблеме',
  ],
  [
    'можно несколько проблем в одном обращении описать',
    '/support/create-request/#четыре-правила-обращения',
  ],
  ['сервисы отдачи это что', '/reference/glossary/#output-services'],
  ['как продлить токен не получая заново', '/services/token/#что-дальше'],
  ['на какой срок ставить токен', '/services/token/#шаги'],
  ['кому поручить выдачу токена в еис', '/services/token/#кто-может-это-сделать'],
  ['ntktajy gjllth;rb', '/support/knowledge-base/#телефоны-поддержки'],
  ['флаг разрешить использование сервисов отдачи', '/services/token/#шаги'],
  [
    'сайт подходит для администраторов системы в регионе или только для заказчиков',
    '/#для-кого-этот-сайт',
  ],
  ['картинки в инструкции не похожи на экран еис это скрины?', '/#для-кого-этот-сайт'],
  [
    'можно ли вписать сам токен в напоминание чтобы не потерять',
    '/tools/reminder/#добавить-напоминание',
  ],
  [
    'работа с информационными системами какие галки отметить в правах доступа',
    '/services/ris-rights/#шаги',
  ],
  [
    'кому поручить права к рис, какие полномочия нужны у сотрудника',
    '/services/ris-rights/#кто-может-это-сделать',
  ],
  ["bltynbabrfnjh 'lj", '/activation/edo-identifier/'],
  ['что понадобится для получения токена список', '/services/token/#что-понадобится'],
  [
    'кто может выдать идентификатор эдо руководитель или админ',
    '/activation/edo-identifier/#кто-может-это-сделать',
  ],
  [
    'идентификатор эдо скопировали и не сохранили где теперь взять',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  [
    'как продлить идентификатор эдо заранее до окончания срока',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  ['уполномоченный орган что значит', '/reference/glossary/#authorized-body'],
  ['лк это что', '/reference/glossary/#lk'],
  [
    'сколько шагов в каждой инструкции, сделать чек лист для учреждений',
    '/tools/progress/#vse-spiski',
  ],
  ['где смотреть новости еис о сбоях', '/support/knowledge-base/#новости-и-уведомления'],
  [
    'faq еис раздел администрирование и регистрация',
    '/support/knowledge-base/#часто-задаваемые-вопросы-faq',
  ],
  ['njrty', '/services/token/'],
];

/** Held out whole (tests/build/search-quality-held-out.test.ts). */
export const HELD_OUT_65b = CORPUS_65b;
