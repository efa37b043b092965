/**
 * Corpus 71: reader questions for the site's search, written on 2026-12-07 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: the contract manager of a large regional hospital, careful and formal but hurried: full sentences starting «почему», «можно ли», «обязательно ли», «что будет если», official wording from regulations and letters, whole sentences pasted from the IT department's mail, a forgotten layout switch.
 * Held out whole, as decided before it arrived: never learned, never tuned on. Kept in the order
 * written.
 */
import type { Query } from './search-queries';

export const CORPUS_71: readonly Query[] = [
  [
    'кто в учреждении вправе получать логин и пароль для альтернативной интеграции в ЕИС',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'При повторном нажатии на ссылку «Данные пользователя для альтернативной интеграции (по протоколу HTTPS)» пароль изменится — почему так',
    '/connect/https-credentials/#https-click-alt-integration-link',
  ],
  [
    'обязательно ли нажимать Продолжить после того как скопировала логин и пароль',
    '/connect/https-credentials/#https-press-continue',
  ],
  [
    'окно регистрационные данные закрывать кнопкой отменить или сохранить?',
    '/connect/https-credentials/#https-close-with-cancel',
  ],
  [
    'можно ли копировать пароль вместе с пробелом в конце, так выделяется мышкой',
    '/connect/https-credentials/#https-copy-login-password',
  ],
  [
    'как получить реквизиты доступа для передачи сведений из Веб-Торгов в zakupki.gov.ru',
    '/connect/https-credentials/',
  ],
  [
    'Уважаемые коллеги! Для настройки обмена необходимо сформировать учетные данные пользователя для альтернативной интеграции в ЛК ЕИС и передать их в отдел информатизации',
    '/connect/https-credentials/',
  ],
  ['kjuby b gfhjkm lkz byntuhfwbb gj https', '/connect/https-credentials/'],
  [
    'в меню пользователя выбирать регистрационные данные или права доступа пользователя',
    '/connect/https-credentials/#https-open-registration-data',
  ],
  [
    'какие документы больница будет передавать в ЕИС через интеграцию по HTTPS, контракты тоже?',
    '/connect/https-credentials/#что-получится',
  ],
  ['куда в Web-Торги-КС вносить логин и пароль от ЕИС', '/connect/web-torgi-ks/'],
  [
    'где в веб торгах пункт регистрационные данные в еис, меню настройки',
    '/connect/web-torgi-ks/#wtks-open-eis-registration-data',
  ],
  [
    'обязательно ли ставить галку сменить пароль если меняю только пароль',
    '/connect/web-torgi-ks/#wtks-tick-change-password',
  ],
  [
    'пароль нужно вводить два раза? второе поле подтверждения',
    '/connect/web-torgi-ks/#wtks-enter-password-twice',
  ],
  [
    'какие обязательные поля заполнять в окне регистрационных данных в системе',
    '/connect/web-torgi-ks/#wtks-fill-required-fields',
  ],
  ['не могу войти в Web-Торги-КС, к кому обращаться', '/connect/web-torgi-ks/#что-понадобится'],
  [
    'может ли контрактный управляющий сам внести свои учетные данные ЕИС в систему или только ответственный администратор',
    '/connect/web-torgi-ks/#кто-может-это-сделать',
  ],
  [
    'после сохранения нового пароля как повторно направить план-график в ЕИС',
    '/connect/web-torgi-ks/#wtks-resend-document',
  ],
  ['drkflrf tbc d htubcnhfwbjyys[ lfyys[', '/connect/web-torgi-ks/#wtks-open-eis-tab'],
  [
    'наше учреждение прошло перерегистрацию в ЕИС, что делать с логином и паролем в Веб-Торгах',
    '/connect/re-registration/',
  ],
  [
    'что будет если не внести новые логин и пароль после перерегистрации организации',
    '/connect/re-registration/',
  ],
  [
    'кто может узнать новый логин и пароль после перерегистрации',
    '/connect/re-registration/#кто-может-это-сделать',
  ],
  [
    'в какое поле вписать новый логин полученный после перерегистрации',
    '/connect/re-registration/#rereg-enter-login',
  ],
  [
    'после перерегистрации внесли данные, как отправить документ еще раз',
    '/connect/re-registration/#rereg-resend-document',
  ],
  ['перерегистрация шаги в личном кабинете и в системе', '/connect/re-registration/#шаги'],
  [
    'в каком разделе кабинета заказчика оформляется ключ для сервисов отдачи',
    '/services/token/#token-open-issue-settings',
  ],
  [
    'на какой срок оформлять токен, можно ли сделать бессрочный',
    '/services/token/#token-eis-set-term',
  ],
  [
    'форма доступ к использованию сервисов отдачи какой флажок отметить',
    '/services/token/#token-eis-allow-services',
  ],
  [
    'в какое поле Веб-Торгов вписывать идентификатор токена',
    '/services/token/#token-wtks-enter-identifier',
  ],
  [
    'не нахожу режим настройка взаимодействия с сервисами ЕИС в системе',
    '/services/token/#token-open-services-mode',
  ],
  [
    'после сохранения в ЕИС не вижу сам идентификатор токена, где он отображается',
    '/services/token/#token-note-identifier',
  ],
  ['под чьей учетной записью получают токен в ЕИС', '/services/token/#кто-может-это-сделать'],
  [
    'как сохранить настройку сервисов отдачи после ввода срока действия',
    '/services/token/#token-wtks-enter-term',
  ],
  [
    'ключ токена для сервисов отдачи под какой учетной записью и на какой срок, обязательно ли это для больницы',
    '/services/token/',
  ],
  [
    'как предоставить права доступа к региональной информационной системе в ЕИС',
    '/services/ris-rights/',
  ],
  [
    'какие опции отметить в разделе работа с информационными системами',
    '/services/ris-rights/#ris-select-is-options',
  ],
  ['rjl hbc yfituj ce,]trnf ult epyfnm', '/services/ris-rights/#ris-find-region-ris'],
  [
    'какую дату предоставления доступа ставить для РИС',
    '/services/ris-rights/#ris-set-access-date',
  ],
  [
    'у больницы дополнительно роль уполномоченное учреждение, нужно ли повторять настройку РИС',
    '/services/ris-rights/#ris-sign-access-rights',
  ],
  [
    'нужно ли выходить и заново входить в личный кабинет после выдачи прав на информационные системы',
    '/services/ris-rights/#ris-relogin-as-admin-authority',
  ],
  ['где кнопка редактирование прав доступа у РИС', '/services/ris-rights/#ris-edit-access-rights'],
  [
    'флаг информация об участниках закупки по электронным процедурам',
    '/services/ris-rights/#ris-set-participants-info-flag',
  ],
  [
    'Успешным прохождением предыдущего этапа настройки будет появление в разделе Администрирование пункта',
    '/services/ris-rights/#ris-check-ris-list-item',
  ],
  [
    'токен или РИС — как понять, что нужно именно нашему учреждению',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'зарегистрирована ли система веб торги как рис в нашей области и что от этого зависит',
    '/services/overview/',
  ],
  [
    'версия ЕИС 13.1 настройка взаимодействия не обрабатывается системой',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'руководство администратора пункт 1.5.3.3 настройка взаимодействия',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'как получить идентификатор участника электронного документооборота',
    '/activation/edo-identifier/',
  ],
  [
    'для электронной приемки товара по контракту какой идентификатор нужно оформить в ЕИС',
    '/activation/edo-identifier/',
  ],
  [
    'срок действия идентификатора ЭДО вводить вручную или выбирать',
    '/activation/edo-identifier/#edo-fill-expiry-date',
  ],
  [
    'куда потом вводить идентификатор ЭДО для импорта документов приемки',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  [
    'можно ли нажимать Сохранить в окне выдачи идентификатора, не собьется ли пароль интеграции',
    '/activation/edo-identifier/#edo-save-identifier',
  ],
  [
    'кто вправе выдать сотруднику идентификатор участника эдо',
    '/activation/edo-identifier/#кто-может-это-сделать',
  ],
  [
    'несоотвествие регистрационых данных пользователя в еис при отправке',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  ['логин или пароль некоректны', '/reference/troubleshooting/#err-login-password-incorrect'],
  [
    'Обнаружено несовпадение данных сертификата с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'у главврача при входе в еис несовпадение данных сертефиката',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'Информация о недоступности отдельных функций ЕИС в сфере закупок',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'пароль в Веб-Торгах перестал действовать, коллега из ИТ повторно открыл ссылку HTTPS',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'нажали сохранить в регистрационных данных и пароль слетел',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'закрыла окно с логином и паролем не записав, что теперь',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'что будет если не нажать продолжить в окне с логином и паролем',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  [
    'пользователь организации не зарегестрирован в еис',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  [
    'идентификатор ЭДО просрочен, импорт приемки не работает',
    '/reference/troubleshooting/#err-edo-expired',
  ],
  [
    'не сохранила идентификатор эдо, можно посмотреть ранее выданный?',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  [
    'Блок полей Права доступа к РИС отображается только в случае',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  [
    'в администрировании не появился пункт перечень региональных информационых систем',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  [
    'Работа с обращениями в статусе Закрыто далее не осуществляется',
    '/reference/troubleshooting/#err-request-closed',
  ],
  [
    'если в обращении с видом консультация содержится информация об ошибке то такое обращение будет закрыто',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'обращение автоматически поменяет статус на закрыто через 7 рабочих дней без возможности переоткрытия, не успели ответить на запрос',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'Если плагин не установлен пользователю будет предложено его установить',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  ['как написать жалобу в техподдержку ЕИС', '/support/create-request/'],
  [
    'консультация или ошибка — какой вид обращения выбрать',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  [
    'что приложить к обращению по интеграции с Веб-Торгами, какие xml файлы',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  [
    'закупка малого объема п.4 ч.1 ст.93 отметка да в обращении',
    '/support/create-request/#set-small-purchase-flag',
  ],
  ['галочка интеграция в форме обращения где', '/support/create-request/#tick-integration-flag'],
  [
    'не могу авторизоваться в личном кабинете, как все же направить обращение',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  [
    'можно ли в одном обращении описать несколько проблем сразу',
    '/support/create-request/#четыре-правила-обращения',
  ],
  [
    'обязательно ли записывать действия плагином при обращении об ошибке',
    '/support/create-request/#record-error-actions',
  ],
  [
    'телефон горячей линии ЕИС круглосуточно бесплатный',
    '/support/knowledge-base/#телефоны-поддержки',
  ],
  [
    'база знаний ЕИС где найти часто задаваемые вопросы',
    '/support/knowledge-base/#база-знаний-еис',
  ],
  ['ntktuhfv rfyfk tbc pfregrb', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  [
    'как зарегистрировать новый сертификат ЭЦП руководителя в личном кабинете заказчика',
    '/support/knowledge-base/#часто-задаваемые-вопросы-faq',
  ],
  [
    'видеоинструкция по электронным допсоглашениям к контракту',
    '/support/knowledge-base/#как-найти-нужный-материал',
  ],
  [
    'Информация о восстановлении функций ЕИС в сфере закупок где публикуют',
    '/support/knowledge-base/#новости-и-уведомления',
  ],
  [
    'что значит статус запрос информации по обращению',
    '/support/request-statuses/#что-означают-статусы',
  ],
  [
    'в каких случаях обращение закрывается автоматически',
    '/support/request-statuses/#когда-обращение-закрывается',
  ],
  [
    'Не требуется создавать повторные обращения с целью уточнения сроков решения — где тогда смотреть срок',
    '/support/request-statuses/#плановый-срок-решения',
  ],
  [
    'где найти мои обращения в личном кабинете',
    '/support/request-statuses/#где-смотреть-свои-обращения',
  ],
  [
    'можно ли переоткрыть обращение если решение не помогло',
    '/support/request-statuses/#когда-обращение-закрывается',
  ],
  [
    'как продлить идентификатор эдо когда срок подходит к концу',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  ['напоминание о дате окончания токена', '/tools/reminder/'],
  [
    'сохраняет ли сайт введенные пароли и токены, служба безопасности спрашивает',
    '/tools/progress/#что-сайт-отправляет',
  ],
  [
    'ведем интеграцию за несколько учреждений, больница и поликлиника, отметки отдельно',
    '/tools/progress/#organizacii',
  ],
  ['с чего начать настройку интеграции, опросник', '/tools/start/'],
  ['что такое ГоИС', '/reference/glossary/#gois'],
  ['расшифровка СТП и ТП', '/reference/glossary/#stp'],
  [
    'администратор организации и лицо уполномоченное руководителем в чем разница',
    '/reference/glossary/#org-administrator',
  ],
  ['распечатать всю инструкцию или сохранить в pdf', '/print/'],
  ['что изменилось в инструкциях', '/reference/changes/'],
];
export const HELD_OUT_71 = CORPUS_71;
