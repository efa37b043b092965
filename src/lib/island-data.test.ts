import { describe, expect, it } from 'vitest';
import { serialiseData } from './island-data';
import { arr, obj, oneOf, opt, rec, str } from './island-schema';
import { SLICES } from './island-slices';
import { readPanel } from '../features/plan/plan-panel.inline';

describe('serialiseData', () => {
  const nasty = {
    title: '</script><script>alert(1)</script>',
    comment: '<!-- x --> & y',
    lines: 'a\u2028b\u2029c',
  };

  it('leaves nothing that could end or change a <script> element', () => {
    const out = serialiseData(nasty);
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(out).not.toMatch(/<\/script|<!--|-->/i);
  });

  it('reads back as the same value', () => {
    expect(JSON.parse(serialiseData(nasty))).toEqual(nasty);
  });
});

describe('island schemas', () => {
  const guide = obj({ key: str, steps: arr(str), kind: opt(oneOf(['a', 'b'] as const)) });

  it('accept the declared shape, and keep only declared fields', () => {
    expect(guide({ key: 'k', steps: ['x'], extra: 1 })).toEqual({ key: 'k', steps: ['x'] });
    expect(guide({ key: 'k', steps: [], kind: 'a' })).toEqual({ key: 'k', steps: [], kind: 'a' });
  });

  it('refuse a wrong field, a bad item or a wrong type anywhere inside', () => {
    for (const bad of [
      null,
      [],
      'x',
      { key: 1, steps: [] },
      { key: 'k', steps: ['x', 2] },
      { key: 'k', steps: [], kind: 'c' },
      { steps: [] },
    ])
      expect(guide(bad), JSON.stringify(bad)).toBeUndefined();
    expect(rec(str)({ a: 'x', b: 3 })).toBeUndefined();
  });

  it('the plan panel script checks its slice as panelSchema does', () => {
    const good = { places: { '1,2,,edo': '6n' }, titles: { edo: { title: 'T', href: '/e/' } } };
    const cases: unknown[] = [
      good,
      { ...good, places: { a: 1 } },
      { ...good, titles: { edo: { title: 'T' } } },
      { ...good, titles: { edo: 'T' } },
      { places: [], titles: {} },
      { places: {}, titles: {} },
      null,
      'panel',
    ];
    for (const panel of cases)
      expect(readPanel({ panel }) !== undefined, JSON.stringify(panel)).toBe(
        SLICES.panel(panel) !== undefined,
      );
  });
});
