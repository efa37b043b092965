/**
 * Round 27: texts a red team wrote against the guard (src/lib/secret-guard.ts read, none of the
 * held-out texts), each a class of input the guard then misjudged: secrets it let through, and
 * ordinary texts it refused or asked about (organisation names with «+», «&quot;» from an
 * export, a messenger's marks, a school's number after «токен для», English error messages, a
 * login glued to its password, a password split in two). Tuned on: the guard was changed while
 * looking at them (secret-guard.test.ts). Test data only, never imported by the site.
 */
import type { CorpusPart } from './secret-guard.corpus';

export const GUARD_27_TUNING: CorpusPart = {
  secrets: [
    // common-password-few-letters
    'Aa123456',
    'Qq123456',
    'Zz123456',
    'школа 5 Aa123456',
    // weak-word-plus-digits-only-doubt
    'Masha12',
    'vasya85',
    'qwer1234',
    'asdf1234',
    'test1234',
    'abc123',
    // wrong-keyboard-layout
    'Лч7ьЗй2я',
    'Фф123456',
    // password-split-or-spaced
    'Kx7m\nPq2z',
    'Kx7m Pq2z',
    'K x 7 m P q 2 z',
    'Kx 7m Pq 2z',
    'ЕИС выдала Kx7m\nPq2z',
    // date-or-year-shaped-pin
    'Пароль: 12.05.1985',
    'ПИН: 1985',
    'ПИН-код: 2014',
    'Пароль: 12-34-56-78',
    'Пароль: 1234.5678',
    // cyrillic-word-password-unmarked
    'пароль солнышко',
    'Пароль Солнышко',
    'логин ivanova пароль солнышко',
    'логин ivanova@school5.ru пароль Солнышко',
    'пароль: ромашка 2024',
    'пароль от почты Ромашка',
    'пароль: Ян1985',
    // misspelled-keyword
    'паорль: 12345678',
    'пароь 48213795',
    'парль 48213795',
    // value-before-keyword
    'Aa123456 — пароль ЕИС',
    '48213795 - пароль от ЕИС',
    'Солнышко — пароль',
    'пароль для Aa123456',
    // value-beyond-clause-or-window
    'Пароль ЕИС (новый, от 05.12): 48213795',
    'пароль для интеграции по протоколу HTTPS в Web-Торги-КС для пользователя: 48213795',
    'Логин: ivanov_ea, пароль ЕИС, новый — 48213795',
    'Пароль ЕИС — Солнышко, школа 5',
    'пароль ЛК: Ромашка, до 31.12',
    // login-colon-password-glued
    'ivanov_ea:zima',
    'ivanov_ea:Solnce',
    'ivanov_ea:ромашка',
    'ivanov:Qwerty123@proxy.school5.local:3128',
    'ivanov_ea:Solnce@zakupki.gov.ru',
    // login-then-cyrillic-password
    'ivanov_ea ромашка',
    'ivanova@school5.ru Солнышко',
    // edo-cyrillic-code-no-separator
    '2ВМ7712345678771201001',
    'ЭДО Диадок: 2ВМ7712345678771201001',
    'ЭДО 2ВМ_7712345678',
  ],
  labels: [
    // keyword-then-public-4digit-number
    'Токен для школы 1505',
    'Токен — ГБОУ Школа 1505',
    'токен ГБОУ Школа № 1234',
    'Токен для Гимназии 1520 до 31.12.2026',
    'Токен для ИНН 7712345678',
    'токен организации ИНН 7712345678 КПП 771201001',
    'пароль ЕИС школа 1234',
    'Пароль ЕИС для ГБОУ Школа № 1505',
    'токен ЕИС ОКТМО 45000000',
    'ключ на Рутокен ЭЦП 3.0 3100',
    'Срок токена 1000 дней',
    // keyword-number-in-next-sentence
    'Неверный пароль. Код ошибки: 10025',
    'Пароль не сохранён. Обращение 12345678 в поддержку ЕИС',
    // role-or-person-after-keyword-colon
    'Права доступа: Администратор',
    'Уровень доступа: Руководитель',
    'Пароль хранит: Иванова',
    'Пароль знает: Петрова',
    'Пароль ЕИС сменён 12.11 — Иванова',
    // product-name-with-password-root
    'Secret Net Studio блокирует КриптоПро',
    'KeePass',
    'хранить пароль в KeePass',
    'LastPass',
    'pgAdmin',
    'phpMyAdmin',
    // latin-acronym-after-keyword
    'пароль VPN',
    'не подходит пароль VPN',
    'пароль WiFi',
    'пароль BIOS',
    'пароль RDP не подходит',
    'пароль SMTP почты',
    'пароль Continent',
    'пароль Parus',
    'пароль Bitrix24',
    // english-error-message
    'Keystore was tampered with, or password was incorrect',
    'The password is incorrect',
    'Password has expired',
    'PIN code incorrect',
    'Rutoken PIN locked',
    'ORA-28001: the password has expired',
    'Ошибка ЕИС: ORA-01017: invalid username/password; logon denied',
    // translit-query-noun-after-keyword
    'parol srok deystviya',
    'parol sbros',
    'pin kod rutokena',
    'password expired eis',
    // camelcase-exception-or-eis-doctype
    'sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target',
    'java.io.FileNotFoundException',
    'System.IO.FileNotFoundException: Could not find file',
    'epNotificationEF2020',
    'ошибка при отправке epNotificationEF2020',
    'fcsNotificationZK504',
    // error-constant-with-digit-or-bare-hresult
    'ERR_HTTP2_PROTOCOL_ERROR',
    'X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'Код ошибки: 800B010A',
    // windows-path-backslash
    'C:\\Program Files\\Crypto Pro\\CSP\\csptest.exe',
    'HKEY_LOCAL_MACHINE\\SOFTWARE\\Crypto Pro',
    '\\\\server\\share',
    // url-with-query-or-fragment
    'https://zakupki.gov.ru/epz/order/notice/ea20/view/common-info.html?regNumber=0373200012324000123',
    'https://example.ru/reference/troubleshooting/#reference-troubleshooting--err-edo-expired',
    // plus-or-ampersand-in-org-name
    'ООО «Сервис+»',
    'Консультант+',
    'Здоровье+',
    'ООО «Бизнес&Право»',
    // html-entities-from-xml-export
    'МБОУ &quot;СОШ № 5&quot;',
    'МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ &quot;СРЕДНЯЯ ОБЩЕОБРАЗОВАТЕЛЬНАЯ ШКОЛА № 5&quot;',
    'ООО &laquo;Ромашка&raquo;',
    // messenger-markup
    '*Токен для школы 5*',
    '**Токен для школы 5**',
    '~Школа 5~',
    'МБДОУ д/с `Солнышко`',
    '#44ФЗ',
    '#ЕИС вопрос',
    'Заявка #INC12345',
    // treasury-account-lookalike-letter
    'л/с 20736Е12345',
    'МБОУ СОШ 5 л/с 03731А12345',
    // mixed-script-brand-name
    'ООО «СтройInvest»',
    'ООО МедиаGroup',
    // school-glued-to-number-like-year
    'Школа№2005',
    // hardware-model-number
    'Core i7-1165G7',
  ],
};

/**
 * Texts the red team counted as ordinary that the guard still refuses, on purpose: a certificate's
 * thumbprint or serial number has a token's shape and only its context says otherwise; a «PIN
 * по умолчанию» quoted with its digits and «Смена пароля: Ромашка» may well hold a real value.
 */
export const GUARD_27_ARGUABLE: readonly string[] = [
  // public-default-pin-question
  'пин рутокена по умолчанию 12345678',
  // role-or-person-after-keyword-colon
  'Смена пароля: Ромашка',
  // certificate-thumbprint-or-serial
  'Не найден сертификат с отпечатком 9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f0e',
  'серийный номер сертификата 01D7A3B2C4E5F600',
  'Отпечаток: 9f 8e 7d 6c 5b 4a 3f 2e 1d 0c 9b 8a 7f 6e 5d 4c 3b 2a 1f 0e',
];
