/**
 * Corpus 33a: reader questions for the site's search, written on 2026-12-06 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: a deputy head of finance of a municipal administration dictating queries by voice on a phone: no punctuation, speech-recognition slips, numbers as words, «е и с», «веб торги кс», run-on questions.
 * Written in round 16 to the brief of corpora 25–30 (a set share of wrong layouts, translit,
 * pasted messages and words the site does not use) to be learned, as decided before they
 * arrived: measured once on arrival with round 15's last engine, then learned whole
 * (training.ts). Kept in the order written.
 */
import type { Query } from './search-queries';

export const CORPUS_33a: readonly Query[] = [
  // короткие запросы
  ['восемь восемьсот поддержка закупок', '/support/knowledge-base/#телефоны-поддержки'],
  ['токин где получить', '/services/token/#шаги'],
  ['пере регистрация организации пароль', '/connect/re-registration/'],
  ['что такое рис', '/reference/glossary/#ris'],
  ['го и с это что', '/reference/glossary/#gois'],
  ['статус запрос информации', '/support/request-statuses/#что-означают-статусы'],
  ['мои обращения где смотреть', '/support/request-statuses/#где-смотреть-свои-обращения'],
  ['черновики обращений вкладка', '/support/request-statuses/#страница-техническая-поддержка'],
  ['консультация или ошибка', '/support/create-request/#вид-обращения-консультация-или-ошибка'],
  ['малый объем да в обращении', '/support/create-request/#шаги'],
  ['индетификатор эдо', '/activation/edo-identifier/'],
  ['напоминалка срок токена', '/tools/reminder/#добавить-напоминание'],
  ['мои напоминания удалить', '/tools/reminder/#vashi-napominaniya'],
  ['сбросить все отметки', '/tools/progress/#perenos'],
  ['сколько шагов уже отмечено', '/tools/progress/#vse-spiski'],
  ['опросник план настройки', '/tools/start/'],
  ['сервисы отдача это что', '/reference/glossary/#output-services'],
  ['эл ка расшифровка', '/reference/glossary/#lk'],
  ['лента атом изменения', '/reference/changes/'],
  ['база знаний закупок вход', '/support/knowledge-base/#база-знаний-еис'],
  ['новости е и с про сбой где', '/support/knowledge-base/#новости-и-уведомления'],
  ['главная страница интеграция закупок', '/'],
  ['веб торги касс это что за программа', '/reference/glossary/#web-torgi-ks'],

  // вопросы живой речью
  [
    'как получить в е и с логин и пароль чтобы веб торги кс сами отправляли план график в закупки',
    '/connect/https-credentials/#шаги',
  ],
  [
    'почему каждый раз как нажимаешь ссылку про аш ти ти пи эс пароль новый он вообще когда постоянным становится',
    '/connect/https-credentials/#что-получится',
  ],
  [
    'куда в веб торгах кс вставлять логин и пароль от е и с там в настройках где то',
    '/connect/web-torgi-ks/#шаги',
  ],
  [
    'может ли админ за сотрудника ввести ему пароль в веб торги или он сам должен под своей учеткой',
    '/connect/web-torgi-ks/#кто-может-это-сделать',
  ],
  [
    'я не могу зайти в сами веб торги кс к кому идти чтобы дали доступ',
    '/connect/web-torgi-ks/#что-понадобится',
  ],
  [
    'организацию перерегистрировали новый логин пароль кто у нас может его посмотреть в кабинете главный бухгалтер может',
    '/connect/re-registration/#кто-может-это-сделать',
  ],
  [
    'после перерегистрации что по порядку делать сначала в е и с потом в веб торгах и документ заново отправить',
    '/connect/re-registration/#шаги',
  ],
  [
    'инструкция про перерегистрацию там до конца две тысячи шестнадцатого года она сейчас вообще действует а если экраны другие',
    '/connect/re-registration/',
  ],
  [
    'нам токен нужен или права на рис как узнать зарегистрированы ли веб торги у нас в области как рис',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'зачем этот режим настройка взаимодействия с сервисами что он делает влияет он на отправку или нет',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'кто в е и с должен выдавать токен любой сотрудник или только под учеткой администратора организации',
    '/services/token/#кто-может-это-сделать',
  ],
  [
    'токен получили в кабинете а в веб торгах в какие поля его вписывать и как потом сохранить там',
    '/services/token/#шаги',
  ],
  [
    'какую дату доступа ставить для рис первое января двадцать второго года или сегодняшнюю и потом подписать надо',
    '/services/ris-rights/#шаги',
  ],
  [
    'что появится в кабинете после того как дадим права к рис и какие сведения она будет видеть',
    '/services/ris-rights/#что-получится',
  ],
  [
    'у нас администрация еще и уполномоченный орган надо ли повторять права на рис для этой роли и как под ней зайти',
    '/services/ris-rights/#шаги',
  ],
  [
    'код рис нашего субъекта где взять его нигде не написан',
    '/services/ris-rights/#что-понадобится',
  ],
  [
    'идентификатор эдо скопировала а куда его вставлять в веб торгах и как запускать импорт приемки',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  [
    'срок токена подходит к концу как его продлить или получать новый',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  [
    'я за двенадцать школ и пять садиков настраиваю можно вести отметки по каждому учреждению отдельно',
    '/tools/progress/#organizacii',
  ],
  [
    'как перенести мои галочки на рабочий компьютер и отдать файл коллеге из другого учреждения',
    '/tools/progress/#perenos',
  ],
  [
    'сайт куда нибудь отправляет что я ищу и мои отметки не утекут ли пароли',
    '/tools/progress/#что-сайт-отправляет',
  ],
  ['ответила на вопросы получила план можно ли ссылку на него переслать коллеге', '/tools/start/'],
  [
    'как написать в техподдержку е и с через личный кабинет пошагово',
    '/support/create-request/#шаги',
  ],
  [
    'можно ли в одно обращение написать сразу и про токен и про пароль или надо по отдельности',
    '/support/create-request/#четыре-правила-обращения',
  ],
  [
    'обращение решено но не вижу кнопки подтвердить решение или переоткрыть где они',
    '/support/request-statuses/#что-означают-статусы',
  ],
  [
    'где искать ответ самой прежде чем звонить в поддержку по какому порядку',
    '/support/knowledge-base/#порядок-действий-при-проблеме',
  ],
  [
    'в базе знаний как найти руководство по электронным доп соглашениям там видео есть',
    '/support/knowledge-base/#как-найти-нужный-материал',
  ],
  [
    'для кого этот сайт он для заказчиков или для админов системы в регионе',
    '/#для-кого-этот-сайт',
  ],
  [
    'админ организации и лицо уполномоченное руководителем это одно и то же полномочие или разные',
    '/reference/glossary/#org-administrator',
  ],
  [
    'что поменяли в инструкции про токен недавно надо ли мне что то переделывать',
    '/reference/changes/#page-services-token',
  ],
  ['хочу распечатать все инструкции одним файлом в пдф и отдать специалисту', '/print/'],
  [
    'ни одна ошибка из списка не подошла куда теперь звонить или писать',
    '/reference/troubleshooting/#if-nothing-helped',
  ],
  [
    'хочу узнать когда решат мое обращение создавать еще одно или как',
    '/reference/troubleshooting/#err-request-deadline',
  ],

  // сообщения об ошибках
  [
    'ошибка о некорректности логина и пароля при отправке а вбили вроде правильно',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'ошибка о несоответствии регистрационных данных пользователя в е и с',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'обнаружено несовпадение данных сертификата с данными зарег у руководителя при входе',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'информация о недоступности отдельных функций е и с в сфере закупок',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'пишет пользователь не зарегистрирован в е и с и план график не уходит',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  [
    'консультация закрыта автоматически без возможности переоткрытия',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'обращение автоматически поменяло статус на закрыто не ответила на запрос информации',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'было решено а через семь рабочих дней само закрылось',
    '/reference/troubleshooting/#err-request-resolved-closed',
  ],
  [
    'работа с обращениями в статусе закрыто далее не осуществляется',
    '/reference/troubleshooting/#err-request-closed',
  ],
  [
    'если плагин не установлен пользователю будет предложено его установить',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'блок полей права доступа к рис не отображается',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  [
    'не появился пункт перечень региональных информационных систем',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  ['срок действия токена истек сервисы отдачи', '/reference/troubleshooting/#err-token-expired'],
  [
    'обращения по описанной в новостях проблеме будут закрыты автоматически',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  [
    'решено после трех несогласий переоткрытий консультация',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],
  [
    'нажала сохранить в регистрационных данных и пароль опять поменялся',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'закрыла окошко с логином и паролем не успела записать',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'забыла нажать продолжить и пароль не работает',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  [
    'срок идентификатора э до кончился документы приемки не грузятся',
    '/reference/troubleshooting/#err-edo-expired',
  ],
  ['в перечне не находится рис нашего субъекта', '/reference/troubleshooting/#err-ris-not-found'],

  // неверная раскладка транслит опечатки
  ['gfhjkm tbc', '/connect/https-credentials/'],
  ['njrty cthdbcs jnlfxb', '/services/token/'],
  ['cnfnecs j,hfotybq', '/support/request-statuses/'],
  ['xnj bpvtybkjcm', '/reference/changes/'],
  ['gththtubcnhfwbz', '/connect/re-registration/'],
  ['kak sozdat obrashchenie v podderzhku eis', '/support/create-request/'],
  ['identifikator uchastnika edo gde vzyat', '/activation/edo-identifier/#шаги'],
  ['veb torgi ks vvesti login i parol', '/connect/web-torgi-ks/'],
  ['прова доступо к рис перечень регеональных систем', '/services/ris-rights/#шаги'],
  ['глосарий сокрашений еис', '/reference/glossary/'],

  // своими словами
  ['ключик от госзакупок для сервисов на какой срок его брать', '/services/token/#шаги'],
  [
    'связь вебторгов с госзакупками отвалилась ничего не выгружается с чего начать искать',
    '/reference/troubleshooting/#diagnostic',
  ],
  [
    'коллега опять тыкнул ссылку в закупках и пароль в вебторгах слетел',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'токен вбили в настройку сервисов а толку ноль',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  [
    'в кабинет закупок не пускает а надо жалобу в поддержку кинуть',
    '/reference/troubleshooting/#err-cannot-login-request',
  ],
  [
    'мы еще и уполномоченное учреждение и с региональной системой ничего не выходит',
    '/reference/troubleshooting/#err-extra-roles',
  ],
  ['номер эдо для актов не записали потеряли', '/reference/troubleshooting/#err-edo-not-saved'],
  [
    'акты приемки подтягивать из закупок в нашу программу что настроить',
    '/activation/edo-identifier/',
  ],
  [
    'галочка интеграция в заявке в поддержку и какие файлы цеплять',
    '/reference/troubleshooting/#err-integration-request-files',
  ],
  [
    'заявка в техподдержке висит в работе когда ответят',
    '/support/request-statuses/#плановый-срок-решения',
  ],
  ['шпаргалка на бумаге по всем шагам', '/print/'],
  ['канал закупок в максе и телеге', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  ['кабинет сорок четыре фз это какой', '/reference/glossary/#fz-44'],
  ['оглавление сайта куда что разложено', '/#как-устроен-сайт'],
];

export const TUNING_33a = CORPUS_33a;
