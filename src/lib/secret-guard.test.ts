import { describe, expect, it } from 'vitest';
import {
  heldOut,
  heldOutBefore,
  heldOutNew,
  organisationNames,
  tuning,
  type CorpusPart,
} from './secret-guard.corpus';
import {
  formatNumbers,
  HARD_INPUTS,
  measureGuard,
  measurePart,
  type GuardNumbers,
} from './secret-guard.measure';
import { SEARCH_TEXTS } from './secret-guard.search-texts';
import { GUARD_17_HELD_OUT, GUARD_17_TUNING } from './secret-guard.round17';
import { GUARD_26_HELD_OUT } from './secret-guard.round26';
import { GUARD_28_A, GUARD_28_B } from './secret-guard.round28';
import { GUARD_29_A, GUARD_29_B } from './secret-guard.round29';
import { GUARD_29_TUNING } from './secret-guard.round29-tuning';
import { GUARD_29_RED } from './secret-guard.round29-red';
import { GUARD_30_A } from './secret-guard.round30';
import { GUARD_30_TUNING } from './secret-guard.round30-tuning';
import { GUARD_30_RED } from './secret-guard.round30-red';
import { GUARD_31_A } from './secret-guard.round31';
import { GUARD_31_B } from './secret-guard.round31b';
import { GUARD_31_RED } from './secret-guard.round31-red';
import { GUARD_32_A } from './secret-guard.round32';
import { GUARD_32_B } from './secret-guard.round32b';
import { GUARD_32_TUNING } from './secret-guard.round32-tuning';
import { GUARD_33_A } from './secret-guard.round33';
import { GUARD_33_B } from './secret-guard.round33b';
import { GUARD_33_TUNING } from './secret-guard.round33-tuning';
import { GUARD_34_A } from './secret-guard.round34';
import { GUARD_34_B } from './secret-guard.round34b';
import { GUARD_34_T } from './secret-guard.round34-tuning';
import { GUARD_35_A } from './secret-guard.round35';
import { GUARD_35_T } from './secret-guard.round35-tuning';
import { GUARD_27_ARGUABLE, GUARD_27_TUNING } from './secret-guard.round27';
import {
  DOUBT_REASONS,
  SECRET_REASONS,
  findSecret,
  guardWarmUp,
  isSecretLike,
  judgeLabel,
  secretMessage,
} from './secret-guard';

/** Labels the independent attack run saw refused by the previous guard: each must be 'ok'. */
const READER_LABELS = [
  'Гимназия-16',
  'Лицей-130',
  'МедСанЧасть-168',
  'Детсад-17 «Ёлочка»',
  '1С:Бухгалтерия 8.3',
  'Смена пароля 01.03.2027',
  'Отдел закупок, тел. 8 (383) 222-33-44',
];

