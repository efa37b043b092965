/**
 * Red team, round 31: texts written by a helper who read the guard's code, aimed at classes of
 * failure the earlier corpora do not cover. Tuned on (a tuning set), never held out.
 */
import type { CorpusPart } from './secret-guard.corpus';

export const GUARD_31_RED: CorpusPart = {
  secrets: [
    // A program's own one-letter switches for the user and the password (1С, RDP, 1С web client).
    '1cv8.exe ENTERPRISE /F "D:\\1C\\Buh" /N Администратор /P Kalina',
    'xfreerdp /v:srv-1c /u:admin /p:Berezka',
    'Веб-клиент 1С для бухгалтерии: http://srv1c/buh/ru_RU/?N=Иванова&P=Berezka',
    // Commands that set a password by position, with no keyword before it.
    'net user ivanova Berezka /domain',
    "CREATE USER 'eis'@'%' IDENTIFIED BY 'Berezka';",
    '$pw = ConvertTo-SecureString "Berezka" -AsPlainText -Force',
    'ks.cfg для терминалов: rootpw --plaintext Berezka',
    // The password's name abbreviated, misspelt or glued to a prefix.
    'ЕИС pswd: Berezka',
    'pasword от почты: Berezka',
    'ЕИС: ivanova, пар. Berezka',
    'п-ль ЕИС: Berezka',
    'лог./пар. ivanova_ea / Berezka',
    'VNC на buh-pc2, vncpasswd: Berezka',
    'config.ini: dbuser=eis, dbpass=Berezka',
    // «пин-код токена» typed in the Latin layout.
    'gby-rjl njrtyf: 4821',
    // One-letter labels and emoji in place of «логин» and «пароль».
    'U: ivanova P: Berezka',
    'л. ivanova_ea п. Berezka',
    'ЕИС: 👤 ivanova_ea 🔑 Berezka',
    'Wi-Fi «Teachers»: 🔑 Uchitelskaya',
    // Secrets by names the guard does not know.
    'Контрольное слово для звонка в казначейство: Berezka7',
    'Кодовая фраза для банка — Синяя птица',
    'PSK для VPN до управления образования: VpnShkola',
    'WPA-ключ: Uchitelskaya',
    'Код авторизации ЕИС: Berezka7',
    // Codes of locks, alarms and devices.
    'Код снятия с охраны: 4821',
    'Шифр сейфа с токенами: 48-21-73',
    'Код разблокировки планшета в 5А: 1397',
    // A PIN's or PUK's name with the SIM card's digit glued on.
    'PIN1 сим-карты роутера: 4821',
    'PUK2 сим-карты модема: 73918264',
    // Recovery secrets made of digits only, in groups.
    'Восстановление BitLocker на ноутбуке директора: 017699-677028-162052-566379-203082-062381-199958-162118',
    'Резервные коды ВК сообщества школы: 48213795 73901156 90344821',
    // Keys in short groups: a base32 TOTP seed, a key in hex bytes.
    'Секретный ключ 2FA для почты: DDLW INJY BF4N N3XM VO6C QVSV Z6UN GTLS',
    'Ключ шифрования диска (hex): 2F 58 62 0E BF 30 CC 91 9C 64 3A E8 67 AA E3 CE',
    // A Russian word typed in the Latin layout, its «б», «ж» read as punctuation.
    'Пароль ЕИС: ,thtprf',
    'Пароль Wi-Fi: ;bdjnyst',
    // The value first, then words, then the keyword.
    'Berezka7 — это теперь пароль от ЕИС',
    // A 1С user is named in Cyrillic: no Latin login for the pair rule.
    'Вход 1С: Администратор / Kalina',
    '1С Иванова — Kalina7',
    // «ключ» of an archive or a network with a value shorter than a token.
    'Ключ к архиву с отчётами: Kalina7',
    'Сетевой ключ безопасности: Uchitelskaya',
  ],
  labels: [
    // English errors, prompts and tool output where a word follows «password:» or «pass».
    "ERROR 1045 (28000): Access denied for user 'eis_sync'@'localhost' (using password: YES)",
    'passwd: password updated successfully',
    'nginx не стартует: Enter PEM pass phrase:',
    'Ошибка Web-Торгов: User not found',
    // Windows security policy lines in English, and a setting named after the password.
    'GPO: Password must meet complexity requirements: Enabled',
    'Maximum password age: 42 days — поставить 90',
    'В eis-sync.yml password_max_age: 90 — не трогать',
    'Требования к паролю: A-Z, a-z, 0-9, от 8 символов',
    'Сброс пароля бухгалтера',
    // Public, well-known identifiers that share a GUID's or a token's shape.
    'Default Domain Policy: {31B2F340-016D-11D2-945F-00C04FB984F9}',
    'msiexec /x {90160000-008C-0000-0000-0000000FF1CE} /qn — удалить старый Office',
    'IPv6 роутера: fd00:0000:0000:0001:0215:5dff:fe01:0a0b',
    'Product ID Windows на ПК бухгалтера: 00331-10000-00001-AA618',
    'SID учётки Ивановой: S-1-5-21-3623811015-3361044348-30300820-1013',
    'ЕИС: произошла ошибка, код ошибки 3f2504e0-4f89-41d3-9a0c-0305e82c3301',
    'КриптоПро: не найден контейнер le-7d1e8b2a-5c4f-4a90-b3e6-19f0c2d84a57',
    'Рутокен определяется как USB\\VID_0A89&PID_0030',
    'MAC телефона Cisco: 001a.2b3c.4d5e',
    // ИНН, КПП and an account in a row, near the word «ЭДО».
    'Реквизиты для ЭДО: 7721345678 772101001 03234643787010007100',
    // «2» and two characters, a dash, then a price or a phone: read as an ЭДО identifier.
    'Закупка HDD 2TB — 125 000 руб.',
    'Ноутбук-трансформер 2в1 — 115 000 руб.',
    'Приёмная — каб. 21А — 31-22-07',
    // Symbols that ordinary things carry: «$», «+», «!», «#», «*», «&».
    'Нет доступа к ADMIN$ на buh-pc2',
    'Проверить версию PowerShell: $PSVersionTable.PSVersion',
    'Коммутатор HPE Aruba 2530-24G-PoE+ (J9773A)',
    'Ярлык 1С: добавить /UseHwLicenses+',
    'ООО «ТЕХНО-2000+»',
    'Закупки только по 223-ФЗ!',
    'Цвет шапки сайта #0055A4',
    'Удалить логи eis_*.log старше 30 дней',
    'Блокировка экрана в Astra Linux: Super+L',
    // A user at a host, a remote-support ID, a user and group ID.
    'Бэкап: scp eis.sql backup@srv-db:/backup/',
    'для ТП: anydesk 987654321',
    'docker run -u 1000:1000 -v /data:/data eis-sync',
    // Placeholders and variables where the value would be.
    'mysqldump --password=$MYSQL_PWD eis > eis.sql',
    'Пароль: XXXXXXXX (придёт в СМС)',
    'В логе token=undefined, ответ 401',
    // Keywords that are not about a secret: a product with a version, a pin of a port, a
    // classified-documents register.
    'Установить pgAdmin4 на сервер',
    'Распиновка COM-порта: pin 5 — GND',
    'Журнал секретного делопроизводства',
  ],
};
