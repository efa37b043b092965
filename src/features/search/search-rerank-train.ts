/**
 * Training of the learned parts of search: the reranker (search-rerank.ts), softmax regression
 * over each question's first results, the answer being the one that leads where the question's
 * writer said; and the section choice (search-section-choice.ts), softmax regression over the
 * answering page's sections. Full-batch gradient descent from a fixed start, so the same examples
 * always give the same weights. Used by `npm run train:search` (tests/train/search-rerank.train.ts)
 * and the unit tests; never shipped.
 */
import { features, FEATURES, RERANK, type Candidate, type RerankModel } from './search-rerank';
import {
  sectionChoiceApplies,
  sectionFeatures,
  SECTION_CHOICE,
  SECTION_FEATURES,
  type SectionCandidate,
  type SectionModel,
} from './search-section-choice';

export interface TrainingExample {
  candidates: Candidate[];
  /** The index of the candidate that answers. */
  answer: number;
}

export interface SectionExample {
  candidates: SectionCandidate[];
  /** The index of the section that answers. */
  answer: number;
}

/** Chosen on the tuning sets, each scored by a model trained without it (README, round 18). */
export const TRAIN_OPTIONS = { l2: 0.001, iterations: 1000, rate: 0.5, firstPlace: 3 } as const;
/**
 * The section choice's, chosen likewise (README, round 19): less regularised (l2 0.01: 24 fewer
 * right sections than 0.0001; 0 within one) and trained longer (2000 iterations: 5 more).
 */
export const SECTION_TRAIN_OPTIONS = { l2: 0.0001, iterations: 2000, rate: 0.5 } as const;

interface Options {
  l2?: number;
  iterations?: number;
  rate?: number;
}

/** One example as the softmax reads it: each choice's features, its key, a fixed offset. */
interface Row {
  x: number[][];
  keys: string[];
  offset: number[];
  answer: number;
}

/**
 * Softmax regression: a weight per generic feature (from `start`) and one per key (from 0), each
 * choice's score being their sum plus its offset.
 */
function trainSoftmax(
  rows: readonly Row[],
  start: readonly number[],
  defaults: Required<Options>,
  options: Options,
) {
  const { l2, iterations, rate } = { ...defaults, ...options };
  const keys = [...new Set(rows.flatMap((r) => r.keys))].sort();
  const keyIndex = new Map(keys.map((k, i) => [k, i]));
  const n = start.length;
  const data = rows.map((r) => ({ ...r, k: r.keys.map((key) => n + keyIndex.get(key)!) }));
  const w = [...start, ...new Array<number>(keys.length).fill(0)];
  for (let step = 0; step < iterations; step += 1) {
    const grad = w.map((v) => l2 * v);
    for (const { x, k, offset, answer } of data) {
      const s = x.map(
        (f, i) => f.reduce((sum, v, j) => sum + v * w[j]!, 0) + w[k[i]!]! + offset[i]!,
      );
      const top = Math.max(...s);
      const e = s.map((v) => Math.exp(v - top));
      const total = e.reduce((a, b) => a + b, 0);
      x.forEach((f, i) => {
        const d = (e[i]! / total - (i === answer ? 1 : 0)) / data.length;
        f.forEach((v, j) => (grad[j]! += d * v));
        grad[k[i]!]! += d;
      });
    }
    for (let j = 0; j < w.length; j += 1) w[j]! -= rate * grad[j]!;
  }
  return { weights: w.slice(0, n), keys: new Map(keys.map((k, i) => [k, w[n + i]!])) };
}

export function trainRerank(
  examples: readonly TrainingExample[],
  options: Options = {},
): RerankModel {
  // Only the questions the model may reorder (rerankOrder): of RERANK.terms words or more.
  const usable = examples.filter(
    (e) => e.candidates.length > 1 && e.answer >= 0 && e.candidates[0]!.terms >= RERANK.terms,
  );
  const start = FEATURES.map((_, i) => (i === 0 ? TRAIN_OPTIONS.firstPlace : 0));
  const rows = usable.map((e) => ({
    x: features(e.candidates),
    keys: e.candidates.map((c) => c.page),
    offset: e.candidates.map(() => 0),
    answer: e.answer,
  }));
  const { weights, keys } = trainSoftmax(rows, start, TRAIN_OPTIONS, options);
  return { weights, pages: keys };
}

export function trainSectionChoice(
  examples: readonly SectionExample[],
  options: Options = {},
): SectionModel {
  // Only where the model chooses (sectionChoiceApplies).
  const usable = examples.filter((e) => sectionChoiceApplies(e.candidates) && e.answer >= 0);
  const rows = usable.map((e) => ({
    x: sectionFeatures(e.candidates),
    keys: e.candidates.map((c) => c.id),
    offset: e.candidates.map((c) => (c.rules ? SECTION_CHOICE.lead : 0)),
    answer: e.answer,
  }));
  const { weights, keys } = trainSoftmax(
    rows,
    SECTION_FEATURES.map(() => 0),
    SECTION_TRAIN_OPTIONS,
    options,
  );
  return { weights, ids: keys };
}
