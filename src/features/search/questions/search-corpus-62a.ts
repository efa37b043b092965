/**
 * Corpus 62a: reader questions for the site's search, written on 2026-12-07 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: Ольга, 38, методист районного управления образования, помогает по телефону 25 школам и садикам с интеграцией; пересказывает вопросы звонящих своими словами («у них пишет…», «заведующая спрашивает…», «а если у садика…»), иногда просто ключевые слова, печатает быстро с опечатками.
 * Held out whole, as decided before it arrived: never learned, never tuned on. Kept in the order
 * written.
 */
import type { Query } from './search-queries';

export const CORPUS_62a: readonly Query[] = [
  [
    'у школы пишет логин или пароль некорректны когда план-график отправляют',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  ['где взять логин и пароль для интеграции с еис', '/connect/https-credentials/#шаги'],
  [
    'заведующая спрашивает может ли она сама получить пароль для веб торгов или только админ',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  ['куда в вебторгах вписывать логин от еис', '/connect/web-torgi-ks/#шаги'],
  ['галочка сменить пароль', '/connect/web-torgi-ks/#шаги'],
  ['перерегистрация до конца 2016 года это вообще еще актуально', '/connect/re-registration/'],
  ['у садика после перерегистрации в еис документы перестали уходить', '/connect/re-registration/'],
  [
    'ошибка о несоответствии регистрационных данных пользователя в еис',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'у них пишет несоотвествие рег данных, новый пароль уже вбили а ошибка осталась',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  [
    'бухгалтер ещё раз нажала ссылку про https и в веб торгах пароль не подходит',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'нажали сохранить в регистрацонных данных и пароль слетел',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'закрыла окно с паролем не успела записать',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'не нажали продолжить в окне с логином паролем',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  ['зачем кнопка продолжить после того как пароль показали', '/connect/https-credentials/#шаги'],
  [
    'скопировали паролль с пробелом в конце',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'пользователь не зарегистрирован в еис как пользователь организации',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  [
    'Обнаружено несовпадение данных сертификата с данными зарег',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  ['токен', '/services/token/'],
  ['где взять токен для сервиса отдачи', '/reference/troubleshooting/#err-token-where'],
  ['njrty bcntr', '/reference/troubleshooting/#err-token-expired'],
  ['как продлить токен чтобы заново не получать', '/tools/reminder/#когда-срок-подходит-к-концу'],
  ['на какой срок токен ставить', '/services/token/#шаги'],
  ['рис или токен как понять какой у нас путь', '/services/overview/#как-понять-какой-путь-ваш'],
  ['что такое рис', '/reference/glossary/#ris'],
  [
    'у школы в режиме настройки взаимодействия нет блока права доступа к рис',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  ['права доступа к рис', '/services/ris-rights/'],
  [
    'не появился перечень региональных информационных систем в администрировании',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  [
    'не находит свою рис в списке, поиск ничего не дает',
    '/reference/troubleshooting/#err-ris-not-found',
  ],
  ['код рис где узнать', '/services/ris-rights/#что-понадобится'],
  ['какую дату предоставления доступа ставить для рис', '/services/ris-rights/#шаги'],
  ['работа с информационными системами какие галки отмечать', '/services/ris-rights/#шаги'],
  [
    'а если у садика еще роль уполномоченное учреждение, права рис повторять?',
    '/services/ris-rights/#шаги',
  ],
  ['уполномоченный орган это роль или что', '/reference/glossary/#authorized-body'],
  [
    'заполнили настройку взаимодействия с сервисами еис а ничего не изменилось',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  [
    'за что отвечает режим настройка взаимодействия с сервисами',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  ['идентификатор эдо', '/activation/edo-identifier/'],
  [
    'куда в веб торгах вводить идентификтор эдо',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  ['электронное активирование это что', '/reference/glossary/#electronic-activation'],
  ['садик хочет загружать документы приемки из еис что настроить', '/activation/edo-identifier/'],
  ['истек срок идентификатора участника эдо', '/reference/troubleshooting/#err-edo-expired'],
  [
    'идентификатор эдо не сохранили, можно его посмотреть еще раз',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  [
    'кто может выдать идентификатор участника электронного документооборота',
    '/activation/edo-identifier/#кто-может-это-сделать',
  ],
  ['гоис', '/reference/glossary/#gois'],
  ['напоминание о сроках', '/tools/reminder/'],
  ['скачать срок токена в календарь outlook', '/tools/reminder/#когда-срок-подходит-к-концу'],
  ['на другом компе не видно отметок и напоминаний как перенести', '/tools/progress/#perenos'],
  ['веду 25 школ и садиков, как отмечать шаги по каждой отдельно', '/tools/progress/#organizacii'],
  ['мой прогресс', '/tools/progress/'],
  ['сайт куда то отправляет что я ищу?', '/tools/progress/#что-сайт-отправляет'],
  ['с чего начать настройку интеграции школе', '/tools/start/'],
  ['как переслать план заведующей ссылкой', '/tools/start/#где-хранится-план'],
  ['распечатать всю инструкцию', '/print/'],
  ['сохранить инструкцию в pdf чтобы разослать школам по почте', '/print/'],
  ['что поменялось в инструкциях', '/reference/changes/'],
  ['лента atom изменений', '/reference/changes/'],
  ['ntktajy gjllth;rb tbc', '/support/knowledge-base/#телефоны-поддержки'],
  ['как создать обращенеи в техподдержку еис', '/support/create-request/#шаги'],
  [
    'консультация или ошибка какой вид выбирать',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  [
    'xml файлы для обращения по интеграции откуда брать',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  [
    'еис при создании обращения предлагает установить плагин',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  ['плагин фиксации действий пользователя что это', '/reference/glossary/#action-recording-plugin'],
  [
    'как написать в поддержку если в лк не пускает',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  ['статус запрос информации что значит', '/support/request-statuses/#что-означают-статусы'],
  ['обращение закрылось само почему', '/support/request-statuses/#когда-обращение-закрывается'],
  [
    'консультацию закрыли автоматом без переоткрытия',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'не ответили на запрос информации вовремя и обращение закрыли',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'три раза переоткрывали консультацию и ее закрыли',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],
  ['плановый срок решения', '/support/request-statuses/#плановый-срок-решения'],
  [
    'заведущая хочет второе обращение написать чтобы узнать когда решат',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  ['где посмотреть мои обращения', '/support/request-statuses/#где-смотреть-свои-обращения'],
  ['база знаний еис где найти', '/support/knowledge-base/#база-знаний-еис'],
  [
    'faq еис администрирование и регистрация',
    '/support/knowledge-base/#часто-задаваемые-вопросы-faq',
  ],
  ['телеграм канал еис закупки', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  [
    'информация о недоступности отдельных функций еис',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  [
    'в новостях еис написано про сбой, писать обращение или ждать',
    '/support/knowledge-base/#новости-и-уведомления',
  ],
  [
    'обращение закрыли потому что проблема была в новостях',
    '/reference/troubleshooting/#err-request-closed-news',
  ],
  ['закупка малого обьема отметка да в обращении', '/support/create-request/#шаги'],
  [
    'можно в одном обращении сразу несколько проблем написать',
    '/support/create-request/#четыре-правила-обращения',
  ],
  ['лк это', '/reference/glossary/#lk'],
  ['сто такое сервисы отдачи', '/reference/glossary/#output-services'],
  [
    'администратор организации и лицо уполномоченное руководителем это одно и то же?',
    '/reference/glossary/#org-administrator',
  ],
  ['стп тп расшифровка', '/reference/glossary/#stp'],
  ['сайт с инструкциями по интеграции веб торгов с еис для школ', '/'],
  ['этот сайт для заказчиков или для админов системы', '/#для-кого-этот-сайт'],
  ['какие документы веб торги отправляют в еис', '/connect/https-credentials/#что-получится'],
  [
    'что нужно подготовить чтобы получить логин и пароль в еис',
    '/connect/https-credentials/#что-понадобится',
  ],
  [
    'пароль в веб торгах вводит сам пользователь или админ района',
    '/connect/web-torgi-ks/#кто-может-это-сделать',
  ],
  ['школа не может зайти в веб торги вообще', '/connect/web-torgi-ks/#что-понадобится'],
  [
    'какие обязательные поля заполнять в регистрационных данных в еис в вебторгах',
    '/connect/web-torgi-ks/#шаги',
  ],
  ['документ не уходит в еис', '/reference/troubleshooting/#diagnostic'],
  ['ничего не помогло куда звонить', '/reference/troubleshooting/#if-nothing-helped'],
  ['ошибки и решения', '/reference/troubleshooting/'],
  [
    'где найти режим настройка взаимодействия с сервисами еис в веб торгах',
    '/services/token/#шаги',
  ],
  ['флаг разрешить использование сервисов отдачи', '/services/token/#шаги'],
  ['сохранили в еис а токен не видно где он', '/services/token/#шаги'],
  ['кто в веб-торгах заполняет токен', '/services/token/#кто-может-это-сделать'],
  [
    'заведующая выдавала идентификатор эдо а потом у них пароль в веб торгах перестал работать',
    '/activation/edo-identifier/#шаги',
  ],
  ['gththtubcnhfwbz jhufybpfwbb', '/connect/re-registration/'],
  ['kjuby b gfhjkm dt, njhub', '/connect/web-torgi-ks/'],
  [
    'альтернативная интеграция по протоколу https что это значит',
    '/reference/glossary/#https-integration',
  ],
];

/** Held out whole (tests/build/search-quality-held-out.test.ts). */
export const HELD_OUT_62a = CORPUS_62a;
