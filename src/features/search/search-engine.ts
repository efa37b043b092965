/**
 * The search engine: query → plan (layout, typos, stems, synonyms) → Pagefind calls → ranked
 * pages (the rules, readers' questions, then a learned last order of the first few:
 * search-rerank.ts), each with the section that answers best. Pure: no DOM; Pagefind comes in as an
 * argument, so the same code runs in the dialog (src/features/search/search-ui.ts) and in Node
 * over the built index (tests/build/search-quality.test.ts, `npm run bench:search`).
 *
 * Cost is bounded: the query is cut to MAX_CHARS characters and MAX_TERMS words, and when no
 * page has every word, words are dropped one at a time, least informative first, and the pages
 * with every word but the rarest and those with every word the site names things with are added,
 * so a query of n words costs at most n + 4 Pagefind searches, plus one when it asks for a kind of
 * section (every guide with that section) and one per synonym hit.
 */
import {
  asksDefinition,
  commonForm,
  copiedText,
  joinBroken,
  headingCoverage,
  informativeness,
  isNamed,
  isRealMatch,
  matchesPhrase,
  namedTerm,
  normalize,
  oneScript,
  pagefindTerm,
  planQuery,
  startsWithPhrase,
  STOP_WORDS,
  unstretched,
  words,
  type QueryPlan,
  type Vocabulary,
} from './search-query';
import { matchMessage, type MessageEntry } from './search-messages';
import { asksStepDetail, matchSections, matchSynonyms } from './search-synonyms';
import type { RussianLetters } from './search-russian';
import {
  askedVote,
  agreedSection,
  askedAnchors,
  askedPages,
  askedPlaces,
  askedSections,
  nearestAsked,
  VOTE,
  type AskedModel,
  type AskedPlace,
  type AskedSections,
  type AskedVote,
} from './search-asked';
import { changesAnchor } from '../../site/changes-anchor';
import { SECTIONS } from '../../site/sections';
import { rerankOrder, RERANK_DEPTH, type Candidate, type RerankModel } from './search-rerank';
import {
  chooseSection,
  nextSections,
  TOP,
  type SectionCandidate,
  type SectionModel,
} from './search-section-choice';
import {
  bestOf,
  bestStep,
  numberSection,
  pageSections,
  stepsOf,
  scoreSections,
  type PageAnchor,
  type ScoredSection,
} from './search-sections';

/** Characters of a query read at all: a pasted page of text is cut here. */
export const MAX_CHARS = 200;
/** Words of a query searched for (the most informative ones). */
export const MAX_TERMS = 8;
/**
 * Words of a query read (layout, typos) to choose those from: each costs a scan of the
 * vocabulary, so a pasted run of 40 short words would hold the main thread for hundreds of ms.
 */
export const MAX_PLANNED = 2 * MAX_TERMS;

export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
  anchor?: { id?: string; location?: number };
}
export interface PageData {
  url: string;
  content: string;
  excerpt: string;
  meta: { title?: string; keywords?: string };
  locations: number[];
  sub_results?: SubResult[];
  /** Every element with an id, with its word position (Pagefind ≥ 1.0). */
  anchors?: PageAnchor[];
}
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PageData>;
}
export interface PagefindLike {
  search(query: string): Promise<{ results: PagefindResult[] } | null>;
}

export interface EngineData {
  vocab?: Vocabulary | undefined;
  messages: readonly MessageEntry[];
  russian?: RussianLetters | undefined;
  /** What readers asked before (search-asked.ts). */
  asked?: AskedModel | undefined;
  /** The learned last order of the first results (search-rerank.ts). */
  rerank?: RerankModel | undefined;
  /** The learned choice of the section a result opens (search-section-choice.ts). */
  sections?: SectionModel | undefined;
}

/** One result: a page, the link it opens (its best section) and the sections shown under it. */
export interface Hit {
  page: PageData;
  /** The page's path without anchor. */
  path: string;
  title: string;
  /** Where the result leads: the page, or the section that answers the question. */
  url: string;
  /** Pagefind's excerpt of that place (HTML with <mark>; render with excerptParts()). */
  excerpt: string;
  /**
   * Other sections of the page to offer under it: with the section choice's model, the next ones
   * it ranks (best first); without it, Pagefind's sections with most of the words, in page order.
   */
  sections: SubResult[];
  /** With `explain`: what the section choice read of the page's sections. */
  choice?: SectionCandidate[];
}

export interface Answer {
  plan: QueryPlan;
  hits: Hit[];
  /** No page has every word: these have the more informative part of them. */
  partial: boolean;
  /** Pagefind searches this answer cost. */
  searches: number;
  /** With `explain`: what the reranker read of the first results, before it reordered them. */
  candidates?: Candidate[];
  /** With `explain`: the page of a pasted message's entry, which leads whatever the order. */
  message?: string;
}

/**
 * Sections offered under a result: one, the next best place on that page (or the step the words
 * single out). The dialog lists them between the results, so each one more pushes the next page
 * down; with three, the first three links a reader sees held the answer less often (tuning 3134
 * vs 3221 of 3361, round 27), and every result weighed four links.
 */
export const MAX_SUB_RESULTS = 1;
/** Pages that copy others (relative to the base): «Вся инструкция для печати». */
const COPY_PAGES = ['print/'];
/** «Что изменилось»: a section per guide, in the guide's own words. */
const CHANGES_PAGE = 'reference/changes/';

/** A page's path: its URL without the anchor. */
function pathOf(page: Pick<PageData, 'url'>): string {
  return page.url.replace(/#.*$/, '');
}

/** The text up to the end of its `n`th word (separators as typed). */
export function firstWords(text: string, n: number): string {
  const re = /\S+/g;
  let end = 0;
  for (let i = 0; i < n; i += 1) {
    const m = re.exec(text);
    if (!m) return text;
    end = m.index + m[0].length;
  }
  return text.slice(0, end);
}

/**
 * The part of a query read at all: its first MAX_CHARS characters as the reader sees them
 * (nothing invisible, no stress mark or picture: copiedText), each word in one script and no
 * letter held down (search-query.ts).
 */
function readable(typed: string, vocab?: Vocabulary): string {
  const copied = copiedText(typed.slice(0, 2 * MAX_CHARS)).slice(0, MAX_CHARS);
  return unstretched(oneScript(vocab ? joinBroken(copied, vocab) : copied));
}

/** The query as typed, word for word: for «Искать «…»?» and when the vocabulary is missing. */
export function literalPlan(typed: string): QueryPlan {
  const terms = [...new Set(words(readable(typed)))].slice(0, MAX_TERMS);
  return {
    terms,
    understood: terms.join(' '),
    layout: false,
    corrected: false,
    unknown: [],
    guessed: [],
    error: false,
  };
}

/** The plan with at most MAX_TERMS terms to search: the most informative ones, in order. */
function capped(plan: QueryPlan, vocab?: Vocabulary): QueryPlan {
  if (plan.terms.length <= MAX_TERMS) return plan;
  const rank = (t: string) => (vocab ? informativeness(t, vocab) : 0);
  const keep = new Set([...plan.terms].sort((a, b) => rank(b) - rank(a)).slice(0, MAX_TERMS));
  return { ...plan, terms: plan.terms.filter((t) => keep.has(t)) };
}

/**
 * Throw when the caller has aborted: an `AbortError`, as fetch() rejects. Not
 * `signal.throwIfAborted()` nor `signal.reason`: Safari before 15.4 has neither
 * (src/features/old-browsers/features.ts).
 */
function stopIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new DOMException('The search was replaced', 'AbortError');
}

