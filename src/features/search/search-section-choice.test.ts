import { describe, expect, it } from 'vitest';
import {
  chooseSection,
  loadSectionModel,
  nextSections,
  SECTION_CHOICE,
  sectionChoiceApplies,
  SECTION_FEATURES,
  sectionFeatures,
  TOP,
  type SectionCandidate,
  type SectionModel,
} from './search-section-choice';
import { trainSectionChoice, type SectionExample } from './search-rerank-train';
import type { RerankFile } from './search-rerank';
import { shippedRerank } from '../../build/search-vocabulary';
import shipped from './search-rerank.json';

const section = (id: string, more: Partial<SectionCandidate> = {}): SectionCandidate => ({
  id,
  rules: false,
  kind: false,
  named: false,
  pinned: false,
  ownShare: 0,
  ownSimilarity: 0,
  placeModel: 0,
  siteShare: 0,
  voted: false,
  score: 0,
  matched: 0,
  heading: 0,
  stepDetail: false,
  terms: 4,
  ...more,
});

const only = (
  name: (typeof SECTION_FEATURES)[number],
  weight: number,
  ids: Record<string, number> = {},
): SectionModel => ({
  weights: SECTION_FEATURES.map((f) => (f === name ? weight : 0)),
  ids: new Map(Object.entries(ids)),
});

const at = (name: (typeof SECTION_FEATURES)[number]) => SECTION_FEATURES.indexOf(name);

describe('section features', () => {
  it('scales the score by the page’s best section and the words by the query’s', () => {
    const [a, b] = sectionFeatures([
      section('шаги', { score: 6, matched: 2, stepDetail: true }),
      section(TOP, { score: 3, matched: 4, ownShare: 0.5, ownSimilarity: 0.6 }),
    ]);
    expect(a![at('section score (of the page best)')]).toBe(1);
    expect(b![at('section score (of the page best)')]).toBe(0.5);
    expect(a![at('words (of the query)')]).toBe(0.5);
    expect(b![at('own questions share × similarity')]).toBeCloseTo(0.3);
    expect(a![at('steps × step detail')]).toBe(1);
    expect(b![at('steps')]).toBe(0);
    expect(b![at('top')]).toBe(1);
    const [site] = sectionFeatures([section('кто-может-это-сделать', { siteShare: 0.7 })]);
    expect(site![at('site questions share (by id)')]).toBe(0.7);
    const [place, other] = sectionFeatures([
      section('шаги', { placeModel: 0.4 }),
      section(TOP, { placeModel: 0.04 }),
    ]);
    expect(place![at("questions' place model (log, of the page's best)")]).toBe(0);
    expect(other![at("questions' place model (log, of the page's best)")]).toBeCloseTo(
      Math.log(0.1) / 10,
    );
  });
});

describe('chooseSection', () => {
  const sections = [
    section('шаги', { rules: true }),
    section('что-получится', { ownShare: 0.9, ownSimilarity: 1 }),
  ];

  it('keeps the rules’ choice when the model has nothing against it', () => {
    expect(chooseSection(only('own questions share', 0), sections)).toBe(0);
  });

  it('the rules’ choice keeps its lead unless another section is clearly better', () => {
    const by = (w: number) => only('own questions share', w);
    // 0.9 × w against the lead of SECTION_CHOICE.lead.
    expect(chooseSection(by((SECTION_CHOICE.lead - 0.1) / 0.9), sections)).toBe(0);
    expect(chooseSection(by((SECTION_CHOICE.lead + 0.1) / 0.9), sections)).toBe(1);
  });

  it('a section the reader’s own words pin stays, whatever the weights', () => {
    const pinned = [{ ...sections[0]!, pinned: true }, sections[1]!];
    expect(chooseSection(only('own questions share', 5), pinned)).toBe(0);
    expect(sectionChoiceApplies(pinned)).toBe(false);
    expect(sectionChoiceApplies(sections)).toBe(true);
    expect(sectionChoiceApplies([sections[0]!])).toBe(false);
  });

  it('a section id’s own weight counts', () => {
    const lead = SECTION_CHOICE.lead + 0.5;
    expect(chooseSection(only('steps', 0, { 'что-получится': lead }), sections)).toBe(1);
    expect(
      chooseSection(only('steps', 0, { 'что-получится': SECTION_CHOICE.lead }), sections),
    ).toBe(0);
  });
});

