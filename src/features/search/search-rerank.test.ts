import { describe, expect, it } from 'vitest';
import {
  features,
  FEATURES,
  loadRerank,
  logShare,
  RERANK,
  rerankOrder,
  type Candidate,
  type RerankFile,
  type RerankModel,
} from './search-rerank';
import { trainRerank, type TrainingExample } from './search-rerank-train';
import { TRAINING } from './questions/training';
import { loadSectionModel, SECTION_FEATURES } from './search-section-choice';
import shipped from './search-rerank.json';

const candidate = (page: string, place: number, more: Partial<Candidate> = {}): Candidate => ({
  page,
  place,
  rulePlace: place,
  voteShare: 0,
  voteSimilarity: 0,
  voteWeight: 0,
  guessed: false,
  guessSimilarity: 0,
  pinned: false,
  sectionScore: 1,
  together: 1,
  inTitle: 0,
  coverage: 0,
  terms: RERANK.terms,
  pageModel: 0,
  ...more,
});

const only = (
  name: (typeof FEATURES)[number],
  weight: number,
  pages: Record<string, number> = {},
): RerankModel => ({
  weights: FEATURES.map((f) => (f === name ? weight : 0)),
  pages: new Map(Object.entries(pages)),
});

describe('reranker features', () => {
  it('scales section scores, words together and the page model by the best of the first results', () => {
    const [a, b] = features([
      candidate('a/', 0, { sectionScore: 4, together: 2, pageModel: 0.2 }),
      candidate('b/', 1, {
        sectionScore: 2,
        together: 1,
        voteShare: 0.5,
        voteSimilarity: 0.8,
        pageModel: 0.8,
      }),
    ]);
    const at = (name: (typeof FEATURES)[number]) => FEATURES.indexOf(name);
    expect(a![at('section score (of the best of the first)')]).toBe(1);
    expect(b![at('section score (of the best of the first)')]).toBe(0.5);
    expect(b![at('words together (of the most of the first)')]).toBe(0.5);
    expect(b![at('vote share × similarity')]).toBeCloseTo(0.4);
    // The page model as a log ratio to the best: ln(0.25) / 10.
    expect(a![at("questions' page model (log, of the best of the first)")]).toBeCloseTo(-0.1386);
    expect(b![at("questions' page model (log, of the best of the first)")]).toBe(0);
    expect(a![at('first place')]).toBe(1);
    expect(b![at('first place')]).toBe(0.5);
  });

  it('reads a naive Bayes probability as a floored log ratio to the best', () => {
    expect(logShare(0.5, 0.5)).toBe(0);
    expect(logShare(0.05, 0.5)).toBeCloseTo(Math.log(0.1) / 10);
    // A close second and a page the model rules out stay apart, and nothing is infinite.
    expect(logShare(1e-30, 0.5)).toBe(-2);
    expect(logShare(0, 0.5)).toBe(-2);
    expect(logShare(0, 0)).toBe(-2);
  });

  it('a page only readers’ questions found has no place after the rules', () => {
    const [f] = features([candidate('a/', 0, { rulePlace: -1 })]);
    expect(f![FEATURES.indexOf('place after the rules')]).toBe(0);
  });
});

describe('rerankOrder', () => {
  const first = [
    candidate('support/create-request/', 0),
    candidate('reference/troubleshooting/', 1, { voteShare: 0.9, voteSimilarity: 1 }),
  ];

  it('keeps the order when the model weighs only the place', () => {
    expect(rerankOrder(only('first place', 1), first)).toEqual([0, 1]);
  });

  it('moves up a page that readers’ questions vote for when the vote weighs more', () => {
    expect(rerankOrder(only('vote share', 5), first)).toEqual([1, 0]);
  });

  it('the engine’s first keeps its lead unless another page is clearly better', () => {
    const by = (w: number) => only('vote share', w);
    // 0.9 × w against the lead of RERANK.lead.
    expect(rerankOrder(by((RERANK.lead - 0.1) / 0.9), first)).toEqual([0, 1]);
    expect(rerankOrder(by((RERANK.lead + 0.1) / 0.9), first)).toEqual([1, 0]);
  });

  it('a question of fewer than RERANK.terms words keeps the engine’s order', () => {
    const short = first.map((c) => ({ ...c, terms: RERANK.terms - 1 }));
    expect(rerankOrder(only('vote share', 5), short)).toEqual([0, 1]);
  });

  it('a page’s own weight counts, and equal scores keep the engine’s order', () => {
    const lead = RERANK.lead + 0.5;
    expect(rerankOrder(only('pinned', 0, { 'support/create-request/': -lead }), first)).toEqual([
      1, 0,
    ]);
    expect(
      rerankOrder(only('pinned', 0, { 'reference/troubleshooting/': RERANK.lead }), first),
    ).toEqual([0, 1]);
  });
});

describe('loadRerank', () => {
  const good = { weights: FEATURES.map(() => 0.5), pages: { 'a/': 1 } };

  it('reads the shipped form', () => {
    const model = loadRerank(good);
    expect(model?.weights).toHaveLength(FEATURES.length);
    expect(model?.pages.get('a/')).toBe(1);
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'weights'],
    ['too few weights', { ...good, weights: [1, 2] }],
    ['a weight that is no number', { ...good, weights: FEATURES.map(() => '1') }],
    ['an infinite weight', { ...good, weights: FEATURES.map(() => Infinity) }],
    ['pages as a list', { ...good, pages: [1] }],
    ['a page weight that is no number', { ...good, pages: { 'a/': null } }],
    ['two weights for a page', { ...good, pages: { 'a/': [1, 2] } }],
    ['no pages', { weights: good.weights }],
  ])('anything malformed (%s) leaves the order to the engine', (_, data) => {
    expect(loadRerank(data)).toBeUndefined();
  });
});

describe('trainRerank', () => {
  // The answer is always the page readers' questions vote for, whatever its place.
  const examples: TrainingExample[] = Array.from({ length: 40 }, (_, i) => {
    const voted = i % 3;
    const candidates = [0, 1, 2].map((place) =>
      candidate(`p${place}/`, place, {
        voteShare: place === voted ? 0.8 : 0.1,
        voteSimilarity: 0.7,
      }),
    );
    return { candidates, answer: voted };
  });

  it('learns what the answers have in common', () => {
    const model = trainRerank(examples);
    for (const { candidates, answer } of examples) {
      expect(rerankOrder(model, candidates)[0]).toBe(answer);
    }
  });

  it('gives the same weights for the same examples', () => {
    expect(trainRerank(examples)).toEqual(trainRerank(examples));
  });

  it('ignores a question none of whose first results answers', () => {
    const lost = { candidates: examples[0]!.candidates, answer: -1 };
    expect(trainRerank([...examples, lost])).toEqual(trainRerank(examples));
  });
});

describe('the shipped weights', () => {
  const file = shipped as RerankFile;

  it('were trained on today’s tuning sets, with today’s features (else: npm run train:search)', () => {
    expect([...file.sets].sort()).toEqual(Object.keys(TRAINING).sort());
    expect(file.features).toEqual([...FEATURES]);
    expect(file.sectionFeatures).toEqual([...SECTION_FEATURES]);
    expect(loadRerank(file)).toBeDefined();
    expect(loadSectionModel(file.sections)).toBeDefined();
  });
});
