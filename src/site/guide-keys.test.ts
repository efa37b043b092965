import { describe, expect, it } from 'vitest';
import {
  checkGuides,
  findCycle,
  quotedGuides,
  resolveTitles,
  type DeclaredGuide,
} from './guide-keys';
import { stepsSummary, systemRanges } from './systems';

const g = (key: string, requires: string[] = [], hasChecklist = true): DeclaredGuide => ({
  file: `src/content/docs/${key}.mdx`,
  key,
  requires,
  hasChecklist,
});

describe('checkGuides', () => {
  it('passes a consistent set', () => {
    expect(checkGuides([g('a'), g('b', ['a'])], ['a', 'b'])).toEqual([]);
  });

  it('names the file, value and fix of a duplicate key', () => {
    const [p] = checkGuides([g('a'), { ...g('a'), file: 'src/content/docs/other.mdx' }], ['a']);
    expect(p).toMatchObject({ file: 'src/content/docs/other.mdx', value: 'a' });
    expect(p!.message).toContain('src/content/docs/a.mdx');
    expect(p!.hint).toMatch(/guide\.key/);
  });

  it('reports an unknown key in requires, with the keys to choose from', () => {
    const [p] = checkGuides([g('a'), g('b', ['nope'])], ['a', 'b']);
    expect(p).toMatchObject({ file: 'src/content/docs/b.mdx', value: 'nope' });
    expect(p!.hint).toContain('a, b');
  });

  it('reports requiring a guide without a checklist', () => {
    const [p] = checkGuides([g('a', [], false), g('b', ['a'])], ['a', 'b']);
    expect(p).toMatchObject({ file: 'src/content/docs/b.mdx', value: 'a' });
    expect(p!.message).toMatch(/no checklist/);
  });

  it('reports a key the code needs that no page declares', () => {
    const [p] = checkGuides([g('a')], ['a', 'missing']);
    expect(p).toMatchObject({ value: 'missing', file: 'src/site/guide-keys.ts' });
  });

  it('reports a cycle', () => {
    const problems = checkGuides([g('a', ['c']), g('b', ['a']), g('c', ['b'])], ['a', 'b', 'c']);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/cycle/);
    expect(problems[0]!.value).toBe('a → c → b → a');
  });
});

describe('findCycle', () => {
  it('finds none in a chain, and a self-reference', () => {
    expect(findCycle([g('a'), g('b', ['a']), g('c', ['b', 'a'])])).toBeUndefined();
    expect(findCycle([g('a', ['a'])])).toEqual(['a', 'a']);
  });
});

describe('resolveTitles', () => {
  const table = {
    ris: { key: 'ris', title: 'Права', href: '/r/', requires: [] },
  };
  it('replaces {guide:key} with the title and leaves unknown keys visible', () => {
    expect(resolveTitles('См. «{guide:ris}».', table)).toBe('См. «Права».');
    expect(resolveTitles('{guide:zzz}', table)).toBe('{guide:zzz}');
    expect(quotedGuides('«{guide:a}» и «{guide:b-c}»')).toEqual(['a', 'b-c']);
  });
});

describe('systemRanges and stepsSummary (time to finish)', () => {
  const steps = ['s1', 's2', 's3', 's4'];

  it('numbers spans from the checklist', () => {
    const r = systemRanges(steps, [
      { in: 'ЛК ЕИС', from: 's1', to: 's3' },
      { in: 'Web-Торги-КС', from: 's4', to: 's4' },
    ]);
    expect(r).toEqual({
      ok: true,
      ranges: [
        { system: 'ЛК ЕИС', first: 1, last: 3 },
        { system: 'Web-Торги-КС', first: 4, last: 4 },
      ],
    });
    expect(stepsSummary(4, r.ok ? r.ranges : [])).toBe(
      '4 шага: шаги 1–3 — в ЛК ЕИС, шаг 4 — в Web-Торги-КС.',
    );
  });

  it('says «все» when one system covers every step, and counts alone without spans', () => {
    expect(stepsSummary(10, [{ system: 'ЛК ЕИС', first: 1, last: 10 }])).toBe(
      '10 шагов, все — в ЛК ЕИС.',
    );
    expect(stepsSummary(11, [])).toBe('11 шагов.');
    expect(stepsSummary(21, [])).toBe('21 шаг.');
  });

  it('rejects unknown step ids and backward spans', () => {
    expect(systemRanges(steps, [{ in: 'ЛК ЕИС', from: 's1', to: 'zz' }])).toMatchObject({
      ok: false,
      error: expect.stringContaining('zz'),
    });
    expect(systemRanges(steps, [{ in: 'ЛК ЕИС', from: 's3', to: 's1' }]).ok).toBe(false);
  });
});
