/**
 * Corpus 76: reader questions for the site's search, written on 2026-12-08 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists, with the addresses of headings, entries,
 * terms and steps). Persona: A deputy chief physician's assistant and contract manager (контрактный управляющий) at a district hospital, 54, on a Windows 7 PC with an old Chrome. She types fast in full sentences with no capitals and frequent typos, sometimes forgets to switch the keyboard layout, retypes error messages from the screen from memory (often cut short), and asks about what happens to her, in her own words: «мне пишет…», «у меня не получается…», «что делать если…». She does not know the site's words for things.
 * Held out whole, as decided before it arrived: never learned, never tuned on. Kept in the order
 * written.
 */
import type { Query } from './search-queries';

export const CORPUS_76: readonly Query[] = [
  [
    'где в еис взять логин и пароьл чтобы из веб торгов уходил план график',
    '/connect/https-credentials/',
  ],
  ['rfr gjkexbnm kjuby b gfhjkm lkz byntuhfwbb', '/connect/https-credentials/'],
  [
    'кто у нас в больнице может получать пароль для интергации я контрактный управляющий или нужен главврач',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'в окошке где логин и пароль показан какую кнопку жать продолжить или крестик',
    '/connect/https-credentials/#https-press-continue',
  ],
  [
    'окно регистрационные данные потом закрывать сохранить или отменить',
    '/connect/https-credentials/#https-close-with-cancel',
  ],
  [
    'скопировала пароль вместе с пробелом это страшно?',
    '/connect/https-credentials/#https-copy-login-password',
  ],
  [
    'у пользователя в меню права доступа пользователя или регистрационные данные что выбрать чтоб пароль получить',
    '/connect/https-credentials/#https-open-registration-data',
  ],
  [
    'какие документы уходят в еис по этой интеграции контракты тоже или только планы',
    '/connect/https-credentials/#что-получится',
  ],
  [
    'ссылка данные пользователя для альтернативной интеграции где она',
    '/connect/https-credentials/#https-click-alt-integration-link',
  ],
  ['куда в веб торгах вписывать пароль от еис', '/connect/web-torgi-ks/'],
  [
    'галочку сменить пароль ставить или нет а то не сохраняет',
    '/connect/web-torgi-ks/#wtks-tick-change-password',
  ],
  [
    'пароль просит ввести два раза а второе поле как называется не пойму',
    '/connect/web-torgi-ks/#wtks-enter-password-twice',
  ],
  [
    'в регистрационных данных в веб торгах обязательные поля пустые что туда писать',
    '/connect/web-torgi-ks/#wtks-fill-required-fields',
  ],
  [
    'ввела новый пароль в вебторги сохранила а план график так и не ушел его заново отправлять?',
    '/connect/web-torgi-ks/#wtks-resend-document',
  ],
  ['вкладка еис в окне регистрационные данные где она', '/connect/web-torgi-ks/#wtks-open-eis-tab'],
  [
    'у меня не получается зайти в сами веб-торги кс кому звонить',
    '/connect/web-torgi-ks/#что-понадобится',
  ],
  [
    'в вебторгах настройки регистрационные данные в еис не могу найти меню',
    '/connect/web-torgi-ks/#wtks-open-settings-menu',
  ],
  [
    'нашу больницу перерегистрировали в еис и теперь ничего не отправляется',
    '/connect/re-registration/',
  ],
  [
    'после перерегистрации где взять новый логин и пароль еис их сама выдала',
    '/connect/re-registration/#rereg-click-alt-integration-link',
  ],
  [
    'после перерегистрации кто вписывает новый логин в систему сам сотрудник или администратор',
    '/connect/re-registration/#кто-может-это-сделать',
  ],
  ['была реорганизация учреждения что с паролем для интеграции', '/connect/re-registration/'],
  [
    'после перерегистрации поменяла логин пароль надо ли документ снова отправлять',
    '/connect/re-registration/#rereg-resend-document',
  ],
  ['токен для сервисов отдачи как получить никогда не делала помогите', '/services/token/'],
  ['на какой срок ставить токен на год или можно больше', '/services/token/#token-eis-set-term'],
  [
    'нет пункта настройка выдачи идентификатора для использования сервисов отдачи в администрировании',
    '/services/token/#token-open-issue-settings',
  ],
  [
    'галку разрешить использование сервисов отдачи в еис поставила в веб торгах тоже надо?',
    '/services/token/#token-wtks-allow-services',
  ],
  ['сохранила в еис а где сам токен посмотреть не вижу', '/services/token/#token-note-identifier'],
  [
    'где в веб торгах режим настройка взаимодействия с сервисами еис не нахожу',
    '/services/token/#token-open-services-mode',
  ],
  [
    'токен может выдать только администратор организации или я со своей учеткой тоже',
    '/services/token/#кто-может-это-сделать',
  ],
  ['relf ddjlbnm njrty в веб торгах', '/services/token/#token-wtks-enter-identifier'],
  ['права доступа к рис как настроить по шагам', '/services/ris-rights/'],
  ['дата предоставленя доступа рис какую ставить', '/services/ris-rights/#ris-set-access-date'],
  [
    'раздел работа с информационными системами какие галки отмечать',
    '/services/ris-rights/#ris-select-is-options',
  ],
  [
    'отметила права а дальше надо выйти и зайти под кем',
    '/services/ris-rights/#ris-relogin-as-admin-authority',
  ],
  [
    'кнопка подписать в правах доступа рис чем подписывать эцп руководителя?',
    '/services/ris-rights/#ris-sign-access-rights',
  ],
  [
    'флаг информация об участниках закупки по электронным процедурам где',
    '/services/ris-rights/#ris-set-participants-info-flag',
  ],
  ['кто должен настраивать связь с рис у нас в лк', '/services/ris-rights/#кто-может-это-сделать'],
  [
    'токен или рис что мне делать вообще не понимаю',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  ['как узнать зарегистрированы ли наши веб торги как региональная система', '/services/overview/'],
  [
    'для чего вообще режим настройка взаимодействия с сервисами еис',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  ['идентификатор эдо для электронной приемки где получить', '/activation/edo-identifier/'],
  [
    'срок дейсвтия идентификатора эдо какую дату писать вручную или сама встанет',
    '/activation/edo-identifier/#edo-fill-expiry-date',
  ],
  [
    'куда потом вставлять идентификатор участника эдо чтобы акты и упд загружались',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  [
    'выдача идентификатора участника электронного документооборота ссылка где найти',
    '/activation/edo-identifier/#edo-click-issue-identifier-link',
  ],
  [
    'идентификатор эдо может выдать только руководитель или заместитель тоже',
    '/activation/edo-identifier/#кто-может-это-сделать',
  ],
  [
    'нажала сохранить в окне выдачи идентификатора эдо пароль от интеграции теперь слетит?',
    '/activation/edo-identifier/#edo-save-identifier',
  ],
  [
    'мне пишет несоответсвие регистрационых данных пользователя в еис',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'при отправке плана графика ошибка о некоректности логина и пароля',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'логин или пароль некорректны что делать если все правильно ввела',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'обнаружено несовпадение данных сертефиката с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'информация о недоступности отдельных функций еис в сфере закупок',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'закрыла окно с паролем и не успела записать',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'не нажала продолжить в окне с паролем теперь пароль не подходит',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  [
    'коллега нажал ссылку альтернативной интеграции еще раз и у меня пароль в вебторгах перестал работать',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'пользователь организации не зарегестрирован в еис ошибка',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  ['срок действия токена истек что теперь', '/reference/troubleshooting/#err-token-expired'],
  [
    'пишет если плагин не установлен пользователю будет предложено его установить',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'обращение закрыто автоматически без возможности переоткрытия а я писала консультацию',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'обращения по описанной в новостях проблеме будут закрыты автоматически а у меня так и не работает',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  [
    'статус сменился на закрыто через 7 рабочих дней я не ответила на запрос',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'пишет срок действия идентификатора истек при импорте документов приемки',
    '/reference/troubleshooting/#err-edo-expired',
  ],
  [
    'забыла скопировать идентификатор эдо и закрыла окошко',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  [
    'перечень региональных информационных систем не появился в администрировании',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  [
    'блок полей права доступа к рис не отображается',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  [
    'у нас еще роль уполномоченное учреждение права рис надо делать второй раз?',
    '/reference/troubleshooting/#err-extra-roles',
  ],
  [
    'документ не уходит в еис все перепробовала ничего не помогло',
    '/reference/troubleshooting/#if-nothing-helped',
  ],
  ['как написать в техподержку еис обращение', '/support/create-request/'],
  [
    'консультация или ошибка что выбирать если документ не уходит',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  ['галочка интеграция в обращении где ставится', '/support/create-request/#tick-integration-flag'],
  [
    'какие xml файлы прикладывать к обращению по интеграции и где их взять',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  [
    'закупка малого объема в обращении поле да нет что ставить',
    '/support/create-request/#set-small-purchase-flag',
  ],
  [
    'можно в одной заявке написать про две проблемы сразу',
    '/support/create-request/#четыре-правила-обращения',
  ],
  ['как приложить скриншот к обращению', '/support/create-request/#attach-request-files'],
  [
    'не могу авторизоваться в личном кабинете как тогда написать в поддержку',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  [
    'плагин фиксации действий обязательно ставить или можно без него',
    '/support/create-request/#record-error-actions',
  ],
  [
    'что значит статус запрос информации в обращении',
    '/support/request-statuses/#что-означают-статусы',
  ],
  ['гед посмотреть свои обрашения в еис', '/support/request-statuses/#где-смотреть-свои-обращения'],
  [
    'когда ответят на мой тикет срок где смотреть',
    '/support/request-statuses/#плановый-срок-решения',
  ],
  [
    'через сколько дней обращение само закроется',
    '/support/request-statuses/#когда-обращение-закрывается',
  ],
  [
    'как посмотреть обращения всей организации а не только мои',
    '/support/request-statuses/#страница-техническая-поддержка',
  ],
  ['статус обращение открыто заново что значит', '/support/request-statuses/#что-означают-статусы'],
  ['телефон горячей линии еис бесплатный', '/support/knowledge-base/#телефоны-поддержки'],
  ['ntktajy gjllth;rb tbc', '/support/knowledge-base/#телефоны-поддержки'],
  ['база знаний еис где она не могу найти', '/support/knowledge-base/#база-знаний-еис'],
  ['телеграм канал еис закупки как называется', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  [
    'как проверить нет ли сегодня сбоя в еис прежде чем писать',
    '/support/knowledge-base/#новости-и-уведомления',
  ],
  [
    'видео инструкция по допсоглашениям в еис',
    '/support/knowledge-base/#как-найти-нужный-материал',
  ],
  ['рис это что за система', '/reference/glossary/#ris'],
  ['гоис расшифровка', '/reference/glossary/#gois'],
  ['сервисы отдачи что это простыми словами', '/reference/glossary/#output-services'],
  [
    'администратор организации и лицо уполномоченное руководителем это одно и то же или нет',
    '/reference/glossary/#org-administrator',
  ],
  ['хочу чтобы напомнило когда токен просрочится', '/tools/reminder/'],
  [
    'срок идентификатора заканчивается через неделю что делать',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  [
    'напоминание не сохраняется пропадает после перезагрузки',
    '/tools/reminder/#добавить-напоминание',
  ],
  ['отмеченные шаги перенести на другой компьютер', '/tools/progress/#perenos'],
  [
    'у меня еще поликлиника отдельным юрлицом как вести отметки отдельно',
    '/tools/progress/#organizacii',
  ],
  ['сайт никуда не отправляет мои пароли?', '/tools/progress/#что-сайт-отправляет'],
  ['с чего начинать настройку интеграции не понимаю что мне надо', '/tools/start/'],
  ['напечатать всю инструкцию на бумаге', '/print/'],
  ['что поменялось в инструкциях за последнее время', '/reference/changes/'],
];
export const HELD_OUT_76 = CORPUS_76;
