/**
 * Search quality without a browser: the search engine (src/features/search/search-engine.ts) over
 * the built index in dist/ (tests/helpers/search-engine.ts). Two sets: the tuning set (the
 * classes of search-queries.ts and TUNING_EXTRA), on which the ranking may be tuned, and the
 * held-out set (HELD_OUT), written before tuning and never tuned on. Prints top-1 and top-3 of
 * both; fails if a tuning class falls under 90 % top-1, the tuning set under 97 % top-3, or the
 * held-out set under 92 % top-1 or 97 % top-3. Every error message of the sources, pasted as it
 * is and retyped, opens its entry of «Ошибки и решения» first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerPages, nodeSearch, type NodeSearch } from '../helpers/search-engine';
import {
  HELD_OUT,
  QUERY_CLASSES,
  TUNING_EXTRA,
  type Query,
  type QueryClass,
} from '../helpers/search-queries';

let engine: NodeSearch;
beforeAll(async () => {
  engine = await nodeSearch();
}, 60_000);
afterAll(() => engine?.close());

const percent = (n: number, of: number) => Math.round((100 * n) / of);

interface Score {
  top1: number;
  top3: number;
  misses: string[];
}

/** Where a question lands: its first result's link (with anchor) and the pages in order. */
async function score(questions: readonly Query[]): Promise<Score> {
  const s: Score = { top1: 0, top3: 0, misses: [] };
  for (const [query, expected] of questions) {
    const answer = await engine.search(query);
    const pages = answerPages(answer);
    const links = answer.hits.map((h) => h.url);
    const want = expected.includes('#') ? links : pages;
    if (want[0] === expected) s.top1 += 1;
    else
      s.misses.push(`«${query}» → ${want.slice(0, 3).join(', ') || 'nothing'} (want ${expected})`);
    if (want.slice(0, 3).includes(expected)) s.top3 += 1;
  }
  return s;
}

const report: string[] = [];
afterAll(() => console.log(report.join('\n  ')));

describe('search quality (engine over dist/)', () => {
  it.each(Object.keys(QUERY_CLASSES) as QueryClass[])(
    'tuning class «%s»: at least 90 % top-1',
    async (cls) => {
      const s = await score(QUERY_CLASSES[cls]);
      const n = QUERY_CLASSES[cls].length;
      report.push(`tuning ${cls}: top-1 ${s.top1}/${n}, top-3 ${s.top3}/${n}`, ...s.misses);
      expect(percent(s.top1, n), s.misses.join('\n')).toBeGreaterThanOrEqual(90);
      expect(percent(s.top3, n), s.misses.join('\n')).toBeGreaterThanOrEqual(97);
    },
    60_000,
  );

  it('tuning: the issue’s cases (synonyms, guides before the dictionary)', async () => {
    const s = await score(TUNING_EXTRA);
    const n = TUNING_EXTRA.length;
    report.push(`tuning extra: top-1 ${s.top1}/${n}, top-3 ${s.top3}/${n}`, ...s.misses);
    expect(percent(s.top1, n), s.misses.join('\n')).toBeGreaterThanOrEqual(90);
  }, 60_000);

  it('held-out: at least 92 % top-1 and 97 % top-3', async () => {
    expect(HELD_OUT.length).toBeGreaterThanOrEqual(60);
    const s = await score(HELD_OUT);
    const n = HELD_OUT.length;
    report.push(
      `held-out: top-1 ${s.top1}/${n} (${percent(s.top1, n)} %), top-3 ${s.top3}/${n} (${percent(s.top3, n)} %)`,
      ...s.misses,
    );
    expect(percent(s.top1, n), s.misses.join('\n')).toBeGreaterThanOrEqual(92);
    expect(percent(s.top3, n), s.misses.join('\n')).toBeGreaterThanOrEqual(97);
  }, 60_000);
});
