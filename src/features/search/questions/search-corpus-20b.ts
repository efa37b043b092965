/**
 * Corpus 20b: reader questions for the site's search, written on 2026-12-06 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora. Persona: a procurement specialist typing on a phone between meetings — typos, no spaces or punctuation, «пж», «спс», «лк», «вт», chatty, asks about her plan, progress ticks, the reminder, printing, the changes page and what to do next.
 * Kept in the order written; split once, mechanically, by position (corpus-split.ts): even
 * positions tune, odd positions are held out. Never reorder.
 */
import { byPosition } from './corpus-split';
import type { Query } from './search-queries';

export const CORPUS_20b: readonly Query[] = [
  // Начало: опросник «С чего начать» и план
  ['с чего начинать вообще', '/tools/start/'],
  [
    'в опроснике спрашивают зарегистрирована ли вт как рис а я без понятия что жать',
    '/tools/start/#вопросы',
  ],
  ['Сделать этим планом', '/tools/start/#start-result'],
  [
    'коллега скинула ссылку на свой план, мой теперь затрется? не хочу потерять свои галочки',
    '/tools/start/',
  ],
  ['вернуть мой старый план', '/tools/start/#start-result'],
  [
    'почему в плане только перерегистрация, а логина и пароля нет? нам же и документы отправлять надо',
    '/tools/start/',
  ],
  [
    'где посмотреть есть ли у нас роль уполномоченный орган для третьего вопроса',
    '/tools/start/#вопросы',
  ],
  // Мой прогресс и отметки
  ['где мои галочки', '/tools/progress/'],
  ['ghjuhtcc', '/tools/progress/'],
  ['отметки на другой комп', '/tools/progress/#perenos'],
  ['загружаю файл прогресса объединять или заменять?', '/tools/progress/#perenos'],
  ['Не начато', '/tools/progress/#vse-spiski'],
  [
    'веду сразу три школы и садик, можно как-то отмечать шаги по каждой организации отдельно?',
    '/tools/progress/#organizacii',
  ],
  ['панель ваш план скрыта', '/tools/progress/#moy-plan'],
  [
    'сайт никуда не отправляет мои отметки? у нас безопасники строгие, спрашивают что уходит наружу',
    '/tools/progress/#что-сайт-отправляет',
  ],
  ['снять все галки разом', '/tools/progress/#perenos'],
  [
    'нажала сбросить все а напоминания про токен остались, так и должно быть?',
    '/tools/progress/#perenos',
  ],
  ['распечатать свой план по всем орг', '/tools/progress/#moy-plan'],
  // Напоминание о сроках
  ['напоминалка про токен', '/tools/reminder/'],
  ['yfgjvbyfybt', '/tools/reminder/'],
  ['уже продлил указать новую дату', '/tools/reminder/#vashi-napominaniya'],
  [
    'вверху каждой страницы плашка что идентификатор истекает через 30 дней, это откуда',
    '/tools/reminder/',
  ],
  ['срок в outlook', '/tools/reminder/#когда-срок-подходит-к-концу'],
  ['за сколько дней календарь напомнит', '/tools/reminder/#когда-срок-подходит-к-концу'],
  [
    'можно я прям сам токен туда впишу в напоминание, чтоб не потерялся? а то бумажку потеряла',
    '/tools/reminder/',
  ],
  ['похоже на пароль всё равно сохранить', '/tools/reminder/#добавить-напоминание'],
  ['токен скоро кончится как продлить', '/tools/reminder/#когда-срок-подходит-к-концу'],
  ['напоминане без javascript', '/tools/reminder/#добавить-напоминание'],
  // Что изменилось
  ['что поменяли в инструкциях', '/reference/changes/'],
  ['пометка не меняет действий это что значит', '/reference/changes/'],
  ['лента atom', '/reference/changes/'],
  ['что изменили про токен', '/reference/changes/#page-services-token'],
  [
    'пишет шаг изменился после вашей отметки, мне заново всё делать или можно оставить галку? спс',
    '/reference/changes/',
  ],
  ['обновления ошибок и решений', '/reference/changes/#page-reference-troubleshooting'],
  // Печать
  ['распечатать всё одним файлом', '/print/'],
  ['сохранить инструкцию в пдф', '/print/'],
  ['рапечатать чеклист с пустыми квадратиками', '/print/'],
  ['печать', '/print/'],
  [
    'мне надо распечатать только про права доступа к рис для начальницы, остальное не нужно. как?',
    '/print/#services-ris-rights',
  ],
  // Главная
  ['для кого сайт', '/#для-кого-этот-сайт'],
  ['картинки это скрины?', '/#для-кого-этот-сайт'],
  [
    'на схемах многоточие вместо названий пунктов, это у меня не грузится или так задумано? не пойму',
    '/#для-кого-этот-сайт',
  ],
  // Логин и пароль ЕИС для интеграции по HTTPS
  ['логин пароль еис для вт где взять', '/connect/https-credentials/'],
  ['gfhjkm lkz byntuhfwbb', '/connect/https-credentials/'],
  [
    'кто в лк может выдать пароль для интеграции',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  ['данные пользователя для альтернативной интеграции', '/connect/https-credentials/#шаги'],
  [
    'нажала ссылку второй раз и в вт пароль перестал подходить, что теперь? мне срочно план-график отправить',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  ['зачем кнопка продолжить', '/connect/https-credentials/#шаги'],
  ['пробел в пароле', '/reference/troubleshooting/#err-login-password-incorrect'],
  [
    'закрыла окно с паролем и не записала',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  ['пароль получила в лк дальше что', '/connect/https-credentials/#что-дальше'],
  // Ввод логина и пароля в Web-Торги-КС
  ['куда в вт вбить пароль', '/connect/web-torgi-ks/'],
  ['галка сменить паропь', '/connect/web-torgi-ks/#шаги'],
  ['сама не могу зайти в веб торги', '/connect/web-torgi-ks/#что-понадобится'],
  ['какие обязательные поля заполнять в окне рег данных, там пусто', '/connect/web-torgi-ks/#шаги'],
  [
    'сохранила логин и пароль в вт. старые доки теперь надо заново отправлять или сами уйдут?',
    '/connect/web-torgi-ks/#что-получится',
  ],
  // После перерегистрации
  ['перерегистрацыя организации', '/connect/re-registration/'],
  [
    'несоответствие регистрационных данных',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'после перерегистрации внесла новые логин и пароль, а ошибка про регистрационные данные все равно вылезает. что не так?',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  ['у нас еис выглядит не так как на картинках про перерегистрацию', '/connect/re-registration/'],
  // Сервисы ЕИС: токен или РИС
  ['токен или рис', '/services/overview/#как-понять-какой-путь-ваш'],
  [
    'заполнила настройку взаимодействия с сервисами а ничего не изменилось',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  ['нет блока права доступа к рис', '/reference/troubleshooting/#err-ris-block-missing'],
  ['пункт 1.5.3.3 руководства', '/services/overview/#как-понять-какой-путь-ваш'],
  // Токен для сервисов отдачи
  ['njrty', '/services/token/'],
  ['на какой срок ставить токен', '/services/token/#шаги'],
  ['где ставить флаг для сервисов отдачи', '/services/token/#шаги'],
  [
    'токен истек вчера, документы вроде уходят, но боюсь. что делать, заново получать? спс',
    '/reference/troubleshooting/#err-token-expired',
  ],
  [
    'сохранила форму в еис, а самого идентификатора не вижу, куда смотреть?',
    '/services/token/#шаги',
  ],
  ['токен внесла в вт что дальше', '/services/token/#что-дальше'],
  // Права доступа к РИС
  ['права рис лк заказчика', '/services/ris-rights/'],
  ['дата предоставления доступа', '/services/ris-rights/#шаги'],
  [
    'не появился перечень региональных информационных систем',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  ['код рис субъекта', '/reference/troubleshooting/#err-ris-not-found'],
  [
    'у нас кроме заказчика еще уполномоченное учреждение, для него тоже все шаги повторять? и под кем заходить',
    '/services/ris-rights/#шаги',
  ],
  // Идентификатор участника ЭДО
  ['идентификтор эдо', '/activation/edo-identifier/'],
  ['куда вводить идентификатор эдо в вт', '/activation/edo-identifier/#где-вводится-идентификатор'],
  ['истёк идентификатор участника эдо', '/reference/troubleshooting/#err-edo-expired'],
  [
    'в окне выдачи идентификатора жать сохранить можно? а то пароль слетит опять',
    '/activation/edo-identifier/#шаги',
  ],
  // База знаний и каналы поддержки ЕИС
  ['телефон поддержки еис', '/support/knowledge-base/#телефоны-поддержки'],
  ['база знаний не открывается без входа в лк', '/support/knowledge-base/#база-знаний-еис'],
  [
    'информация о недоступности отдельных',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'обнаружено несовпадение данных сертифик',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  // Обращение в поддержку ЕИС
  ['обрашение в техподдержку', '/support/create-request/'],
  ['консультация или ошибка', '/support/create-request/#вид-обращения-консультация-или-ошибка'],
  [
    'какие xml файлы прикладывать если проблема с интеграцией вт',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  [
    'не пускает в лк как написать в поддержку пж',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  ['малая закупка галочка да', '/support/create-request/#шаги'],
  ['еис просит поставить плагин', '/reference/troubleshooting/#err-plugin-not-installed'],
  // Статусы обращений
  ['статус запрос информации', '/support/request-statuses/#что-означают-статусы'],
  [
    'обращение закрыли пока я была в отпуске, не успела ответить на их вопрос. можно его открыть обратно?',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  ['когда решат обращение', '/support/request-statuses/#плановый-срок-решения'],
  ['где мои обращения', '/support/request-statuses/#где-смотреть-свои-обращения'],
  // Глоссарий
  ['гоис это что', '/reference/glossary/#gois'],
  ['сервисы отдачи что такое', '/reference/glossary/#output-services'],
  [
    'администратор организации это какое полномочие? в лк их два и я путаюсь, под кем токен выдавать',
    '/reference/glossary/#org-administrator',
  ],
  ['словарь сокращений', '/reference/glossary/'],
  // Ошибки и решения
  ['вт не отправляет документ в еис', '/reference/troubleshooting/#diagnostic'],
  ['ничего не помогло что дальше', '/reference/troubleshooting/#if-nothing-helped'],
  ['еис пишет неверный логин', '/reference/troubleshooting/#err-login-password-incorrect'],
];

export const TUNING_20b = byPosition(CORPUS_20b, 0);
export const HELD_OUT_20b = byPosition(CORPUS_20b, 1);
