/**
 * Corpus 11b: reader questions for the site's search, written on 2026-12-06 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora. Persona: an IT outsourcer
 * wiring ЕИС integration for ~30 schools and clinics of one district — terse, jargon, pasted log/error fragments.
 * Kept in the order written; split once, mechanically, by position (corpus-split.ts): even
 * positions tune, odd positions are held out. Never reorder.
 */
import { byPosition } from './corpus-split';
import type { Query } from './search-queries';

export const CORPUS_11b: readonly Query[] = [
  // выбор пути: токен или РИС
  [
    'токен или РИС — как понять что ставить на весь район',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'SOAP вебсервисы ЕИС для получения данных: нам через токен или через права РИС?',
    '/services/overview/',
  ],
  [
    'что вообще делает режим «Настройка взаимодействия с сервисами ЕИС» в вебторгах',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'руководство админа системы п. 1.5.3.3 где лежит',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'вбил токен в настройку взаимодействия с сервисами — ноль эффекта',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  [
    'в настройке сервисов нет блока права доступа к РИС, только токен',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],

  // токен для сервисов отдачи
  ['где в ЛК заказчика генерится токен для сервисов отдачи', '/services/token/'],
  [
    'кто в школе должен выпускать токен — директор или админ ЛК',
    '/services/token/#кто-может-это-сделать',
  ],
  ['токен протух, апишка отдачи не отвечает', '/reference/troubleshooting/#err-token-expired'],
  ['на какой срок ставить токен, можно максимум?', '/services/token/'],
  ['403 на сервисы отдачи — флажок «разрешить использование» где ставится', '/services/token/'],
  [
    'не знаю откуда брать токен, в вебторгах его не выдают',
    '/reference/troubleshooting/#err-token-where',
  ],
  ['продлить токен заранее, до истечения, — как', '/tools/reminder/#когда-срок-подходит-к-концу'],
  ['сохранил форму доступа к сервисам отдачи, а сам идентификатор не вижу', '/services/token/'],
  ['ЕИС сама предупреждает что срок токена кончается?', '/tools/reminder/'],

  // права доступа к РИС
  ['права доступа к РИС по шагам в ЛК заказчика', '/services/ris-rights/'],
  [
    'не появился пункт «Перечень регональных информационных систем» в администрировании',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  [
    'код РИС субъекта откуда узнать, в перечне нашу не нахожу',
    '/reference/troubleshooting/#err-ris-not-found',
  ],
  ['дата предоставления доступа для РИС какую ставить', '/services/ris-rights/'],
  [
    'у ЦБС ещё роль уполномоченного учреждения, РИС не заводится',
    '/reference/troubleshooting/#err-extra-roles',
  ],
  [
    'кто в организации прожимает права РИС, под какой ролью логиниться',
    '/services/ris-rights/#кто-может-это-сделать',
  ],
  ['что заказчику приготовить перед настройкой РИС', '/services/ris-rights/#что-понадобится'],
  [
    'зачем перелогиниваться после выдачи прав на работу с информационными системами',
    '/services/ris-rights/',
  ],

  // логин и пароль для интеграции по HTTPS
  ['креды для интеграции по https где генерить в ЛК', '/connect/https-credentials/'],
  [
    'интеграционный юзер: кто в учреждении может получить ему логин и пароль',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'пароль альтернативной интеграции постоянный или ротируется',
    '/connect/https-credentials/#что-получится',
  ],
  [
    'ткнули ссылку про HTTPS второй раз — в вебторгах пароль отвалился',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'нажал Сохранить в регданных пользователя, пароль опять другой',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'закрыл окошко с логином/паролем не записав',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'забыл нажать Продолжить в окне с паролем',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  [
    'юзер не заведён в ЕИС как пользователь организации — вебторги смогут слать?',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  [
    'какие доки уходят по https интеграции: планы-графики, контракты, исполнение?',
    '/connect/https-credentials/',
  ],
  [
    'что подготовить заказчику чтобы получить учётку для интеграции',
    '/connect/https-credentials/#что-понадобится',
  ],

  // ввод логина и пароля в Web-Торги-КС
  ['куда в вебторгах вбить логин пароль ЕИС', '/connect/web-torgi-ks/'],
  ['галка «Сменить пароль» в регданных вебторгов — где', '/connect/web-torgi-ks/'],
  [
    'могу сам под своей учеткой вбить креды за всех 30 пользователей в вебторгах?',
    '/connect/web-torgi-ks/#кто-может-это-сделать',
  ],
  ['не пускает в Web-Торги-КС, к кому идти', '/connect/web-torgi-ks/#что-понадобится'],
  [
    'ЕИС отвечает 401 при отправке плана-графика из вебторгов',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'ЕИС опять выдала новый пароль — повторять ввод в вебторгах?',
    '/connect/web-torgi-ks/#что-дальше',
  ],

  // перерегистрация
  [
    'перерегистрировали учреждение (новый ИНН/КПП), документы в ЕИС не уходят',
    '/connect/re-registration/',
  ],
  [
    'несоответствие регистрационых данных пользователя в ЕИС',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'после перерегистрации вбил новые креды, а ошибка несоответствия регданных осталась',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'после реорганизации кто смотрит новый логин в ЛК 44-ФЗ',
    '/connect/re-registration/#кто-может-это-сделать',
  ],
  [
    'ЕИС сама генерит новые логины после перерегистрации или надо запрашивать',
    '/connect/re-registration/',
  ],
  [
    'перерегистрация + отправка документов: почему в плане одна инструкция, без отдельных https-кредов и ввода',
    '/tools/start/',
  ],
  [
    'что иметь под рукой для смены кредов после перерегистрации',
    '/connect/re-registration/#что-понадобится',
  ],

  // идентификатор участника ЭДО
  [
    'идентификатор участника ЭДО для электронного активирования где получить',
    '/activation/edo-identifier/',
  ],
  [
    'куда вбивать идентификатор ЭДО в вебторгах для импорта актов приёмки',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  [
    'кто может выдать идентификатор ЭДО — контрактный управляющий подойдёт?',
    '/activation/edo-identifier/#кто-может-это-сделать',
  ],
  [
    'идентификатор ЭДО истёк, документы о приемке не грузятся',
    '/reference/troubleshooting/#err-edo-expired',
  ],
  [
    'не сохранил идентификатор ЭДО, можно глянуть ещё раз?',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  ['сколько живёт идентификатор ЭДО', '/activation/edo-identifier/'],

  // обращения в поддержку
  [
    'как завести тикет в ТП ЕИС по интеграции чтобы не закрыли',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  [
    'какие xml прикладывать к обращению про интеграцию',
    '/reference/troubleshooting/#err-integration-request-files',
  ],
  [
    'консультация или ошибка — какой тип обращения ставить',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  [
    'можно одним обращением по всем 30 школам?',
    '/support/create-request/#четыре-правила-обращения',
  ],
  [
    'ЕИС просит поставить плагин при создании обращения',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'ЛК не пускает, как подать обращение без входа',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  ['отметка про закупку малого объёма в обращении с 01.07', '/support/create-request/'],
  ['где в ЛК меню Техническая поддержка → создать обращение', '/support/create-request/#шаги'],
  [
    'обращение консультация закрыли автоматом, а я писал про ошибку',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],

  // статусы обращений
  [
    'статус «Запрос информации» — сколько дней на ответ',
    '/support/request-statuses/#что-означают-статусы',
  ],
  [
    'тикет висел в Решено и закрылся сам',
    '/reference/troubleshooting/#err-request-resolved-closed',
  ],
  [
    'не успел ответить на запрос инфы, обращение закрыли без переоткрытия',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'когда ответят на тикет, плановый срок где смотреть',
    '/support/request-statuses/#плановый-срок-решения',
  ],
  [
    'написать ещё одно обращение чтобы поторопить?',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  [
    'переключатель Пользователь/Организация в моих обращениях',
    '/support/request-statuses/#страница-техническая-поддержка',
  ],
  [
    'по каким причинам обращение закрывается само',
    '/support/request-statuses/#когда-обращение-закрывается',
  ],
  ['обращение закрыто, что теперь', '/reference/troubleshooting/#err-request-closed'],

  // телефоны, база знаний, сбои ЕИС
  ['телефон техподдержки ЕИС круглосуточный', '/support/knowledge-base/#телефоны-поддержки'],
  ['8 800 ЕИС горячая линия номер', '/support/knowledge-base/#телефоны-поддержки'],
  ['телега канал ЕИС закупки где', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  [
    'FAQ ЕИС по электронному активированию раздел',
    '/support/knowledge-base/#часто-задаваемые-вопросы-faq',
  ],
  [
    'где смотреть что ЕИС прилегла, прежде чем звонить',
    '/support/knowledge-base/#новости-и-уведомления',
  ],
  [
    'Информация о недоступности отдельных функций ЕИС в сфере зак',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  ['таймаут при отправке в ЕИС у всех школ разом', '/reference/troubleshooting/#eis-outages'],
  [
    'Обнаружено несовпадение данных сертифика при входе директора',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],

  // словарь ошибок и глоссарий
  [
    'пошаговая диагностика ошибок интеграции, вопросы да/нет',
    '/reference/troubleshooting/#diagnostic',
  ],
  ['ГоИС расшифровка, это вебторги?', '/reference/glossary/#gois'],
  [
    'админ организации vs лицо уполномоченное руководителем — в чём разница полномочий',
    '/reference/glossary/#org-administrator',
  ],
  ['сервисы отдачи это что вообще', '/reference/glossary/#output-services'],
  ['электронное активирование — что за термин', '/reference/glossary/#electronic-activation'],

  // инструменты сайта: прогресс, напоминания, план, печать
  ['30 учреждений — вести чеклисты отдельно по каждой организации', '/tools/progress/#organizacii'],
  ['распечатать план сразу для всех организаций', '/tools/progress/#moy-plan'],
  ['перенести отметки на другой комп, экспорт прогресса в файл', '/tools/progress/#perenos'],
  [
    'что сайт отсылает на свой сервер — безопасник спрашивает',
    '/tools/progress/#что-сайт-отправляет',
  ],
  [
    'напоминалка о сроке токена для каждой школы с подписью',
    '/tools/reminder/#добавить-напоминание',
  ],
  ['ics файл в аутлук с напоминанием за 30 дней', '/tools/reminder/#когда-срок-подходит-к-концу'],
  ['мастер подбора инструкций для школы', '/tools/start/'],
  ['план скинуть коллеге ссылкой', '/tools/start/'],
  ['не знаю зарег ли вебторги как РИС — что ответить в опроснике', '/tools/start/#вопросы'],
  ['весь мануал одним pdf раздать завхозам', '/print/'],
  ['распечатать чеклисты с пустыми квадратиками', '/print/'],
  ['все инструкции одним файлом офлайн, Ctrl+P', '/print/'],
  ['что поменяли в инструкциях на этой неделе, чейнджлог', '/reference/changes/'],
  ['rss/atom лента обновлений инструкций', '/reference/changes/'],
  ['изменения по странице про токен', '/reference/changes/#page-services-token'],
  ['сайт для кого — для заказчиков или для админов системы', '/#для-кого-этот-сайт'],
  ['список основных инструкций по интеграции', '/#основные-инструкции'],
  ['разделы сайта, что где лежит', '/#как-устроен-сайт'],
];

export const TUNING_11b = byPosition(CORPUS_11b, 0);
export const HELD_OUT_11b = byPosition(CORPUS_11b, 1);
