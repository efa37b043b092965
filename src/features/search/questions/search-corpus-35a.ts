/**
 * Corpus 35a: reader questions for the site's search, written on 2026-12-06 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: the chief accountant of a municipal sports complex setting up the integration after an audit found plan-graphs entered by hand: formal, worried about deadlines and responsibility, accounting terms, text pasted from an auditor's letter.
 * Written at the end of round 16, after its last change to the engine, to the brief of corpora
 * 25–34, and held out whole: never learned, never tuned on. Measured on arrival with round 16's
 * last engine (and, for comparison, with round 15's). Kept in the order written.
 */
import type { Query } from './search-queries';

export const CORPUS_35a: readonly Query[] = [
  // короткие запросы
  ['телефон техподдержки закупки', '/support/knowledge-base/#телефоны-поддержки'],
  ['токин для сервисов отдачи', '/services/token/'],
  ['пароль интеграция https', '/connect/https-credentials/'],
  ['идентефикатор эдо', '/activation/edo-identifier/'],
  ['перерегистрация учреждения еис', '/connect/re-registration/'],
  ['доступ к рис', '/services/ris-rights/'],
  ['статусы заявок в тп', '/support/request-statuses/#что-означают-статусы'],
  ['когда решат обращение срок', '/support/request-statuses/#плановый-срок-решения'],
  ['расшифровка сокращений', '/reference/glossary/'],
  ['ГоИС что это', '/reference/glossary/#gois'],
  ['СТП расшифровка', '/reference/glossary/#stp'],
  ['база знаний zakupki', '/support/knowledge-base/#база-знаний-еис'],
  ['faq еис категории', '/support/knowledge-base/#часто-задаваемые-вопросы-faq'],
  ['макс телеграм еис', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  ['плагин фиксации действий', '/reference/glossary/#action-recording-plugin'],
  ['малый объём обращение да', '/support/create-request/#шаги'],
  ['уполномоченное учреждение роль', '/reference/glossary/#authorized-institution'],
  ['код рис субъекта', '/reference/troubleshooting/#err-ris-not-found'],
  ['обращение не заходя в кабинет', '/support/create-request/#обращение-без-входа-в-лк'],
  ['электроное активирование', '/reference/glossary/#electronic-activation'],
  ['ЭТП специализированная', '/reference/glossary/#specialized-etp'],
  ['разделы сайта', '/#как-устроен-сайт'],
  ['ЛК 44-ФЗ это', '/reference/glossary/#lk'],
  ['изменения по токену', '/reference/changes/#page-services-token'],
  // полные вопросы
  [
    'По результатам проверки установлено, что план-график размещался в ЕИС вручную, без использования интеграции. С чего нам начать настройку, чтобы устранить нарушение в срок?',
    '/tools/start/',
  ],
  [
    'как получить в личном кабинете ЕИС логин и пароль, чтобы Web-Торги сами выгружали план-график',
    '/connect/https-credentials/#шаги',
  ],
  [
    'кому можно поручить получение пароля для интеграции — только руководителю или мне как главбуху с правами администратора тоже можно?',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'в каком меню веб-торгов вводится логин и пароль от ЕИС и надо ли ставить галку про смену пароля',
    '/connect/web-torgi-ks/#шаги',
  ],
  [
    'контрактный управляющий второй раз нажал ссылку про https — наш пароль в веб-торгах теперь не действует?',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'сотрудник закрыл окно с паролем и не записал, можно ли его посмотреть ещё раз или только новый получать',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'Пароль скопировали, но кнопку «Продолжить» не нажали, просто закрыли. Он вообще закрепился?',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  [
    'новые логин и пароль после перерегистрации ввели, а ругается на несоответствие данных по-прежнему, что ещё проверить',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'Заполнили настройку взаимодействия с сервисами ЕИС, а ничего не изменилось, документы как не уходили, так и не уходят. Это нормально?',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  [
    'под какой учётной записью заходить в ЕИС, чтобы выдать токен, и кто потом вносит его в веб-торги',
    '/services/token/#кто-может-это-сделать',
  ],
  [
    'на какой срок оформлять токен, чтобы не получать его заново каждый квартал',
    '/services/token/#шаги',
  ],
  [
    'у нас кроме заказчика есть роль уполномоченного учреждения — повторять ли настройку прав РИС отдельно для неё и как зайти под этой ролью?',
    '/services/ris-rights/#шаги',
  ],
  [
    'По какому признаку понять, что права на РИС выданы правильно и настройка прошла?',
    '/services/ris-rights/#что-получится',
  ],
  [
    'идентификатор ЭДО скопировали, а куда его вставлять в Web-Торги-КС, чтобы подтягивались акты приёмки?',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  [
    'Если в окне выдачи идентификатора ЭДО нажать «Сохранить», не собьётся ли пароль для интеграции?',
    '/activation/edo-identifier/#шаги',
  ],
  [
    'предупреждает ли ЕИС заранее, что срок токена или идентификатора ЭДО заканчивается, или нам следить самим?',
    '/tools/reminder/',
  ],
  [
    'консультация или ошибка — какой вид обращения выбрать, если план-график не уходит в ЕИС',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  [
    'Что обязательно приложить к обращению, если не работает обмен между Web-Торги-КС и ЕИС, и где взять эти xml файлы?',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  [
    'не могу зайти в личный кабинет ЕИС — как тогда подать обращение в поддержку?',
    '/reference/troubleshooting/#err-cannot-login-request',
  ],
  [
    'Подскажите, где посмотреть, к какому сроку техподдержка решит наше обращение? Не хочу плодить повторные заявки',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  [
    'где увидеть все обращения учреждения, а не только свои, например заведённые прежним бухгалтером',
    '/support/request-statuses/#где-смотреть-свои-обращения',
  ],
  [
    'где в базе знаний ЕИС найти видеоролик по электронным допсоглашениям к контрактам',
    '/support/knowledge-base/#как-найти-нужный-материал',
  ],
  [
    'нужно ли писать в поддержку, если в новостях ЕИС уже висит сообщение о сбое?',
    '/support/knowledge-base/#новости-и-уведомления',
  ],
  [
    'В каком порядке действовать, если что-то сломалось: звонить сразу или сначала искать ответ самим?',
    '/support/knowledge-base/#порядок-действий-при-проблеме',
  ],
  [
    'мы через централизованную бухгалтерию ведём несколько учреждений — можно вести отметки и напоминания по каждому отдельно?',
    '/tools/progress/#organizacii',
  ],
  [
    'Ревизор просит распечатку всех инструкций, можно ли сохранить одним файлом в PDF с квадратиками для отметок?',
    '/print/',
  ],
  [
    'что такое сервисы отдачи и что они дают учреждению на практике',
    '/reference/glossary/#output-services',
  ],
  [
    'какое полномочие нужно: администратор организации или лицо, уполномоченное руководителем на определение лиц, — это одно и то же?',
    '/reference/glossary/#org-administrator',
  ],
  [
    'В акте проверки указано: «документы планирования размещены без использования интеграции». Какие документы Web-Торги-КС вообще передаёт в ЕИС?',
    '/connect/https-credentials/',
  ],
  [
    'для кого этот сайт, подойдёт ли он бухгалтерии или только контрактной службе',
    '/#для-кого-этот-сайт',
  ],
  [
    'Что поменяли в инструкции по обращениям в поддержку? Мы уже делали по старой версии, надо ли переделывать',
    '/reference/changes/#page-support-create-request',
  ],
  ['какие вообще инструкции есть на сайте и в каком порядке их проходить', '/#основные-инструкции'],
  [
    'Если у организации ещё роль уполномоченного органа и работа в РИС так и не налаживается, в чём может быть причина?',
    '/reference/troubleshooting/#err-extra-roles',
  ],
  [
    'документы не уходят в ЕИС, а какая именно ошибка — не понимаю, как разобраться по порядку',
    '/reference/troubleshooting/#diagnostic',
  ],
  [
    'ничего из описанного не помогло, к кому идти — к администраторам системы или в поддержку ЕИС?',
    '/reference/troubleshooting/#if-nothing-helped',
  ],
  // сообщения об ошибках
  [
    'ЕИС при отправке плана-графика: логин или пароль некорректны',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'Обнаружено несовпадение данных сертификата с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'ошибка о несоответствии регистрационных данных пользователя в ЕИС при отправке',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'висит «Информация о недоступности отдельных функций ЕИС в сфере закупок»',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'при создании обращения вылезает предложение установить плагин',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'не ответили на запрос информации, обращение закрыто без возможности переоткрытия',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'Работа с обращениями в статусе Закрыто далее не осуществляется',
    '/reference/troubleshooting/#err-request-closed',
  ],
  [
    'Если в обращении с видом Консультация содержится информация об ошибке то такое обращение будет закрыто',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  ['истек срок действия токена сервисы отдачи', '/reference/troubleshooting/#err-token-expired'],
  [
    'срок действия идентификатора участника ЭДО истёк что теперь',
    '/reference/troubleshooting/#err-edo-expired',
  ],
  [
    'пользователь организации должен быть зарегистрирован в ЕИС — так написали, документ не уходит',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  [
    'нет блока Права доступа к РИС в настройке взаимодействия',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  [
    'в администрировании не появился перечень региональных информационных систем',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  [
    'обращение автоматически поменяет статус на Закрыто через 7 рабочих дней, было Решено',
    '/reference/troubleshooting/#err-request-resolved-closed',
  ],
  [
    'консультацию закрыли после 3 переоткрытий',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],
  [
    'обращения по описанной в новостях проблеме будут закрыты автоматически',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  // другая раскладка, транслит, опечатки
  ['gfhjkm lkz byntuhfwbb tbc', '/connect/https-credentials/'],
  ['njrty cthdbcs jnlfxb', '/services/token/'],
  ['gththtubcnhfwbz jhufybpfwbb', '/connect/re-registration/'],
  ['ntktajy gjllth;rb tbc', '/support/knowledge-base/#телефоны-поддержки'],
  ['ghfdf ljcnegf r hbc', '/services/ris-rights/'],
  ['kak sozdat obrashchenie v podderzhku eis', '/support/create-request/#шаги'],
  ['spisok moih napominanij', '/tools/reminder/#vashi-napominaniya'],
  ['как привизать веб торги к еис пошагова', '/'],
  [
    'oshibka nesootvetstvie registracionnyh dannyh',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'статуз обрашения запрс инфармации скоко дней',
    '/support/request-statuses/#что-означают-статусы',
  ],
  // своими словами
  ['ключ для выгрузок из госзакупок где выписывают', '/reference/troubleshooting/#err-token-where'],
  [
    'ЭЦП директора не пускает в кабинет закупок, сертификат не совпадает',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  ['отчёт по настройке сколько пунктов уже выполнено', '/tools/progress/#vse-spiski'],
  [
    'в напоминании подписать название подведомственного учреждения',
    '/tools/reminder/#добавить-напоминание',
  ],
  [
    'выгрузить срок окончания ключа в календарь outlook',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  ['анкета, чтобы подобрали инструкции под наше учреждение', '/tools/start/'],
  ['журнал правок инструкций', '/reference/changes/'],
  ['регламент подачи заявок в ТП ЕИС', '/support/create-request/#четыре-правила-обращения'],
  [
    'как подтянуть акты выполненных работ из госзакупок в учётную программу',
    '/activation/edo-identifier/',
  ],
  [
    'кадровик пересохранил карточку сотрудника в ЕИС и обмен с торгами встал',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  ['бумаги о приёмке из ЕИС это что', '/reference/glossary/#acceptance-documents'],
  ['перенести мои галочки на ноутбук', '/tools/progress/#perenos'],
  ['не утекают ли данные учреждения через этот сайт', '/tools/progress/#что-сайт-отправляет'],
  [
    'заявка в ЕИС по сбою обмена с веб-торгами что прикладывать',
    '/reference/troubleshooting/#err-integration-request-files',
  ],
  [
    'наша областная торговая система числится в ЕИС как региональная или нет, у кого узнать',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
];

export const HELD_OUT_35a = CORPUS_35a;
