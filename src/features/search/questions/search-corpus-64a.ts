/**
 * Corpus 64a: reader questions for the site's search, written on 2026-12-07 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: Зинаида Петровна, 63, бухгалтер сельской амбулатории, которой поручили закупки; печатает одним пальцем, с опечатками и пропущенными буквами, называет ЕИС по-разному, пугается слов «токен» и «РИС».
 * Written to be learned (a tuning set), as decided before it arrived: measured once on arrival,
 * then learned whole (training.ts). Kept in the order written.
 */
import type { Query } from './search-queries';

export const CORPUS_64a: readonly Query[] = [
  ['как сделать чтобы документы из веб торгов уходили в еис', '/connect/https-credentials/'],
  [
    'где взять логин и пароль от госзакупок чтоб в веб торги вбить',
    '/connect/https-credentials/#шаги',
  ],
  ['gfhjkm tbc', '/connect/https-credentials/'],
  [
    'подскажите пожалуйста у нас в амбулатории главврач и я бухгалтер кто из нас может получить логин пароль для интеграции в еис',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'а где в кабинете еис администрирование пользователи организации',
    '/connect/https-credentials/#шаги',
  ],
  ['в строке пользователя кнопки не вижу какой там значок', '/connect/https-credentials/#шаги'],
  [
    'какие документы веб торги отправляют в еис план график',
    '/connect/https-credentials/#что-получится',
  ],
  ['куда в вебторгах вводить пароль от еис', '/connect/web-torgi-ks/'],
  ['а где настройки регистрационые данные в еис', '/connect/web-torgi-ks/#шаги'],
  ['не могу зайти в веб торги сама', '/connect/web-torgi-ks/#что-понадобится'],
  ['какие обязательные поля заполнять в окне регистрацонных данных', '/connect/web-torgi-ks/#шаги'],
  [
    'нас перерегистрировали и теперь ничего не отправляеться на сайт закупок',
    '/connect/re-registration/',
  ],
  [
    'после перерегистрации кто вносит новый пароль в систему',
    '/connect/re-registration/#кто-может-это-сделать',
  ],
  [
    'ошибка о несоответствии регистрационых данных пользователя в еис',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'несоответствие рег данных ввела новый пароль а ошибка осталась',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'пишет логин или пароль некоректны при отправке',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'вчера все отправлялось а сегодня пароль в веб торгах не работает, я вроде нажимала ссылку про https еще раз посмотреть пароль',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'нажала сохранить в регистрацоных данных и пароль слетел',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'закрыла окошко с паролем не записала',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  ['забыла нажать продолжть', '/reference/troubleshooting/#err-continue-not-pressed'],
  [
    'пользователь не зарегистрирован в еис как быть',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  [
    'у главврача при входе обнаружено несовпадение данных сертифика',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  ['документ не уходит в еиз почему', '/reference/troubleshooting/#diagnostic'],
  ['список всех ошибок', '/reference/troubleshooting/'],
  ['можно сюда вставить текст ошибки найдет или нет', '/reference/troubleshooting/#about-messages'],
  ['ничего не помогло куда звонить', '/reference/troubleshooting/#if-nothing-helped'],
  [
    'на госзакупках в новостях информация о недоступности отдельных функций',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'где смотреть новости что сайт закупок сломался',
    '/support/knowledge-base/#новости-и-уведомления',
  ],
  ['что такое токен боюсь его', '/reference/glossary/#token'],
  ['токен где взят', '/reference/troubleshooting/#err-token-where'],
  ['как получить токен для сервисов отдачи по шагам', '/services/token/#шаги'],
  ['njrty', '/services/token/'],
  ['токен истек что делать', '/reference/troubleshooting/#err-token-expired'],
  ['кто должен токен получать администратор', '/services/token/#кто-может-это-сделать'],
  ['сервисы отдачи это что такое', '/reference/glossary/#output-services'],
  ['рис это что', '/reference/glossary/#ris'],
  [
    'мне сказали надо настроить токен или рис я не знаю что это и боюсь что то сломать что нам вообще надо',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'настройка взаимодействия с сервисами еис для чего она',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'заполнила настройку сервисов а ничего не поменялось',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  ['нет блока права доступа к рис', '/reference/troubleshooting/#err-ris-block-missing'],
  ['как дать права доступа к рис чтоб работало', '/services/ris-rights/#шаги'],
  [
    'нет пункта перечень региональных информацонных систем',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  ['код рис нашего региона где узнать', '/services/ris-rights/#что-понадобится'],
  ['не могу найти наш регион в списке рис', '/reference/troubleshooting/#err-ris-not-found'],
  ['дата предоставления доступа 01.01.2022 куда ставить', '/services/ris-rights/#шаги'],
  [
    'у нас еще роль уполномоченое учреждение и с рис не налаживается',
    '/reference/troubleshooting/#err-extra-roles',
  ],
  ['идентификатор участника эдо где взять', '/activation/edo-identifier/#шаги'],
  ['эдо что это', '/reference/glossary/#edo'],
  ['электронное активирование что такое', '/reference/glossary/#electronic-activation'],
  ['как загрузить документы приемки из госзакупок', '/activation/edo-identifier/'],
  ['идентификтор эдо кончился срок', '/reference/troubleshooting/#err-edo-expired'],
  ['потеряла идентификатор эдо не сохранила', '/reference/troubleshooting/#err-edo-not-saved'],
  [
    'а где вводить идентификатор эдо потом',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  [
    'кто выдает идентификатор эдо руководитель или админ',
    '/activation/edo-identifier/#кто-может-это-сделать',
  ],
  ['cjplfnm j,hfotybt', '/support/create-request/#шаги'],
  ['как написать в техподдержку госзакупок', '/support/create-request/'],
  [
    'консультация или ошибка что выбрать',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  [
    'можно все проблемы в одно обращеие написать',
    '/support/create-request/#четыре-правила-обращения',
  ],
  [
    'xml файлы обмена где взять для поддержки',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  [
    'какие файлы прикладывать в обращение если не уходит в еис',
    '/reference/troubleshooting/#err-integration-request-files',
  ],
  ['закупка малого обьема в обращении что отмечать', '/support/create-request/#шаги'],
  [
    'не могу войти в личный кабинет а надо написать в поддержку',
    '/reference/troubleshooting/#err-cannot-login-request',
  ],
  [
    'обращение без входа в кабинет через профиль',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  ['плагин просит установить', '/reference/troubleshooting/#err-plugin-not-installed'],
  ['плагин фиксации действий что это', '/reference/glossary/#action-recording-plugin'],
  ['ntktajy gjllth;rb', '/support/knowledge-base/#телефоны-поддержки'],
  ['база знаний еис где найт', '/support/knowledge-base/#база-знаний-еис'],
  ['часто задаваемые вопросы госзакупки', '/support/knowledge-base/#часто-задаваемые-вопросы-faq'],
  ['телеграмм канал еис', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  ['где посмотреь мои обращения', '/support/request-statuses/#где-смотреть-свои-обращения'],
  ['когда ответят из поддержки сколько ждать', '/support/request-statuses/#плановый-срок-решения'],
  ['что значит статус запрос информации', '/support/request-statuses/#что-означают-статусы'],
  [
    'обращение закрыли а я не успела ответить на запрос',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'обращение решено и закрылось само через неделю',
    '/reference/troubleshooting/#err-request-resolved-closed',
  ],
  [
    'три раза переоткрывала консультацию и закрыли',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],
  [
    'консультацию закрыли автоматом почему',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'обращение закрыли потому что было в новостях',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  [
    'надо ли писать еще обращение чтоб узнать срок',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  ['с чего начать мне поручили закупки а я бухгалтер ничего не понимаю', '/tools/start/'],
  ['план можно отправить коллеге ссылкой', '/tools/start/#где-хранится-план'],
  ['hfcgtxfnfnm', '/print/'],
  ['сохранить всю инструкцию в пдф', '/print/'],
  ['отметки шагов пропали на другом компьютере', '/tools/progress/#perenos'],
  [
    'у меня амбулатория и фап две организации как отдельно отмечать',
    '/tools/progress/#organizacii',
  ],
  ['напомнить когда закончится срок токена', '/tools/reminder/'],
  ['добавить в календарь дату окончания', '/tools/reminder/#когда-срок-подходит-к-концу'],
  ['сайт мой пароль никуда не отправит', '/tools/progress/#что-сайт-отправляет'],
  ['что изменилось в инструкции', '/reference/changes/'],
  ['гоис это что', '/reference/glossary/#gois'],
  ['администратор организации это главврач или кто', '/reference/glossary/#org-administrator'],
  ['для кого вообще этот сайт', '/#для-кого-этот-сайт'],
  ['лк это что значит в инструкции', '/reference/glossary/#lk'],
  ['44 фз что за закон', '/reference/glossary/#fz-44'],
  ['еис расшифровать', '/reference/glossary/#eis'],
  ['стп тп это кто', '/reference/glossary/#stp'],
  [
    'альтернативная интеграция по протоколу https это что',
    '/reference/glossary/#https-integration',
  ],
  ['какие разделы есть на сайте', '/#как-устроен-сайт'],
  ['что поменяли на странице про токен недавно', '/reference/changes/#page-services-token'],
  ['напоминание не сохраняется у меня на компьютере', '/tools/reminder/#добавить-напоминание'],
  [
    'главврач сказал связать веб торги с сайтом закупок я раньше никогда не делала подскажите по порядку что делать',
    '/#с-чего-начать',
  ],
];

/** Learned whole (training.ts). */
export const TUNING_64a = CORPUS_64a;
