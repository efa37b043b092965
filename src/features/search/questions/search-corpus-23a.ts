/**
 * Corpus 23a: reader questions for the site's search, written on 2026-12-06 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora. Persona: chief accountant of a small rural house of culture, first EIS integration, no IT help, writes long without punctuation, with typos, calls the token «ключ» and the login «учётка».
 * Kept in the order written. Held out whole in round 14 (written before its changes, measured
 * on arrival and after them, never tuned on); learned whole from round 15 on, when corpora 25
 * and 26 took its place as the held-out corpora (training.ts).
 */
import type { Query } from './search-queries';

export const CORPUS_23a: readonly Query[] = [
  // короткие запросы, как в поисковике
  ['где взять логин и пароль для интеграции', '/connect/https-credentials/#шаги'],
  ['настройки регистрационные данные в еис', '/connect/web-torgi-ks/#шаги'],
  ['флаг сменить пароль', '/connect/web-torgi-ks/#шаги'],
  ['перерегистрация организации новый логин', '/connect/re-registration/'],
  ['токен или рис', '/services/overview/#как-понять-какой-путь-ваш'],
  ['срок действия токена какой ставить', '/services/token/#шаги'],
  ['права доступа к рис', '/services/ris-rights/'],
  ['код рис субъекта', '/services/ris-rights/#что-понадобится'],
  ['идентификатор участника эдо', '/activation/edo-identifier/'],
  ['куда вводить идентификатор эдо', '/activation/edo-identifier/#где-вводится-идентификатор'],
  ['консультация или ошибка', '/support/create-request/#вид-обращения-консультация-или-ошибка'],
  ['флажок интеграция xml файлы', '/support/create-request/#обращение-по-вопросам-интеграции'],
  ['не могу войти в лк обращение', '/support/create-request/#обращение-без-входа-в-лк'],
  ['телефон поддержки еис', '/support/knowledge-base/#телефоны-поддержки'],
  ['база знаний еис', '/support/knowledge-base/#база-знаний-еис'],
  ['телеграм канал еис', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  ['статус запрос информации', '/support/request-statuses/#что-означают-статусы'],
  ['плановый срок решения', '/support/request-statuses/#плановый-срок-решения'],
  ['где мои обращения', '/support/request-statuses/#где-смотреть-свои-обращения'],
  ['опросник составить план', '/tools/start/'],
  ['перенести отметки на другой компьютер', '/tools/progress/#perenos'],
  ['добавить напоминание о сроке', '/tools/reminder/#добавить-напоминание'],
  ['распечатать всю инструкцию', '/print/'],
  ['что изменилось в инструкциях', '/reference/changes/'],
  ['лента atom', '/reference/changes/'],
  ['что такое рис', '/reference/glossary/#ris'],
  ['гоис это что', '/reference/glossary/#gois'],
  ['этп расшифровка', '/reference/glossary/#etp'],
  ['сервисы отдачи что это', '/reference/glossary/#output-services'],
  ['документ не уходит в еис', '/reference/troubleshooting/#diagnostic'],
  ['истек срок токена', '/reference/troubleshooting/#err-token-expired'],
  ['не нажала продолжить', '/reference/troubleshooting/#err-continue-not-pressed'],
  ['не нахожу свой рис в перечне', '/reference/troubleshooting/#err-ris-not-found'],
  ['сайт для кого вообще', '/#для-кого-этот-сайт'],
  ['главные инструкции списком', '/#основные-инструкции'],

  // полные вопросы обычной речью, местами длинные и сбивчивые
  [
    'я главбух в доме культуры кто у нас должен получать учетку для отправки планов из торгов в еис я или только директор может',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'правда что каждый раз когда жмешь ссылку про https пароль новый получается',
    '/connect/https-credentials/#что-получится',
  ],
  [
    'я скопировала логин и пароль из окна еис теперь нажимать продолжить или сохранить а то боюсь все сломать',
    '/connect/https-credentials/#шаги',
  ],
  [
    'я не могу зайти в сами веб торги кс пароль не подходит куда мне обращаться',
    '/connect/web-torgi-ks/#что-понадобится',
  ],
  [
    'после того как ввела пароль в торги и нажала сохранить связь с еис уже работает или еще что то надо делать',
    '/connect/web-torgi-ks/#что-получится',
  ],
  [
    'после перерегистрации кто должен узнать новый пароль в еис и кто его потом вбивает в торги',
    '/connect/re-registration/#кто-может-это-сделать',
  ],
  [
    'до какого года надо было пройти перерегистрацию в еис мы вроде не проходили',
    '/connect/re-registration/',
  ],
  [
    'у нас в области веб торги зарегистрированы как рис или нет откуда мне это знать и что от этого зависит',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'этот режим настройка взаимодействия с сервисами еис вообще на что то влияет или его можно не заполнять',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'кто в еис может выдать ключ для сервисов отдачи обязательно админ организации нужен',
    '/services/token/#кто-может-это-сделать',
  ],
  [
    'куда в веб торгах вставлять идентификатор и срок действия который выдали в еис',
    '/services/token/#шаги',
  ],
  [
    'какую дату предоставления доступа ставить для рис и какую галочку там отмечать',
    '/services/ris-rights/#шаги',
  ],
  [
    'под каким пользователем заходить в кабинет заказчика чтобы выдать права для рис у нас админ и директор разные люди',
    '/services/ris-rights/#кто-может-это-сделать',
  ],
  [
    'как получить идентификатор для электронного активирования чтобы потом документы приемки загружать из еис',
    '/activation/edo-identifier/#шаги',
  ],
  [
    'что нужно заранее знать или подготовить чтобы выдать идентификатор эдо',
    '/activation/edo-identifier/#что-понадобится',
  ],
  [
    'кто может выдать идентификатор эдо может ли это сделать обычный пользователь',
    '/activation/edo-identifier/#кто-может-это-сделать',
  ],
  [
    'как написать в техподдержку еис пошагово где там кнопка создать обращение',
    '/support/create-request/#шаги',
  ],
  [
    'можно ли в одном обращении написать про две проблемы сразу чтоб два раза не писать',
    '/support/create-request/#четыре-правила-обращения',
  ],
  [
    'кто может создать обращение в поддержку нужна какая то особая роль или полномочие',
    '/support/create-request/#кто-может-это-сделать',
  ],
  [
    'в часто задаваемых вопросах еис какие есть разделы есть там про электронное активирование',
    '/support/knowledge-base/#часто-задаваемые-вопросы-faq',
  ],
  [
    'на странице техническая поддержка где черновики обращений и как найти обращение по номеру',
    '/support/request-statuses/#страница-техническая-поддержка',
  ],
  [
    'не знаю что именно мне нужно настроить для еис помогите выбрать какие инструкции проходить',
    '/tools/start/#вопросы',
  ],
  ['можно ли отправить составленный план коллеге из администрации ссылкой', '/tools/start/'],
  [
    'я веду еще сельскую библиотеку она отдельное учреждение можно отдельно отмечать шаги для каждой организации',
    '/tools/progress/#organizacii',
  ],
  [
    'вы куда то отправляете то что я пишу в поиске и мои пароли сохраняются на сайте или нет',
    '/tools/progress/#что-сайт-отправляет',
  ],
  [
    'как продлить идентификатор эдо когда срок заканчивается через месяц',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  [
    'что поменяли в инструкции про ввод пароля в веб торги а то я по старой делала',
    '/reference/changes/#page-connect-web-torgi-ks',
  ],
  [
    'администратор организации и лицо уполномоченное руководителем на определение лиц это одно и тоже или разные полномочия',
    '/reference/glossary/#org-administrator',
  ],
  [
    'нажала сохранить в регистрационных данных в еис и теперь пароль в торгах не подходит что делать',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'не сохранила идентификатор эдо теперь документы приемки не загрузить его можно посмотреть еще раз',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  [
    'не вижу пункт перечень региональных информационных систем в администрировании хотя все галки в правах доступа поставила',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  [
    'заполнила все в настройке сервисов еис в торгах и ничего не поменялось так и должно быть',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  [
    'у нас кроме заказчика еще роль уполномоченное учреждение и с рис ничего не выходит',
    '/reference/troubleshooting/#err-extra-roles',
  ],
  ['что можно распечатать чтобы идти по шагам на бумаге с галочками', '/print/'],
  ['какие вообще разделы есть на этом сайте и где тут что', '/#как-устроен-сайт'],

  // сообщения об ошибках, вставленные или перепечатанные
  [
    'ошибка о некорректности логина и пароля',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'ошибка о несоотвествии регистрационных данных пользователя в ЕИС',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'Обнаружено несовпадение данных сертификата с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'Информация о недоступности отдельных функций ЕИС в сфере закупок',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'Если в обращении с видом «Консультация» содержится информация об ошибке',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'не ответит на запрос то обращение автоматически поменяет статус на «Закрыто» через 7 рабочих дней без возможности переоткрытия',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'Если плагин не установлен, пользователю будет предложено его установить',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'Работа с обращениями в статусе «Закрыто» далее не осуществляется',
    '/reference/troubleshooting/#err-request-closed',
  ],
  ['Где взять токен для сервиса отдачи ЕИС?', '/reference/troubleshooting/#err-token-where'],
  [
    'повторите вызов окна информации о пользователе при этом пароль будет сгенерирован уже новый',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],

  // не та раскладка, транслит, много опечаток
  ['gfhjkm lkz byntuhfwbb', '/connect/https-credentials/'],
  ['njrty cthdbcs jnlfxb', '/services/token/'],
  ['cnfnecs j,hfotybq', '/support/request-statuses/#что-означают-статусы'],
  ["bltynbabrfnjh 'lj", '/activation/edo-identifier/'],
  ['hfcgtxfnfnm bycnherwb.', '/print/'],
  ['kak vvesti login i parol v web torgi', '/connect/web-torgi-ks/#шаги'],
  ['pereregistraciya organizacii eis chto delat', '/connect/re-registration/'],
  ['chto takoe edo', '/reference/glossary/#edo'],
  ['регестрацыоные даные в еис веб торги где', '/connect/web-torgi-ks/#шаги'],
  ['плагин фиксацыи дейсвий что эт такое', '/reference/glossary/#action-recording-plugin'],

  // свои слова, которых на сайте нет
  [
    'учетка слетела после того как директор в еис что то понажимал',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  ['горячая линия госзакупок номер', '/support/knowledge-base/#телефоны-поддержки'],
  [
    'тикет в техподдержку закрылся сам по себе',
    '/support/request-statuses/#когда-обращение-закрывается',
  ],
  ['ключ для выгрузки с госзакупок где взять', '/services/token/#шаги'],
  ['напомнилка когда кончается ключ', '/tools/reminder/'],
  ['куда вбить пароль от госзакупок в веб торгах', '/connect/web-torgi-ks/#шаги'],
  [
    'нас в прошлом году переоформили теперь планы из торгов в еис не уходят что делать',
    '/connect/re-registration/#шаги',
  ],
  [
    'сайт закупок сегодня лежит у всех или только у меня где глянуть',
    '/support/knowledge-base/#новости-и-уведомления',
  ],
  ['как заснять свои действия на видео для техподдержки', '/support/create-request/#шаги'],
  ['галочки где что уже сделала посмотреть', '/tools/progress/#vse-spiski'],
];

export const TUNING_23a = CORPUS_23a;
