/**
 * Corpus 58a: reader questions for the site's search, written on 2026-12-07 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: Надежда Степановна, 57, завхоз (замдиректора по АХЧ) сельской школы, которой поручили и закупки; пишет по-бытовому и коротко, без знаков препинания, путает названия систем, спрашивает, что нажать и что делать дальше.
 * Written to be learned (a tuning set), as decided before it arrived: measured once on arrival,
 * then learned whole (training.ts). Kept in the order written.
 */
import type { Query } from './search-queries';

export const CORPUS_58a: readonly Query[] = [
  ['логин и пароль для веб торгов где брать', '/connect/https-credentials/'],
  [
    'какую ссылочку нажать в еис чтобы дали пароль для интеграции',
    '/connect/https-credentials/#шаги',
  ],
  [
    'кто у нас может получить пароль для интеграции я завхоз или только директор',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'окошко с логином и паролем выскочило что нажимать продолжить или сохранить',
    '/connect/https-credentials/#шаги',
  ],
  [
    'что надо приготовить чтоб получить логин для интеграции',
    '/connect/https-credentials/#что-понадобится',
  ],
  ['какие документы уходят из торгов в zakupki', '/connect/https-credentials/#что-получится'],
  ['данные пользователя для альтернативной интеграции', '/connect/https-credentials/#шаги'],
  ['kjuby b gfhjkm lkz byntuhfwbb', '/connect/https-credentials/'],
  ['куда в веб-торгах вписать пароль от госзакупок', '/connect/web-torgi-ks/#шаги'],
  ['настройки регистрационные данные в еис где эта кнопочка', '/connect/web-torgi-ks/#шаги'],
  [
    'галочку сменить пароль ставить или нет и пароль два раза в оба окошка?',
    '/connect/web-torgi-ks/#шаги',
  ],
  [
    'обязательные поля в окне регистрационных данных что туда писать не знаю',
    '/connect/web-torgi-ks/#шаги',
  ],
  ['не могу войти в веб торги сама куда звонить', '/connect/web-torgi-ks/#что-понадобится'],
  ['сохранила пароль в торгах всё теперь связь с еис есть', '/connect/web-torgi-ks/#что-получится'],
  ['школу перерегистрировали новый логин куда его девать', '/connect/re-registration/'],
  [
    'перерегистрация организации в еис что делать с паролем в web-торги',
    '/connect/re-registration/#шаги',
  ],
  [
    'после перерегистрации кто вносит новый пароль в систему',
    '/connect/re-registration/#кто-может-это-сделать',
  ],
  [
    'несоответствие регистрационных данных пользователя в еис',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'ошибка несоотвествие рег данных ввела новый пароль а она осталась',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  ['пишет логин и пароль некоректны', '/reference/troubleshooting/#err-login-password-incorrect'],
  [
    'скопировала пароль с пробелом наверно теперь не отправляет',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'бухгалтер нажала там ссылку про https и у меня в торгах пароль перестал работать',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'нажала сохранить в регистрационных данных пароль слетел',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'закрыла окошко с паролем не успела записать',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'забыла нажать продолжить пароль не постоянный',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  [
    'новая сотрудница не зарегистрирована в госзакупках как добавить',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  [
    'обнаружено несовпадение данных сертификата с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'информация о недоступности отдельных функций еис',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'зокупки сегодня не работают сбой что ли',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'заполнила настройку взаимодействия с сервисами и ничего не поменялось',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  ['нету блока права доступа к рис в торгах', '/reference/troubleshooting/#err-ris-block-missing'],
  [
    'в администрировании не появился перечень региональных систем',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  ['не могу найти нашу рис в списке', '/reference/troubleshooting/#err-ris-not-found'],
  ['где взять токен', '/reference/troubleshooting/#err-token-where'],
  [
    'у школы ещё роль уполномоченное учреждение рис не работает',
    '/reference/troubleshooting/#err-extra-roles',
  ],
  ['токен просрочился', '/reference/troubleshooting/#err-token-expired'],
  ['у индификатора эдо кончился срок', '/reference/troubleshooting/#err-edo-expired'],
  [
    'идентификатор не сохранила а он нужен для приемки',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  ['обращение закрыто а проблема осталась', '/reference/troubleshooting/#err-request-closed'],
  [
    'мою консультацию закрыли сразу без ответа почему',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'закрыли заявку сказали про это в новостях было',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  [
    'не ответила вовремя на запрос информации обращение закрылось',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'было решено потом само закрылось я не успела',
    '/reference/troubleshooting/#err-request-resolved-closed',
  ],
  [
    'три раза не соглашалась с ответом консультацию закрыли',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],
  [
    'при обращении просит поставить плагин какой то',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'какие файлы прикладывать к обращению про интеграцию xml',
    '/reference/troubleshooting/#err-integration-request-files',
  ],
  [
    'не пускает в личный кабинет как написать в поддержку',
    '/reference/troubleshooting/#err-cannot-login-request',
  ],
  [
    'написать ещё раз чтоб узнать когда сделают',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  ['документ не уходит в еис не знаю почему', '/reference/troubleshooting/#diagnostic'],
  [
    'у меня ошибка на экране написана по другому чем у вас',
    '/reference/troubleshooting/#about-messages',
  ],
  ['токен или рис что мне выбирать', '/services/overview/#как-понять-какой-путь-ваш'],
  [
    'зачем эта штука настройка взаимодействия с сервисами еис',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'как узнать наша система зарегистрирована как рис или нет',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  ['токен для сервисов отдачи как получить', '/services/token/#шаги'],
  ['какой срок ставить токену', '/services/token/#шаги'],
  ['куда вставлять токен в веб торгах', '/services/token/#шаги'],
  ['кто выдает токен в еис', '/services/token/#кто-может-это-сделать'],
  ['njrty', '/services/token/'],
  ['токен продлить можно или заново', '/services/token/#что-дальше'],
  ['сервисы отдачи это что такое', '/reference/glossary/#output-services'],
  ['права доступа к рис как настроить', '/services/ris-rights/#шаги'],
  ['какую дату ставить в правах рис 2022', '/services/ris-rights/#шаги'],
  ['код рис нашей области где узнать', '/services/ris-rights/#что-понадобится'],
  ['кто должен давать права рис', '/services/ris-rights/#кто-может-это-сделать'],
  ['рис расшифровка', '/reference/glossary/#ris'],
  ['индификатор эдо где взять', '/activation/edo-identifier/#шаги'],
  ['документы приемки из еис загружать что нужно', '/activation/edo-identifier/'],
  [
    'куда потом вводить идентификатор эдо в торгах',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  ["bltynbabrfnjh 'lj", '/activation/edo-identifier/'],
  ['электронное активирование', '/reference/glossary/#electronic-activation'],
  ['как написать в техподдержку еис', '/support/create-request/#шаги'],
  [
    'консультация или ошибка что выбрать',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  ['галочка интеграция в обращении', '/support/create-request/#обращение-по-вопросам-интеграции'],
  ['закупка малого объема в обращении да ставить', '/support/create-request/#шаги'],
  [
    'можно в одном обращении несколько вопросов',
    '/support/create-request/#четыре-правила-обращения',
  ],
  ['nt[gjllth;rf', '/support/create-request/'],
  ['база знаний еис где найти', '/support/knowledge-base/#база-знаний-еис'],
  ['телеграм канал госзакупок', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  ['телефон поддержки еис', '/support/knowledge-base/#телефоны-поддержки'],
  [
    'как заблокировать пользователя в личном кабинете',
    '/support/knowledge-base/#часто-задаваемые-вопросы-faq',
  ],
  ['новости еис про сбой где смотреть', '/support/knowledge-base/#новости-и-уведомления'],
  ['статус запрос информации что значит', '/support/request-statuses/#что-означают-статусы'],
  ['где мои обращения посмотреть', '/support/request-statuses/#где-смотреть-свои-обращения'],
  [
    'обращение в черновиках осталось не отправилось',
    '/support/request-statuses/#что-означают-статусы',
  ],
  [
    'через сколько дней закрывают обращение',
    '/support/request-statuses/#когда-обращение-закрывается',
  ],
  ['с чего начать ничего не понимаю мне поручили', '/tools/start/'],
  ['скинуть план коллеге ссылкой', '/tools/start/#где-хранится-план'],
  ['сколько я уже шагов сделала где посмотреть', '/tools/progress/'],
  ['отметки пропали на другом компьютере', '/tools/progress/#perenos'],
  ['у меня школа и садик две организации как отдельно отмечать', '/tools/progress/#organizacii'],
  ['напоминалку поставить на срок токена', '/tools/reminder/#добавить-напоминание'],
  ['добавить в календарь', '/tools/reminder/#когда-срок-подходит-к-концу'],
  ['сайт мои пароли никуда не отправляет', '/tools/progress/#что-сайт-отправляет'],
  ['распечатать всю инструкцию на бумаге', '/print/'],
  ['сохранить всё одним файлом pdf', '/print/'],
  ['что такое гоис', '/reference/glossary/#gois'],
  ['лк это что', '/reference/glossary/#lk'],
  ['администратор организации это кто у нас', '/reference/glossary/#org-administrator'],
  ['что поменяли в инструкциях', '/reference/changes/'],
  ['картинки на сайте не такие как у меня в еис', '/#для-кого-этот-сайт'],
];

/** Learned whole (training.ts). */
export const TUNING_58a = CORPUS_58a;
