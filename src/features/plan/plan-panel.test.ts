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
        false,
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

  it('shows nothing for no plan or an unreadable or incomplete one; «Скрыть» folds it for that plan only', () => {
    const o = options('https');
    for (const raw of [null, '', 'nonsense', '{"v":2,"data":{"needs":["send"]}}', '[]']) {
      expect(panelDecide(raw, null, o), String(raw)).toBe(0);
    }
    expect(panelDecide(encodePlan({ needs: ['services'] }), null, options('token'))).toBe(0);
    const send = encodePlan({ needs: ['send'] });
    expect(panelDecide(send, null, o)).not.toBe(0);
    const folded = (raw: string | null) => {
      const place = panelDecide(send, raw, o);
      return place === 0 ? 'none' : place[6];
    };
    expect(folded(null)).toBe(false);
    // Hidden: the place is still known, so «Показать мой план» can bring it back.
    expect(folded(hidden(planCode({ needs: ['send'] })))).toBe(true);
    // Hidden for another plan: still shown.
    expect(folded(hidden(planCode({ needs: ['send', 'support'] })))).toBe(false);
    // An unreadable «Скрыть» hides nothing.
    expect(folded('{broken')).toBe(false);
  });

  it('codes are unique per complete set of answers', () => {
    const codes = allCompleteAnswers().map(planCode);
    expect(new Set(codes).size).toBe(codes.length);
  });
});
