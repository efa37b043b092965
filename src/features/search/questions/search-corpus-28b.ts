/**
 * Corpus 28b: reader questions for the site's search, written on 2026-12-06 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: a village school's principal who holds the electronic signature and does the ЕИС steps herself; anxious about irreversible steps, asks what can be undone and prints everything first.
 * Written to the same brief as corpora 25 and 26 (a set share of wrong layouts, translit, pasted
 * messages and words the site does not use), to be learned: measured once on arrival (round
 * 15's engine, after its other changes), then learned whole (training.ts). Kept in the order
 * written.
 */
import type { Query } from './search-queries';

export const CORPUS_28b: readonly Query[] = [
  // короткие запросы
  ['распечатать всё одним файлом', '/print/'],
  ['сохранить инструкцию в pdf', '/print/'],
  ['пароль для интеграции https', '/connect/https-credentials/'],
  ['кнопка продолжить еис', '/connect/https-credentials/#шаги'],
  ['подготовить к получению пароля', '/connect/https-credentials/#что-понадобится'],
  ['токен сервисы отдачи', '/services/token/'],
  ['идентификтор эдо для чего', '/activation/edo-identifier/'],
  ['рис права заказчик', '/services/ris-rights/'],
  ['код рис региона', '/services/ris-rights/#что-понадобится'],
  ['что такое гоис', '/reference/glossary/#gois'],
  ['перерегистрация школы еис', '/connect/re-registration/'],
  ['плагин для обращения', '/reference/glossary/#action-recording-plugin'],
  ['faq еис категории', '/support/knowledge-base/#часто-задаваемые-вопросы-faq'],
  ['написать в поддержку без входа', '/support/create-request/#обращение-без-входа-в-лк'],
  ['обновления инструкций', '/reference/changes/'],
  ['сбросить все галочки', '/tools/progress/#perenos'],
  ['консультация или ошибка', '/support/create-request/#вид-обращения-консультация-или-ошибка'],
  ['срок ответа техподдержки', '/support/request-statuses/#плановый-срок-решения'],
  ['несколько организаций', '/tools/progress/#organizacii'],
  ['телеграм канал еис', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  ['электронное активирование это', '/reference/glossary/#electronic-activation'],
  ['напоминалка', '/tools/reminder/'],
  ['что такое лк', '/reference/glossary/#lk'],
  ['документы приемки', '/reference/glossary/#acceptance-documents'],
  ['фз 44 расшифровка', '/reference/glossary/#fz-44'],

  // вопросы живой речью
  [
    'если я второй раз нажму ссылку про https, старый пароль можно будет вернуть или он пропадёт насовсем?',
    '/connect/https-credentials/#что-получится',
  ],
  [
    'я директор, подпись у меня, могу ли я сама получить логин и пароль для веб-торгов или нужен отдельный администратор?',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'пароль в веб-торги вбивает бухгалтер под своей учёткой или я под своей?',
    '/connect/web-torgi-ks/#кто-может-это-сделать',
  ],
  [
    'хочу заранее распечатать все шаги и идти по ним с ручкой, есть вариант с квадратиками для галочек?',
    '/print/',
  ],
  ['я вообще не понимаю, что нашей школе нужно настроить, с чего начинать?', '/tools/start/'],
  [
    'ответила на вопросы в опроснике, можно этот план отправить завучу ссылкой, чтобы она посмотрела?',
    '/tools/start/',
  ],
  [
    'как понять, наша веб-торги зарегистрирована как рис или нет, и что от этого зависит?',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'на какой срок ставить токен при выдаче, чтобы потом не получать заново?',
    '/services/token/#шаги',
  ],
  [
    'токен выдаёт администратор организации — это я как руководитель или кто-то другой?',
    '/services/token/#кто-может-это-сделать',
  ],
  [
    'рядом со ссылкой на идентификатор эдо есть ссылка про https, если я случайно ткну не в ту, что будет?',
    '/activation/edo-identifier/#шаги',
  ],
  [
    'идентификатор эдо скопировала, а куда его потом вставлять в веб-торгах?',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  [
    'в меню у пользователя есть «заблокировать пользователя», что будет, если я случайно туда нажму? это обратимо?',
    '/connect/https-credentials/#шаги',
  ],
  [
    'после перерегистрации сначала надо что-то делать в еис или сразу менять пароль в веб-торгах? в каком порядке?',
    '/connect/re-registration/#шаги',
  ],
  [
    'перерегистрацию надо было пройти до конца 2016 года, это нас сейчас вообще касается или инструкция устарела?',
    '/connect/re-registration/',
  ],
  [
    'ввела пароль в веб-торгах и сохранила, а как теперь сам документ отправить в еис?',
    '/connect/web-torgi-ks/#шаги',
  ],
  [
    'что писать в обращении про связь с веб-торгами и какие файлы прикладывать, где их взять?',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  [
    'можно в одном обращении спросить и про пароль, и про токен, чтобы не писать два раза?',
    '/support/create-request/#четыре-правила-обращения',
  ],
  [
    'можно сохранить обращение и не отправлять, чтобы сначала показать завхозу?',
    '/support/request-statuses/#что-означают-статусы',
  ],
  [
    'поддержка поставила «решено», но ничего не помогло, сколько есть времени возразить, пока не закрыли?',
    '/support/request-statuses/#когда-обращение-закрывается',
  ],
  [
    'где посмотреть свои обращения и видно ли там обращения других сотрудников школы?',
    '/support/request-statuses/#где-смотреть-свои-обращения',
  ],
  [
    'на странице техподдержки вкладки открытые, черновики, закрытые — где там искать по номеру обращения?',
    '/support/request-statuses/#страница-техническая-поддержка',
  ],
  [
    'у меня в карточке стоит и «администратор организации», и «лицо, уполномоченное руководителем», это одно и то же?',
    '/reference/glossary/#org-administrator',
  ],
  [
    'под каким пользователем входить, чтобы дать права для рис, и почему потом надо перезаходить?',
    '/services/ris-rights/#кто-может-это-сделать',
  ],
  [
    'в напоминание о сроке надо вписывать сам токен или только дату? боюсь ввести лишнее',
    '/tools/reminder/#добавить-напоминание',
  ],
  [
    'у меня кроме школы ещё детский сад, можно галочки вести отдельно за каждую организацию?',
    '/tools/progress/#organizacii',
  ],
  [
    'отметки ставила на рабочем компьютере, как их перенести домой на ноутбук?',
    '/tools/progress/#perenos',
  ],
  [
    'сайт сам пришлёт письмо, когда срок токена подойдёт к концу, или следить самой?',
    '/tools/reminder/',
  ],
  [
    'можно дату окончания идентификатора добавить в календарь на телефоне?',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  [
    'рисунки на сайте — это настоящие экраны еис? у меня всё выглядит иначе, боюсь нажать не то',
    '/#для-кого-этот-сайт',
  ],
  [
    'я в ноябре распечатала инструкцию по токену, что в ней с тех пор поменяли?',
    '/reference/changes/#page-services-token',
  ],
  [
    'если поиск на сайте ничего не нашёл, мой запрос кто-то видит? что туда уходит?',
    '/tools/progress/#что-сайт-отправляет',
  ],
  [
    'что делать по порядку, если в еис что-то не работает: сначала звонить или писать?',
    '/support/knowledge-base/#порядок-действий-при-проблеме',
  ],
  [
    'где на сайте все основные инструкции списком, в каком порядке их проходить?',
    '/#основные-инструкции',
  ],
  [
    'не сохранила идентификатор эдо, можно его посмотреть ещё раз или выдавать заново?',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  [
    'не знаю, как называется моя ошибка, как её найти на сайте?',
    '/reference/troubleshooting/#diagnostic',
  ],

  // сообщения об ошибках
  [
    'не верный логин пароль еис при отправке плана графика из веб торгов',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'Обнаружено несовпадение данных сертификата с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'ошибка несоответствие регистрационных данных пользователя в еис',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'внесла новый пароль, а ошибка о несоответствии регистрационных данных всё равно осталась',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'в новостях еис «Информация о недоступности отдельных функций» — писать в поддержку или ждать?',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'пользователь организации должен быть зарегистрирован в ЕИС',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  [
    'при создании обращения пишет установите плагин',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'обращение закрыто автоматически без возможности переоткрытия консультация',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'Работа с обращениями в статусе Закрыто далее не осуществляется',
    '/reference/troubleshooting/#err-request-closed',
  ],
  [
    'статус закрыто, не успела ответить на запрос информации за 7 рабочих дней',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'обращение закрыли, т.к. проблема уже описана в новостях',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  [
    'консультацию закрыли после 3 переоткрытий',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],
  ['истёк срок действия токена сервисы отдачи', '/reference/troubleshooting/#err-token-expired'],
  [
    'нет блока «Права доступа к РИС» в настройке взаимодействия',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  [
    'не появился пункт перечень региональных информационных систем, я что-то сломала?',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],

  // раскладка, транслит, опечатки
  ['gfhjkm lkz dt,-njhub', '/connect/web-torgi-ks/'],
  ['njrty tbc', '/services/token/'],
  ['gththtubcnhfwbz irjks', '/connect/re-registration/'],
  ['rfr cjplfnm j,hfotybt', '/support/create-request/#шаги'],
  ['ghfdf ljcnegf r hbc', '/services/ris-rights/'],
  ['yfgjvbyfybt j chjrt', '/tools/reminder/'],
  ['kak poluchit identifikator edo', '/activation/edo-identifier/#шаги'],
  ['telefon podderzhki eis kruglosutochno', '/support/knowledge-base/#телефоны-поддержки'],
  ['chto takoe stp v eis', '/reference/glossary/#stp'],
  [
    'параль не прходит в веб торгах после пререгистрации',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],

  // своими словами
  ['ключ для связи веб-торгов с госзакупками где взять', '/connect/https-credentials/'],
  [
    'эцп директора не пускает в кабинет госзакупок, ругается на сертификат',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  ['видеозапись экрана для жалобы в техподдержку', '/support/create-request/#шаги'],
  ['жалобу в госзакупки как подать', '/support/create-request/'],
  ['доступ регионалке к данным участников закупки', '/services/ris-rights/#что-получится'],
  ['анкета что мне нужно настроить', '/tools/start/#вопросы'],
  [
    'завхоз потыкал ссылку и у нас слетел пароль в торгах',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'нажала записать в карточке сотрудника и пароль опять слетел',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'закрыла окошко с паролем крестиком не переписав',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'забыла нажать дальше в окне с паролем, теперь пароль временный?',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  [
    'где взять этот токен, в веб-торгах его нигде нет',
    '/reference/troubleshooting/#err-token-where',
  ],
  [
    'заполнила токен в веб-торгах, а ничего не поменялось, я правильно сделала?',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  ['не нахожу наш регион в списке рис', '/reference/troubleshooting/#err-ris-not-found'],
  [
    'у нас ещё уполномоченное учреждение, и с рис ничего не выходит',
    '/reference/troubleshooting/#err-extra-roles',
  ],
  ['ничего не подошло из ошибок, куда теперь', '/reference/troubleshooting/#if-nothing-helped'],
];

export const TUNING_28b = CORPUS_28b;
