/**
 * Texts for the secret guard written on 2026-12-07 (round 34) by an independent writer who never
 * saw the guard, its tests or the earlier texts: a hospital's procurement specialist who pastes
 * what her phone recognised from photos of sticky notes, screens and letters (OCR errors, mixed
 * alphabets, broken lines), scanned tables and Excel cells. Held out whole, as decided before
 * they arrived; measured on arrival, never read text by text. Test data only, never imported by
 * the site.
 */

import type { CorpusPart } from './secret-guard.corpus';

export const GUARD_34_A: CorpusPart = {
  secrets: [
    // 1 OCR turned «п» into «р»
    'с фото стикера у Нины: логин zakupki_gkb3 рароль Kp7#vLq2!x',
    // 2 Latin «o» inside the keyword, OCR line break
    'Логин: GKB3-ZAK\nПарoль: Mn8$tRw4Qz',
    // 3 Excel rows with tabs
    'Организация\tЛогин\tПароль\nГБУЗ ВО «ОКБ №2»\tokb2_zak\tZx9!pL3mWq\nГБУЗ ВО «ЦРБ Петушки»\tcrb_pet\tHq4!xP7mTe',
    // 4 password split by OCR spaces
    'пароль: Qw 7# ks Lm 4 (на стикере так, пробелы не вводить)',
    // 5 password typed in the Russian layout
    'пароль ЛК ЕИС: Яфлгз!2026Пли — набирать в английской раскладке',
    // 6 keyword typed in the Latin layout («пароль от эдо»)
    "gfhjkm jn 'lj: Vt4#kQ8wRz",
    // 7 Cyrillic letters that look Latin inside the password
    'Пароль: Рх7КаМ9е#Вс (с распечатки, буквы все английские)',
    // 8 URL-encoded password in a query
    'https://lk.webtorgi-ks.ru/login?user=okb2_zak&password=Kp7%23vLq2%21x&remember=1',
    // 9 base64 of login:password
    'ИТ прислал для проверки: Authorization: Basic b2tiMl96YWs6S3A3I3ZMcTIheA==',
    // 10 command line
    'curl -u okb2_zak:Kp7#vLq2!x https://ws.webtorgi-ks.ru/api/v1/contracts?inn=3329012345',
    // 11 user:pass@ in a URL
    'отчёты лежат тут ftp://gkb3:Vx5tq9Lr@files.webtorgi-ks.ru/otchety/2025/',
    // 12 ЕИС token as UUID in a reminder
    'токен школы 5: 339d0a9a-c8e7-4314-9c54-aef6de948d6a до 31.12.2026',
    // 13 hex API key
    'ключ API Web-Торги-КС для интеграции с 1С: 494ee72f169b45dbff02f5cce593e2d7ff60190c09631e559a7ce291ccc9f1ad',
    // 14 JWT
    'Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJva2IyX3phayIsIm9yZyI6IjMzMjkwMTIzNDUiLCJpYXQiOjE3NDE5MzkyMDAsImV4cCI6MTc5ODY3NTIwMH0.1P1g0uG1EkB5mmkaB7kkf0vQgHKfE3qKyCbvW52UMFI',
    // 15 ЭДО Контур, OCR put Cyrillic В/М and letter О for zero
    'ид участника ЭДО из письма Контура: 2ВМ-3329О12345-332901001-2О1907150934218',
    // 16 ЭДО Калуга Астрал
    'Калуга Астрал, идентификатор ЭДО 2AE7C41B09-3D5E-4F2A-9B6C-18E0D7A4F352',
    // 17 ЭДО Такском, broken over lines by the scan
    'Такском\nИдентификатор участника:\n2AL-4B7E9C1D-3F2A-4E6B-\n8C5D-9A1F0E7B3C26-00001',
    // 18 ЭДО Тензор (СБИС)
    'СБИС прислал наш ID: 2BE8c3f1a9d4e6b7c2a0f5e8d1b9c4a7e3f, внести в карточку',
    // 19 Рутокен PIN
    'Рутокен ЭЦП 2.0 главврача — PIN 58302719',
    // 20 JaCarta PUK + PIN with OCR l/O
    'JaCarta PUK: 84O17263, PlN пользователя 39l7',
    // 21 INI
    '[eis]\nurl=https://int44.zakupki.gov.ru\nlogin=okb2_zak\npassword=Tr6&nB8pXw',
    // 22 YAML
    'eis:\n  user: gkb3-zakupki\n  token: ebAs21fWbNEMDB4jNwWzTuZ0yfNzwWXB3SljMcZqcyY\n  timeout: 30',
    // 23 JSON
    '{"org":"ГБУЗ ВО ОКБ №2","inn":"3329012345","login":"okb2_zak","pwd":"Yh3@kL9sQv"}',
    // 24 XML
    '<Account><Login>okb2_zak</Login><Password>Ws4^mQ7zLe</Password></Account>',
    // 25 CSV without a header
    'ГБУЗ ВО ОКБ №2;3329012345;332901001;okb2_zak;Kp7#vLq2!x',
    // 26 mail signature
    'С уважением,\nИванова Елена Петровна\nведущий специалист контрактной службы\nтел. 8 (4922) 33-15-07\nЛК: ivanova.ep / Lt8#wZq1Fm',
    // 27 messenger forward
    'Пересланное сообщение\nСергей ИТ [14:32]\nновый пароль от ЭДО Sbis2026!okb, старый больше не работает',
    // 28 session cookie from the IT chat
    'Cookie: JSESSIONID=3F3446308B64C419F7E8E1042AFE7ABA; lk_lang=ru',
    // 29 private key with OCR l for I
    '-----BEGlN PRlVATE KEY-----\nkOyO68XKLpSWRPsLo+rF0Pl2NQ+Cqn9mZL6DXzx7MOGioiTgdCUp/7uewr3prJKw\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7Vd9x\n-----END PRlVATE KEY-----',
    // 30 secret next to harmless numbers
    'ИНН 3329012345 КПП 332901001 тел. 8 (4922) 33-15-07 пароль 4hT9!qWeZ доб. 215',
    // 31 OCR lost the spaces
    'Логин:zak_okb2Пароль:Rt5#Mn8qVz',
    // 32 operator letter from a screenshot, no «пароль:» colon form
    'Уважаемый клиент! Ваш временный пароль для входа 7Gk-2Lp-9Qx. Смените его при первом входе.',
    // 33 table fragment from a scanned PDF
    '№ | Учреждение | Логин | Пароль\n1 | ГБУЗ ВО ЦРБ | crb_zak | Hq4!xP7mTe\n2 | МБОУ СОШ №5 | sosh5_zak | Pw2$kR9nVb',
    // 34 sticky note broken into lines by OCR
    'ЕИС\nлог gkb3zak\nпар\nNk7$ pW2 q9',
    // 35 login/password pair without any keyword
    'вход в ЛК для Петушков: crb_pet/Wq8#rT5yLm',
    // 36 password spelled out letter by letter
    'пароль диктую по буквам: большая Кью, маленькая дабл-ю, семь, решётка, эс, икс, девять, большая Эм',
    // 37 word password
    'пароль от почты закупок: ЗимнийВечер1987!',
    // 38 Windows command with an env token
    'set EIS_TOKEN=XgHNzUieI5VsNfDWIaXncDqsiQbeJSPy && eis-sync.exe --org 3329012345',
    // 39 Excel row with the token and a date
    'МБОУ СОШ №5\t3329045678\tтокен ЕИС\t50a83f05-2f1f-48e8-9a2f-97e57c292b74\t31.12.2026',
    // 40 non-breaking space, transliterated keyword
    'parol ot ЛК заказчика:\u00A0Okb2@Dec2026 (сменили 30.12)',
  ],
  labels: [
    // 1
    'ГБУЗ ВО «Областная клиническая больница №2» ИНН 3329012345 КПП 332901001',
    // 2
    'ОГРН 1023301234567, ОКПО 01923456, ОКТМО 17701000001',
    // 3 ИКЗ
    'ИКЗ 253332901234533290100100120010000244',
    // 4 registry number
    'реестровый номер контракта 2332901234525000123',
    // 5
    'пароль сменили, новый у директора',
    // 6
    'Ошибка 401: неверный логин или пароль',
    // 7
    'token expired — перезапросить токен в ЛК ЕИС до 31.12.2026',
    // 8
    'токен школы 5 до 31.12.2026',
    // 9
    'Заявка в ТП №INC-2025-0381567 от 14.03.2025, ждём ответа',
    // 10
    'Скан_договор_0128300012325000045_подписан.pdf',
    // 11
    'https://zakupki.gov.ru/epz/order/notice/ea20/view/common-info.html?regNumber=0128300012325000045',
    // 12 document hash
    'контрольная сумма ГОСТ 34.11-2012 файла извещения: 3e1f6df54eabb89cb2ed1d38388d5a55cbe51bbf9b21e66a1530860c155c855a',
    // 13 certificate thumbprint
    'отпечаток сертификата главврача: aa068fd50ab3627f1587d72acd75b801bf1ae6eb',
    // 14 OCR «рароль» talking about a password
    'рароль не подходит, звонила в ТП, сказали ждать',
    // 15
    'PIN-код не вводить больше 3 раз — заблокируется Рутокен, PUK у ИТ-отдела',
    // 16 phone
    'тел. ТП Web-Торги-КС 8 (4922) 77-12-40 доб. 215, с 9:00 до 18:00',
    // 17 Excel row of requisites
    'ГБУЗ ВО «ЦРБ г. Коврова»\t3305012345\t330501001\t1023300934567',
    // 18
    'ERR_CERT_AUTHORITY_INVALID при входе в ЛК, с утра',
    // 19
    'Код ошибки: EIS-AUTH-0042 «Срок действия токена истёк»',
    // 20
    'Идентификатор ЭДО уточнить у Контура, в письме его нет',
    // 21
    'ООО «MedTech-Сервис 2000»',
    // 22 wrong layout of «контракт 2025»
    'rjynhfrn 2025',
    // 23 wrong layout of «пароль забыл»
    'gfhjkm pf,sk',
    // 24
    '31.12.2026 23:59 МСК — последний день',
    // 25 КБК
    'КБК 902 0909 0110100190 244',
    // 26 bank requisites
    'р/с 03224643170000002800, к/с 40102810945370000020, БИК 011708377',
    // 27 password policy text
    'Пароль должен содержать не менее 8 символов: заглавные и строчные буквы, цифры и спецсимволы (!@#$%)',
    // 28
    'в поле «Пароль» ввести пароль из письма оператора, потом сменить',
    // 29 masked password on a screenshot
    'Логин: okb2_zak\nПароль: ********',
    // 30 login alone
    'Логин: zakupki_okb2 (пароль у Петровой)',
    // 31 OCR date
    'сменить пароль до 0l.О3.2026!',
    // 32
    'КриптоПро CSP 5.0.12998, ЭЦП Browser plug-in 2.0.15000',
    // 33
    'SD-48213 / обращение в ЕИС №0001234567-25',
    // 34
    'https://webtorgi-ks.ru/search?q=пароль+ЭДО&page=2',
    // 35 JSON error response
    '{"error":"invalid_token","error_description":"Token expired","code":401}',
    // 36
    '<ns2:purchaseNumber>0128300012325000045</ns2:purchaseNumber>',
    // 37 INI without secrets
    '[eis]\nurl=https://int44.zakupki.gov.ru\ntimeout=30\nproxy=none',
    // 38 log line with login and the word password
    '2025-03-14 10:22:31 WARN AuthService: login failed for user okb2_zak (bad password)',
    // 39
    'МБОУ СОШ №5\nМБДОУ д/с №12 «Солнышко»\nГБУЗ ВО «ГКБ №3»\nГАУЗ ВО «Стоматологическая поликлиника №1»',
    // 40
    'г. Владимир, ул. Горького, д. 5, каб. 214',
    // 41
    'Приказ № 145-ОД/2025 от 10.02.2025 о контрактной службе',
    // 42
    'JaCarta-2 SE, s/n 4E3A0012345, выдан 12.04.2025',
    // 43
    'Код не пришёл, SMS на +7 915 123-45-67',
    // 44 header row only
    'Организация\tИНН\tЛогин\tПароль\tТокен',
    // 45
    'Сертификат действителен с 12.04.2025 по 12.07.2026, серийный номер 01DA3F7C00B2AF1E8A4C2D3E6F7A1B90',
    // 46
    'вх. № ВХ-2025/00417-К от 03.03.2025',
    // 47
    'код СПЗ организации в ЕИС 03283000123',
    // 48
    'Ошибка при подписании: 0x8009001D Provider DLL failed to initialize correctly',
    // 49
    'не подходит ПИН — вводила 3 раза, осталось 7 попыток',
    // 50
    'логин/пароль от ЛК — в сейфе у главврача, не пересылать',
    // 51 OCR of the LK login page
    'Личный кабинет заказчика\nВход по сертификату\nВойти через Госуслуги (ЕСИА)\nЗабыли пароль?',
    // 52
    'ID ЭДО начинается на 2BM- , полностью в карточке контрагента',
    // 53
    'Договор № 0128300012325000078-01 / Ф.2025.148',
    // 54 scanned table with prices
    '№ п/п | Наименование | Кол-во | Цена\n1 | Перчатки нитриловые M | 5000 | 12,40\n2 | Маска медицинская 3-сл. | 20000 | 3,15',
    // 55 request id from an error page
    'Request-ID: de68d744-cc07-4676-9716-aa70ccbff939 (передать в ТП вместе со скрином)',
    // 56 package GUID from the ЕИС integration log
    'пакет в ЕИС принят, GUID документа 84669362-f146-4563-b7e1-9b4266886828, статус «Размещено»',
    // 57
    'как получить токен ЕИС для 44-ФЗ',
    // 58
    'Где ввести ПИН-код Рутокена при подписании контракта?',
    // 59
    'почта контрактной службы zakupki@okb2-vlad.ru, копия на ivanova.ep@okb2-vlad.ru',
    // 60 OCR with mixed letters in an org name
    'ГБУЗ BO «ОКБ №2» — ИHH 3329O12345',
  ],
};
