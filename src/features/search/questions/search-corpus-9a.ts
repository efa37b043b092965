/**
 * Corpus 9a: reader questions for the site's search, written on 2026-12-05 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora. The reader is a
 * newly hired contract manager at a municipal school in her first week, with the ЕИС cabinet and
 * Web-Торги-КС open side by side: screen descriptions, "may I do this myself", "what does this
 * button do", failures in her own words, glossary look-ups, her ticks, reminders, printing and
 * support requests; full sentences and short queries, some typos, a few typed on the Latin layout.
 * Kept in the order written; split once, mechanically,
 * by position (corpus-split.ts): even positions tune, odd positions are held out. Never reorder.
 */
import { byPosition } from './corpus-split';
import type { Query } from './search-queries';

export const CORPUS_9a: readonly Query[] = [
  // Home page: who the site is for, how the schematics work, what is on the site
  [
    'На картинках в инструкции вместо названий стоят многоточия, а у меня в кабинете все подписано. Это так и задумано?',
    '/#для-кого-этот-сайт',
  ],
  ['какие вообще разделы есть на этом сайте, коротко', '/#как-устроен-сайт'],
  [
    'Здравствуйте, этот сайт только для администраторов системы или и для обычных сотрудников заказчика тоже?',
    '/#для-кого-этот-сайт',
  ],

  // HTTPS login and password in the ЕИС cabinet
  [
    'Подскажите, я контрактный управляющий без прав администратора. Могу я сама получить логин и пароль для интеграции в ЛК ЕИС или нужна заведующая?',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  ['kjuby b gfhjkm lkz byntuhfwbb', '/connect/https-credentials/'],
  [
    'что приготовить заранее, перед тем как получать логин и пароль в кабинете ЕИС',
    '/connect/https-credentials/#что-понадобится',
  ],
  [
    'в строке сотрудника есть кнопка со списком: регистрационые данные, права доступа, заблокировать. Что из этого мне нажать чтобы достать пароль?',
    '/connect/https-credentials/#https-open-registration-data',
  ],
  [
    'А если я нажму ссылку про альтернативную интеграцию по HTTPS два раза, ничего страшного не будет?',
    '/connect/https-credentials/#https-click-alt-integration-link',
  ],
  [
    'выскочило окошко с логином и паролем, как их правильно скопировать',
    '/connect/https-credentials/#https-copy-login-password',
  ],
  [
    'Там окно с логином и паролем и одна кнопка Продолжить. Что произойдет, если ее нажать?',
    '/connect/https-credentials/#https-press-continue',
  ],
  ['ryjgrf jnvtybnm bkb cj[hfybnm', '/connect/https-credentials/#https-close-with-cancel'],
  [
    'пароль для интеграции в итоге будет постоянный или его придется каждый раз заново получать?',
    '/connect/https-credentials/#что-получится',
  ],
  [
    'Зачем веб-торгам вообще логин и пароль от ЕИС, какие документы через них уходят?',
    '/connect/https-credentials/',
  ],

  // Entering the login and password in Web-Торги-КС
  ['где в веб торгах вписать логин и пароль от ЕИС', '/connect/web-torgi-ks/'],
  [
    'в веб-торгах сверху раскрыла Настройки, там много пунктов. Какой мне нужен для ЕИС?',
    '/connect/web-torgi-ks/#wtks-open-eis-registration-data',
  ],
  [
    'Поле пароль серое, в него ничего не вписывается. Что я делаю не так?',
    '/connect/web-torgi-ks/#wtks-tick-change-password',
  ],
  [
    'могу я сама внести пароль в веб-торги или это только администратор системы делает',
    '/connect/web-torgi-ks/#кто-может-это-сделать',
  ],
  [
    'зачем в окне два поля для пароля, что писать во второе',
    '/connect/web-torgi-ks/#wtks-enter-password-twice',
  ],
  [
    'в окне остались пустые обязательные поля, я не знаю что туда писать',
    '/connect/web-torgi-ks/#wtks-fill-required-fields',
  ],
  [
    'Сохранила пароль в веб-торгах. План-график, который вчера не ушел, теперь надо отправлять заново?',
    '/connect/web-torgi-ks/#wtks-resend-document',
  ],

  // After the organisation was re-registered
  [
    'нашу школу перерегистрировали в ЕИС, надо ли теперь что-то менять в веб-торгах',
    '/connect/re-registration/',
  ],
  [
    'После перерегистрации кто должен узнать новый логин в кабинете ЕИС, я или директор?',
    '/connect/re-registration/#кто-может-это-сделать',
  ],
  ['gththtubcnhfwbz jhufybpfwbb', '/connect/re-registration/'],
  [
    'Инструкция про перерегистрацию старая, а у меня экран выглядит совсем по другому. К кому мне идти?',
    '/connect/re-registration/',
  ],
  [
    'после перерегистрации новый логин вписывать в поле Логин на вкладке ЕИС, правильно понимаю?',
    '/connect/re-registration/#rereg-enter-login',
  ],
  [
    'Внесла новые данные после перерегистрации и нажала сохранить. Теперь просто отправить документ еще раз?',
    '/connect/re-registration/#rereg-resend-document',
  ],

  // Choosing between the token and the РИС path
  [
    'что делает режим настройка взаимодействия с сервисами ЕИС в веб-торгах',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'Добрый день! Как понять, нам нужен токен или права доступа к РИС?',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  ['токен или РИС', '/services/overview/'],
  [
    'у нас веб-торги зарегистрированы в ЕИС как РИС, какой блок мне заполнять',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],

  // Token for the output services
  [
    'Кто в школе может получить токен в ЕИС, нужна учетная запись администратора организации?',
    '/services/token/#кто-может-это-сделать',
  ],
  [
    'открыла форму доступ к использованию сервисов отдачи, там галочка разрешить использование. ставить ее?',
    '/services/token/#token-eis-allow-services',
  ],
  ['На какой срок выдавать токен, на год или больше?', '/services/token/#token-eis-set-term'],
  [
    'нажала сохранить в форме ЕИС, а где теперь посмотреть сам идентификатор',
    '/services/token/#token-note-identifier',
  ],
  [
    'Куда в веб-торгах вставлять токен, который дали в ЕИС?',
    '/services/token/#token-open-services-mode',
  ],
  [
    'заполнила в веб торгах идентификатор и срок действия токена, а кнопки сохранить не вижу',
    '/services/token/#token-wtks-enter-term',
  ],

  // Access rights for the regional information system (РИС)
  [
    'кто должен давать права доступа к РИС, обычный сотрудник может это сделать?',
    '/services/ris-rights/#кто-может-это-сделать',
  ],
  [
    'в окне права доступа есть раздел работа с информационными системами, какие там галочки ставить',
    '/services/ris-rights/#ris-select-is-options',
  ],
  [
    'Выдала себе права. Надо выходить из кабинета или можно сразу дальше?',
    '/services/ris-rights/#ris-relogin-as-admin-authority',
  ],
  [
    'в перечне региональных систем у нашей строки выпадающее меню, что в нем выбрать',
    '/services/ris-rights/#ris-edit-access-rights',
  ],
  [
    'Открылось окно прав для РИС с флажком Информация об участниках закупки по электронным процедурам. Отмечать его?',
    '/services/ris-rights/#ris-set-participants-info-flag',
  ],
  [
    'какую дату предоставления доступа указать для РИС',
    '/services/ris-rights/#ris-set-access-date',
  ],
  [
    'в окне прав доступа для РИС кнопка подписать — она что делает?',
    '/services/ris-rights/#ris-sign-access-rights',
  ],

  // ЭДО participant identifier (electronic activation)
  ['зачем вообще нужен идентификатор участника ЭДО', '/activation/edo-identifier/'],
  [
    'Идентификатор ЭДО может получить контрактный управляющий или только руководитель?',
    '/activation/edo-identifier/#кто-может-это-сделать',
  ],
  ["bltynbabrfnjh 'lj", '/activation/edo-identifier/'],
  [
    'В карточке регистрационные данные две ссылки, мне нужна выдача идентификатора. А соседнюю про HTTPS трогать можно?',
    '/activation/edo-identifier/#edo-click-issue-identifier-link',
  ],
  [
    'поле срок действия в окне выдачи идентификатора не открывает календарь, дату вбивать руками?',
    '/activation/edo-identifier/#edo-fill-expiry-date',
  ],
  [
    'В окне выдачи идентификатора есть кнопка Сохранить. Она не собьет пароль для интеграции?',
    '/activation/edo-identifier/#edo-save-identifier',
  ],
  [
    'скопировала идетификатор ЭДО, куда его вводить в веб-торгах',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],

  // Creating a support request in ЕИС
  ['как создать обращение в поддержку ЕИС', '/support/create-request/'],
  [
    'Подскажите, в чем разница между видом обращения консультация и ошибка?',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  [
    'на форме обращения есть галочка Интеграция, когда ее ставить',
    '/support/create-request/#tick-integration-flag',
  ],
  [
    'Можно в одном обращении спросить сразу и про токен, и про пароль?',
    '/support/create-request/#четыре-правила-обращения',
  ],
  [
    'на форме обращения что-то про закупку малого обьема, там ставить да?',
    '/support/create-request/#set-small-purchase-flag',
  ],
  [
    'Что прикладывать через кнопку прикрепить файлы?',
    '/support/create-request/#attach-request-files',
  ],
  [
    'в меню техническая поддержка есть правила работы в ТП, их обязательно читать перед обращением?',
    '/support/create-request/#read-support-rules',
  ],

  // Request statuses in «Мои обращения»
  ['где посмотреть мои обращения в ЕИС', '/support/request-statuses/#где-смотреть-свои-обращения'],
  [
    'В таблице со статусами у обращения написано Запрос информации. Что от меня хотят?',
    '/support/request-statuses/#что-означают-статусы',
  ],
  [
    'столбец плановый срок решения — от чего зависит эта дата',
    '/support/request-statuses/#плановый-срок-решения',
  ],
  ['в каких случаях обращение закрывают', '/support/request-statuses/#когда-обращение-закрывается'],
  [
    'На странице техподдержки вкладки открытые, черновики, закрытые и строка поиска. Как найти свое обращение по номеру?',
    '/support/request-statuses/#страница-техническая-поддержка',
  ],

  // Knowledge base, news, channels, phones
  ['ntktajy gjllth;rb tbc', '/support/knowledge-base/#телефоны-поддержки'],
  [
    'База знаний ЕИС не открывается, пока не войду в кабинет?',
    '/support/knowledge-base/#база-знаний-еис',
  ],
  [
    'какие категории есть в часто задаваемых вопросах, где искать про права пользователей',
    '/support/knowledge-base/#часто-задаваемые-вопросы-faq',
  ],
  ['Есть у ЕИС канал в телеграме?', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  [
    'где найти видеоролик как заключать допсоглашения в ЕИС',
    '/support/knowledge-base/#как-найти-нужный-материал',
  ],
  [
    'Если в ЕИС что-то не работает, сначала звонить или искать ответ самой?',
    '/support/knowledge-base/#порядок-действий-при-проблеме',
  ],

  // Troubleshooting: failures in her own words
  [
    'ЕИС при отправке пишет что логин или пароль некорректны',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'Коллега зачем-то нажала в кабинете ЕИС ссылку про HTTPS, и у меня в веб-торгах пароль перестал подходить',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'случайно нажала сохранить в регистрационных данных пользователя в ЕИС, что теперь будет',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'Закрыла окошко с паролем и не успела его записать, как его теперь посмотреть?',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'скопировала пароль, а кнопку продолжить не нажимала. он будет работать?',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  [
    'ошибка о несоответствии регистрационных данных пользователя в ЕИС',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'У директора при входе в ЕИС пишет: обнаружено несовпадение данных сертификата',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  ['ljrevtyn yt jnghfdkztncz', '/reference/troubleshooting/'],
  [
    'Заполнила в веб-торгах блок токена, а ничего не изменилось, документы ходят как раньше',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  [
    'в режиме настройки взаимодействия с сервисами нет блока права доступа к РИС',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  [
    'Вышла и зашла заново, а в администрировании так и нет пункта перечень региональных информационных систем',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  ['Токен истек, что теперь делать?', '/reference/troubleshooting/#err-token-expired'],
  ['закончился срок идентификатора ЭДО', '/reference/troubleshooting/#err-edo-expired'],
  [
    'Не сохранила идентификатор ЭДО, а он теперь нужен для загрузки актов приемки',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  [
    'обращение закрыли само, я выбрала консультацию, а описала там ошибку',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'Не успела ответить на запрос информации, и обращение закрылось',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'при создании обращения ЕИС предлагает установить какой-то плагин',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'Не могу зайти в личный кабинет, а написать в поддержку нужно',
    '/reference/troubleshooting/#err-cannot-login-request',
  ],

  // Glossary: "what does … mean"
  ['что значит ГоИС', '/reference/glossary/#gois'],
  ['ЭТП это что такое', '/reference/glossary/#etp'],
  ['xnj nfrjt kr', '/reference/glossary/#lk'],
  ['Что такое сервисы отдачи?', '/reference/glossary/#output-services'],
  ['электронное активирование что это значит', '/reference/glossary/#electronic-activation'],
  [
    'Администратор организации и «лицо, уполномоченное руководителем… (Администратор организации)» — это одно и то же полномочие?',
    '/reference/glossary/#org-administrator',
  ],
  ['что такое уполномоченное учреждение', '/reference/glossary/#authorized-institution'],
  ['СТП расшифровка', '/reference/glossary/#stp'],

  // Changes log
  ['Что поменялось в инструкциях за последние недели?', '/reference/changes/'],

  // Tools: start, progress, reminder
  ['коллега прислала ссылку на свой план, он заменит мой сохраненный?', '/tools/start/'],
  [
    'В вопросах для плана спрашивают, зарегистрирована ли система как РИС, а я не знаю. Что отвечать?',
    '/tools/start/',
  ],
  [
    'отмечаю галочки в шагах, они сохранятся если открою сайт на другом компьютере?',
    '/tools/progress/#perenos',
  ],
  [
    'Я веду и школу, и детский сад. Можно вести отметки отдельно для каждой организации?',
    '/tools/progress/#organizacii',
  ],
  ['как снять все галочки и начать заново', '/tools/progress/#perenos'],
  ['как поставить напоминание что токен скоро закончится', '/tools/reminder/#добавить-напоминание'],
  [
    'Сверху на всех страницах желтая плашка «истекает через 30 дней», а я уже продлила. Как ее убрать?',
    '/tools/reminder/',
  ],
  [
    'кнопка добавить в календарь — что она скачивает и когда напомнит',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],

  // Printing
  ['rfr hfcgtxfnfnm dc. bycnherwb.', '/print/'],
  ['Можно сохранить все инструкции одним файлом в PDF?', '/print/'],
];

/** The tuning half: the even positions of CORPUS_9a. */
export const TUNING_9a = byPosition(CORPUS_9a, 0);

/** The held-out half: the odd positions of CORPUS_9a, never tuned on. */
export const HELD_OUT_9a = byPosition(CORPUS_9a, 1);
