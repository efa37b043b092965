/**
 * Round 29: texts a red team wrote against the guard (src/lib/secret-guard.ts read, none of the
 * held-out texts), each a class of input the guard then misjudged. Tuned on. Test data only,
 * never imported by the site.
 */
import type { CorpusPart } from './secret-guard.corpus';

export const GUARD_29_RED: CorpusPart = {
  secrets: [
    // cyrillic-word-glued-to-one-digit
    'пароль от ЕИС Ромашка7',
    // capitalised-value-after-product-with-more-words
    'Пароль ЕИС: Незабудка, сменить до 01.03.2027',
    // two-word-russian-passphrase
    'Пароль: Зелёная Лампа',
    // value-followed-by-a-comment
    'Пароль: ласточка (с маленькой буквы)',
    // quoted-value-inside-a-sentence
    'пароль от ЕИС «Солнышко» не подходит',
    // value-before-the-keyword
    'Vesna — пароль от ЕИС',
    // keyword-far-before-the-value
    'Новый пароль, который прислали из казначейства вчера вечером на почту: Kalina',
    // value-in-the-next-sentence
    'Сменила пароль. Теперь: Solnyshko',
    // puk-code
    'PUK-код: 73918264',
    // pin-called-kod
    'Код Рутокена: 48291736',
    // year-like-pin-without-colon
    'ПИН рутокена сменил на 1987',
    // numbered-noun-before-value
    'пароль от личного кабинета 739182',
    // counted-noun-after-value
    'пароль 582047 школа 12',
    // digits-and-symbols-password
    'Пароль: 12#45!78',
    // single-case-letters-token
    'токен ЕИС kqzmwpvtxrbnhjdfylsg',
    // edo-id-lowercase-cyrillic-operator-code
    '2вм-7721345678-772101001-201911140952313456780',
    // edo-id-without-operator-code
    'идентификатор ЭДО: 5406123456-540601001-202103151024118765432',
    // guid-excused-by-contract-word
    'Код доступа к API ЕИС (по договору): 7c9e6679-7425-40de-944b-e07fc1f90ae7',
    // token-after-commit-word
    'Токен для коммита: c4f1e8a2b7d93056e1fa8c2d4b7e9a0361f5d2c8',
    // env-variable-password
    'PGPASSWORD=vesnaleto psql -U eis_sync -h srv-db eis',
    // curl-basic-auth
    'curl -u ivanova:Solnyshko https://int44.zakupki.gov.ru/eis/api',
    // login-slash-plain-word
    'Вход в ЕИС: petrova_ok / Romashka',
    // one-letter-labels
    'Л: ivanova_mv, П: Solnce',
    // hyphenated-login-password-label
    'Логин-пароль ЕИС: shkola5, Vesna',
    // keyword-typed-in-latin-layout
    'Gfhjkm: Kolokol',
    // slang-keyword-pass
    'пасс от ЕИС: Sirius',
    // translit-value-after-product
    'parol ot eis romashka',
    // translit-hyphenated-passphrase
    'новый пароль ЕИС zelyonyj-slon',
    // passphrase-keyword
    'Passphrase ключа ЕИС: korova-moloko-sneg',
    // cli-glued-p-flag
    'mysql -u eis_sync -pBerezka eis',
    // tab-separated-row
    'Школа 5\tЕИС\tivanova_mv\tLetoZima',
    // password-typed-in-russian-layout
    'пароль Ыщдтсу',
    // model-number-shaped-password
    'Пароль ЕИС: TK2291xs',
    // document-type-shaped-password
    'Пароль: pwdVesnaSK2026',
    // constant-shaped-password
    'Пароль ЕИС: SOLNCE_K7',
    // word-hyphen-one-digit
    'Пароль: Vesna-7',
    // eto-before-value
    'пароль ЕИС это Zvezda',
    // pgpass-line
    'srv-db:5432:eis:eis_user:Topolek',
    // browser-password-csv-export
    'name,url,username,password\nzakupki.gov.ru,https://zakupki.gov.ru/,sidorova_ln,Oduvanchik',
    // value-in-accusative
    'Пароль ЕИС сменила на Незабудку',
  ],
  labels: [
    // device-serial-number
    'Серийный номер МФУ: VCF3Z12345',
    // car-plate-glued
    'Служебная машина А123ВС154',
    // java-stack-frame-inner-class
    'at ru.lanit.eis.IntegrationService$1.run(IntegrationService.java:142)',
    // vk-group-link
    'Группа ВК: vk.com/club212345678',
    // youtube-video-link
    'Запись вебинара: https://youtu.be/Xk3pQ9mW2zL',
    // rutube-video-link
    'Вебинар Казначейства: rutube.ru/video/8a4c1b7e2f9d4e3a9b6c5d2e1f0a7b3c/',
    // fias-address-guid
    'Код ФИАС адреса школы: 0c5b2444-70a0-4932-980c-b4dc0d3f02b5',
    // status-participle-after-keyword
    'Пароль ЕИС: Сменён',
    // person-after-keyword
    'Ответственный за пароль: Петрова',
    // frequency-adverb-after-keyword
    'Смена пароля: Ежемесячно',
    // camel-case-latin-company
    'ООО «NovoSibTechService»',
    // latin-company-with-digit
    'ООО «Service4Schools»',
    // email-ending-a-sentence
    'Пишите на ivanova@school5.ru.',
    // address-without-scheme-with-query
    'zakupki.gov.ru/epz/order/notice/ea20/view/common-info.html?regNumber=0351300123426000045',
    // windows-folder-path
    'Папка Отчёты\\ЕИС\\2026',
    // excel-formula-sheet-reference
    'Формула: =ВПР(A2;Реестр!A:D;4;0)',
    // latin-hashtag
    'Новости по тегу #goszakupki',
    // mac-address
    'MAC-адрес принтера 00-1A-2B-3C-4D-5E',
    // vehicle-vin
    'Школьный автобус ПАЗ, VIN X1M3205CXH0001234',
    // postal-tracking-number
    'Трек-номер RA123456789RU',
    // brand-and-model-two-words
    'Телефон Samsung Galaxy A52s',
    // cartridge-model-list
    'Картриджи CF283A CE285A CF226X',
    // site-word-then-notice-number
    'zakupki 0351300123426000045',
    // lowercase-brand-and-model
    'драйвер canon mf3010',
    // secretary-title
    'Секретарь: Иванова',
    // porolon
    'Поролон «Эластик», 2 листа',
    // english-password-policy-message
    'Password must meet complexity requirements',
    // unlisted-product-after-keyword
    'Сброс пароля Active Directory для Ивановой',
    // product-name-with-plus
    'Установить Notepad++ на ПК бухгалтерии',
    // office-lock-file
    'Удалить файл ~$Отчёт.docx',
    // installer-file-name
    'Установить jre-8u401-windows-x64.exe',
    // windows-event-log-channel
    'Журнал Microsoft-Windows-CAPI2/Operational: ошибка 11',
    // internal-host-name
    'Сервер srv-eis-01.school5.local не отвечает',
    // school-class-with-exclamation
    'Родительское собрание 11Б!',
    // keyboard-layout-name
    'Клавиатура Oklick, раскладка ЙЦУКЕН',
    // latin-no-glued-to-number
    'Письмо No12345 от 01.03',
    // incident-number
    'Инцидент INC000012345678 закрыт',
    // logger-prefix-colon
    'log4j:WARN No appenders could be found for logger',
    // email-label-without-space
    'E-mail:sekretar@school5.ru',
    // latin-word-glued-to-year
    'Конкурс RoboFest2026, регистрация до 15.03',
  ],
};
