/**
 * Corpus 18b: reader questions for the site's search, written on 2026-12-06 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora. Persona: young procurement specialist of a municipal kindergarten network, types keyword strings and chat-style questions, mixes eis/zakupki/web torgi with Cyrillic, asks about buttons, her ticks, reminders and printing.
 * Kept in the order written; split once, mechanically, by position (corpus-split.ts): even
 * positions tune, odd positions are held out. Never reorder.
 */
import { byPosition } from './corpus-split';
import type { Query } from './search-queries';

export const CORPUS_18b: readonly Query[] = [
  // start, plan and home page
  ['с чего начать настройку интеграции с eis', '/tools/start/'],
  ['план настройки опросник', '/tools/start/'],
  [
    'привет, я в детском саду закупки веду, надо чтобы план-график из web torgi уходил в eis, с чего вообще начать?',
    '/tools/start/',
  ],
  [
    'в опросе вопрос зарегистрирована ли система как рис, не знаю что ответить',
    '/tools/start/#вопросы',
  ],
  ['рисунки на сайте это скриншоты или схемы', '/#для-кого-этот-сайт'],
  ['разделы сайта инструменты справка', '/#как-устроен-сайт'],
  // login and password for HTTPS integration
  ['логин пароль eis интеграция', '/connect/https-credentials/'],
  ['где взять пароль для web torgi на zakupki.gov.ru', '/connect/https-credentials/'],
  [
    'кто может получить логин и пароль в лк еис, обязательно руководитель?',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  ['зачем нажимать продолжить', '/connect/https-credentials/#шаги'],
  ['администрирвоание пользователи организации', '/connect/https-credentials/#шаги'],
  ['пароль меняется каждый раз когда открываю окно', '/connect/https-credentials/#что-получится'],
  // entering the login and password in Web-Торги-КС
  ['куда вставить логин и пароль в веб торгах', '/connect/web-torgi-ks/'],
  ['галочка сменить пароль', '/connect/web-torgi-ks/#шаги'],
  ['настройки регистрационные данные еис', '/connect/web-torgi-ks/'],
  ['gfhjkm web torgi ввести', '/connect/web-torgi-ks/'],
  [
    'какие обязательные поля заполнять в окне регистрационных данных в веб-торгах',
    '/connect/web-torgi-ks/#шаги',
  ],
  // re-registration
  ['перерегистрация организации новый пароль', '/connect/re-registration/'],
  ['перерегестрация', '/connect/re-registration/'],
  [
    'после перерегистрации в 2016 нам дали новый логин, а в вебторгах остался старый, документ не уходит — по шагам что делать',
    '/connect/re-registration/',
  ],
  [
    'сколько шагов после перерегистрации в еис и сколько в веб торгах',
    '/connect/re-registration/#шаги',
  ],
  // EIS services: token or RIS
  ['токен или рис', '/services/overview/#как-понять-какой-путь-ваш'],
  [
    'режим настройка взаимодействия с сервисами еис для чего',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'eis 13.1 настройка сервисов ни на что не влияет?',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'где посмотреть наш регион зарегистрирован как рис или нет',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  // token for output services
  ['токен сервисы отдачи получить', '/services/token/'],
  ['njrty для сервисов отдачи', '/services/token/'],
  ['какой срок ставить токену', '/services/token/#шаги'],
  ['флажок сервисов одачи', '/services/token/#шаги'],
  [
    'заходим в лк заказчика под админом организации, а где там настройка выдачи идентификатора для сервисов отдачи, не могу найти',
    '/services/token/#шаги',
  ],
  // RIS access rights
  ['права доступа к рис', '/services/ris-rights/'],
  ['дата предоставления доступа 01.01.2022', '/services/ris-rights/#шаги'],
  ['зачем выходить из лк и заходить заново после выдачи прав', '/services/ris-rights/#шаги'],
  ['код рис субъекта', '/services/ris-rights/#что-понадобится'],
  [
    'у нас еще роль уполномоченное учреждение, права рис делать второй раз?',
    '/services/ris-rights/#шаги',
  ],
  [
    'я выдала права для рис и подписала, а дальше в веб-торгах блок права доступа к рис кто настраивает?',
    '/services/ris-rights/#что-дальше',
  ],
  [
    'в окне права доступа отметила всё в работе с информационными системами, а пункт перечень региональных информационных систем так и не появился',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  // EDO participant identifier
  ['идентификатор эдо', '/activation/edo-identifier/'],
  ['индентификатор эдо где взять', '/activation/edo-identifier/'],
  [
    'куда вводить идентификатор эдо в веб торгах',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  [
    'в окне выдачи идентификатора эдо какую дату ставить в срок действия и надо ли потом жать сохранить в регистрационных данных',
    '/activation/edo-identifier/#шаги',
  ],
  [
    'скажите, если я в карточке регистрационные данные нажму выдача идентификатора эдо, у меня пароль для веб торгов не слетит?',
    '/activation/edo-identifier/#шаги',
  ],
  // knowledge base and support channels
  ['телефон поддержки еис', '/support/knowledge-base/#телефоны-поддержки'],
  [
    'хочу позвонить в поддержку еис, они круглосуточно работают? какой там номер 8 800',
    '/support/knowledge-base/#телефоны-поддержки',
  ],
  ['база знаний еис', '/support/knowledge-base/#база-знаний-еис'],
  ['телеграмм канал zakupki', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  [
    'у нас сбой в еис, стоит ли писать обращение если в новостях уже висит сообщение про недоступность',
    '/support/knowledge-base/#новости-и-уведомления',
  ],
  // creating a support request
  ['написать в техподдержку еис', '/support/create-request/'],
  ['консультация или ошибка', '/support/create-request/#вид-обращения-консультация-или-ошибка'],
  ['обращение интеграция xml файлы', '/support/create-request/#обращение-по-вопросам-интеграции'],
  [
    'не могу войти в лк как написать в поддержку',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  ['закупка малого объема обращение', '/support/create-request/#шаги'],
  ['где кнопка создать обращение', '/support/create-request/#шаги'],
  ['ghbrhtgbnm afqks', '/support/create-request/#шаги'],
  // request statuses
  ['статус запрос информации', '/support/request-statuses/#что-означают-статусы'],
  ['мои обращения где смотреть', '/support/request-statuses/#где-смотреть-свои-обращения'],
  ['плановый срок решеня', '/support/request-statuses/#плановый-срок-решения'],
  ['почему обращение закрылось само', '/support/request-statuses/#когда-обращение-закрывается'],
  ['черновики обращений вкладка', '/support/request-statuses/#страница-техническая-поддержка'],
  // glossary
  ['рис расшифровка', '/reference/glossary/#ris'],
  ['что такое гоис', '/reference/glossary/#gois'],
  ['сервисы отдачи это', '/reference/glossary/#output-services'],
  [
    'администратор организации и лицо уполномоченное руководителем в чем разница',
    '/reference/glossary/#org-administrator',
  ],
  ['электронное активирование что это', '/reference/glossary/#electronic-activation'],
  // errors and solutions
  [
    'ошибка о некорректности логина и пароля',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'скопировала пароль из еис в веб торги, а пишет что логин или пароль некорректны, это из-за пробела?',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'Обнаружено несовпадение данных сертификата с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'несоответствие регистрационных данных пользователя в ЕИС',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'Информация о недоступности отдельных функций ЕИС',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'нажала сохранить в регистрационных данных и пароль слетел',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'коллега второй раз нажала ссылку про https в кабинете и у меня в веб торгах всё перестало отправляться, что теперь делать',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'закрыла окно с паролем не записала',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'я не знаю, зарегистрирована ли наша web-торги как рис, блока права доступа к рис в настройке нет, какой путь мой',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  [
    'заполнила настройку взаимодействия а ничего не поменялось',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  ['почему не уходит документ', '/reference/troubleshooting/#diagnostic'],
  [
    'закрыто автоматически без возможности переоткрытия консультация',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'Если плагин не установлен, пользователю будет предложено его установить',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'мне поддержка прислала запрос информации, а я была в отпуске две недели, обращение закрыли — можно его открыть?',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  ['идентификатор эдо истек', '/reference/troubleshooting/#err-edo-expired'],
  [
    'не сохранила идентификатор эдо, можно посмотреть еще раз?',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  // my progress
  [
    'у меня три садика, можно отмечать шаги отдельно по каждому саду и чтобы напоминания тоже были свои?',
    '/tools/progress/#organizacii',
  ],
  [
    'хочу продолжить настройку дома на другом ноутбуке, как перенести свои галочки с рабочего компа',
    '/tools/progress/#perenos',
  ],
  ['сбросить все галочки', '/tools/progress/#perenos'],
  ['прогрес чеклист', '/tools/progress/'],
  ['сайт отправляет отметки cookie', '/tools/progress/#что-сайт-отправляет'],
  [
    'хочу распечатать только свой план из «с чего начать», а не всю инструкцию, где кнопка',
    '/tools/progress/#moy-plan',
  ],
  ['панель ваш план пропала со страниц как вернуть', '/tools/progress/#moy-plan'],
  // reminder
  ['токен срок действия продлить', '/tools/reminder/#когда-срок-подходит-к-концу'],
  ['календарь outlook ics', '/tools/reminder/#когда-срок-подходит-к-концу'],
  [
    'пишет похоже на пароль — всё равно сохранить, а я просто подпись садика ввела',
    '/tools/reminder/#добавить-напоминание',
  ],
  [
    'сайт просит не вводить токен в напоминание, а что туда писать — только дату или название садика тоже можно?',
    '/tools/reminder/#добавить-напоминание',
  ],
  ['уже продлил указать новую дату', '/tools/reminder/'],
  ['удалить напоминание', '/tools/reminder/#vashi-napominaniya'],
  ['напомнинание истекает идентификатор', '/tools/reminder/'],
  // changes and printing
  ['что изменилось на сайте', '/reference/changes/'],
  ['лента atom обновления инструкций', '/reference/changes/'],
  ['шаг изменился после вашей отметки', '/reference/changes/'],
  ['распечатать всю инструкцию', '/print/'],
  ['сохранить как pdf', '/print/'],
  ['hfcgtxfnfnm', '/print/'],
];

export const TUNING_18b = byPosition(CORPUS_18b, 0);
export const HELD_OUT_18b = byPosition(CORPUS_18b, 1);
