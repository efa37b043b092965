/**
 * How far careful readers agree on the one right place (questions/second-labelling.ts): two more
 * labellers' answers to 314 held-out questions, scored against each writer's label as the quality
 * sets score the engine (an anchored label wants that anchor, a page label that page), and the
 * engine's first result on the same questions. The labels are data, so their agreement is exact;
 * the engine's figure is printed, with its measured floor.
 */
import { expect, it } from 'vitest';
import * as corpora from '../../src/features/search/questions/corpora';
import { SECOND_LABELLING } from '../../src/features/search/questions/second-labelling';
import { answerPages, nodeSearch } from '../helpers/search-engine';

const pageOf = (place: string) => place.split('#')[0]!;
/** Whether an answer (a link) is right by a label, as the quality sets read it. */
const right = (label: string, link: string) =>
  label.includes('#') ? link === label : pageOf(link) === label;

const held = Object.entries(corpora)
  .filter(([name]) => name.startsWith('HELD_OUT_'))
  .flatMap(([, set]) => set as readonly (readonly [string, string])[]);

it('the second labelling is of held-out questions, with their writers’ labels', () => {
  expect(SECOND_LABELLING).toHaveLength(314);
  const labelled = new Set(held.map(([q, label]) => `${q}\u0000${label}`));
  const missing = SECOND_LABELLING.filter(([q, writer]) => !labelled.has(`${q}\u0000${writer}`));
  expect(missing).toEqual([]);
});

it('two independent labellers agree with the writers less often than the target asks', () => {
  const n = SECOND_LABELLING.length;
  const count = (f: (row: (typeof SECOND_LABELLING)[number]) => boolean) =>
    SECOND_LABELLING.filter(f).length;
  const agreement = {
    a: count(([, writer, a]) => right(writer, a)),
    b: count(([, writer, , b]) => right(writer, b)),
    aPage: count(([, writer, a]) => pageOf(writer) === pageOf(a)),
    bPage: count(([, writer, , b]) => pageOf(writer) === pageOf(b)),
    ab: count(([, , a, b]) => a === b),
  };
  console.log(
    `second labelling (${n} held-out questions): labeller A right by the writer's label ${agreement.a}, B ${agreement.b}; the same page ${agreement.aPage} and ${agreement.bPage}; A and B the same place ${agreement.ab}`,
  );
  // Measured when the labels arrived (round 25): 78 % and 83 %, against the target's 92 %.
  expect(agreement).toEqual({ a: 245, b: 262, aPage: 297, bPage: 295, ab: 285 });
});

it('the engine on the same questions: not under its measured floor', async () => {
  const engine = await nodeSearch();
  try {
    let first = 0;
    let page = 0;
    for (const [question, writer] of SECOND_LABELLING) {
      const answer = await engine.search(question);
      const link = decodeURIComponent(answer.hits[0]?.url ?? '');
      if (right(writer, link)) first += 1;
      if (answerPages(answer)[0] === pageOf(writer)) page += 1;
    }
    console.log(
      `second labelling: the engine's first result right by the writer's label ${first}/314, on the writer's page ${page}/314`,
    );
    // Measured on arrival with round 24's last engine: 273 and 283.
    expect(first).toBeGreaterThanOrEqual(273);
    expect(page).toBeGreaterThanOrEqual(283);
  } finally {
    await engine.close();
  }
}, 60_000);
