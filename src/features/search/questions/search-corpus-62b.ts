/**
 * Corpus 62b: reader questions for the site's search, written on 2026-12-07 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: Виктор, 52, директор МУП ЖКХ небольшого посёлка, сам ведёт закупки; ищет обрывками фраз и просторечием, путает ЭЦП/токен/пароль, иногда не переключает раскладку, не любит читать длинное.
 * Held out whole, as decided before it arrived: never learned, never tuned on. Kept in the order
 * written.
 */
import type { Query } from './search-queries';

export const CORPUS_62b: readonly Query[] = [
  ['вэтэ пароль от госзакупок куда вбивать', '/connect/web-torgi-ks/#шаги'],
  ['где взять логин и пароль для интеграции на госзакупках', '/connect/https-credentials/#шаги'],
  ['пароль слетел в веб торгах опять', '/reference/troubleshooting/#err-password-reset-by-link'],
  ['токен где взять', '/reference/troubleshooting/#err-token-where'],
  ['gfhjkm lkz byntuhfwbb', '/connect/https-credentials/'],
  ['с чего начать эту вашу интеграцию', '/tools/start/'],
  [
    'бухгалтерша нажала ссылку про https и теперь ничего не уходит в еис',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'нажал сохранить в регистрационных данных на закупках и пароль поменялся',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'закрыл окошко с паролем не успел записать',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  ['не нажал продолжить в окне с паролем', '/reference/troubleshooting/#err-continue-not-pressed'],
  [
    'логин или пароль некоректны при отправке плана графика',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'пароль с пробелом скопировал в торги теперь ругается',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'несоответствие регистрационных данных пользователя в еис',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  ['перерегистрация организации в еис что делать с вэтэ', '/connect/re-registration/'],
  ['после перерегистрации новый логин где брать', '/connect/re-registration/#шаги'],
  [
    'кто в еис может выдать пароль для интеграции я директор подойду?',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  ['ключ от налоговой подойдет для интеграции с госзакупками', '/connect/https-credentials/'],
  [
    'новую эцп директора как зарегистрировать в кабинете еис',
    '/support/knowledge-base/#часто-задаваемые-вопросы-faq',
  ],
  [
    'обнаружено несовпадение данных сертефиката с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  ['токен для сервисов отдачи получить', '/services/token/#шаги'],
  ['токен истек что делать', '/reference/troubleshooting/#err-token-expired'],
  ['на сколько ставить срок токена', '/services/token/#шаги'],
  ['токен куда вставлять в веб торгах', '/services/token/#шаги'],
  ['токен это флешка рутокен или что', '/reference/glossary/#token'],
  ['токен или рис не пойму что мне надо', '/services/overview/#как-понять-какой-путь-ваш'],
  ['рис это что', '/reference/glossary/#ris'],
  [
    'как узнать зарегистрирована наша система как рис или нет',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'заполнил токен в торгах а ничего не поменялось',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  [
    'еис 13.1 настройка не обрабатывается',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  ['настройка взаимодействия с сервисами еис зачем она', '/services/overview/'],
  ['нет блока права доступа к рис', '/reference/troubleshooting/#err-ris-block-missing'],
  ['права доступа к рис как дать', '/services/ris-rights/#шаги'],
  [
    'перечень региональных информационных систем не появился',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  ['код рис нашего региона где узнать', '/services/ris-rights/#что-понадобится'],
  ['не могу найти нашу рис в списке', '/reference/troubleshooting/#err-ris-not-found'],
  ['какую дату предоставления доступа ставить для рис', '/services/ris-rights/#шаги'],
  [
    'информация об участниках закупки по электронным процедурам галочка где',
    '/services/ris-rights/#шаги',
  ],
  ['работа с информационными системами какие галки ставить', '/services/ris-rights/#шаги'],
  [
    'у нас еще роль уполномоченное учреждение и рис не работает',
    '/reference/troubleshooting/#err-extra-roles',
  ],
  [
    'рис права кто должен делать админ или руководитель',
    '/services/ris-rights/#кто-может-это-сделать',
  ],
  ['идентефикатор эдо получить', '/activation/edo-identifier/#шаги'],
  ['электронное активирование это что', '/reference/glossary/#electronic-activation'],
  [
    'идентификатор эдо куда его потом вводить',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  ['кончился срок идентификатора эдо', '/reference/troubleshooting/#err-edo-expired'],
  [
    'не сохранил идентификатор участника эдо документы приемки не загрузить',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  ['какую дату писать в срок действия идентификатора', '/activation/edo-identifier/#шаги'],
  ['гоис это что такое', '/reference/glossary/#gois'],
  ['загрузить акты приемки из еис', '/activation/edo-identifier/'],
  [
    'я руководитель могу сам выдать идентификатор эдо',
    '/activation/edo-identifier/#кто-может-это-сделать',
  ],
  [
    'сохранить в окне выдачи идентификатора пароль не собьется?',
    '/activation/edo-identifier/#шаги',
  ],
  ['телефон подержки госзакупок', '/support/knowledge-base/#телефоны-поддержки'],
  ['gjllth;rf tbc', '/support/knowledge-base/'],
  ['как написать в техподдержку еис', '/support/create-request/#шаги'],
  [
    'консультация или ошибка что выбирать в обращении',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  ['галочка интеграция в обращении', '/support/create-request/#обращение-по-вопросам-интеграции'],
  [
    'какие xml файлы приложить к обращению по интеграции',
    '/reference/troubleshooting/#err-integration-request-files',
  ],
  [
    'при обращении просит установить плагин',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  ['плагин фиксации действий пользователя что это', '/reference/glossary/#action-recording-plugin'],
  [
    'не могу зайти в лк а надо в поддержку написать',
    '/reference/troubleshooting/#err-cannot-login-request',
  ],
  ['обращение без входа в личный кабинет', '/support/create-request/#обращение-без-входа-в-лк'],
  ['малый объем в обращении да ставить?', '/support/create-request/#шаги'],
  ['правила обращения в тп еис коротко', '/support/create-request/#четыре-правила-обращения'],
  [
    'можно в одном обращении несколько проблем',
    '/support/create-request/#четыре-правила-обращения',
  ],
  ['статус запрос информации что значит', '/support/request-statuses/#что-означают-статусы'],
  [
    'обращение закрыли а я не успел ответить',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'обращение консультация закрыли само',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  ['когда ответят на обращение сроки', '/support/request-statuses/#плановый-срок-решения'],
  [
    'написать еще одно обращение чтоб поторопить',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  ['где мои обращения смотреть', '/support/request-statuses/#где-смотреть-свои-обращения'],
  ['cnfnec j,hfotybz', '/support/request-statuses/'],
  ['решено а не помогло что делать', '/support/request-statuses/#когда-обращение-закрывается'],
  [
    'было решено потом само закрылось через неделю',
    '/reference/troubleshooting/#err-request-resolved-closed',
  ],
  [
    'переоткрывал 3 раза и закрыли',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],
  ['обращение закрыто что дальше', '/reference/troubleshooting/#err-request-closed'],
  ['оценить работу поддержки где', '/support/request-statuses/#страница-техническая-поддержка'],
  [
    'в новостях написано про сбой писать обращение или нет',
    '/support/knowledge-base/#новости-и-уведомления',
  ],
  [
    'информация о недоступности отдельных функций еис',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  ['база знаний еис где', '/support/knowledge-base/#база-знаний-еис'],
  ['телеграм канал госзакупок', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  ['видео как работать в еис', '/support/knowledge-base/#как-найти-нужный-материал'],
  ['план отправить заму ссылкой', '/tools/start/#где-хранится-план'],
  ['отметки шагов перенести на другой комп', '/tools/progress/#perenos'],
  [
    'веду закупки еще за котельную и баню, несколько организаций как',
    '/tools/progress/#organizacii',
  ],
  ['сайт куда то отправляет мои данные?', '/tools/progress/#что-сайт-отправляет'],
  ['напомнить когда токен кончится', '/tools/reminder/'],
  ['срок в календарь на телефон добавить', '/tools/reminder/#когда-срок-подходит-к-концу'],
  ['сюда токен вписывать надо чтоб напомнило?', '/tools/reminder/#добавить-напоминание'],
  ['hfcgtxfnfnm bycnherwb.', '/print/'],
  ['скачать всю инструкцию пдф', '/print/'],
  ['что поменяли в инструкции про токен', '/reference/changes/#page-services-token'],
  ['что нового на сайте изменения', '/reference/changes/'],
  ['этот сайт для кого вообще', '/#для-кого-этот-сайт'],
  [
    'пользователь не зарегистрирован в еис план не отправляется',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  ['сменить пароль галочку ставить или нет', '/connect/web-torgi-ks/#шаги'],
  ['обязательные поля в регистрационных данных вэтэ что писать', '/connect/web-torgi-ks/#шаги'],
  ['не могу войти в веб торги кс', '/connect/web-torgi-ks/#что-понадобится'],
  ['какие документы уходят через интеграцию', '/connect/https-credentials/#что-получится'],
  ['администратор организации кто это у нас', '/reference/glossary/#org-administrator'],
  ['ничего не помогло куда дальше', '/reference/troubleshooting/#if-nothing-helped'],
  ['zakupki пароль каждый раз новый почему', '/connect/https-credentials/#шаги'],
];

/** Held out whole (tests/build/search-quality-held-out.test.ts). */
export const HELD_OUT_62b = CORPUS_62b;
