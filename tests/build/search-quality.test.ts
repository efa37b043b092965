/**
 * Search quality without a browser: the search engine (src/features/search/search-engine.ts) over
 * the built index in dist/ (src/features/search/questions/search-engine.ts). The tuning sets (the classes of
 * search-queries.ts, TUNING_EXTRA, and TUNING_SECTIONS: every section of every page in readers'
 * words), on which the ranking may be tuned, and three held-out sets (HELD_OUT; HELD_OUT_2 and
 * HELD_OUT_3 in search-held-out-2.ts and -3.ts), each written before the changes that followed it
 * and never tuned on. Corpus 4 (search-corpus-4a.ts, -4b.ts: 246 questions by two writers who
 * never saw the engine, split once by position) gives a fourth tuning set and a fourth held-out
 * set of the same kind; corpus 5 (search-corpus-5a.ts, -5b.ts: 230 questions by two more such
 * writers) a fifth of each, measured before and after the round's changes and tuned on only after;
 * corpus 6 (search-corpus-6a.ts, -6b.ts: 200 more) a sixth, read by its totals only until round 11
 * tuned on its even half; corpora 7 to 10 (search-corpus-7a.ts … -10b.ts: 215, 209, 211 and 208,
 * round 11) four more. Prints top-1 and top-3 of each; fails if a tuning class falls under 90 %
 * top-1 or 97 % top-3, or a set under its measured floor (the target, 92 % / 97 %, is not
 * reached yet). A held-out set is reported by its totals only, even when it fails: its misses are
 * never printed, so that nobody tunes on them. Every error message of the sources, pasted as it is
 * and retyped, opens its entry of «Ошибки и решения» first.
 *
 * Since round 12 the engine also learns from the tuning sets (search-asked.ts: the nearest
 * questions readers asked). A tuning set is scored by a model that has not learned it (its
 * corpus left out, unlearned()), never by one that remembers its own questions; a held-out set by
 * the site's model, which has learned no held-out question (tests/build/search-asked.test.ts).
 * Round 13's corpora 17–20 are split and learned the same way; 21 and 22, written after the
 * round's last change to the engine, are held out whole.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerPages, nodeSearch, unlearned, type NodeSearch } from '../helpers/search-engine';
import type { EngineData } from '../../src/features/search/search-engine';
import { MAX_TERMS } from '../../src/features/search/search-engine';
import { HELD_OUT_4a, TUNING_4a } from '../../src/features/search/questions/search-corpus-4a';
import { HELD_OUT_4b, TUNING_4b } from '../../src/features/search/questions/search-corpus-4b';
import { HELD_OUT_5a, TUNING_5a } from '../../src/features/search/questions/search-corpus-5a';
import { HELD_OUT_5b, TUNING_5b } from '../../src/features/search/questions/search-corpus-5b';
import { HELD_OUT_6a, TUNING_6a } from '../../src/features/search/questions/search-corpus-6a';
import { HELD_OUT_6b, TUNING_6b } from '../../src/features/search/questions/search-corpus-6b';
import { HELD_OUT_7a, TUNING_7a } from '../../src/features/search/questions/search-corpus-7a';
import { HELD_OUT_7b, TUNING_7b } from '../../src/features/search/questions/search-corpus-7b';
import { HELD_OUT_8a, TUNING_8a } from '../../src/features/search/questions/search-corpus-8a';
import { HELD_OUT_8b, TUNING_8b } from '../../src/features/search/questions/search-corpus-8b';
import { HELD_OUT_9a, TUNING_9a } from '../../src/features/search/questions/search-corpus-9a';
import { HELD_OUT_9b, TUNING_9b } from '../../src/features/search/questions/search-corpus-9b';
import { HELD_OUT_10a, TUNING_10a } from '../../src/features/search/questions/search-corpus-10a';
import { HELD_OUT_10b, TUNING_10b } from '../../src/features/search/questions/search-corpus-10b';
import { HELD_OUT_11a, TUNING_11a } from '../../src/features/search/questions/search-corpus-11a';
import { HELD_OUT_11b, TUNING_11b } from '../../src/features/search/questions/search-corpus-11b';
import { HELD_OUT_12a, TUNING_12a } from '../../src/features/search/questions/search-corpus-12a';
import { HELD_OUT_12b, TUNING_12b } from '../../src/features/search/questions/search-corpus-12b';
import { HELD_OUT_13a, TUNING_13a } from '../../src/features/search/questions/search-corpus-13a';
import { HELD_OUT_13b, TUNING_13b } from '../../src/features/search/questions/search-corpus-13b';
import { HELD_OUT_14a, TUNING_14a } from '../../src/features/search/questions/search-corpus-14a';
import { HELD_OUT_14b, TUNING_14b } from '../../src/features/search/questions/search-corpus-14b';
import { HELD_OUT_15a, TUNING_15a } from '../../src/features/search/questions/search-corpus-15a';
import { HELD_OUT_15b, TUNING_15b } from '../../src/features/search/questions/search-corpus-15b';
import { HELD_OUT_16a, TUNING_16a } from '../../src/features/search/questions/search-corpus-16a';
import { HELD_OUT_16b, TUNING_16b } from '../../src/features/search/questions/search-corpus-16b';
import { HELD_OUT_17a, TUNING_17a } from '../../src/features/search/questions/search-corpus-17a';
import { HELD_OUT_17b, TUNING_17b } from '../../src/features/search/questions/search-corpus-17b';
import { HELD_OUT_18a, TUNING_18a } from '../../src/features/search/questions/search-corpus-18a';
import { HELD_OUT_18b, TUNING_18b } from '../../src/features/search/questions/search-corpus-18b';
import { HELD_OUT_19a, TUNING_19a } from '../../src/features/search/questions/search-corpus-19a';
import { HELD_OUT_19b, TUNING_19b } from '../../src/features/search/questions/search-corpus-19b';
import { HELD_OUT_20a, TUNING_20a } from '../../src/features/search/questions/search-corpus-20a';
import { HELD_OUT_20b, TUNING_20b } from '../../src/features/search/questions/search-corpus-20b';
import { HELD_OUT_21a } from '../../src/features/search/questions/search-corpus-21a';
import { HELD_OUT_21b } from '../../src/features/search/questions/search-corpus-21b';
import { HELD_OUT_22a } from '../../src/features/search/questions/search-corpus-22a';
import { HELD_OUT_22b } from '../../src/features/search/questions/search-corpus-22b';
import { HELD_OUT_23a } from '../../src/features/search/questions/search-corpus-23a';
import { HELD_OUT_23b } from '../../src/features/search/questions/search-corpus-23b';
import { HELD_OUT_24a } from '../../src/features/search/questions/search-corpus-24a';
import { HELD_OUT_24b } from '../../src/features/search/questions/search-corpus-24b';
import { HELD_OUT_2 } from '../../src/features/search/questions/search-held-out-2';
import { HELD_OUT_3 } from '../../src/features/search/questions/search-held-out-3';
import { TUNING_SECTIONS } from '../../src/features/search/questions/search-tuning-sections';
import {
  HELD_OUT,
  QUERY_CLASSES,
  TUNING_EXTRA,
  type Query,
  type QueryClass,
} from '../../src/features/search/questions/search-queries';

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

/** The most Pagefind searches one question of any set cost (bounded: see the last test). */
let mostSearches = 0;

