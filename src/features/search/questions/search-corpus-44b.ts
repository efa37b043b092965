/**
 * Corpus 44b: reader questions for the site's search, written on 2026-12-06 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: Artyom, sysadmin of a district education department serving 25 schools and kindergartens; terse, technical, slang, pasted error fragments, Latin and wrong-keyboard-layout typing.
 * Held out whole, as decided before it arrived: never learned, never tuned on. Kept in the order
 * written.
 */
import type { Query } from './search-queries';

export const CORPUS_44b: readonly Query[] = [
  ['сайт для кого', '/#для-кого-этот-сайт'],
  ['на картинках многоточия вместо пунктов меню, это скрины или нет?', '/#для-кого-этот-сайт'],
  ['разделы сайта', '/#как-устроен-сайт'],
  ['креды для интеграции по https', '/connect/https-credentials/'],
  ['где в ЛК еис взять логин и пароль для вебторгов', '/connect/https-credentials/'],
  ['Данные пользователя для альтернативной интеграции', '/connect/https-credentials/'],
  ['kjuby gfhjkm tbc', '/connect/https-credentials/'],
  [
    'кто в школе получает креды в лк, директор или админ?',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'что вебторги шлют в еис по https кроме плана-графика',
    '/connect/https-credentials/#что-получится',
  ],
  ['когда жать Продолжить а когда Отменить', '/connect/https-credentials/#шаги'],
  ['логин еис в вебторги', '/connect/web-torgi-ks/'],
  ['Настройки > Регистрационные данные в ЕИС', '/connect/web-torgi-ks/'],
  ['галка сменить пароль', '/connect/web-torgi-ks/'],
  ['вкладка ЕИС обязательные поля что туда писать', '/connect/web-torgi-ks/'],
  ['не пускает в веб-торги-кс, к кому идти', '/connect/web-torgi-ks/#что-понадобится'],
  ['перерегистрация организации новые креды', '/connect/re-registration/'],
  ['садик перерегистрировали в еис, что менять в вебторгах', '/connect/re-registration/'],
  ['перерегистрация до конца 2016 еще актуально?', '/connect/re-registration/'],
  [
    'кто вбивает новый логин после перерегистрации',
    '/connect/re-registration/#кто-может-это-сделать',
  ],
  ['апи-ключ для сервисов отдачи', '/services/token/'],
  ['где взять njrty', '/services/token/'],
  ['Разрешить использование сервисов отдачи', '/services/token/'],
  ['срок токена какой ставить', '/services/token/'],
  ['кто выдает токен, нужен админ организации?', '/services/token/#кто-может-это-сделать'],
  [
    'не вижу пункт Настройка выдачи идентификатора для использования сервисов отдачи',
    '/services/token/',
  ],
  ['токен или рис', '/services/overview/#как-понять-какой-путь-ваш'],
  [
    'как понять зареганы ли вебторги как рис в нашем регионе',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'режим настройка взаимодействия с сервисами еис зачем он',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  ['п. 1.5.3.3 руководство админа keysystems', '/services/overview/#как-понять-какой-путь-ваш'],
  ['права на рис в лк заказчика', '/services/ris-rights/'],
  ['галка Информация об участниках закупки по электронным процедурам', '/services/ris-rights/'],
  ['дата доступа 01.01.2022', '/services/ris-rights/'],
  ['работа с информационными системами какие опции отмечать', '/services/ris-rights/'],
  ['код рис субъекта', '/services/ris-rights/#что-понадобится'],
  [
    'под кем логиниться чтобы дать права рис, роль заказчик',
    '/services/ris-rights/#кто-может-это-сделать',
  ],
  ['идентификатор эдо где взять', '/activation/edo-identifier/'],
  ['электронное активирование настроить', '/activation/edo-identifier/'],
  [
    'эдо идентификатор может выдать только руководитель?',
    '/activation/edo-identifier/#кто-может-это-сделать',
  ],
  [
    'куда вставлять идентификатор эдо в вебторгах',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  ['импорт документов приемки', '/activation/edo-identifier/'],
  ['как написать в техподдержку еис', '/support/create-request/'],
  ['флаг интеграция', '/support/create-request/#обращение-по-вопросам-интеграции'],
  ['консультация или ошибка', '/support/create-request/#вид-обращения-консультация-или-ошибка'],
  ['j,hfotybt без входа в лк', '/support/create-request/#обращение-без-входа-в-лк'],
  ['малая закупка поле Да', '/support/create-request/#шаги'],
  ['можно в одном тикете три проблемы?', '/support/create-request/#четыре-правила-обращения'],
  ['телефон поддержки еис', '/support/knowledge-base/#телефоны-поддержки'],
  ['база знаний еис', '/support/knowledge-base/#база-знаний-еис'],
  ['faq еис категории', '/support/knowledge-base/#часто-задаваемые-вопросы-faq'],
  ['еис телеграм канал', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  [
    'где смотреть новости о сбоях еис перед тикетом',
    '/support/knowledge-base/#новости-и-уведомления',
  ],
  ['статус запрос информации', '/support/request-statuses/#что-означают-статусы'],
  ['мои обращения где', '/support/request-statuses/#где-смотреть-свои-обращения'],
  ['плановый срок решения', '/support/request-statuses/#плановый-срок-решения'],
  [
    'как видеть тикеты всей организации а не только свои',
    '/support/request-statuses/#страница-техническая-поддержка',
  ],
  ['что такое рис', '/reference/glossary/#ris'],
  ['ГоИС расшифровка', '/reference/glossary/#gois'],
  ['сервисы отдачи что это', '/reference/glossary/#output-services'],
  [
    'администратор организации и Лицо уполномоченное руководителем на определение лиц — одно и то же?',
    '/reference/glossary/#org-administrator',
  ],
  ['СТП', '/reference/glossary/#stp'],
  ['специализированная ЭТП что это', '/reference/glossary/#specialized-etp'],
  ['логин или пароль некоректны', '/reference/troubleshooting/#err-login-password-incorrect'],
  [
    'ошибка о несоответсвии регистрационных данных пользователя в ЕИС',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'Обнаружено несовпадение данных сертификата с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'коллега ещё раз тыкнул ссылку https и у школы отвалилась отправка',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'нажал сохранить в регданных, пароль опять сменился',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'закрыл окно с паролем не успел скопировать',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  ['забыл нажать продолжить', '/reference/troubleshooting/#err-continue-not-pressed'],
  [
    'недоступность отдельных функций еис',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  ['нет блока права доступа к рис', '/reference/troubleshooting/#err-ris-block-missing'],
  [
    'не появился перечень региональных информационных систем',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  ['njrty bcntr', '/reference/troubleshooting/#err-token-expired'],
  ['идентификатор эдо не сохранил', '/reference/troubleshooting/#err-edo-not-saved'],
  [
    'вбил токен в настройку взаимодействия а толку ноль',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  ['консультацию закрыли автоматом', '/reference/troubleshooting/#err-request-consultation-closed'],
  [
    'не ответил на запрос информации, тикет закрыли',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  ['еис просит установить плагин', '/reference/troubleshooting/#err-plugin-not-installed'],
  [
    'юзер не зареган в еис, можно слать из вебторгов?',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  ['не нахожу рис нашего субъекта в перечне', '/reference/troubleshooting/#err-ris-not-found'],
  [
    'у садика роль уполномоченное учреждение, с рис не работает',
    '/reference/troubleshooting/#err-extra-roles',
  ],
  ['документ не уходит в еис что проверить', '/reference/troubleshooting/#diagnostic'],
  ['срок эдо идентификатора вышел', '/reference/troubleshooting/#err-edo-expired'],
  [
    'какие xml прикладывать к тикету по интеграхе',
    '/reference/troubleshooting/#err-integration-request-files',
  ],
  ['распечатать всю инструкцию', '/print/'],
  ['yfgtxfnfnm', '/print/'],
  ['pdf со всеми шагами', '/print/'],
  ['что поменяли на сайте', '/reference/changes/'],
  ['atom лента обновлений', '/reference/changes/'],
  ['что обновили в инструкции по токену', '/reference/changes/#page-services-token'],
  ['25 школ, отметки по каждой отдельно', '/tools/progress/#organizacii'],
  ['прогресс на другой комп', '/tools/progress/#perenos'],
  ['сайт шлет куда-то мои запросы?', '/tools/progress/#что-сайт-отправляет'],
  ['ghjuhtcc', '/tools/progress/'],
  ['напоминалка когда токен кончается', '/tools/reminder/'],
  ['ics в календарь срок', '/tools/reminder/#когда-срок-подходит-к-концу'],
  ['yfgjvbyfybt', '/tools/reminder/'],
  ['за сколько дней напомнит об окончании срока', '/tools/reminder/'],
  ['с чего начать интеграху', '/tools/start/'],
  ['план скинуть коллеге', '/tools/start/'],
  ['не знаю что настраивать для школы', '/tools/start/#вопросы'],
];

export const HELD_OUT_44b = CORPUS_44b;
