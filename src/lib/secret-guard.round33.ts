/**
 * Texts for the secret guard written on 2026-12-07 (round 33) by an independent writer who never
 * saw the guard, its tests or the earlier texts: a specialist of a regional centralised IT service
 * who set up the integration for 60 organisations (KeePass exports, a shared workbook, mail,
 * messengers, 1С, a ticket system). The comments are the writer’s. Held out whole, as decided
 * before they arrived. Test data only, never imported by the site.
 */

import type { CorpusPart } from './secret-guard.corpus';

export const GUARD_33_A: CorpusPart = {
  secrets: [
    // 1. KeePassXC CSV export, header + row
    '"Group","Title","Username","Password","URL","Notes"\n"Root/ЕИС","Школа №5 ЛК ЕИС","school5_zak","Vq8#mTz2!pLx","https://zakupki.gov.ru/","ЭП до 31.12.2026"',
    // 2. KeePass XML export fragment
    '<Entry><String><Key>Title</Key><Value>ДОУ 12 Web-Торги-КС</Value></String><String><Key>UserName</Key><Value>dou12_ks</Value></String><String><Key>Password</Key><Value ProtectInMemory="True">Rk4$wN9qeT</Value></String></Entry>',
    // 3. TSV row copied from the shared Excel workbook (no header)
    'МБОУ СОШ №3\t6612004518\t661201001\tsosh3_ks\tLm7!pQ2x\tвыдан 12.03.2025',
    // 4. JSON
    '{"org":"МКУ «ЦБ образования»","inn":"6612007431","login":"mku_cb","password":"Gx5&vR8kLm2"}',
    // 5. INI
    '[eis]\nuser=adm_rayon\npass=H7k@29dLwq\nendpoint=https://int44.zakupki.gov.ru/eis-integration/',
    // 6. YAML with a UUID token
    'eis:\n  org_inn: 6612004518\n  token: 6f1c2b9e-4a7d-4e3b-9c55-0d8a3f21b7e4\n  expires: 2026-12-31',
    // 7. Mail signature with a P.S. password
    'С уважением,\nПетрова Анна Викторовна, контрактный управляющий\nМБДОУ «Детский сад №14»\nтел. 8 (34377) 2-14-56\nP.S. вход в Web-Торги: dou14 / Sadik14!2025',
    // 8. Telegram forward
    '[15.09.2025 10:42] Иванов Сергей ЦИТ:\nПереслано от Марина Бухгалтерия\nпароль от ЛК ЕИС новый — Zak#2025sept, логин прежний',
    // 9. Password spelled out with spaces
    'пароль: Qw 7# ks 9M (без пробелов)',
    // 10. Whole phrase typed on the English layout («пароль для веб-торгов: ...»)  [keyword filter miss]
    'gfhjkm lkz dt,-njhujd: Ytdf$2025ks',
    // 11. Password typed on the Russian layout (Password_77)  [keyword filter miss]
    'Логин: cbs_buh\nПароль: Зфыыцщкв_77',
    // 12. Cyrillic letters that look Latin (Max8Kt3PoB)  [keyword filter miss]
    'логин sosh7_eis, паpоль Мах8Кт3РоВ',
    // 13. URL with password in the query, URL-encoded
    'https://webtorgi-ks.example.ru/login?user=dou3&password=Jn%23k8%21Qm2%40',
    // 14. fully URL-encoded «пароль: Wz7!kPq2»  [keyword filter miss]
    'q=%D0%BF%D0%B0%D1%80%D0%BE%D0%BB%D1%8C%3A%20Wz7%21kPq2',
    // 15. HTTP Basic header (dou12:Rk4$wN9qeT)
    'Authorization: Basic ZG91MTI6Ums0JHdOOXFlVA==',
    // 16. bare base64 of login:password with a short note  [keyword filter miss]
    'для SoapUI basic: c29zaDM6TG03IXBRMng=',
    // 17. curl command line
    'curl -u adm_rayon:H7k@29dLwq "https://int44.zakupki.gov.ru/eis-integration/services/getDocsIP?orgInn=6612004518"',
    // 18. user:pass@ in a URL
    'выгрузка лежит тут ftp://obmen_cit:Ftp2025!obm@10.66.12.5/eis/2025-09/',
    // 19. reminder note with a UUID token
    'токен ЕИС для МКОУ ООШ №2 до 31.12.2026: 3b9e7d12-58ac-4f0e-b6d4-91c2a7e5f038',
    // 20. hex token
    'individualPerson_token=8ad873e43cf5c167ef64487e18ad937be72a7e788a6e020fcdfb880e38cbd6bc',
    // 21. base64url token
    'eis-token: Nzref9QqJMksyPHD_9J7eWXWGmq42tHJcgJb1Msv',
    // 22. JWT in a Bearer header
    'Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJkb3UxMiIsIm9yZyI6IjY2MTIwMDQ1MTgiLCJleHAiOjE3OTg2NzUyMDB9.WCi8-rGhqi32Uk8I25bXGsGLlVzd10qi0AbOguYPQaw',
    // 23. UUID token split across lines in a chat  [pattern filter miss]
    'токен:\n3d41c7a9-\n0b3e-4f58-\na6c1-9e72b5d0f834',
    // 24. ЭДО identifier, Контур (2BM)
    'ИдЭДО участника: 2BM-6612004518-661201001-201506250412345678901',
    // 25. ЭДО identifier, Калуга Астрал (2AE) without a label  [keyword filter miss]
    'ДОУ 21 — 2AE8F3C1D2E-4B5A-4C6D-9E0F-A1B2C3D4E5F6',
    // 26. ЭДО identifier, Такском (2AL)
    'Такском, идентификатор абонента 2AL-9A4E17C2-3B58-4D61-8F0A-27C9E5B1D4F3-00000',
    // 27. ЭДО identifier, Тензор/СБИС (2BE)
    'СБИС ЭДО ЦБ: 2BEbec4cffcd3f79a259b784d112d2fe704',
    // 28. Рутокен PIN
    'Рутокен директора (серт. до 14.05.2026), PIN 58213907',
    // 29. JaCarta PIN and PUK
    'JaCarta LT бухгалтерии:\nPIN-код пользователя 9275\nPUK 40861375',
    // 30. API key header
    'X-Api-Key: wt_live_4f9A2kLq8ZxR7mN1bV6cT3yH0sJdE5uG',
    // 31. session cookie from DevTools
    'Cookie: JSESSIONID=8A3F0C5E19B27D4A6E1F9C0B3D7A5E28; route=ks2; webtorgi_sid=a1bdc353d9dccc7bdc8fdb309307a0df',
    // 32. private key block
    '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQDJFryvSPkf9BVBvCdgRxcxHPA88TOaYCxVJxJ90fMW2vsiSBfRNnogRc6nI94Jl2r+PjJhn+yx/++Ipu9S8QMjdLFG6iFMMr2S1Lq7+OHNGYFnEdE3foMQUAcrFSD3Pan\n-----END PRIVATE KEY-----',
    // 33. secret among harmless numbers
    'МБОУ СОШ №11, ИНН 6612004860, КПП 661201001, ОГРН 1026601071234, тел. 8 (34377) 3-12-40, пароль 4781-Sx-kpp!',
    // 34. 1С connection string  [keyword filter miss]
    'Srvr="srv1c-cit";Ref="buh_dou";Usr="Администратор";Pwd="Bx9!r2Lk";',
    // 35. ticket system comment with a temporary password
    'Заявка #48213 — Не входит в ЕИС\nКомментарий исполнителя: сбросил, временный Tmp-58qz-Ws, сменить при первом входе',
    // 36. MAX messenger: login, then the password without a keyword  [keyword filter miss]
    'Анна Сергеевна, логин dou21, а это от почты 👉 Lp4&nZ8q',
    // 37. password dictated letter by letter  [pattern filter miss]
    'пароль диктую: большая Эн, маленькая кью, семь, решётка, ка, эс, два, восемь',
    // 38. login / password pair without any keyword  [keyword filter miss]
    'sosh11_ks / Kv7#pR2m!x',
    // 39. Telegram bot token of the ticket-system notifier  [keyword filter miss]
    'бот уведомлений по заявкам: 7312456890:AAH3kd9xQ-pL2mZr8tYwb7NcJ1dHs6FgA0e',
    // 40. net use with a password  [keyword filter miss]
    'net use Z: \\\\fs-cit\\eis /user:cit\\zakupki Zk!2025fs /persistent:yes',
  ],
  labels: [
    // organisation names with numbers, quotes and Latin letters
    'ООО "ТехноСервис-2000"',
    'МБОУ «СОШ №5 им. А.С. Пушкина» (ИНН 6612004518 / КПП 661201001)',
    'МАУ ДО «ДШИ №2» / MAU DO DSHI-2',
    'МБОУ СОШ №1\nМБОУ СОШ №2 (филиал п. Рассвет)\nМАДОУ «Детский сад №15 "Солнышко"»\nМКУ «ЦБ ОУ»',
    'ИП Сараев Артём Константинович, ОГРНИП 318665800112345',
    // registry numbers
    'ОГРН 1026601071234, ОКПО 45781236, ОКТМО 65740000',
    'ИКЗ 253661200451866120100100050010000244',
    'Реестровый номер контракта 3661200451825000012',
    'Извещение № 0862300012525000043 от 10.09.2025',
    'Контракт № 44/2025-ЭА-017 от 03.02.2025',
    'ОКПД2 26.20.15.000, КТРУ 26.20.15.000-00000069',
    'р/с 03234643657400006200, БИК 016577551, к/с 40102810645370000054',
    'СНИЛС 112-233-445 95',
    'МКДОУ д/с №7\t6612003120\t661201001\t1036600620012\t8 (34377) 2-33-10',
    // notes about secrets without a secret
    'токен школы 5 до 31.12.2026',
    'пароль сменили, новый у директора',
    'логин для школы 5: sosh5_ks, пароль выдаст директор лично',
    'Марина, пароль не присылайте в Telegram, только лично или по телефону',
    'Добрый день!\nЛогин и пароль направлены вам отдельным письмом.\nС уважением, ЦИТ\nтел. 8 (34377) 2-10-15',
    'пароль из 12 символов, последняя смена 01.09.2025, следующая через 90 дней',
    'Напомнить 25.12: продлить ЭП и токен ЕИС для ДОУ 3, 7, 12',
    'JaCarta заблокирована после 10 попыток ввода PIN, нужен PUK — у кого он?',
    'PIN не вводить больше 3 раз! Ключ блокируется',
    'Идентификатор ЭДО начинается с 2BM — это Контур, с 2AE — Калуга Астрал, с 2AL — Такском',
    'ЭДО: оператор Контур.Диадок, идентификатор смотрите в карточке организации',
    'Сессия истекает через 30 мин, cookie не сохраняются в режиме инкогнито',
    // masked values, placeholders, empty fields
    'Пароль: ********',
    'token=ВАШ_ТОКЕН_ИЗ_ЛК_ЕИС',
    '{"orgInn":"6612004518","kpp":"661201001","token":"","tokenExpires":"2026-12-31"}',
    '"Group","Title","Username","Password","URL","Notes"',
    "=ВПР(B2;'Логины'!A:C;3;0)",
    // instructions and questions
    'пароль должен содержать не менее 8 символов, заглавные и строчные буквы, цифры и спецсимволы',
    'Как сменить пароль в Web-Торги-КС, если старый не подходит?',
    'Инструкция: в поле «Токен» вставьте значение из ЛК ЕИС → Настройки → Токены',
    // error messages and codes
    'Ошибка входа: неверный логин или пароль (код 401)',
    'token expired: срок действия токена истёк, получите новый в ЛК ЕИС',
    'ЕИС вернула ошибку: ERR_TOKEN_INVALID — Токен не найден или отозван',
    '<faultstring>Authentication failed: invalid token</faultstring>',
    '{"error":"invalid_grant","error_description":"Refresh token expired"}',
    'CAdESCOM.Store error 0x8010006B: Неправильный PIN-код',
    'Ошибка 0x80090016: Набор ключей не существует',
    'HTTP 403 Forbidden: Access denied for user sosh5_ks',
    'Ошибка 500. Request ID: 7c2e9a41-0f3b-4d86-b15a-e8d4c27f9a03. Обратитесь в техподдержку',
    // tickets
    'Заявка INC-2025-004817: не проходит подписание, Рутокен не виден',
    'Тикет #52019 [Resolved] Password reset requested for dou14 — выполнено, пароль сообщён по телефону',
    'SD-2025-0917-AX4',
    // dates, versions, phones, addresses
    '15.09.2025 10:42:17 МСК, версия 13.2.0.4521',
    'Build 2025.3.17-rc2+g4f9a2c1',
    '+7 (343) 212-45-67 доб. 1042',
    '624800, Свердловская обл., г. Сухой Лог, ул. Кирова, д. 7А, каб. 12',
    // files, paths, pages, commands
    'Выгрузка_контрактов_2025-09-15_v2_final(1).xlsx',
    '\\\\srv-cit\\obmen\\EIS\\2025\\09\\реестр_договоров.xlsx',
    'https://zakupki.gov.ru/epz/contract/contractCard/common-info.html?reestrNumber=3661200451825000012',
    'https://webtorgi-ks.example.ru/help/#/token-setup?step=3&org=6612004518',
    'csptest -keyset -enum_cont -verifycontext -fqcn',
    // hashes, thumbprints, serials people quote
    'Хэш файла контракта (ГОСТ Р 34.11-2012): cb963de835324da49a70afa987f1ef13bf38716c718a8fa6e8e006f0986df410',
    'Отпечаток сертификата: bdbf1d09e17f6e84445ba890cf3137c79d2b3267',
    'Рутокен ЭЦП 3.0, серийный номер 0A3B5C71, сертификат до 14.05.2026',
    // mixed layout words
    'hfpvtotybt bpdtotybz',
    'ult yfqnb jnxtn j gjlgbcfyys[ rjynhfrnf[',
  ],
};
