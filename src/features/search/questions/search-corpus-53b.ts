/**
 * Corpus 53b: reader questions for the site's search, written on 2026-12-07 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: an inspector from a regional financial control body who checks how 30 budget institutions set up the integration and asks formal, precise questions about responsibility, roles and authority, documents, deadlines, re-registration and proof (requests, statuses, dates).
 * Held out whole, as decided before it arrived: never learned, never tuned on. Kept in the order
 * written.
 */
import type { Query } from './search-queries';

export const CORPUS_53b: readonly Query[] = [
  [
    'кто в учреждении отвечает за получение логина и пароля для интеграции с ЕИС',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'какими полномочиями в ЛК 44-ФЗ должен обладать сотрудник, выдающий данные для альтернативной интеграции по HTTPS',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'перечень необходимого для получения логина и пароля ЕИС',
    '/connect/https-credentials/#что-понадобится',
  ],
  [
    'в какой момент пароль для интеграции становится постоянным',
    '/connect/https-credentials/#шаги',
  ],
  [
    'какие документы учреждение направляет из Web-Торги-КС в ЕИС (план-график, сведения о контрактах)',
    '/connect/https-credentials/#что-получится',
  ],
  [
    'ответственный за ввод логина и пароля ЕИС в Web-Торги-КС — сам пользователь или администратор системы?',
    '/connect/web-torgi-ks/#кто-может-это-сделать',
  ],
  [
    'порядок внесения логина и пароля в Web-Торги-КС, Настройки - Регистрационные данные в ЕИС',
    '/connect/web-torgi-ks/#шаги',
  ],
  [
    'что считается моментом завершения установления связи Web-Торги-КС с ЕИС',
    '/connect/web-torgi-ks/#что-получится',
  ],
  ['флаг сменить пароль вкладка ЕИС', '/connect/web-torgi-ks/#шаги'],
  ['перерегистрация организации в ЕИС срок', '/connect/re-registration/'],
  [
    'какие действия обязано выполнить учреждение после перерегистрации, чтобы документы уходили в ЕИС',
    '/connect/re-registration/#шаги',
  ],
  [
    'после перерегистрации кто вправе узнать новый логин и пароль и кто вносит их в систему',
    '/connect/re-registration/#кто-может-это-сделать',
  ],
  ['gththtubcnhfwbz', '/connect/re-registration/'],
  [
    'ошибка о несоотвествии регистрационых данных пользователя в еис',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'новые логин и пароль после перерегистрации внесены, а ошибка о несоответствии данных сохраняется — причина?',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'инструкция о перерегистрации 2018 года применима ли сейчас, если интерфейс отличается',
    '/connect/re-registration/',
  ],
  [
    'ЕИС при отправке сообщает некоректный логин и пароль',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'сотрудник повторно нажал ссылку данные пользователя для альтернативной интеграции, пароль в системе перестал действовать',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'кто в организации должен определять, кому и когда разрешено открывать ссылку HTTPS, чтобы не сбивался пароль',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'в карточке регистрационные данные нажали Сохранить, пароль снова изменился',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  ['не нажали продолжить в окне с логином', '/reference/troubleshooting/#err-continue-not-pressed'],
  [
    'окно с логином и паролем закрыто до записи данных, восстановить можно?',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'пользователь не зарегистрирован в ЕИС как пользователь организации, отправка невозможна',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  [
    'Обнаружено несовпадение данных сертификата с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'идентификатор участника ЭДО кем выдается, какие права нужны',
    '/activation/edo-identifier/#кто-может-это-сделать',
  ],
  [
    'кто и где устанавливает срок действия идентификатора участника электронного документооборота',
    '/activation/edo-identifier/#шаги',
  ],
  ["bltynbabrfnjh 'lj", '/activation/edo-identifier/'],
  [
    'истек срок действия идентификатора эдо, что делать учреждению',
    '/reference/troubleshooting/#err-edo-expired',
  ],
  [
    'идентификатор ЭДО не сохранили, можно ли получить его повторно',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  [
    'в каком разделе Web-Торги-КС вводится идентификатор участника ЭДО',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  ['импорт документов приемки из ЕИС настройка', '/activation/edo-identifier/'],
  ['электронное активирование определение', '/reference/glossary/#electronic-activation'],
  ['ГоИС что означает сокращение', '/reference/glossary/#gois'],
  [
    'кто уполномочен выдавать токен для сервисов отдачи в ЛК заказчика',
    '/services/token/#кто-может-это-сделать',
  ],
  ['где взять токен для сервиса отдачи ЕИС', '/reference/troubleshooting/#err-token-where'],
  ['на какой срок выдавать токен, есть ли требования', '/services/token/#шаги'],
  ['истек токен, порядок продления', '/reference/troubleshooting/#err-token-expired'],
  ['njrty', '/services/token/'],
  [
    'результат настройки токена: какие поля должны быть заполнены в Web-Торги-КС',
    '/services/token/#что-получится',
  ],
  [
    'токен или права доступа к РИС — по какому признаку определяется путь для региона',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'назначение режима Настройка взаимодействия с сервисами ЕИС',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'настройка сервисов ЕИС заполнена, но на взаимодействие не влияет (версия 13.1)',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  ['в режиме нет блока права доступа к РИС', '/reference/troubleshooting/#err-ris-block-missing'],
  [
    'под какой ролью и полномочием выдаются права доступа к РИС',
    '/services/ris-rights/#кто-может-это-сделать',
  ],
  ['ghfdf ljcnegf r hbc', '/services/ris-rights/'],
  ['дата предоставления доступа для РИС какую указывать', '/services/ris-rights/#шаги'],
  ['что подтверждает успешную настройку прав доступа к РИС', '/services/ris-rights/#что-получится'],
  [
    'пункт Перечень региональных информационных систем не появился в Администрировании',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  ['код РИС субъекта где уточнить', '/reference/troubleshooting/#err-ris-not-found'],
  [
    'у учреждения есть роль уполномоченное учреждение — нужно ли повторять настройку прав РИС',
    '/reference/troubleshooting/#err-extra-roles',
  ],
  ['изменение прав доступа РИС подтверждается кнопкой Подписать?', '/services/ris-rights/#шаги'],
  ['что требуется для настройки прав доступа к РИС', '/services/ris-rights/#что-понадобится'],
  [
    'администратор организации — какое именно из двух полномочий имеется в виду',
    '/reference/glossary/#org-administrator',
  ],
  ['роль Заказчик', '/reference/glossary/#customer'],
  ['РИС расшифровка', '/reference/glossary/#ris'],
  ['СТП', '/reference/glossary/#stp'],
  ['уполномоченный орган', '/reference/glossary/#authorized-body'],
  ['специализированная ЭТП', '/reference/glossary/#specialized-etp'],
  [
    'как учреждение может подтвердить факт обращения в техподдержку ЕИС (номер, дата создания)',
    '/support/request-statuses/#где-смотреть-свои-обращения',
  ],
  [
    'видит ли руководитель все обращения организации, а не только свои',
    '/support/request-statuses/#где-смотреть-свои-обращения',
  ],
  [
    'фактический срок решения обращения и дата последнего события — где отражаются',
    '/support/request-statuses/#страница-техническая-поддержка',
  ],
  [
    'плановый срок решения обращения кем и как устанавливается',
    '/support/request-statuses/#плановый-срок-решения',
  ],
  [
    'статусы обращений в СТП ЕИС значение каждого',
    '/support/request-statuses/#что-означают-статусы',
  ],
  ['cnfnec j,hfotybz', '/support/request-statuses/'],
  [
    'в каких случаях обращение переводится в статус Закрыто',
    '/support/request-statuses/#когда-обращение-закрывается',
  ],
  [
    'сколько рабочих дней дается на ответ на запрос информации',
    '/support/request-statuses/#что-означают-статусы',
  ],
  [
    'обращение закрылось так как не ответили на запрос информации',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'обращение было в статусе решено и закрылось само через неделю',
    '/reference/troubleshooting/#err-request-resolved-closed',
  ],
  [
    'обращение в статусе закрыто можно ли возобновить работу по нему',
    '/reference/troubleshooting/#err-request-closed',
  ],
  [
    'консультацию закрыли автоматически без возможности переоткрытия',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'консультация переоткрыта три раза и закрыта',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],
  [
    'обращение закрыто, т.к. проблема опубликована в новостях ЕИС',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  [
    'допускается ли повторное обращение для уточнения срока решения',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  [
    'кто вправе создавать обращение в техподдержку ЕИС, нужны ли особые полномочия',
    '/support/create-request/#кто-может-это-сделать',
  ],
  [
    'вид обращения ошибка или консультация',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  [
    'перечень документов, прилагаемых к обращению по вопросам интеграции (xml обмена)',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  [
    'какие файлы приложить к обращению о проблеме интеграции с Web-Торги-КС',
    '/reference/troubleshooting/#err-integration-request-files',
  ],
  [
    'правила работы в ТП ЕИС: можно ли несколько проблем разных учреждений в одном обращении',
    '/support/create-request/#четыре-правила-обращения',
  ],
  [
    'обращение по закупке малого объема с 01.07.2026 обязательное поле Да',
    '/support/create-request/#шаги',
  ],
  [
    'ЕИС предлагает установить плагин при создании обращения',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  ['плагин фиксации действий пользователя', '/reference/glossary/#action-recording-plugin'],
  [
    'как направить обращение в СТП без входа в личный кабинет и куда придет ответ',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  [
    'не получается авторизоваться в ЛК, чтобы подать обращение',
    '/reference/troubleshooting/#err-cannot-login-request',
  ],
  ['телефоны круглосуточной поддержки ЕИС', '/support/knowledge-base/#телефоны-поддержки'],
  ['ntktajy gjllth;rb tbc', '/support/knowledge-base/#телефоны-поддержки'],
  [
    'Информация о недоступности отдельных функций ЕИС в сфере закупок',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'где отслеживать сообщения о сбоях и восстановлении функций ЕИС',
    '/support/knowledge-base/#новости-и-уведомления',
  ],
  [
    'база знаний ЕИС категории FAQ администрирование и регистрация',
    '/support/knowledge-base/#часто-задаваемые-вопросы-faq',
  ],
  ['канал ЕИС в Телеграм и Макс', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  [
    'установленный порядок действий при возникновении проблемы в ЕИС до обращения в СТП',
    '/support/knowledge-base/#порядок-действий-при-проблеме',
  ],
  [
    'контроль сроков действия токенов и идентификаторов по подведомственным учреждениям',
    '/tools/reminder/',
  ],
  ['предупреждает ли ЕИС об окончании срока действия идентификатора', '/tools/reminder/'],
  ['напоминание в календарь ics за 30 и 7 дней', '/tools/reminder/#когда-срок-подходит-к-концу'],
  ['учет отметок по нескольким организациям (30 учреждений)', '/tools/progress/#organizacii'],
  ['перенос отметок о выполненных шагах на другой компьютер', '/tools/progress/#perenos'],
  ['какие сведения сайт передает на свой сервер', '/tools/progress/#что-сайт-отправляет'],
  ['с чего начать настройку интеграции план инструкций', '/tools/start/'],
  ['распечатать всю инструкцию для приложения к акту проверки', '/print/'],
  ['история изменений инструкций, что изменилось в декабре', '/reference/changes/'],
  ['на основании каких материалов составлен этот сайт и для кого он', '/#для-кого-этот-сайт'],
];

export const HELD_OUT_53b = CORPUS_53b;
