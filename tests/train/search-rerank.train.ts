/**
 * `npm run train:search` (after `npm run build`): trains the reranker (src/features/search/
 * search-rerank.ts) and the section choice (search-section-choice.ts) and writes their weights to
 * src/features/search/search-rerank.json.
 *
 * Each tuning set's questions are searched with a model of readers' questions that has not
 * learned that set (as the quality test scores them) and without a reranker; what the engine knew
 * of each question's first results is one training example, the answer being the page the
 * question's writer named (since round 19; before, the result that led there with the rules'
 * section); what it knew of that page's sections is one for the section choice, when the writer
 * named a section. Held-out sets are never read. Before writing, each set is scored by models
 * trained on the other sets (leave one set out): that is the figure to report for tuning, since
 * the shipped weights have seen every set.
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
import {
  trainRerank,
  trainSectionChoice,
  type SectionExample,
  type TrainingExample,
} from '../../src/features/search/search-rerank-train';
import {
  chooseSection,
  SECTION_FEATURES,
  TOP,
  type SectionModel,
} from '../../src/features/search/search-section-choice';
import type { Answer } from '../../src/features/search/search-engine';
import { RERANK_FILE } from '../../src/build/search-vocabulary';

interface Asked {
  set: string;
  example: TrainingExample;
  /** The answering page's sections, when the writer named one and the page was found. */
  section?: SectionExample;
  answer: Answer;
  expected: string;
}

/**
 * Where a list of pages leads, as the quality test reads it: paths, or links for a section (the
 * one a section model chooses, as the engine does, or the rules').
 */
function leads(
  answer: Answer,
  pages: readonly string[],
  expected: string,
  sections?: SectionModel,
): string[] {
  const link = (h: Answer['hits'][number]) => {
    const choice = h.choice ?? [];
    if (!sections || choice.length < 2) return decodeURIComponent(h.url);
    const { id, rules } = choice[chooseSection(sections, choice)]!;
    if (rules) return decodeURIComponent(h.url);
    return id === TOP ? h.path : `${h.path}#${id}`;
  };
  const byPath = new Map(answer.hits.map((h) => [h.path, link(h)]));
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
    const data = { ...unlearned(engine, set), rerank: undefined, sections: undefined };
    for (const [query, place] of questions) {
      const answer = await engine.search(query, { data, explain: true });
      const expected = decodeURIComponent(place);
      const candidates = answer.candidates ?? [];
      // The reranker orders pages; the section is the section choice's: its answer is the page.
      const [path, id] = expected.split('#');
      const choice = answer.hits.find((h) => h.path === path)?.choice;
      const section =
        id !== undefined && choice
          ? { candidates: choice, answer: choice.findIndex((c) => c.id === id) }
          : undefined;
      all.push({
        set,
        example: { candidates, answer: candidates.findIndex((c) => `/${c.page}` === path) },
        ...(section ? { section } : {}),
        answer,
        expected,
      });
    }
  }
  return all;
}

function score(
  asked: readonly Asked[],
  order?: (a: Asked) => number[],
  sections?: SectionModel,
): [number, number] {
  let first = 0;
  let three = 0;
  for (const a of asked) {
    const got = leads(a.answer, ordered(a, order?.(a)), a.expected, sections);
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
            section: a.section,
          })),
        ),
      );
    }
    const sets = Object.keys(TRAINING);
    const before = score(asked);
    let after: [number, number] = [0, 0];
    let both: [number, number] = [0, 0];
    const sectionExamples = (of: readonly Asked[]) =>
      of.flatMap((a) => (a.section ? [a.section] : []));
    for (const set of sets) {
      const others = asked.filter((a) => a.set !== set);
      const model = trainRerank(others.map((a) => a.example));
      const sections = trainSectionChoice(sectionExamples(others));
      const own = asked.filter((a) => a.set === set);
      const order = (a: Asked) => rerankOrder(model, a.example.candidates);
      const [f, t] = score(own, order);
      after = [after[0] + f, after[1] + t];
      const [f2, t2] = score(own, order, sections);
      both = [both[0] + f2, both[1] + t2];
    }
    console.log(
      `tuning, ${asked.length} questions, each set scored by models without it: ` +
        `top-1 ${before[0]} → ${after[0]} (reranker) → ${both[0]} (and section choice), ` +
        `top-3 ${before[1]} → ${after[1]} → ${both[1]} (first ${RERANK_DEPTH} results reordered)`,
    );
    const model = trainRerank(asked.map((a) => a.example));
    const sections = trainSectionChoice(sectionExamples(asked));
    const rounded = (m: ReadonlyMap<string, number>) =>
      Object.fromEntries([...m].map(([k, w]) => [k, Number(w.toFixed(4))]));
    const file: RerankFile = {
      sets,
      features: [...FEATURES],
      sectionFeatures: [...SECTION_FEATURES],
      weights: model.weights.map((w) => Number(w.toFixed(4))),
      pages: rounded(model.pages),
      sections: {
        weights: sections.weights.map((w) => Number(w.toFixed(4))),
        ids: rounded(sections.ids),
      },
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
