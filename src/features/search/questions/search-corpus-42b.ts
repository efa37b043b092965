/**
 * Corpus 42b: reader questions for the site's search, written on 2026-12-06 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: legal counsel of a cultural institution asked to sort things out — asks who is responsible and who has the right, what happens if a step is skipped, why a support request was closed, what the source document says; writes correctly and formally.
 * Written at the start of round 20 to the brief of corpora 25–40 (its copy of the pages also
 * showed checklist steps' ids, so some labels name a step, which no result opens), to be learned
 * whole, as decided before they arrived; measured on arrival with round 19's last engine. Held
 * out whole instead, as corpora 29 and 30 were in round 15: learned, they gave the other held-out
 * sets no first place (README, round 20). Never tuned on. Kept in the order written.
 */
import type { Query } from './search-queries';

export const CORPUS_42b: readonly Query[] = [
  // короткие запросы
  ['ответственный за интеграцию с ЕИС', '/connect/https-credentials/#кто-может-это-сделать'],
  ['полномочия администратора организации', '/reference/glossary/#org-administrator'],
  ['основания закрытия обращения', '/support/request-statuses/#когда-обращение-закрывается'],
  ['срок ответа на запрос информации', '/support/request-statuses/#что-означают-статусы'],
  ['пункты 4 и 5 части 1 статьи 93', '/support/create-request/#set-small-purchase-flag'],
  ['уполномоченное учреждение', '/reference/glossary/#authorized-institution'],
  ['уполномоченный орган', '/reference/glossary/#authorized-body'],
  ['роль Заказчик', '/reference/glossary/#customer'],
  ['плановый срок решения обращения', '/support/request-statuses/#плановый-срок-решения'],
  ['консультация или ошибка', '/support/create-request/#вид-обращения-консультация-или-ошибка'],
  ['правила обращения в ТП', '/support/create-request/#четыре-правила-обращения'],
  ['перерегистрация организации в ЕИС', '/connect/re-registration/'],
  ['телефоны поддержки ЕИС', '/support/knowledge-base/#телефоны-поддержки'],
  ['история изменений инструкций', '/reference/changes/'],
  ['ГоИС что это', '/reference/glossary/#gois'],
  ['срок действия идентификатора ЭДО', '/activation/edo-identifier/#edo-fill-expiry-date'],
  ['продление токена', '/reference/troubleshooting/#err-token-expired'],
  [
    'ЕИС 13.1 настройка не обрабатывается',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  ['код РИС субъекта', '/services/ris-rights/#ris-find-region-ris'],
  ['плагин фиксации действий', '/reference/glossary/#action-recording-plugin'],
  ['документы приёмки', '/reference/glossary/#acceptance-documents'],
  ['обращение без авторизации', '/support/create-request/#обращение-без-входа-в-лк'],
  ['статусы обращений', '/support/request-statuses/'],
  ['электронное активирование', '/reference/glossary/#electronic-activation'],

  // вопросы живой речью
  [
    'Кто в учреждении отвечает за получение логина и пароля для интеграции с ЕИС — руководитель или администратор?',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'Какие последствия наступят, если после перерегистрации организации не внести новые учётные данные в Web-Торги-КС?',
    '/connect/re-registration/',
  ],
  [
    'На каком основании служба поддержки ЕИС закрыла наше обращение, не рассмотрев его по существу?',
    '/support/request-statuses/#когда-обращение-закрывается',
  ],
  [
    'Наше обращение было оформлено как консультация, в нём описан сбой, и его закрыли без права переоткрытия. Правомерно ли это и как действовать дальше?',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'Что дословно говорит исходный документ о том, что настройка взаимодействия с сервисами ЕИС не обрабатывается Системой?',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  [
    'В течение какого срока необходимо ответить на запрос информации от техподдержки, чтобы обращение не было закрыто?',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'Является ли обязательным приложение записи плагина к обращению об ошибке, или это лишь рекомендация?',
    '/support/create-request/#record-error-actions',
  ],
  [
    'Может ли рядовой сотрудник без полномочий администратора самостоятельно направить обращение в техподдержку ЕИС?',
    '/support/create-request/#кто-может-это-сделать',
  ],
  [
    'Кому принадлежит право выдавать токен для сервисов отдачи — любому пользователю или только администратору организации?',
    '/services/token/#кто-может-это-сделать',
  ],
  [
    'Коллега повторно нажал ссылку в ЕИС, и пароль в Web-Торги-КС перестал действовать. Как распределить ответственность в организации, чтобы это не повторялось?',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'Обязано ли учреждение, имеющее дополнительно роль уполномоченного учреждения, повторять настройку прав доступа к РИС отдельно для этой роли?',
    '/services/ris-rights/#ris-sign-access-rights',
  ],
  [
    'Что произойдёт с обращением, если мы в течение недели не подтвердим предложенное решение?',
    '/reference/troubleshooting/#err-request-resolved-closed',
  ],
  [
    'Сколько раз допускается переоткрывать обращение вида «Консультация», прежде чем его окончательно закроют?',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],
  [
    'Обязаны ли мы с 1 июля 2026 года указывать в обращении, что проблема связана с закупкой малого объёма?',
    '/support/create-request/#set-small-purchase-flag',
  ],
  [
    'Где увидеть дату, к которой техподдержка намерена решить наше обращение, не направляя повторный запрос?',
    '/support/request-statuses/#плановый-срок-решения',
  ],
  [
    'Какие документы требуется приложить к обращению по проблеме интеграции Web-Торги-КС с ЕИС?',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  [
    'В новостях ЕИС опубликовано сообщение о недоступности функций. Следует ли в этом случае направлять обращение в поддержку?',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'Почему наше обращение о сбое закрылось автоматически сразу после сообщения о восстановлении работы ЕИС?',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  [
    'Какую дату предоставления доступа следует указывать для РИС и на чём основано это требование?',
    '/services/ris-rights/#ris-set-access-date',
  ],
  [
    'Что означает статус «Обращение открыто заново» и по чьей инициативе он устанавливается?',
    '/support/request-statuses/#что-означают-статусы',
  ],
  [
    'Уведомляет ли ЕИС заранее об истечении срока действия токена, или отслеживать дату должен сам заказчик?',
    '/tools/reminder/',
  ],
  [
    'Что наступает после истечения срока действия идентификатора участника ЭДО и допускается ли его продление?',
    '/reference/troubleshooting/#err-edo-expired',
  ],
  [
    'Учреждение является заказчиком, но документы в ЕИС не уходят. Может ли причина быть в том, что сотрудник не зарегистрирован в ЕИС как пользователь организации?',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  [
    'Каким документом установлен порядок получения логина и пароля для альтернативной интеграции, на какие источники опирается инструкция?',
    '/connect/https-credentials/',
  ],
  [
    'Может ли сам пользователь внести полученные логин и пароль в Web-Торги-КС, или для этого требуется администратор?',
    '/connect/web-torgi-ks/#кто-может-это-сделать',
  ],
  [
    'Какую кнопку запрещено нажимать в карточке регистрационных данных, чтобы пароль для интеграции не изменился?',
    '/connect/https-credentials/#https-close-with-cancel',
  ],
  [
    'В какой момент пароль для интеграции становится постоянным и закрепляется за пользователем?',
    '/connect/https-credentials/#https-press-continue',
  ],
  [
    'Кто уполномочен выдавать идентификатор участника электронного документооборота сотруднику учреждения?',
    '/activation/edo-identifier/#кто-может-это-сделать',
  ],
  [
    'Для каких целей используется идентификатор участника ЭДО и куда его необходимо вводить в нашей системе?',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  [
    'Как определить, какой порядок настройки сервисов ЕИС применим к нашему региону: токен или права доступа к РИС?',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'Кто должен сообщить нам код РИС субъекта, если в исходном документе он не указан?',
    '/reference/troubleshooting/#err-ris-not-found',
  ],
  [
    'После выдачи прав доступа в разделе «Администрирование» так и не появился перечень региональных информационных систем. В чём может быть нарушение порядка?',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  [
    'Обязательно ли выходить из личного кабинета и входить повторно после выдачи прав на работу с информационными системами?',
    '/services/ris-rights/#ris-relogin-as-admin-authority',
  ],
  [
    'Допустимо ли объединить в одном обращении несколько разных проблем, чтобы не оформлять каждую отдельно?',
    '/support/create-request/#четыре-правила-обращения',
  ],
  [
    'Руководитель не может войти в личный кабинет из-за ошибки сертификата. Каким образом в таком случае направить обращение в поддержку?',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  [
    'Следует ли вносить в напоминание на вашем сайте сам токен и не создаёт ли это риск разглашения конфиденциальных сведений?',
    '/tools/reminder/',
  ],
  [
    'Передаёт ли этот сайт куда-либо текст поисковых запросов и персональные данные посетителей?',
    '/tools/progress/#что-сайт-отправляет',
  ],
  [
    'Каким полномочием должен обладать пользователь, который после повторного входа подписывает права доступа для РИС?',
    '/services/ris-rights/#кто-может-это-сделать',
  ],
  [
    'Какие именно сведения Web-Торги-КС направляет в ЕИС по альтернативной интеграции — только план-график или также сведения о контрактах?',
    '/connect/https-credentials/#что-получится',
  ],
  [
    'Какие изменения были внесены в инструкцию о токене в декабре и затрагивают ли они порядок действий?',
    '/reference/changes/#page-services-token',
  ],
  [
    'Какую отметку необходимо проставить в форме обращения, если проблема касается интеграции с Web-Торги-КС?',
    '/support/create-request/#tick-integration-flag',
  ],
  [
    'Какую галочку нужно поставить в Web-Торги-КС, чтобы заменить прежний пароль ЕИС новым?',
    '/connect/web-torgi-ks/#wtks-tick-change-password',
  ],
  [
    'Юридический отдел сопровождает несколько подведомственных учреждений — можно ли отслеживать ход настройки по каждому из них отдельно?',
    '/tools/progress/#organizacii',
  ],
  [
    'Где в Базе знаний ЕИС найти разъяснение о регистрации нового сертификата электронной подписи руководителя?',
    '/support/knowledge-base/#часто-задаваемые-вопросы-faq',
  ],
  [
    'Правомерно ли, что пароль в ЕИС сменился после нажатия кнопки «Сохранить» в регистрационных данных, и как теперь восстановить отправку?',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'Какие сведения об обращении отображаются в разделе «Мои обращения» и видны ли там обращения всей организации?',
    '/support/request-statuses/#где-смотреть-свои-обращения',
  ],

  // сообщения об ошибках
  [
    'ошибка о некорректности логина и пароля при отправке информации в ЕИС',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'выдаёт ошибку: логин или пароль некорректны',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'Обнаружено несовпадение данных сертификата с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'у руководителя при входе пишет «обнаружено несовпадение данных сертификата с данными зарегистрированного»',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'ошибка о несоответствии регистрационных данных пользователя в ЕИС',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'при отправке плана-графика несоответствие регистрационных данных пользователя',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'Информация о недоступности отдельных функций ЕИС в сфере закупок',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'уведомление: недоступность отдельных функций при работе в подсистеме заключения контрактов',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'плагин фиксации действий пользователя не установлен, система предлагает установить',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'Работа с обращениями в статусе Закрыто далее не осуществляется',
    '/reference/troubleshooting/#err-request-closed',
  ],
  [
    'Решено — обращение автоматически поменяет статус на «Закрыто» через 7 рабочих дней',
    '/reference/troubleshooting/#err-request-resolved-closed',
  ],
  [
    'если пользователь не ответит на запрос, обращение поменяет статус на Закрыто без возможности переоткрытия',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'обращение с видом консультация содержит информацию об ошибке и будет закрыто автоматически',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'не отображается блок полей «Права доступа к РИС»',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  [
    'истек срок действия токена для сервисов отдачи',
    '/reference/troubleshooting/#err-token-expired',
  ],

  // раскладка, транслит, опечатки
  ['j,hfotybt pfrhsnj', '/reference/troubleshooting/#err-request-closed'],
  ['ntktajy gjllth;rb', '/support/knowledge-base/#телефоны-поддержки'],
  ['ghfdf ljcnegf hbc', '/services/ris-rights/'],
  ['kogda zakryvaetsya obrashchenie', '/support/request-statuses/#когда-обращение-закрывается'],
  ['pereregistraciya organizacii v eis', '/connect/re-registration/'],
  ['идентефикатор участника эдо', '/activation/edo-identifier/'],
  ['полномочее администратора организацыи', '/reference/glossary/#org-administrator'],
  ['срок дейстивя токена', '/services/token/#token-eis-set-term'],

  // своими словами
  [
    'техподдержка отфутболила заявку, сославшись на новости о сбое',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  [
    'ссылка-ловушка, после которой слетает пароль интеграции',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  ['всё руководство одним документом, чтобы распечатать и приобщить к делу', '/print/'],
  ['опросник: что именно нашему учреждению нужно настраивать', '/tools/start/'],
  ['расшифровка аббревиатур закупочной системы', '/reference/glossary/'],
  [
    'заявка в поддержке висит, сроков не видно — дублировать ли',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  ['что за зверь эти сервисы отдачи', '/reference/glossary/#output-services'],
];

export const HELD_OUT_42b = CORPUS_42b;
