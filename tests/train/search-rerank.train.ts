/**
 * `npm run train:search` (after `npm run build`): trains the reranker (src/features/search/
 * search-rerank.ts) and writes its weights to src/features/search/search-rerank.json.
 *
 * Each tuning set's questions are searched with a model of readers' questions that has not
 * learned that set (as the quality test scores them) and without a reranker; what the engine knew
 * of each question's first results is one training example, the answer being the result that
 * leads where the question's writer said. Held-out sets are never read. Before writing, each set
 * is scored by a reranker trained on the other sets (leave one set out): that is the figure to
 * report for tuning, since the shipped weights have seen every set.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { expect, it } from 'vitest';
import { nodeSearch, unlearned, type NodeSearch } from '../helpers/search-engine';
import { TRAINING } from '../../src/features/search/questions/training';
import {
  FEATURES,
  rerankOrder,
  RERANK_DEPTH,
  type RerankFile,
} from '../../src/features/search/search-rerank';
import { trainRerank, type TrainingExample } from '../../src/features/search/search-rerank-train';
import type { Answer } from '../../src/features/search/search-engine';
import { RERANK_FILE } from '../../src/build/search-vocabulary';

interface Asked {
  set: string;
  example: TrainingExample;
  answer: Answer;
  expected: string;
}

/** Where a list of pages leads, as the quality test reads it: paths, or links for a section. */
function leads(answer: Answer, pages: readonly string[], expected: string): string[] {
  const byPath = new Map(answer.hits.map((h) => [h.path, decodeURIComponent(h.url)]));
  return pages.map((p) => (expected.includes('#') ? (byPath.get(p) ?? p) : p));
}

/** The answer's pages in the order a reranker gives the first of them (a message entry leads). */
function ordered(asked: Asked, order?: number[]): string[] {
  const { answer, example } = asked;
  const first = example.candidates.map((c) => `/${c.page}`);
  const moved = order ? order.map((i) => first[i]!) : first;
  const rest = answer.hits.map((h) => h.path).filter((p) => !first.includes(p));
  const message = answer.message === undefined ? [] : [`/${answer.message}`];
  return [...new Set([...message, ...moved, ...rest])];
}

async function examples(engine: NodeSearch): Promise<Asked[]> {
  const all: Asked[] = [];
  for (const [set, questions] of Object.entries(TRAINING)) {
    const data = { ...unlearned(engine, set), rerank: undefined };
    for (const [query, place] of questions) {
      const answer = await engine.search(query, { data, explain: true });
      const expected = decodeURIComponent(place);
      const candidates = answer.candidates ?? [];
      const links = leads(
        answer,
        candidates.map((c) => `/${c.page}`),
        expected,
      );
      all.push({ set, example: { candidates, answer: links.indexOf(expected) }, answer, expected });
    }
  }
  return all;
}

function score(asked: readonly Asked[], order?: (a: Asked) => number[]): [number, number] {
  let first = 0;
  let three = 0;
  for (const a of asked) {
    const got = leads(a.answer, ordered(a, order?.(a)), a.expected);
    if (got[0] === a.expected) first += 1;
    if (got.slice(0, 3).includes(a.expected)) three += 1;
  }
  return [first, three];
}

it('trains the reranker on the tuning sets and writes its weights', async () => {
  const engine = await nodeSearch();
  try {
    const asked = await examples(engine);
    if (process.env.DUMP) {
      await writeFile(
        process.env.DUMP,
        JSON.stringify(
          asked.map((a) => ({
            set: a.set,
            example: a.example,
            expected: a.expected,
            message: a.answer.message,
            hits: a.answer.hits.map((h) => [h.path, decodeURIComponent(h.url)]),
          })),
        ),
      );
    }
    const sets = Object.keys(TRAINING);
    const before = score(asked);
    let after: [number, number] = [0, 0];
    for (const set of sets) {
      const model = trainRerank(asked.filter((a) => a.set !== set).map((a) => a.example));
      const own = asked.filter((a) => a.set === set);
      const [f, t] = score(own, (a) => rerankOrder(model, a.example.candidates));
      after = [after[0] + f, after[1] + t];
    }
    console.log(
      `tuning, ${asked.length} questions, each set scored by a reranker without it: ` +
        `top-1 ${before[0]} → ${after[0]}, top-3 ${before[1]} → ${after[1]} ` +
        `(first ${RERANK_DEPTH} results reordered)`,
    );
    const model = trainRerank(asked.map((a) => a.example));
    const file: RerankFile = {
      sets,
      features: [...FEATURES],
      weights: model.weights.map((w) => Number(w.toFixed(4))),
      pages: Object.fromEntries([...model.pages].map(([p, w]) => [p, Number(w.toFixed(4))])),
    };
    // Where the build reads them (relative to the project).
    const out = fileURLToPath(new URL(RERANK_FILE, new URL('../../', import.meta.url)));
    // As Prettier keeps it (npm test checks the format of every file).
    const options = { ...(await resolveConfig(out)), filepath: out };
    await writeFile(out, await format(JSON.stringify(file), options));
    expect(after[0]).toBeGreaterThan(0);
  } finally {
    await engine.close();
  }
}, 1_800_000);
