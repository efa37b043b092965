/**
 * Corpus 49b: reader questions for the site's search, written on 2026-12-07 by an independent
 * writer who never opened the search engine, its tests or the earlier corpora (a plain-text copy
 * of the built pages without their hidden keyword lists). Persona: a 63-year-old village-library accountant who also buys for it, typing slowly in lowercase on an old PC, with homely words, typos and the odd wrong keyboard layout.
 * Held out whole, as decided before it arrived: never learned, never tuned on. Kept in the order
 * written.
 */
import type { Query } from './search-queries';

export const CORPUS_49b: readonly Query[] = [
  [
    'где взять логин и пороль чтоб программа торгов отправляла на сайт закупок',
    '/connect/https-credentials/',
  ],
  [
    'куда жать в личном кабенете чтоб показали пароль для интеграции',
    '/connect/https-credentials/#шаги',
  ],
  [
    'нажала второй раз на ссылочку и пароль стал другой а в программе старый',
    '/reference/troubleshooting/#err-password-reset-by-link',
  ],
  [
    'кто у нас имеет право получать пароль для интиграции руководитель или админ',
    '/connect/https-credentials/#кто-может-это-сделать',
  ],
  [
    'скопировала пароль с пробелом теперь пишет неверный',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
  [
    'зачем нажимать кнопочку продолжить в окошке где логин и пароль',
    '/connect/https-credentials/#шаги',
  ],
  [
    'не нажала продолжить и пароль не действует',
    '/reference/troubleshooting/#err-continue-not-pressed',
  ],
  [
    'закрыла акошко с паролем а записать не успела',
    '/reference/troubleshooting/#err-credentials-window-closed',
  ],
  [
    'нажала сохранить в регистрационых данных и пароль сбился',
    '/reference/troubleshooting/#err-password-reset-by-save',
  ],
  [
    'как правильно закрыть окно регистрационные данные чтобы пароль не поменялся',
    '/connect/https-credentials/#шаги',
  ],
  ['куда вписать пароль от сайта закупок в програме торгов', '/connect/web-torgi-ks/'],
  ['настройки регистрационные данные в еис вкладка', '/connect/web-torgi-ks/#шаги'],
  ['ufkrf cvtybnm gfhjkm', '/connect/web-torgi-ks/#шаги'],
  ['пароль надо два раза ввводить в два окошечка', '/connect/web-torgi-ks/#шаги'],
  ['какие там ещё обязательные поля заполнять я не знаю что писать', '/connect/web-torgi-ks/#шаги'],
  ['не пускает в веб торги не могу зайти', '/connect/web-torgi-ks/#что-понадобится'],
  ['как снова отпарвить план график в еис который не ушел', '/connect/web-torgi-ks/#шаги'],
  ['ddjl gfhjkz d dt, njhub', '/connect/web-torgi-ks/'],
  ['нашу организацию перерегестрировали и теперь ничего не уходит', '/connect/re-registration/'],
  [
    'ошибка о несоответствии регистрационных данных пользоват',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  ['после перерегистрации где новый логин посмотреть', '/connect/re-registration/#шаги'],
  ['перерегистрация', '/connect/re-registration/'],
  [
    'ввела новый пароль после перерегистрации а ошибка всё равно висит',
    '/reference/troubleshooting/#err-registration-data-mismatch',
  ],
  ['токин или рис что мне выбирать', '/services/overview/#как-понять-какой-путь-ваш'],
  [
    'как узнать зарегестрирована наша система как рис или нет',
    '/services/overview/#как-понять-какой-путь-ваш',
  ],
  [
    'для чего вообще эта настройка взаимодействия с сервисами',
    '/services/overview/#что-делает-режим-настройка-взаимодействия-с-сервисами-еис',
  ],
  [
    'заполнила всё в настройке сервисов а толку никакого',
    '/reference/troubleshooting/#err-services-setting-no-effect',
  ],
  [
    'в окошке нет никакого блока права доступа к рис',
    '/reference/troubleshooting/#err-ris-block-missing',
  ],
  ['где взять токен', '/services/token/'],
  ['токен какой срок ствить побольше или поменьше', '/services/token/#шаги'],
  ['галочка разрешить использовоние сервисов отдачи', '/services/token/#шаги'],
  ['токен кончился что теперь делать', '/reference/troubleshooting/#err-token-expired'],
  ['куда в программе торгов вставлять циферки токена', '/services/token/#шаги'],
  ['как продлить токен', '/reference/troubleshooting/#err-token-expired'],
  ['rfr gjkexbnm njrty', '/services/token/'],
  ['прова доступа к рис как выдать', '/services/ris-rights/'],
  [
    'не появился перечень региональных информационых систем',
    '/reference/troubleshooting/#err-ris-list-missing',
  ],
  ['не нахожу нашу рис в списке', '/reference/troubleshooting/#err-ris-not-found'],
  ['какую дату ставить доступа рис 2022', '/services/ris-rights/#шаги'],
  ['флажок информация об участниках закупки', '/services/ris-rights/#шаги'],
  [
    'у нас ещё уполномоченное учреждение надо ли второй раз права рис делать',
    '/services/ris-rights/#шаги',
  ],
  ['работа с информационными системами все галки ставить', '/services/ris-rights/#шаги'],
  ['код рис где узнать', '/services/ris-rights/#что-понадобится'],
  ["bltynbabrfnjh 'lj ult dpznm", '/activation/edo-identifier/'],
  ['акты приемки скачать с сайта закупок в программу', '/activation/edo-identifier/'],
  [
    'куда вводить идентификатор эдо в программе торгов',
    '/activation/edo-identifier/#где-вводится-идентификатор',
  ],
  ['срок действия идентефикатора какую дату писать', '/activation/edo-identifier/#шаги'],
  [
    'потеряла идентификатор эдо не сохранила бумажку',
    '/reference/troubleshooting/#err-edo-not-saved',
  ],
  ['идентификатор эдо просрочился', '/reference/troubleshooting/#err-edo-expired'],
  [
    'как выдать идентификатор участника документооборота сотруднику',
    '/activation/edo-identifier/#шаги',
  ],
  ['как написать в техпотдержку сайта закупок', '/support/create-request/'],
  [
    'консультация или ошибка какой вид выбрать',
    '/support/create-request/#вид-обращения-консультация-или-ошибка',
  ],
  [
    'какие файлы прикладывать если из программы не уходит в еис',
    '/support/create-request/#обращение-по-вопросам-интеграции',
  ],
  [
    'если плагин не установлен пользователю будет предлож',
    '/reference/troubleshooting/#err-plugin-not-installed',
  ],
  ['что за плагин фиксации действий', '/reference/glossary/#action-recording-plugin'],
  [
    'не могу зайти в личный кабинет а надо написать в поддержку',
    '/support/create-request/#обращение-без-входа-в-лк',
  ],
  ['закупка малого обьема где да поставить', '/support/create-request/#шаги'],
  [
    'можно ли несколько проблем в одно обрашение написать',
    '/support/create-request/#четыре-правила-обращения',
  ],
  ['два xml файла где их взять', '/support/create-request/#обращение-по-вопросам-интеграции'],
  ['флажок интеграция в обращении', '/support/create-request/#обращение-по-вопросам-интеграции'],
  ['что значит запрос инфармации', '/support/request-statuses/#что-означают-статусы'],
  [
    'написано решено а у меня ничего не решено как вернуть',
    '/support/request-statuses/#что-означают-статусы',
  ],
  ['обращение закрылось само', '/support/request-statuses/#когда-обращение-закрывается'],
  ['сколько ждать ответа на обращенние', '/support/request-statuses/#плановый-срок-решения'],
  ['ult vjb j,hfotybz gjcvjnhtnm', '/support/request-statuses/#где-смотреть-свои-обращения'],
  ['черновик', '/support/request-statuses/#что-означают-статусы'],
  [
    'написала консультацию про ошибку а её сразу закрыли',
    '/reference/troubleshooting/#err-request-consultation-closed',
  ],
  [
    'не успела ответить на запрос и обращение закрыли',
    '/reference/troubleshooting/#err-request-info-unanswered',
  ],
  [
    'три раза открывала заново консультацию и всё закрыли',
    '/reference/troubleshooting/#err-request-consultation-reopened',
  ],
  [
    'создать ещё обращение чтобы узнать когда решат',
    '/reference/troubleshooting/#err-request-deadline',
  ],
  ['телефон поддержки', '/support/knowledge-base/#телефоны-поддержки'],
  ['база знаниий где она', '/support/knowledge-base/#база-знаний-еис'],
  ['телеграм канал закупок', '/support/knowledge-base/#каналы-макс-и-телеграм'],
  [
    'частые вопросы администрирование и регистрация',
    '/support/knowledge-base/#часто-задаваемые-вопросы-faq',
  ],
  [
    'информация о недоступности отдельных функций еис',
    '/reference/troubleshooting/#err-eis-functions-unavailable',
  ],
  ['видео как работать в еис посмотреть', '/support/knowledge-base/#база-знаний-еис'],
  ['бесплатный номер куда звонить круглые сутки', '/support/knowledge-base/#телефоны-поддержки'],
  ['что такое рис', '/reference/glossary/#ris'],
  ['гоис это что такое', '/reference/glossary/#gois'],
  ['эдо расшифровка', '/reference/glossary/#edo'],
  ['этп', '/reference/glossary/#etp'],
  ['сервисы отдачи это что', '/reference/glossary/#output-services'],
  ['электроное активирование что это значит', '/reference/glossary/#electronic-activation'],
  ['администратор организации какое полномочие нужно', '/reference/glossary/#org-administrator'],
  ['стп', '/reference/glossary/#stp'],
  ['не понимаю с чего начать помогите', '/tools/start/'],
  ['ответить на вопросы и сайт сам скажет какие инструкции', '/tools/start/#вопросы'],
  ['отметки галочки перенести на другой компьютер', '/tools/progress/#perenos'],
  ['веду закупки за несколько школ и садиков', '/tools/progress/#organizacii'],
  ['напомнить когда срок токена кончаеться', '/tools/reminder/'],
  ['добавить в календарь', '/tools/reminder/#когда-срок-подходит-к-концу'],
  ['что сайт про меня отправляет', '/tools/progress/#что-сайт-отправляет'],
  ['сколько шагов я уже сделала', '/tools/progress/'],
  ['распечатать всю инстркуцию на принтере', '/print/'],
  ['сохранить в пдф', '/print/'],
  ['что поменялось в инструкциях', '/reference/changes/'],
  ['для кого этот сайт', '/#для-кого-этот-сайт'],
  [
    'обнаружено несовпадение данных сертификата с данны',
    '/reference/troubleshooting/#err-certificate-mismatch',
  ],
  [
    'пользователь не зарегистриован в еис отправить не даёт',
    '/reference/troubleshooting/#err-user-not-registered',
  ],
  [
    'ошибка о некоректности логина и пароля',
    '/reference/troubleshooting/#err-login-password-incorrect',
  ],
];

export const HELD_OUT_49b = CORPUS_49b;
