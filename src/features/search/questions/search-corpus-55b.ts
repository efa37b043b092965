/**
 * Corpus 55b: reader questions for the site's search, written on 2026-12-07 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: Андрей, 45, давний пользователь Web-Торги-КС в муниципальной коммунальной конторе, экраны ВТ знает наизусть, ЛК ЕИС плохо; пишет быстро, строчными, с прозвищами (вебторги, ВТ, КС, ПГ, ЛК) и иногда в неверной раскладке.
 * Held out whole, as decided before it arrived: never learned, never tuned on. Kept in the order
 * written.
 */
import type { Query } from './search-queries';

export const CORPUS_55b: readonly Query[] = [
  ['в вебторгах куда вставить логин и пароль от еис', '/connect/web-torgi-ks/#шаги'],
  [
    'отправка в еис висит пишет логин или пароль некорректны',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  ['где в лк еис взять логин пароль для вт', '/connect/https-credentials/#шаги'],
  ['карточка организации в вт галочка сменить пароль зачем', '/connect/web-torgi-ks/#шаги'],
  [
    'в торгах статус не меняется пг в еис не уходит что проверить',
    '/reference/troubleshooting/#diagnostic',
  ],
  ['настройки -> регистрационные данные в еис', '/connect/web-torgi-ks/#шаги'],
  [
    'данные пользователя для альтернативной интеграции где эта ссылка в лк',
    '/connect/https-credentials/#шаги',
  ],
  [
    'коллега в еис нажал ссылку https и у меня в вебторгах пароль перестал подходить',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  ['gfhjkm lkz dt,njhujd', '/connect/https-credentials/'],
  [
    'ошибка о несоответствии регистрационных данных пользователя в еис',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'организацию перерегистрировали документы в еис перестали уходить из кс',
    '/connect/re-registration/',
  ],
  [
    'в лк еис нажал сохранить в регистрационных данных и пароль опять слетел',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'закрыл окно с паролем не успел записать',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'окно с логином паролем продолжить не нажал',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  [
    'кто может получить пароль для интеграции у меня в лк нет админских прав',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'скока раз можно жать ссылку про https чтоб пароль в вт не сбился',
    '/connect/https-credentials/#что-получится',
  ],
  [
    'какие документы вт отправляет в еис пг закупки контракты',
    '/connect/https-credentials/#что-получится',
  ],
  [
    'пароль из еис в блокнот сохранить сначала или сразу в торги',
    '/connect/https-credentials/#шаги',
  ],
  ['вкладка еис в окне рег данных вебторгов', '/connect/web-torgi-ks/#шаги'],
  [
    'какие обязательные поля в окне регистрационных данных в вт заполнять, там пусто',
    '/connect/web-torgi-ks/#шаги',
  ],
  [
    'кто вбивает пароль еис в вебторги сам пользователь или наш админ',
    '/connect/web-torgi-ks/#кто-может-это-сделать',
  ],
  ['не пускает в вебторги вообще', '/connect/web-torgi-ks/#что-понадобится'],
  [
    'ввел логин пароль в кс нажал сохранить и дальше что, связь есть?',
    '/connect/web-torgi-ks/#что-получится',
  ],
  ['как из вт отправить пг в еис какой кнопкой', '/reference/troubleshooting/#if-nothing-helped'],
  [
    'скопировал пароль с пробелом в конце',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'после перерегистрации еис сама выдает новый логин? где его смотреть',
    '/connect/re-registration/#шаги',
  ],
  [
    'внес новый пароль после перерегистрации а несоответствие рег данных все равно лезет',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  ['перерегистрация до конца 2016 это вообще еще актуально', '/connect/re-registration/'],
  [
    'после перерегистрации кто меняет пароль в торгах',
    '/connect/re-registration/#кто-может-это-сделать',
  ],
  [
    'перерегистрированы и надо отправлять документы, две инструкции проходить или одну',
    '/tools/start/',
  ],
  ['идентификатор участника эдо где взять в лк', '/activation/edo-identifier/#шаги'],
  [
    'документы приемки из еис в вт загрузить куда вставлять идентификатор',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  ['электронное активирование что надо сделать', '/activation/edo-identifier/'],
  ['срок действия идентификатора эдо какую дату ставить', '/activation/edo-identifier/#шаги'],
  [
    'руководитель может выдать идентификатор эдо или только админ',
    '/activation/edo-identifier/#кто-может-это-сделать',
  ],
  [
    'выдаю идентификатор эдо там рядом ссылка про https ее трогать?',
    '/activation/edo-identifier/#шаги',
  ],
  [
    'идентификатор эдо не сохранил а нужен для приемки',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  ['истек срок идентификатора эдо', '/reference/troubleshooting/#err-edo-expired'],
  ['гоис что за система', '/reference/glossary/#gois'],
  [
    'режим настройка взаимодействия с сервисами еис в вт для чего',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  ['токен или рис что у нас заполнять', '/services/overview/#как-понять-какой-путь-ваш'],
  [
    'как узнать вебторги нашего района зарегистрированы как рис или нет',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'версия еис 13.1 настройка не обрабатывается системой',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  ['руководство администратора пункт 1.5.3.3', '/services/overview/#как-понять-какой-путь-ваш'],
  [
    'заполнил сервисы еис в торгах, ничего не изменилось',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  ['токен для сервисов отдачи пошагово', '/services/token/#шаги'],
  ['не знаю где взять токен', '/reference/troubleshooting/#err-token-where'],
  ['на какой срок делать токен', '/services/token/#шаги'],
  ['relf ddjlbnm njrty в вебторгах', '/services/token/#шаги'],
  ['кто выдает токен в лк заказчика', '/services/token/#кто-может-это-сделать'],
  ['rfr ghjlkbnm njrty', '/services/token/#что-дальше'],
  ['токен просрочен что делать', '/reference/troubleshooting/#err-token-expired'],
  ['права доступа к рис как выдать', '/services/ris-rights/#шаги'],
  ['работа с информационными системами все галки ставить?', '/services/ris-rights/#шаги'],
  [
    'не появился перечень региональных информационных систем в администрировании',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  ['код рис нашего субъекта', '/services/ris-rights/#что-понадобится'],
  ['рис свою в списке не нахожу', '/reference/troubleshooting/#err-ris-not-found'],
  ['дата предоставления доступа рис какую ставить', '/services/ris-rights/#шаги'],
  [
    'информация об участниках закупки по электронным процедурам галочка и подписать',
    '/services/ris-rights/#шаги',
  ],
  ['у нас еще роль уполномоченный орган, для рис все повторять?', '/services/ris-rights/#шаги'],
  [
    'уполномоченное учреждение и рис не налаживается',
    '/reference/troubleshooting/#err-extra-roles',
  ],
  ['в вт нет блока права доступа к рис', '/reference/troubleshooting/#err-ris-block-missing'],
  [
    'пользователь не зарегистрирован в еис а отправлять из кс надо',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  [
    'обнаружено несовпадение данных сертификата с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'информация о недоступности отдельных функций еис',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  ['ничего не помогло кому звонить по вебторгам', '/reference/troubleshooting/#if-nothing-helped'],
  [
    'почему текст ошибки на сайте не такой как у меня на экране',
    '/reference/troubleshooting/#about-messages',
  ],
  ['как написать в техподдержку еис', '/support/create-request/#шаги'],
  ['ufkjxrf byntuhfwbz в обращении', '/support/create-request/#обращение-по-вопросам-интеграции'],
  [
    'какие файлы прикладывать к обращению если пг не уходит из вт',
    '/reference/troubleshooting/#err-integration-request-files',
  ],
  [
    'консультация или ошибка какой вид обращения ставить',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  [
    'еис при создании обращения просит поставить какой то плагин',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'не могу зайти в лк еис а обращение написать надо',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  ['закупка малого объема да в обращении', '/support/create-request/#шаги'],
  [
    'можно в одном обращении все проблемы сразу написать',
    '/support/create-request/#четыре-правила-обращения',
  ],
  ['правила работы в тп еис', '/support/create-request/#шаги'],
  ['статус запрос информации что это', '/support/request-statuses/#что-означают-статусы'],
  ['vjb j,hfotybz где', '/support/request-statuses/#где-смотреть-свои-обращения'],
  [
    'обращение было решено а потом само закрылось',
    '/reference/troubleshooting/#err-request-resolved-closed',
  ],
  [
    'через сколько закроют обращение если не отвечать',
    '/support/request-statuses/#когда-обращение-закрывается',
  ],
  ['когда решат мое обращение срок где видно', '/support/request-statuses/#плановый-срок-решения'],
  [
    'консультацию закрыли автоматом без переоткрытия',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'переоткрывал три раза и закрыли',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],
  ['черновики обращений вкладка где', '/support/request-statuses/#страница-техническая-поддержка'],
  [
    'закрыли обращение сказали сбой уже в новостях',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  ['ntktajy поддержки еис круглосуточный', '/support/knowledge-base/#телефоны-поддержки'],
  ['база знаний еис faq', '/support/knowledge-base/#часто-задаваемые-вопросы-faq'],
  ['еис канал в телеграме или максе', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  ['где в еис новости про сбои смотреть', '/support/knowledge-base/#новости-и-уведомления'],
  ['рис расшифровка', '/reference/glossary/#ris'],
  ['сервисы отдачи это что вообще', '/reference/glossary/#output-services'],
  [
    'администратор организации там два полномочия какое надо',
    '/reference/glossary/#org-administrator',
  ],
  ['все сокращения еис и вт', '/reference/glossary/'],
  ['распечатать всю инструкцию целиком', '/print/'],
  ['напоминалка когда токен кончится', '/tools/reminder/'],
  [
    'срок идентификатора добавить в календарь outlook',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  ['отметки шагов перенести на другой комп', '/tools/progress/#perenos'],
  ['веду несколько учреждений школы садики как отмечать отдельно', '/tools/progress/#organizacii'],
  ['что поменяли в инструкциях последнее', '/reference/changes/'],
  ['для кого сайт, я пользователь вт а не админ', '/#для-кого-этот-сайт'],
];

export const HELD_OUT_55b = CORPUS_55b;
