/**
 * Variants of readers' questions, compared with the question as written, not with a label
 * (metamorphic): where the first result leads must not change.
 * - Copied from somewhere else, a question is the same question: what a document, a chat or a
 *   phone adds that the reader does not see or does not mean (invisible characters, unusual
 *   spaces and hyphens, line breaks, pictures, an ellipsis, capitals, a word broken at a line's
 *   end) never changes it.
 * - Typed in the wrong layout (ЙЦУКЕН keys read as QWERTY), with or without a slip, or in quotes,
 *   it mostly leads to the same page: measured floors, as for the quality sets.
 * Tuning questions print what changed; held-out ones only their totals.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import * as corpora from '../../src/features/search/questions/corpora';
import { TRAINING } from '../../src/features/search/questions/training';
import { cyrillicToLatin } from '../../src/features/search/search-layout';
import { nodeSearch, type NodeSearch } from '../helpers/search-engine';
import { listContentPages, readPage } from '../helpers/pages';
import { DIST } from '../helpers/paths';

/** The first long enough Cyrillic word, split after its third letter by `mark`. */
const inWord = (mark: string) => (q: string) =>
  q.replace(/([а-яё]{3})([а-яё]{3,})/i, `$1${mark}$2`);

const VARIANTS: Readonly<Record<string, (q: string) => string>> = {
  'a zero-width space inside a word': inWord('\u200b'),
  'a zero-width joiner inside a word': inWord('\u200d'),
  'soft hyphens inside a word': (q) =>
    q.replace(/([а-яё]{2})([а-яё]{2})([а-яё]{2,})/i, '$1\u00ad$2\u00ad$3'),
  'a byte-order mark before it': (q) => `\ufeff${q}`,
  'non-breaking spaces': (q) => q.replace(/ /g, '\u00a0'),
  'thin and ideographic spaces': (q) =>
    q.replace(/ /g, (_, i: number) => (i % 2 ? '\u2009' : '\u3000')),
  'line breaks, tabs and double spaces': (q) =>
    q.replace(/ /g, (_, i: number) => ['\n', '\t', '  '][i % 3]!),
  'non-breaking hyphens': (q) => q.replace(/-/g, '\u2011'),
  'minus signs for hyphens': (q) => q.replace(/-/g, '\u2212'),
  'pictures between and after the words': (q) => `${q.replace(' ', ' 🔑 ')} 😡🙏`,
  'an ellipsis': (q) => `${q}…`,
  'three dots': (q) => `${q}...`,
  capitals: (q) => q.toUpperCase(),
  'a word broken at a line’s end': (q) => q.replace(/([а-яё]{4})([а-яё]{4,})/i, '$1-\n$2'),
};

/** A slip: the fifth letter of the first word of seven letters or more left out. */
const slip = (q: string) => q.replace(/([а-яё]{4})[а-яё]([а-яё]{2,})/i, '$1$2');

const TYPED: Readonly<Record<string, (q: string) => string>> = {
  'with a slip': slip,
  'in the wrong layout': (q) => cyrillicToLatin(q),
  'in the wrong layout, with a slip': (q) => cyrillicToLatin(slip(q)),
  'in the wrong layout, in quotes': (q) => `"${cyrillicToLatin(q)}"`,
};

/**
 * Typed variants unchanged, measured in round 26 (07.12.2026). The wrong layout (whole, with a
 * slip, in quotes): 641/663 tuning and 499/527 held-out before a wrong-layout word with a slip was
 * read (search-query.ts readChunk); 644 and 508 after; 643 once a page's title leads to the page
 * at its start («Ошибки и решения» as written opens the page's top; «jib,rb b htitbz», the title
 * with a slip in the wrong layout, is no title and opens «Найдите свою ошибку», as before). With
 * a plain slip added: 832/866 and 655/684; 658 once synonyms are read in the corrected query too;
 * 700/732 held-out once corpora 50 and 51 joined the sample; 833/866 tuning once a question's
 * kind is read in the corrected query too; 747/781 held-out once corpora 52 and 53 joined the
 * sample (round 27); 786/824 once corpora 54 and 55 joined it (round 28), 788 at round 28's end;
 * 835/876 once corpora 56 and 57 joined it (round 29: 47 of their 52 variants unchanged).
 * Long questions typed whole in the wrong layout lose a section or two.
 */
