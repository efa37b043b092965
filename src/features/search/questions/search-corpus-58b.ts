/**
 * Corpus 58b: reader questions for the site's search, written on 2026-12-07 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: Руслан, 31, инженер отдела ИТ областной больницы, подключает к ЕИС ещё четыре подведомственные больницы; пишет технично и сжато, мешает русский и английский, вставляет куски логов и сообщений с опечатками, иногда набирает в английской раскладке.
 * Written to be learned (a tuning set), as decided before it arrived: measured once on arrival,
 * then learned whole (training.ts). Kept in the order written.
 */
import type { Query } from './search-queries';

export const CORPUS_58b: readonly Query[] = [
  ['креды для интеграции с ЕИС где генерятся', '/connect/https-credentials/#шаги'],
  [
    'кто может выдать логин/пасс для альтернативной интеграции по https, нужен админ ЛК или руководитель?',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'что нужно заранее чтобы получить креды, какие доступы',
    '/connect/https-credentials/#что-понадобится',
  ],
  [
    'какие документы вообще уходят по https интеграции — план-график, контракты, исполнение?',
    '/connect/https-credentials/#что-получится',
  ],
  [
    'Продолжить / Отменить / Сохранить в окне рег. данных — что жать чтобы пароль не слетел',
    '/connect/https-credentials/#шаги',
  ],
  [
    'коллега в ЛК ЕИС ткнул ссылку "Данные пользователя для альтернативной интеграции" и у нас в вебторгах всё отвалилось',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    '4 больницы, 2 админа, все жмут ссылку HTTPS — как не сбивать друг другу пароль',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    '[ERROR] 2026-12-03 10:14:22 export plan-grafik -> EIS: логин или пароль некоректны',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    '401 при отправке в ЕИС, вчера работало',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'пробел в конце пароля при копипасте из окна ЕИС',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'нажал Сохранить в карточке рег данных пользователя и пароль опять сменился',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'закрыл окно с логином паролем не скопировав',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'забыл нажать Продолжить после генерации пароля, пароль не принимается',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  [
    'Настройки -> Регистрационные данные в ЕИС, вкладка ЕИС — куда вбивать логин',
    '/connect/web-torgi-ks/#шаги',
  ],
  [
    'обязательные поля в окне рег. данных WEB-Торги-КС какие заполнять, в инструкции не перечислены',
    '/connect/web-torgi-ks/#шаги',
  ],
  [
    'как проверить что связь web-торги-кс с ЕИС установлена после ввода кредов',
    '/connect/web-torgi-ks/#что-получится',
  ],
  ['gfhjkm dt,njhub', '/connect/web-torgi-ks/'],
  [
    'не могу зайти в web-торги-кс вообще, куда обращаться',
    '/connect/web-torgi-ks/#что-понадобится',
  ],
  [
    'ошибка о несоотвествии регистрационых данных пользователя в ЕИС при отправке',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'после перерегистрации вбил новые логин пасс, а несоответствие рег данных всё равно вылетает',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'инструкция по перерегистрации 2018 года, срок до конца 2016 — это ещё актуально?',
    '/connect/re-registration/',
  ],
  ['gththtubcnhfwbz jhufybpfwbb yjdsq kjuby', '/connect/re-registration/'],
  [
    'перерегистрация: кто делает часть в ЛК ЕИС, а кто в системе',
    '/connect/re-registration/#кто-может-это-сделать',
  ],
  [
    'юзер не зарегистрирован в ЕИС как пользователь организации, можно от него слать?',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  [
    '"Обнаружено несовпадение данных сертифката с данными зарег..." у главврача при логине',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'новый сертификат ЭП руководителя зарегистрировать в ЛК 44-ФЗ',
    '/support/knowledge-base/#часто-задаваемые-вопросы-faq',
  ],
  [
    'где брать токен для сервисов отдачи, в вебторгах его не выдают',
    '/reference/troubleshooting/#err-token-where',
  ],
  ['срок токена какой ставить, max?', '/services/token/#шаги'],
  ['токен протух', '/reference/troubleshooting/#err-token-expired'],
  ['как продлить токен сервисов отдачи не перевыпуская', '/services/token/#что-дальше'],
  ['флаг Разрешить использование сервисов отдачи', '/services/token/#шаги'],
  [
    'нет пункта "Настройка выдачи идентификатора для использования сервисов отдачи" в администрировании, под каким юзером заходить',
    '/services/token/#кто-может-это-сделать',
  ],
  [
    'блок Токен для использования сервисов отдачи в вебторгах — путь к режиму в меню?',
    '/services/token/#шаги',
  ],
  ['токен получать на каждую больницу отдельно? у нас 4 заказчика', '/services/token/'],
  [
    'токен или РИС — как понять что нужно нашему региону',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'режим Настройка взаимодействия с сервисами ЕИС за что отвечает',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'версия ЕИС 13.1 настройка не обрабатывается системой — это до сих пор так?',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'заполнил токен в настройке сервисов, ничего не изменилось, доки как не уходили так и не уходят',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  [
    'Блок полей Права доступа к РИС отображается только в случае включения информации о регистрации',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  [
    'пункт Перечень региональных информационных систем не появился после выдачи прав',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  ['код РИС субъекта где взять', '/reference/troubleshooting/#err-ris-not-found'],
  [
    'Работа с информационными системами — какие галки ставить в правах доступа',
    '/services/ris-rights/#шаги',
  ],
  ['дата предоставления доступа для РИС какую указывать', '/services/ris-rights/#шаги'],
  ['ghfdf ljcnegf r hbc', '/services/ris-rights/'],
  [
    'у одной больницы ещё роль Уполномоченное учреждение, РИС не заводится',
    '/reference/troubleshooting/#err-extra-roles',
  ],
  [
    'права на РИС: шаги 1-5 под кем, после перелогина под кем',
    '/services/ris-rights/#кто-может-это-сделать',
  ],
  [
    'что должно получиться после настройки прав РИС, как проверить',
    '/services/ris-rights/#что-получится',
  ],
  [
    'keysystems руководство администратора 1.5.3.3',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  ['идентификатор участника ЭДО получить', '/activation/edo-identifier/#шаги'],
  [
    'где в web-торги вбивать идентификатор ЭДО для импорта',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  ['идентефикатор эдо истек срок', '/reference/troubleshooting/#err-edo-expired'],
  [
    'не сохранил идентификатор ЭДО, можно глянуть уже выданный?',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  [
    'выдача идентификатора ЭДО не сбросит пароль интеграции? там тоже кнопка Сохранить',
    '/activation/edo-identifier/#шаги',
  ],
  ['импорт документов приемки из ЕИС', '/activation/edo-identifier/'],
  [
    'кто может выдать идентификатор участника электронного документооборота, нужен руководитель?',
    '/activation/edo-identifier/#кто-может-это-сделать',
  ],
  ['напоминание о сроке идентификатора ЭДО', '/activation/edo-identifier/#напоминание-о-сроке'],
  ['ГоИС это что за система', '/reference/glossary/#gois'],
  ['РИС расшифровка', '/reference/glossary/#ris'],
  [
    'Администратор организации и "Лицо, уполномоченное руководителем на определение лиц..." — это одно полномочие или два',
    '/reference/glossary/#org-administrator',
  ],
  ['электронное активирование определение', '/reference/glossary/#electronic-activation'],
  [
    'Web-Торги КС, ПК Web-Торги КС, WEB-Торги-КС — одно и то же?',
    '/reference/glossary/#web-torgi-ks',
  ],
  ['телефон ТП ЕИС круглосуточный', '/support/knowledge-base/#телефоны-поддержки'],
  [
    'где взять xml запрос/ответ обмена для обращения в ТП',
    '/reference/troubleshooting/#err-integration-request-files',
  ],
  ['флаг Интеграция в обращении', '/support/create-request/#обращение-по-вопросам-интеграции'],
  [
    'тип обращения Консультация или Ошибка что выбрать',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  [
    'Если в обращении с видом Консультация содержится информация об ошибке то такое обращение будет закрыто автоматически',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'при создании обращения ЕИС просит поставить какой-то плагин',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'не пускает в ЛК, как завести обращение без авторизации',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  ['закупка малого объема поле Да в обращении с 01.07.2026', '/support/create-request/#шаги'],
  [
    'можно ли в одно обращение запихнуть все 4 больницы / несколько проблем',
    '/support/create-request/#четыре-правила-обращения',
  ],
  ['создать обращение в тп еис', '/support/create-request/'],
  ['cnfnecs j,hfotybq', '/support/request-statuses/#что-означают-статусы'],
  [
    'обращение закрылось пока я был в отпуске, не ответил на запрос информации',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'Решено -> Закрыто через сколько дней автоматом',
    '/support/request-statuses/#когда-обращение-закрывается',
  ],
  ['плановый срок решения где смотреть', '/support/request-statuses/#плановый-срок-решения'],
  [
    'завести повторное обращение чтобы пнуть по срокам — норм?',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  [
    'Мои обращения видны обращения всей организации или только мои',
    '/support/request-statuses/#где-смотреть-свои-обращения',
  ],
  [
    'черновики обращений вкладка, поиск по номеру обращения',
    '/support/request-statuses/#страница-техническая-поддержка',
  ],
  [
    'консультацию переоткрывал 3 раза и её закрыли',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],
  ['закрытое обращение переоткрыть можно?', '/reference/troubleshooting/#err-request-closed'],
  [
    'таймауты при отправке в ЕИС с утра, у них лежит что-то? в новостях "Информация о недоступности отдельных функций"',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'обращение закрыли т.к. проблема была в новостях, а у нас так и не починилось',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  ['база знаний еис без входа в ЛК доступна?', '/support/knowledge-base/#база-знаний-еис'],
  ['телеграм канал ЕИС / макс', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  ['напоминалка об истечении токена для 4 больниц', '/tools/reminder/#добавить-напоминание'],
  ['ЕИС сама уведомляет что токен скоро протухнет?', '/tools/reminder/'],
  ['выгрузить срок в календарь .ics', '/tools/reminder/#когда-срок-подходит-к-концу'],
  ['вести чек-листы отдельно по каждой больнице', '/tools/progress/#organizacii'],
  [
    'чищу кэш браузера — отметки прогресса пропадут? как перенести на другой комп',
    '/tools/progress/#perenos',
  ],
  ['сайт логирует поисковые запросы? что уходит на сервер', '/tools/progress/#что-сайт-отправляет'],
  ['план настройки интеграции с нуля, с чего начинать', '/tools/start/'],
  ['скинуть план коллеге ссылкой', '/tools/start/#где-хранится-план'],
  ['распечатать всю инструкцию в pdf', '/print/'],
  ['что изменилось в инструкциях, atom лента', '/reference/changes/'],
  ['изменения по странице токена', '/reference/changes/#page-services-token'],
  ['на схемах вместо названий "…" — почему не скрины', '/#для-кого-этот-сайт'],
  ['документ не уходит в ЕИС, не понимаю почему', '/reference/troubleshooting/#diagnostic'],
  [
    'ничего не помогло, куда писать по самим вебторгам',
    '/reference/troubleshooting/#if-nothing-helped',
  ],
  [
    'точный текст ошибки ЕИС не совпадает с заголовками на сайте',
    '/reference/troubleshooting/#about-messages',
  ],
  [
    'руководства пользователя и видеоролики ЕИС где',
    '/support/knowledge-base/#как-найти-нужный-материал',
  ],
];

/** Learned whole (training.ts). */
export const TUNING_58b = CORPUS_58b;
