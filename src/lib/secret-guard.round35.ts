/**
 * Texts for the secret guard written on 2026-12-08 (round 35) by an independent writer who never
 * saw the guard, its tests or the earlier texts: a regional IT centre's helpdesk operator (OCR'd
 * screenshots with O/0 and l/1 swaps, Excel rows, address bars, config snippets, remote-desktop
 * chats; values in quotes, brackets and code marks). Held out whole, as decided before they
 * arrived: measured, never read text by text. Test data only, never imported by the site.
 */

import type { CorpusPart } from './secret-guard.corpus';

export const GUARD_35_A: CorpusPart = {
  secrets: [
    // 1 CSV export with header
    'Организация;Логин;Пароль\nМБОУ СОШ № 5;sosh5_zakaz;Rk8!vNq2Lp',
    // 2 TSV row from Excel, no keyword at all (naive filter misses)
    'МКДОУ детский сад № 3 «Солнышко»\t6611008877\tds3_solnce\tS0lnce!2025\t+7 (34365) 2-11-08',
    // 3 XML attribute
    '<user org="ГБУЗ СО ЦРБ" login="crb_buh" password="Zx4$Hj9wqT" role="zakazchik"/>',
    // 4 JSON with ЕИС token (UUID)
    '{"inn":"6670123456","kpp":"667001001","eis_token":"b0b629e4-e443-4995-a501-232ef7661e00"}',
    // 5 INI config snippet
    '[eis]\nurl=https://int44.zakupki.gov.ru\nuser=gku_uks\npassword=Qwe!rty_2025x',
    // 6 YAML with ЭДО Контур id
    'edo:\n  operator: "СКБ Контур"\n  participant_id: 2BM-6658012345-665801001-201903150842123456789',
    // 7 mail signature with credentials
    'С уважением,\nИванова Татьяна Петровна\nконтрактный управляющий МАОУ «Гимназия № 9»\nтел. 8 (34365) 2-14-07\nвход в Web-Торги: ivanova_tp / Tanya1987!',
    // 8 messenger forward with abbreviations
    '[14:02] Пересланное сообщение от Сергей Г.:\nкред от ЛК — лог petrov.sg пасс Petrov_0711',
    // 9 password split with spaces
    'пароль: Qw 7# ks 2L (пробелы не вводить, это я для читаемости)',
    // 10 wrong keyboard layout: «пароль Ромашка_77» typed on EN layout (naive filter misses)
    'логин buh_cso, gfhjkm Hjvfirf_77',
    // 11 Cyrillic look-alike letters in «password» and in the value (naive filter misses)
    'раssword = Кrаsnоdаr!86 (скопировала из письма)',
    // 12 URL with password in query, URL-encoded
    'https://torgi.example-region.ru/login?user=ds12&pwd=Ds%2112%40zakaz&redirect=%2Flk',
    // 13 Basic auth header, base64 of login:password (naive filter misses the pair)
    'Authorization: Basic c2NoNV9idWg6S2xlbk8yMDI1IQ==',
    // 14 command line with -u
    'curl -u gku_osz:Osz#2025pw "https://int.example-region.ru/api/v1/contracts?year=2025"',
    // 15 URL with user:pass@
    'выгрузка лежит тут ftp://uks_arhiv:Arh1v!2024@10.12.4.17/export/2025/',
    // 16 JWT token in a reminder
    'токен для интеграции (до 31.12.2026): eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIwMzYyMzAwMDEyMyIsIm9yZyI6IjY2NTgwMTIzNDUiLCJleHAiOjE3OTg2NjQ0MDB9.aHPjooVoIkZeII_kaq8NPUUXaaySITvjuTq_soNWt0Q',
    // 17 hex API key
    'ключ API Web-Торги для ЦРБ: 912517720c9f1ab60e0613f78b129b99ebd53a8fd1ddb8d4fa750a0a95c5c6a4',
    // 18 base64url token in header
    'X-Auth-Token: hh2mA1abjK3xdA6HL0cq2NYzD-mP_hGA',
    // 19 ЭДО Такском id in Excel row
    '2AL-4FAB140E-DF37-426C-B711-93492F8813CB-00001\tООО «Ромашка»\t6623004512',
    // 20 ЭДО Астрал id
    'ид ЭДО (Астрал): 2AE8725D9AECD2A4A82956A0AFD8C2AD864',
    // 21 ЭДО СБИС id in brackets
    'Тензор, ид участника [2BE-6611008877661101001-3] — прописать в карточке контрагента',
    // 22 Рутокен PIN
    'пин рутокена школы 5 — 58213907, не терять!!',
    // 23 JaCarta PUK
    'JaCarta (бухгалтерия ЦРБ) PUK: 7734 1290, PIN админа 00112233xx',
    // 24 session cookie from devtools
    'Cookie: JSESSIONID=7D3F0A92C1B4E8F65A2D0C9B3E17F4A8; lang=ru; _ga=GA1.2.1048576.1710745200',
    // 25 private key fragment
    '-----BEGIN PRIVATE KEY-----\nW3PLXy3Pn8g+Xaaq1j+CvLV48hN0aEw7eIwshXoa1mGejMs2nbpHKZoJdIZPR42R\n-----END PRIVATE KEY-----',
    // 26 secret next to harmless numbers
    'ИНН 6623004512 КПП 662301001 ОГРН 1026601234567 пароль ЛК 6623Kpp!x тел. 8-912-045-33-17',
    // 27 OCR of a screenshot: Latin letters in «Пароль», rn instead of m (naive filter misses)
    'Лoгин: rnbou_sosh12\nПapoль: P0dsnezhnik#7',
    // 28 remote desktop chat log, password without keyword (naive filter misses)
    '[AnyDesk чат 10:41] Оператор: введите ещё раз\n[AnyDesk чат 10:42] Клиент: щас... 4rFv!9kLz\n[AnyDesk чат 10:42] Оператор: вошло',
    // 29 markdown code marks around token
    'токен ЕИС `4fab140e-df37-426c-b711-93492f8813cb` — до 31.12.2026',
    // 30 reminder with hex token
    'токен школы 5 до 31.12.2026: 9952d39adaee90ee7d1e7fcc4688fb34',
    // 31 password spelled out in words (naive filter misses)
    'пасс по буквам: большая эм, а, эр, тэ, два ноль два шесть, восклицательный (Mart2026!)',
    // 32 API key header
    'X-API-Key: wtks_4f9Qz2LmP8vR1xN7cT3yH6bJ',
    // 33 nested JSON credentials
    '{"login":"zakaz_mo","credentials":{"pwd":"Mo_zakaz#31","otp":false}}',
    // 34 login / password pair without keywords (naive filter misses)
    'sch12_buh / Buh12_sch!  — это от Web-Торгов, не путать с ЕИС',
    // 35 net use command with password (backslashes)
    'net use \\\\srv-fs01\\zakupki /user:REGION\\kuznetsova K0ntrakt!25 /persistent:no',
    // 36 connection string
    'Server=10.1.2.5;Database=torgi;User Id=torgi_ro;Password=R0_torgi_2025;TrustServerCertificate=true',
    // 37 PHP session id
    'в адресной строке было ...?PHPSESSID=q8v3m1k9t2r7h4c6n0b5x1z8a3 — сессия живая',
    // 38 ЕИС token in a URL query
    'https://int44.zakupki.gov.ru/eis-integration/services/getDocsIP?individualPerson_token=d80abf6a-7e9c-45fd-aea4-f58e13129eb7',
    // 39 changed password announced without keyword (naive filter misses)
    'сменила, теперь Zima2026!! (старый не подходит)',
    // 40 URL-encoded form body with Cyrillic password (naive filter misses)
    'login=zakaz_crb&password=%D0%9A%D1%80%D0%B1%2A2025&remember=1',
  ],
  labels: [
    // 1 org name with «Ключ» and Latin letter
    'ООО "Ключ-Т" ИНН 6670456123 КПП 667001001',
    // 2 org name with PIN
    'АО «ПИН-Код» (охранное предприятие), ИНН 7705123456',
    // 3 ИКЗ, 36 digits
    'ИКЗ 253662301234566230100100120010000244',
    // 4 registry number of contract
    'реестровый номер контракта 3662301234525000012',
    // 5 notice number
    'извещение № 0162300005325000123, ЭА, окончание подачи 24.03.2025 08:00 МСК',
    // 6 codes block
    'ОГРН 1026600001234, ОКПО 12345678, ОКТМО 65701000001, ОКВЭД 85.14',
    // 7 error that says wrong password
    'Ошибка: неверный логин или пароль (код 401)',
    // 8 token expired message
    'token expired — переполучите токен в ЛК ЕИС, раздел «Токены»',
    // 9 note about password, no password
    'пароль сменили, новый у директора',
    // 10 note about Рутокен PIN, no PIN
    'пароль от Рутокена не помнят, PIN по умолчанию уже поменян, звонить в УЦ',
    // 11 ticket with hex error code
    'Заявка #INC-2025-004817: не проходит подпись, ошибка 0x8009001D',
    // 12 file name with numbers
    'протокол_рассмотрения_0162300005325000123_v2.pdf',
    // 13 document hash people quote (naive filter would refuse)
    'SHA-256 файла контракта (сверить с ЕИС): 3f6b2e81c94a07d5b1e8f2a6c03d9e47b58a1c2f6e0d9b4a7c3e18f25d6a0b9c',
    // 14 EIS page with reg number
    'https://zakupki.gov.ru/epz/order/notice/ea20/view/common-info.html?regNumber=0162300005325000123',
    // 15 phones
    'Тел. +7 (343) 312-45-67 доб. 214, факс 8 343 312-45-68',
    // 16 certificate thumbprint — public (naive filter would refuse)
    'отпечаток сертификата руководителя: b452b50c5576ecd4261c24257003db71d31f87ce',
    // 17 certificate serial number
    'серийный номер сертификата 01D9C3A4005BB1F2A84C7E6D3A1F0B29',
    // 18 password policy text
    'Пароль должен содержать не менее 8 символов, заглавные и строчные буквы, цифры и спецсимвол',
    // 19 instruction how to get token
    'Как получить токен ЕИС: ЛК заказчика → Администрирование → Токены → «Сформировать токен»',
    // 20 ИНН / КПП with slash looks like login / password (naive filter would refuse)
    '6658012345 / 665801001',
    // 21 word «лог» meaning log file
    'лог: смотри лог сервера за 12.03 с 14:05 до 14:20, там Exception в модуле обмена',
    // 22 кред is not needed
    'кред не нужен, вход по сертификату ЭП через Госуслуги',
    // 23 ЭДО id not yet known
    'идентификатор ЭДО уточнить у Такском, в карточке пусто',
    // 24 org name with numbers and quotes
    'ГБУЗ СО «ЦГБ № 7 г. Екатеринбург» — 2 ЛК, 3 пользователя',
    // 25 КБК and л/с (long digits)
    'КБК 90607029900000590244, л/с 03623001230',
    // 26 bank details
    'р/с 03234643657010006200, БИК 016577551, к/с 40102810645370000054',
    // 27 document GUID, not a token (naive filter would refuse)
    'GUID извещения в ЕИС: 3c8d1f07-52ab-4e96-b1d4-7a02e6c9f581 (из печатной формы)',
    // 28 invalid token signature error
    'Ошибка "Invalid token signature" при обмене с ЕИС, тикет WT-18834',
    // 29 contract number and sum
    'Контракт № 12-ЭА/2025 от 14.02.2025 на сумму 1 245 300,00 руб.',
    // 30 org name with mixed Latin/Cyrillic
    'ООО "Q-Sоft Plus" (в ЕГРЮЛ Q латиницей, остальное кириллица)',
    // 31 CSV export without secrets (naive filter would refuse on CSV shape)
    'Организация;ИНН;КПП\nМКОУ СОШ № 3;6611003344;661101001\nМАДОУ № 15;6672012398;667201001',
    // 32 JSON error from log
    '{"error":"AUTH_FAILED","message":"Неверный пароль","code":1017,"ts":"2025-03-18T10:42:17+05:00"}',
    // 33 temporary password was sent elsewhere
    'сбросили пароль через ТП, временный выслали на почту руководителю',
    // 34 instruction about PIN
    'PIN-код по умолчанию у Рутокена (12345678) меняйте сразу после получения ключа',
    // 35 Рутокен serial, not secret
    'Рутокен ЭЦП 3.0, серийный 0A2B3C4D, ключ действует до 15.08.2026',
    // 36 URL with «login» parameter name
    'https://torgi.example-region.ru/lk/admin/users?page=2&sort=login&order=asc',
    // 37 OKPD/KTRU codes
    'ОКПД2 17.12.14.110, КТРУ 17.12.14.110-00000002',
    // 38 error: user not found
    'Ошибка ЕИС: «Пользователь с таким логином не найден» (12.03.2025 09:15)',
    // 39 login alone without password (naive filter would refuse)
    'ГКУ СО «Управление капстроительства» — лог: gku_uks (пароль у Петровой)',
    // 40 reminder to change password
    'Пасс сменить до 01.04, напомнить Ивановой',
    // 41 token reminder without token
    'токен ЕИС у школы 5 истекает 31.12.2026, перевыпустить заранее',
    // 42 organisation page on EIS
    'https://zakupki.gov.ru/epz/organization/view/info.html?organizationCode=03623000123',
    // 43 version and short commit hash
    'Web-Торги-КС 24.3.1-b1178, сборка 5f2c9e1, обновились 17.03',
    // 44 OCR confusions in org name and INN (naive filter would refuse mixed letters/digits)
    'OOO «Ромашка», ИНН 66580l2345, КПП 6658O1001 (с распознавания, проверить)',
    // 45 file name with timestamp
    'Export_users_2025-03-18T10-42-17.xlsx',
    // 46 address
    '620014, г. Екатеринбург, ул. Малышева, д. 101, каб. 4',
    // 47 session timeout message
    'Запрос в ТП: «Ошибка авторизации: истёк срок действия сессии (session timeout 30 min)»',
    // 48 password in a safe, not given (naive filter would refuse «пароль:»)
    'пароль: см. сейф, конверт № 3',
    // 49 masked password (naive filter would refuse)
    'password: ********',
    // 50 same credentials as last year — no value
    'логин/пароль — те же, что в прошлом году, у Смирновой в тетради',
    // 51 OID of signature class
    'OID 1.2.643.100.113.1 — класс средства ЭП КС1',
    // 52 PUK note without code
    'PUK-код хранится у администратора безопасности, в заметки не писать',
    // 53 ЭДО not connected
    'ID участника ЭДО: нет (не подключены к оператору)',
    // 54 base64 of ИНН from XML (naive filter would refuse base64)
    'ИНН в base64 пришёл из XML пакета: NjY1ODAxMjM0NQ== — декодируется в 6658012345',
    // 55 tag note with ЭДО prefix but no id (naive filter would refuse 2BM)
    '#токен #эдо — подключить 2BM (Контур) у МБОУ СОШ № 5 до конца квартала',
    // 56 wiki link with long pageId
    'инструкция: https://wiki.example-cit.ru/pages/viewpage.action?pageId=48213377',
    // 57 mail subject
    'Тема письма: RE: RE: FW: не приходит токен (заявка 48817)',
    // 58 wrong-layout text that is not a secret (naive filter would refuse gibberish)
    'ghbdtn! yt vjue pfqnb d kbxysq rf,bytn',
    // 59 Excel rows with org names and codes (naive filter would refuse TSV)
    '№ п/п\tНаименование\tИНН\tКПП\n1\tМАДОУ «Детский сад № 15»\t6672012398\t667201001\n2\tМБУ ДО «ДШИ № 2»\t6672019876\t667201001',
    // 60 error code with key word
    'код ошибки: E_CERT_REVOKED / 0x800B010C, ключ ЭП отозван 11.03.2025',
  ],
};