/**
 * Pages scored between two pauses (searchSite's `pause`): on a slow computer four long pages met
 * for the first time took 40–50 ms together (traced at 4× CPU); one page a step, now that a
 * pause costs no wait (src/lib/next-task.ts).
 */
const PAGES_PER_PAUSE = 1;

class Counter {
  searches = 0;
  constructor(
    readonly pagefind: PagefindLike,
    readonly vocab?: Vocabulary,
    readonly signal?: AbortSignal,
  ) {}
  /** Pages that have every one of `terms`, in Pagefind's order. */
  async all(terms: readonly string[]): Promise<PagefindResult[]> {
    if (!terms.length) return [];
    // A search the caller has given up on asks Pagefind nothing more.
    stopIfAborted(this.signal);
    this.searches += 1;
    const { vocab } = this;
    const form = (t: string) => pagefindTerm(vocab ? commonForm(t, vocab) : t);
    return (await this.pagefind.search(terms.map(form).join(' ')))?.results ?? [];
  }
}

/**
 * A result's page as its own search found it. Pagefind keeps one object per page and rewrites its
 * matched words, excerpt and sections each time another search's result for that page is loaded,
 * so a page found by an earlier search of the same question would show a later search's words:
 * each search's page is copied as it is loaded.
 */
export async function pageOf(result: PagefindResult): Promise<PageData> {
  const page = await result.data();
  return {
    ...page,
    locations: [...page.locations],
    ...(page.sub_results && {
      sub_results: page.sub_results.map((s) => ({
        ...s,
        ...(s.locations && { locations: [...s.locations] }),
      })),
    }),
  };
}

/** Whether the page matched one of the words, not only a one- or two-letter prefix of them. */
function realMatch(page: PageData, terms: readonly string[]): boolean {
  const contentWords = page.content.split(/\s+/);
  const matched = page.locations.map((i) => contentWords[i] ?? '');
  return !matched.length || matched.some((w) => isRealMatch(w, terms));
}

/**
 * No page has every word: drop the least informative word, one at a time, until some page has
 * all that is left (linear in the number of words).
 */
async function relaxed(
  pf: Counter,
  plan: QueryPlan,
  vocab?: Vocabulary,
  have: ReadonlySet<string> = new Set(),
): Promise<PagefindResult[]> {
  const weight = (t: string) =>
    (vocab ? informativeness(t, vocab) : 1) * (plan.guessed.includes(t) ? 0.4 : 1);
  const kept = [...plan.terms];
  const found: PagefindResult[] = [];
  const ids = new Set(have);
  // Go on dropping words until a few pages are found: a word that only one page has by chance
  // («забыл») must not leave that page alone (still one search per word).
  while (kept.length > 1 && ids.size < MIN_PAGES) {
    let least = 0;
    kept.forEach((t, i) => {
      if (weight(t) < weight(kept[least]!)) least = i;
    });
    kept.splice(least, 1);
    for (const r of await pf.all(kept)) {
      if (ids.has(r.id)) continue;
      ids.add(r.id);
      found.push(r);
    }
  }
  return found;
}

/** Pages a many-word question should bring before the search stops dropping words. */
const MIN_PAGES = 3;

/** Words of such a question that are not the term (beginnings). */
const DEFINITION_WORDS = ['расшифр', 'определени', 'означа', 'термин', 'программ', 'штук'];

/**
 * The page's term entry (a <dt> with an id) whose name has every one of `terms`, or all but one
 * of three or more (a question's own word: «… это роль?»); of several, the one with most of them,
 * then the fewest other words («сервисы отдачи» → «Сервисы отдачи», not «Токен (идентификатор
 * для использования сервисов отдачи)»).
 */
export function termEntry(page: PageData, terms: readonly string[]): string | undefined {
  if (!terms.length) return undefined;
  let best: { id: string; c: number; extra: number } | undefined;
  for (const a of page.anchors ?? []) {
    if (a.element !== 'dt' || !a.id) continue;
    const c = headingCoverage(a.text, terms);
    // Every word, or all but one of three or more («уполномоченное учреждение это роль?»).
    if (c < 1 && (terms.length < 3 || c * terms.length < terms.length - 1)) continue;
    const extra = words(a.text).length;
    if (!best || c > best.c || (c === best.c && extra < best.extra)) best = { id: a.id, c, extra };
  }
  return best?.id;
}

/**
 * The page's term entry whose name (before a dash or a bracket: «ЛК — личный кабинет», «Токен
 * (идентификатор…)») is exactly `terms`, two words or more: a query that is only a term's name
 * («уполномоченное учреждение», «документы приёмки») asks what the term is.
 */
