import { describe, expect, it } from 'vitest';
import { KEYS } from './keys';
import { decodeLegacyTicks } from './migrate-ticks';
import { sanitizeTicks } from './stored-lazy';
import { decodeNoticeHidden, encodeNoticeHidden } from './notice-hidden';
import {
  PLAN,
  VERSION,
  decodePlan,
  encodePlan,
  isId,
  isReminderId,
  parseTickId,
  tickId,
  unwrap,
  wrap,
  type Reminder,
} from './stored';
import {
  MAX_LABEL,
  cleanLabel,
  decodeLegacyReminders,
  decodeReminder,
  encodeReminder,
  newReminderId,
} from '../../features/reminders/reminder-codec';

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
  '{"v":1,"data":{"__proto__":{"x":1}}}',
  'undefined',
  undefined,
  null,
];

const reminder = (over: Partial<Reminder> = {}): Reminder => ({
  id: 'r-abcd1234',
  kind: 'token',
  label: 'Токен',
  date: '2027-03-01',
  seq: 0,
  ...over,
});

describe('keys and wrapping', () => {
  it('namespaces and versions every key', () => {
    for (const key of Object.values(KEYS)) expect(key).toMatch(/^eis:v\d+:[a-z-]+:?$/);
  });

  it('wraps as {"v":1,"data":…} and unwrap never throws', () => {
    expect(JSON.parse(wrap({ a: 1 }))).toEqual({ v: VERSION, data: { a: 1 } });
    expect(unwrap(wrap([1, 2]))).toEqual([1, 2]);
    for (const raw of BAD_RAW.slice(0, 7)) expect(() => unwrap(raw)).not.toThrow();
  });
});

describe('ids', () => {
  it('accepts lowercase latin ids and rejects anything else', () => {
    for (const ok of ['a', 'token-eis', 'x1-2']) expect(isId(ok)).toBe(true);
    for (const bad of ['', 'A', '1a', 'a_b', 'a:b', 'a'.repeat(81), null, 3, 'токен'])
      expect(isId(bad)).toBe(false);
  });

  it('generates reminder ids in their own shape', () => {
    expect(isReminderId(newReminderId())).toBe(true);
    expect(newReminderId(() => 'AB-')).toMatch(/^r-ab00$/);
    expect(isReminderId('r-3f2504e0-4f89')).toBe(false);
    expect(isReminderId('token')).toBe(false);
  });
});

describe('ticks: one key per step', () => {
  it('round-trips a key', () => {
    expect(parseTickId(tickId('token', 'step-1'))).toEqual({ list: 'token', step: 'step-1' });
  });

  it('rejects ids that are not ticks', () => {
    for (const key of ['token', 'token:Step', 'token:a:b', ':a', 'token:', 'Token:a'])
      expect(parseTickId(key)).toBeUndefined();
  });

  it('sanitizes v1 blobs for migration, never throwing', () => {
    expect(
      decodeLegacyTicks(wrap({ token: ['b', 'a', 'a', 'B', 3], bad_id: ['x'], e: [] })),
    ).toEqual({
      token: ['a', 'b'],
    });
    for (const raw of BAD_RAW) expect(decodeLegacyTicks(raw)).toEqual({});
    // «constructor» is no id (src/lib/ids.ts): grouped by list it would index every object's own
    // property.
    expect(sanitizeTicks({ constructor: ['a'], token: ['b'] })).toEqual({ token: ['b'] });
  });
});

