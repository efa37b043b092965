/**
 * The last word on the order of the first results: a small learned model (softmax regression over
 * the first RERANK_DEPTH pages) that weighs what the engine already knows about each page — its
 * place after the rules and after readers' questions, the questions' vote, the closest question's
 * guess, whether the reader's words pin it, how well its best section and its title hold the
 * query's words, the questions read page by page — and one weight per page. The rules and the vote each decide alone at their
 * step; this reads all of them together, with weights learned from the tuning sets
 * (`npm run train:search`, tests/train/search-rerank.train.ts) instead of chosen by hand.
 * Pure: no DOM. Weights ship in search-vocabulary.json; anything malformed leaves the order as it
 * is.
 */
import type { SectionData } from './search-section-choice';

/** How many of the first results the model may reorder. */
export const RERANK_DEPTH = 5;

/**
 * Chosen on the tuning sets, each scored by a model trained without it, so that the team's own
 * classes of short questions keep their floor (README, rounds 18 and 20): the model reorders only
 * a question of at least `terms` words (one or two words say too little to outweigh the rules:
 * «техподдерж», «новый пароль»; since round 20, with the questions read page by page, three do
 * too: «регистрационный данные пользователя» is the login guide's task, though readers who paste
 * the message «Несоответствие регистрационных данных пользователя» want the dictionary), and the
 * engine's first result keeps a lead of `lead` (the model moves another page first only when it
 * is clearly better: «обращение закрыто автоматически» is the statuses guide's, though readers'
 * failures often lead to the dictionary). The lead was 1.5 until round 20; with the questions read
 * page by page 1 gains first places (3339 → 3346 of 3718) and keeps every class over its floor.
 */
export const RERANK = { terms: 4, lead: 1 } as const;

/** What the engine knows about one of the first results. */
export interface Candidate {
  /** The page, relative to the site's base («support/create-request/»). */
  page: string;
  /** Its place after readers' questions (0: first). */
  place: number;
  /** Its place after the rules, before readers' questions; -1 when only the questions found it. */
  rulePlace: number;
  /** Its share of the questions' vote (0–1). */
  voteShare: number;
  /** The closest question's similarity, and how much the vote weighs (search-asked.ts). */
  voteSimilarity: number;
  voteWeight: number;
  /** The closest questions agree on this page (nearestAsked), with that similarity. */
  guessed: boolean;
  guessSimilarity: number;
  /** A synonym or a term's entry pins it. */
  pinned: boolean;
  /** Its best section's BM25 score, and the most query words one section holds. */
  sectionScore: number;
  together: number;
  /** Query words in its title. */
  inTitle: number;
  /** Its heading rank (search-engine.ts byHeadings: a phrasing, its title's or a heading's words). */
  coverage: number;
  /** The query's words. */
  terms: number;
  /** Its probability under readers' questions read page by page (search-asked.ts askedPages). */
  pageModel: number;
}

/** The generic features, in the order of RerankModel.weights. */
export const FEATURES = [
  'first place',
  'place is first',
  'place after the rules',
  'vote share',
  'vote share × similarity',
  'vote share × similarity × weight',
  'guessed',
  'guessed × similarity',
  'pinned',
  'section score (of the best of the first)',
  'words together (of the most of the first)',
  'title words (of the query)',
  'heading rank',
  "questions' page model (log, of the best of the first)",
] as const;

export interface RerankModel {
  /** One weight per FEATURES entry. */
  weights: readonly number[];
  /** A weight per page (relative to the base); a page without one: 0. */
  pages: ReadonlyMap<string, number>;
}

/** The shipped form (in search-vocabulary.json). */
export interface RerankData {
  weights: number[];
  pages: Record<string, number>;
  /** The section choice's (search-section-choice.ts). */
  sections: SectionData;
}

/**
 * The committed form (search-rerank.json, written by `npm run train:search`): also the tuning sets
 * and the features it was trained on, for the test that it is current.
 */
export interface RerankFile extends RerankData {
  sets: string[];
  features: string[];
  sectionFeatures: string[];
}

/**
 * A probability from readers' questions read as a naive Bayes model (search-asked.ts) as the
 * learned models read it: the log of its ratio to the best of the candidates', floored at -20 and
 * divided by 10 (so in [-2, 0]). Naive Bayes is overconfident: as a plain ratio every candidate but
 * the best is near 0, and the models could not tell a close second from a page it rules out
 * (README, round 21).
 */
export function logShare(p: number, best: number): number {
  return Math.max(-20, Math.log(Math.max(1e-12, p / Math.max(1e-12, best)))) / 10;
}

/** The generic features of each candidate, scores scaled by the best of the candidates. */
export function features(candidates: readonly Candidate[]): number[][] {
  const most = (f: (c: Candidate) => number) => Math.max(1e-9, ...candidates.map(f));
  const score = most((c) => c.sectionScore);
  const together = most((c) => c.together);
  const pageModel = most((c) => c.pageModel);
  return candidates.map((c) => [
    1 / (c.place + 1),
    c.place === 0 ? 1 : 0,
    c.rulePlace >= 0 ? 1 / (c.rulePlace + 1) : 0,
    c.voteShare,
    c.voteShare * c.voteSimilarity,
    c.voteShare * c.voteSimilarity * c.voteWeight,
    c.guessed ? 1 : 0,
    c.guessed ? c.guessSimilarity : 0,
    c.pinned ? 1 : 0,
    c.sectionScore / score,
    c.together / together,
    c.inTitle / Math.max(1, c.terms),
    c.coverage,
    logShare(c.pageModel, pageModel),
  ]);
}

/** Each candidate's score under the model (the engine's first with its RERANK.lead). */
export function scores(model: RerankModel, candidates: readonly Candidate[]): number[] {
  return features(candidates).map(
    (f, i) =>
      f.reduce((sum, x, j) => sum + x * (model.weights[j] ?? 0), 0) +
      (model.pages.get(candidates[i]!.page) ?? 0) +
      (candidates[i]!.place === 0 ? RERANK.lead : 0),
  );
}

/**
 * The candidates' order under the model: indexes, best first (equal scores keep their order).
 * Only the first RERANK_DEPTH are passed in; the rest keep their places. A question of fewer than
 * RERANK.terms words keeps the engine's order.
 */
export function rerankOrder(model: RerankModel, candidates: readonly Candidate[]): number[] {
  if ((candidates[0]?.terms ?? 0) < RERANK.terms) return candidates.map((_, i) => i);
  const s = scores(model, candidates);
  return s.map((_, i) => i).sort((a, b) => s[b]! - s[a]! || a - b);
}

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * A learned model's stored form read back: `count` finite weights and a record of finite weights
 * under `key`; anything malformed: undefined.
 */
export function loadWeights(
  data: unknown,
  count: number,
  key: string,
): { weights: number[]; by: Map<string, number> } | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const { weights, [key]: by } = data as Record<string, unknown>;
  if (!Array.isArray(weights) || weights.length !== count || !weights.every(finite)) {
    return undefined;
  }
  if (!by || typeof by !== 'object' || Array.isArray(by)) return undefined;
  const entries = Object.entries(by as Record<string, unknown>);
  if (!entries.every(([, w]) => finite(w))) return undefined;
  return { weights, by: new Map(entries as [string, number][]) };
}

/** The model from its stored form; anything malformed: undefined (the order stays the engine's). */
export function loadRerank(data: unknown): RerankModel | undefined {
  const read = loadWeights(data, FEATURES.length, 'pages');
  return read && { weights: read.weights, pages: read.by };
}
