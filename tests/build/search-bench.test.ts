/**
 * `npm run bench:search`: the search engine over the built index in Node: for the tuning set and
 * the held-out sets (src/features/search/questions/search-queries.ts HELD_OUT, search-held-out-2.ts, -3.ts, the
 * held-out halves of corpora 4 to 10, search-corpus-4a.ts … -10b.ts; held-out 6 to 10 also
 * without their questions that a tuning set has word for word),
 * top-1 and top-3; for every question and for abusive ones (a pasted page of text, many words),
 * the Pagefind searches each costs and the slowest query's time. `npm run bench` runs it over
 * its own build. Asserts only the bounds that do not depend on the machine: searches grow
 * linearly with words.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { nodeSearch, unlearned, type NodeSearch } from '../helpers/search-engine';
import type { EngineData } from '../../src/features/search/search-engine';
import {
  HELD_OUT,
  QUERIES,
  TUNING_EXTRA,
} from '../../src/features/search/questions/search-queries';
import { HELD_OUT_2 } from '../../src/features/search/questions/search-held-out-2';
import { HELD_OUT_3 } from '../../src/features/search/questions/search-held-out-3';
import { TUNING_SECTIONS } from '../../src/features/search/questions/search-tuning-sections';
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
import { TUNING_23a } from '../../src/features/search/questions/search-corpus-23a';
import { TUNING_23b } from '../../src/features/search/questions/search-corpus-23b';
import { TUNING_24a } from '../../src/features/search/questions/search-corpus-24a';
import { TUNING_24b } from '../../src/features/search/questions/search-corpus-24b';
import { TUNING_27a } from '../../src/features/search/questions/search-corpus-27a';
import { TUNING_27b } from '../../src/features/search/questions/search-corpus-27b';
import { TUNING_28a } from '../../src/features/search/questions/search-corpus-28a';
import { TUNING_28b } from '../../src/features/search/questions/search-corpus-28b';
import { HELD_OUT_25a } from '../../src/features/search/questions/search-corpus-25a';
import { HELD_OUT_25b } from '../../src/features/search/questions/search-corpus-25b';
import { HELD_OUT_26a } from '../../src/features/search/questions/search-corpus-26a';
import { HELD_OUT_26b } from '../../src/features/search/questions/search-corpus-26b';
import { HELD_OUT_29a } from '../../src/features/search/questions/search-corpus-29a';
import { HELD_OUT_29b } from '../../src/features/search/questions/search-corpus-29b';
import { HELD_OUT_30a } from '../../src/features/search/questions/search-corpus-30a';
import { HELD_OUT_30b } from '../../src/features/search/questions/search-corpus-30b';
import { TUNING_33a } from '../../src/features/search/questions/search-corpus-33a';
import { TUNING_33b } from '../../src/features/search/questions/search-corpus-33b';
import { TUNING_34a } from '../../src/features/search/questions/search-corpus-34a';
import { TUNING_34b } from '../../src/features/search/questions/search-corpus-34b';
import { HELD_OUT_31a } from '../../src/features/search/questions/search-corpus-31a';
import { HELD_OUT_31b } from '../../src/features/search/questions/search-corpus-31b';
import { HELD_OUT_32a } from '../../src/features/search/questions/search-corpus-32a';
import { HELD_OUT_32b } from '../../src/features/search/questions/search-corpus-32b';
import { HELD_OUT_35a } from '../../src/features/search/questions/search-corpus-35a';
import { HELD_OUT_35b } from '../../src/features/search/questions/search-corpus-35b';
import { HELD_OUT_36a } from '../../src/features/search/questions/search-corpus-36a';
import { HELD_OUT_36b } from '../../src/features/search/questions/search-corpus-36b';
import { HELD_OUT_37a } from '../../src/features/search/questions/search-corpus-37a';
import { HELD_OUT_37b } from '../../src/features/search/questions/search-corpus-37b';
import { HELD_OUT_38a } from '../../src/features/search/questions/search-corpus-38a';
import { HELD_OUT_38b } from '../../src/features/search/questions/search-corpus-38b';
import { TUNING_39a } from '../../src/features/search/questions/search-corpus-39a';
import { TUNING_39b } from '../../src/features/search/questions/search-corpus-39b';
import { TUNING_40a } from '../../src/features/search/questions/search-corpus-40a';
import { TUNING_40b } from '../../src/features/search/questions/search-corpus-40b';
import { HELD_OUT_41a } from '../../src/features/search/questions/search-corpus-41a';
import { HELD_OUT_41b } from '../../src/features/search/questions/search-corpus-41b';
import { HELD_OUT_42a } from '../../src/features/search/questions/search-corpus-42a';
import { HELD_OUT_42b } from '../../src/features/search/questions/search-corpus-42b';
import { HELD_OUT_43a } from '../../src/features/search/questions/search-corpus-43a';
import { HELD_OUT_43b } from '../../src/features/search/questions/search-corpus-43b';
import { HELD_OUT_44a } from '../../src/features/search/questions/search-corpus-44a';
import { HELD_OUT_44b } from '../../src/features/search/questions/search-corpus-44b';
import { HELD_OUT_45a } from '../../src/features/search/questions/search-corpus-45a';
import { HELD_OUT_45b } from '../../src/features/search/questions/search-corpus-45b';
import { HELD_OUT_46a } from '../../src/features/search/questions/search-corpus-46a';
import { HELD_OUT_46b } from '../../src/features/search/questions/search-corpus-46b';
import { HELD_OUT_47a } from '../../src/features/search/questions/search-corpus-47a';
import { HELD_OUT_47b } from '../../src/features/search/questions/search-corpus-47b';
import { HELD_OUT_48a } from '../../src/features/search/questions/search-corpus-48a';
import { HELD_OUT_48b } from '../../src/features/search/questions/search-corpus-48b';
import { HELD_OUT_49a } from '../../src/features/search/questions/search-corpus-49a';
import { HELD_OUT_49b } from '../../src/features/search/questions/search-corpus-49b';
import { HELD_OUT_50a } from '../../src/features/search/questions/search-corpus-50a';
import { HELD_OUT_50b } from '../../src/features/search/questions/search-corpus-50b';
import { HELD_OUT_51a } from '../../src/features/search/questions/search-corpus-51a';
import { HELD_OUT_51b } from '../../src/features/search/questions/search-corpus-51b';
import { HELD_OUT_52a } from '../../src/features/search/questions/search-corpus-52a';
import { HELD_OUT_52b } from '../../src/features/search/questions/search-corpus-52b';
import { HELD_OUT_53a } from '../../src/features/search/questions/search-corpus-53a';
import { HELD_OUT_53b } from '../../src/features/search/questions/search-corpus-53b';
import { HELD_OUT_54a } from '../../src/features/search/questions/search-corpus-54a';
import { HELD_OUT_54b } from '../../src/features/search/questions/search-corpus-54b';
import { HELD_OUT_55a } from '../../src/features/search/questions/search-corpus-55a';
import { HELD_OUT_55b } from '../../src/features/search/questions/search-corpus-55b';
import { HELD_OUT_56a } from '../../src/features/search/questions/search-corpus-56a';
import { HELD_OUT_56b } from '../../src/features/search/questions/search-corpus-56b';
import { HELD_OUT_57a } from '../../src/features/search/questions/search-corpus-57a';
import { HELD_OUT_57b } from '../../src/features/search/questions/search-corpus-57b';
import { TUNING_58a } from '../../src/features/search/questions/search-corpus-58a';
import { TUNING_58b } from '../../src/features/search/questions/search-corpus-58b';
import { TUNING_59a } from '../../src/features/search/questions/search-corpus-59a';
import { TUNING_59b } from '../../src/features/search/questions/search-corpus-59b';
import { HELD_OUT_60a } from '../../src/features/search/questions/search-corpus-60a';
import { HELD_OUT_60b } from '../../src/features/search/questions/search-corpus-60b';
import { HELD_OUT_61a } from '../../src/features/search/questions/search-corpus-61a';
import { HELD_OUT_61b } from '../../src/features/search/questions/search-corpus-61b';
import { HELD_OUT_62a } from '../../src/features/search/questions/search-corpus-62a';
import { HELD_OUT_62b } from '../../src/features/search/questions/search-corpus-62b';
import { TUNING_63a } from '../../src/features/search/questions/search-corpus-63a';
import { TUNING_63b } from '../../src/features/search/questions/search-corpus-63b';
import { TUNING_64a } from '../../src/features/search/questions/search-corpus-64a';
import { TUNING_64b } from '../../src/features/search/questions/search-corpus-64b';
import { HELD_OUT_65a } from '../../src/features/search/questions/search-corpus-65a';
import { HELD_OUT_65b } from '../../src/features/search/questions/search-corpus-65b';
import { TUNING_66a } from '../../src/features/search/questions/search-corpus-66a';
import { TUNING_66b } from '../../src/features/search/questions/search-corpus-66b';
import { HELD_OUT_67 } from '../../src/features/search/questions/search-corpus-67';
import { TUNING_68 } from '../../src/features/search/questions/search-corpus-68';
import { HELD_OUT_69 } from '../../src/features/search/questions/search-corpus-69';
import { TUNING_70 } from '../../src/features/search/questions/search-corpus-70';
import { HELD_OUT_71 } from '../../src/features/search/questions/search-corpus-71';
import { READ_72 } from '../../src/features/search/questions/search-corpus-72';
import { HELD_OUT_73 } from '../../src/features/search/questions/search-corpus-73';
import { HELD_OUT_74 } from '../../src/features/search/questions/search-corpus-74';
import { READ_75 } from '../../src/features/search/questions/search-corpus-75';
import { HELD_OUT_76 } from '../../src/features/search/questions/search-corpus-76';
import { READ_77 } from '../../src/features/search/questions/search-corpus-77';
import { MAX_TERMS } from '../../src/features/search/search-engine';
import { normalizeWord } from '../../src/features/search/search-russian';

let engine: NodeSearch;
beforeAll(async () => {
  // `npm run bench` measures the build it made (its --out-dir); alone, dist/.
  engine = await nodeSearch(process.env['EIS_BENCH_DIST'] || undefined);
}, 60_000);
afterAll(() => engine?.close());

const ABUSE = [
  'пароль '.repeat(2000),
  'как мне получить токен для сервисов отдачи в личном кабинете заказчика ЕИС срочно сегодня',
  Array.from({ length: 40 }, (_, i) => `слово${i}`).join(' '),
  'абв где гдж зкл мно прс туф хцч шщэ юяа',
];

it('bench: quality, searches per query and the slowest query', async () => {
  const lines: string[] = [];
  const sets: [string, [string, string][]][] = [
    [
      'tuning',
      [...QUERIES.map(([q, e]): [string, string] => [q, e]), ...TUNING_EXTRA, ...TUNING_SECTIONS],
    ],
    ['held-out 1', HELD_OUT],
    ['held-out 2', HELD_OUT_2],
    ['held-out 3', HELD_OUT_3],
    ['tuning 4', [...TUNING_4a, ...TUNING_4b]],
    ['held-out 4', [...HELD_OUT_4a, ...HELD_OUT_4b]],
    ['tuning 5', [...TUNING_5a, ...TUNING_5b]],
    ['held-out 5', [...HELD_OUT_5a, ...HELD_OUT_5b]],
    // Tuned on since round 11 (the even half); the odd half never.
    ['tuning 6', [...TUNING_6a, ...TUNING_6b]],
    ['held-out 6', [...HELD_OUT_6a, ...HELD_OUT_6b]],
    // Written in round 11, measured on arrival, then tuned on (the even halves).
    ['tuning 7', [...TUNING_7a, ...TUNING_7b]],
    ['held-out 7', [...HELD_OUT_7a, ...HELD_OUT_7b]],
    ['tuning 8', [...TUNING_8a, ...TUNING_8b]],
    ['held-out 8', [...HELD_OUT_8a, ...HELD_OUT_8b]],
    ['tuning 9', [...TUNING_9a, ...TUNING_9b]],
    ['held-out 9', [...HELD_OUT_9a, ...HELD_OUT_9b]],
    ['tuning 10', [...TUNING_10a, ...TUNING_10b]],
    ['held-out 10', [...HELD_OUT_10a, ...HELD_OUT_10b]],
    // Written in round 12, measured on arrival, then learned (the even halves): 11–16.
    ['tuning 11', [...TUNING_11a, ...TUNING_11b]],
    ['held-out 11', [...HELD_OUT_11a, ...HELD_OUT_11b]],
    ['tuning 12', [...TUNING_12a, ...TUNING_12b]],
    ['held-out 12', [...HELD_OUT_12a, ...HELD_OUT_12b]],
    ['tuning 13', [...TUNING_13a, ...TUNING_13b]],
    ['held-out 13', [...HELD_OUT_13a, ...HELD_OUT_13b]],
    ['tuning 14', [...TUNING_14a, ...TUNING_14b]],
    ['held-out 14', [...HELD_OUT_14a, ...HELD_OUT_14b]],
    ['tuning 15', [...TUNING_15a, ...TUNING_15b]],
    ['held-out 15', [...HELD_OUT_15a, ...HELD_OUT_15b]],
    ['tuning 16', [...TUNING_16a, ...TUNING_16b]],
    ['held-out 16', [...HELD_OUT_16a, ...HELD_OUT_16b]],
    // Written in round 13, measured on arrival, then learned (the even halves): 17–20.
    ['tuning 17', [...TUNING_17a, ...TUNING_17b]],
    ['held-out 17', [...HELD_OUT_17a, ...HELD_OUT_17b]],
    ['tuning 18', [...TUNING_18a, ...TUNING_18b]],
    ['held-out 18', [...HELD_OUT_18a, ...HELD_OUT_18b]],
    ['tuning 19', [...TUNING_19a, ...TUNING_19b]],
    ['held-out 19', [...HELD_OUT_19a, ...HELD_OUT_19b]],
    ['tuning 20', [...TUNING_20a, ...TUNING_20b]],
    ['held-out 20', [...HELD_OUT_20a, ...HELD_OUT_20b]],
    // Written after round 13's last change to the engine: all held out, never learned.
    ['held-out 21', [...HELD_OUT_21a, ...HELD_OUT_21b]],
    ['held-out 22', [...HELD_OUT_22a, ...HELD_OUT_22b]],
    // Written at the start of round 14, before its changes: held out whole in round 14, learned
    // whole from round 15 on.
    ['tuning 23', [...TUNING_23a, ...TUNING_23b]],
    ['tuning 24', [...TUNING_24a, ...TUNING_24b]],
    // Written at the start of round 15: all held out, never learned.
    ['held-out 25', [...HELD_OUT_25a, ...HELD_OUT_25b]],
    ['held-out 26', [...HELD_OUT_26a, ...HELD_OUT_26b]],
    // Written in round 15 to the same brief, measured on arrival, then learned whole.
    ['tuning 27', [...TUNING_27a, ...TUNING_27b]],
    ['tuning 28', [...TUNING_28a, ...TUNING_28b]],
    // Written late in round 15 to the same brief, to be learned; held out whole instead.
    ['held-out 29', [...HELD_OUT_29a, ...HELD_OUT_29b]],
    ['held-out 30', [...HELD_OUT_30a, ...HELD_OUT_30b]],
    // Written at the start of round 16 to the same brief; which to learn was decided before they
    // arrived: 31 and 32 held out whole, 33 and 34 learned whole.
    ['held-out 31', [...HELD_OUT_31a, ...HELD_OUT_31b]],
    ['held-out 32', [...HELD_OUT_32a, ...HELD_OUT_32b]],
    ['tuning 33', [...TUNING_33a, ...TUNING_33b]],
    ['tuning 34', [...TUNING_34a, ...TUNING_34b]],
    // Written at the end of round 16, after its last change to the engine: held out whole.
    ['held-out 35', [...HELD_OUT_35a, ...HELD_OUT_35b]],
    ['held-out 36', [...HELD_OUT_36a, ...HELD_OUT_36b]],
    // Written at the start of round 17 to the same brief; which to learn was decided before they
    // arrived: 37 and 38 held out whole, 39 and 40 learned whole.
    ['held-out 37', [...HELD_OUT_37a, ...HELD_OUT_37b]],
    ['held-out 38', [...HELD_OUT_38a, ...HELD_OUT_38b]],
    ['tuning 39', [...TUNING_39a, ...TUNING_39b]],
    ['tuning 40', [...TUNING_40a, ...TUNING_40b]],
    // Written at the start of round 20 to the same brief: 43 held out whole, as decided before
    // they arrived; 41 and 42, to be learned, held out whole instead (README, round 20).
    ['held-out 41', [...HELD_OUT_41a, ...HELD_OUT_41b]],
    ['held-out 42', [...HELD_OUT_42a, ...HELD_OUT_42b]],
    ['held-out 43', [...HELD_OUT_43a, ...HELD_OUT_43b]],
    // Written at the start of round 23 to the same brief, held out whole.
    ['held-out 44', [...HELD_OUT_44a, ...HELD_OUT_44b]],
    ['held-out 45', [...HELD_OUT_45a, ...HELD_OUT_45b]],
    // Written at the start of round 24 to the same brief, held out whole.
    ['held-out 46', [...HELD_OUT_46a, ...HELD_OUT_46b]],
    ['held-out 47', [...HELD_OUT_47a, ...HELD_OUT_47b]],
    // Written at the start of round 25 to the same brief, held out whole.
    ['held-out 48', [...HELD_OUT_48a, ...HELD_OUT_48b]],
    ['held-out 49', [...HELD_OUT_49a, ...HELD_OUT_49b]],
    // Written in round 26 to the same brief, held out whole.
    ['held-out 50', [...HELD_OUT_50a, ...HELD_OUT_50b]],
    ['held-out 51', [...HELD_OUT_51a, ...HELD_OUT_51b]],
    // Written in round 27 to the same brief, held out whole.
    ['held-out 52', [...HELD_OUT_52a, ...HELD_OUT_52b]],
    ['held-out 53', [...HELD_OUT_53a, ...HELD_OUT_53b]],
    // Written in round 28 to the same brief, held out whole.
    ['held-out 54', [...HELD_OUT_54a, ...HELD_OUT_54b]],
    ['held-out 55', [...HELD_OUT_55a, ...HELD_OUT_55b]],
    // Written in round 29 to the same brief, held out whole.
    ['held-out 56', [...HELD_OUT_56a, ...HELD_OUT_56b]],
    ['held-out 57', [...HELD_OUT_57a, ...HELD_OUT_57b]],
    // Written in round 30 to the same brief; which to learn was decided before they arrived: 58
    // and 59 learned whole, 60 held out whole.
    ['tuning 58', [...TUNING_58a, ...TUNING_58b]],
    ['tuning 59', [...TUNING_59a, ...TUNING_59b]],
    ['held-out 60', [...HELD_OUT_60a, ...HELD_OUT_60b]],
    // Written at the end of round 30, held out whole: the round's last engine on new writers.
    ['held-out 61', [...HELD_OUT_61a, ...HELD_OUT_61b]],
    // Written in round 31 to the same brief; which to learn was decided before they arrived: 62
    // held out whole, 63 and 64 learned whole.
    ['held-out 62', [...HELD_OUT_62a, ...HELD_OUT_62b]],
    ['tuning 63', [...TUNING_63a, ...TUNING_63b]],
    ['tuning 64', [...TUNING_64a, ...TUNING_64b]],
    // Written at the end of round 31, held out whole: the round's last engine on new writers.
    ['held-out 65', [...HELD_OUT_65a, ...HELD_OUT_65b]],
    // Written after 65, learned whole, as decided before it arrived.
    ['tuning 66', [...TUNING_66a, ...TUNING_66b]],
    // Written in round 32 to the same brief; decided before they arrived: 67 held out whole, 68
    // learned whole.
    ['held-out 67', [...HELD_OUT_67]],
    ['tuning 68', [...TUNING_68]],
    // Written later in round 32, decided before they arrived: 69 held out whole, 70 learned whole.
    ['held-out 69', [...HELD_OUT_69]],
    ['tuning 70', [...TUNING_70]],
    // Written in round 33, decided before they arrived: 71 held out whole, 72 learned whole.
    ['held-out 71', [...HELD_OUT_71]],
    ['tuning 72', [...READ_72]],
    // Written later in round 33 from a copy without steps' addresses, held out whole.
    ['held-out 73', [...HELD_OUT_73]],
    // Written in round 34 from the same kind of copy, held out whole.
    ['held-out 74', [...HELD_OUT_74]],
    // Written in round 34 from the same kind of copy, read by its misses, not learned.
    ['tuning 75', [...READ_75]],
    // Written in round 35 from a copy with steps' addresses: 76 held out whole, 77 read, not learned.
    ['held-out 76', [...HELD_OUT_76]],
    ['tuning 77', [...READ_77]],
  ];
  // Short queries, other layouts and pasted messages come out the same from different writers:
  // the held-out halves of corpora 6–20 and the held-out corpora 21, 22, 25, 26, 29–32, 35–38, 41–57, 60–62, 65, 67, 69, 71, 73, 74, 76 without the
  // questions a tuning set has word for word (case and «ё» aside) are the figures for questions
  // the engine has never seen.
  const same = (q: string) => normalizeWord(q.trim());
  const tuned = new Set(
    sets
      .filter(([name]) => name.startsWith('tuning'))
      .flatMap(([, set]) => set.map(([q]) => same(q))),
  );
  for (const name of [
    6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 25, 26, 29, 30, 31, 32, 35, 36,
    37, 38, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 60, 61, 62, 65, 67,
    69, 71, 73, 74, 76,
  ].map((n) => `held-out ${n}`)) {
    const held = sets.find(([n]) => n === name)![1];
    sets.push([
      `${name} without questions a tuning set has`,
      held.filter(([q]) => !tuned.has(same(q))),
    ]);
  }
  let worst = { query: '', ms: 0, searches: 0 };
  let maxSearches = 0;
  // A tuning set is scored by a model of readers' questions that has not learned it (its corpus,
  // questions/training.ts: «base» for the team's own); a held-out set by the site's model, and
  // again by one without its own writers' tuning half: the figure for writers it never learned.
  const corpus = (name: string) => (/^\D+ \d+$/.test(name) ? name.split(' ')[1]! : 'base');
  const models = new Map<string, EngineData>();
  const model = (name: string) => {
    if (!models.has(name)) models.set(name, unlearned(engine, name));
    return models.get(name)!;
  };
  const scored = sets.map(([name, set]): [string, [string, string][], EngineData | undefined] => [
    name,
    set,
    name.startsWith('tuning') ? model(corpus(name)) : undefined,
  ]);
  for (const [name, set] of sets) {
    if (/^held-out \d+$/.test(name) && !/^held-out [23]$/.test(name)) {
      scored.push([`${name}, learned without its writers`, set, model(corpus(name))]);
    }
  }
  // Every held-out set together, as the site answers them: the figure the target reads.
  const all = { n: 0, top1: 0, top3: 0, page1: 0, page3: 0 };
  for (const [name, set, data] of scored) {
    let top1 = 0;
    let top3 = 0;
    // The same by page alone, whatever section the result opens.
    let page1 = 0;
    let page3 = 0;
    for (const [query, expected] of set) {
      const t = performance.now();
      const answer = await engine.search(query, data ? { data } : {});
      const ms = performance.now() - t;
      if (ms > worst.ms) worst = { query, ms, searches: answer.searches };
      maxSearches = Math.max(maxSearches, answer.searches);
      // Anchors compare decoded, as the sets write them («#телефоны-поддержки»).
      const got = expected.includes('#')
        ? answer.hits.map((h) => decodeURIComponent(h.url))
        : answer.hits.map((h) => h.path);
      if (got[0] === expected) top1 += 1;
      if (got.slice(0, 3).includes(expected)) top3 += 1;
      const pages = answer.hits.map((h) => h.path);
      const page = expected.split('#')[0] ?? '';
      if (pages[0] === page) page1 += 1;
      if (pages.slice(0, 3).includes(page)) page3 += 1;
    }
    if (/^held-out \d+$/.test(name)) {
      all.n += set.length;
      all.top1 += top1;
      all.top3 += top3;
      all.page1 += page1;
      all.page3 += page3;
    }
    const pct = (n: number) => Math.round((100 * n) / set.length);
    lines.push(
      `${name}: top-1 ${top1}/${set.length} (${pct(top1)} %), top-3 ${top3}/${set.length} (${pct(top3)} %); by page ${page1} (${pct(page1)} %), ${page3} (${pct(page3)} %)`,
    );
  }
  const share = (n: number) => ((100 * n) / all.n).toFixed(2);
  lines.push(
    `all held-out sets (${all.n}): top-1 ${all.top1} (${share(all.top1)} %), top-3 ${all.top3} (${share(all.top3)} %); by page ${all.page1} (${share(all.page1)} %), ${all.page3} (${share(all.page3)} %)`,
  );
  for (const query of ABUSE) {
    const t = performance.now();
    const answer = await engine.search(query);
    const ms = performance.now() - t;
    lines.push(
      `abuse «${query.slice(0, 30)}…» (${query.length} chars): ${answer.searches} searches, ${ms.toFixed(0)} ms`,
    );
    if (ms > worst.ms) worst = { query: query.slice(0, 40), ms, searches: answer.searches };
    // Dropping one word at a time, then every word but the rarest, then the named words: at most
    // MAX_TERMS + 4
    // searches (+1 per synonym).
    expect(answer.searches).toBeLessThanOrEqual(MAX_TERMS + 5);
  }
  lines.push(
    `slowest: «${worst.query}» ${worst.ms.toFixed(0)} ms, ${worst.searches} searches; most searches for one query: ${maxSearches}`,
  );
  console.log(`search bench (Node, built index)\n  ${lines.join('\n  ')}`);
  expect(maxSearches).toBeLessThanOrEqual(MAX_TERMS + 5);
  // Every set, and each held-out set again by a model without its writers: 2.5 minutes here in
  // round 16 (34 corpora), past the two minutes it had.
}, 600_000);