/**
 * Where a question lands: its first result's link (with anchor) and the pages in order. `data`:
 * the engine's data with a model of readers' questions that has not learned this set (unlearned()).
 */
async function score(questions: readonly Query[], data?: EngineData): Promise<Score> {
  const s: Score = { top1: 0, top3: 0, misses: [] };
  for (const [query, written] of questions) {
    const answer = await engine.search(query, data ? { data } : {});
    mostSearches = Math.max(mostSearches, answer.searches);
    const pages = answerPages(answer);
    const links = answer.hits.map((h) => decodeURIComponent(h.url));
    // Anchors compare decoded: «#телефоны-поддержки» as typed in the set.
    const expected = decodeURIComponent(written);
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

/**
 * A corpus's tuning half: its misses are printed (it is tuned on); fails under its floor of first
 * places and of top-3 places. Scored with a model of readers' questions that has not learned it
 * (`corpus`: its name in questions/training.ts).
 */
function tuningHalf(
  name: string,
  corpus: string,
  questions: readonly Query[],
  top1: number,
  top3: number,
) {
  it(
    name,
    async () => {
      const s = await score(questions, unlearned(engine, corpus));
      const n = questions.length;
      report.push(`${name.split(':')[0]}: top-1 ${s.top1}/${n}, top-3 ${s.top3}/${n}`, ...s.misses);
      expect(s.top1, s.misses.join('\n')).toBeGreaterThanOrEqual(top1);
      expect(s.top3, s.misses.join('\n')).toBeGreaterThanOrEqual(top3);
    },
    60_000,
  );
}

/**
 * A corpus's held-out half, never tuned on: only its totals are read, even when it fails; fails
 * under its measured floor (the target, 92 % and 97 %, is not reached).
 */
function heldOutHalf(
  name: string,
  questions: readonly Query[],
  size: number,
  top1: number,
  top3: number,
) {
  it(`${name}: not under the measured floor (target: 92 % top-1, 97 % top-3)`, async () => {
    expect(questions.length).toBeGreaterThanOrEqual(size);
    const s = await score(questions);
    const n = questions.length;
    const totals = `${s.top1}/${n} top-1, ${s.top3}/${n} top-3`;
    report.push(
      `${name}: top-1 ${s.top1}/${n} (${percent(s.top1, n)} %), top-3 ${s.top3}/${n} (${percent(s.top3, n)} %)`,
    );
    expect(s.top1, totals).toBeGreaterThanOrEqual(top1);
    expect(s.top3, totals).toBeGreaterThanOrEqual(top3);
  }, 60_000);
}

describe('search quality (engine over dist/)', () => {
  it.each(Object.keys(QUERY_CLASSES) as QueryClass[])(
    'tuning class «%s»: at least 90 % top-1',
    async (cls) => {
      const s = await score(QUERY_CLASSES[cls], unlearned(engine, 'base'));
      const n = QUERY_CLASSES[cls].length;
      report.push(`tuning ${cls}: top-1 ${s.top1}/${n}, top-3 ${s.top3}/${n}`, ...s.misses);
      expect(percent(s.top1, n), s.misses.join('\n')).toBeGreaterThanOrEqual(90);
      expect(percent(s.top3, n), s.misses.join('\n')).toBeGreaterThanOrEqual(97);
    },
    60_000,
  );

  it('tuning: the issue’s cases (synonyms, guides before the dictionary)', async () => {
    const s = await score(TUNING_EXTRA, unlearned(engine, 'base'));
    const n = TUNING_EXTRA.length;
    report.push(`tuning extra: top-1 ${s.top1}/${n}, top-3 ${s.top3}/${n}`, ...s.misses);
    expect(percent(s.top1, n), s.misses.join('\n')).toBeGreaterThanOrEqual(90);
  }, 60_000);

  it("tuning: every section of every page in readers' words", async () => {
    const s = await score(TUNING_SECTIONS, unlearned(engine, 'base'));
    const n = TUNING_SECTIONS.length;
    report.push(`tuning sections: top-1 ${s.top1}/${n}, top-3 ${s.top3}/${n}`, ...s.misses);
    // Written at 70/136 top-1 (86 top-3); 109/136 (120) after this round's changes.
    // 113/136 (123) after the changes tuned on corpus 4; 116/136 (126) with words together;
    // 119/136 (128) with the guides that have an asked section searched for; 121/136 (130).
    expect(s.top1, s.misses.join('\n')).toBeGreaterThanOrEqual(116);
    expect(s.top3, s.misses.join('\n')).toBeGreaterThanOrEqual(126);
  }, 60_000);

  /**
   * Corpus 4's tuning half (even positions of each writer's list). Measured before any change
   * made with it: 65/123 top-1, 79/123 top-3; after the changes tuned on it (words the site names
   * things with, the pages with every word but the rarest, failures to their entry, «что дальше»,
   * the changes page, reminder words): 78/123 and 92/123; with sections before the page's top and
   * failures in readers' words: 86/123 and 100/123; with section kinds first: 90/123, 103/123;
   * with words together and corpus 5's tuning half: 89/123, 102/123; with the topic deciding
   * among guides with the asked section: 94/123, 103/123; round 6 (the guides with the asked
   * section searched for, the named words searched for, groups of errors, the reader's own ticks
   * and reminders): 98/123, 108/123; then 100/123, 109/123; with more synonyms 103/123, 110/123.
   */
  tuningHalf(
    'tuning 4: questions by two new writers (tuned on)',
    '4',
    [...TUNING_4a, ...TUNING_4b],
    96,
    106,
  );

  /**
   * Corpus 4's held-out half (odd positions), never tuned on: only its totals are read. Measured
   * when written, before any change: 65/123 top-1, 74/123 top-3; after the changes tuned on its
   * tuning half: 66/123 and 76/123; then 75/123 and 85/123; with section kinds first, 74/123 and
   * 85/123 (held-out 3 one more: all held-out sets 246/351 and 292/351, unchanged); with words
   * together (a page ranks by the most words one section holds): 76/123 and 86/123; with the
   * topic deciding among guides with the asked section: 77/123 and 86/123; with the login entry
   * for failures said as «ошибка аутентификации», «401»: 78/123 and 87/123; with the title's
   * words after words together: 79/123 and 87/123 (held-out 1: 49/64, 2: 58/71, 3: 75/93);
   * round 6: 82/123 and 90/123 (held-out 1: 49/64 and 59/64, 2: 59/71 and 67/71, 3: 77/93 and
   * 88/93); with the last synonyms («код ЭДО», «новичок», «сайт предупредит»: +4 on the tuning
   * sets) 80/123 and 90/123 — a synonym that pins a page generalises worse than a ranking rule;
   * round 10: 79/123; round 11 (tuned on corpus 6's even half): 85/123 and 95/123; then on
   * corpus 7's even half: 88/123 and 96/123.
   * Round 12, with readers' questions learned (search-asked.ts): 93/123 and 99/123.
   */
  heldOutHalf('held-out 4', [...HELD_OUT_4a, ...HELD_OUT_4b], 120, 91, 97);

  /**
   * Corpus 5's tuning half. Measured when it arrived, on the engine of the round's start: 57/115
   * top-1, 70/115 top-3; on the engine tuned on corpus 4: 68/115 and 81/115; tuned on it too
   * (words together, «бумажный», «дозвониться», «поменялся»): 73/115 and 85/115; with the topic
   * deciding among guides with the asked section: 78/115 and 88/115; round 6: 93/115 and 100/115.
   */
  tuningHalf(
    'tuning 5: questions by two more new writers',
    '5',
    [...TUNING_5a, ...TUNING_5b],
    88,
    95,
  );

  /**
   * Corpus 5's held-out half, never tuned on: only its totals are read. On the engine of the
   * round's start: 65/115 top-1, 73/115 top-3; on the engine tuned on corpus 4 (never on corpus
   * 5): 74/115 and 83/115 — the fairest measure of how the round's changes generalise; after
   * the changes tuned on its tuning half: 77/115 and 87/115, then 78/115 and 88/115; with the
   * login entry for failures said as «ошибка аутентификации», «401»: 79/115 and 89/115; with the
   * title's words after words together: 78/115 and 89/115; round 6: 81/115 and 91/115; round 11
   * (tuned on corpus 6's even half): 86/115 and 96/115; then on corpus 7's: 89/115 and 97/115;
   * on corpus 8's: 90/115 and 98/115.
   * Round 12, with readers' questions learned (search-asked.ts): 93/115 and 101/115.
   */
  heldOutHalf('held-out 5', [...HELD_OUT_5a, ...HELD_OUT_5b], 110, 91, 99);

  /**
   * Corpus 6 (search-corpus-6a.ts, -6b.ts: 200 questions by two more writers who never saw the
   * engine or the other corpora), split by position when written. Both halves were measured, by
   * their totals only, on the engine of round 6's start: 70/100 top-1, 73/100 top-3 (even half),
   * 58/100 and 66/100 (odd half); after round 6: 72/100 and 77/100, 63/100 and 73/100; round 10:
   * 72/100 and 78/100, 63/100 and 74/100. Round 11 tuned on the even half (ЙЦУКЕН read through
   * a whole query, section kinds «подготовить» and «пошагово», failures «не отображается», the
   * home page's and the reader's own records' phrasings, an entry whose heading names three of a
   * told failure's words): 92/100 and 95/100.
   */
  tuningHalf(
    'tuning 6: questions by two more new writers (tuned on since round 11)',
    '6',
    [...TUNING_6a, ...TUNING_6b],
    88,
    93,
  );

  /**
   * Corpus 6's odd half, never tuned on: only its totals are read. 63/100 top-1, 74/100 top-3
   * before round 11's changes (tuned on the even half); after them 64/100 and 76/100 — the even
   * half gained 20 first places, this half one: the fairest measure of how far phrasings
   * learnt from one writer's questions carry to another's. After the changes tuned on corpus 7's
   * even half: 66/100 and 76/100; on corpus 8's: 69/100 and 78/100.
   * Round 12, with readers' questions learned (search-asked.ts): 78/100 and 84/100.
   */
  heldOutHalf('held-out 6', [...HELD_OUT_6a, ...HELD_OUT_6b], 95, 76, 82);

  /**
   * Corpus 7 (search-corpus-7a.ts, -7b.ts: 215 questions by two more writers who never opened the
   * engine, its tests or the other corpora), written in round 11 and measured on arrival, on the
   * engine tuned on corpus 6's even half: 81/108 top-1 and 91/108 top-3 (even half), 89/107 and
   * 95/107 (odd half). Then tuned on the even half: 97/108 and 102/108; after corpus 8's:
   * 98/108 and 103/108.
   */
  tuningHalf(
    'tuning 7: questions by two more new writers (tuned on)',
    '7',
    [...TUNING_7a, ...TUNING_7b],
    94,
    100,
  );

  /**
   * Corpus 7's odd half, never tuned on: only its totals are read. 89/107 top-1, 95/107 top-3 on
   * arrival; 90/107 and 96/107 after the changes tuned on the even half.
   * Round 12, with readers' questions learned (search-asked.ts): 94/107 and 98/107.
   */
  heldOutHalf('held-out 7', [...HELD_OUT_7a, ...HELD_OUT_7b], 100, 92, 96);

  /**
   * Corpus 8 (search-corpus-8a.ts, -8b.ts: 209 questions, round 11, by two more writers who never
   * opened the engine, its tests or the other corpora: an older accountant's short broken queries,
   * an administrator's terse jargon for 20–40 organisations), measured on arrival, on the engine
   * tuned on corpus 7's even half: 78/105 top-1 and 91/105 top-3 (even half), 79/104 and 85/104
   * (odd half). Then tuned on the even half: 88/105 and 98/105.
   */
  tuningHalf(
    'tuning 8: questions by two more new writers (tuned on)',
    '8',
    [...TUNING_8a, ...TUNING_8b],
    85,
    96,
  );

  /**
   * Corpus 8's odd half, never tuned on: only its totals are read. 79/104 top-1, 85/104 top-3 on
   * arrival; 78/104 and 85/104 after the changes tuned on the even half (one first place less);
   * with every form of the question words as filler: 80/104 and 87/104 (unchanged after corpus 9).
   * Round 12, with readers' questions learned (search-asked.ts): 87/104 and 92/104.
   */
  heldOutHalf('held-out 8', [...HELD_OUT_8a, ...HELD_OUT_8b], 100, 85, 90);

  /**
   * Corpus 9 (search-corpus-9a.ts, -9b.ts: 211 questions, round 11, by two more writers who never
   * opened the engine, its tests or the other corpora: a new contract manager describing her
   * screen, a support operator retelling customers' words), measured on arrival, on the engine
   * tuned on corpus 8's even half: 66/106 top-1 and 73/106 top-3 (even half), 75/105 and 79/105
   * (odd half). 30 of 9a's questions expect a checklist step (an <li> id), which the engine never
   * opens (it opens headings and terms): they count as misses. Then tuned on the even half (a
   * request's kind, a request without signing in, «или только» → who may do it, «… может это
   * сделать» no term question, «ВТ»): 73/106 and 78/106.
   */
  tuningHalf(
    'tuning 9: questions by two more new writers (tuned on)',
    '9',
    [...TUNING_9a, ...TUNING_9b],
    71,
    76,
  );

  /**
   * Corpus 9's odd half, never tuned on: only its totals are read. 75/105 top-1, 79/105 top-3 on
   * arrival; 77/105 and 80/105 after the changes tuned on the even half.
   * Round 12, with readers' questions learned (search-asked.ts): 79/105 and 82/105.
   */
  heldOutHalf('held-out 9', [...HELD_OUT_9a, ...HELD_OUT_9b], 100, 77, 80);

  /**
   * Corpus 10 (search-corpus-10a.ts, -10b.ts: 208 questions, round 11, by two more writers who
   * never opened the engine, its tests or the other corpora: a small school's head asking who
   * does what and when, an anxious hospital accountant's long questions and pasted messages),
   * measured on arrival, on the engine tuned on corpus 9's even half: 73/104 top-1 and 86/104
   * top-3 (even half), 75/104 and 82/104 (odd half). Then tuned on the even half (re-registration
   * in its own word, the pages with every named word when dropping words stops at a reader's
   * verb): 78/104 and 89/104.
   */
  tuningHalf(
    'tuning 10: questions by two more new writers (tuned on)',
    '10',
    [...TUNING_10a, ...TUNING_10b],
    76,
    87,
  );

  /**
   * Corpus 10's odd half, never tuned on: only its totals are read. 75/104 top-1, 82/104 top-3
   * on arrival; 77/104 and 84/104 after the changes tuned on the even half.
   * Round 12, with readers' questions learned (search-asked.ts): 85/104 and 91/104.
   */
  heldOutHalf('held-out 10', [...HELD_OUT_10a, ...HELD_OUT_10b], 100, 83, 89);

  /**
   * Corpus 11 (search-corpus-11a.ts, -11b.ts: 200 questions, round 12, by two more writers who
   * never opened the engine, its tests or the other corpora: a village kindergarten's head typing
   * short hurried queries, an IT outsourcer for thirty organisations pasting log lines), measured
   * on arrival, on the engine with readers' questions learned from corpora 4–10: 74/100 top-1 and
   * 80/100 top-3 (even half), 76/100 and 83/100 (odd half); without the learned questions 72/100
   * and 78/100, 69/100 and 80/100.
   */
  tuningHalf(
    'tuning 11: questions by two more new writers',
    '11',
    [...TUNING_11a, ...TUNING_11b],
    71,
    77,
  );

  /**
   * Corpus 11's odd half, never tuned on: only its totals are read. 76/100 and 83/100 on arrival;
   * 77/100 and 85/100 with the even halves of 11 and 12 learned and the learned section opened on
   * a page the ranking already leads with.
   */
  heldOutHalf('held-out 11', [...HELD_OUT_11a, ...HELD_OUT_11b], 100, 75, 83);

  /**
   * Corpus 12 (search-corpus-12a.ts, -12b.ts: 200 questions, round 12, by two more such writers: a
   * hospital's formal procurement specialist writing long polite questions, a school's contract
   * manager in her first week asking where things are and what words mean), measured on arrival as
   * corpus 11: 74/100 top-1 and 80/100 top-3 (even half), 59/100 and 64/100 (odd half); without
   * the learned questions 68/100 and 75/100, 57/100 and 63/100.
   */
  tuningHalf(
    'tuning 12: questions by two more new writers',
    '12',
    [...TUNING_12a, ...TUNING_12b],
    73,
    78,
  );

  /**
   * Corpus 12's odd half, never tuned on: only its totals are read. 59/100 and 64/100 on arrival,
   * unchanged after its even half was learned: its writers' phrasings did not carry to their own
   * other questions.
   */
  heldOutHalf('held-out 12', [...HELD_OUT_12a, ...HELD_OUT_12b], 100, 57, 62);

  /**
   * Corpus 13 (search-corpus-13a.ts, -13b.ts: 200 questions, round 12, by two more writers who
   * never opened the engine, its tests or the other corpora: a school's older chief accountant
   * retelling her screen, a procurement centre's methodologist forwarding fifty organisations'
   * questions), measured on arrival, on the engine that had learned corpora 4–12: 72/100 top-1 and
   * 79/100 top-3 (even half), 73/100 and 80/100 (odd half); without the learned questions 62/100
   * and 73/100, 68/100 and 77/100.
   */
  tuningHalf(
    'tuning 13: questions by two more new writers',
    '13',
    [...TUNING_13a, ...TUNING_13b],
    70,
    77,
  );

  /**
   * Corpus 13's odd half, never tuned on: only its totals are read. 73/100 and 80/100 on arrival,
   * 76/100 and 83/100 with the even halves of 13 and 14 learned.
   */
  heldOutHalf('held-out 13', [...HELD_OUT_13a, ...HELD_OUT_13b], 100, 74, 81);

  /**
   * Corpus 14 (search-corpus-14a.ts, -14b.ts: 200 questions, round 12, by two more such writers: a
   * polyclinic's system administrator pasting messages, a deputy director typing one to four
   * keywords, transliterated or misspelt), measured on arrival as corpus 13: 79/100 and 82/100
   * (even half), 74/100 and 83/100 (odd half); without the learned questions 75/100 and 79/100,
   * 67/100 and 79/100.
   */
  tuningHalf(
    'tuning 14: questions by two more new writers',
    '14',
    [...TUNING_14a, ...TUNING_14b],
    77,
    80,
  );

  /**
   * Corpus 14's odd half, never tuned on: only its totals are read. 74/100 and 83/100 on arrival,
   * unchanged with the even halves of 13 and 14 learned.
   */
  heldOutHalf('held-out 14', [...HELD_OUT_14a, ...HELD_OUT_14b], 100, 72, 81);

  /**
   * Corpus 15 (search-corpus-15a.ts, -15b.ts: 200 questions, round 12, by two more writers who
   * never opened the engine, its tests or the other corpora: a kindergarten's part-time contract
   * manager asking «а если…», a ministry helpdesk operator searching with her tickets' summaries),
   * measured on arrival, on the engine that had learned corpora 4–14: 82/100 top-1 and 85/100
   * top-3 (even half), 69/100 and 76/100 (odd half); without the learned questions 68/100 and
   * 74/100, 57/100 and 68/100.
   */
  tuningHalf(
    'tuning 15: questions by two more new writers',
    '15',
    [...TUNING_15a, ...TUNING_15b],
    81,
    84,
  );

  /**
   * Corpus 15's odd half, never tuned on: only its totals are read. 69/100 and 76/100 on arrival,
   * 71/100 and 78/100 with the even halves of 15 and 16 learned.
   */
  heldOutHalf('held-out 15', [...HELD_OUT_15a, ...HELD_OUT_15b], 100, 69, 76);

  /**
   * Corpus 16 (search-corpus-16a.ts, -16b.ts: 200 questions, round 12, by two more such writers: a
   * university's head of procurement in the terms of 44-ФЗ, a small library's only employee
   * spelling words as she hears them), measured on arrival as corpus 15: 76/100 and 84/100 (even
   * half), 73/100 and 83/100 (odd half); without the learned questions 68/100 and 78/100, 63/100
   * and 76/100.
   */
  tuningHalf(
    'tuning 16: questions by two more new writers',
    '16',
    [...TUNING_16a, ...TUNING_16b],
    74,
    82,
  );

  /**
   * Corpus 16's odd half, never tuned on: only its totals are read. 73/100 and 83/100 on arrival,
   * 75/100 and 85/100 with the even halves of 15 and 16 learned.
   */
  heldOutHalf('held-out 16', [...HELD_OUT_16a, ...HELD_OUT_16b], 100, 73, 83);

  /**
   * Corpus 17 (search-corpus-17a.ts, -17b.ts: 200 questions, round 13, by two more writers who
   * never opened the engine, its tests or the other corpora: a rural school's chief accountant
   * typing short, misspelt worries, a ministry's administrator setting up forty organisations in
   * jargon), measured on arrival, on the engine that had learned corpora 4–16 and orders by their
   * vote: 75/100 top-1 and 83/100 top-3 (even half), 84/100 and 91/100 (odd half); before the vote
   * 74/100 and 78/100, 82/100 and 87/100; without the learned questions 68/100 and 74/100, 76/100
   * and 85/100.
   */
  tuningHalf(
    'tuning 17: questions by two more new writers',
    '17',
    [...TUNING_17a, ...TUNING_17b],
    72,
    81,
  );

  /**
   * Corpus 17's odd half, never tuned on: only its totals are read. 84/100 and 91/100 on arrival,
   * 86/100 and 93/100 with the even halves of 17 and 18 learned.
   */
  heldOutHalf('held-out 17', [...HELD_OUT_17a, ...HELD_OUT_17b], 100, 84, 91);

  /**
   * Corpus 18 (search-corpus-18a.ts, -18b.ts: 200 questions, round 13, by two more such writers: a
   * hospital's contract manager new to the task, asking «what is» and «what if» in full
   * sentences, a kindergarten network's young specialist typing keyword strings), measured on
   * arrival as corpus 17: 81/100 and 86/100 (even half), 79/100 and 89/100 (odd half); before the
   * vote 78/100 and 82/100, 79/100 and 85/100; without the learned questions 62/100 and 71/100,
   * 74/100 and 82/100.
   */
  tuningHalf(
    'tuning 18: questions by two more new writers',
    '18',
    [...TUNING_18a, ...TUNING_18b],
    79,
    85,
  );

  /**
   * Corpus 18's odd half, never tuned on: only its totals are read. 79/100 and 89/100 on arrival,
   * 81/100 and 91/100 with the even halves of 17 and 18 learned.
   */
  heldOutHalf('held-out 18', [...HELD_OUT_18a, ...HELD_OUT_18b], 100, 79, 89);

  /**
   * Corpus 19 (search-corpus-19a.ts, -19b.ts: 200 questions, round 13, by two more writers who
   * never opened the engine, its tests or the other corpora: an outsourcing engineer typing what
   * thirty schools' callers tell him, a rural house of culture's elderly director, polite and
   * long-winded), measured on arrival, on the engine that had learned corpora 4–18: 71/100 top-1
   * and 84/100 top-3 (even half), 75/100 and 85/100 (odd half); with the learned section before
   * the one with most words, 73/100 and 89/100, 77/100 and 90/100; without the learned questions
   * 59/100 and 71/100, 67/100 and 73/100.
   */
  tuningHalf(
    'tuning 19: questions by two more new writers',
    '19',
    [...TUNING_19a, ...TUNING_19b],
    71,
    87,
  );

  /**
   * Corpus 19's odd half, never tuned on: only its totals are read. 77/100 and 90/100 on arrival
   * (with the learned section first), 77/100 and 89/100 with the even halves of 19 and 20 learned.
   */
  heldOutHalf('held-out 19', [...HELD_OUT_19a, ...HELD_OUT_19b], 100, 75, 87);

  /**
   * Corpus 20 (search-corpus-20a.ts, -20b.ts: 200 questions, round 13, by two more such writers: a
   * municipal administration's lawyer asking who may do what and on what basis, a specialist
   * typing on her phone between meetings), measured on arrival as corpus 19: 75/100 and 84/100
   * (even half), 75/100 and 82/100 (odd half); with the learned section first 75/100 and 83/100,
   * 77/100 and 85/100; without the learned questions 61/100 and 74/100, 67/100 and 73/100.
   */
  tuningHalf(
    'tuning 20: questions by two more new writers',
    '20',
    [...TUNING_20a, ...TUNING_20b],
    73,
    81,
  );

  /**
   * Corpus 20's odd half, never tuned on: only its totals are read. 77/100 and 85/100 on arrival
   * (with the learned section first), 78/100 and 86/100 with the even halves of 19 and 20 learned.
   */
  heldOutHalf('held-out 20', [...HELD_OUT_20a, ...HELD_OUT_20b], 100, 76, 84);

  /**
   * Corpora 21 and 22 (search-corpus-21a.ts … -22b.ts: 400 questions, by four more writers who
   * never opened the engine, its tests or the other corpora: a school's informatics teacher, a
   * centralised accounting office serving twenty-five kindergartens, a regional help desk's
   * operator retelling customers, a small museum's new head), written after round 13's last change
   * to the engine and held out whole: never learned, never tuned on. Measured on arrival: 172/200
   * top-1 and 186/200 top-3 (21), 160/200 and 183/200 (22); without the learned questions 147/200
   * and 157/200, 131/200 and 152/200.
   */
  heldOutHalf('held-out 21 (whole corpus)', [...HELD_OUT_21a, ...HELD_OUT_21b], 200, 170, 184);
  heldOutHalf('held-out 22 (whole corpus)', [...HELD_OUT_22a, ...HELD_OUT_22b], 200, 158, 181);

  /**
   * Corpora 23 and 24 (search-corpus-23a.ts … -24b.ts: 400 questions, by four more writers who
   * never opened the engine, its tests or the other corpora: a rural house of culture's chief
   * accountant, a centralised accounting office serving forty kindergartens, a regional
   * hospital's system administrator, a village school's contract manager), written at the start
   * of round 14, before its changes to the engine, and held out whole: never learned, never tuned
   * on. Measured on arrival (round 13's engine): 156/200 top-1 and 175/200 top-3 (23), 151/200
   * and 166/200 (24); without the learned questions 140/200 and 151/200, 134/200 and 149/200.
   */
  heldOutHalf('held-out 23 (whole corpus)', [...HELD_OUT_23a, ...HELD_OUT_23b], 200, 156, 175);
  heldOutHalf('held-out 24 (whole corpus)', [...HELD_OUT_24a, ...HELD_OUT_24b], 200, 151, 166);

  /**
   * The target for the held-out set is 92 % top-1 and 97 % top-3; the first measurement
   * (before any tuning) was 48/64 and 54/64, and tuning on the tuning set has not moved it; with
   * the reworded error dictionary and sources lines merged it is 48/64 and 53/64. This guards that
   * measured floor so it cannot fall; raising it to the target needs more than tuning. The misses
   * show only in a failure's message: nobody tunes on them.
   */
  it('held-out: not under the measured floor (target: 92 % top-1, 97 % top-3)', async () => {
    expect(HELD_OUT.length).toBeGreaterThanOrEqual(60);
    const s = await score(HELD_OUT);
    const n = HELD_OUT.length;
    const totals = `${s.top1}/${n} top-1, ${s.top3}/${n} top-3`;
    report.push(
      `held-out: top-1 ${s.top1}/${n} (${percent(s.top1, n)} %), top-3 ${s.top3}/${n} (${percent(s.top3, n)} %)`,
    );
    // With sections scored and words dropped until a few pages are found: 48/64 and 56/64.
    // After the changes tuned on corpus 4 (its tuning half only): 46/64 and 59/64 — two fewer
    // first places here, while all held-out sets together went from 234/351 to 235/351 top-1
    // and from 261/351 to 280/351 top-3. The floor follows the measurement, said here. Then,
    // with sections before the page's top and failures in readers' words: 45/64 and 59/64 (all
    // held-out sets: 246/351 and 292/351); with words together: 46/64 and 60/64; round 6:
    // 49/64 and 59/64; round 11: 51/64 and 59/64; round 12 (readers' questions learned): 52/64
    // and 60/64.
    expect(s.top1, totals).toBeGreaterThanOrEqual(48);
    expect(s.top3, totals).toBeGreaterThanOrEqual(58);
  }, 60_000);

  /**
   * Held-out set 2 (src/features/search/questions/search-held-out-2.ts), written in readers' words before the
   * ranking, synonyms and sections changed after it; never tuned on. Guards its measured floor.
   */
  it('held-out 2: not under the measured floor (target: 92 % top-1, 97 % top-3)', async () => {
    expect(HELD_OUT_2.length).toBeGreaterThanOrEqual(60);
    const s = await score(HELD_OUT_2);
    const n = HELD_OUT_2.length;
    const totals = `${s.top1}/${n} top-1, ${s.top3}/${n} top-3`;
    report.push(
      `held-out 2: top-1 ${s.top1}/${n} (${percent(s.top1, n)} %), top-3 ${s.top3}/${n} (${percent(s.top3, n)} %)`,
    );
    // Measured: 41/71 and 44/71 when written, before this round's changes; 44/71 and 49/71 after
    // them (glossary terms and «Что получится» as sections, case families, print page last). The
    // misses are never printed, so that nobody tunes on them.
    // With sections scored, section kinds, term questions and reader words: 52/71 and 59/71.
    // After the changes tuned on corpus 4: 53/71 and 62/71; then 52/71 and 63/71; with words
    // together: 56/71 and 66/71; round 6: 59/71 and 67/71; round 11: 60/71 and 67/71; round 12
    // (readers' questions learned): 61/71 and 68/71.
    expect(s.top1, totals).toBeGreaterThanOrEqual(57);
    expect(s.top3, totals).toBeGreaterThanOrEqual(66);
  }, 60_000);
  /**
   * Held-out set 3 (src/features/search/questions/search-held-out-3.ts): questions about every page and section,
   * written before the section ranking and reader-word changes that followed it; never tuned on.
   */
  it('held-out 3: not under the measured floor (target: 92 % top-1, 97 % top-3)', async () => {
    expect(HELD_OUT_3.length).toBeGreaterThanOrEqual(80);
    const s = await score(HELD_OUT_3);
    const n = HELD_OUT_3.length;
    const totals = `${s.top1}/${n} top-1, ${s.top3}/${n} top-3`;
    report.push(
      `held-out 3: top-1 ${s.top1}/${n} (${percent(s.top1, n)} %), top-3 ${s.top3}/${n} (${percent(s.top3, n)} %)`,
    );
    // Measured when written, before any change: 63/93 and 66/93; after this round's changes
    // (tuned on the tuning sets only): 69/93 and 73/93; after the changes tuned on corpus 4:
    // 70/93 and 83/93; then 72/93 and 85/93; with words together 72/93 and 86/93; then 73/93;
    // round 6: 77/93 and 88/93; round 11: 81/93 and 88/93; round 12 (readers' questions
    // learned): 86/93 and 92/93.
    expect(s.top1, totals).toBeGreaterThanOrEqual(84);
    expect(s.top3, totals).toBeGreaterThanOrEqual(90);
  }, 60_000);
});

describe('snippets and sections', () => {
  it('no shown excerpt is a keyword list or opens with a source preamble', async () => {
    const bad: string[] = [];
    for (const [query] of [...HELD_OUT, ...TUNING_EXTRA]) {
      const answer = await engine.search(query);
      for (const hit of answer.hits.slice(0, 3)) {
        for (const excerpt of [hit.excerpt, ...hit.sections.map((s) => s.excerpt)]) {
          const text = excerpt.replace(/<[^>]*>/g, '');
          if ((text.match(/;/g) ?? []).length >= 2 || /^\s*Дословно в источнике/.test(text)) {
            bad.push(`«${query}»: ${text.slice(0, 80)}`);
          }
        }
      }
    }
    expect(bad).toEqual([]);
  }, 60_000);

  it('«куда звонить» opens the phones section, not the top of the page', async () => {
    const answer = await engine.search('куда звонить');
    expect(decodeURIComponent(answer.hits[0]!.url)).toBe(
      '/support/knowledge-base/#телефоны-поддержки',
    );
  });

  it('a correct Russian word the site lacks is never read as Latin keys nor «corrected»', async () => {
    for (const query of ['отсутствуют', 'Отказано в доступе']) {
      const { plan } = await engine.search(query);
      expect(plan.layout, query).toBe(false);
      expect(plan.corrected, query).toBe(false);
      expect(plan.understood, query).toBe(query.toLowerCase());
    }
  });
});

describe('bounded cost', () => {
  /**
   * Words are dropped one at a time, then every word but the rarest and every named word are
   * tried: at most MAX_TERMS + 4 Pagefind searches, plus one for a kind of section and one per
   * synonym. Over
   * every question of every set
   * (the tests above ran them) and abusive queries. `npm run bench:search` prints the times.
   */
  it('no question, however long, costs more than MAX_TERMS + 5 searches', async () => {
    for (const query of [
      'пароль '.repeat(2000),
      'как мне получить токен для сервисов отдачи в личном кабинете заказчика ЕИС срочно сегодня',
      Array.from({ length: 40 }, (_, i) => `слово${i}`).join(' '),
      'абв где гдж зкл мно прс туф хцч шщэ юяа',
    ]) {
      mostSearches = Math.max(mostSearches, (await engine.search(query)).searches);
    }
    expect(mostSearches).toBeGreaterThan(1);
    expect(mostSearches).toBeLessThanOrEqual(MAX_TERMS + 5);
  });
});
