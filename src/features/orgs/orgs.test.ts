import { describe, expect, it } from 'vitest';
import {
  FIRST_ORG_NAME,
  MAX_NAME,
  MAX_ORGS,
  ONE_ORG,
  ORGS,
  addOrg,
  checkName,
  cleanName,
  decodeRegistry,
  newOrgId,
  removeOrg,
  renameOrg,
  type Registry,
} from './orgs';
import { ORG_ID, scopedKey } from '../../lib/storage/org-scope';
import { KEYS } from '../../lib/storage/keys';

/** Names a procurement centre really keeps: never refused, never questioned. */
const REAL_NAMES = [
  'МБОУ СОШ № 5',
  'Гимназия-16',
  'МАДОУ д/с № 12 «Солнышко»',
  'МБДОУ «Детский сад № 34 комбинированного вида»',
  'МАОУ «Лицей № 3»',
  'МБОУ «СОШ № 127 с углублённым изучением отдельных предметов»',
  'ГБУЗ «Городская клиническая больница № 1»',
  'ГАУЗ «Детская стоматологическая поликлиника № 2»',
  'ГБУЗ ЦРБ Кировского района',
  'Администрация Октябрьского района',
  'Администрация сельского поселения Берёзовка',
  'Комитет по образованию г. Энска',
  'МКУ «Централизованная бухгалтерия учреждений образования»',
  'МКУ «ЦБ № 2»',
  'МБУ ДО «ДЮСШ № 4»',
  'МБУ ДО ДШИ им. П. И. Чайковского',
  'МАУК «Городская библиотека»',
  'ГБПОУ «Колледж связи № 54»',
  'МКОУ «Основная школа д. Ивановка»',
  'МБОУ Школа № 1530',
  'Гимназия 1',
  'Лицей-интернат № 2',
  'ДОУ 45',
  'Детский сад 108',
  'СОШ 17 им. Героя Советского Союза И. И. Иванова',
  'ГКУ «Управление капитального строительства»',
  'МУП «Водоканал»',
  'ОГБУ «Центр социального обслуживания населения»',
  'Отдел образования администрации МО «Город Н-ск»',
  'МБОУ «Кадетская школа № 2»',
  'ФАП с. Никольское',
  'ГБУ РО «Областная больница № 2»',
  'Поликлиника № 3 (взрослая)',
  'МАОУ СОШ № 7 г. Тюмени',
  'Школа № 1234, корпус 2',
];

describe('organisation names', () => {
  it.each(REAL_NAMES)('«%s» is accepted without a question', (name) => {
    expect(checkName(ONE_ORG, name)).toEqual({ ok: true, name });
  });

  it('has at least 30 real-looking names', () =>
    expect(REAL_NAMES.length).toBeGreaterThanOrEqual(30));

  it('refuses an obvious secret, with the reason', () => {
    const check = checkName(ONE_ORG, '3f2504e0-4f89-11d3-9a0c-0305e82c3301');
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toMatch(/^Название не сохранено: /);
  });

  it('asks about a name that only may be a password', () => {
    const check = checkName(ONE_ORG, 'Ромашка2024');
    expect(check).toMatchObject({ ok: true, doubt: expect.any(String) });
  });

  it('refuses an empty name and a repeated one (case aside), but not the same one renamed', () => {
    expect(checkName(ONE_ORG, '   ').ok).toBe(false);
    const reg: Registry = [...ONE_ORG, { id: 'o-abcd', name: 'Гимназия-16' }];
    expect(checkName(reg, 'гимназия-16').ok).toBe(false);
    expect(checkName(reg, 'ГИМНАЗИЯ-16', 'o-abcd')).toEqual({ ok: true, name: 'ГИМНАЗИЯ-16' });
  });

  it('cleans control characters and spaces and cuts to the limit', () => {
    expect(cleanName('  МБОУ\u200B  СОШ\n№ 5 ')).toBe('МБОУ СОШ № 5');
    expect(cleanName('а'.repeat(200))).toHaveLength(MAX_NAME);
  });

  it('takes a name of invisible characters for empty, and one with them for the name without', () => {
    for (const blank of ['\u3164', '\u2800\u2800', '\u115F\u1160', '\uFFA0', '\u034F'])
      expect(checkName(ONE_ORG, blank).ok, JSON.stringify(blank)).toBe(false);
    const reg: Registry = [...ONE_ORG, { id: 'o-abcd', name: 'Школа 5' }];
    expect(checkName(reg, 'Школа 5\u034F').ok).toBe(false);
    expect(cleanName('Шко\u3164ла 5')).toBe('Школа 5');
  });
});

