/**
 * Corpus 57b: reader questions for the site's search, written on 2026-12-07 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: Айгуль, 30, специалист по закупкам спортивной школы в райцентре; русский — второй язык: путает падежи, род и окончания, пропускает предлоги, пишет коротко, с опечатками и иногда в английской раскладке.
 * Held out whole, as decided before it arrived: never learned, never tuned on. Kept in the order
 * written.
 */
import type { Query } from './search-queries';

export const CORPUS_57b: readonly Query[] = [
  ['где получить логин от ЕИСа для веб торги', '/connect/https-credentials/#шаги'],
  ['токена истёк что делать', '/reference/troubleshooting/#err-token-expired'],
  [
    'отправляю план-график еис пишет логин пароль некоректный',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  ['kjuby gfhjkm tbc', '/connect/https-credentials/'],
  ['телефон поддрежка еис круглосуточно', '/support/knowledge-base/#телефоны-поддержки'],
  ['как написать обрашение в техподдержку ЕИС', '/support/create-request/#шаги'],
  [
    'мы спортивная школа, была перерегистрация, теперь документ не уходит пишет несоответствие регистрационный данных пользователя',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  ['куда в веб-торгах вводить логин и пароль от еис', '/connect/web-torgi-ks/#шаги'],
  ['рис это что такое', '/reference/glossary/#ris'],
  ['токен где брать', '/reference/troubleshooting/#err-token-where'],
  [
    'коллега второй раз нажал ссылка HTTPS и у меня пароль в веб торги перестал работать',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'нажала сохранить в регистрационные данные и пароль поменялась',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'закрыла окошко с паролем не успела записать',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'забыла нажать продолжить в окне где логин',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  ['идентификтор ЭДО как получить', '/activation/edo-identifier/#шаги'],
  ['срок идентификатора эдо закончилась', '/reference/troubleshooting/#err-edo-expired'],
  [
    'идентификатор эдо не сохранила, скопировала и потеряла',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  [
    'куда вставлять идентификатор эдо, в веб торги где поле',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  ['распечатать всю инструкцию', '/print/'],
  ['скачать инструкция одним файлом пдф', '/print/'],
  ['напоминание срок токена поставить', '/tools/reminder/#добавить-напоминание'],
  ['добавить в календарь телефона дату окончания', '/tools/reminder/#когда-срок-подходит-к-концу'],
  ['первый раз настраиваю интеграция с чего начать', '/tools/start/'],
  ['мой прогресс', '/tools/progress/'],
  ['на другой компьютер перенести галочки шагов', '/tools/progress/#perenos'],
  ['веду две организации школа и садик как отдельно отмечать', '/tools/progress/#organizacii'],
  ['сайт куда отправляет мои данные? пароль не уйдет?', '/tools/progress/#что-сайт-отправляет'],
  ['права доступа к рис как настроить', '/services/ris-rights/#шаги'],
  [
    'нету пункт перечень региональных информационных систем в администрирование',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  ['код рис нашего субъекта где узнать', '/reference/troubleshooting/#err-ris-not-found'],
  [
    'блок права доступа к рис не видно в веб-торгах',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  ['токен или рис мне какой нужно', '/services/overview/#как-понять-какой-путь-ваш'],
  [
    'заполнила настройку взаимодействия с сервисами еис ничего не поменялось',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  ['какую дату предоставления доступа ставить для рис', '/services/ris-rights/#шаги'],
  [
    'у нас еще роль уполномоченное учреждение, рис все равно не работает',
    '/reference/troubleshooting/#err-extra-roles',
  ],
  ['срок действия токена какой ставить год или больше', '/services/token/#шаги'],
  [
    'в база знаний как найти руководство по доп соглашения',
    '/support/knowledge-base/#как-найти-нужный-материал',
  ],
  ['сервисы отдачи это что значит', '/reference/glossary/#output-services'],
  ['статус запрос информации что значит', '/support/request-statuses/#что-означают-статусы'],
  [
    'обращения закрылся сам, я не ответила на их вопрос',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'было решено потом закрыто само через неделю, а проблема осталась',
    '/reference/troubleshooting/#err-request-resolved-closed',
  ],
  [
    'консультацию закрыли автоматом почему',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'еис просит установить плагин когда создаю обращение',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'обращение про интеграцию какие xml файлы приложить',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  ['где взять два xml файла обмена', '/reference/troubleshooting/#err-integration-request-files'],
  [
    'не могу войти личный кабинет, а обращение надо',
    '/reference/troubleshooting/#err-cannot-login-request',
  ],
  ['обращение без входа в лк через профиль', '/support/create-request/#обращение-без-входа-в-лк'],
  ['когда решат мое обращение срок где видно', '/support/request-statuses/#плановый-срок-решения'],
  ['мои обращения где смотреть', '/support/request-statuses/#где-смотреть-свои-обращения'],
  [
    'какой вид обращения выбрать консультация или ошибка',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  ['закупка малого обьема в обращении что отметить', '/support/create-request/#шаги'],
  ['база знаний еис где находится', '/support/knowledge-base/#база-знаний-еис'],
  ['FAQ еис вопросы по категориям', '/support/knowledge-base/#часто-задаваемые-вопросы-faq'],
  ['телеграм канал еис или макс', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  [
    'Обнаружено несовпадение данных сертификата с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'информация о недоступности отдельных функций ЕИС',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'в новостях еис написано про сбой, писать в поддержку или ждать',
    '/support/knowledge-base/#новости-и-уведомления',
  ],
  ['ГоИС что это', '/reference/glossary/#gois'],
  ['этп расшифровка', '/reference/glossary/#etp'],
  ['стп', '/reference/glossary/#stp'],
  ['электронное активирование что это значит', '/reference/glossary/#electronic-activation'],
  ['документы приемки', '/reference/glossary/#acceptance-documents'],
  [
    'администратор организации какой полномочие правильный',
    '/reference/glossary/#org-administrator',
  ],
  [
    'кто может получить логин пароль для интеграции, я простая специалист',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'пользователь не зарегистрирован в еис поэтому не отправляет?',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  ['что изменилось в инструкциях последнее', '/reference/changes/'],
  ['пароль скопировала с пробелом в конце это ошибка будет?', '/connect/https-credentials/#шаги'],
  ['галка сменить пароль где', '/connect/web-torgi-ks/#шаги'],
  [
    'обязательные поля в регистрационные данные в ЕИС не знаю что писать',
    '/connect/web-torgi-ks/#шаги',
  ],
  ['что надо чтобы получить логин пароль еис', '/connect/https-credentials/#что-понадобится'],
  ['после перерегистрации новый логин пароль', '/connect/re-registration/'],
  [
    'перерегистрация кто вносит в веб торги данные',
    '/connect/re-registration/#кто-может-это-сделать',
  ],
  ['какие документы веб торги отправляет в еис', '/connect/https-credentials/#что-получится'],
  [
    'альтернативная интеграция по протоколу https что такое',
    '/reference/glossary/#https-integration',
  ],
  ['лк', '/reference/glossary/#lk'],
  ['44-фз личный кабинет это какой', '/reference/glossary/#fz-44'],
  [
    'как отправить документ повторно из веб торги в еис, кнопка где',
    '/reference/troubleshooting/#if-nothing-helped',
  ],
  ['какие разделы есть на сайте', '/#как-устроен-сайт'],
  [
    'три раза переоткрывала консультацию теперь закрыто',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],
  ['статус закрыто что дальше делать', '/reference/troubleshooting/#err-request-closed'],
  [
    'обращение закрыли потому что в новостях уже было',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  [
    'можно в одном обращение две проблемы написать',
    '/support/create-request/#четыре-правила-обращения',
  ],
  ['черновики обращений где найти', '/support/request-statuses/#страница-техническая-поддержка'],
  ['этот сайт для кого, для заказчиков?', '/#для-кого-этот-сайт'],
  ['еис настройка интеграции главная', '/'],
  ['план отправить коллеге ссылкой', '/tools/start/#где-хранится-план'],
  ['ghfdf ljcnegf r hbc', '/services/ris-rights/'],
  ['njrty lkz cthdbcjd jnlfxb', '/services/token/'],
  ['jib,rb b htitybz', '/reference/troubleshooting/'],
  [
    'сколько раз можно нажимать данные пользователя для альтернативной интеграции',
    '/connect/https-credentials/#шаги',
  ],
  ['за сколько дней сайт напоминает', '/tools/reminder/'],
  [
    'как продлить токен или идентификатор когда срок кончается',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  ['кто выдает токен в еис нужен админ?', '/services/token/#кто-может-это-сделать'],
  [
    'сначала самой искать или сразу в поддержку звонить',
    '/support/knowledge-base/#порядок-действий-при-проблеме',
  ],
  ['директор сказал настроить интеграцию, не знаю что делать вообще', '/#с-чего-начать'],
  ['документ все равно не уходит в еис что проверить', '/reference/troubleshooting/#diagnostic'],
  ['ничего не помогло куда звонить', '/reference/troubleshooting/#if-nothing-helped'],
  [
    'режим настройка взаимодействия с сервисами еис для чего он',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  ['не могу войти в веб торги сама', '/connect/web-torgi-ks/#что-понадобится'],
  ['можно идентификатор сохранить на вашем сайте чтоб не потерять', '/tools/reminder/'],
];

export const HELD_OUT_57b = CORPUS_57b;
