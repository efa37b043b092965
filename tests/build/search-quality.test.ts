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
 * top-1 or 97 % top-3, or a set under its measured floor (the issue's target, 92 % / 97 %, is not
 * reached yet). A held-out set is reported by its totals only, even when it fails: its misses are
 * never printed, so that nobody tunes on them. Every error message of the sources, pasted as it is
 * and retyped, opens its entry of «Ошибки и решения» first.
 *
 * Two files, which vitest runs side by side: this one (the tuning sets, snippets, cost) and
 * search-quality-held-out.test.ts (every held-out set); tests/helpers/search-quality.ts scores
 * both.
 *
 * Since round 12 the engine also learns from the tuning sets (search-asked.ts: the nearest
 * questions readers asked). A tuning set is scored by a model that has not learned it (its
 * corpus left out, unlearned()), never by one that remembers its own questions; a held-out set by
 * the site's model, which has learned no held-out question (tests/build/search-asked.test.ts).
 * Round 13's corpora 17–20 are split and learned the same way; 21 and 22, written after the
 * round's last change to the engine, are held out whole, and so were round 14's 23 and 24,
 * written before its changes; round 15 learned 23 and 24 whole, holds out its own 25 and 26, and
 * learned 27 and 28 whole.
 */
import { describe, expect, it } from 'vitest';
import { unlearned } from '../helpers/search-engine';
import { percent, searchQuality } from '../helpers/search-quality';
import { MAX_TERMS } from '../../src/features/search/search-engine';
import { TUNING_4a } from '../../src/features/search/questions/search-corpus-4a';
import { TUNING_4b } from '../../src/features/search/questions/search-corpus-4b';
import { TUNING_5a } from '../../src/features/search/questions/search-corpus-5a';
import { TUNING_5b } from '../../src/features/search/questions/search-corpus-5b';
import { TUNING_6a } from '../../src/features/search/questions/search-corpus-6a';
import { TUNING_6b } from '../../src/features/search/questions/search-corpus-6b';
import { TUNING_7a } from '../../src/features/search/questions/search-corpus-7a';
import { TUNING_7b } from '../../src/features/search/questions/search-corpus-7b';
import { TUNING_8a } from '../../src/features/search/questions/search-corpus-8a';
import { TUNING_8b } from '../../src/features/search/questions/search-corpus-8b';
import { TUNING_9a } from '../../src/features/search/questions/search-corpus-9a';
import { TUNING_9b } from '../../src/features/search/questions/search-corpus-9b';
import { TUNING_10a } from '../../src/features/search/questions/search-corpus-10a';
import { TUNING_10b } from '../../src/features/search/questions/search-corpus-10b';
import { TUNING_11a } from '../../src/features/search/questions/search-corpus-11a';
import { TUNING_11b } from '../../src/features/search/questions/search-corpus-11b';
import { TUNING_12a } from '../../src/features/search/questions/search-corpus-12a';
import { TUNING_12b } from '../../src/features/search/questions/search-corpus-12b';
import { TUNING_13a } from '../../src/features/search/questions/search-corpus-13a';
import { TUNING_13b } from '../../src/features/search/questions/search-corpus-13b';
import { TUNING_14a } from '../../src/features/search/questions/search-corpus-14a';
import { TUNING_14b } from '../../src/features/search/questions/search-corpus-14b';
import { TUNING_15a } from '../../src/features/search/questions/search-corpus-15a';
import { TUNING_15b } from '../../src/features/search/questions/search-corpus-15b';
import { TUNING_16a } from '../../src/features/search/questions/search-corpus-16a';
import { TUNING_16b } from '../../src/features/search/questions/search-corpus-16b';
import { TUNING_17a } from '../../src/features/search/questions/search-corpus-17a';
import { TUNING_17b } from '../../src/features/search/questions/search-corpus-17b';
import { TUNING_18a } from '../../src/features/search/questions/search-corpus-18a';
import { TUNING_18b } from '../../src/features/search/questions/search-corpus-18b';
import { TUNING_19a } from '../../src/features/search/questions/search-corpus-19a';
import { TUNING_19b } from '../../src/features/search/questions/search-corpus-19b';
import { TUNING_20a } from '../../src/features/search/questions/search-corpus-20a';
import { TUNING_20b } from '../../src/features/search/questions/search-corpus-20b';
import { TUNING_23a } from '../../src/features/search/questions/search-corpus-23a';
import { TUNING_23b } from '../../src/features/search/questions/search-corpus-23b';
import { TUNING_24a } from '../../src/features/search/questions/search-corpus-24a';
import { TUNING_24b } from '../../src/features/search/questions/search-corpus-24b';
import { TUNING_27a } from '../../src/features/search/questions/search-corpus-27a';
import { TUNING_27b } from '../../src/features/search/questions/search-corpus-27b';
import { TUNING_28a } from '../../src/features/search/questions/search-corpus-28a';
import { TUNING_28b } from '../../src/features/search/questions/search-corpus-28b';
import { TUNING_33a } from '../../src/features/search/questions/search-corpus-33a';
import { TUNING_33b } from '../../src/features/search/questions/search-corpus-33b';
import { TUNING_34a } from '../../src/features/search/questions/search-corpus-34a';
import { TUNING_34b } from '../../src/features/search/questions/search-corpus-34b';
import { TUNING_39a } from '../../src/features/search/questions/search-corpus-39a';
import { TUNING_39b } from '../../src/features/search/questions/search-corpus-39b';
import { TUNING_40a } from '../../src/features/search/questions/search-corpus-40a';
import { TUNING_58a } from '../../src/features/search/questions/search-corpus-58a';
import { TUNING_58b } from '../../src/features/search/questions/search-corpus-58b';
import { TUNING_59a } from '../../src/features/search/questions/search-corpus-59a';
import { TUNING_59b } from '../../src/features/search/questions/search-corpus-59b';
import { TUNING_63a } from '../../src/features/search/questions/search-corpus-63a';
import { TUNING_63b } from '../../src/features/search/questions/search-corpus-63b';
import { TUNING_64a } from '../../src/features/search/questions/search-corpus-64a';
import { TUNING_64b } from '../../src/features/search/questions/search-corpus-64b';
import { TUNING_66a } from '../../src/features/search/questions/search-corpus-66a';
import { TUNING_66b } from '../../src/features/search/questions/search-corpus-66b';
import { TUNING_68 } from '../../src/features/search/questions/search-corpus-68';
import { TUNING_70 } from '../../src/features/search/questions/search-corpus-70';
import { READ_72 } from '../../src/features/search/questions/search-corpus-72';
import { READ_75 } from '../../src/features/search/questions/search-corpus-75';
import { READ_77 } from '../../src/features/search/questions/search-corpus-77';
import { TUNING_40b } from '../../src/features/search/questions/search-corpus-40b';
import { TUNING_SECTIONS } from '../../src/features/search/questions/search-tuning-sections';
import {
  HELD_OUT,
  QUERY_CLASSES,
  TUNING_EXTRA,
  type QueryClass,
} from '../../src/features/search/questions/search-queries';

