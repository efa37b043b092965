import { describe, expect, it } from 'vitest';
import { resumePoint } from './resume';
import type { GuideTable } from '../../site/guide-keys';

const g = (key: string, steps?: string[], requires: string[] = []) => ({
  key,
  title: key,
  href: `/${key}/`,
  requires,
  ...(steps ? { checklist: { id: key, steps } } : {}),
});
const guides: GuideTable = {
  https: g('https', ['h1', 'h2']),
  wtks: g('wtks', ['w1'], ['https']),
  edo: g('edo', ['e1', 'e2']),
  overview: g('overview'),
  token: g('token', ['t1']),
  rereg: g('rereg', ['r1']),
};

describe('resumePoint', () => {
  const send = { needs: ['send' as const] };

  it('is nothing without a complete plan', () => {
    expect(resumePoint({}, guides, {})).toBeUndefined();
    // «services» still waits for the РИС question.
    expect(resumePoint({ needs: ['services'] }, guides, {})).toBeUndefined();
  });

  it('is step 1 of a plan not started', () => {
    expect(resumePoint(send, guides, {})).toEqual({ step: 1, count: 2, key: 'https' });
  });

  it('is the first guide not done, even when a later one was started', () => {
    expect(resumePoint(send, guides, { https: ['h1', 'h2'] })).toEqual({
      step: 2,
      count: 2,
      key: 'wtks',
    });
    expect(resumePoint(send, guides, { https: ['h1'], wtks: ['w1'] })).toEqual({
      step: 1,
      count: 2,
      key: 'https',
    });
  });

  it('says when everything is done', () => {
    expect(resumePoint(send, guides, { https: ['h1', 'h2'], wtks: ['w1'] })).toEqual({
      step: 2,
      count: 2,
      key: undefined,
    });
  });

  it('passes a guide without a checklist once a later guide is started', () => {
    const unknown = {
      needs: ['services' as const, 'activation' as const],
      ris: 'unknown' as const,
    };
    expect(resumePoint(unknown, guides, {})?.key).toBe('overview');
    expect(resumePoint(unknown, guides, { edo: ['e1'] })).toEqual({
      step: 2,
      count: 2,
      key: 'edo',
    });
  });
});
