/**
 * Training of the reranker (search-rerank.ts): softmax regression over each question's first
 * results, the answer being the one that leads where the question's writer said. Full-batch
 * gradient descent from a fixed start, so the same examples always give the same weights. Used by
 * `npm run train:search` (tests/train/search-rerank.train.ts) and its unit test; never shipped.
 */
import { features, FEATURES, RERANK, type Candidate, type RerankModel } from './search-rerank';

export interface TrainingExample {
  candidates: Candidate[];
  /** The index of the candidate that answers. */
  answer: number;
}

/** Chosen on the tuning sets, each scored by a model trained without it (README, round 18). */
export const TRAIN_OPTIONS = { l2: 0.001, iterations: 1000, rate: 0.5, firstPlace: 3 } as const;

export function trainRerank(
  examples: readonly TrainingExample[],
  options: {
    l2?: number;
    iterations?: number;
    rate?: number;
  } = {},
): RerankModel {
  const { l2, iterations, rate } = { ...TRAIN_OPTIONS, ...options };
  // Only the questions the model may reorder (rerankOrder): of RERANK.terms words or more.
  const usable = examples.filter(
    (e) => e.candidates.length > 1 && e.answer >= 0 && e.candidates[0]!.terms >= RERANK.terms,
  );
  const pageIds = [...new Set(usable.flatMap((e) => e.candidates.map((c) => c.page)))].sort();
  const pageIndex = new Map(pageIds.map((p, i) => [p, i]));
  const n = FEATURES.length;
  // Each candidate as its generic features, then its page's weight's index.
  const rows = usable.map((e) => ({
    x: features(e.candidates),
    p: e.candidates.map((c) => n + pageIndex.get(c.page)!),
    answer: e.answer,
  }));
  const w = new Array<number>(n + pageIds.length).fill(0);
  w[0] = TRAIN_OPTIONS.firstPlace;
  for (let step = 0; step < iterations; step += 1) {
    const grad = w.map((v) => l2 * v);
    for (const { x, p, answer } of rows) {
      const s = x.map((f, i) => f.reduce((sum, v, j) => sum + v * w[j]!, 0) + w[p[i]!]!);
      const top = Math.max(...s);
      const e = s.map((v) => Math.exp(v - top));
      const total = e.reduce((a, b) => a + b, 0);
      x.forEach((f, i) => {
        const d = (e[i]! / total - (i === answer ? 1 : 0)) / rows.length;
        f.forEach((v, j) => (grad[j]! += d * v));
        grad[p[i]!]! += d;
      });
    }
    for (let j = 0; j < w.length; j += 1) w[j]! -= rate * grad[j]!;
  }
  return {
    weights: w.slice(0, n),
    pages: new Map(pageIds.map((p, i) => [p, w[n + i]!])),
  };
}
