import { describe, expect, it } from 'vitest';
import {
  EXPORT_FORMAT,
  KEYS,
  MAX_IMPORT_BYTES,
  MAX_LABEL,
  MAX_REMINDERS,
  VERSION,
  buildExport,
  decodePlan,
  decodeReminders,
  decodeTicks,
  encodePlan,
  encodeReminders,
  encodeTicks,
  isId,
  parseImport,
  unwrap,
  wrap,
  type Reminder,
} from '../../src/lib/stored';

const BAD_RAW: (string | null | undefined)[] = [
  '{',
  'null',
  '42',
  '',
  '"str"',
  '[]',
  'true',
  '{"v":2,"data":{}}',
  '{"v":"1","data":{}}',
  '{"data":{}}',
  '{"v":1}',
  '{"v":1,"data":null}',
  '{"v":1,"data":[1,2]}',
  '{"v":1,"data":"text"}',
  '{"v":1,"data":42}',
  'undefined',
  undefined,
  null,
];

const reminder = (over: Partial<Reminder> = {}): Reminder => ({
  id: 'r-1',
  kind: 'token',
  label: 'Токен',
  date: '2027-03-01',
  seq: 0,
  ...over,
});

describe('keys and wrapping', () => {
  it('namespaces and versions every key', () => {
    for (const key of Object.values(KEYS)) expect(key).toMatch(/^eis:v1:[a-z]+$/);
  });

  it('wraps as {"v":1,"data":…}', () => {
    expect(JSON.parse(wrap({ a: 1 }))).toEqual({ v: VERSION, data: { a: 1 } });
    expect(unwrap(wrap([1, 2]))).toEqual([1, 2]);
  });

  it('unwrap never throws and gives undefined for anything else', () => {
    for (const raw of ['{', 'null', '42', '', '"str"', '[]', '{"v":2,"data":{}}', null]) {
      expect(() => unwrap(raw)).not.toThrow();
      expect(unwrap(raw)).toBeUndefined();
    }
  });
});

describe('isId', () => {
  it('accepts lowercase latin ids', () => {
    for (const id of ['a', 'token', 'edo-identifier', 'r-abc123', 'a'.repeat(80)]) {
      expect(isId(id), id).toBe(true);
    }
  });

  it('rejects anything else', () => {
    for (const id of [
      '',
      'Token',
      '1abc',
      '-a',
      'a_b',
      'a b',
      'шаг',
      'a'.repeat(81),
      '__proto__',
      42,
      null,
      undefined,
      ['a'],
    ]) {
      expect(isId(id), String(id)).toBe(false);
    }
  });
});

describe('decoders never throw and return the empty state', () => {
  it.each(BAD_RAW.map((raw) => [raw]))('for %j', (raw) => {
    expect(() => decodeTicks(raw)).not.toThrow();
    expect(() => decodeReminders(raw)).not.toThrow();
    expect(() => decodePlan(raw)).not.toThrow();
    expect(decodeTicks(raw)).toEqual({});
    expect(decodeReminders(raw)).toEqual([]);
    expect(decodePlan(raw)).toEqual({});
  });
});

describe('ticks', () => {
  it('round-trips', () => {
    const ticks = { token: ['step-a', 'step-b'], 'edo-identifier': ['edo-x'] };
    expect(decodeTicks(encodeTicks(ticks))).toEqual(ticks);
  });

  it('drops non-array values', () => {
    expect(decodeTicks(wrap({ token: 'step-a', edo: { a: 1 }, x: 1, y: null }))).toEqual({});
    expect(decodeTicks(wrap({ token: 'step-a', edo: ['ok'] }))).toEqual({ edo: ['ok'] });
  });

  it('drops ids that are not lowercase latin', () => {
    expect(
      decodeTicks(
        wrap({
          Token: ['a'],
          'bad id': ['a'],
          шаги: ['a'],
          token: ['Step', 'шаг', 1, null, 'ok-step', '', 'x y'],
        }),
      ),
    ).toEqual({ token: ['ok-step'] });
  });

  it('drops empty lists, dedupes and sorts step ids', () => {
    expect(decodeTicks(wrap({ a: [], b: ['z', 'a', 'z'] }))).toEqual({ b: ['a', 'z'] });
  });

  it('keeps a checklist named like an Object.prototype member as plain data', () => {
    const ticks = decodeTicks('{"v":1,"data":{"constructor":["a"],"__proto__":["b"]}}');
    expect(ticks).toEqual({ constructor: ['a'] });
    expect(Object.getPrototypeOf(ticks)).toBe(Object.prototype);
  });
});

