/**
 * Corpus 53a: reader questions for the site's search, written on 2026-12-07 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: the contract manager (контрактный управляющий) of a regional drama theatre, an hour before the deadline to publish a plan — anxious, types what she sees on screen, retypes messages with mistakes, asks «что делать если…» and «можно ли…».
 * Held out whole, as decided before it arrived: never learned, never tuned on. Kept in the order
 * written.
 */
import type { Query } from './search-queries';

export const CORPUS_53a: readonly Query[] = [
  [
    'через час надо опубликовать план-график а он не уходит в еис что делать срочно',
    '/reference/troubleshooting/#diagnostic',
  ],
  [
    'у меня красным написано логин или пароль некоректны',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'ошибка о несоответствии регистрационых данных пользователя в еис',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'что нужно настроить чтобы план-график из веб торгов уходил в еис',
    '/connect/https-credentials/',
  ],
  ['где в веб-торгах вводить пароль от еис', '/connect/web-torgi-ks/#шаги'],
  ['gfhjkm tbc', '/connect/https-credentials/'],
  [
    'нажала в еис сохранить в окне регистрационные данные и теперь пароль не подходит',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'коллега второй раз нажала ссылку данные пользователя для альтернативной интеграции, старый пароль больше не работает?',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'закрыла окошко с логином и паролем не успела скопировать что делать',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'можно ли не нажимать продолжить в окне с паролем',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  ['флажок сменить пароль где он', '/connect/web-torgi-ks/#шаги'],
  [
    'в веб торгах кнопка сохранить серая не нажимается в регистрационных данных в еис',
    '/connect/web-torgi-ks/#шаги',
  ],
  [
    'кто может получить логин для интеграции я контрактный управляющий а не руководитель',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'что делать если пользователь не зарегистрирован в еис как пользователь организации',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  [
    'у директора при входе обнаружено несовпадение данных сертификата с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  ['перерегистрация организации еис', '/connect/re-registration/'],
  [
    'после перерегистрации новый логин и пароль куда их вбивать в систему',
    '/connect/re-registration/#шаги',
  ],
  ['не знаю где взять токен', '/reference/troubleshooting/#err-token-where'],
  ['как выдать токен в личном кабинете заказчика', '/services/token/#шаги'],
  ['какой срок действия токена ставить', '/services/token/#шаги'],
  ['токен просрочен что теперь', '/reference/troubleshooting/#err-token-expired'],
  ['истек срок идентификатора эдо', '/reference/troubleshooting/#err-edo-expired'],
  [
    'идентификатор участника эдо не сохранила можно ли посмотреть его еще раз',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  [
    'куда в веб-торгах вставлять идентификатор эдо',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  ['электронное активирование это что', '/reference/glossary/#electronic-activation'],
  ['загрузить документы приемки из еис', '/activation/edo-identifier/'],
  ['гоис что за система', '/reference/glossary/#gois'],
  ['рис расшифровка', '/reference/glossary/#ris'],
  ['стп тп', '/reference/glossary/#stp'],
  [
    'как узнать зарегистрирована ли наша система как рис',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'у меня в настройке взаимодействия с сервисами нет блока права доступа к рис',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  [
    'не появился пункт перечень региональных информационых систем в администрировании',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  ['не могу найти нашу рис в перечне, какой код', '/reference/troubleshooting/#err-ris-not-found'],
  ['какую дату предоставления доступа ставить для рис', '/services/ris-rights/#шаги'],
  ['кнопка подписать права доступа рис', '/services/ris-rights/#шаги'],
  [
    'у театра есть еще роль уполномоченное учреждение, что с правами рис делать',
    '/services/ris-rights/#шаги',
  ],
  [
    'заполнила настройку взаимодействия с сервисами еис и ничего не поменялось',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  [
    'версия еис 13.1 настройка не обрабатывается системой',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  ['токен или рис что мне выбрать', '/services/overview/'],
  ['галочка разрешить использование сервисов отдачи', '/services/token/#шаги'],
  ['сервисы отдачи это вообще что', '/reference/glossary/#output-services'],
  ['телефон техподдержки еис круглосуточно', '/support/knowledge-base/#телефоны-поддержки'],
  ['как написать в техподдержку еис', '/support/create-request/#шаги'],
  [
    'консультация или ошибка какой вид обращения выбрать',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  [
    'обращение консультация закрыто автоматически без возможности переоткрытия',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'какие xml файлы прикладывать к обращению про интеграцию',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  [
    'где взять xml файлы обмена для поддержки',
    '/reference/troubleshooting/#err-integration-request-files',
  ],
  [
    'пишет установите плагин когда создаю обращение',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  ['плагин фиксации действий', '/reference/glossary/#action-recording-plugin'],
  [
    'не могу войти в личный кабинет а надо срочно написать в поддержку',
    '/reference/troubleshooting/#err-cannot-login-request',
  ],
  [
    'обращение без авторизации через профиль на сайте еис',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  ['статус запрос информации что значит', '/support/request-statuses/#что-означают-статусы'],
  [
    'обращение закрылось пока я не ответила на запрос информации',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  ['плановый срок решения где смотреть', '/support/request-statuses/#плановый-срок-решения'],
  [
    'можно ли создать еще одно обращение чтобы поторопить с ответом',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  ['мои обращения где найти', '/support/request-statuses/#где-смотреть-свои-обращения'],
  ['база знаний еис', '/support/knowledge-base/#база-знаний-еис'],
  ['faq еис категория планирование', '/support/knowledge-base/#часто-задаваемые-вопросы-faq'],
  [
    'информация о недоступности отдельных функций еис в сфере закупок',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'еис сегодня лежит? где посмотреть новости о сбоях',
    '/support/knowledge-base/#новости-и-уведомления',
  ],
  ['телеграм канал еис', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  ['закупка малого объема в обращении указать да', '/support/create-request/#шаги'],
  [
    'можно ли в одном обращении написать про две проблемы сразу',
    '/support/create-request/#четыре-правила-обращения',
  ],
  ['напомнить когда кончится срок токена', '/tools/reminder/'],
  ['добавить в календарь файл ics', '/tools/reminder/#когда-срок-подходит-к-концу'],
  ['с чего начать настройку интеграции', '/tools/start/'],
  ['отметки шагов пропали на другом компе', '/tools/progress/#perenos'],
  ['как добавить вторую организацию, я ещё за филармонию веду', '/tools/progress/#organizacii'],
  ['сайт куда то отправляет мои запросы?', '/tools/progress/#что-сайт-отправляет'],
  ['распечатать всю инструкцию целиком', '/print/'],
  ['сохранить инструкцию в pdf чтобы на бумаге была', '/print/'],
  ['что изменилось в инструкциях', '/reference/changes/'],
  ['для кого этот сайт вообще, для заказчиков?', '/#для-кого-этот-сайт'],
  ['еис настройка интеграции главная страница', '/'],
  ['скопировался пробел в пароль', '/reference/troubleshooting/#err-login-password-incorrect'],
  [
    'администрирование пользователи организации регистрационные данные',
    '/connect/https-credentials/#шаги',
  ],
  [
    'данные пользователя для альтернативной интеграции по протоколу https',
    '/connect/https-credentials/',
  ],
  ['альтернативная интеграция https это что', '/reference/glossary/#https-integration'],
  [
    'администратор организации и лицо уполномоченное руководителем в чем разница',
    '/reference/glossary/#org-administrator',
  ],
  ['не вижу кнопку меню в строке пользователя, три полоски', '/connect/https-credentials/#шаги'],
  ['срок действия идентификатора эдо какую дату писать', '/activation/edo-identifier/#шаги'],
  ['выдача идентификатора участника электронного документооборота', '/activation/edo-identifier/'],
  ['кто может выдать идентификатор эдо', '/activation/edo-identifier/#кто-может-это-сделать'],
  [
    'нажала сохранить в окне выдачи идентификатора, пароль для веб торгов теперь слетит?',
    '/activation/edo-identifier/#шаги',
  ],
  ['njrty lkz cthdbcjd jnlfxb', '/services/token/'],
  ['токен куда вводить в системе поле идентификатор и срок действия', '/services/token/#шаги'],
  [
    'права доступа пользователя работа с информационными системами какие галки',
    '/services/ris-rights/#шаги',
  ],
  [
    'обязательно ли выходить из лк и заходить заново после выдачи прав',
    '/services/ris-rights/#шаги',
  ],
  [
    'обращение закрыли потому что проблема уже была в новостях',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  [
    'у меня в обращении статус закрыто а проблема не решена что дальше делать',
    '/reference/troubleshooting/#err-request-closed',
  ],
  [
    'консультацию переоткрывала три раза и ее закрыли',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],
  [
    'было решено и через неделю само закрылось',
    '/reference/troubleshooting/#err-request-resolved-closed',
  ],
  ['ничего не помогло куда звонить', '/reference/troubleshooting/#if-nothing-helped'],
  [
    'ytcjjndtncndbt htubcnhfwbjyys[ lfyys[',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  ['не могу зайти в веб-торги вообще', '/connect/web-torgi-ks/#что-понадобится'],
  [
    'какие документы веб-торги отправляет в еис план закупок план-график',
    '/connect/https-credentials/#что-получится',
  ],
  ['nt[gjllth;rf tbc ntktajy', '/support/knowledge-base/#телефоны-поддержки'],
  ['как найти обращение по номеру', '/support/request-statuses/#страница-техническая-поддержка'],
  [
    'можно ли продлить идентификатор эдо когда срок подходит к концу',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  [
    'текст ошибки из еис не нашла на сайте, что делать если его нет',
    '/reference/troubleshooting/#about-messages',
  ],
];

export const HELD_OUT_53a = CORPUS_53a;
