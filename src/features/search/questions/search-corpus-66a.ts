/**
 * Corpus 66a: reader questions for the site's search, written on 2026-12-07 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: Тамара Ивановна, 58, специалист по закупкам районной больницы, работает строго по бумажной памятке, ищет точные названия кнопок, пунктов меню и флагов, часто вставляет название поля целиком в ёлочках и с двоеточием.
 * Written to be learned (a tuning set), as decided before it arrived: measured once on arrival,
 * then learned whole (training.ts). Kept in the order written.
 */
import type { Query } from './search-queries';

export const CORPUS_66a: readonly Query[] = [
  ['где кнопка «Продолжить»', '/connect/https-credentials/#шаги'],
  [
    'Данные пользователя для альтернативной интеграции (по протоколу HTTPS)',
    '/connect/https-credentials/#шаги',
  ],
  [
    'как получить логин и пароль ЕИС для отправки документов из веб торгов',
    '/connect/https-credentials/',
  ],
  [
    'у меня в ЛК права «Руководитель», могу я сама получить логин для интеграции?',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'в строке пользователя кнопка меню как выглядит, не нашла значок',
    '/connect/https-credentials/#шаги',
  ],
  [
    'в памятке написано закрыть окно «Регистрационные данные», какой кнопкой — «Отменить» или «Сохранить»?',
    '/connect/https-credentials/#шаги',
  ],
  [
    'зачем нужен текстовый редактор когда получаешь пароль',
    '/connect/https-credentials/#что-понадобится',
  ],
  ['что значит флаг «Сменить пароль:»', '/connect/web-torgi-ks/#шаги'],
  ['пункт «Регистрационные данные в ЕИС» где', '/connect/web-torgi-ks/#шаги'],
  ['список «Настройки» в Web-Торги-КС что там выбирать', '/connect/web-torgi-ks/#шаги'],
  ['вкладка «ЕИС» в окне регистрационных данных', '/connect/web-torgi-ks/#шаги'],
  ['пароль вводить два раза? второе поле как называется', '/connect/web-torgi-ks/#шаги'],
  ['не пускает в Web-Торги-КС, к кому идти', '/connect/web-torgi-ks/#что-понадобится'],
  ['cvtybnm gfhjkm', '/connect/web-torgi-ks/#шаги'],
  ['ввести логин и пароль ЕИС в вебторги', '/connect/web-torgi-ks/'],
  ['перерегестрация организации новый логин', '/connect/re-registration/'],
  [
    'после перерегистрации кто может посмотреть новый логин в личном кабинете',
    '/connect/re-registration/#кто-может-это-сделать',
  ],
  [
    'ссылка «Выдача идентификатора участника электронного документооборота»',
    '/activation/edo-identifier/#шаги',
  ],
  ['поле «Срок действия:» какую дату писать', '/activation/edo-identifier/#шаги'],
  [
    'поле «Идентификатор:» скопировала, куда его теперь вводить',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  [
    'кнопка «Сохранить» в окне выдачи идентификатора не собьёт пароль?',
    '/activation/edo-identifier/#шаги',
  ],
  ['идентефикатор участника эдо', '/activation/edo-identifier/'],
  ['кто имеет право выдать идентификатор ЭДО', '/activation/edo-identifier/#кто-может-это-сделать'],
  ['электронная приёмка загрузка документов исполнения из ЕИС', '/activation/edo-identifier/'],
  [
    'токен или РИС как понять что нужно нашей больнице',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'режим «Настройка взаимодействия с сервисами ЕИС» зачем он',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'пункт «1.5.3.3 Настройка взаимодействия с сервисами ЕИС» руководства администратора',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  ['флаг «Разрешить использование сервисов отдачи»', '/services/token/#шаги'],
  [
    '«Настройка выдачи идентификатора для использования сервисов отдачи» в каком разделе',
    '/services/token/#шаги',
  ],
  ['срок действия токена какой ставить', '/services/token/#шаги'],
  ['блок «Токен для использования сервисов отдачи» что заполнять', '/services/token/#шаги'],
  ['под чьей учётной записью получают токен', '/services/token/#кто-может-это-сделать'],
  ['njrty', '/services/token/'],
  ['пункт «Права доступа пользователя»', '/services/ris-rights/#шаги'],
  ['«Работа с информационными системами» какие опции отмечать', '/services/ris-rights/#шаги'],
  ['кнопка «Редактирование прав доступа» где она', '/services/ris-rights/#шаги'],
  [
    'флаг «Информация об участниках закупки по электронным процедурам»',
    '/services/ris-rights/#шаги',
  ],
  ['дата предоставления доступа 01.01.2022 или сегодняшнюю ставить', '/services/ris-rights/#шаги'],
  ['кнопка «Подписать»', '/services/ris-rights/#шаги'],
  ['код РИС нашего субъекта', '/services/ris-rights/#что-понадобится'],
  ['права доступа к рис кто настраивает', '/services/ris-rights/#кто-может-это-сделать'],
  ['где «Создать обращение»', '/support/create-request/#шаги'],
  ['кнопка «ПРИКРЕПИТЬ ФАЙЛЫ»', '/support/create-request/#шаги'],
  ['галочка «Интеграция» в обращении', '/support/create-request/#обращение-по-вопросам-интеграции'],
  [
    '«Консультация» или «Ошибка» какой вид обращения выбрать',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  ['закупка малого объёма в обращении поставить «Да» где', '/support/create-request/#шаги'],
  [
    'можно в одной заявке две проблемы описать',
    '/support/create-request/#четыре-правила-обращения',
  ],
  [
    'личный кабинет не открывается а надо написать в техподдержку',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  ['pfzdrf d nt[gjllth;re', '/support/create-request/'],
  ['телефон горячей линии ЕИС', '/support/knowledge-base/#телефоны-поддержки'],
  ['база знаний еис где находится', '/support/knowledge-base/#база-знаний-еис'],
  [
    '«Введите наименование или содержание раздела»',
    '/support/knowledge-base/#часто-задаваемые-вопросы-faq',
  ],
  ['канал ЕИС в Максе и телеграме', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  [
    'видеоролик про дополнительные соглашения к контракту где смотреть',
    '/support/knowledge-base/#как-найти-нужный-материал',
  ],
  ['статус «Запрос информации»', '/support/request-statuses/#что-означают-статусы'],
  ['«Обращение открыто заново» что значит', '/support/request-statuses/#что-означают-статусы'],
  ['«Плановый срок решения»', '/support/request-statuses/#плановый-срок-решения'],
  [
    'где посмотреть мои обращения в личном кабинете',
    '/support/request-statuses/#где-смотреть-свои-обращения',
  ],
  [
    'переключатель «Пользователь» | «Организация»',
    '/support/request-statuses/#страница-техническая-поддержка',
  ],
  [
    'столбец «Дата последнего события»',
    '/support/request-statuses/#страница-техническая-поддержка',
  ],
  [
    'ЕИС пишет что логин и пароль некорректны',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'ошибка о несоответствии регистрационных данных пользователя в ЕИС',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'Обнаружено несовпадение данных сертификата с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'коллега нажала ссылку про HTTPS и у меня пароль в веб-торгах перестал подходить',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'нажала «Сохранить» в «Регистрационные данные» и пароль не работает',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'закрыла окно с паролем не записав',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'не нажала «Продолжить», какой теперь пароль',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  ['пользователь не зарегестрирован в ЕИС', '/reference/troubleshooting/#err-user-not-registered'],
  [
    'Информация о недоступности отдельных функций ЕИС в сфере закупок',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  ['нет блока «Права доступа к РИС»', '/reference/troubleshooting/#err-ris-block-missing'],
  [
    'в «Администрирование» не появился «Перечень региональных информационных систем»',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  ['не могу найти РИС своего субъекта в перечне', '/reference/troubleshooting/#err-ris-not-found'],
  [
    'заполнили настройку взаимодействия с сервисами, а документы как не уходили так и не уходят',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  ['Где взять токен для сервиса отдачи ЕИС?', '/reference/troubleshooting/#err-token-where'],
  ['токен просрочен', '/reference/troubleshooting/#err-token-expired'],
  ['истёк срок идентификатора ЭДО', '/reference/troubleshooting/#err-edo-expired'],
  [
    'не сохранила идентификатор ЭДО, можно ли посмотреть его ещё раз',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  [
    'есть роль «Уполномоченное учреждение», с РИС всё равно не работает',
    '/reference/troubleshooting/#err-extra-roles',
  ],
  [
    'консультацию закрыли автоматически',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'обращение закрыли потому что проблема в новостях',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  [
    'не ответила на «Запрос информации», обращение закрыли',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'было «Решено» а через неделю стало «Закрыто»',
    '/reference/troubleshooting/#err-request-resolved-closed',
  ],
  [
    'консультацию переоткрывала три раза и её закрыли',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],
  ['ЕИС предлагает установить плагин', '/reference/troubleshooting/#err-plugin-not-installed'],
  [
    'какие xml файлы прикладывать к обращению про интеграцию',
    '/reference/troubleshooting/#err-integration-request-files',
  ],
  [
    'хочу узнать когда решат мое обращение, написать повторно?',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  [
    'обращение в статусе «Закрыто» а проблема не решена',
    '/reference/troubleshooting/#err-request-closed',
  ],
  ['документ не уходит в ЕИС, не знаю в чём ошибка', '/reference/troubleshooting/#diagnostic'],
  ['ГоИС что это', '/reference/glossary/#gois'],
  ['ЭТП расшифровка', '/reference/glossary/#etp'],
  ['сервисы отдачи это что такое', '/reference/glossary/#output-services'],
  [
    '«Администратор организации» и «Лицо, уполномоченное руководителем» это одно и то же?',
    '/reference/glossary/#org-administrator',
  ],
  ['с чего начать', '/tools/start/'],
  ['перенести отметки на другой компьютер', '/tools/progress/#perenos'],
  ['на мне ещё поликлиника, как вести вторую организацию отдельно', '/tools/progress/#organizacii'],
  ['кнопка «Добавить в календарь»', '/tools/reminder/#когда-срок-подходит-к-концу'],
  ['напоминание о сроке токена', '/tools/reminder/'],
  ['распечатать всю инструкцию на бумаге', '/print/'],
  ['что изменилось в инструкции', '/reference/changes/'],
  [
    'рисунки на сайте это не снимки экрана? у меня в ЕИС выглядит по-другому',
    '/#для-кого-этот-сайт',
  ],
];

/** Learned whole (training.ts). */
export const TUNING_66a = CORPUS_66a;