describe('reminders', () => {
  it('round-trips', () => {
    const items = [
      reminder(),
      reminder({ id: 'r-2', kind: 'edo', label: '', date: '2028-02-29', seq: 3 }),
      reminder({ id: 'r-3', kind: 'other', label: 'Сертификат' }),
    ];
    expect(decodeReminders(encodeReminders(items))).toEqual(items);
  });

  it('cuts the label to MAX_LABEL', () => {
    const [r] = decodeReminders(encodeReminders([reminder({ label: 'я'.repeat(200) })]));
    expect(r?.label).toBe('я'.repeat(MAX_LABEL));
  });

  it('defaults a missing label and a bad seq', () => {
    const raw = wrap([
      { id: 'a', kind: 'token', date: '2027-01-01', seq: -1 },
      { id: 'b', kind: 'token', date: '2027-01-01', label: 5, seq: 1.5 },
      { id: 'c', kind: 'token', date: '2027-01-01', seq: '2' },
    ]);
    for (const r of decodeReminders(raw)) {
      expect(r.label).toBe('');
      expect(r.seq).toBe(0);
    }
    expect(decodeReminders(raw)).toHaveLength(3);
  });

  it('drops bad reminders', () => {
    const raw = wrap([
      reminder({ id: 'good' }),
      reminder({ id: 'Bad-Id' }),
      reminder({ id: 'bad-kind', kind: 'cert' as Reminder['kind'] }),
      reminder({ id: 'bad-date', date: '2026-02-30' }),
      reminder({ id: 'bad-date-2', date: '01.01.2027' }),
      { id: 'no-date', kind: 'token' },
      null,
      42,
      'r-1',
      [reminder()],
    ]);
    expect(decodeReminders(raw).map((r) => r.id)).toEqual(['good']);
  });

  it('drops duplicate ids, keeping the first', () => {
    const raw = encodeReminders([
      reminder({ id: 'dup', label: 'first' }),
      reminder({ id: 'other' }),
      reminder({ id: 'dup', label: 'second' }),
    ]);
    const out = decodeReminders(raw);
    expect(out.map((r) => r.id)).toEqual(['dup', 'other']);
    expect(out[0]?.label).toBe('first');
  });

  it(`keeps at most MAX_REMINDERS (${MAX_REMINDERS})`, () => {
    const many = Array.from({ length: MAX_REMINDERS + 10 }, (_, i) => reminder({ id: `r-${i}` }));
    const out = decodeReminders(encodeReminders(many));
    expect(out).toHaveLength(MAX_REMINDERS);
    expect(out[0]?.id).toBe('r-0');
    expect(out.at(-1)?.id).toBe(`r-${MAX_REMINDERS - 1}`);
  });

  it('returns empty for a non-array payload', () => {
    expect(decodeReminders(wrap({ 0: reminder() }))).toEqual([]);
  });
});

describe('plan answers', () => {
  it('round-trips', () => {
    const answers = { needs: ['services', 'send'], ris: 'yes', roles: 'no' } as const;
    expect(decodePlan(encodePlan({ ...answers, needs: [...answers.needs] }))).toEqual(answers);
  });

  it('drops unknown needs and duplicates', () => {
    expect(decodePlan(wrap({ needs: ['send', 'fly', 'send', 1, null, 'support'] }))).toEqual({
      needs: ['send', 'support'],
    });
    expect(decodePlan(wrap({ needs: ['fly'] }))).toEqual({});
    expect(decodePlan(wrap({ needs: 'send' }))).toEqual({});
  });

  it('drops ris values other than yes/no/unknown and roles values other than yes/no', () => {
    expect(decodePlan(wrap({ needs: ['services'], ris: 'maybe', roles: true }))).toEqual({
      needs: ['services'],
    });
    expect(decodePlan(wrap({ needs: ['services'], ris: 'unknown', roles: 'unknown' }))).toEqual({
      needs: ['services'],
      ris: 'unknown',
    });
  });
});

describe('buildExport', () => {
  it('has the format marker, version and ISO timestamp', () => {
    const state = {
      ticks: { token: ['a'] },
      plan: { needs: ['send' as const] },
      reminders: [reminder()],
    };
    const file = buildExport(state, new Date(Date.UTC(2026, 4, 10, 12, 30)));
    expect(file).toEqual({
      format: EXPORT_FORMAT,
      v: VERSION,
      exported: '2026-05-10T12:30:00.000Z',
      ticks: { token: ['a'] },
      plan: { needs: ['send'] },
      reminders: [reminder()],
    });
    expect(Object.keys(file)).toEqual(['format', 'v', 'exported', 'ticks', 'plan', 'reminders']);
  });
});

