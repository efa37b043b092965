/**
 * The beacon with the built site's words (dist/search-vocabulary.json): when the guard would ask
 * a reader about a query as a whole («логин пароль еис», «petrova_ea солнышко»), only the site's
 * own words go to the owners (search-feedback.ts). How much of the readers' questions that costs:
 * at round 34's change, 26 of 10 938 questions lost 77 words; the floor holds it there.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanQuery, MAX_FEEDBACK_QUERY } from '../../src/features/search/search-feedback';
import { loadVocabulary } from '../../src/features/search/search-query';
import * as corpora from '../../src/features/search/questions/corpora';
import { TRAINING } from '../../src/features/search/questions/training';
import { DIST } from '../helpers/paths';

describe('feedback beacon with the site’s words', () => {
  const vocab = loadVocabulary(
    JSON.parse(readFileSync(path.join(DIST, 'search-vocabulary.json'), 'utf8')) as Parameters<
      typeof loadVocabulary
    >[0],
  );
  const known = (w: string) => vocab.df.has(w);
  const questions = new Set<string>();
  for (const set of [...Object.values(TRAINING), ...Object.values(corpora)])
    for (const [q] of set) questions.add(q);
  const whole = (q: string) => q.replace(/\s+/g, ' ').trim().slice(0, MAX_FEEDBACK_QUERY);
  const words = (q: string) => (q ? q.split(' ').length : 0);
  const changed = [...questions].filter((q) => cleanQuery(q, { known }) !== whole(q));
  const lost = changed.reduce((n, q) => n + words(whole(q)) - words(cleanQuery(q, { known })), 0);
  console.log(
    `readers' questions the beacon shortens: ${changed.length} of ${questions.size}, ${lost} words`,
  );

  it('shortens few readers’ questions (at most 26 of them, 77 words)', () => {
    expect(questions.size).toBeGreaterThan(10_000);
    expect(changed.length).toBeLessThanOrEqual(26);
    expect(lost).toBeLessThanOrEqual(77);
  });

  it('keeps the site’s words of a shortened question', () => {
    expect(cleanQuery('логин пароль еис не подходит', { known })).toBe(
      'логин пароль еис не подходит',
    );
    expect(cleanQuery('логин ivanova пароль: ромашка', { known })).toBe('логин пароль:');
  });
});
