/**
 * Corpus 29a: reader questions for the site's search, written on 2026-12-06 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: a district hospital's deputy chief physician for economics who delegates but wants to understand: «зачем», «что будет если не сделать», responsibility and deadlines, long formal sentences.
 * Written to the same brief as corpora 25 and 26 (a set share of wrong layouts, translit, pasted
 * messages and words the site does not use) to be learned; but learned on trial (round 15) they
 * moved only the held-out corpora written to the same brief (25 and 26: +5 first places of 400),
 * not the older held-out sets (−1 of 2386) nor the older tuning sets (−2), for 6 KB more search
 * data. So they are held out whole: measured on arrival with round 15's engine, never learned and
 * never tuned on. Kept in the order written.
 */
import type { Query } from './search-queries';

export const CORPUS_29a: readonly Query[] = [
  // короткие запросы
  ['пароль для интеграции еис', '/connect/https-credentials/'],
  ['что должно быть заполнено токен', '/services/token/#что-получится'],
  ['перерегистрация учереждения еис', '/connect/re-registration/'],
  ['срок идентификатора эдо', '/activation/edo-identifier/#напоминание-о-сроке'],
  ['телефон техподдержки закупок', '/support/knowledge-base/#телефоны-поддержки'],
  ['когда решат обращение', '/support/request-statuses/#плановый-срок-решения'],
  ['расшифровка сокрашений', '/reference/glossary/'],
  ['что такое рис', '/reference/glossary/#ris'],
  ['гоис это что', '/reference/glossary/#gois'],
  ['версия для печати pdf', '/print/'],
  ['какой вид обращения выбрать', '/support/create-request/#вид-обращения-консультация-или-ошибка'],
  ['xml файлы к обращению', '/reference/troubleshooting/#err-integration-request-files'],
  ['база знаний еис доступ', '/support/knowledge-base/#база-знаний-еис'],
  ['новости еис сбои', '/support/knowledge-base/#новости-и-уведомления'],
  ['уполномоченное учреждение роль', '/reference/glossary/#authorized-institution'],
  ['код рис субъекта', '/services/ris-rights/#что-понадобится'],
  ['документы приемки', '/reference/glossary/#acceptance-documents'],
  ['сервисы отдачи что это', '/reference/glossary/#output-services'],
  ['стп расшифровка', '/reference/glossary/#stp'],
  ['электронное активирование', '/reference/glossary/#electronic-activation'],
  ['faq еис поиск вопросов', '/support/knowledge-base/#часто-задаваемые-вопросы-faq'],
  ['сайт настройки интеграции еис', '/'],
  ['администратор организации полномочие', '/reference/glossary/#org-administrator'],
  ['куда в веб торгах вводить пароль', '/connect/web-torgi-ks/#шаги'],
  ['руководство пользователя еис видео', '/support/knowledge-base/#как-найти-нужный-материал'],

  // полные вопросы
  [
    'Прошу пояснить, для чего вообще учреждению получать в ЕИС логин и пароль для интеграции и что будет, если этого не сделать',
    '/connect/https-credentials/',
  ],
  [
    'Кто в больнице должен получать в личном кабинете ЕИС логин и пароль для Web-Торги: руководитель или контрактный управляющий, и на ком в таком случае ответственность',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'Что будет, если после перерегистрации учреждения не внести новые логин и пароль в Web-Торги, документы в ЕИС будут уходить или нет',
    '/connect/re-registration/',
  ],
  [
    'Какие последствия наступят в случае истечения срока действия токена и кто в учреждении должен своевременно обеспечить его обновление',
    '/reference/troubleshooting/#err-token-expired',
  ],
  [
    'На какой срок целесообразно оформлять токен в ЕИС, чтобы сотрудникам не приходилось повторно его получать',
    '/services/token/#шаги',
  ],
  [
    'Обязательно ли нам заполнять настройку взаимодействия с сервисами ЕИС в Web-Торгах, если, как мне доложили, она ни на что не влияет',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'Каким образом определить, нужен ли нашему учреждению токен или права доступа к региональной системе, и у кого это следует уточнить',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'Кто в учреждении уполномочен выдавать права доступа к РИС, требуется ли для этого какое-то особое полномочие',
    '/services/ris-rights/#кто-может-это-сделать',
  ],
  [
    'Каков итог настройки прав доступа к РИС, по какому признаку я пойму, что сотрудник всё выполнил надлежащим образом',
    '/services/ris-rights/#что-получится',
  ],
  [
    'Почему при настройке РИС сотруднику необходимо выходить из личного кабинета и входить повторно, это обязательное требование?',
    '/services/ris-rights/#шаги',
  ],
  [
    'У больницы помимо роли заказчика есть роль уполномоченного учреждения, права на РИС выдали, а работа в РИС так и не наладилась, в чём причина',
    '/reference/troubleshooting/#err-extra-roles',
  ],
  [
    'Для чего нужен идентификатор участника ЭДО и возникнут ли проблемы с электронной приёмкой, если его не оформлять',
    '/activation/edo-identifier/',
  ],
  [
    'Где именно в Web-Торги-КС вносится идентификатор ЭДО после того, как его получили в ЕИС',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  [
    'Кто из сотрудников вправе выдавать идентификатор ЭДО и выдаётся ли он на организацию в целом или на конкретного работника',
    '/activation/edo-identifier/#кто-может-это-сделать',
  ],
  [
    'Каков установленный порядок действий при возникновении проблемы с ЕИС: сначала самостоятельно искать ответ или сразу звонить в поддержку',
    '/support/knowledge-base/#порядок-действий-при-проблеме',
  ],
  [
    'Сколько рабочих дней отводится на ответ, если техподдержка запросила у нас дополнительные сведения, и что будет при пропуске этого срока',
    '/support/request-statuses/#что-означают-статусы',
  ],
  [
    'В каких случаях обращение в техподдержку закрывается без нашего участия, прошу перечислить исчерпывающе',
    '/support/request-statuses/#когда-обращение-закрывается',
  ],
  [
    'Допустимо ли в одном обращении изложить сразу несколько проблем, чтобы не плодить обращения',
    '/support/create-request/#четыре-правила-обращения',
  ],
  [
    'Что требуется приложить к обращению, если Web-Торги не передаёт документы в ЕИС, и кто должен подготовить эти файлы',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  [
    'Каким образом подать обращение в поддержку ЕИС, если сотрудник не может войти в личный кабинет',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  [
    'Где руководство может видеть все обращения учреждения в техподдержку, в том числе поданные другими сотрудниками',
    '/support/request-statuses/#где-смотреть-свои-обращения',
  ],
  [
    'Прошу разъяснить, зачем нажимать «Продолжить» в окне с паролем и какие будут последствия, если его не нажать',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  [
    'Каким образом вести настройку интеграции сразу по нескольким учреждениям района, например по больнице и стоматологической поликлинике, чтобы не путаться',
    '/tools/progress/#organizacii',
  ],
  [
    'Можно ли перенести отметки о выполненных шагах на другой компьютер, если специалист работает с двух рабочих мест',
    '/tools/progress/#perenos',
  ],
  [
    'Передаёт ли этот сайт куда-либо наши пароли или отметки, мне это важно с точки зрения информационной безопасности',
    '/tools/progress/#что-сайт-отправляет',
  ],
  [
    'Можно ли выгрузить дату окончания токена себе в календарь Outlook, чтобы напоминание пришло заблаговременно',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  [
    'Что в инструкциях поменялось за последнее время и нужно ли сотрудникам что-то переделывать',
    '/reference/changes/',
  ],
  [
    'Вносились ли изменения в инструкцию по токену, требуется ли повторно выполнять какие-либо действия',
    '/reference/changes/#page-services-token',
  ],
  [
    'Для кого предназначен данный сайт и подходит ли он руководителю, который сам настройку не выполняет, а только контролирует',
    '/#для-кого-этот-сайт',
  ],
  [
    'С какой даты в обращении по закупке малого объёма обязательно отмечать «Да» и что будет, если не отметить',
    '/support/create-request/#шаги',
  ],
  [
    'Кто в Web-Торги-КС имеет право вносить токен, у кого есть доступ к этому режиму',
    '/services/token/#кто-может-это-сделать',
  ],
  [
    'Кто должен вносить в Web-Торги новые логин и пароль после перерегистрации — сам пользователь или администратор',
    '/connect/re-registration/#кто-может-это-сделать',
  ],
  [
    'Предупреждает ли ЕИС заранее об окончании срока идентификатора ЭДО или контролировать это должны мы сами',
    '/tools/reminder/',
  ],
  [
    'Какие именно документы наше учреждение передаёт из Web-Торги в ЕИС по этой интеграции, только план-график или также сведения о контрактах',
    '/reference/glossary/#https-integration',
  ],
  [
    'После того как сотрудник внёс пароль в Web-Торги, надо ли заново отправлять документы, которые ранее не ушли',
    '/connect/web-torgi-ks/#что-получится',
  ],

  // сообщения об ошибках
  [
    'при отправке в ЕИС ошибка логин или пароль некорректны',
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
    'Информация о недоступности отдельных функций ЕИС в сфере закупок что делать',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'нет пункта перечень региональных информационных систем',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  [
    'в настройке взаимодействия нет блока права доступа к рис',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  [
    'закрыто автоматически без возможности переоткрытия консультация',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'Если плагин не установлен, пользователю будет предложено его установить',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'Работа с обращениями в статусе Закрыто далее не осуществляется',
    '/reference/troubleshooting/#err-request-closed',
  ],
  [
    'пароль перестал действовать, сотрудник повторно нажал данные пользователя для альтернативной интеграции',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'закрыли окно с логином паролем не успели записать',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'было решено, а потом автоматически поменяет статус на закрыто через 7 рабочих дней',
    '/reference/troubleshooting/#err-request-resolved-closed',
  ],
  [
    'срок действия идентификатора участника эдо истек импорт не идет',
    '/reference/troubleshooting/#err-edo-expired',
  ],
  [
    'пользователь организации должен быть зарегистрирован в ЕИС',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  [
    'заполнили настройку сервисов еис ничего не изменилось 13.1',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],

  // раскладка, транслит, опечатки
  ['ghfdf ljcnegf r hbc', '/services/ris-rights/'],
  ['c xtuj yfxfnm', '/tools/start/'],
  ['njrty ult dpznm', '/reference/troubleshooting/#err-token-where'],
  ['gfhjkm lkz dt, njhujd', '/connect/web-torgi-ks/'],
  ['yfgjvbyfybt chjr', '/tools/reminder/'],
  ['pereregistraciya organizacii eis novyi parol', '/connect/re-registration/#шаги'],
  ['identifikator edo kak poluchit', '/activation/edo-identifier/#шаги'],
  ['obrashenie v podderzhku eis kak sozdat', '/support/create-request/#шаги'],
  ['сататусы обрашений в техподержку', '/support/request-statuses/#что-означают-статусы'],
  ['настрйка взаимодейсвия с сервисами еис токен или рис', '/services/overview/'],

  // своими словами
  ['ключ для сервисов госзакупок что нужно чтобы оформить', '/services/token/#что-понадобится'],
  [
    'учетка от госзакупок для выгрузки из веб-торгов как оформить пошагово',
    '/connect/https-credentials/#шаги',
  ],
  [
    'госзакупки не принимают план-график из веб торгов, в чем причина',
    '/reference/troubleshooting/#diagnostic',
  ],
  [
    'заявка в поддержку госзакупок висит неделю, писать повторную чтобы поторопили?',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  [
    'тикет закрыли пока контрактник был в отпуске и не ответил на их вопрос',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'ключ для электронной приёмки, что в итоге должен получить сотрудник',
    '/activation/edo-identifier/#что-получится',
  ],
  ['зачем техподдержка требует запись экрана', '/reference/glossary/#action-recording-plugin'],
  [
    'дать региональному порталу закупок доступ к сведениям об участниках',
    '/services/ris-rights/#шаги',
  ],
  ['реестр регламентов по подключению к госзакупкам', '/#основные-инструкции'],
  ['методичка для подчиненных по еис в бумажном виде', '/print/'],
  ['канал госзакупок в максе подписаться', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  ['контроль исполнения поручения по настройке еис, сколько шагов сделано', '/tools/progress/'],
  [
    'техподдержка отфутболила наше обращение со ссылкой на новости',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  [
    'бухгалтер нажала сохранить в карточке и выгрузка перестала проходить',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  ['из каких разделов состоит этот справочник', '/#как-устроен-сайт'],
];

export const HELD_OUT_29a = CORPUS_29a;