describe('reminders: one key per reminder', () => {
  it('round-trips without the id in the value', () => {
    const r = reminder({ seq: 3, label: 'Отдел закупок' });
    const raw = encodeReminder(r);
    expect(raw).not.toContain(r.id);
    expect(decodeReminder(r.id, raw)).toEqual({ reminder: r, redacted: false });
  });

  it('decodes bad values to nothing, never throwing', () => {
    for (const raw of BAD_RAW) expect(decodeReminder('r-abcd1234', raw)).toBeUndefined();
    const bad = [
      { kind: 'nope', date: '2027-01-01' },
      { kind: 'token', date: '2027-02-30' },
      { kind: 'token', date: 20270101 },
      { kind: 'token' },
    ];
    for (const data of bad) expect(decodeReminder('r-abcd1234', wrap(data))).toBeUndefined();
    expect(decodeReminder('not-an-id', encodeReminder(reminder()))).toBeUndefined();
  });

  it('defaults a missing label and a bad seq', () => {
    for (const seq of [-1, 1.5, '2', 2 ** 60, null]) {
      const d = decodeReminder('r-abcd1234', wrap({ kind: 'edo', date: '2027-01-01', seq }));
      expect(d?.reminder).toMatchObject({ label: '', seq: 0 });
    }
  });

  it('drops a label that looks like a secret, and says so', () => {
    for (const label of ['3f2504e0-4f89-11d3-9a0c-0305e82c3301', 'Zakupki2024!', 'пароль: 1']) {
      const d = decodeReminder('r-abcd1234', wrap({ kind: 'token', date: '2027-01-01', label }));
      expect(d).toMatchObject({ reminder: { label: '' }, redacted: true });
      expect(encodeReminder({ ...reminder(), label })).not.toContain(label);
    }
  });

  it('cleans labels: control characters out, cut on code points', () => {
    expect(cleanLabel('a\u0007b\u001b[31mc\u0000d\u007f').label).toBe('a b [31mc d');
    const emoji = '😀'.repeat(MAX_LABEL + 5);
    const { label } = cleanLabel(emoji);
    expect(Array.from(label)).toHaveLength(MAX_LABEL);
    expect(label).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(cleanLabel(42).label).toBe('');
    // Round 34's red team: U+202E after the label turned the date after it around.
    expect(cleanLabel('Школа 5\u202E').label).toBe('Школа 5');
    // Round 35's: blanks and fillers that look like nothing.
    expect(cleanLabel('\u3164\u2800').label).toBe('');
    expect(cleanLabel('Школа\u034F 5').label).toBe('Школа 5');
    expect(cleanLabel('то\u200bкен школы\u00ad 5').label).toBe('токен школы 5');
  });

  it('reads the v1 array for migration', () => {
    const raw = wrap([
      { id: 'r-abcd1234', kind: 'token', label: 'A', date: '2027-01-01', seq: 1 },
      { id: 'r-abcd1234', kind: 'edo', label: 'dup', date: '2027-01-01', seq: 0 },
      { id: 'bad', kind: 'token', date: '2027-01-01' },
      'junk',
    ]);
    expect(decodeLegacyReminders(raw).map((r) => r.label)).toEqual(['A', '']);
    // Short v1 ids map to today's shape, the same way every time.
    const short = wrap([{ id: 'r-a', kind: 'edo', date: '2027-01-01' }]);
    expect(decodeLegacyReminders(short)[0]?.id).toBe('r-a000');
    expect(decodeLegacyReminders(short)).toEqual(decodeLegacyReminders(short));
    for (const x of BAD_RAW) expect(decodeLegacyReminders(x)).toEqual([]);
  });
});

describe('plan answers', () => {
  it('round-trips and drops what is not an answer', () => {
    expect(decodePlan(encodePlan({ needs: ['send', 'services'], ris: 'no' }))).toEqual({
      needs: ['send', 'services'],
      ris: 'no',
    });
    expect(decodePlan(wrap({ needs: ['send', 'x', 'send'], ris: 'maybe', roles: 'yes' }))).toEqual({
      needs: ['send'],
      roles: 'yes',
    });
    for (const raw of BAD_RAW) expect(decodePlan(raw)).toEqual({});
  });

  it('drops ris and roles values other than yes/no/unknown', () => {
    expect(decodePlan(wrap({ needs: ['services'], ris: 'maybe', roles: true }))).toEqual({
      needs: ['services'],
    });
    expect(decodePlan(wrap({ needs: ['services'], ris: 'unknown', roles: 'unknown' }))).toEqual({
      needs: ['services'],
      ris: 'unknown',
      roles: 'unknown',
    });
    expect(decodePlan(wrap({ needs: ['services'], ris: 'yes', roles: 'maybe' }))).toEqual({
      needs: ['services'],
      ris: 'yes',
    });
  });
});

describe('notice hidden for the day', () => {
  it('keeps ids for that day only', () => {
    const raw = encodeNoticeHidden('2026-11-29', ['r-abcd1234', 'bad id']);
    expect(decodeNoticeHidden(raw, '2026-11-29')).toEqual(['r-abcd1234']);
    expect(decodeNoticeHidden(raw, '2026-11-30')).toEqual([]);
    for (const x of BAD_RAW) expect(decodeNoticeHidden(x, '2026-11-29')).toEqual([]);
  });
});

/** A stored plan padded to `length` characters. */
const planOfLength = (length: number) => {
  const text = (pad: string) => JSON.stringify({ v: 1, data: { needs: ['send'], pad } });
  return text('x'.repeat(length - text('').length));
};

describe('the plan decoder of the inline scripts', () => {
  it('judges every stored text as the PLAN record does', () => {
    const probes: (string | null | undefined)[] = [
      null,
      undefined,
      '',
      'not json',
      '{"v":1,"data":{"needs":["send","services"],"ris":"yes","roles":"no"}}',
      '{"v":1,"data":{"needs":["send","nonsense","send"],"ris":"maybe"}}',
      '{"v":1,"data":{"needs":[]}}',
      '{"v":1,"data":[]}',
      '{"v":2,"data":{"needs":["send"]}}',
      '{"v":1}',
      // The longest plan read at all, and one character more.
      planOfLength(1024),
      planOfLength(1025),
    ];
    expect(planOfLength(1024)).toHaveLength(1024);
    expect(decodePlan(planOfLength(1024))).toEqual({ needs: ['send'] });
    for (const raw of probes)
      expect(decodePlan(raw), String(raw)).toEqual(PLAN.read(raw)?.value ?? {});
  });
});
