/**
 * Which section of a result opens: a small learned model (softmax regression over the page's
 * sections) that weighs what the engine knows of each — whether the rules chose it (a kind of
 * section asked for, a name the reader's words pin, readers' questions, the best BM25 section,
 * the steps), how the page's own closest questions share their vote among its sections, how many
 * of the query's words the section and its heading hold — and one weight per section id («шаги»
 * on every guide, each dictionary entry). The rules take the first signal that speaks; this reads
 * them together, with weights learned from the tuning sets (`npm run train:search`). Pure: no
 * DOM. Anything malformed leaves the rules' choice.
 */
import { loadWeights, logShare } from './search-rerank';

/** The page's start (title, lead), as search-sections.ts names it. */
export const TOP = '_top';

/**
 * The rules' choice keeps a lead of `lead`, in training and in use, so that the model learns what
 * to add to the rules and another section opens only when it is clearly better. On the tuning
 * sets, each scored by a model trained without it (README, round 19), 0.5 and 2 did within one.
 */
export const SECTION_CHOICE = { lead: 1 } as const;

/** What the engine knows about one section of a result. */
export interface SectionCandidate {
  /** The section's id (TOP: the page's start). */
  id: string;
  /** The rules open it. */
  rules: boolean;
  /** The question asks for its kind («что понадобится», «кто может»). */
  kind: boolean;
  /** The reader's words name it (a term, a synonym, a message group) or the closest questions. */
  named: boolean;
  /** The reader's own words name it (a term, a synonym, a message group): not a feature; see below. */
  pinned: boolean;
  /** The page's own closest questions: the share of their vote on it, and the closest one's similarity. */
  ownShare: number;
  ownSimilarity: number;
  /** The site's closest questions: the share of their vote on a section with its id, any page. */
  siteShare: number;
  /** Its probability under the page's questions read place by place (search-asked.ts askedPlaces). */
  placeModel: number;
  /** The vote of all pages' questions opens it on this page. */
  voted: boolean;
  /** Its BM25 score and the query's words it holds (search-sections.ts). */
  score: number;
  matched: number;
  /** The share of the query's words its heading has. */
  heading: number;
  /** The question asks for a detail of a step (search-synonyms.ts asksStepDetail). */
  stepDetail: boolean;
  /** The query's words. */
  terms: number;
}

/** The generic features, in the order of SectionModel.weights. */
export const SECTION_FEATURES = [
  'rules',
  'kind asked',
  'named',
  'own questions share',
  'own questions share × similarity',
  'voted',
  'section score (of the page best)',
  'words (of the query)',
  'heading words (of the query)',
  'steps',
  'steps × step detail',
  'top',
  'site questions share (by id)',
  "questions' place model (log, of the page's best)",
] as const;

export interface SectionModel {
  /** One weight per SECTION_FEATURES entry. */
  weights: readonly number[];
  /** A weight per section id; an id without one: 0. */
  ids: ReadonlyMap<string, number>;
}

/** The stored form (in search-rerank.json and search-vocabulary.json). */
export interface SectionData {
  weights: number[];
  ids: Record<string, number>;
}

const STEPS = 'шаги';

/** The generic features of each section, the score scaled by the page's best. */
export function sectionFeatures(candidates: readonly SectionCandidate[]): number[][] {
  const best = Math.max(1e-9, ...candidates.map((c) => c.score));
  const place = Math.max(0, ...candidates.map((c) => c.placeModel));
  return candidates.map((c) => [
    c.rules ? 1 : 0,
    c.kind ? 1 : 0,
    c.named ? 1 : 0,
    c.ownShare,
    c.ownShare * c.ownSimilarity,
    c.voted ? 1 : 0,
    c.score / best,
    c.matched / Math.max(1, c.terms),
    c.heading,
    c.id === STEPS ? 1 : 0,
    c.id === STEPS && c.stepDetail ? 1 : 0,
    c.id === TOP ? 1 : 0,
    c.siteShare,
    logShare(c.placeModel, place),
  ]);
}

/** Each section's score under the model (the rules' choice with its SECTION_CHOICE.lead). */
export function sectionScores(
  model: SectionModel,
  candidates: readonly SectionCandidate[],
): number[] {
  return sectionFeatures(candidates).map(
    (f, i) =>
      f.reduce((sum, x, j) => sum + x * (model.weights[j] ?? 0), 0) +
      (model.ids.get(candidates[i]!.id) ?? 0) +
      (candidates[i]!.rules ? SECTION_CHOICE.lead : 0),
  );
}

/**
 * Whether the model chooses at all: not when the rules open a section the reader's own words pin
 * (search-synonyms.ts: «куда звонить» → the phones), which stays as the reranker keeps a pinned
 * lead; and not among fewer than two sections.
 */
export function sectionChoiceApplies(candidates: readonly SectionCandidate[]): boolean {
  return candidates.length > 1 && !candidates.some((c) => c.pinned && c.rules);
}

/** The index of the section that opens (the first of equal scores); the rules' where it does not apply. */
export function chooseSection(model: SectionModel, candidates: readonly SectionCandidate[]) {
  if (!sectionChoiceApplies(candidates)) return candidates.findIndex((c) => c.rules);
  const s = sectionScores(model, candidates);
  let at = -1;
  for (const [i, v] of s.entries()) if (at < 0 || v > s[at]!) at = i;
  return at;
}

/**
 * The sections to offer after the one that opens, best first (indexes into `candidates`): those
 * with something for the question — the query's words, a share of readers' questions, a signal
 * that names them — in the model's order, without the chosen one and the page's start.
 */
export function nextSections(
  model: SectionModel,
  candidates: readonly SectionCandidate[],
  chosen: string | undefined,
): number[] {
  const s = sectionScores(model, candidates);
  return candidates
    .map((c, i) => ({ c, i }))
    .filter(
      ({ c }) =>
        c.id !== TOP &&
        c.id !== chosen &&
        (c.matched > 0 || c.ownShare > 0 || c.siteShare > 0 || c.named || c.kind || c.voted),
    )
    .sort((a, b) => s[b.i]! - s[a.i]! || a.i - b.i)
    .map(({ i }) => i);
}

/** The model from its stored form; anything malformed: undefined (the rules choose). */
export function loadSectionModel(data: unknown): SectionModel | undefined {
  const read = loadWeights(data, SECTION_FEATURES.length, 'ids');
  return read && { weights: read.weights, ids: read.by };
}
