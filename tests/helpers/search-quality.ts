/**
 * What the two search-quality files share (tests/build/search-quality.test.ts: the tuning sets,
 * snippets, cost; search-quality-held-out.test.ts: the held-out sets): the engine over dist/,
 * how a set is scored, and the two kinds of set. Two files so that vitest runs them side by side;
 * each starts its own engine.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { EngineData } from '../../src/features/search/search-engine';
import type { Query } from '../../src/features/search/questions/search-queries';
import { answerPages, nodeSearch, unlearned, type NodeSearch } from './search-engine';

export const percent = (n: number, of: number) => Math.round((100 * n) / of);

export interface Score {
  top1: number;
  top3: number;
  /** Questions whose answer is a section, and those whose section the first result opens or offers under it. */
  sectioned: number;
  offered: number;
  /** Questions whose first result (first three) is on the answer's page, whatever section it opens. */
  page1: number;
  page3: number;
  /** Questions whose answer is among the first three links the dialog lists (results and the sections under them, in order). */
  shown3: number;
  misses: string[];
}

export interface Quality {
  /** The engine over dist/ (set in beforeAll). */
  readonly engine: NodeSearch;
  /** The most Pagefind searches one question of this file's sets cost. */
  readonly mostSearches: number;
  /** Notes a query's cost (a question not of a set: the abusive ones). */
  noteSearches(searches: number): void;
  /** Lines printed once the file's tests are done. */
  report: string[];
  score(questions: readonly Query[], data?: EngineData): Promise<Score>;
  tuningHalf(
    name: string,
    corpus: string,
    questions: readonly Query[],
    top1: number,
    top3: number,
  ): void;
  heldOutHalf(
    name: string,
    questions: readonly Query[],
    size: number,
    top1: number,
    top3: number,
  ): void;
}

/** Starts the engine for the calling test file (beforeAll/afterAll) and returns its tools. */
export function searchQuality(): Quality {
  let engine: NodeSearch | undefined;
  let mostSearches = 0;
  const report: string[] = [];
  beforeAll(async () => {
    engine = await nodeSearch();
  }, 60_000);
  afterAll(async () => {
    console.log(report.join('\n  '));
    await engine?.close();
  });
  const started = () => {
    if (!engine) throw new Error('the search engine has not started');
    return engine;
  };

  /**
   * Where a question lands: its first result's link (with anchor) and the pages in order. `data`:
   * the engine's data with a model of readers' questions that has not learned this set
   * (unlearned()).
   */
  async function score(questions: readonly Query[], data?: EngineData): Promise<Score> {
    const s: Score = {
      top1: 0,
      top3: 0,
      sectioned: 0,
      offered: 0,
      page1: 0,
      page3: 0,
      shown3: 0,
      misses: [],
    };
    for (const [query, written] of questions) {
      const answer = await started().search(query, data ? { data } : {});
      mostSearches = Math.max(mostSearches, answer.searches);
      const pages = answerPages(answer);
      const links = answer.hits.map((h) => decodeURIComponent(h.url));
      // Anchors compare decoded: «#телефоны-поддержки» as typed in the set.
      const expected = decodeURIComponent(written);
      const want = expected.includes('#') ? links : pages;
      const page = expected.split('#')[0] ?? '';
      if (pages[0] === page) s.page1 += 1;
      if (pages.slice(0, 3).includes(page)) s.page3 += 1;
      if (want[0] === expected) s.top1 += 1;
      else
        s.misses.push(
          `«${query}» → ${want.slice(0, 3).join(', ') || 'nothing'} (want ${expected})`,
        );
      if (want.slice(0, 3).includes(expected)) s.top3 += 1;
      // As the dialog lists them: each result's link, then the sections offered under it.
      const shown = answer.hits
        .flatMap((h) => [h.url, ...h.sections.map((x) => x.url)])
        .map((u) => decodeURIComponent(u))
        .map((u) => (expected.includes('#') ? u : (u.split('#')[0] ?? '')));
      if (shown.slice(0, 3).includes(expected)) s.shown3 += 1;
      if (expected.includes('#')) {
        s.sectioned += 1;
        const first = answer.hits[0];
        const places = first ? [first.url, ...first.sections.map((x) => x.url)] : [];
        if (places.map((u) => decodeURIComponent(u)).includes(expected)) s.offered += 1;
      }
    }
    return s;
  }

  return {
    get engine() {
      return started();
    },
    get mostSearches() {
      return mostSearches;
    },
    noteSearches(searches) {
      mostSearches = Math.max(mostSearches, searches);
    },
    report,
    score,

    /**
     * A corpus's tuning half: its misses are printed (it is tuned on); fails under its floor of
     * first places and of top-3 places. Scored with a model of readers' questions that has not
     * learned it (`corpus`: its name in questions/training.ts).
     */
    tuningHalf(name, corpus, questions, top1, top3) {
      it(
        name,
        async () => {
          const s = await score(questions, unlearned(started(), corpus));
          const n = questions.length;
          report.push(
            `${name.split(':')[0]}: top-1 ${s.top1}/${n}, top-3 ${s.top3}/${n}, section at or under the first ${s.offered}/${s.sectioned}, first page ${s.page1}/${n}, in the first three pages ${s.page3}/${n}, in the first three links shown ${s.shown3}/${n}`,
            ...s.misses,
          );
          expect(s.top1, s.misses.join('\n')).toBeGreaterThanOrEqual(top1);
          expect(s.top3, s.misses.join('\n')).toBeGreaterThanOrEqual(top3);
        },
        60_000,
      );
    },

    /**
     * A corpus's held-out half, never tuned on: only its totals are read, even when it fails;
     * fails under its measured floor (the target, 92 % and 97 %, is not reached).
     */
    heldOutHalf(name, questions, size, top1, top3) {
      it(`${name}: not under the measured floor (target: 92 % top-1, 97 % top-3)`, async () => {
        expect(questions.length).toBeGreaterThanOrEqual(size);
        const s = await score(questions);
        const n = questions.length;
        const totals = `${s.top1}/${n} top-1, ${s.top3}/${n} top-3`;
        report.push(
          `${name}: top-1 ${s.top1}/${n} (${percent(s.top1, n)} %), top-3 ${s.top3}/${n} (${percent(s.top3, n)} %), section at or under the first ${s.offered}/${s.sectioned}, first page ${s.page1}/${n}, in the first three pages ${s.page3}/${n}, in the first three links shown ${s.shown3}/${n}`,
        );
        expect(s.top1, totals).toBeGreaterThanOrEqual(top1);
        expect(s.top3, totals).toBeGreaterThanOrEqual(top3);
      }, 60_000);
    },
  };
}
