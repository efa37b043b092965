/**
 * The dialog only renders what the engine answers: the quality sets are measured on the engine
 * in Node (tests/build/search-quality.test.ts), and readers — and any check that types its own
 * questions into the dialog — see the dialog. For a sample of questions of every kind (pasted
 * error messages, UI names, the other layout, typos, long questions, the four corpora's tuning
 * halves), the dialog's results in Chromium are the Node engine's over the same build: the same
 * pages, in the same order, each opening the same section. A difference between the two (the
 * dialog's own query handling, a cut, a base path, the order it draws) fails here.
 */
import path from 'node:path';
import { expect, test } from '../helpers/fixtures';
import { DIST } from '../helpers/paths';
import { enterQuery, openSearch, resultLinks } from '../helpers/search';
import { nodeSearch, type NodeSearch } from '../helpers/search-engine';
import { QUERIES } from '../../src/features/search/questions/search-queries';
import { TUNING_4a } from '../../src/features/search/questions/search-corpus-4a';
import { TUNING_4b } from '../../src/features/search/questions/search-corpus-4b';
import { TUNING_5a } from '../../src/features/search/questions/search-corpus-5a';
import { TUNING_5b } from '../../src/features/search/questions/search-corpus-5b';

/** Every `step`-th question of a list, from its first: a fixed sample of each kind. */
const every = <T>(list: readonly T[], step: number): T[] => list.filter((_, i) => i % step === 0);

/**
 * Questions as copied or typed in a hurry (tests/build/search-variants.test.ts compares them with
 * the question as written in Node): the dialog must hand the engine what the reader pasted.
 */
const COPIED = [
  'пар\u200bоль для интеграции',
  'логин\u00a0и\u00a0пароль\u00a0ЕИС',
  'что 🔑 такое токен 😡',
  'njrty...',
  '"gththtutcnhfwbz"',
  'всё сломалось',
  'Что изменилось',
  'токен до 31.12.2026',
];

/** 38 questions: 17 of the tuning classes, 13 of the corpora's tuning halves, 8 copied. */
const QUESTIONS = [
  ...COPIED,
  ...every(
    QUERIES.map(([q]) => q),
    12,
  ),
  ...[TUNING_4a, TUNING_4b, TUNING_5a, TUNING_5b].flatMap((set) =>
    every(
      set.map(([q]) => q),
      20,
    ),
  ),
];

let engine: NodeSearch;
test.beforeAll(async () => {
  // The build the root project serves (playwright.config.ts: EIS_DIST, else dist/).
  engine = await nodeSearch(path.resolve(process.env['EIS_DIST'] ?? DIST));
});
test.afterAll(() => engine?.close());

test(`the dialog shows the engine's answer, question by question (${QUESTIONS.length} questions)`, async ({
  page,
  site,
}) => {
  test.slow();
  await page.goto(site.url('/'));
  await openSearch(page);
  const differ: string[] = [];
  for (const question of QUESTIONS) {
    const answer = await engine.search(question);
    const expected = answer.hits.map((h) => {
      const url = new URL(h.url, site.origin);
      return decodeURIComponent(url.pathname) + decodeURIComponent(url.hash);
    });
    await enterQuery(page, question);
    const shown = (await resultLinks(page)).map((link) => decodeURIComponent(link));
    if (JSON.stringify(shown.slice(0, 3)) !== JSON.stringify(expected.slice(0, 3))) {
      differ.push(
        `«${question}»: dialog ${shown.slice(0, 3).join(', ')}; engine ${expected.slice(0, 3).join(', ')}`,
      );
    }
  }
  expect(differ).toEqual([]);
});
