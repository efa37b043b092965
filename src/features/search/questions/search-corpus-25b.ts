/**
 * Corpus 25b: reader questions for the site's search, written on 2026-12-06 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: a newly hired contract manager of a small regional museum, 58, very polite, long careful sentences, calls ЕИС «сайт госзакупок», confuses the token with the password and the ЭДО identifier.
 * The brief asked for a mix: a quarter short queries, a third full questions, error messages
 * pasted or retold, a tenth in the wrong keyboard layout, translit or many typos, and words the
 * site does not use. Kept in the order written. All of it is held out: measured on arrival with
 * round 14's engine, never learned and never tuned on.
 */
import type { Query } from './search-queries';

export const CORPUS_25b: readonly Query[] = [
  // короткие запросы
  ['пароль госзакупки вебторги', '/connect/https-credentials/'],
  ['горячая линия госзакупок', '/support/knowledge-base/#телефоны-поддержки'],
  ['перерегистрация музея', '/connect/re-registration/'],
  ['что такое рис', '/reference/glossary/#ris'],
  ['гоис это что', '/reference/glossary/#gois'],
  ['стп расшифровка', '/reference/glossary/#stp'],
  ['глосарий сокрашений', '/reference/glossary/'],
  ['напоминалка о сроках', '/tools/reminder/'],
  ['распечатать всю инструкцию', '/print/'],
  ['база знаний госзакупок', '/support/knowledge-base/#база-знаний-еис'],
  ['канал в телеграме госзакупок', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  ['что поменялось в инструкциях', '/reference/changes/'],
  ['сервисы отдачи зачем', '/reference/glossary/#output-services'],
  ['черновик обращения статус', '/support/request-statuses/#что-означают-статусы'],
  ['какой вид обращения выбрать', '/support/create-request/#вид-обращения-консультация-или-ошибка'],
  ['два xml файла обмена', '/support/create-request/#обращение-по-вопросам-интеграции'],
  ['малый объем галочка да', '/support/create-request/#шаги'],
  ['срок токена сколько ставить', '/services/token/#шаги'],
  ['код рис области', '/reference/troubleshooting/#err-ris-not-found'],
  ['уполномоченный орган роль', '/reference/glossary/#authorized-body'],
  ['список ошибок интеграции', '/reference/troubleshooting/'],
  ['опросник для новичка', '/tools/start/'],
  ['документы приемки что это', '/reference/glossary/#acceptance-documents'],
  ['лк это что', '/reference/glossary/#lk'],
  ['активирование электронное это как', '/reference/glossary/#electronic-activation'],

  // вопросы живой речью
  [
    'Здравствуйте, извините пожалуйста, я только устроилась контрактным управляющим в музей — с чего мне начать, чтобы наши Web-Торги заработали с сайтом госзакупок?',
    '/tools/start/',
  ],
  [
    'Скажите пожалуйста, кто у нас должен получать логин и пароль на сайте госзакупок — директор, или я сама могу, если у меня нет прав администратора?',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'Простите, если я ещё раз нажму ссылку про HTTPS, просто чтобы посмотреть пароль, у коллеги в Web-Торгах ничего не собьётся?',
    '/connect/https-credentials/#что-получится',
  ],
  [
    'Извините, после того как скопировала логин и пароль, какую кнопку нажимать — Продолжить, Сохранить или Отменить? Очень боюсь ошибиться',
    '/connect/https-credentials/#шаги',
  ],
  [
    'Будьте добры, подскажите, куда именно в Web-Торгах вписывать логин и пароль от госзакупок: я открыла Настройки, а дальше растерялась',
    '/connect/web-torgi-ks/#шаги',
  ],
  [
    'Я сама не могу войти в Web-Торги, у меня нет учётной записи — к кому мне, пожалуйста, обратиться? Извините за беспокойство',
    '/connect/web-torgi-ks/#что-понадобится',
  ],
  [
    'Пароль в Web-Торги ввела и сохранила, а как теперь собственно отправить план-график на сайт госзакупок? В инструкции этого не нашла',
    '/connect/web-torgi-ks/#шаги',
  ],
  [
    'Какие документы вообще уходят из Web-Торгов на сайт госзакупок по этой интеграции — только план закупок или контракты тоже?',
    '/reference/glossary/#https-integration',
  ],
  [
    'Нашу организацию перерегистрировали, и теперь документы не уходят — что мне сделать по порядку, пожалуйста, в обеих программах?',
    '/connect/re-registration/#шаги',
  ],
  [
    'Извините, а инструкция про перерегистрацию ещё действует? Она вроде 2018 года, и у меня экран на госзакупках выглядит совсем по-другому',
    '/connect/re-registration/',
  ],
  [
    'Как понять, что нам нужно — токен или права к РИС? Я не знаю, зарегистрированы ли Web-Торги как РИС в нашей области',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'Простите, я правильно понимаю, что токен — это тот же пароль, который мы вводили в Web-Торги для отправки документов?',
    '/reference/glossary/#token',
  ],
  [
    'Токен, пароль для интеграции и идентификатор ЭДО — это разные вещи или одно и то же? Я совсем запуталась, извините',
    '/reference/glossary/',
  ],
  [
    'Подскажите пожалуйста, в каком разделе на сайте госзакупок выдают токен и что там нужно отметить',
    '/services/token/#шаги',
  ],
  [
    'Скажите, пожалуйста, зачем в Web-Торгах вообще этот режим с сервисами ЕИС и влияет ли он на отправку документов?',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'Под каким пользователем заходить на сайт госзакупок, чтобы дать права для региональной системы, и кто это должен делать?',
    '/services/ris-rights/#кто-может-это-сделать',
  ],
  [
    'У нас музей вроде бы ещё и уполномоченное учреждение — нужно ли права на РИС давать второй раз, и как войти под этой ролью?',
    '/services/ris-rights/#шаги',
  ],
  [
    'Объясните, пожалуйста, для чего музею идентификатор участника ЭДО, мы ведь просто принимаем выполненные работы по контракту?',
    '/activation/edo-identifier/',
  ],
  [
    'Я получила идентификатор ЭДО, а куда его теперь вписывать в Web-Торгах? Не нашла такого поля',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  [
    'Можно ли, когда получаю идентификатор ЭДО, случайно сбросить пароль для отправки документов? Очень боюсь опять всё сломать',
    '/activation/edo-identifier/#шаги',
  ],
  [
    'Извините, а как продлить токен или идентификатор ЭДО, когда срок подойдёт к концу, или придётся получать заново?',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  [
    'Как правильно написать в техподдержку госзакупок, чтобы обращение не закрыли сразу? Можно ли в одном письме спросить и про пароль, и про токен?',
    '/support/create-request/#четыре-правила-обращения',
  ],
  [
    'Расскажите, пожалуйста, по шагам, как создать обращение в поддержку из личного кабинета, я ни разу этого не делала',
    '/support/create-request/#шаги',
  ],
  [
    'Как подать обращение в поддержку, если я даже в личный кабинет на сайте госзакупок войти не могу?',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  [
    'Где посмотреть, ответили ли мне на обращение, и под каким оно номером?',
    '/support/request-statuses/#где-смотреть-свои-обращения',
  ],
  [
    'Что значит статус Запрос информации и сколько дней у меня есть, чтобы ответить?',
    '/support/request-statuses/#что-означают-статусы',
  ],
  [
    'Подскажите, когда обращение может закрыться само, чтобы я ничего не пропустила, я ухожу в отпуск на две недели',
    '/support/request-statuses/#когда-обращение-закрывается',
  ],
  [
    'С чего лучше начинать при проблеме — сразу звонить в поддержку или сначала самой поискать ответ?',
    '/support/knowledge-base/#порядок-действий-при-проблеме',
  ],
  [
    'Как в базе знаний найти руководство про электронные дополнительные соглашения, там так много разделов?',
    '/support/knowledge-base/#как-найти-нужный-материал',
  ],
  [
    'Я веду ещё библиотеку и дом культуры, не только музей — можно ли на этом сайте отмечать шаги отдельно для каждой организации?',
    '/tools/progress/#organizacii',
  ],
  [
    'Я начала отмечать шаги на рабочем компьютере — как, пожалуйста, перенести отметки на другой компьютер?',
    '/tools/progress/#perenos',
  ],
  [
    'Скажите, а этот сайт никуда не отправляет то, что я ввожу? Меня в отделе предупреждали быть осторожной с паролями',
    '/tools/progress/#что-сайт-отправляет',
  ],
  [
    'Можно ли записать в напоминание сам токен, чтобы он не потерялся, а то у меня память уже не та?',
    '/tools/reminder/#добавить-напоминание',
  ],
  [
    'Для кого этот сайт и подойдёт ли он мне, если я не администратор, а просто контрактный управляющий?',
    '/#для-кого-этот-сайт',
  ],
  [
    'Здесь недавно что-то поменяли в инструкции про токен? Коллега говорит, раньше было написано по-другому',
    '/reference/changes/#page-services-token',
  ],
  [
    'Администратор организации и администратор с длинным названием про ЭТП — это разные полномочия? У меня в карточке обе строчки есть',
    '/reference/glossary/#org-administrator',
  ],

  // сообщения об ошибках
  [
    'при отправке плана-графика ошибка некорректный логин и пароль',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'вебторги выдают: несоответствие регистрационных данных пользователя в ЕИС',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'директор не может зайти, пишет "Обнаружено несовпадение данных сертефиката с данными"',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'на сайте госзакупок висит «Информация о недоступности отдельных функций» — это у нас что-то сломалось?',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'консультацию закрыли автоматически без возможности переоткрытия',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'вчера пароль работал, а сегодня не отправляется — коллега заходила на госзакупки посмотреть пароль',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'нажала Сохранить в карточке пользователя на госзакупках и пароль перестал подходить',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'случайно закрыла окошко с паролем не успела записать',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'при создании обращения предлагает установить какой-то плагин, это не вирус?',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'статус «Закрыто» через 7 рабочих дней без возможности переоткрытия, не успела ответить на запрос',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'после галочек в администрировании так и не появился пункт про региональные системы',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  [
    'в режиме сервисов ЕИС нет блока прав доступа к РИС',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  [
    'срок идентификатора ЭДО истёк, документы приёмки не грузятся',
    '/reference/troubleshooting/#err-edo-expired',
  ],
  ['токен просрочен что делать', '/reference/troubleshooting/#err-token-expired'],
  [
    'заполнила настройку взаимодействия с сервисами, а ничего не изменилось',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  [
    'моё обращение в статусе закрыто, а проблема не решена',
    '/reference/troubleshooting/#err-request-closed',
  ],

  // раскладка, транслит, опечатки
  ['gfhjkm lkz dt,njhujd', '/connect/web-torgi-ks/'],
  ['njrty lkz cthdbcjd jnlfxb', '/services/token/'],
  ["bltynbabrfnjh 'lj ult dpznm", '/activation/edo-identifier/#шаги'],
  ['ntktajy gjllth;rb tbc', '/support/knowledge-base/#телефоны-поддержки'],
  ['yfgjvbyfybt j chjrt njrtyf', '/tools/reminder/'],
  ['kak poluchit parol dlya integracii s goszakupkami', '/connect/https-credentials/#шаги'],
  ['pereregistraciya organizacii chto delat', '/connect/re-registration/'],
  ['sozdat obrashenie v tehpodderzhku eis', '/support/create-request/#шаги'],
  ['каак дать права доступп к рис', '/services/ris-rights/'],
  [
    'парль не пододит вебторги госзакупкии отправка',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],

  // своими словами
  [
    'пароль для сервисов отдачи где взять, в вебторгах его нет',
    '/reference/troubleshooting/#err-token-where',
  ],
  [
    'может написать ещё одну заявку, чтобы поторопили с ответом',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  [
    'вебторги не стыкуются с госзакупками, не пойму в чём дело',
    '/reference/troubleshooting/#diagnostic',
  ],
  ['пароль ЭДО для актов приёмки где получить', '/activation/edo-identifier/#шаги'],
  ['видеоуроки по госзакупкам для начинающих', '/support/knowledge-base/#база-знаний-еис'],
  ['шпаргалка одним файлом на бумаге', '/print/'],
  ['связка вебторгов с госзаками пошагово', '/'],
  ['не вижу менюшку техподдержки в кабинете госзакупок', '/support/create-request/#шаги'],
  ['подписаться на обновления инструкций', '/reference/changes/'],
  [
    'если ничего из ваших советов не помогло, куда дальше',
    '/reference/troubleshooting/#if-nothing-helped',
  ],
  ['какие тут разделы, как устроен ваш сайт', '/#как-устроен-сайт'],
  [
    'ЭЦП директора поменяли, на госзакупки пускать перестало',
    '/support/knowledge-base/#часто-задаваемые-вопросы-faq',
  ],
  ['что поменяли в разделе про ошибки', '/reference/changes/#page-reference-troubleshooting'],
];

export const HELD_OUT_25b = CORPUS_25b;