export function exactTermEntry(page: PageData, terms: readonly string[]): string | undefined {
  if (terms.length < 2) return undefined;
  for (const a of page.anchors ?? []) {
    if (a.element !== 'dt' || !a.id) continue;
    const name = a.text.split(/\s[—–-]\s|\(/)[0] ?? '';
    if (words(name).length === terms.length && headingCoverage(name, terms) === 1) return a.id;
  }
  return undefined;
}

/**
 * On «Что изменилось» each guide has its own list, under a heading with the guide's title
 * (changesAnchor): the result opens the list of the guide the query names, by a word of its title
 * that at most two titles share; a query that names no guide («что изменилось в инструкциях»)
 * opens the page at its start, not some guide's list. `best`: the section chosen so far.
 */
export function changesSection(
  page: PageData,
  terms: readonly string[],
  best: SubResult | undefined,
): SubResult | undefined {
  const prefix = changesAnchor('');
  const lists = (page.anchors ?? []).filter(
    (a) => a.id?.startsWith(prefix) && /^h[2-6]$/.test(a.element),
  );
  const named = (a: { text: string }, t: string) => headingCoverage(a.text, [t]) > 0;
  const chosen = anchorOf(best);
  // A page the readers' questions brought without its sections: their list's heading is all
  // there is to read.
  if (!lists.length) {
    const title = best?.title ?? '';
    return chosen.startsWith(prefix) && !terms.some((t) => named({ text: title }, t))
      ? undefined
      : best;
  }
  const telling = terms.filter((t) => lists.filter((a) => named(a, t)).length <= 2);
  let most = 0;
  for (const a of lists) most = Math.max(most, headingCoverage(a.text, telling));
  if (most === 0) return lists.some((a) => a.id === chosen) ? undefined : best;
  const own = lists.find((a) => a.id === chosen);
  if (own && headingCoverage(own.text, telling) === most) return best;
  return sectionOf(page, lists.find((a) => headingCoverage(a.text, telling) === most)!.id);
}

/** The section a query asks for by its kind («что получится»), when the page has it. */
function askedSection(page: PageData, ids: readonly string[]): SubResult | undefined {
  for (const id of ids) {
    const s = page.sub_results?.find((r) => r.anchor?.id === id);
    if (s) return s;
    // Pagefind lists only sections with a match; the asked one may have none of the words.
    const a = page.anchors?.find((r) => r.id === id && /^h[2-6]$/.test(r.element));
    if (a) return sectionLink(page, a.id, a.text);
  }
  return undefined;
}

/** The id of the section a link opens; TOP for none. */
function anchorOf(link: SubResult | undefined): string {
  const hash = link?.url.split('#')[1];
  return hash ? decodeURIComponent(hash) : TOP;
}

/** The page's section with that id as a link (TOP: none, the page opens at its start). */
function sectionOf(page: PageData, id: string): SubResult | undefined {
  if (id === TOP) return undefined;
  const title = page.anchors?.find((a) => a.id === id)?.text ?? '';
  return (page.sub_results ?? []).find((s) => s.anchor?.id === id) ?? sectionLink(page, id, title);
}

/**
 * What the section choice reads of each section of a page: its sections as cut and scored for the
 * query (search-sections.ts), and any other one a signal names (a page only readers' questions
 * found has no content).
 */
function sectionCandidates(
  page: PageData,
  scoredSections: readonly ScoredSection[],
  signals: {
    rules: string;
    kind: readonly string[];
    named: string | undefined;
    pinned: string | undefined;
    own: AskedSections | undefined;
    site: ReadonlyMap<string, number>;
    places: ReadonlyMap<string, number>;
    voted: string | undefined;
    terms: readonly string[];
    stepDetail: boolean;
  },
): SectionCandidate[] {
  const { rules, kind, named, pinned, own, site, places, voted, terms, stepDetail } = signals;
  const shares = new Map<string, number>();
  for (const [place, share] of own?.shares ?? []) {
    const id = place.anchor ?? TOP;
    shares.set(id, (shares.get(id) ?? 0) + share);
  }
  const titles = new Map(scoredSections.map((s) => [s.id, s.title]));
  const signalled = [
    rules,
    named,
    voted,
    ...shares.keys(),
    ...kind.filter((k) => hasAnchor(page, k)),
  ];
  for (const id of signalled) {
    if (id && !titles.has(id)) titles.set(id, page.anchors?.find((a) => a.id === id)?.text ?? '');
  }
  if (!titles.has(TOP)) titles.set(TOP, page.meta.title ?? '');
  const byId = new Map(scoredSections.map((s) => [s.id, s]));
  return [...titles].map(([id, title]) => ({
    id,
    rules: id === rules,
    kind: kind.includes(id),
    named: id === named,
    pinned: id === pinned,
    ownShare: shares.get(id) ?? 0,
    ownSimilarity: own?.similarity ?? 0,
    siteShare: site.get(id) ?? 0,
    placeModel: places.get(id === TOP ? '' : id) ?? 0,
    voted: id === voted,
    score: byId.get(id)?.score ?? 0,
    matched: byId.get(id)?.matched ?? 0,
    heading: id === TOP ? 0 : headingCoverage(title, terms),
    stepDetail,
    terms: terms.length,
  }));
}

function hasAnchor(page: PageData, id: string): boolean {
  return !!page.anchors?.some((a) => a.id === id);
}

/** The sections around a guide's steps, and the steps' own (search-synonyms.ts SECTION_WORDS). */
const AROUND_STEPS = new Set(['кто-может-это-сделать', 'что-понадобится', 'что-получится']);
/**
 * The sections around a guide's steps that words alone do not open: what is needed, what comes
 * out, what next. («Кто может это сделать» does: «администратор сервисов отдачи» names the who.)
 */
const FRAME = new Set(['что-понадобится', 'что-получится', 'что-дальше']);
const STEPS_SECTION = 'шаги';

/** A link to a section of the page that Pagefind did not list as a sub-result. */
function sectionLink(page: PageData, id: string, title: string): SubResult {
  const path = pathOf(page);
  return { title, url: `${path}#${encodeURIComponent(id)}`, excerpt: '' };
}

/**
 * Order: a one-term question that starts with a page's phrasing («что такое РИС»), then a page
 * whose search-only phrasings (keywords) are the query, then pages whose title has most of the
 * query's words; a pasted error brings up the page with a section heading that has nearly all
 * its words. The troubleshooting page does not take first place from a guide whose own title or
 * phrasing matches. Otherwise pages rank by `scoreOf` (the most query words one section holds,
 * then the query words in the title), then in Pagefind's order.
 */
export const RANKING = {
  /** «что такое …» with one term, or a section named by every term. */
  startsWithPhrase: 1.3,
  /** The query is one of the page's own phrasings. */
  ownPhrase: 1.2,
  /** Title coverage from which a title counts. */
  titleFrom: 0.6,
  /** Section heading coverage from which a pasted error's section counts. */
  sectionFrom: 0.75,
  /** Words of a failure told in the reader's words that a dictionary entry's heading names. */
  entryHeadingWords: 3,
} as const;

function byHeadings(
  pages: PageData[],
  plan: QueryPlan,
  pinned: ReadonlySet<string>,
  scoreOf: (page: PageData) => number = () => 0,
  coverageOf?: Map<PageData, number>,
): PageData[] {
  const { terms } = plan;
  const sections = plan.error && terms.length >= 2;
  const coverage = (page: PageData) => {
    const path = pathOf(page);
    // Of pages the reader's words pin, the one pinned first (synonyms in list order: the
    // narrower phrasing is listed first).
    if (pinned.has(path)) return 2 + (pinned.size - [...pinned].indexOf(path)) / 100;
    const keywords = page.meta.keywords ?? '';
    // «что такое …»: with one term, or when a section of the page is named by every term (a
    // glossary entry: «что значит уполномоченный орган»).
    if (
      startsWithPhrase(keywords, plan.understood) &&
      (terms.length === 1 ||
        (page.sub_results ?? []).some((s) => headingCoverage(s.title, terms) === 1))
    ) {
      return RANKING.startsWithPhrase;
    }
    if (matchesPhrase(keywords, terms)) return RANKING.ownPhrase;
    const title = headingCoverage(page.meta.title ?? '', terms);
    // An error (pasted or retold) is answered by its entry: a guide's title counts only whole.
    const titleFrom = plan.error ? 1 : RANKING.titleFrom;
    const best = Math.max(
      title >= titleFrom ? title : 0,
      ...(sections ? (page.sub_results ?? []) : []).map((s) => {
        const c = headingCoverage(s.title, terms);
        return c >= RANKING.sectionFrom ? c + 0.05 : 0;
      }),
    );
    return Math.round(best * 20) / 20;
  };
  const covered = pages.map((page, order) => ({
    page,
    order,
    cov: coverage(page),
    score: scoreOf(page),
  }));
  for (const { page, cov } of covered) coverageOf?.set(page, cov);
  return covered
    .sort((a, b) => b.cov - a.cov || b.score - a.score || a.order - b.order)
    .map((e) => e.page);
}

function subResults(page: PageData, lead: string): SubResult[] {
  const own = pathOf(page);
  return (page.sub_results ?? [])
    .filter((s) => s.url !== own && s.anchor?.id !== '_top' && s.title !== page.meta.title)
    .filter((s) => s.url !== lead)
    .map((s, order) => ({ s, order, hits: s.locations?.length ?? 0 }))
    .sort((a, b) => b.hits - a.hits)
    .slice(0, MAX_SUB_RESULTS)
    .sort((a, b) => a.order - b.order)
    .map(({ s }) => ({ ...s, excerpt: junkExcerpt(s.excerpt) ? '' : tidyExcerpt(s.excerpt) }));
}

/**
 * The step of the page's «Шаги» the query's words single out (search-sections.ts bestStep), as a
 * link titled by its number and first words: «Шаг 4. Укажите срок действия токена…».
 */
function stepLink(
  page: PageData,
  sections: readonly ScoredSection[] | undefined,
  terms: readonly string[],
  weight: (term: string) => number,
): SubResult | undefined {
  const within = sections?.find((s) => s.id === STEPS_SECTION);
  const step = bestStep(page.content, stepsOf(page.content, page.anchors, within), terms, weight);
  return (
    step && {
      title: `Шаг ${step.number}. ${step.title}`,
      url: `${pathOf(page)}#${encodeURIComponent(step.id)}`,
      excerpt: '',
    }
  );
}

/** The sections offered under a result with a step first, if any (and not where the result leads). */
function withStep(step: SubResult | undefined, sections: SubResult[], lead: string): SubResult[] {
  if (!step || step.url === lead) return sections;
  return [step, ...sections].slice(0, MAX_SUB_RESULTS);
}

/**
 * The sections offered under a result, as the section choice ranks them (`order`: indexes into
 * `choice`, best first), up to MAX_SUB_RESULTS; never the place the result opens.
 */
function modelSubResults(
  page: PageData,
  lead: string,
  choice: readonly SectionCandidate[],
  order: readonly number[],
): SubResult[] {
  const opened = anchorOf({ title: '', url: lead, excerpt: '' });
  const subs: SubResult[] = [];
  for (const i of order) {
    const id = choice[i]!.id;
    if (id === opened) continue;
    const sub = sectionOf(page, id);
    if (!sub?.title || sub.title === page.meta.title) continue;
    subs.push({ ...sub, excerpt: junkExcerpt(sub.excerpt) ? '' : tidyExcerpt(sub.excerpt) });
    if (subs.length === MAX_SUB_RESULTS) break;
  }
  return subs;
}

async function findPages(
  pf: Counter,
  plan: QueryPlan,
  vocab?: Vocabulary,
): Promise<{ pages: PageData[]; partial: boolean }> {
  const { terms } = plan;
  if (!terms.length) return { pages: [], partial: false };
  const load = async (results: PagefindResult[]) =>
    (await Promise.all(results.map(pageOf))).filter((p) => realMatch(p, terms));
  const exactResults = await pf.all(terms);
  const exact = await load(exactResults);
  if (terms.length === 1) {
    return { pages: exact, partial: exact.length > 0 && plan.unknown.length > 0 };
  }
  if (exact.length >= 3) {
    // Pages that have every word may all be there for the reader's filler («должен», «под
    // рукой»): the pages with every word the site names things with come after them («прав»,
    // «РИС» — the guide about the topic, which may lack the filler).
    const named = vocab ? terms.filter((t) => isNamed(t, vocab)) : [];
    if (named.length < 2 || named.length === terms.length) {
      return { pages: exact, partial: plan.unknown.length > 0 };
    }
    const have = new Set(exactResults.map((r) => r.id));
    const more = await load((await pf.all(named)).filter((r) => !have.has(r.id)));
    return { pages: [...exact, ...more], partial: plan.unknown.length > 0 };
  }
  const urls = new Set(exact.map((p) => p.url));
  const have = new Set(exactResults.map((r) => r.id));
  const dropped = await relaxed(pf, plan, vocab, have);
  for (const r of dropped) have.add(r.id);
  // Dropping words keeps the rarest one, which may be the reader's own verb («посмотреть»,
  // «прошли») that one page happens to have: the pages with every other word come after.
  const rank = (t: string) => (vocab ? informativeness(t, vocab) : 0);
  const rarest = [...terms].sort((a, b) => rank(b) - rank(a))[0]!;
  const others = (await pf.all(terms.filter((t) => t !== rarest))).filter((r) => !have.has(r.id));
  for (const r of others) have.add(r.id);
  // And the pages with every word the site names things with («дату предоставления доступа …
  // РИС» without the reader's «ставить», which only the glossary happens to have).
  const named = vocab ? terms.filter((t) => isNamed(t, vocab)) : [];
  // (Not when that is the search just made: every word but the rarest.)
  const same = named.length === terms.length - 1 && !named.includes(rarest);
  const byName =
    named.length >= 2 && named.length < terms.length && !same
      ? (await pf.all(named)).filter((r) => !have.has(r.id))
      : [];
  const more = (await load([...dropped, ...others, ...byName])).filter((p) => !urls.has(p.url));
  return { pages: [...exact, ...more], partial: exact.length === 0 || plan.unknown.length > 0 };
}

/**
 * A question that asks for a kind of section («кто может…», «что понадобится», «что дальше») is
 * answered by a guide that has such a section: those pages move before the pages without it, below
 * any page the reader's words pin. Every guide has such a section, so the topic decides among
 * them: the guide whose title has more of the question's words first («перерегистрацию прошли,
 * что дальше» → «После перерегистрации»), then in their order.
 */
export function kindFirst(
  ranked: PageData[],
  asked: readonly string[],
  pinned: ReadonlySet<string>,
  terms?: readonly string[],
): void {
  if (!asked.length) return;
  const has = (p: PageData) =>
    pinned.has(pathOf(p)) ||
    (p.anchors ?? []).some((a) => asked.includes(a.id) && /^h[2-6]$/.test(a.element));
  let withKind = ranked.filter(has);
  if (terms) {
    const title = (p: PageData) =>
      pinned.has(pathOf(p)) ? 2 : headingCoverage(p.meta.title ?? '', terms);
    withKind = withKind
      .map((p, i) => ({ p, i, t: title(p) }))
      .sort((a, b) => b.t - a.t || a.i - b.i)
      .map((e) => e.p);
  }
  const sorted = [...withKind, ...ranked.filter((p) => !has(p))];
  ranked.splice(0, ranked.length, ...sorted);
}

/**
 * Every guide has the asked kind of section, and the one the question is about may have none of
 * its filler words («кто должен заходить для выдачи прав РИС»): the pages with a section of that
 * id that the search did not find, in one more search (the heading's longest word).
 */
async function withSection(
  pf: Counter,
  section: string,
  found: readonly PageData[],
): Promise<PageData[]> {
  const word = section.split('-').reduce((a, b) => (b.length > a.length ? b : a));
  const known = new Set(found.map((p) => p.url));
  const pages = await Promise.all((await pf.all([word])).map(pageOf));
  return pages.filter((p) => !known.has(p.url) && (p.anchors ?? []).some((a) => a.id === section));
}

/** «ошибки со сроком действия», «типичные проблемы с обращениями»: errors as a group. */
const GROUP =
  /^(?:какие )?(?:бывают )?(?:типичн\S* |частые |част\S* )?(?:ошибки|проблемы|сбои|неполадки)( |$)/;
const GROUP_WORDS = /^(?:ошибк|проблем|сбо|неполад|типичн|част|бывают)/;

/**
 * A question about a group of errors, not one («ошибки из-за истёкших сроков», «проблемы с
 * обращениями»), is answered by the dictionary's group whose heading («Сроки действия»,
 * «Обращения в поддержку») has half of the question's other words, or two of them: its id.
 */
export function errorGroup(
  raw: string,
  terms: readonly string[],
  ranked: readonly PageData[],
  dictionary: string,
): string | undefined {
  if (!GROUP.test(normalize(raw))) return undefined;
  const topic = terms.filter((t) => !GROUP_WORDS.test(t));
  const page = ranked.find((p) => pathOf(p) === dictionary);
  if (!topic.length || !page) return undefined;
  let best: { id: string; c: number } | undefined;
  for (const a of page.anchors ?? []) {
    if (a.element !== 'h2' || a.id.startsWith('starlight__')) continue;
    const c = headingCoverage(a.text, topic);
    if ((c >= 0.5 || c * topic.length >= 2) && c > (best?.c ?? 0)) best = { id: a.id, c };
  }
  return best?.id;
}

/** The error dictionary's path (the page of its entries), when the engine has entries. */
function dictionaryPath(data: EngineData, base: string): string | undefined {
  return data.messages[0] ? `${base}${data.messages[0].path}` : undefined;
}

/**
 * A question that reads like a failure («забыл нажать продолжить», «пароль перестал подходить»)
 * is answered by the dictionary entry that has as many of its words as the best section of the
 * page ranked first, or whose heading names three of them: the entry moves to the top. Not above
 * a page the reader's words pin.
 */
export function failureFirst(
  ranked: PageData[],
  plan: QueryPlan,
  pinned: ReadonlySet<string>,
  best: (page: PageData) => ScoredSection | undefined,
  dictionary: string | undefined,
): void {
  const lead = ranked[0];
  if (!plan.error || !dictionary || !lead) return;
  const at = ranked.findIndex((p) => pathOf(p) === dictionary);
  if (at <= 0 || pinned.has(pathOf(lead))) return;
  const entry = best(ranked[at]!);
  // An entry's heading is the failure in the reader's words: one that names as many of the
  // question's words as RANKING.entryHeadingWords answers it («нажал сохранить … пароль сменился»
  // → «… нажали «Сохранить» — пароль снова изменился»), though a guide's steps have more of them.
  const named = entry
    ? Math.round(headingCoverage(entry.title, plan.terms) * plan.terms.length)
    : 0;
  if (
    entry?.id.startsWith('err-') &&
    (entry.matched >= (best(lead)?.matched ?? 0) || named >= RANKING.entryHeadingWords)
  ) {
    ranked.unshift(...ranked.splice(at, 1));
  }
}

/** A page the ranking did not find, as readers' questions name it (search-asked.ts). */
function askedPage(path: string, place: AskedPlace): PageData {
  const { title, anchor, section } = place;
  return {
    url: path,
    content: '',
    excerpt: '',
    meta: { title },
    locations: [],
    sub_results: anchor
      ? [{ title: section!, url: `${path}#${anchor}`, excerpt: '', anchor: { id: anchor } }]
      : [],
  };
}

/** The section readers' questions agree on, as the page's sub-result when Pagefind lists it. */
function learnedLink(page: PageData, place: AskedPlace): SubResult {
  return (
    (page.sub_results ?? []).find((s) => s.anchor?.id === place.anchor) ??
    sectionLink(page, place.anchor!, place.section!)
  );
}

/**
 * The order by the ranking and by readers' questions together (search-asked.ts VOTE): a page's
 * place counts VOTE.rank / (place + 1), its share of the questions' vote its weight × the
 * closest question's similarity; a page only the questions name joins. A lead the reader's own
 * words pin stays first.
 */
function byVote(pages: PageData[], vote: AskedVote, base: string, keepLead: boolean): void {
  const known = new Set(pages.map(pathOf));
  for (const [rel, { title, section }] of vote.pages) {
    const path = `${base}${rel}`;
    if (!known.has(path)) pages.push(askedPage(path, section ?? { page: rel, title }));
  }
  const score = (page: PageData, i: number) =>
    VOTE.rank / (i + 1) +
    vote.weight * vote.similarity * (vote.pages.get(pathOf(page).slice(base.length))?.share ?? 0);
  const ranked = pages.map((page, i) => ({ page, s: score(page, i) }));
  const lead = keepLead ? ranked.shift() : undefined;
  ranked.sort((a, b) => b.s - a.s);
  pages.splice(0, pages.length, ...(lead ? [lead.page] : []), ...ranked.map((r) => r.page));
}

/** Read a query and search the site. `base`: the site's base path, with a trailing slash. */
export async function searchSite(
  pagefind: PagefindLike,
  data: EngineData,
  typed: string,
  options: {
    literal?: boolean;
    base?: string;
    explain?: boolean;
    /**
     * Awaited between the ranking's synchronous stages (the rules; the closest readers'
     * questions and their vote; the questions page by page and the reranker; each result's
     * section), so that a caller on the main thread can let the browser breathe: the dialog
     * passes a macrotask, and no long task holds the whole ranking.
     */
    pause?: () => Promise<void>;
    /**
     * Aborted when the caller no longer wants this answer (the reader typed on): the search
     * rejects with an AbortError at its next Pagefind call or pause, so a replaced search
     * stops costing the main thread.
     */
    signal?: AbortSignal;
  } = {},
): Promise<Answer> {
  const base = options.base ?? '/';
  const pf = new Counter(pagefind, data.vocab, options.signal);
  const pause = async () => {
    await options.pause?.();
    stopIfAborted(options.signal);
  };
  const raw = readable(typed, data.vocab);
  // Planned: the first MAX_PLANNED words (a pasted message is still matched on all of raw below).
  const planned = firstWords(raw, MAX_PLANNED);
  const { vocab, russian } = data;
  let plan =
    options.literal || !vocab
      ? literalPlan(raw)
      : planQuery(planned, vocab, { russian, corrections: false });
  const all = plan.terms;
  plan = capped(plan, vocab);
  let found = await findPages(pf, plan, vocab);
  // Corrections only with evidence: the query as typed found nothing.
  if (!found.pages.length && vocab && !options.literal) {
    const corrected = planQuery(planned, vocab, { russian, corrections: true });
    if (corrected.understood !== plan.understood) {
      const second = await findPages(pf, capped(corrected, vocab), vocab);
      if (second.pages.length) [plan, found] = [capped(corrected, vocab), second];
    }
  }
  // What the reader said: a query typed in the wrong layout is read as its ЙЦУКЕН reading.
  const said = plan.layout ? plan.understood : raw;
  // Reader words for what the site calls otherwise (search-synonyms.ts).
  const pinned = new Set<string>();
  const anchors = new Map<string, string>();
  const dictionary = dictionaryPath(data, base);
  const has = (path: string) => found.pages.some((p) => pathOf(p) === path);
  // A reader's phrasing with a slip in it («распчатать мой план», «расшфровка», «подготвить») is
  // the phrasing: synonyms and the question's kind are read in the query as typed and, when the
  // planner corrected a word, as corrected.
  const readBoth = <T>(read: (text: string) => readonly T[]): T[] =>
    plan.corrected ? [...new Set([...read(said), ...read(plan.understood)])] : [...read(said)];
  const asks = (test: (text: string) => boolean) =>
    test(said) || (plan.corrected && test(plan.understood));
  const synonyms = readBoth(matchSynonyms);
  for (const syn of synonyms) {
    const path = `${base}${syn.page}`;
    pinned.add(path);
    // Of two phrasings for one page, the first listed (the more specific) names the section.
    if (syn.anchor && !anchors.has(path)) anchors.set(path, syn.anchor);
    const entry = syn.entry && dictionary && !has(dictionary) ? dictionary : undefined;
    if (has(path) && !entry) continue;
    const results = await Promise.all((await pf.all(words(syn.site))).map(pageOf));
    const page = has(path) ? undefined : results.find((p) => pathOf(p) === path);
    if (page) found.pages.unshift(page);
    const dict = entry && results.find((p) => pathOf(p) === entry);
    if (dict) found.pages.push(dict);
  }
  // A query that is a page's title word for word («Что изменилось», «Мой прогресс»): the reader
  // names the page, as the sidebar does. (Searched, the title's words find it.)
  const titled = found.pages.find(
    (p) => !!p.meta.title && words(p.meta.title).join(' ') === words(said).join(' '),
  );
  if (titled) pinned.add(pathOf(titled));
  // It opens at its start, unless it is a guide: a guide's task is its «Шаги».
  const titledTop =
    titled && !titled.anchors?.some((a) => a.id === STEPS_SECTION) ? pathOf(titled) : undefined;
  // A synonym said alone that names a page without a section («глоссарий», «словарь терминов»):
  // the reader names the page, which opens at its start too.
  const namedTop = synonyms.find((syn) => syn.alone && !syn.anchor);
  const namedTopPath = namedTop ? `${base}${namedTop.page}` : undefined;
  // A phone number typed as one word («88006009089») opens the section that lists it.
  for (const number of plan.terms.filter((t) => /^\d{10,11}$/.test(t))) {
    for (const page of found.pages) {
      const path = pathOf(page);
      const sections = pageSections(page.content, page.anchors, page.meta.title);
      const id = anchors.has(path) ? undefined : numberSection(page.content, sections, number);
      if (id) anchors.set(path, id);
    }
  }
  // «что такое ЛК», «ГоИС расшифровка», «кто такой заказчик»: a term's entry (a glossary <dt>)
  // comes first and opens at the term. The term is the one the question names (namedTerm: the
  // longest beginning of its name, of two words or more, that names an entry — «что такое
  // сервисы отдачи простыми словами»; one word only when it is the whole name, so «обращение
  // висит… — это нормально?» names none), else an entry with every other word of the question.
  // When the question's words did not find the entry's page, the name's first word looks it up.
  // A query that is only a term's name of two words or more asks what it is: the seven tuning
  // questions «уполномоченное учреждение» and «документы приёмки» (four corpora) all want the
  // entry, where a guide that mentions the term ranked first. Not when the sidebar names a part
  // of the site so («электронное активирование»: the reader is going there), nor when the
  // closest readers' questions agree on another page («закупка малого объёма»: the request's
  // flag). Tuning first places +7, none lost.
  const namesSection = SECTIONS.some(
    ({ label }) =>
      words(label).length === plan.terms.length && headingCoverage(label, plan.terms) === 1,
  );
  const entryPage = asks(asksDefinition)
    ? undefined
    : found.pages.find((page) => exactTermEntry(page, plan.terms));
  const elsewhere =
    entryPage && data.asked && !options.literal ? nearestAsked(data.asked, said) : undefined;
  const bareTerm =
    !namesSection &&
    !!entryPage &&
    (!elsewhere || `${base}${elsewhere.place.page}` === pathOf(entryPage));
  const definition = bareTerm || asks(asksDefinition);
  let termPage: string | undefined;
  if (definition) {
    const asked = plan.terms.filter((t) => !DEFINITION_WORDS.some((w) => t.startsWith(w)));
    const named = namedTerm(said);
    const namedEntry = (page: PageData) => {
      for (let n = named.length; n > 0 && (n > 1 || named.length === 1); n -= 1) {
        const id = termEntry(page, named.slice(0, n));
        if (id) return id;
      }
      return undefined;
    };
    const entryOf = (page: PageData) => namedEntry(page) ?? termEntry(page, asked);
    let at = found.pages.findIndex((page) => entryOf(page));
    if (at < 0 && named.length) {
      const pages = await Promise.all((await pf.all(named.slice(0, 1))).map(pageOf));
      const page = pages.find(namedEntry);
      if (page) at = found.pages.push(page) - 1;
    }
    const page = found.pages[at];
    if (page) {
      const path = pathOf(page);
      pinned.add(path);
      anchors.set(path, entryOf(page)!);
      termPage = path;
    }
  }
  // The print page holds every guide: it answers only when asked for (a synonym pins it), and
  // otherwise follows the guides it copies.
  const copies = COPY_PAGES.map((p) => `${base}${p}`).filter((p) => !pinned.has(p));
  const isCopy = (p: PageData) => copies.includes(pathOf(p));
  // Every page cut into sections and scored BM25-style (search-sections.ts): the page ranks by
  // its best section, and the result opens it.
  const weight = (t: string) => (vocab ? informativeness(t, vocab) : 1);
  // Within a ranking class, a page ranks by the most of the query's words one of its sections
  // holds, then in Pagefind's order: a long page («Ошибки и решения», the glossary) has every
  // word somewhere, a guide's section has them together.
  const together = new Map<PageData, number>();
  const sectionsOf = new Map<PageData, ScoredSection[]>();
  const scored = new Map<PageData, ScoredSection | undefined>();
  for (const [i, page] of found.pages.entries()) {
    // A page met for the first time since the search opened is cut into its words here: tens
    // of milliseconds for a few long pages on a slow computer, so a pause every few pages.
    if (i > 0 && i % PAGES_PER_PAUSE === 0) await pause();
    const sections = pageSections(page.content, page.anchors, page.meta.title);
    const all = scoreSections(page.content, sections, plan.terms, weight);
    sectionsOf.set(page, all);
    together.set(page, Math.max(0, ...all.map((s) => s.matched)));
    scored.set(page, bestOf(all));
  }
  // Then, of pages with as many words together, the one whose title has more of them (at most
  // MAX_TERMS, so the first count always decides).
  const inTitle = (p: PageData) =>
    Math.round(headingCoverage(p.meta.title ?? '', plan.terms) * plan.terms.length);
  const coverage = new Map<PageData, number>();
  const ranked = byHeadings(
    found.pages,
    plan,
    pinned,
    (p) => (together.get(p) ?? 0) * (MAX_TERMS + 1) + inTitle(p),
    coverage,
  );
  failureFirst(ranked, plan, pinned, (p) => scored.get(p), dictionary);
  const group = dictionary ? errorGroup(said, plan.terms, ranked, dictionary) : undefined;
  if (group) {
    pinned.add(dictionary!);
    anchors.set(dictionary!, group);
    const at = ranked.findIndex((p) => pathOf(p) === dictionary);
    ranked.unshift(...ranked.splice(at, 1));
  }
  const asked = definition ? [] : readBoth(matchSections);
  if (asked.length) ranked.push(...(await withSection(pf, asked[0]!, ranked)));
  kindFirst(ranked, asked, pinned, plan.terms);
  // The same words said as a failure: the synonym's dictionary entry, first for an error, else
  // right after the page.
  for (const syn of synonyms) {
    if (!syn.entry || !dictionary) continue;
    const at = ranked.findIndex((p) => pathOf(p) === dictionary);
    if (at < 0) continue;
    anchors.set(dictionary, syn.entry);
    const [entryPage] = ranked.splice(at, 1);
    ranked.splice(plan.error ? 0 : Math.min(1, ranked.length), 0, entryPage!);
  }
  const pages = [...ranked.filter((p) => !isCopy(p)), ...ranked.filter(isCopy)];
  // The changes page retells every guide: it does not lead unless the reader asks for changes.
  const changes = `${base}${CHANGES_PAGE}`;
  if (pages.length > 1 && pathOf(pages[0]!) === changes && !pinned.has(changes)) {
    pages.splice(1, 0, pages.shift()!);
  }
  // What readers asked before (search-asked.ts): when the questions closest to this one agree on
  // a page, it leads, at their section if they agree on one; a page the reader's own words pin
  // (a synonym, a term's entry) keeps the lead and its section.
  const byRules = pages.map(pathOf);
  await pause();
  // The sections the reader's own words name (a synonym, a term, a message group), before the
  // closest questions' guess names more.
  const pinnedAnchors = new Map(anchors);
  const lead = pages[0] && pathOf(pages[0]);
  // (Already read when the query was checked for a term's bare name.)
  const guess =
    data.asked && !options.literal && !(lead && pinned.has(lead))
      ? entryPage
        ? elsewhere
        : nearestAsked(data.asked, said)
      : undefined;
  if (guess) {
    const { page: rel, anchor } = guess.place;
    const path = `${base}${rel}`;
    const at = pages.findIndex((p) => pathOf(p) === path);
    if (at !== 0) {
      pages.unshift(at > 0 ? pages.splice(at, 1)[0]! : askedPage(path, guess.place));
      if (anchor) anchors.set(path, anchor);
    } else if (anchor && !anchors.has(path)) {
      // They agree with the ranking on the page: their section, unless the question asks for a
      // kind of section («кто может…», «что понадобится»), which still decides.
      anchors.set(path, anchor);
    }
  }
  // Then the softer reading of the same questions reorders the results (a pinned lead stays).
  const vote = data.asked && !options.literal ? askedVote(data.asked, said) : undefined;
  if (vote) byVote(pages, vote, base, lead !== undefined && pinned.has(lead));
  await pause();
  // Last, the learned model reads all of that together and reorders the first few results.
  const first = pages.slice(0, RERANK_DEPTH);
  const pageModel =
    data.asked && !options.literal ? askedPages(data.asked, said) : new Map<string, number>();
  const candidates = first.map((page, place): Candidate => {
    const path = pathOf(page);
    const rel = path.slice(base.length);
    return {
      page: rel,
      place,
      rulePlace: byRules.indexOf(path),
      voteShare: vote?.pages.get(rel)?.share ?? 0,
      voteSimilarity: vote?.similarity ?? 0,
      voteWeight: vote?.weight ?? 0,
      guessed: guess?.place.page === rel,
      guessSimilarity: guess?.similarity ?? 0,
      pinned: pinned.has(path),
      sectionScore: scored.get(page)?.score ?? 0,
      together: together.get(page) ?? 0,
      inTitle: inTitle(page),
      coverage: coverage.get(page) ?? 0,
      terms: plan.terms.length,
      pageModel: pageModel.get(rel) ?? 0,
    };
  });
  if (data.rerank && !options.literal && first.length > 1) {
    const order = rerankOrder(data.rerank, candidates);
    pages.splice(0, first.length, ...order.map((i) => first[i]!));
  }
  const explained = options.explain ? { candidates } : {};
  await pause();
  const stepDetail = !plan.error && !asked.length && asks(asksStepDetail);
  const siteAnchors =
    data.asked && !options.literal ? askedAnchors(data.asked, said) : new Map<string, number>();
  const hits: Hit[] = [];
  for (const [i, page] of pages.entries()) {
    // Each result's section and excerpt: a pause every few results, as while scoring.
    if (i > 0 && i % PAGES_PER_PAUSE === 0) await pause();
    const path = pathOf(page);
    const anchor = anchors.get(path);
    const named = anchor
      ? ((page.sub_results ?? []).find((s) => s.anchor?.id === anchor) ??
        ({
          title: '',
          url: `${path}#${encodeURIComponent(anchor)}`,
          excerpt: page.excerpt,
        } as SubResult))
      : undefined;
    const top = scored.get(page);
    const section =
      top && top.id !== '_top'
        ? ((page.sub_results ?? []).find((s) => s.anchor?.id === top.id) ??
          sectionLink(page, top.id, top.title))
        : undefined;
    // The section this page's own questions agree on, else the one of the vote of all pages.
    const own =
      data.asked && !options.literal
        ? askedSections(data.asked, said, path.slice(base.length))
        : undefined;
    const learned = agreedSection(own) ?? vote?.pages.get(path.slice(base.length))?.section;
    // The section readers' questions agree on comes before the one whose words the query has
    // most; a kind of section asked for («кто может…») and a named one (a term, a guess) first.
    const chosen =
      askedSection(page, asked) ??
      named ??
      (learned?.anchor ? learnedLink(page, learned) : undefined) ??
      section;
    // A detail of a step («где ставить флаг…», «какую кнопку нажать», «куда вбить пароль») is in
    // a guide's «Шаги», though the short sections around them, or the page's top, may hold more
    // of the question's words. (With no kind of section asked for and none named, the section is
    // the learned one or the scored one; none: the top.) And a guide that nothing opens at a
    // section opens at its «Шаги», unless the question asks what a term means: the answer to a
    // guide's task is its steps (round 16: 2875 → 2889 of 3318 tuning first places). So does one
    // whose «Что понадобится», «Что получится» or «Что дальше» only the query's words chose:
    // «логин и пароль» is the task, not what comes after it (2899 → 2905; «Кто может…» too: −1).
    const at = learned?.anchor ?? (top && top.id !== '_top' ? top.id : undefined);
    const framed =
      !definition && !named && !asked.length && !learned?.anchor && !!top && FRAME.has(top.id);
    const ruled =
      (stepDetail && !named && (at === undefined || AROUND_STEPS.has(at))) ||
      (!chosen && !definition) ||
      framed
        ? (askedSection(page, [STEPS_SECTION]) ?? chosen)
        : chosen;
    // Last, the learned section choice reads those signals together (search-section-choice.ts).
    const choice =
      (data.sections || options.explain) && !options.literal
        ? sectionCandidates(page, sectionsOf.get(page) ?? [], {
            rules: anchorOf(ruled),
            kind: asked,
            named: anchors.get(path),
            pinned: pinnedAnchors.get(path),
            own,
            site: siteAnchors,
            places:
              data.asked && !options.literal
                ? askedPlaces(data.asked, said, path.slice(base.length))
                : new Map<string, number>(),
            voted: vote?.pages.get(path.slice(base.length))?.section?.anchor,
            terms: plan.terms,
            stepDetail,
          })
        : [];
    const picked = data.sections ? chooseSection(data.sections, choice) : -1;
    const best =
      picked >= 0 && !choice[picked]!.rules ? sectionOf(page, choice[picked]!.id) : ruled;
    const landed =
      path === titledTop || path === namedTopPath
        ? undefined
        : path === changes
          ? changesSection(page, plan.terms, best)
          : best;
    const url = landed?.url ?? page.url;
    hits.push({
      page,
      path,
      title: landed?.title
        ? `${page.meta.title ?? path} — ${landed.title}`
        : (page.meta.title ?? path),
      url,
      excerpt: readableExcerpt(page, landed),
      sections: withStep(
        options.literal ? undefined : stepLink(page, sectionsOf.get(page), plan.terms, weight),
        data.sections && choice.length
          ? modelSubResults(
              page,
              url,
              choice,
              nextSections(data.sections, choice, anchorOf(landed)),
            )
          : subResults(page, url),
        url,
      ),
      ...(options.explain ? { choice } : {}),
    });
  }
  // A pasted message is matched on its words as typed too (a corrected or dropped word, or one
  // past the search's word limit, is still part of the message).
  const typedWords = [...new Set(words(raw).filter((w) => !STOP_WORDS.has(w)))].slice(
    0,
    4 * MAX_TERMS,
  );
  // A question for a term's meaning names the term, not a message that mentions it.
  const entry = termPage ? undefined : matchMessage(all, data.messages, typedWords);
  if (entry) {
    const path = `${base}${entry.path}`;
    const at = hits.findIndex((h) => h.path === path);
    const page: PageData =
      at >= 0
        ? hits[at]!.page
        : { url: path, content: '', excerpt: '', meta: { title: entry.title }, locations: [] };
    const own = page.sub_results?.find((s) => s.anchor?.id === entry.id);
    const url = `${path}#${entry.id}`;
    const lead: Hit = {
      page,
      path,
      title: entry.title,
      url,
      // Plain text from the dictionary: escaped by excerptParts(), never read as HTML.
      excerpt: own?.excerpt
        ? tidyExcerpt(own.excerpt)
        : escapeText(entry.phrases[1] ?? entry.title),
      sections: subResults(page, url),
    };
    return {
      plan,
      hits: [lead, ...hits.filter((_, i) => i !== at)],
      partial: false,
      searches: pf.searches,
      ...explained,
      ...(options.explain ? { message: entry.path } : {}),
    };
  }
  return { plan, hits, partial: found.partial, searches: pf.searches, ...explained };
}

/**
 * Whether an excerpt is junk to a reader: a run of the page's search-only phrasings (hidden
 * keywords: «…пароль сменился; нажал ссылку;…») or a source-quote preamble.
 */
export function junkExcerpt(excerpt: string): boolean {
  return (excerpt.replace(/<[^>]*>/g, '').match(/;/g) ?? []).length >= 2;
}

/** An excerpt without the preamble of quoted sources («Дословно в источнике «…»:»). */
export function tidyExcerpt(excerpt: string): string {
  const gap = '(?:\\s|</?mark>)+';
  return excerpt
    .replace(new RegExp(`Дословно${gap}в${gap}источнике${gap}«[^»]*(?:»:?|$)\\s*`, 'g'), '')
    .replace(new RegExp(`^[^«<]{0,40}источнике${gap}«[^»]*»:?\\s*`), '')
    .trim();
}

/** The first readable excerpt: the answering section's, the page's, another section's. */
function readableExcerpt(page: PageData, best?: SubResult): string {
  const candidates = [
    best?.excerpt,
    page.excerpt,
    ...(page.sub_results ?? []).map((s) => s.excerpt),
  ]
    .filter((e): e is string => !!e)
    .map(tidyExcerpt);
  return candidates.find((e) => e && !junkExcerpt(e)) ?? '';
}

/** Text as Pagefind's excerpt HTML has it: `&`, `<`, `>` as entities. */
function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Pagefind's excerpt (text with HTML entities and <mark>…</mark>) as plain text parts, each
 * marked or not, to be put in with text nodes: no tag in the excerpt is ever read as HTML.
 */
export function excerptParts(excerpt: string): { text: string; mark: boolean }[] {
  const decode = (s: string) =>
    s
      .replace(/<[^>]*>/g, '')
      .replace(/&(lt|gt|quot|#39|#x27|apos|amp);/g, (_, e: string) =>
        e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === 'amp' ? '&' : "'",
      );
  const parts: { text: string; mark: boolean }[] = [];
  const re = /<mark>([\s\S]*?)<\/mark>/g;
  let at = 0;
  for (let m = re.exec(excerpt); m; m = re.exec(excerpt)) {
    if (m.index > at) parts.push({ text: decode(excerpt.slice(at, m.index)), mark: false });
    parts.push({ text: decode(m[1]!), mark: true });
    at = m.index + m[0].length;
  }
  if (at < excerpt.length) parts.push({ text: decode(excerpt.slice(at)), mark: false });
  return parts.filter((p) => p.text);
}

export { asksDefinition, normalize };