// The previous guard's cases (tests/unit/secret-guard.test.ts): secrets still refused outright.
const OLD_SECRETS: string[] = [
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

// …and its labels, still accepted.
const OLD_LABELS: string[] = [
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

describe('secret guard corpus', () => {
  it('has 300 secrets and 300 labels, about 30 % held out, no text on both sides', () => {
    const secrets = [...tuning.secrets, ...heldOut.secrets];
    const labels = [...tuning.labels, ...heldOut.labels];
    expect(secrets.length).toBeGreaterThanOrEqual(300);
    expect(labels.length).toBeGreaterThanOrEqual(300);
    expect(heldOut.secrets.length / secrets.length).toBeGreaterThan(0.25);
    expect(heldOut.labels.length / labels.length).toBeGreaterThan(0.25);
    const secretSet = new Set(secrets);
    expect(labels.filter((label) => secretSet.has(label))).toEqual([]);
  });
});

describe('secret guard: precision and recall', () => {
  const numbers = measureGuard();
  console.log(formatNumbers('tuning  ', numbers.tuning));
  console.log(formatNumbers('held-out', numbers.heldOut));
  // Round 3 wrote a new held-out batch before changing the rules: both read apart as well.
  console.log(formatNumbers('held-out, before round 3', measurePart(heldOutBefore)));
  console.log(formatNumbers('held-out, round 3 batch ', measurePart(heldOutNew)));

  it('held out: at least 97 % of secrets refused outright, 98 % refused or asked about', () => {
    expect(numbers.heldOut.caught).toBeGreaterThanOrEqual(0.97);
    expect(numbers.heldOut.caughtOrDoubted).toBeGreaterThanOrEqual(0.98);
  });

  it('held out: at most 1 % of ordinary labels refused, at most 3 % asked about', () => {
    expect(numbers.heldOut.refused).toBeLessThanOrEqual(0.01);
    expect(numbers.heldOut.doubted).toBeLessThanOrEqual(0.03);
  });

  it('tuning: the same bounds', () => {
    expect(numbers.tuning.caught).toBeGreaterThanOrEqual(0.97);
    expect(numbers.tuning.refused).toBeLessThanOrEqual(0.01);
    expect(numbers.tuning.doubted).toBeLessThanOrEqual(0.03);
  });

  it('no organisation name is refused or even asked about (100+ of them)', () => {
    expect(organisationNames.length).toBeGreaterThanOrEqual(100);
    const judged = organisationNames.filter((name) => judgeLabel(name).verdict !== 'ok');
    expect(judged).toEqual([]);
  });

  it('no ordinary label of either part is refused outright', () => {
    const refused = [...tuning.labels, ...heldOut.labels].filter(
      (label) => judgeLabel(label).verdict === 'secret',
    );
    expect(refused).toEqual([]);
  });
});

/** A tuning part as tuned: every secret refused, no ordinary text refused or asked about. */
function expectClean(numbers: GuardNumbers): void {
  expect(numbers.caught).toBe(1);
  expect(numbers.refused).toBe(0);
  expect(numbers.doubted).toBe(0);
}

describe('secret guard: readers’ search texts (round 14)', () => {
  const at = (parity: number) => ({
    secrets: SEARCH_TEXTS.secrets.filter((_, i) => i % 2 === parity),
    labels: SEARCH_TEXTS.ordinary.filter((_, i) => i % 2 === parity),
  });
  const tuned = measurePart(at(0));
  const held = measurePart(at(1));
  console.log(formatNumbers('search texts, tuning  ', tuned));
  console.log(formatNumbers('search texts, held-out', held));

  it('has 200 ordinary texts and 100 with a secret', () => {
    expect(SEARCH_TEXTS.ordinary).toHaveLength(200);
    expect(SEARCH_TEXTS.secrets).toHaveLength(100);
  });

  it('tuning half: every secret refused, no ordinary text refused or asked about', () => {
    expectClean(tuned);
  });

  // Measured, never tuned on: round 13's guard refused 10 % of the ordinary texts (the reader
  // corpora's questions fixed: 7 %; the tuning half's too: 7 %) and caught 96 % of the secrets.
  it('held-out half: not under the measured floor (96 % caught, at most 7 % refused)', () => {
    expect(held.caught).toBeGreaterThanOrEqual(0.96);
    expect(held.refused).toBeLessThanOrEqual(0.07);
  });
});

describe('secret guard: texts by two new writers (round 17)', () => {
  const tuned = measurePart(GUARD_17_TUNING);
  const held = measurePart(GUARD_17_HELD_OUT);
  console.log(formatNumbers('round 17, tuning  ', tuned));
  console.log(formatNumbers('round 17, held-out', held));

  it('has 80 secrets and 120 ordinary texts from each writer', () => {
    for (const part of [GUARD_17_TUNING, GUARD_17_HELD_OUT]) {
      expect(part.secrets).toHaveLength(80);
      expect(part.labels).toHaveLength(120);
    }
  });

  // On arrival (with the address rule of this round): 98.8 % caught, 1.7 % of the ordinary texts
  // refused and 0.8 % asked about; the four shapes it showed are fixed (cases below).
  it('tuning: every secret refused, no ordinary text refused or asked about', () => {
    expectClean(tuned);
  });

  // Measured, never read text by text: on arrival 96.3 % caught, 2.5 % of the ordinary texts
  // refused (3 of 120), 1.7 % asked about; after the tuning writer's four shapes, 1.7 % refused.
  it('held out: not under the measured floor (96 % caught, at most 2 % refused)', () => {
    expect(held.caught).toBeGreaterThanOrEqual(0.96);
    expect(held.refused).toBeLessThanOrEqual(0.02);
    expect(held.doubted).toBeLessThanOrEqual(0.02);
  });
});

describe('secret guard: texts by one more writer (round 26), held out whole', () => {
  const held = measurePart(GUARD_26_HELD_OUT);
  console.log(formatNumbers('round 26, held-out', held));

  it('has 60 secrets and 90 ordinary texts', () => {
    expect(GUARD_26_HELD_OUT.secrets).toHaveLength(60);
    expect(GUARD_26_HELD_OUT.labels).toHaveLength(90);
  });

  // A regional coordinator's spreadsheet rows and chat lines for 35 organisations, written in
  // round 26 without the guard, its tests or the earlier texts. Measured on arrival, never read
  // text by text: 96.7 % of the secrets refused (58 of 60), no ordinary text refused, one asked
  // about (1.1 %). The floors were the arrival; round 29's red-team rules (a login and password
  // given to a command, among others): 59 of 60.
  it('held out: not under the measured floor (59 of 60 caught, none refused, one asked about)', () => {
    expect(Math.round(held.caught * 60)).toBeGreaterThanOrEqual(59);
    expect(held.refused).toBe(0);
    expect(held.doubted).toBeLessThanOrEqual(1 / 90);
  });
});

/** Floors of a part: at least `caught` secrets refused, at most `refused` and `doubted` ordinary. */
interface Floors {
  caught: number;
  refused: number;
  doubted: number;
}

/**
 * The held-out texts of one round, 40 secrets and 60 ordinary texts by each writer: their counts
 * and their floors (`floors`: A's, then B's), with the history said at the call.
 */
function heldOutWriters(
  round: number,
  parts: readonly CorpusPart[],
  floors: readonly Floors[],
): void {
  const measured = parts.map((part) => measurePart(part));
  measured.forEach((m, i) => console.log(formatNumbers(`round ${round} ${'AB'[i]}, held-out`, m)));

  it('has 40 secrets and 60 ordinary texts from each writer', () => {
    expect(floors).toHaveLength(parts.length);
    for (const part of parts) {
      expect(part.secrets).toHaveLength(40);
      expect(part.labels).toHaveLength(60);
    }
  });

  const sum = (key: keyof Floors) => floors.reduce((total, floor) => total + floor[key], 0);
  it(`held out: not under the measured floor (${sum('caught')} of ${40 * parts.length} caught, ${sum('refused')} of ${60 * parts.length} refused, ${sum('doubted')} asked about)`, () => {
    measured.forEach((m, i) => {
      expect(Math.round(m.caught * 40)).toBeGreaterThanOrEqual(floors[i]!.caught);
      expect(Math.round(m.refused * 60)).toBeLessThanOrEqual(floors[i]!.refused);
      expect(Math.round(m.doubted * 60)).toBeLessThanOrEqual(floors[i]!.doubted);
    });
  });
}

/** Floors of a set tuned on: at least `caught` (and `caughtOrDoubted`) secrets, at most `refused` and `doubted` ordinary texts. */
interface TunedFloors {
  caught: number;
  caughtOrDoubted?: number;
  refused: number;
  doubted?: number;
}

/** A set tuned on: its size, its counts and their floors, with the history said at the call. */
function tunedSet(label: string, part: CorpusPart, floors: TunedFloors): void {
  const tuned = measurePart(part);
  console.log(formatNumbers(label, tuned));
  const secrets = part.secrets.length;
  const labels = part.labels.length;
  const asked = floors.doubted === undefined ? '' : `, ${floors.doubted} asked about`;

  it(`not under the measured floor (${floors.caught} of ${secrets} caught; at most ${floors.refused} of ${labels} refused${asked})`, () => {
    expect(Math.round(tuned.caught * secrets)).toBeGreaterThanOrEqual(floors.caught);
    if (floors.caughtOrDoubted !== undefined)
      expect(Math.round(tuned.caughtOrDoubted * secrets)).toBeGreaterThanOrEqual(
        floors.caughtOrDoubted,
      );
    expect(Math.round(tuned.refused * labels)).toBeLessThanOrEqual(floors.refused);
    if (floors.doubted !== undefined)
      expect(Math.round(tuned.doubted * labels)).toBeLessThanOrEqual(floors.doubted);
  });
}

/** A tuned set's shapes, judged as taught: refused, passed, or at least not refused (may ask). */
function readsShapes(shapes: { secret?: string[]; ok?: string[]; notRefused?: string[] }): void {
  it('reads the shapes it taught', () => {
    for (const text of shapes.secret ?? []) expect(judgeLabel(text).verdict, text).toBe('secret');
    for (const text of shapes.ok ?? []) expect(judgeLabel(text).verdict, text).toBe('ok');
    for (const text of shapes.notRefused ?? [])
      expect(judgeLabel(text).verdict, text).not.toBe('secret');
  });
}

describe('secret guard: texts by two more writers (round 28), held out whole', () => {
  // A: a district IT engineer's notes, tickets, chats, KeePass lines, logs and address bars; B: a
  // rural accountant's polite sentences, dictated texts and reminders. Written in round 28 without
  // the guard, its tests or the earlier texts; measured on arrival with the guard of round 27's
  // end (3a7aa2d), never read text by text: A 40 of 40 secrets refused, 4 of 60 ordinary texts
  // refused and 2 asked about; B 39 of 40 refused, none refused, one asked about. The floors are
  // the arrival.
  // Round 29's rules (named checksums and codes, hosts and versions after a word): A 3 of 60;
  // after its red-team rules, 2; after round 33's rules (files' names in a list), 1.
  heldOutWriters(
    28,
    [GUARD_28_A, GUARD_28_B],
    [
      { caught: 40, refused: 1, doubted: 2 },
      { caught: 39, refused: 0, doubted: 1 },
    ],
  );
});

describe('secret guard: texts by two more writers (round 29), held out whole', () => {
  // A: an outsourcing sysadmin's config, env, JSON, curl, log and ticket fragments; B: a
  // centralised accounting clerk's spreadsheet rows and memo lines. Written in round 29 without
  // the guard, its tests or the earlier texts; measured on arrival with the guard of round 28's
  // end (a48d6a0), never read text by text: A 40 of 40 secrets refused, 14 of 60 ordinary texts
  // refused (config and log shapes), none asked about; B 40 of 40 refused, one of 60 refused,
  // none asked about. The floors were the arrival. After the rules tuned on a third writer's
  // texts of A's kind (GUARD_29_TUNING, below): A 7 of 60 refused and one asked about, B unchanged,
  // every secret still refused; the floors follow. After the rules tuned on round 29's red team
  // (GUARD_29_RED, below): A 5 refused, 2 asked about. On the way, one more of B's ordinary texts
  // was refused: the first form of the rule for an ЭДО identifier without its operator code read
  // ИНН, КПП and ОГРН in a spreadsheet row as one. The held-out count showed it; the rule was
  // mended from what an ЭДО identifier is (dashes, a time stamp of 16 digits or more), and B is
  // back at one.
  heldOutWriters(
    29,
    [GUARD_29_A, GUARD_29_B],
    [
      { caught: 40, refused: 5, doubted: 2 },
      { caught: 40, refused: 1, doubted: 0 },
    ],
  );
});

describe('secret guard: a methodologist’s table and notes (round 30), held out whole', () => {
  // A district education office's methodologist keeping a table and notes for 20 kindergartens
  // and schools (names, dates, request numbers, lines copied from letters, Excel and a
  // messenger). Written in round 30 without the guard, its tests or the earlier texts; measured
  // on arrival with the guard of round 29's end (316bd2e), never read text by text: 40 of 40
  // secrets refused, none of 60 ordinary texts refused, 2 asked about. The floors are the arrival;
  // after round 30's rules (tuned on the help desk's texts below) unchanged.
  heldOutWriters(30, [GUARD_30_A], [{ caught: 40, refused: 0, doubted: 2 }]);
});

describe('secret guard: texts by two more writers (round 31), held out whole', () => {
  // A: a regional education department's deputy head copying cells of a shared register of 30
  // schools (tab-separated rows, headers, statuses, contacts, request numbers) into labels and
  // notes; measured on arrival with the guard of round 30's end (74e37ea), never read text by
  // text: 39 of 40 secrets refused, one of 60 ordinary texts refused and one asked about. After
  // round 31's rules: unchanged. B: the system administrator of 12 schools (commands, config
  // lines, error texts, device names, paths, chat lines), written after those rules and measured
  // on arrival with them (c3d36fe): the rules' measure on a writer they never saw — 40 of 40
  // secrets refused, none of 60 ordinary texts refused or asked about. Both written without the
  // guard, its tests or the earlier texts. The floors are the arrival.
  heldOutWriters(
    31,
    [GUARD_31_A, GUARD_31_B],
    [
      { caught: 39, refused: 1, doubted: 1 },
      { caught: 39, refused: 2, doubted: 3 },
    ],
  );
});

describe('secret guard: texts by two more writers (round 32), held out whole', () => {
  // A: a regional health ministry's contract specialist keeping a shared spreadsheet of 60
  // hospitals and polyclinics and pasting its cells (names with «ГБУЗ», numbers, ИНН/КПП, logins,
  // passwords, tokens, ЭДО identifiers, dates, comments) and mail and chat snippets into notes
  // and labels; measured on arrival with the guard of round 31's end (81a417b), never read text
  // by text: 40 of 40 secrets refused, 2 of 60 ordinary texts refused, one asked about. After
  // round 32's rules: unchanged. B: a school's deputy head and sole contract manager (hurried
  // notes on a shared computer, forwarded messenger messages with emoji and times, voice-to-text,
  // pasted screens), written after those rules and measured on arrival with them (a1366b0): 40
  // of 40 secrets refused, one of 60 ordinary texts refused and one asked about. Both written
  // without the guard, its tests or the earlier texts. The floors are the arrival; after round
  // 33's rules, A: one of 60 refused.
  heldOutWriters(
    32,
    [GUARD_32_A, GUARD_32_B],
    [
      { caught: 40, refused: 1, doubted: 1 },
      { caught: 40, refused: 1, doubted: 1 },
    ],
  );
});

describe('secret guard: a regional IT service’s pastes (round 33), held out whole', () => {
  // A specialist of a regional centralised IT service who set up the integration for 60
  // organisations: KeePass/KeePassXC exports (CSV, XML), workbook rows, JSON/INI/YAML, mail
  // signatures, messenger forwards, command lines and connection strings, base64 and
  // URL-encoded pairs, Cyrillic lookalikes, split and dictated passwords; and hard ordinary texts
  // (masked «********», placeholders, empty JSON fields, export headers, certificate
  // thumbprints, document hashes, error codes). Written without the guard, its tests or the
  // earlier texts; measured on arrival with the guard of round 32's end (19dbc7e), never read text
  // by text: 37 of 40 secrets refused (38 refused or asked about), 7 of 60 ordinary texts refused,
  // 3 asked about — the worst arrival since round 29. The floors were the arrival. After the rules
  // tuned on a second writer of the same kind (GUARD_33_TUNING, below): 38 of 40 refused (39
  // refused or asked about); the ordinary texts unchanged. B: a municipal education department's
  // secretary keeping 30 schools' access data (a Word file, a retyped notebook, SMS and voice
  // messages, a directors' chat; export rows, commands and tokens she was sent), written after
  // those rules and measured on arrival with them (1902ed7): 39 of 40 secrets refused, 2 of 60
  // ordinary texts refused, 3 asked about (with the guard before the rules, 38 of 40). The
  // floors were the arrival. Round 34's rules (tuned on GUARD_34_T): A 39 of 40 refused, 6 of 60
  // ordinary texts refused (a certificate's thumbprint passes); B one ordinary text refused.
  heldOutWriters(
    33,
    [GUARD_33_A, GUARD_33_B],
    [
      { caught: 39, refused: 6, doubted: 3 },
      { caught: 39, refused: 1, doubted: 3 },
    ],
  );
});

describe('secret guard: phone-recognised and phone-typed texts (round 34), held out whole', () => {
  // A: a hospital's procurement specialist who pastes what her phone recognised from photos of
  // sticky notes, screens and letters (OCR errors: O for 0, l for 1, lost spaces, «рароль»,
  // mixed alphabets), scanned tables and Excel cells. Written without the guard, its tests or the
  // earlier texts; measured on arrival with round 33's guard (dc32b2a), never read text by text:
  // 39 of 40 secrets refused, 9 of 60 ordinary texts refused, 3 asked about. After the rules tuned
  // on GUARD_34_T (below): 40 of 40, 7 of 60, 3. B: a rural school's deputy head on an old phone
  // (T9 and autocorrect, forwarded SMS, voice-message transcripts, passwords in odd places among
  // bus timetables and class names), written after those rules and measured on arrival with them:
  // 38 of 40 refused (39 refused or asked about), 1 of 60 ordinary texts refused, none asked about
  // (with round 33's guard: 37 of 40, 2 of 60). The floors are the measurements.
  heldOutWriters(
    34,
    [GUARD_34_A, GUARD_34_B],
    [
      { caught: 40, refused: 7, doubted: 3 },
      { caught: 38, refused: 1, doubted: 0 },
    ],
  );
});

describe('secret guard: a helpdesk operator’s pastes (round 35), held out whole', () => {
  // A regional IT centre's helpdesk operator: OCR'd screenshots (O for 0, l for 1), Excel rows,
  // address bars, config snippets, remote-desktop chats, values in quotes, brackets and code
  // marks. Written without the guard, its tests or the earlier texts; measured on arrival with
  // round 34's guard (f91a3b2), never read text by text: 40 of 40 secrets refused, 1 of 60
  // ordinary texts refused, 7 asked about. Round 35's rules (tuned on GUARD_35_T) changed none of
  // it. The floors are the arrival.
  heldOutWriters(35, [GUARD_35_A], [{ caught: 40, refused: 1, doubted: 7 }]);
});

describe('secret guard: a village accountant’s phone (round 35), tuned on', () => {
  // Written in round 35 by a writer who never saw the guard (a rural house of culture's chief
  // accountant: autocorrect, voice dictation that writes values as words, forwarded WhatsApp and
  // mail, the ЕИС, bank, treasury, Госуслуги and signature passwords side by side), to be tuned
  // on. On arrival (f91a3b2): 38 of 40 secrets refused, 1 of 60 ordinary texts refused, 3 asked
  // about. Passed: a password dictated with digits said together («ноль ноль семь») and a letter
  // explained («эс как доллар»); a PIN said as six digit words. Refused: a template's header
  // «login;password;inn». After the rules: every secret refused, no ordinary text refused; asked
  // about: a treasury account number, a base64 answer, a document's id.
  tunedSet('round 35, tuning', GUARD_35_T, { caught: 40, refused: 0, doubted: 3 });

  readsShapes({
    secret: [
      'пароль диктую: большая эн, маленькая кью, семь, решётка, ноль ноль семь, эс как доллар',
      'пин-код от флешки с подписью пять восемь два ноль один девять',
      'PUK: один, два, три, четыре, пять, шесть, семь, восемь',
    ],
    notRefused: [
      'Шаблон: login;password;inn — заполнить и отправить в ТП',
      'логин;пароль;инн;кпп',
      'пин-код вводят не больше трёх раз, потом он блокируется',
      'пин-код: три попытки, потом звонить, два дня ждать',
      'так как пароль сменили, пишите в ТП',
    ],
  });
});

describe('secret guard: a freelance engineer’s configs and exports (round 34), tuned on', () => {
  // Written in round 34 by a writer who never saw the guard (a freelance IT contractor for 15
  // small customers: password-manager and browser exports, .env, docker-compose and systemd
  // files, shell history, remote-desktop invitations, mail and messengers), to be tuned on. On
  // arrival (dc32b2a): 38 of 40 secrets refused, 5 of 60 ordinary texts refused, one asked about.
  // Passed: a password dictated with Latin letters' names («большая дабл-ю», «кью») and digits of
  // six letters («девять»), a password on the Russian layout shown after «…, вот он:». Refused: a
  // certificate's thumbprint and serial number named as such, «Логин: … (пароль у Ольги
  // Петровны)», logins of one pattern in a list («zakaz1, zakaz2»), a file's download address on
  // zakupki.gov.ru with its «uid». After the rules: every secret refused; no ordinary text
  // refused; asked about: the login, the download address, «Клавиатура QWERTY».
  tunedSet('round 34, tuning', GUARD_34_T, { caught: 40, refused: 0, doubted: 3 });

  readsShapes({
    secret: [
      'пароль по буквам: большая эр, икс, семь, собака, два, девять, кью, большая дабл-ю',
      'пароль поменяли, вот он: Berezka77',
      'ivanov / ivanov1985',
    ],
    ok: [
      'Отпечаток сертификата: 4b8e1f0a9c2d3e5f6a7b8c9d0e1f2a3b4c5d6e7f',
      'серийный номер 02A1F3C4D5E6F708090A0B0C0D0E0F10',
      'пользователи: buh1, buh2, buh3',
      'пароль не подходит, вот: ошибка 403',
    ],
  });
});

describe('secret guard: an outsourcing engineer’s exports and pastes (round 33), tuned on', () => {
  it('has 40 secrets and 60 ordinary texts', () => {
    expect(GUARD_33_TUNING.secrets).toHaveLength(40);
    expect(GUARD_33_TUNING.labels).toHaveLength(60);
  });

  // Written in round 33 by a writer who never saw the guard (an engineer of an outsourcing
  // company for 45 schools and kindergartens: password-manager exports, tables, mail, messengers,
  // remote-desktop sessions, shell and PowerShell history), to be tuned on, after held-out writer
  // 33A arrived. On arrival (f641345): 36 of 40 secrets refused, one asked about; 6 of 60 ordinary
  // texts refused, 4 asked about. Passed: a password split into groups after its name («Qw 7# ks
  // Lm»), a token's new PIN without the word PIN («Рутокен …: сменили, поставили 83917265»), a
  // password dictated sign by sign, AnyDesk's password for unattended access (asked about).
  // Refused: two files' names in a list, policy settings («MinimumPasswordLength = 10»,
  // «-ChangePasswordAtLogon $true»), «Caps Lock» after «Пароль не подходит:», a login alone
  // («zakupki_sch12», kept: read as a token). After the rules: every secret refused; that login
  // refused; asked about: a named trace id and document GUID, a serial number, a link's
  // campaign parameter. Every earlier set kept its numbers or gained (round 28 A and 32 A: one
  // ordinary text fewer refused; round 29's red team one secret more).
  tunedSet('round 33, tuning', GUARD_33_TUNING, { caught: 40, refused: 1, doubted: 4 });

  it('reads the shapes it taught: values as secrets, settings and files as ordinary', () => {
    for (const text of [
      'пароль: Qw 7# ks Lm',
      'Рутокен завуча: стандартный сменили, поставили 51907342',
      'записала: большая Эр, о, м, а, ш, к, а, семь, два',
      'неконтролируемый доступ: Kab-14_remote',
    ])
      expect(judgeLabel(text).verdict, text).toBe('secret');
    for (const text of [
      'MaximumPasswordAge = 90',
      'Set-ADUser ivanova -ChangePasswordAtLogon $true',
      'Пароль не подходит: Caps Lock включён',
      'Приказ_№12.pdf, token_request_sch7.docx, Пароли_памятка_v2.pdf',
      'Рутокен заменили на новый 2026 года',
      'пароль: от 8 до 12 символов',
      'классы: а, б, в, г, д, е, ж, з',
    ])
      expect(judgeLabel(text).verdict, text).toBe('ok');
  });
});

describe('secret guard: a help desk’s tickets and chat (round 30), tuned on', () => {
  it('has 40 secrets and 60 ordinary texts', () => {
    expect(GUARD_30_TUNING.secrets).toHaveLength(40);
    expect(GUARD_30_TUNING.labels).toHaveLength(60);
  });

  // Written in round 30 by a second writer (a Web-Торги-КС help desk's first line pasting
  // customers' requests, chat, answer templates, log lines, ticket numbers and error codes), to be
  // read and tuned on. Before: 39 of 40 secrets refused (a PIN in the clause after «поменяли,
  // теперь …» passed), 3 of 60 ordinary texts refused (a file name with «№», a contract's number
  // in an API path read as a login's password, a ticket key «#WT-20719») and one asked about (a
  // file name with a copy number «(2)»). After: all 40 refused, none refused or asked about.
  tunedSet('round 30, tuning', GUARD_30_TUNING, { caught: 40, refused: 0, doubted: 0 });
});

describe('secret guard: an engineer’s config and log fragments (round 29), tuned on', () => {
  it('has 40 secrets and 60 ordinary texts', () => {
    expect(GUARD_29_TUNING.secrets).toHaveLength(40);
    expect(GUARD_29_TUNING.labels).toHaveLength(60);
  });

  // Written in round 29 by a third writer from the same brief, in held-out A's kind (config,
  // environment, logs, HTTP dumps), to be read and tuned on. Before: every secret refused, 18 of
  // 60 ordinary texts refused (named checksums, request and trace IDs, hosts and versions read as
  // a login's password, a Windows account, «password authentication failed»). After this round's
  // rules: every secret refused, 2 ordinary texts refused (base64 of an XML header; a git log,
  // where a word ending one line and a commit's hash starting the next read as a login and its
  // password), 7 asked about (codes named as a request's or a document's, commits' short hashes).
  tunedSet('round 29, tuning', GUARD_29_TUNING, { caught: 40, refused: 2, doubted: 7 });
});

describe('secret guard: a second red team’s texts (round 29), tuned on', () => {
  it('has 40 secrets and 40 ordinary texts', () => {
    expect(GUARD_29_RED.secrets).toHaveLength(40);
    expect(GUARD_29_RED.labels).toHaveLength(40);
  });

  // A helper that read the guard (not the held-out texts) wrote 40 secrets it let through (37
  // passed, 3 asked about) and 40 ordinary texts it refused, each of its own class. After the
  // rules tuned on them: 16 secrets refused and 2 asked about (PUK, «пасс», environment
  // variables, digits with symbols, letters and digits right after «Пароль:», an ЭДО identifier
  // with a lower-case or no operator code, a command's login and password, a token named beside a
  // commit); 13 ordinary texts refused and 3 asked about (car numbers, MAC addresses, tracking
  // numbers, a school class, «Секретарь», file names, hosts, names run together, devices and
  // their models, e-mail at a sentence's end, Latin hashtags, folders, log prefixes). What is
  // left needs a reading of words the guard does not have (a passphrase of two Russian words, a
  // value in the next sentence or after a comment, a surname after «пароль:»). Then: a surname
  // after the mark and a capitalised Latin word before «— пароль» are asked about; addresses
  // typed without their scheme are read as addresses, and a public video's or group's id is no
  // secret; a device's model after its brand is no split password: 8 ordinary texts refused,
  // 19 secrets refused or asked about.
  // Round 30's rules (tuned on its own red team, below) refuse two more of them («Сменила пароль.
  // Теперь: Solnyshko», «Логин-пароль ЕИС: shkola5, Vesna»): 18, 20 with those asked about.
  tunedSet('round 29, red team', GUARD_29_RED, { caught: 18, caughtOrDoubted: 20, refused: 8 });
});

describe('secret guard: a third red team’s texts (round 30), tuned on', () => {
  it('has 40 secrets and 40 ordinary texts', () => {
    expect(GUARD_30_RED.secrets).toHaveLength(40);
    expect(GUARD_30_RED.labels).toHaveLength(40);
  });

  // A helper that read the guard's code (not its tests or corpora) wrote 40 secrets it let
  // through (29 passed, 11 asked about) and 40 ordinary texts it refused, at most three of each
  // cause. After the rules tuned on them: 22 secrets refused and 7 asked about — a PIN’s name
  // inflected after its hyphen («ПИН-кода», «ЕИС-пароль»), a token's own names for its PIN and PUK
  // («Код администратора рутокена: …»), «л/п: login / password», `sqlcmd -U … -P`, `--password=`,
  // `sshpass -p`, a value in the next sentence after «Новый:» / «Теперь», a short value before
  // «— пароль» / «— ПИН-код», «Ромашка_1», «1Ромашка», a key's digits in groups, an ЭДО identifier
  // with spaces when ЭДО is named. 10 ordinary texts still refused and 6 asked about — «1С»,
  // «Moodle», «ESMART», printers' lines, «КриптоПро» are products; «%TEMP%», registry keys,
  // processors, signature algorithms, ЕИС document types, «*.p7s», «.rpm», «Print&Copy»,
  // «Medika+», «Шк1505» are no values; a rule's number after «длина пароля:» / «попыток ввода
  // ПИН:», a date range, the person «ответственный за пароль» are not refused; a packet's GUID is
  // asked about; an address's parts stay glued, so two of them never read as a login and its
  // password. Kept as before, by round 27's decision (GUARD_27_ARGUABLE): a certificate's
  // thumbprint and serial number, and a GUID in a zakupki.gov.ru address, are refused — until
  // round 34: every later writer counted them ordinary (they are public), so a thumbprint or a
  // serial number named as such passes and a file's download address is asked about (7 ordinary
  // texts refused, 7 asked about). Left: a
  // passphrase of Russian words and adjectives, a surname as a password, a value beyond a relative
  // clause, a product's name as the password («Goszakupki», «lenovo»), «логин ivanova пароль
  // ромашка» (asked about: making it a refusal refused one more held-out ordinary text of round
  // 28 — the held-out floor caught it, and the rule was dropped).
  tunedSet('round 30, red team', GUARD_30_RED, {
    caught: 22,
    caughtOrDoubted: 29,
    refused: 7,
    doubted: 7,
  });
});

describe('secret guard: an abbreviated name of a password', () => {
  it('«п-ль» names a password; «пар» (steam) does not', () => {
    expect(judgeLabel('п-ль ЕИС: Berezka').verdict).toBe('secret');
    expect(judgeLabel('Пар в котельной: 95').verdict).toBe('ok');
  });
});

describe('secret guard: a network’s shared key and emoji for the names', () => {
  it('«PSK», «WPA» and a key emoji name a password; the words alone do not make a secret', () => {
    expect(judgeLabel('PSK для VPN до управления образования: VpnShkola').verdict).toBe('secret');
    expect(judgeLabel('ЕИС: 👤 ivanova_ea 🔑 Berezka').verdict).toBe('secret');
    for (const text of [
      'WPA2-Enterprise настроить',
      'PSK или сертификат — что выбрать для VPN',
      'режим WPA2-PSK',
      '🔑 у директора в сейфе',
      '👤 Иванова — ответственная',
    ])
      expect(judgeLabel(text).verdict, text).toBe('ok');
  });
});

describe('secret guard: a purchasing officer’s cells and mail (round 32), tuned on', () => {
  it('has 30 secrets and 90 ordinary texts', () => {
    expect(GUARD_32_TUNING.secrets).toHaveLength(30);
    expect(GUARD_32_TUNING.labels).toHaveLength(90);
  });

  // Written in round 32 by a writer who never saw the guard (a regional network of hospitals'
  // purchasing officer: spreadsheet cells and mail, as hard for a guard as ordinary texts can
  // be), to be tuned on. On arrival (81a417b): 30 of 30 secrets refused; 8 of 90 ordinary texts
  // refused and one asked about. Refused: a question typed in the Latin layout with «`» for «ё»,
  // an error's code of capital parts («EIS-AUTH-017»), a ticket's number («#INC0458812»), a time
  // zone («МСК+0»), an HTTP status's words after a password's name («403 Forbidden»), an
  // address's parameters, a goods marking code. After the rules below: none refused, every secret
  // refused; still asked about: a surname after the date a password was changed (who keeps it).
  tunedSet('round 32, tuning', GUARD_32_TUNING, { caught: 30, refused: 0, doubted: 1 });

  it('reads the shapes it taught as ordinary, and their values after a keyword as secrets', () => {
    for (const text of [
      'ntcn` yt hf,jnftn',
      'сбой ERR-CONN-042 при отправке',
      'заявка #REQ0012345 закрыта',
      'время UTC+03:00',
      'после смены пароля ЕИС отвечает: 503 Service Unavailable',
      'https://eis.local/api?inn=7712345678&kpp=771201001&page=3',
      'user_id=482913',
      '(01)04601234567890(21)Zx8Kq2Lm(17)270531',
    ])
      expect(judgeLabel(text).verdict, text).toBe('ok');
    for (const text of [
      'пароль: bcn`r',
      'пароль: ERR-CONN-042',
      'https://eis.local/api?token=Ab12Cd34Ef56Gh78Jk&id=5',
      '?user=ivanov&pwd=Qw12er!',
      'ivanov 482913',
      'Zx8Kq2Lm',
    ])
      expect(judgeLabel(text).verdict, text).toBe('secret');
  });
});

describe('secret guard: its first run in steps (guardWarmUp)', () => {
  it('is cut into many small steps that run, and changes no judgement', () => {
    const texts = [...GUARD_31_A.secrets.slice(0, 5), ...GUARD_31_A.labels.slice(0, 5)];
    const before = texts.map((t) => judgeLabel(t));
    const steps = guardWarmUp();
    // Each stage of a first judgement (unwrapping, the named-code patterns, a GUID and an ЭДО identifier, the
    // command shapes, a word's score, the keywords, the words) is a step of its own.
    expect(steps.length).toBeGreaterThanOrEqual(15);
    for (const step of steps) expect(step).not.toThrow();
    expect(texts.map((t) => judgeLabel(t))).toEqual(before);
  });
});

describe('secret guard: a fourth red team’s texts (round 31), tuned on', () => {
  it('has 40 secrets and 40 ordinary texts', () => {
    expect(GUARD_31_RED.secrets).toHaveLength(40);
    expect(GUARD_31_RED.labels).toHaveLength(40);
  });

  // A helper that read the guard's code (not its tests' verdicts) wrote 40 secrets it let
  // through (38 passed, 2 asked about) and 40 ordinary texts it refused (33) or asked about (7),
  // in classes the earlier texts do not cover. After the rules tuned on them: 21 secrets refused
  // and 2 asked about — «PIN1», «PUK2», «pswd», «pasword», «п-ль», «dbpass», «vncpasswd»,
  // «кодовая фраза», «контрольное слово», `IDENTIFIED BY '…'`, `ConvertTo-SecureString "…"`,
  // `/p:…`, then (a second pass) the code of an alarm, a safe, a lock or an authorisation with a
  // digit in its value, a BitLocker recovery key, an authenticator's key in groups of four, a
  // network's shared key after «PSK» or «WPA», a key or lock emoji for «пароль»; 12
  // ordinary texts still refused and 6 asked about. No longer refused: a price or a
  // room after «2TB», «2в1», «21А» (an ЭДО identifier's value starts with an ИНН), ИНН, КПП and a
  // bank account near «ЭДО» (the identifier's third part is a time stamp), «ТЕХНО-2000+», «PoE+»,
  // «223-ФЗ!», «#0055A4», «eis_*.log», «ADMIN$», «$PSVersionTable», «backup@srv-db», English
  // messages and settings after «password» («(using password: YES)», «Enter PEM pass phrase»,
  // «Maximum password age: 42 days»), «Пароль: XXXXXXXX», `--password=$MYSQL_PWD`, «Super+L»,
  // «anydesk 987654321», `docker run -u 1000:1000`. Left: a value in a 1С web address's
  // «&P=», `rootpw`, «пар.» («пар» is also steam), «пин-код» typed in the Latin layout, «U: … P:
  // …», «л. … п. …», «WPA-ключ», a passphrase of Russian words, backup codes, a key in hex bytes, a short value after «ключ», a password typed
  // in the wrong layout that starts with «б» or «ж» («,thtprf»), a value before its keyword with
  // words between; and GUIDs that name a policy, a program or a container, refused by round 27's
  // decision (a token is often a GUID).
  tunedSet('round 31, red team', GUARD_31_RED, {
    caught: 21,
    caughtOrDoubted: 23,
    refused: 12,
    doubted: 6,
  });
});

describe('secret guard: a red team’s texts (round 27), tuned on', () => {
  it('has 51 secrets and 78 ordinary texts', () => {
    expect(GUARD_27_TUNING.secrets).toHaveLength(51);
    expect(GUARD_27_TUNING.labels).toHaveLength(78);
  });

  // On arrival (a23c628) the guard refused none of the 51 secrets and refused or asked about
  // every one of the 78 ordinary texts (the red team kept only what it got wrong). After this
  // round's rules: 30 of 51 refused (38 refused or asked about), 6 ordinary texts refused and 9 asked
  // about. What is left is mostly ambiguous by shape alone: a lower-case word after «пароль»
  // («пароль солнышко» is also a search question), a date after «ПИН:», a value past a comma.
  // Round 28: a year after «ПИН:» is the PIN (32 of 51 refused); translit questions such as
  // «parol sbros» are asked about, not refused (3 ordinary texts refused, 12 asked about).
  // Round 29: a token is long («ключ на Рутокен ЭЦП 3.0 3100» names a device): 2 refused. Then
  // a password copied in equal groups is refused; a date right after «Пароль:», a noun right
  // after «пароль» or a login ending the text, and eight upper-case hex digits are asked about:
  // 33 of 51 refused (46 refused or asked about), one ordinary text refused, 13 asked about.
  tunedSet('round 27, red team', GUARD_27_TUNING, {
    caught: 33,
    caughtOrDoubted: 46,
    refused: 1,
    doubted: 13,
  });

  // Round 34 reversed the certificate's codes: a thumbprint or a serial number named as such is
  // public, and every writer since round 30 counted it ordinary.
  const publicCodes = (text: string) => /отпечат|серийн/i.test(text);
  it('still refuses what is arguably a value by its shape', () => {
    const arguable = GUARD_27_ARGUABLE.filter((text) => !publicCodes(text));
    expect(arguable).toHaveLength(2);
    for (const text of arguable) expect(judgeLabel(text).verdict, text).toBe('secret');
  });

  it('passes a certificate’s thumbprint and serial number named as such', () => {
    const codes = GUARD_27_ARGUABLE.filter(publicCodes);
    expect(codes).toHaveLength(3);
    for (const text of codes) expect(judgeLabel(text).verdict, text).toBe('ok');
    expect(
      judgeLabel('токен: 9f 8e 7d 6c 5b 4a 3f 2e 1d 0c 9b 8a 7f 6e 5d 4c 3b 2a 1f 0e').verdict,
    ).toBe('secret');
  });

  it.each([
    ['ООО «Сервис+»'],
    ['МБОУ &quot;СОШ № 5&quot;'],
    ['*Токен для школы 5*'],
    ['#44ФЗ'],
    ['Токен для школы 1505'],
    ['Токен для ИНН 7712345678'],
    ['Срок токена 1000 дней'],
    ['Неверный пароль. Код ошибки: 10025'],
    ['The password is incorrect'],
    ['пароль VPN'],
    ['хранить пароль в KeePass'],
    ['Права доступа: Администратор'],
    ['C:\\Program Files\\Crypto Pro\\CSP\\csptest.exe'],
    [
      'https://zakupki.gov.ru/epz/order/notice/ea20/view/common-info.html?regNumber=0373200012324000123',
    ],
    ['java.io.FileNotFoundException'],
    ['ERR_HTTP2_PROTOCOL_ERROR'],
    ['connect to zakupki.gov.ru:443 failed'],
    ['Win7 Win10'],
    // Round 29: checksums named as such, hosts and versions, accounts, numbers of things.
    ['MD5 выгрузки plan.xml: 5d41402abc4b2a76b9719d911017c592'],
    ['sha256:2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae'],
    ['ETag: "686897696a7c876b7e"'],
    ['commit 9fceb02d0ae598e95dc970b74767f19372d61af8'],
    ['Connection refused (app01 -> int44.zakupki.gov.ru:443)'],
    ['image: registry.local/eis-sync:3.2.1@sha256'],
    ['encoding UTF-8'],
    ['Logon failure: MINOBR\\svc_eis'],
    ['job 1442207 failed'],
    ['FATAL: password authentication failed'],
    ['токены храним в vault'],
    // Round 30: the shapes of ordinary codes in any letter case.
    ['MAC 00:1a:2b:3c:4d:5e'],
    ['машина а123вс154'],
  ])('accepts %s', (text) => {
    expect(judgeLabel(text)).toEqual({ verdict: 'ok' });
  });

  it.each([
    ['Aa123456', 'password'],
    ['Лч7ьЗй2я', 'password'],
    ['Kx7m Pq2z', 'password'],
    ['K x 7 m P q 2 z', 'password'],
    ['Пароль: 12-34-56-78', 'password'],
    ['паорль: 12345678', 'password'],
    ['48213795 - пароль от ЕИС', 'password'],
    ['ivanov_ea:zima', 'credentials'],
    ['ivanov:Qwerty123@proxy.school5.local:3128', 'credentials'],
    ['https://zakupki.gov.ru/api?token=abc', 'token'],
    ['https://zakupki.gov.ru/x/3f2504e0-4f89-11d3-9a0c-0305e82c3301/', 'guid'],
    ['2ВМ7712345678771201001', 'edo'],
    ['пароль: зима2', 'password'],
    // Round 29: a checksum's name or a request's does not excuse a secret named beside it.
    ['MD5 архива, пароль: 5d41402abc4b', 'password'],
    ['токен для запроса 3f2504e0-4f89-11d3-9a0c-0305e82c3301', 'guid'],
    ['X-Request-ID: 1; Authorization: Bearer 3f2504e04f8911d39a0c0305e82c3301', 'guid'],
    ['ivanov Zima2026', 'credentials'],
    ['Rt 9k Lm 4w', 'password'],
  ])('refuses %s', (text, kind) => {
    expect(findSecret(text)).toBe(kind);
  });
});

describe('secret guard: straight quotes', () => {
  // An opening quote (after a space or a mark, before a word) still introduces the value.
  it.each(['пароль "Ромашка"', 'пароль:"Ромашка"', "пароль 'Ромашка2026'", 'пароль "Qw7#pLx9"'])(
    'refuses the quoted value in %s',
    (text) => {
      expect(findSecret(text)).toBe('password');
    },
  );

  // …and a closing one, glued to «пароль» with a space after it, introduces nothing.
  it('keeps a question whose quotation ends right after «пароль»', () => {
    expect(findSecret('галка "Сменить пароль:" обязательна?')).toBeUndefined();
    expect(findSecret('флаг "Сменить пароль" обязательно')).toBeUndefined();
  });
});

describe('secret guard: cases', () => {
  it.each(READER_LABELS)('accepts the reader label %s', (label) => {
    expect(judgeLabel(label)).toEqual({ verdict: 'ok' });
  });

  // Readers' search questions the guard refused in round 13 (so the feedback beacon dropped
  // them): a protocol or the site's system named after «пароль», translit, a shortcut.
  it.each([
    'пароль https еис',
    'что подготовить заранее перед генерацией пароля HTTPS для 30 пользователей',
    'логин и пароль в кабинете zakupki',
    'где взять пароль для web torgi на zakupki.gov.ru',
    'parol integracii',
    'parol v veb torgi ks kuda vvodit',
    'kak vvesti login i parol v web torgi',
    'все инструкции одним файлом офлайн, Ctrl+P',
    // Round 14: a file's name, an error code, a word about a product.
    'выгрузка contract_2026_11.xml ошибка схемы',
    'код ошибки ERR_CERT_AUTHORITY_INVALID chrome',
    'gde vvodit login i parol v web torgah',
    'pin rutoken zablokirovan',
    // Round 15: the protocol mistyped; more function words in translit.
    'пароль htps еис',
    'логин htttp 401',
    'kto mozhet uznat novyj login i parol posle pereregistracii organizacii',
    'kakoj srok stavit tokenu chtoby potom ne poluchat ego zanovo',
    // Round 16: a question mark ends a question after a word with digits.
    'напоминание о сроках работает в старом браузере без javascript на win7?',
    'кто отвечает за размещение по 44-ФЗ?',
    'работает ли сайт в ie11?',
    // Round 17: a version, a system error code in hex, an ЭДО operator's code alone.
    'Школа № 3 «Гармония» — токен v2',
    'ошибка 0x80090016 при подписании',
    'идентификатор ЭДО 2BM что значит',
    // …and the corpora's questions the guard refused when corpora 37–40 came: a section's name
    // in quotes a few words after «доступа» (corpus 39, tuning), Web-Торги in translit as one
    // word (corpus 38: held out, so this one question tuned the guard).
    'Добрый день. В правах доступа есть раздел «Работа с информационными системами», какие там галочки ставить?',
    'pereregistraciya organizacii novyj login parol vebtorgi',
    // Round 20: a verb in translit after «parol» (corpus 43: held out, so this one question
    // tuned the guard), and its other forms.
    'veb torgi parol vvesti',
    'parol smenit',
    'parol zabyla',
    'token poluchil i vvel',
    // Round 22: after «пароль», a number with a short ending or a law's name is not a value.
    'пароль сменился 3-й раз',
    'пароль для 44-фз',
    'пароль от web-торги-кс',
    'пароль на 2-х компьютерах',
    'пароль сменили 12-го числа',
    // Round 24 (corpora 46 and 47, held out: so these two questions tuned the guard): a pasted
    // XML fault, and a menu path after a system's name and a dash; and their other forms.
    '<faultstring>Invalid login or password</faultstring> ответ еис',
    'Invalid login or password</faultstring>',
    '<soap:Fault><faultstring xml:lang="ru">Invalid login or password</faultstring></soap:Fault>',
    'пароль ЛК — Администрирование, Пользователи организации',
    // Round 26 (corpus 51, held out: so its two questions tuned the guard): a control's name in
    // straight quotes that end right after «пароль»; the closing quote introduces no value.
    'флаг "Сменить пароль" ставить или нет',
    "галочка 'Сменить пароль' не ставится",
    'где поле "Пароль" в веб-торгах',
  ])('accepts the search question %s', (text) => {
    expect(judgeLabel(text).verdict).toBe('ok');
  });

  // A capitalised word after a system's name and a dash, with more words to come, may be a menu
  // («Настройки») or a value: asked about, never refused (the feedback beacon keeps it).
  it.each([
    'куда в ВТ вводить логин и пароль ЕИС — Настройки, Регистрационные данные в ЕИС',
    'пароль ЕИС — Настройки, вкладка ЕИС',
  ])('asks about, but does not refuse, %s', (text) => {
    expect(judgeLabel(text).verdict).toBe('doubt');
  });

  // Round 28: a lower-case word after a keyword in translit, in a text all in translit, reads
  // the same as a value («parol solnce») and as a reader's question («parol sbros», «pin kod
  // rutokena»): asked about, never refused. A value with a digit or a capital is still refused.
  it.each(['parol solnce', 'parol sbros', 'parol srok deystviya', 'pin kod rutokena'])(
    'asks about, but does not refuse, %s',
    (text) => {
      expect(judgeLabel(text).verdict).toBe('doubt');
    },
  );

  // Round 28: after a PIN's name and a mark, four to eight digits are the PIN even when they
  // read as a year; without the mark a year stays a date.
  it.each([
    ['ПИН: 1985', 'secret'],
    ['ПИН-код: 2014', 'secret'],
    ['ПИН до 2027', 'ok'],
    ['ПИН сменить до 2027', 'ok'],
    ['ПИН-код: 3 попытки', 'ok'],
  ])('reads %s as %s', (text, verdict) => {
    expect(judgeLabel(text).verdict).toBe(verdict);
  });

  // …while a value in the same kind of text is still refused.
  it.each([
    ['parol solnce1985', 'password'],
    ['parol integracii Kitten22!', 'password'],
    ['parol dlya pochty Kitten22', 'password'],
    ['пароль https Qw12er', 'password'],
    ['login ivanov parol qwerty', 'credentials'],
    // A word after a mark is a value, whatever its ending.
    ['parol: zabyla', 'password'],
    // …and an exclamation mark after digits is still part of the value.
    ['мой пароль Shkola5!', 'password'],
    // Round 22: a word and a number joined by a hyphen, a dot or an underscore.
    ['пароль: masha-2015', 'password'],
    ['пароль маша-2015', 'password'],
    ['пароль: zima-leto-2024', 'password'],
    ['пароль: ivan.petrov.1990', 'password'],
    ['пароль: 2024-Zima', 'password'],
  ])('refuses %s in a search question as %s', (text, kind) => {
    expect(judgeLabel(text)).toMatchObject({ verdict: 'secret', kind });
  });

  it.each(OLD_SECRETS)('refuses %s', (text) => {
    expect(findSecret(text)).toBeDefined();
  });

  it.each(OLD_LABELS)('accepts %s', (text) => {
    expect(judgeLabel(text).verdict).toBe('ok');
  });

  it.each([
    ['пapoль: Kitten22', 'password'], // Latin a, o, p inside «пароль»
    ['пароль: 123', 'password'], // a weak password is still a password
    ['TOKEH: 9f8e7d6c5b4a3f2e', 'token'], // «ТОКЕН» in Latin look-alikes
    ['пароль от ЕИС: Kitten22', 'password'],
    ['пароль для интеграции — Kitten22', 'password'],
    ['токен → 5fK9wQ2zL8mR3tV7', 'token'],
    ['пароль «Kitten22»', 'password'],
    ['ivanov, Qw12!xz', 'credentials'],
    ['логин ivanov пароль Qw12!', 'credentials'],
    ['2BM–7801234567–780101001', 'edo'],
    ['2BM 7801234567 780101001', 'edo'],
    ['9a8b7c6d — 5e4f — 4a3b — 8c2d — 1e0f9a8b7c6d', 'guid'],
    ['{9A8B7C6D-5E4F-4A3B-8C2D-1E0F9A8B7C6D}', 'guid'],
    // Round 3: keyboard walks, a keyword glued to digits, a capitalised value after «:».
    ['qwertyuiop', 'password'],
    ['123qweasd', 'password'],
    ['йцукен2026', 'password'],
    ['Пaрoль2026', 'password'], // Latin a and o
    ['пароль: Ромашка', 'password'],
    ['Пароль «Ромашка»', 'password'],
    // Round 17: a login and password inside an address (only asked about before).
    ['https://user:pa55w0rd@zakupki.gov.ru', 'credentials'],
    ['зайти https://ivanova:Solnce@eis.example.org/lk', 'credentials'],
    // …a value copied with a space after every character.
    ['пароль: H t 6 # w 9 L q', 'password'],
    ['токен: a b c d e f 1 2', 'token'],
    // Round 18: the keyword glued to digits through an underscore, in any case.
    ['ПаРоЛь_2026', 'password'],
    ['вход Parol_2026', 'password'],
    // Round 24: an XML element names its value as «пароль:» does; a value after a system's
    // name ends the text.
    ['<password>Qw12er</password>', 'password'],
    ['<auth><password>Kitten22</password></auth>', 'password'],
    ['пароль от ЛК: Ромашка', 'password'],
  ])('refuses %s as %s', (text, kind) => {
    expect(judgeLabel(text)).toMatchObject({ verdict: 'secret', kind });
  });

  it('asks about a doubtful label with a short Russian reason, and only refuses secrets', () => {
    const judgement = judgeLabel('Ромашка2024');
    expect(judgement.verdict).toBe('doubt');
    expect(judgement.reason).toMatch(/^[а-яё «»—,]+$/i);
    expect(Object.values(DOUBT_REASONS)).toContain(judgement.reason);
    // findSecret and isSecretLike mean 'secret' only: no caller refuses a doubtful label.
    expect(findSecret('Ромашка2024')).toBeUndefined();
    expect(isSecretLike('Ромашка2024')).toBe(false);
  });

  it('gives the reason of its kind with a refusal', () => {
    const judgement = judgeLabel('Zakupki2024!');
    expect(judgement).toEqual({
      verdict: 'secret',
      kind: 'password',
      reason: SECRET_REASONS.password,
    });
  });
});

describe('secret guard: normalisation', () => {
  it('judges a hidden secret like the plain one', () => {
    expect(findSecret('P\u200B@ss\u200Cw0rd')).toBe(findSecret('P@ssw0rd'));
    expect(findSecret('ｐａｒｏｌ：Ｑｗ１２！ｘｚ')).toBeDefined();
  });
});

describe('secret guard: robustness', () => {
  it('never throws and accepts empty or odd input', () => {
    expect(isSecretLike('')).toBe(false);
    expect(isSecretLike('   ')).toBe(false);
    expect(isSecretLike(undefined as unknown as string)).toBe(false);
    expect(judgeLabel(null as unknown as string)).toEqual({ verdict: 'ok' });
    expect(isSecretLike('x'.repeat(100_000))).toBe(false);
  });

  // How long these take is measured by `npm run bench` (no timed tests); here, what they read as.
  it('judges each hard 2000-character input, as what it is', () => {
    expect(HARD_INPUTS.map((input) => judgeLabel(input).verdict)).toEqual([
      'ok',
      'ok',
      'secret',
      'ok',
      'ok',
      'ok',
      'ok',
      'ok',
      'ok',
      'ok',
      // A run of short mixed groups reads as a token typed in groups; hex with no digit is no token.
      'secret',
      'ok',
    ]);
  });

  it('explains the refusal in one short Russian sentence', () => {
    for (const kind of ['guid', 'token', 'edo', 'password', 'credentials'] as const) {
      const message = secretMessage(kind);
      expect(message.length).toBeLessThanOrEqual(200);
      expect(message).toMatch(/^Подпись не сохранена: /);
    }
  });
});

describe('secret guard: keyboard walks are not ordinary words', () => {
  it.each(['Запрос котировок', 'Пролонгация договора', 'Кенгуру', 'Werther', 'Asdfirma'])(
    'accepts %s',
    (text) => {
      expect(judgeLabel(text).verdict).toBe('ok');
    },
  );
});

describe('secret guard: codes named as a request’s or a document’s', () => {
  it.each([
    'X-Request-ID: 7d2e1c4a-9b3f-4e8a-a1c6-5f0b2d9e3c17',
    'GUID извещения 6a1f9e2c-3b7d-4c5e-8f0a-1d2b3c4e5f60',
    'UUID диска 0e9d8c7b-6a5f-4e3d-9c2b-1a0f9e8d7c6b',
  ])('asks about %s, with its reason', (text) => {
    const judgement = judgeLabel(text);
    expect(judgement.verdict).toBe('doubt');
    expect(judgement.reason).toMatch(/не токен/);
  });
});

describe('secret guard: asked about, not refused, when only the shape speaks', () => {
  it.each(['Пароль: 03.07.1979', 'пароль зимушка', 'petrov_av лисичка', 'Код ошибки: 80090B1F'])(
    'asks about %s',
    (text) => {
      expect(judgeLabel(text).verdict).toBe('doubt');
    },
  );

  it.each([
    'пароль интеграции',
    'пароль пользователей',
    'кнопка «Сгенерировать пароль» неактивна',
    'Intel Core i5-10400',
    'i5 8GB DDR4',
    'Win 10 Pro',
  ])('accepts %s', (text) => {
    expect(judgeLabel(text).verdict).toBe('ok');
  });
});

describe('secret guard: texts judged again', () => {
  it('gives an ordinary text the same answer every time, and a refused or doubtful one too', () => {
    const texts = ['МБОУ СОШ № 5', 'Пароль: Berezka77', 'ivanov_ea солнышко', 'токен школы 5'];
    const first = texts.map((t) => judgeLabel(t));
    for (let round = 0; round < 3; round += 1)
      expect(texts.map((t) => judgeLabel(t))).toEqual(first);
    expect(first.map((j) => j.verdict)).toEqual(['ok', 'secret', 'doubt', 'ok']);
  });

  it('keeps answering after more texts than it remembers', () => {
    for (let i = 0; i < 2100; i += 1) judgeLabel(`Школа № ${i}`);
    expect(judgeLabel('Школа № 7').verdict).toBe('ok');
    expect(judgeLabel('Пароль: Berezka77').verdict).toBe('secret');
  });
});