const FLOOR_TUNING = 833;
const FLOOR_HELD_OUT = 700;

const tuning = Object.values(TRAINING)
  .flat()
  .filter((_, i) => i % 16 === 0)
  .map(([q]) => q);
const heldOut = Object.entries(corpora)
  .filter(([name]) => name.startsWith('HELD_OUT_'))
  .flatMap(([, set]) => set as readonly (readonly [string, string])[])
  .filter((_, i) => i % 32 === 0)
  .map(([q]) => q);

async function compare(
  engine: NodeSearch,
  questions: readonly string[],
  variants: Readonly<Record<string, (q: string) => string>> = VARIANTS,
) {
  const first = async (q: string) =>
    decodeURIComponent((await engine.search(q)).hits[0]?.url ?? 'nothing');
  const written = new Map<string, string>();
  for (const q of questions) written.set(q, await first(q));
  const changed: string[] = [];
  let compared = 0;
  for (const [name, variant] of Object.entries(variants))
    for (const q of questions) {
      const v = variant(q);
      if (v === q) continue;
      compared += 1;
      const got = await first(v);
      if (got !== written.get(q))
        changed.push(`${name}: ${JSON.stringify(v)} → ${got} (as written: ${written.get(q)})`);
    }
  return { compared, changed };
}

let engine: NodeSearch | undefined;
beforeAll(async () => {
  engine = await nodeSearch();
}, 60_000);
afterAll(async () => {
  await engine?.close();
});
const started = () => {
  if (!engine) throw new Error('the search engine has not started');
  return engine;
};

it('a copied tuning question leads where the question as written does', async () => {
  expect(tuning.length).toBeGreaterThan(200);
  const { compared, changed } = await compare(started(), tuning);
  console.log(`copied text, tuning: ${compared - changed.length}/${compared} variants unchanged`);
  expect(changed).toEqual([]);
}, 120_000);

it('so does a copied held-out question (totals only)', async () => {
  expect(heldOut.length).toBeGreaterThan(150);
  const { compared, changed } = await compare(started(), heldOut);
  const totals = `${compared - changed.length}/${compared} variants unchanged`;
  console.log(`copied text, held-out: ${totals}`);
  expect(changed.length, totals).toBe(0);
}, 120_000);

it('a tuning question typed in the wrong layout mostly leads where it does as written', async () => {
  const { compared, changed } = await compare(started(), tuning, TYPED);
  const totals = `${compared - changed.length}/${compared} variants unchanged`;
  console.log(`typed, tuning: ${totals}\n  ${changed.join('\n  ')}`);
  expect(compared - changed.length, changed.join('\n')).toBeGreaterThanOrEqual(FLOOR_TUNING);
}, 120_000);

it('so does a held-out question (totals only)', async () => {
  const { compared, changed } = await compare(started(), heldOut, TYPED);
  const totals = `${compared - changed.length}/${compared} variants unchanged`;
  console.log(`typed, held-out: ${totals}`);
  expect(compared - changed.length, totals).toBeGreaterThanOrEqual(FLOOR_HELD_OUT);
}, 120_000);

it('a page’s title, typed as the query, leads to that page', async () => {
  const titles = listContentPages(DIST).map((page) => ({
    page,
    title: readPage(DIST, page).querySelector('h1')?.text.trim() ?? '',
  }));
  expect(titles.length).toBeGreaterThan(15);
  const led: string[] = [];
  for (const { page, title } of titles) {
    expect(title, page).not.toBe('');
    const answer = await started().search(title);
    led.push(`${title} → ${answer.hits[0]?.path ?? 'nothing'}`);
  }
  expect(led).toEqual(titles.map(({ page, title }) => `${title} → ${page}`));
}, 60_000);