const quality = searchQuality();
const { score, tuningHalf, report } = quality;

/**
 * A class's top-1 floor: 90 %, but for «adjectives» since round 31 (12 of 14, was 13): learning
 * corpus 63 (readers who call Web-Торги-КС's «Регистрационные данные в ЕИС» by those words, next
 * to the ones who meant ЕИС's card before) turned the readers' vote for «регистрационный данные
 * пользователя» to the Web-Торги-КС guide; the login guide is second. Learning corpora 63 and 64
 * moved the held-out sets by 40 first places; the class's floor follows, said here and in the
 * README.
 */
const CLASS_TOP1: Partial<Record<QueryClass, number>> = { adjectives: 85 };

describe('search quality (engine over dist/)', () => {
  it.each(Object.keys(QUERY_CLASSES) as QueryClass[])(
    'tuning class «%s»: at least 90 % top-1 (or its floor)',
    async (cls) => {
      const s = await score(QUERY_CLASSES[cls], unlearned(quality.engine, 'base'));
      const n = QUERY_CLASSES[cls].length;
      report.push(`tuning ${cls}: top-1 ${s.top1}/${n}, top-3 ${s.top3}/${n}`, ...s.misses);
      expect(percent(s.top1, n), s.misses.join('\n')).toBeGreaterThanOrEqual(CLASS_TOP1[cls] ?? 90);
      expect(percent(s.top3, n), s.misses.join('\n')).toBeGreaterThanOrEqual(97);
    },
    60_000,
  );

  it('tuning: the issue’s cases (synonyms, guides before the dictionary)', async () => {
    const s = await score(TUNING_EXTRA, unlearned(quality.engine, 'base'));
    const n = TUNING_EXTRA.length;
    report.push(`tuning extra: top-1 ${s.top1}/${n}, top-3 ${s.top3}/${n}`, ...s.misses);
    expect(percent(s.top1, n), s.misses.join('\n')).toBeGreaterThanOrEqual(90);
  }, 60_000);

  it("tuning: every section of every page in readers' words", async () => {
    const s = await score(TUNING_SECTIONS, unlearned(quality.engine, 'base'));
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
   * Corpora 23 and 24 (search-corpus-23a.ts … -24b.ts: 400 questions by four writers: a rural
   * house of culture's chief accountant, a centralised accounting office serving forty
   * kindergartens, a regional hospital's system administrator, a village school's contract
   * manager), held out whole in round 14 (on arrival 156/200 and 175/200, 151/200 and 166/200;
   * with round 14's engine 159/200 and 179/200, 152/200 and 167/200) and learned whole from round
   * 15 on, when corpora 25 and 26 became the held-out corpora. Each is scored by a model without
   * it, which has learned the other: 163/200 and 183/200, 160/200 and 175/200 in round 15.
   */
  tuningHalf('tuning 23: a corpus learned whole', '23', [...TUNING_23a, ...TUNING_23b], 160, 180);
  tuningHalf('tuning 24: a corpus learned whole', '24', [...TUNING_24a, ...TUNING_24b], 157, 172);

  /**
   * Corpora 27 and 28 (search-corpus-27a.ts … -28b.ts: 400 questions by four more writers: a
   * rural kindergarten's accountant writing as in a chat, a ministry institution's lawyer, a
   * Web-Торги-КС help-desk operator retelling customers, a village school's principal afraid of
   * irreversible steps), written in round 15 to the brief of corpora 25 and 26 and learned whole.
   * Measured once on arrival, with round 15's engine before they were learned: 150/200 and
   * 171/200 (27), 147/200 and 169/200 (28); without the learned questions 126/200 and 148/200,
   * 120/200 and 139/200. Each is scored by a model without it, which has learned the other: 152/200
   * and 173/200, 149/200 and 170/200.
   */
  tuningHalf('tuning 27: a corpus learned whole', '27', [...TUNING_27a, ...TUNING_27b], 149, 170);
  tuningHalf('tuning 28: a corpus learned whole', '28', [...TUNING_28a, ...TUNING_28b], 146, 167);

  /**
   * Corpora 33 and 34 (search-corpus-33a.ts … -34b.ts: 400 questions by four more writers: a
   * municipal finance deputy dictating by voice, a boarding school's clerk typing with one finger,
   * an integrator's engineer, a school bursar searching as on the web), written at the start of
   * round 16 to the brief of corpora 25–30 and learned whole, as decided before they arrived.
   * Measured once on arrival, with round 15's last engine: 166/200 and 180/200 (33), 162/200 and
   * 180/200 (34); without the learned questions 131/200 and 150/200, 133/200 and 148/200. Each is
   * scored by a model without it, which has learned the other: 174/200 and 189/200, 164/200 and
   * 182/200 with round 16's engine.
   */
  tuningHalf('tuning 33: a corpus learned whole', '33', [...TUNING_33a, ...TUNING_33b], 169, 183);
  tuningHalf('tuning 34: a corpus learned whole', '34', [...TUNING_34a, ...TUNING_34b], 160, 178);

  /**
   * Corpora 39 and 40 (search-corpus-39a.ts … -40b.ts: 400 questions by four more writers: a
   * district library's elderly director, polite and wordy; a contract manager whose request was
   * closed; a newcomer who inherited nothing from her predecessor; a municipal enterprise's deputy
   * head unsure any of it applies), written at the start of round 17 to the brief of corpora 25–36
   * and learned whole, as decided before they arrived. Measured once on arrival, with round 16's
   * last engine: 152/200 and 179/200 (39), 155/200 and 170/200 (40); without the learned questions
   * 119/200 and 144/200, 125/200 and 140/200. Each is scored by a model without it, which has
   * learned the other: 154/200 and 181/200, 157/200 and 172/200; 39 is 153/200 and 180/200 since
   * the login guide's paragraph on which documents are sent moved from its opening into «Что
   * получится» (the reader's next action first; all held-out sets unchanged).
   */
  tuningHalf('tuning 39: a corpus learned whole', '39', [...TUNING_39a, ...TUNING_39b], 153, 180);
  tuningHalf('tuning 40: a corpus learned whole', '40', [...TUNING_40a, ...TUNING_40b], 157, 172);

  /**
   * Corpora 58 and 59 (search-corpus-58a.ts … -59b.ts: 400 questions by four more writers: a
   * village school's caretaker-turned-buyer in homely words («галочка», «окошко»); a regional
   * hospital's IT engineer connecting four more hospitals, in IT slang with pasted logs; a library
   * system's head of procurement whose requests were closed twice for formal reasons; a newcomer
   * who has never heard of ЕИС, ЛК, РИС or tokens), written in round 30 from a plain-text copy of
   * the built pages and learned whole, as decided before they arrived. Measured once on arrival,
   * with round 29's last engine (7b91a13): 169/200 and 188/200 (58), 173/200 and 191/200 (59); by
   * page 178 and 179 first. Each is scored by a model without it, which has learned the other:
   * 169/200 and 188/200, 176/200 and 193/200. Learning them moved all held-out sets from 7009 to
   * 7024 first places and from 7479 to 7517 top-3 of 7986. The reranker and the section choice,
   * retrained with them as the shipped weights must be (search-rerank.test.ts), were a wash on the
   * tuning sets (3673 and 3885 of 4060 against 3676 and 3883 with round 29's weights, after the
   * round's content changes) and cost the held-out sets one first place and five top-3 places
   * (7022 and 7514). With them: 171/200 and 190/200, 176/200 and 194/200, the floors.
   */
  tuningHalf('tuning 58: a corpus learned whole', '58', [...TUNING_58a, ...TUNING_58b], 171, 190);
  tuningHalf('tuning 59: a corpus learned whole', '59', [...TUNING_59a, ...TUNING_59b], 176, 194);
  /**
   * Corpus 63 (search-corpus-63a.ts, -63b.ts: 200 questions by two more writers: an employment
   * centre's contract lawyer, formal, asking «обязательно ли», «в какой срок», «на каком
   * основании»; an outsourcing technician serving 15 institutions, in IT slang with pasted errors),
   * written in round 31 from a plain-text copy of the built pages and learned whole, as decided
   * before it arrived. Measured once on arrival (7f6b15e): 177/200 top-1 and 192/200 top-3; by page
   * 183 first and 199 in the first three. Learning it moved all held-out sets (with corpus 62) from
   * 7391 to 7408 first places and from 7903 to 7904 top-3 of 8386, the reranker and the section
   * choice retrained with it. Scored by a model without it: 179/200 and 194/200; with corpus 64
   * learned too, 181/200 and 196/200, the floors.
   */
  tuningHalf('tuning 63: a corpus learned whole', '63', [...TUNING_63a, ...TUNING_63b], 181, 196);
  /**
   * Corpus 64 (search-corpus-64a.ts, -64b.ts: 200 questions by two more writers: a rural clinic's
   * accountant typing with one finger, with dropped letters and every name for ЕИС; a regional IT
   * centre's programmer asking about protocol, roles, rights, terms and flags in mixed Russian and
   * English), written in round 31 from a plain-text copy of the built pages and learned whole, as
   * decided before it arrived. Measured once on arrival, with corpus 63 learned (the engine of
   * this round before its second retraining): 186/200 top-1 and 195/200 top-3; by page 189 first.
   * Learning it (the reranker and the section choice retrained again) moved all held-out sets from
   * 7408 to 7431 first places and from 7904 to 7920 top-3 of 8386. Scored by a model without it:
   * 186/200 and 195/200, the floors. Round 32's lighter «Найдите пользователя» step (what the
   * drawing replaces moved to its caption) costs one: «а где в кабинете еис администрирование
   * пользователи организации» now opens the glossary's «Администратор организации» first, the
   * step second: 185/200. With corpus 70 learned: 184/200, the floor. Round 32's clearer box on
   * «Закрыто» («переоткрыть можно только решённое обращение») opens «можно ли переоткрыть
   * обращение после статуса Закрыто» at «Что означают статусы», not «Когда обращение
   * закрывается»: 194/200 top-3, the floor.
   */
  tuningHalf('tuning 64: a corpus learned whole', '64', [...TUNING_64a, ...TUNING_64b], 184, 194);
  /**
   * Corpus 66 (search-corpus-66a.ts, -66b.ts: 200 questions by two more writers: a district
   * hospital's buyer who follows a paper memo and searches the exact names of buttons, menu items
   * and flags she sees; the head of a centralised accounting office serving 28 institutions, who
   * types what broke in one of them, with its number), written at the end of round 31 and learned
   * whole, as decided before it arrived. Measured once on arrival, with corpora 63 and 64 learned
   * (1dc309f): 184/200 top-1 and 194/200 top-3; by page 189 first and 199 in the first three.
   * Learning it (the reranker and the section choice retrained a third time) moved all held-out
   * sets from 7604 to 7615 first places and from 8107 to 8103 top-3 of 8586: more first places,
   * fewer in the first three. Scored by a model without it: 183/200 and 194/200, the floors.
   */
  tuningHalf('tuning 66: a corpus learned whole', '66', [...TUNING_66a, ...TUNING_66b], 183, 194);
  /**
   * Corpus 68 (search-corpus-68.ts: 100 questions by one more writer: a newly appointed contract
   * manager of a rural library, typing on a phone, long polite questions and hurried fragments,
   * naming things by their look: «галочка», «окошко», «синяя кнопка»), written in round 32 and
   * learned whole, as decided before it arrived. Measured once on arrival (81a417b's engine):
   * 89/100 top-1 and 95/100 top-3; by page 94 first and 100 in the first three. Learning it (the
   * reranker and the section choice retrained) moved all held-out sets from 7704 to 7705 first
   * places and from 8195 to 8201 top-3 of 8686. Scored by a model without it: 89/100 and 95/100,
   * the floors.
   */
  tuningHalf('tuning 68: a corpus learned whole', '68', TUNING_68, 89, 95);
  /**
   * Corpus 70 (search-corpus-70.ts: 100 questions by one more writer: a municipal IT service's
   * system administrator setting up a kindergarten he has never seen, reading the guide for the
   * first time — what each thing is, who does it, in which order, whether he can break the
   * existing setting, printing for the head, what the site stores and sends), written later in
   * round 32 and learned whole, as decided before it arrived. Measured once on arrival (with 68
   * learned and the round's lighter pages): 94/100 top-1 and 98/100 top-3; by page 96 first.
   * Learning it (the reranker and the section choice retrained) moved all held-out sets from 7791
   * to 7798 first places and from 8299 to 8302 top-3 of 8786. Scored by a model without it:
   * 95/100 and 99/100, the floors.
   */
  tuningHalf('tuning 70: a corpus learned whole', '70', TUNING_70, 95, 99);
  /**
   * Corpus 72 (search-corpus-72.ts: 100 questions by one more writer: a district administration's
   * young system administrator setting up 35 schools and kindergartens — terse technical queries
   * in English and Russian slang, pasted error and log lines, bulk work, who presses what),
   * written in round 33 to be learned whole, as decided before it arrived. Its writer, like 71's,
   * saw every step's address, and labelled 34 questions with a step, one for nearly every step of
   * every guide. Measured on arrival: 60/100 top-1 and 65/100 top-3 (by page 89 first, 98 in the
   * first three; 76 in the first three links shown); every step label a miss, the other 66
   * questions 60 first places. Learned (reranker and section choice retrained): the held-out sets
   * lost 4 first places and gained one top-3 place of 8786, and the search data grew to 73.5 KB,
   * over the 73 KB budget — so it is not learned, and stays a tuning set read by its misses.
   * Landing on the step instead of «Шаги» was tried on it: whenever a step is singled out, 70/100
   * and 76/100, but the tuning sets lost 209 first places of 4561 (their writers labelled «Шаги»);
   * only for a question about a step's detail, 64/100 and −106; only when the step holds three of
   * the words at twice the next step’s score, 66/100 and −67 on the tuning sets, −128 on the
   * held-out sets. Kept: the guide opens at «Шаги», and the step is offered under it.
   */
  tuningHalf('tuning 72: a corpus read, not learned', '72', READ_72, 60, 65);
  /**
   * Corpus 75 (search-corpus-75.ts: 100 questions by a help-desk operator of Web-Торги-КС's
   * regional operator searching while a caller is on the line — the caller's words retold,
   * ticket jargon, keyword bursts with typos, errors as dictated), written in round 34 from a copy
   * without steps' addresses, to be read by its misses and not learned (the search data is at its
   * budget, and learning corpus 72 cost the held-out sets), as decided before it arrived. On
   * arrival (dc32b2a's engine): 91/100 top-1 and 97/100 top-3; by page 94 first and 100 in the
   * first three; 99 in the first three links shown. The floors are the arrival.
   */
  tuningHalf('tuning 75: a corpus read, not learned', '75', READ_75, 91, 97);
  /**
   * Corpus 77 (search-corpus-77.ts: 100 questions by an outsourcing engineer who sets up 40
   * kindergartens and schools at once — terse jargon, English terms, log lines, bulk work),
   * written in round 35 from a copy with the steps' addresses, to be read by its misses and not
   * learned, as decided before it arrived. On arrival (f91a3b2's engine): 67/100 top-1 and 70/100
   * top-3; by page 90 first and 99 in the first three; 83 in the first three links shown. Its
   * misses are mostly single steps under «Шаги», offered under the result. The floors are the
   * arrival.
   */
  tuningHalf('tuning 77: a corpus read, not learned', '77', READ_77, 67, 70);
});

describe('snippets and sections', () => {
  it('no shown excerpt is a keyword list or opens with a source preamble', async () => {
    const bad: string[] = [];
    for (const [query] of [...HELD_OUT, ...TUNING_EXTRA]) {
      const answer = await quality.engine.search(query);
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
    const answer = await quality.engine.search('куда звонить');
    expect(decodeURIComponent(answer.hits[0]!.url)).toBe(
      '/support/knowledge-base/#телефоны-поддержки',
    );
  });

  it('a correct Russian word the site lacks is never read as Latin keys nor «corrected»', async () => {
    for (const query of ['отсутствуют', 'Отказано в доступе']) {
      const { plan } = await quality.engine.search(query);
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
      quality.noteSearches((await quality.engine.search(query)).searches);
    }
    expect(quality.mostSearches).toBeGreaterThan(1);
    expect(quality.mostSearches).toBeLessThanOrEqual(MAX_TERMS + 5);
  });
});
