/**
 * What readers asked before: the questions of the tuning sets (questions/training.ts), each with
 * the place that answers it, as a nearest-neighbour model. A new question is compared with every
 * one of them by the word beginnings they share, each weighted by how rare it is among the
 * questions (tf-idf, cosine); when the closest few agree on one page, that page leads, and a
 * softer vote of the closest dozen reorders the results with the ranking (askedVote). It carries
 * the ways of saying things that readers share and the site's words do not («бухгалтер уволилась
 * и унесла пароль» → the login guide), without a rule per phrasing. Pure: no DOM.
 *
 * The build writes the model into search-vocabulary.json (src/build/search-vocabulary.ts): the
 * places, with their titles, and every question as its word beginnings (past the secret guard). Only tuning halves are
 * learned; the held-out halves are never seen, and the quality test scores each tuning corpus
 * with a model that has not learned it (tests/build/search-quality.test.ts).
 */
import { asksDefinition, readsLikeError, siteWord, STOP_WORDS, words } from './search-query';

/**
 * The rule, chosen on the tuning sets with each corpus scored by a model without it: the closest
 * `neighbours` questions vote with their similarity; their page leads when the closest is at
 * least `least` similar and the page has at least `share` of the vote. Its section opens when the
 * section has at least half of the page's vote. A question of fewer than `words` word beginnings
 * is left to the ranking (its title and heading rules): one word says too little to read
 * others' questions by.
 */
export const ASKED = { neighbours: 3, least: 0.4, share: 0.7, stem: 5, words: 2 } as const;

/** A place that answers: a page relative to the site's base, and the section's id if any. */
export interface AskedPlace {
  page: string;
  /** The page's title. */
  title: string;
  anchor?: string;
  /** The section's heading, when it opens one. */
  section?: string;
}

/**
 * As stored: places, and each question as «place-index stem stem …», with «?» after the index
 * when it asks what a term means and «!» when it tells a failure.
 */
export interface AskedData {
  places: AskedPlace[];
  questions: string[];
}

interface Example {
  place: number;
  /** It asks what a term means: only such questions answer such a question, and only they. */
  definition: boolean;
  /** It tells a failure (search-query.ts readsLikeError): likewise. */
  error: boolean;
  stems: Set<string>;
  norm: number;
}

export interface AskedModel {
  places: readonly AskedPlace[];
  examples: readonly Example[];
  /** The examples that have each stem (their indexes): a question meets only those. */
  byStem: ReadonlyMap<string, readonly number[]>;
  idf: ReadonlyMap<string, number>;
  /** The idf of a stem no question has. */
  unseen: number;
}

/**
 * A question's distinct word beginnings, without filler words («пароль» and «пароля» → «парол»),
 * a reader's word read as the site's («вбить» → «ввести», «госзакупки» → «еис»).
 */
export function askedStems(text: string): string[] {
  const stems = words(text)
    .filter((w) => !STOP_WORDS.has(w))
    .map((w) => (siteWord(w) ?? w).slice(0, ASKED.stem));
  return [...new Set(stems)];
}

/**
 * The stored form of questions with their places (relative to the base, «page/#anchor»). Each
 * reading is stored once: the same word beginnings for the same place (readers of several corpora
 * type «несоответствие регистрационных данных пользователя» word for word, or in another order)
 * would otherwise vote as many times as it was written, and outvote the others.
 */
export function encodeAsked(
  examples: readonly (readonly [question: string, place: string])[],
  titleOf: (page: string, anchor?: string) => string | undefined,
): AskedData {
  const places: AskedPlace[] = [];
  const index = new Map<string, number>();
  const questions: string[] = [];
  const seen = new Set<string>();
  for (const [question, where] of examples) {
    const [page = '', id] = where.split('#');
    const title = titleOf(page);
    const stems = askedStems(question);
    if (title === undefined || !stems.length) continue;
    // A place that is no heading or term (a checklist's step) counts for its page.
    const section = id === undefined ? undefined : titleOf(page, id);
    const anchor = section === undefined ? undefined : id;
    const key = anchor ? `${page}#${anchor}` : page;
    let at = index.get(key);
    if (at === undefined) {
      at = places.push(anchor ? { page, title, anchor, section: section! } : { page, title }) - 1;
      index.set(key, at);
    }
    const line = [
      at,
      ...(asksDefinition(question) ? ['?'] : []),
      ...(readsLikeError(question) ? ['!'] : []),
      ...[...stems].sort(),
    ].join(' ');
    if (seen.has(line)) continue;
    seen.add(line);
    questions.push(line);
  }
  // Sorted, so that a place's questions stand together: 6 of 39 KB less after gzip.
  return { places, questions: questions.sort() };
}

