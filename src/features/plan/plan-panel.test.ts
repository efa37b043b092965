import { describe, expect, it } from 'vitest';
import { panelDecide, panelPlaces, planCode } from './plan-panel';
import { planKeys } from './plans';
import { answersToQuery } from './tree';
import { allCompleteAnswers } from './questions';
import { GUIDE_KEYS } from '../../site/guide-keys';
import { encodePlan } from '../../lib/storage/stored';

const options = (key: string) => panelPlaces(key);
const hidden = (code: string) => JSON.stringify({ v: 1, data: { plan: code } });

describe('panelDecide agrees with planFor', () => {
  it.each(GUIDE_KEYS.map((k) => [k]))('%s: for every complete set of answers', (key) => {
    const o = options(key);
    for (const answers of allCompleteAnswers()) {
      const keys: string[] = planKeys(answers);
      const i = keys.indexOf(key);
      const place = panelDecide(encodePlan(answers), null, o);
      if (i === -1) {
        expect(place, JSON.stringify(answers)).toBe(0);
        continue;
      }
      expect(place, JSON.stringify(answers)).toEqual([
        i + 1,
        keys.length,
        keys[i - 1] ?? '',
        keys[i + 1] ?? '',
        answersToQuery(answers).slice(1).replace(/%2C/g, ','),
        planCode(answers),
      ]);
    }
  });

  it('reads needs in any order, and ignores answers that do not apply', () => {
    const o = options('token');
    const a = panelDecide(encodePlan({ needs: ['services', 'send'], ris: 'no' }), null, o);
    const b = panelDecide(
      JSON.stringify({ v: 1, data: { needs: ['send', 'services', 'x'], ris: 'no', roles: 'yes' } }),
      null,
      o,
    );
    expect(a).toEqual(b);
    expect(a && a[0]).toBe(3);
  });

  it('shows nothing for no plan, an unreadable or incomplete one, or a plan hidden by «Скрыть»', () => {
    const o = options('https');
    for (const raw of [null, '', 'nonsense', '{"v":2,"data":{"needs":["send"]}}', '[]']) {
      expect(panelDecide(raw, null, o), String(raw)).toBe(0);
    }
    expect(panelDecide(encodePlan({ needs: ['services'] }), null, options('token'))).toBe(0);
    const send = encodePlan({ needs: ['send'] });
    expect(panelDecide(send, null, o)).not.toBe(0);
    expect(panelDecide(send, hidden(planCode({ needs: ['send'] })), o)).toBe(0);
    // Hidden for another plan: still shown.
    expect(panelDecide(send, hidden(planCode({ needs: ['send', 'support'] })), o)).not.toBe(0);
    // An unreadable «Скрыть» hides nothing.
    expect(panelDecide(send, '{broken', o)).not.toBe(0);
  });

  it('codes are unique per complete set of answers', () => {
    const codes = allCompleteAnswers().map(planCode);
    expect(new Set(codes).size).toBe(codes.length);
  });
});