describe('the registry', () => {
  it('adds, renames and removes; the first organisation stays', () => {
    const added = addOrg(ONE_ORG, 'Гимназия-16', 'o-aaaa');
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    expect(added.registry.map((o) => o.name)).toEqual([FIRST_ORG_NAME, 'Гимназия-16']);
    const renamed = renameOrg(added.registry, '', 'МКУ «ЦБ № 2»');
    expect(renamed.ok && renamed.registry[0]).toEqual({ id: '', name: 'МКУ «ЦБ № 2»' });
    const removed = removeOrg(added.registry, 'o-aaaa');
    expect(removed.ok && removed.registry).toEqual(ONE_ORG);
    expect(removeOrg(added.registry, '').ok).toBe(false);
    expect(removeOrg(added.registry, 'o-zzzz').ok).toBe(false);
  });

  it(`holds at most ${MAX_ORGS} organisations`, () => {
    let reg: Registry = ONE_ORG;
    for (let i = 1; i < MAX_ORGS; i += 1) {
      const r = addOrg(reg, `Школа № ${i}`, `o-${String(i).padStart(4, '0')}`);
      if (!r.ok) throw new Error(r.message);
      reg = r.registry;
    }
    expect(reg).toHaveLength(MAX_ORGS);
    const over = addOrg(reg, 'Школа № 1000', 'o-9999');
    expect(over).toEqual({ ok: false, message: expect.stringContaining(String(MAX_ORGS)) });
  });

  it('refuses a bad or repeated id', () => {
    expect(addOrg(ONE_ORG, 'Школа', 'main').ok).toBe(false);
    const r = addOrg(ONE_ORG, 'Школа', 'o-abcd');
    expect(r.ok && addOrg(r.registry, 'Лицей', 'o-abcd').ok).toBe(false);
  });

  it('new ids follow the id rule', () => {
    for (let i = 0; i < 50; i += 1) expect(newOrgId()).toMatch(ORG_ID);
  });

  it('round-trips through its stored record', () => {
    const reg: Registry = [
      { id: '', name: 'ЦБ' },
      { id: 'o-abcd', name: 'Гимназия-16' },
    ];
    expect(ORGS.read(ORGS.write(reg))).toEqual({ value: reg, dirty: false });
  });

  it('reads damaged values safely: the first organisation is always there, bad ids go', () => {
    expect(ORGS.read('not json')).toBeUndefined();
    expect(ORGS.read('{"v":2,"data":{"orgs":[]}}')).toBeUndefined();
    expect(ORGS.read(JSON.stringify({ v: 1, data: { orgs: [] } }))).toEqual({
      value: ONE_ORG,
      dirty: true,
    });
    const data = {
      orgs: [
        { id: 'o-abcd', name: 'Лицей' },
        { id: '', name: 'ЦБ' },
        { id: 'o-abcd', name: 'Дубль' },
        { id: 'BAD', name: 'Плохой id' },
        { id: 'o-efgh', name: 'лицей' },
        { id: 'o-ijkl', name: '3f2504e0-4f89-11d3-9a0c-0305e82c3301' },
        { id: 'o-mnop', name: 42 },
      ],
    };
    // A repeated name, a name the guard refuses, a name that is not text: kept under another
    // name, so that the organisation's ticks and reminders stay reachable (round 34).
    expect(decodeRegistry(data)).toEqual({
      value: [
        { id: '', name: 'ЦБ' },
        { id: 'o-abcd', name: 'Лицей' },
        { id: 'o-efgh', name: 'лицей (2)' },
        { id: 'o-ijkl', name: 'Организация без названия' },
        { id: 'o-mnop', name: 'Организация без названия (2)' },
      ],
      dirty: true,
    });
  });
});

describe('a broken registry', () => {
  // An audit of round 29: entries were compared pairwise before the list was cut to MAX_ORGS.
  it('keeps the first entries of distinct ids, a repeated name numbered', () => {
    const orgs = [
      { id: '', name: 'Управление' },
      { id: 'o-0001', name: 'Школа 1' },
      { id: 'o-0001', name: 'Школа 2' },
      { id: 'o-0002', name: 'ШКОЛА 1' },
      { id: 'o-0003', name: 'Школа 3' },
      ...Array.from({ length: 3000 }, (_, i) => ({
        id: `o-${String(i + 4).padStart(4, '0')}`,
        name: `Ш${i}`,
      })),
    ];
    const read = decodeRegistry({ orgs });
    expect(read?.value.slice(0, 4)).toEqual([
      { id: '', name: 'Управление' },
      { id: 'o-0001', name: 'Школа 1' },
      { id: 'o-0002', name: 'ШКОЛА 1 (2)' },
      { id: 'o-0003', name: 'Школа 3' },
    ]);
    expect(read?.value).toHaveLength(MAX_ORGS);
    expect(read?.dirty).toBe(true);
  });
});

describe('per-organisation keys', () => {
  it('the first organisation keeps today’s keys; others carry their id after the version', () => {
    expect(scopedKey(KEYS.tickPrefix, '')).toBe('eis:v2:tick:');
    expect(scopedKey(KEYS.tickPrefix, 'o-abcd')).toBe('eis:o-abcd:v2:tick:');
    expect(scopedKey(KEYS.reminderPrefix, 'o-abcd')).toBe('eis:o-abcd:v2:reminder:');
    expect(scopedKey(KEYS.plan, 'o-abcd')).toBe('eis:o-abcd:v1:plan');
    expect(scopedKey(KEYS.hasCredentials, 'o-abcd')).toBe('eis:o-abcd:v1:has-credentials');
    // Shared by every organisation.
    expect(scopedKey(KEYS.noticeHidden, 'o-abcd')).toBe(KEYS.noticeHidden);
    expect(scopedKey(KEYS.orgs, 'o-abcd')).toBe(KEYS.orgs);
  });

  it('no organisation’s prefix is inside another key space', () => {
    const a = scopedKey(KEYS.tickPrefix, 'o-abcd');
    expect(a.startsWith(KEYS.tickPrefix)).toBe(false);
    expect(scopedKey(KEYS.tickPrefix, 'o-abcde').startsWith(a)).toBe(false);
  });
});