describe('nextSections', () => {
  const model = only('section score (of the page best)', 1);
  it('offers the sections with something for the question, best first, not the chosen one', () => {
    const candidates = [
      section(TOP, { score: 9, matched: 3 }),
      section('кто-может-это-сделать', { score: 1, matched: 1 }),
      section('шаги', { score: 6, matched: 2 }),
      section('что-понадобится', { score: 4, matched: 1 }),
      section('что-получится'),
      section('что-дальше', { siteShare: 0.4 }),
    ];
    expect(nextSections(model, candidates, 'шаги').map((i) => candidates[i]!.id)).toEqual([
      'что-понадобится',
      'кто-может-это-сделать',
      'что-дальше',
    ]);
  });

  it('counts every signal that names a section as something for the question', () => {
    const signals: Partial<SectionCandidate>[] = [
      { ownShare: 0.2 },
      { named: true },
      { kind: true },
      { voted: true },
    ];
    for (const signal of signals) {
      const candidates = [section('шаги', { matched: 1 }), section('что-дальше', signal)];
      expect(nextSections(model, candidates, 'шаги')).toEqual([1]);
    }
  });
});

describe('loadSectionModel', () => {
  const good = { weights: SECTION_FEATURES.map(() => 0.5), ids: { шаги: 1 } };

  it('reads the shipped form', () => {
    const model = loadSectionModel(good);
    expect(model?.weights).toHaveLength(SECTION_FEATURES.length);
    expect(model?.ids.get('шаги')).toBe(1);
  });

  it.each([
    ['nothing', undefined],
    ['a list', [1, 2]],
    ['too many weights', { ...good, weights: [...good.weights, 1] }],
    ['a weight that is no number', { ...good, weights: SECTION_FEATURES.map(() => '1') }],
    ['a NaN weight', { ...good, weights: SECTION_FEATURES.map(() => NaN) }],
    ['ids as a list', { ...good, ids: ['шаги'] }],
    ['an id weight that is no number', { ...good, ids: { шаги: '1' } }],
    ['no ids', { weights: good.weights }],
  ])('anything malformed (%s) leaves the choice to the rules', (_, data) => {
    expect(loadSectionModel(data)).toBeUndefined();
  });
});

describe('trainSectionChoice', () => {
  // The answer is always the section the page's own questions vote for, whatever the rules chose.
  const examples: SectionExample[] = Array.from({ length: 30 }, (_, i) => {
    const voted = i % 3;
    const candidates = ['шаги', 'что-понадобится', TOP].map((id, j) =>
      section(id, {
        rules: j === (i + 1) % 3,
        ownShare: j === voted ? 0.8 : 0.1,
        ownSimilarity: 0.7,
      }),
    );
    return { candidates, answer: voted };
  });

  it('learns what the answers have in common', () => {
    const model = trainSectionChoice(examples);
    for (const { candidates, answer } of examples)
      expect(chooseSection(model, candidates)).toBe(answer);
  });

  it('gives the same weights for the same examples, and ignores an answer not among them', () => {
    const lost = { candidates: examples[0]!.candidates, answer: -1 };
    expect(trainSectionChoice([...examples, lost])).toEqual(trainSectionChoice(examples));
  });
});

describe('the shipped form (src/build/search-vocabulary.ts)', () => {
  const file = shipped as RerankFile;

  it('carries both models without their provenance', () => {
    const data = shippedRerank(file);
    expect(Object.keys(data).sort()).toEqual(['pages', 'sections', 'weights']);
    expect(loadSectionModel(data.sections)?.weights).toEqual(file.sections.weights);
  });

  it('fails the build when the section choice’s weights are malformed', () => {
    expect(() => shippedRerank({ ...file, sections: { weights: [1], ids: {} } })).toThrow(
      /train:search/,
    );
  });
});
