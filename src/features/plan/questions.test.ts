/**
 * Issue 19: every question of the decision tree offers a literal «Не знаю» and says how to find
 * out the answer; «Не знаю» leads somewhere true to the sources.
 */
import { describe, expect, it } from 'vitest';
import { NEEDS, QUESTIONS, allCompleteAnswers } from './questions';
import { NEEDS_UNKNOWN_NOTE, RIS_UNKNOWN_NOTE, planFor, staticTree } from './plans';

describe('every question of the tree', () => {
  it.each(QUESTIONS.map((q) => [q.id, q] as const))(
    '%s: offers «Не знаю» and a hint on how to check',
    (_id, q) => {
      const unknown = q.options.filter((o) => o.label === 'Не знаю');
      expect(unknown).toHaveLength(1);
      expect(unknown[0]!.value).toBe('unknown');
      // The hint says how to check (where to look or whom to ask), not only «answer „Не знаю“».
      const help = q.unknownHelp ?? '';
      expect(help).toMatch(/Откройте|уточните|спросите/i);
      expect(help).toContain('«Не знаю»');
    },
  );

  it('«Не знаю» on the first question: the support request, with whom to ask', () => {
    expect(NEEDS.at(-1)).toEqual({ value: 'unknown', label: 'Не знаю' });
    expect(planFor({ needs: ['unknown'] })).toEqual([{ key: 'request', note: NEEDS_UNKNOWN_NOTE }]);
    expect(NEEDS_UNKNOWN_NOTE).toContain('«Консультация»');
    // With other needs it adds the request once, after their guides.
    expect(planFor({ needs: ['send', 'unknown'] }).map((p) => p.key)).toEqual([
      'https',
      'wtks',
      'request',
    ]);
    expect(planFor({ needs: ['support', 'unknown'] }).map((p) => p.key)).toEqual([
      'trouble',
      'request',
    ]);
  });

  it('without JS, «Не знаю» heads its section with the question it answers', () => {
    const titles = staticTree().map((s) => s.title);
    expect(titles).toContain('Не знаю, что нужно сделать');
    expect(titles).not.toContain('Не знаю');
  });

  it('«Не знаю» on the РИС question: the page on both paths, with whom to ask', () => {
    expect(planFor({ needs: ['services'], ris: 'unknown' })[0]).toMatchObject({
      key: 'overview',
      note: expect.stringContaining(RIS_UNKNOWN_NOTE.slice(0, 40)),
    });
  });

  it('every complete set of answers ends in a plan', () => {
    for (const a of allCompleteAnswers())
      expect(planFor(a).length, JSON.stringify(a)).toBeGreaterThan(0);
  });
});
