import { describe, expect, it } from 'vitest';
import { findSecret, isSecretLike, secretMessage } from '../../src/lib/secret-guard';

// What readers paste by mistake: each must be refused.
const SECRETS: string[] = [
  '3f2504e0-4f89-11d3-9a0c-0305e82c3301',
  '3F2504E0-4F89-11D3-9A0C-0305E82C3301',
  '{3f2504e0-4f89-11d3-9a0c-0305e82c3301}',
  '3f2504e04f8911d39a0c0305e82c3301',
  '3f2504e0 4f89 11d3 9a0c 0305e82c3301',
  'токен 3f2504e0-4f89-11d3-9a0c-0305e82c3301 детсад',
  '3f25О4е0-4f89-11d3-9а0с-0305е82с33О1', // Cyrillic look-alikes (а, с, е, О)
  '3f2504е0-4f89-11d3-9а0с-0305е82с3301',
  '«a9c1e77d0b3f4e52»',
  '[a9c1e77d0b3f4e52a1]',
  '(Zk3PqL9mW2xY7vB4)',
  'токен: a9c1e77d0b3f4e52',
  'Токен:a9c1e77d0b3f4e52c0',
  'token=Zk3PqL9mW2xY7vB4nR',
  'a9c1e77d0b3f4e52, до 31.12',
  'детсад, a9c1e77d0b3f4e52c0d1',
  'a9c1 e77d 0b3f 4e52',
  'A9C1 E77D 0B3F 4E52 77AA',
  'x7Kp2mQ9vL4nR8s', // 15 characters, random
  'q8Zt4Wm1Lx6Pn3Y',
  'k2j4h6g8f0d1s3a5',
  'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.abcDEF123_-x',
  'dGhpcyBpcyBhIHNlY3JldCB0b2tlbg==',
  'ZXhhbXBsZVRva2VuVmFsdWVIZXJl',
  '2BM-7701234567-770101001-201408260535301231654',
  '2ВМ-7701234567-770101001-201408260535301231654', // Cyrillic В and М
  '2AE-a1b2c3d4e5f6',
  'ЭДО 2BM-7701234567-770101001',
  'Zakupki2024!',
  'user01/P@ssw0rd2026',
  'пароль: детсад2024',
  'Пароль: qwerty',
  'password=hunter2',
  'логин ivanov пароль Qw12',
  'login: ivanov, password: secret',
  'ivanov / Qwerty123',
  'P@ssw0rd',
  'Пароль2024!',
  'MySecret#77',
  'admin|Adm1nPass',
  'Zakup!ki2024',
  'ключ a9c1e77d0b3f4e52aa',
  '\u200B3f2504e0-4f89-11d3-9a0c-0305e82c3301',
  'ａ９ｃ１ｅ７７ｄ０ｂ３ｆ４ｅ５２', // full-width
  'xK9mP2qL7vN4',
  'Срок a1b2c3d4e5f6a7b8c9',
  'пароль qwerty',
  'Пароль — 12345678',
  'password hunter22',
  'Zk3P+qL9/mW2xY7v',
  'token: ABCDEF1234567890',
];

// Labels people really write: each must be accepted.
const LABELS: string[] = [
  'МАОУ гимназия № 3',
  'ИНН 7701234567 КПП 770101001',
  'ГАУЗ «Городская поликлиника № 2»',
  'Департамент образования',
  'Токен детского сада до продления',
  'Детский сад № 15',
  'МБДОУ «Детский сад № 124 «Солнышко»»',
  'Школа 1234',
  'Администрация Ярославского района',
  'ГБУЗ ЯО «Областная больница»',
  'Web-Торги-КС, основной пользователь',
  'Web-Торги-КС',
  'Токен для сервисов отдачи',
  'идентификатор ЭДО бухгалтерии',
  'до 31.12.2026',
  'продлить до 01.07',
  'ОГРН 1027700132195',
  'ИНН 7604012345',
  'КПП 760401001',
  'Иванова И. И.',
  'Петров, администратор',
  'Отдел закупок (каб. 215)',
  'тел. +7 (4852) 78-62-68',
  'МКУ «ЦБ» г. Ярославля',
  'Управление ЖКХ',
  'СОШ №7',
  'МОУ СОШ № 45 им. Пушкина',
  'ЦРБ',
  'Второй ЛК — филиал',
  'Реестровый номер 03712000012',
  'Ярославль',
  'Кафедра физики и математики',
  'Учреждение 2',
  'ТОКЕН НА 2027 ГОД',
  'Продлить в декабре 2026',
  'Токен (основной)',
  'Идентификатор для импорта документов приёмки',
  'Контракт 0371200001226000123',
  'ГАПОУ ЯО «Ярославский колледж»',
  'Библиотека им. Некрасова',
  'Больница №2, корпус Б',
  'Основная организация',
  'ЛК заказчика 44-ФЗ',
  'Пароль меняется при открытии ссылки',
  'Логин и пароль — у администратора',
  'МДОУ детский сад №12 «Ромашка»',
  'ГБОУ СОШ №1234/5',
  'Срок до 31.12.2026г.',
  'Пароль для Web-Торги-КС меняется',
  'Пароль — у Иванова',
];

describe('secret guard', () => {
  it('has at least 40 cases on each side', () => {
    expect(SECRETS.length).toBeGreaterThanOrEqual(40);
    expect(LABELS.length).toBeGreaterThanOrEqual(40);
  });

  it.each(SECRETS)('refuses %s', (text) => {
    expect(findSecret(text)).toBeDefined();
  });

  it.each(LABELS)('accepts %s', (text) => {
    expect(findSecret(text)).toBeUndefined();
  });

  it('never throws and accepts empty or odd input', () => {
    expect(isSecretLike('')).toBe(false);
    expect(isSecretLike('   ')).toBe(false);
    expect(isSecretLike(undefined as unknown as string)).toBe(false);
    expect(isSecretLike('x'.repeat(100_000))).toBe(false);
  });

  it('explains the refusal in one short Russian sentence', () => {
    for (const kind of ['guid', 'token', 'edo', 'password', 'credentials'] as const) {
      const message = secretMessage(kind);
      expect(message.length).toBeLessThanOrEqual(200);
      expect(message).toMatch(/^Подпись не сохранена: /);
    }
  });
});