const isString = (v: unknown): v is string => typeof v === 'string';

/** The model from its stored form; anything malformed is left out, nothing throws. */
export function loadAsked(data: unknown): AskedModel | undefined {
  const steps = building(data);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same, with `pause` awaited between parts of the work (a few hundred questions each): on a
 * slow computer the whole model is read in a hundred milliseconds, too long for one task.
 */
export async function loadAskedInTasks(
  data: unknown,
  pause: () => Promise<void>,
): Promise<AskedModel | undefined> {
  const steps = building(data);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}

/**
 * Questions read between two pauses of loadAskedInTasks: 600 took up to 50 ms at 4× CPU on a
 * fresh page (traced), 300 about half; the pause itself costs no wait (src/lib/next-task.ts).
 */
const QUESTIONS_PER_STEP = 300;

/** loadAsked's work, stopping (yield) where a pause may come. */
function* building(data: unknown): Generator<void, AskedModel | undefined> {
  if (!data || typeof data !== 'object') return undefined;
  const { places, questions } = data as Partial<Record<keyof AskedData, unknown>>;
  if (!Array.isArray(places) || !Array.isArray(questions)) return undefined;
  const valid: AskedPlace[] = places.filter(
    (p): p is AskedPlace =>
      !!p &&
      typeof p === 'object' &&
      isString((p as AskedPlace).page) &&
      isString((p as AskedPlace).title) &&
      ((p as AskedPlace).anchor === undefined ||
        (isString((p as AskedPlace).anchor) && isString((p as AskedPlace).section))),
  );
  if (valid.length !== places.length) return undefined;
  // Plain loops, no copies: this runs as the search opens, on every page a reader searches from.
  const parsed: Example[] = [];
  const byStem = new Map<string, number[]>();
  for (const [n, q] of questions.entries()) {
    if (n > 0 && n % QUESTIONS_PER_STEP === 0) yield;
    if (!isString(q)) continue;
    const rest = q.split(' ');
    const place = Number(rest[0]);
    let at = 1;
    const definition = rest[at] === '?';
    if (definition) at += 1;
    const error = rest[at] === '!';
    if (error) at += 1;
    if (!Number.isInteger(place) || place < 0 || place >= valid.length || at >= rest.length)
      continue;
    const stems = new Set<string>();
    for (; at < rest.length; at += 1) stems.add(rest[at]!);
    const i = parsed.length;
    for (const s of stems) {
      const has = byStem.get(s);
      if (has) has.push(i);
      else byStem.set(s, [i]);
    }
    parsed.push({ place, definition, error, stems, norm: 1 });
  }
  if (!parsed.length) return undefined;
  // A stem's questions are byStem's list: its document frequency is that list's length.
  const total = parsed.length + 1;
  const idf = new Map<string, number>();
  for (const [s, list] of byStem) idf.set(s, Math.log(total / (list.length + 1)));
  const unseen = Math.log(total);
  yield;
  // The norms in parts too: the whole loop was a task of 18 ms in Node (its first run), some 70 ms
  // at 4× CPU.
  for (const [n, e] of parsed.entries()) {
    if (n > 0 && n % QUESTIONS_PER_STEP === 0) yield;
    let sum = 0;
    for (const s of e.stems) sum += (idf.get(s) ?? unseen) ** 2;
    e.norm = Math.sqrt(sum) || 1;
  }
  return {
    places: valid,
    examples: parsed,
    byStem,
    idf,
    unseen,
  };
}

/** The model's answer: the page the closest questions agree on, and its section if they do. */
export interface AskedGuess {
  place: AskedPlace;
  /** The closest question's similarity (0–1). */
  similarity: number;
  /** The page's part of the closest questions' vote (0–1). */
  share: number;
}

type Close = { example: Example; sim: number; kin: boolean }[];

/**
 * Every question that shares a word beginning with the text, closest first. A search asks it for
 * the same text several times (the guess, the vote, each result's section): the last answer is
 * kept per model.
 */
function closest(model: AskedModel, text: string): Close {
  const last = lastClose.get(model);
  if (last?.text === text) return last.close;
  const close = compare(model, text);
  lastClose.set(model, { text, close });
  return close;
}
const lastClose = new WeakMap<AskedModel, { text: string; close: Close }>();

function compare(model: AskedModel, text: string): Close {
  const stems = askedStems(text);
  if (!stems.length) return [];
  const weight = (s: string) => model.idf.get(s) ?? model.unseen;
  const norm = Math.sqrt(stems.reduce((sum, s) => sum + weight(s) ** 2, 0));
  const definition = asksDefinition(text);
  const error = readsLikeError(text);
  // Only the questions that share a stem: their dot products, stem by stem.
  const dots = new Map<number, number>();
  for (const s of stems) {
    const w = weight(s) ** 2;
    for (const i of model.byStem.get(s) ?? []) dots.set(i, (dots.get(i) ?? 0) + w);
  }
  const close: Close = [];
  // In the examples' order, so that equal similarities keep it (the sort is stable).
  for (const i of [...dots.keys()].sort((a, b) => a - b)) {
    const example = model.examples[i]!;
    const kin = example.definition === definition && example.error === error;
    close.push({ example, sim: dots.get(i)! / (norm * example.norm), kin });
  }
  return close.sort((a, b) => b.sim - a.sim);
}

export function nearestAsked(model: AskedModel, text: string): AskedGuess | undefined {
  if (askedStems(text).length < ASKED.words) return undefined;
  const close = closest(model, text)
    .filter((c) => c.kin)
    .map(({ example, sim }) => ({ place: example.place, sim }));
  const top = close.slice(0, ASKED.neighbours);
  if (!top.length || top[0]!.sim < ASKED.least) return undefined;
  const byPage = new Map<string, number>();
  const byPlace = new Map<number, number>();
  let all = 0;
  for (const { place, sim } of top) {
    const { page } = model.places[place]!;
    byPage.set(page, (byPage.get(page) ?? 0) + sim);
    byPlace.set(place, (byPlace.get(place) ?? 0) + sim);
    all += sim;
  }
  const [page, vote] = [...byPage].sort((a, b) => b[1] - a[1])[0]!;
  if (vote / all < ASKED.share) return undefined;
  const section = [...byPlace]
    .filter(([p]) => model.places[p]!.page === page && model.places[p]!.anchor)
    .sort((a, b) => b[1] - a[1])[0];
  const { title } = model.places[top.find((t) => model.places[t.place]!.page === page)!.place]!;
  const place = section && section[1] / vote >= 0.5 ? model.places[section[0]]! : { page, title };
  return { place, similarity: top[0]!.sim, share: vote / all };
}

/**
 * The softer reading of the same neighbours, for the order of the results (search-engine.ts
 * byVote): the closest `vote.neighbours` questions vote for their pages with their similarity to
 * the power `vote.power` (a question of another kind, a term's meaning or a failure, counts
 * `vote.otherKind` of its similarity); a page's section is the one with at least `vote.section`
 * of the page's votes. Chosen, like ASKED, on the tuning sets with each corpus scored by a model
 * without it; `rank` and `weight` are the engine's: a page's place counts rank/(place + 1), the
 * vote weight × the closest similarity × the page's share. A heavier vote (0.8 and more) gains
 * a few first places on the readers' corpora but takes «новый пароль» and «регистрационный данные
 * пользователя» from the login guide, under the team's own classes' floor (90 %): 0.6 keeps it
 * for short questions. A question of `long` word beginnings or more says enough for readers'
 * questions to weigh `weightLong` (round 15: 2513 → 2530 of 2918 tuning first places, the team's
 * classes still over their floors; 1.0 broke the «colloquial» class).
 */
export const VOTE = {
  neighbours: 12,
  power: 4,
  otherKind: 0.6,
  section: 0.4,
  rank: 0.3,
  weight: 0.6,
  long: 4,
  weightLong: 0.8,
} as const;

export interface AskedVote {
  /** The closest question's similarity, its kind counted (0–1). */
  similarity: number;
  /** How much the vote weighs in the order (VOTE.weight, or VOTE.weightLong for a long question). */
  weight: number;
  /** Pages by their share of the vote (0–1), with the section they agree on, if any. */
  pages: Map<string, { share: number; title: string; section?: AskedPlace }>;
}

export function askedVote(model: AskedModel, text: string): AskedVote | undefined {
  if (askedStems(text).length < ASKED.words) return undefined;
  const close = closest(model, text)
    .map((c) => ({ place: c.example.place, sim: c.sim * (c.kin ? 1 : VOTE.otherKind) }))
    .sort((a, b) => b.sim - a.sim)
    .slice(0, VOTE.neighbours);
  if (!close.length) return undefined;
  const byPage = new Map<string, number>();
  const byPlace = new Map<number, number>();
  let all = 0;
  for (const { place, sim } of close) {
    const w = sim ** VOTE.power;
    const { page } = model.places[place]!;
    byPage.set(page, (byPage.get(page) ?? 0) + w);
    byPlace.set(place, (byPlace.get(place) ?? 0) + w);
    all += w;
  }
  const pages: AskedVote['pages'] = new Map();
  for (const [page, w] of byPage) {
    const [place, pw] = [...byPlace]
      .filter(([p]) => model.places[p]!.page === page && model.places[p]!.anchor)
      .sort((a, b) => b[1] - a[1])[0] ?? [undefined, 0];
    const title =
      model.places[close.find((c) => model.places[c.place]!.page === page)!.place]!.title;
    const section = place !== undefined && pw / w >= VOTE.section ? model.places[place] : undefined;
    pages.set(page, { share: w / all, title, ...(section ? { section } : {}) });
  }
  const weight = askedStems(text).length >= VOTE.long ? VOTE.weightLong : VOTE.weight;
  return { similarity: close[0]!.sim, weight, pages };
}

/**
 * The section of one page that readers' questions about that page agree on: of the questions
 * whose place is on the page, the closest `SECTION_VOTE.neighbours` vote with their similarity (a
 * question of another kind counts VOTE.otherKind of it); a section with at least
 * `SECTION_VOTE.share` of the vote opens. The vote of all pages (askedVote) reads the dozen
 * closest questions of the whole site, where a page's own questions may be few; this one reads
 * the page's. Round 16, on the tuning sets with each corpus scored by a model without it: 2889 →
 * 2894 of 3318 first places (3, 5 or 10 neighbours and a share of 0.34 or 0.5 within ±3).
 */
export const SECTION_VOTE = { neighbours: 5, share: 0.5 } as const;

export function askedSectionOf(
  model: AskedModel,
  text: string,
  page: string,
): AskedPlace | undefined {
  return agreedSection(askedSections(model, text, page));
}

/** The section of a page's own questions' vote that has at least SECTION_VOTE.share of it. */
export function agreedSection(own: AskedSections | undefined): AskedPlace | undefined {
  if (!own) return undefined;
  const [place, share] = [...own.shares].sort((a, b) => b[1] - a[1])[0]!;
  return place.anchor && share >= SECTION_VOTE.share ? place : undefined;
}

/** The page's own closest questions' vote: each place's share, and the closest similarity. */
export interface AskedSections {
  similarity: number;
  shares: Map<AskedPlace, number>;
}

/**
 * How the closest `SECTION_VOTE.neighbours` questions about one page share its places (a
 * question of another kind counts VOTE.otherKind of its similarity); undefined when none is
 * about the page.
 */
export function askedSections(
  model: AskedModel,
  text: string,
  page: string,
): AskedSections | undefined {
  const close = closest(model, text)
    .filter((c) => model.places[c.example.place]!.page === page)
    .map((c) => ({ place: c.example.place, sim: c.sim * (c.kin ? 1 : VOTE.otherKind) }))
    .sort((a, b) => b.sim - a.sim)
    .slice(0, SECTION_VOTE.neighbours);
  if (!close.length) return undefined;
  const byPlace = new Map<number, number>();
  let all = 0;
  for (const { place, sim } of close) {
    byPlace.set(place, (byPlace.get(place) ?? 0) + sim);
    all += sim;
  }
  const shares = new Map<AskedPlace, number>();
  for (const [place, vote] of byPlace) shares.set(model.places[place]!, all > 0 ? vote / all : 0);
  return { similarity: close[0]!.sim, shares };
}

/**
 * How the closest VOTE.neighbours questions of the whole site share their section ids (a
 * question of another kind counts VOTE.otherKind): readers ask «кто…» of every guide alike, and
 * the answer is each guide's «Кто может это сделать».
 */
export function askedAnchors(model: AskedModel, text: string): Map<string, number> {
  const close = closest(model, text)
    .map((c) => ({ place: c.example.place, sim: c.sim * (c.kin ? 1 : VOTE.otherKind) }))
    .sort((a, b) => b.sim - a.sim)
    .slice(0, VOTE.neighbours);
  const shares = new Map<string, number>();
  const all = close.reduce((sum, c) => sum + c.sim, 0);
  if (!(all > 0)) return shares;
  for (const { place, sim } of close) {
    const id = model.places[place]!.anchor;
    if (id) shares.set(id, (shares.get(id) ?? 0) + sim / all);
  }
  return shares;
}

/**
 * The same questions read page by page (multinomial naive Bayes): each page is the bag of its
 * questions' word beginnings, each count smoothed by `smoothing`; every page equally likely before
 * the words (how often readers ask about a page is the reranker's page weight). Where the closest-question vote reads the few questions most like this one, this
 * reads all of a page's questions together, so a question whose words readers spread over several
 * questions of one page («продлить» in one, «срок» in another) still finds it. Word beginnings no
 * question has say nothing and are left out. The same within a page, place by place
 * (askedPlaces), for the section choice. Round 20, as a feature of the reranker (search-rerank.ts)
 * and of the section choice (search-section-choice.ts), each chosen on the tuning sets with each
 * set scored by models without it; the smoothing is the first value tried, not tuned.
 */
export const PAGE_MODEL = { smoothing: 0.1 } as const;

interface Bag {
  counts: Map<string, number>;
  total: number;
}
/** Each model's bags: by page, and by page then place («» for a page's own top). */
const bags = new WeakMap<
  AskedModel,
  { pages: Map<string, Bag>; places: Map<string, Map<string, Bag>> }
>();

function bagsOf(model: AskedModel) {
  const had = bags.get(model);
  if (had) return had;
  const pages = new Map<string, Bag>();
  const places = new Map<string, Map<string, Bag>>();
  const add = (into: Map<string, Bag>, key: string, stems: Set<string>) => {
    let bag = into.get(key);
    if (!bag) into.set(key, (bag = { counts: new Map(), total: 0 }));
    for (const s of stems) {
      bag.counts.set(s, (bag.counts.get(s) ?? 0) + 1);
      bag.total += 1;
    }
  };
  for (const { place, stems } of model.examples) {
    const { page, anchor } = model.places[place]!;
    add(pages, page, stems);
    let own = places.get(page);
    if (!own) places.set(page, (own = new Map()));
    add(own, anchor ?? '', stems);
  }
  const both = { pages, places };
  bags.set(model, both);
  return both;
}

/** Each bag's probability for the text's known word beginnings (0–1, summing to 1). */
function posterior(model: AskedModel, text: string, of: ReadonlyMap<string, Bag>) {
  const stems = askedStems(text).filter((s) => model.idf.has(s));
  const out = new Map<string, number>();
  if (!stems.length || !of.size) return out;
  const { smoothing } = PAGE_MODEL;
  const vocabulary = model.idf.size;
  const logs = new Map<string, number>();
  for (const [key, bag] of of) {
    let log = 0;
    for (const s of stems) {
      log += Math.log(
        ((bag.counts.get(s) ?? 0) + smoothing) / (bag.total + smoothing * vocabulary),
      );
    }
    logs.set(key, log);
  }
  const top = Math.max(...logs.values());
  let sum = 0;
  for (const v of logs.values()) sum += Math.exp(v - top);
  for (const [key, v] of logs) out.set(key, Math.exp(v - top) / sum);
  return out;
}

/** Each page's probability (0–1, summing to 1) for the text; empty when no word is known. */
export function askedPages(model: AskedModel, text: string): Map<string, number> {
  return posterior(model, text, bagsOf(model).pages);
}

/**
 * The same within one page: each of its places' probability, by section id («» for the page's
 * top), from the questions about that page.
 */
export function askedPlaces(model: AskedModel, text: string, page: string): Map<string, number> {
  return posterior(model, text, bagsOf(model).places.get(page) ?? new Map());
}