describe('parseImport', () => {
  const known = {
    token: ['token-a', 'token-b'],
    'edo-identifier': ['edo-a'],
  };
  const file = (over: Record<string, unknown> = {}) =>
    JSON.stringify({
      format: EXPORT_FORMAT,
      v: VERSION,
      exported: '2026-05-10T00:00:00.000Z',
      ticks: {},
      plan: {},
      reminders: [],
      ...over,
    });
  const expectError = (text: string, pattern: RegExp) => {
    const result = parseImport(text, known);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(pattern);
      expect(result.error).toMatch(/[а-яё]/i);
    }
  };

  it('rejects text that is not JSON', () => {
    expectError('not json', /не JSON/);
    expectError('', /не JSON/);
    expectError('{', /не JSON/);
  });

  it('rejects a missing or wrong format marker', () => {
    expectError(JSON.stringify({ v: 1, ticks: {} }), /не файл прогресса/);
    expectError(file({ format: 'something-else' }), /не файл прогресса/);
    expectError('[]', /не файл прогресса/);
    expectError('null', /не файл прогресса/);
    expectError('42', /не файл прогресса/);
  });

  it('rejects another version', () => {
    expectError(file({ v: 2 }), /другой версии \(2\)/);
    expectError(file({ v: '1' }), /другой версии/);
  });

  it('rejects a file without ticks', () => {
    const withoutTicks = JSON.parse(file()) as Record<string, unknown>;
    delete withoutTicks['ticks'];
    expectError(JSON.stringify(withoutTicks), /нет отметок/);
    expectError(file({ ticks: ['token-a'] }), /нет отметок/);
    expectError(file({ ticks: null }), /нет отметок/);
  });

  it('rejects too large text', () => {
    const big = file({ label: 'x'.repeat(MAX_IMPORT_BYTES) });
    expect(big.length).toBeGreaterThan(MAX_IMPORT_BYTES);
    expectError(big, /слишком большой/);
  });

  it('keeps known steps and counts dropped ones in `ignored`', () => {
    const result = parseImport(
      file({
        ticks: {
          token: ['token-a', 'token-gone'],
          'edo-identifier': ['edo-a'],
          'removed-list': ['x', 'y'],
        },
        plan: { needs: ['services', 'fly'], ris: 'no' },
        reminders: [reminder(), reminder({ id: 'Bad' })],
      }),
      known,
    );
    expect(result).toEqual({
      ok: true,
      ticks: { token: ['token-a'], 'edo-identifier': ['edo-a'] },
      plan: { needs: ['services'], ris: 'no' },
      reminders: [reminder()],
      ignored: 3,
    });
  });

  it('drops a checklist entirely when none of its steps are known', () => {
    const result = parseImport(file({ ticks: { token: ['old-step'] } }), known);
    expect(result).toMatchObject({ ok: true, ticks: {}, ignored: 1 });
  });

  it('tolerates missing plan and reminders', () => {
    const result = parseImport(
      JSON.stringify({ format: EXPORT_FORMAT, v: VERSION, ticks: { token: ['token-b'] } }),
      known,
    );
    expect(result).toEqual({
      ok: true,
      ticks: { token: ['token-b'] },
      plan: {},
      reminders: [],
      ignored: 0,
    });
  });

  it('does not treat Object.prototype members as known checklists', () => {
    const text = file({ ticks: { constructor: ['a'], tostring: ['b'], token: ['token-a'] } });
    expect(() => parseImport(text, known)).not.toThrow();
    // `known` as the page builds it: parsed from JSON, with the usual prototype.
    const result = parseImport(text, JSON.parse(JSON.stringify(known)) as typeof known);
    expect(result).toEqual({
      ok: true,
      ticks: { token: ['token-a'] },
      plan: {},
      reminders: [],
      ignored: 2,
    });
  });

  it('round-trips an export', () => {
    const state = {
      ticks: { token: ['token-a', 'token-b'] },
      plan: { needs: ['services' as const], ris: 'yes' as const, roles: 'no' as const },
      reminders: [reminder()],
    };
    const text = JSON.stringify(buildExport(state, new Date()));
    expect(parseImport(text, known)).toEqual({ ok: true, ...state, ignored: 0 });
  });
});
