/**
 * Corpus 36a: reader questions for the site's search, written on 2026-12-06 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: a kindergarten head just given the electronic signature, doing the ЕИС part herself: no IT background, names things by their look («синяя кнопка», «окошко с паролем»), afraid of breaking something, typos on a tablet.
 * Written at the end of round 16, after its last change to the engine, to the brief of corpora
 * 25–34, and held out whole: never learned, never tuned on. Measured on arrival with round 16's
 * last engine (and, for comparison, with round 15's). Kept in the order written.
 */
import type { Query } from './search-queries';

export const CORPUS_36a: readonly Query[] = [
  // короткие запросы
  ['номер поддержки zakupki', '/support/knowledge-base/#телефоны-поддержки'],
  ['пароль для интеграции', '/connect/https-credentials/'],
  ['токен для торгов', '/services/token/'],
  ['перерегестрация садика', '/connect/re-registration/'],
  ['идентефикатор эдо', '/activation/edo-identifier/'],
  ['рис что такое', '/reference/glossary/#ris'],
  ['гоис', '/reference/glossary/#gois'],
  ['стп расшифровка', '/reference/glossary/#stp'],
  ['что такое этп', '/reference/glossary/#etp'],
  ['сервисы отдачи зачем', '/reference/glossary/#output-services'],
  ['инструкция pdf скачать', '/print/'],
  ['напоминалка срок', '/tools/reminder/'],
  ['код рис региона', '/services/ris-rights/#что-понадобится'],
  ['электроное активирование', '/reference/glossary/#electronic-activation'],
  ['xml файлы в заявку', '/support/create-request/#обращение-по-вопросам-интеграции'],
  ['частые вопросы еис', '/support/knowledge-base/#часто-задаваемые-вопросы-faq'],
  ['телеграм еис', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  ['обновления инструкций', '/reference/changes/'],
  ['опросник план', '/tools/start/'],
  ['несколько садиков', '/tools/progress/#organizacii'],
  ['срок ответа поддержки', '/support/request-statuses/#плановый-срок-решения'],
  ['роль заказчик', '/reference/glossary/#customer'],
  ['новости сбоев еис', '/support/knowledge-base/#новости-и-уведомления'],
  ['мои напоминания где', '/tools/reminder/#vashi-napominaniya'],
  ['все ошибки списком', '/reference/troubleshooting/'],

  // вопросы живой речью
  [
    'мне как заведующей дали электронную подпись, что я теперь должна сделать в еис чтобы садик отправлял документы?',
    '/tools/start/',
  ],
  [
    'как получить в кабинете zakupki логин и пароль, чтобы план-график уходил из веб торгов',
    '/connect/https-credentials/#шаги',
  ],
  [
    'куда в веб-торгах вписать логин и пароль которые выдал сайт закупок',
    '/connect/web-torgi-ks/#шаги',
  ],
  [
    'если я второй раз нажму ту ссылку про https, старый пароль перестанет работать?',
    '/connect/https-credentials/#что-получится',
  ],
  [
    'кто должен получать пароль для интеграции — я как руководитель или можно контрактному управляющему?',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'в окне в торгах ещё какие-то обязательные поля со звёздочкой, что туда писать? нигде не сказано',
    '/connect/web-torgi-ks/#шаги',
  ],
  [
    'а как именно отправить план-график из веб-торгов в еис, какую кнопку жать после ввода пароля?',
    '/connect/web-torgi-ks/#шаги',
  ],
  [
    'не могу зайти в сами веб-торги, не пускает, к кому обращаться?',
    '/connect/web-torgi-ks/#что-понадобится',
  ],
  [
    'пароль в торги вводит сам сотрудник или я могу за него вбить со своего входа?',
    '/connect/web-torgi-ks/#кто-может-это-сделать',
  ],
  [
    'нашу организацию перерегистрировали, нужно заново вводить логин и пароль? распишите по порядку',
    '/connect/re-registration/#шаги',
  ],
  [
    'нам токен нужен или права для рис? я не знаю, как у нас в области с этим',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  ['где в веб торгах то место куда вписывать токен, не могу найти в меню', '/services/token/#шаги'],
  [
    'токен скоро кончится, как его продлить чтобы ничего не слетело?',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  [
    'после того как поставила себе все галочки в правах доступа, надо выйти из кабинета и зайти снова?',
    '/services/ris-rights/#шаги',
  ],
  [
    'у нас ещё роль уполномоченное учреждение, права для рис делать второй раз? и как зайти под этой ролью?',
    '/services/ris-rights/#шаги',
  ],
  [
    'бухгалтер говорит нужен идентификатор эдо для актов приемки, что это и где его взять',
    '/activation/edo-identifier/',
  ],
  [
    'куда потом вставить идентификатор эдо в веб-торгах, где импорт запускается?',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  [
    'какую дату писать в окошке срок действия, когда выдаю идентификатор эдо, до какого числа можно?',
    '/activation/edo-identifier/#шаги',
  ],
  [
    'в базе знаний есть ответ как зарегистрировать новую подпись руководителя в кабинете заказчика?',
    '/support/knowledge-base/#часто-задаваемые-вопросы-faq',
  ],
  [
    'что делать сначала, когда что-то сломалось: самой искать или сразу звонить в поддержку?',
    '/support/knowledge-base/#порядок-действий-при-проблеме',
  ],
  [
    'можно в одной заявке написать про три проблемы сразу, чтобы не писать много раз?',
    '/support/create-request/#четыре-правила-обращения',
  ],
  [
    'какой вид заявки выбирать, если у меня просто вопрос как сделать, а не поломка?',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  [
    'в заявке в поддержку про закупку малого объёма что надо отметить с июля?',
    '/support/create-request/#шаги',
  ],
  [
    'где посмотреть все мои заявки в поддержку и заявки других сотрудников садика?',
    '/support/request-statuses/#где-смотреть-свои-обращения',
  ],
  ['я отметила в опроснике что нужно, как отправить этот план завхозу ссылкой?', '/tools/start/'],
  [
    'в опросе не знаю что отметить, у меня просто какая-то ошибка висит и всё',
    '/tools/start/#вопросы',
  ],
  [
    'веду два детских сада и школу, как отмечать шаги отдельно по каждому?',
    '/tools/progress/#organizacii',
  ],
  [
    'сколько шагов я уже прошла по всем инструкциям, где это видно одним списком?',
    '/tools/progress/#vse-spiski',
  ],
  [
    'сайт никуда не отправляет то, что я тут ввожу? боюсь за пароли',
    '/tools/progress/#что-сайт-отправляет',
  ],
  [
    'картинки в инструкции это настоящие снимки экрана? у меня всё выглядит по-другому',
    '/#для-кого-этот-сайт',
  ],
  ['где на главной все инструкции по порядку, чтобы по одной проходить', '/#основные-инструкции'],
  [
    'что недавно поменяли в инструкции про ввод пароля в торгах, мне теперь всё заново делать?',
    '/reference/changes/#page-connect-web-torgi-ks',
  ],
  [
    'в карточке два админа — администратор организации и длинное «лицо уполномоченное», это одно и то же?',
    '/reference/glossary/#org-administrator',
  ],
  [
    'какие документы садик отправляет через эту связку, только план-график или контракты тоже?',
    '/connect/https-credentials/',
  ],
  [
    'хочу узнать когда решат мою заявку, написать им ещё одну?',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  [
    'не пускает в личный кабинет, а мне надо срочно написать в поддержку, как быть?',
    '/reference/troubleshooting/#err-cannot-login-request',
  ],

  // сообщения об ошибках
  [
    'ошибка о некорректности логина и пароля при отправке в еис',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'ошибка о несоответствии регистрационных данных пользователя',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'Обнаружено несовпадение данных сертификата с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'вылезло «информация о недоступности отдельных функций еис» что делать',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'пишет установите плагин когда создаю заявку в поддержку',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  [
    'обращение будет закрыто автоматически без возможности переоткрытия, писала как консультацию',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'закрыли обращение, не успела ответить на запрос информации',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'нажала сохранить в регистрационных данных и пароль в торгах перестал подходить',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'вчера уходило, сегодня логин пароль не подходят, бухгалтер заходила в кабинет и жала ту ссылку',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'в администрировании не появился перечень региональных систем',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  ['срок действия токена истек', '/reference/troubleshooting/#err-token-expired'],
  ['закончился срок идентификатора эдо, что теперь', '/reference/troubleshooting/#err-edo-expired'],
  [
    'пользователь организации должен быть зарегистрирован в ЕИС — так написали, документы от сотрудника не уходят',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  [
    'всё сделала после перерегистрации, ввела новый пароль, а ошибка несоответствия осталась',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'заявку закрыли, ответили что проблема описана в новостях, а у меня всё равно не работает',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  [
    'документ не уходит в еис, а какая там ошибка не понимаю',
    '/reference/troubleshooting/#diagnostic',
  ],

  // раскладка, транслит, опечатки
  ['gfhjkm lkz byntuhfwbb', '/connect/https-credentials/'],
  ['njrty lkz cthdbcjd', '/services/token/'],
  ['parol v web torgi kuda vvodit', '/connect/web-torgi-ks/#шаги'],
  ['telefon tehpodderzhki eis', '/support/knowledge-base/#телефоны-поддержки'],
  ['j,hfotybt d gjllth;re', '/support/create-request/'],
  ['j,hfotybt pfrhsnj', '/reference/troubleshooting/#err-request-closed'],
  ['идинтификатр учасника эдо как палучить', '/activation/edo-identifier/#шаги'],
  ['cnfnecs j,hfotybq', '/support/request-statuses/#что-означают-статусы'],
  ['ghfdf ljcnegf hbc', '/services/ris-rights/'],
  ['напаминание о сраке токина', '/tools/reminder/#добавить-напоминание'],

  // своими словами
  [
    'что за интеграция по хттпс, это как-то про интернет?',
    '/reference/glossary/#https-integration',
  ],
  ['как вообще подружить веб-торги с госзакупками, этот сайт про это?', '/'],
  ['на планшете галочки не видно, а на рабочем компе были отмечены', '/tools/progress/#perenos'],
  [
    'черновик заявки в поддержку куда делся',
    '/support/request-statuses/#страница-техническая-поддержка',
  ],
  [
    'скачать в календарь на телефон напоминалку про окончание ключа',
    '/tools/reminder/#когда-срок-подходит-к-концу',
  ],
  [
    'что вообще делает эта штука с сервисами еис в торгах, на что она влияет',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'писала в поддержку без входа в кабинет, куда придёт ответ?',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  [
    'кто такие администраторы системы субъекта, к кому идти по самой программе торгов',
    '/reference/troubleshooting/#if-nothing-helped',
  ],
  [
    'закрыла окошко с паролем крестиком и не переписала его',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'в торгах в окне сервисов только про токен, а рисовского куска нету',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  [
    'вбила ключ в торгах, а толку ноль, всё как было',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  [
    'не тыкнула продолжить, сразу нажала отменить в окошке с паролем',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  [
    'потеряла бумажку с идентификатором эдо, можно его где-то снова посмотреть?',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
];

export const HELD_OUT_36a = CORPUS_36a;
