/**
 * Sections as the unit of ranking. A page is cut at its headings (and glossary terms) into
 * sections, each scored BM25-style for the query's words: rarer words count more, a word counts
 * with diminishing returns, and a long section needs more matches than a short one, so a long page
 * that mentions every word once somewhere does not beat a short section that is about them. A word
 * in the section's heading counts extra. The page scores as its best section; the result opens
 * that section. Pure: no DOM; reads only Pagefind's page data (content and anchors).
 */
import { formStem, sameWord, words } from './search-query';

/** An element with an id on the page, as Pagefind reports it (word position in `content`). */
export interface PageAnchor {
  element: string;
  id: string;
  text: string;
  location: number;
}

export interface Section {
  /** The heading's id; `_top` for the page's start (title, lead, search-only phrasings). */
  id: string;
  title: string;
  /** Word positions in the page's content: [start, end). */
  start: number;
  end: number;
}

export interface ScoredSection extends Section {
  score: number;
  /** The query's words found in the section (heading or text). */
  matched: number;
}

/** BM25's constants: term-frequency saturation and how much section length counts. */
export const BM25 = { k1: 1.2, b: 0.75, avgLength: 150, heading: 1.5 } as const;

/** Elements that start a section: headings and glossary terms. */
const STARTS = /^(h[1-6]|dt)$/;

/** The page cut into sections at its headings (the first is `_top`). */
export function pageSections(
  content: string,
  anchors: readonly PageAnchor[] | undefined,
  title = '',
): Section[] {
  const length = pageWords(content).all.length;
  const starts = (anchors ?? [])
    .filter((a) => STARTS.test(a.element) && a.id)
    .sort((a, b) => a.location - b.location);
  if (!starts.length || starts[0]!.location > 0) {
    starts.unshift({ element: 'h1', id: '_top', text: title, location: 0 });
  }
  return starts.map((a, i) => ({
    id: a.id,
    title: a.text,
    start: a.location,
    end: i + 1 < starts.length ? starts[i + 1]!.location : length,
  }));
}

/** A page's words as Pagefind counts positions, normalised, and what was looked up in them. */
interface PageWords {
  all: string[];
  /** Made at the first term looked up (termHits). */
  index?: {
    /** Each distinct word and its positions. */
    places: Map<string, number[]>;
    /** The distinct words by their first four letters: a term's forms share its stem's. */
    byStart: Map<string, string[]>;
    /** The distinct words with parts («xml-файла», «web-торги-кс»). */
    compounds: string[];
  };
  /** Each term's positions (termHits). */
  hits: Map<string, number[]>;
}

/** The page's words, remembered per content. */
function pageWords(content: string): PageWords {
  let found = contentCache.get(content);
  if (!found) {
    // Lower case and «ё» once for the whole text; most words have nothing else to drop.
    const all = content
      .toLowerCase()
      .replace(/ё/g, 'е')
      .split(/\s+/)
      .map((w) => (/^[a-zа-я0-9.-]*$/.test(w) ? w : w.replace(/[^a-zа-я0-9.-]+/g, '')));
    if (contentCache.size >= 64) contentCache.clear();
    contentCache.set(content, (found = { all, hits: new Map() }));
  }
  return found;
}
const contentCache = new Map<string, PageWords>();

/**
 * Each section's score for the query's terms (`weight`: a term's informativeness). A term is
 * found where a word of the section is a form of it (search-query.ts sameWord). A heading earns
 * its bonus only for a term the page's title does not have: on «Как создать обращение» every
 * heading may say «обращение», which tells none of them apart (round 28: tuning first places
 * 3329 → 3332 of 3660 numbered, held-out 6481 → 6484 of 7386).
 */
export function scoreSections(
  content: string,
  sections: readonly Section[],
  terms: readonly string[],
  weight: (term: string) => number,
): ScoredSection[] {
  const page = pageWords(content);
  const { all } = page;
  const hits = terms.map((t) => termHits(page, t));
  const titled = words(sections.find((s) => s.id === '_top')?.title ?? '');
  return sections.map((s) => {
    const start = Math.max(0, s.start);
    const end = Math.min(s.end, all.length);
    const heading = words(s.title);
    const length = Math.max(1, end - start);
    const norm = BM25.k1 * (1 - BM25.b + (BM25.b * length) / BM25.avgLength);
    let score = 0;
    let matched = 0;
    for (const [i, t] of terms.entries()) {
      let tf = 0;
      for (const at of hits[i]!) if (at >= start && at < end) tf += 1;
      const inHeading =
        heading.some((w) => formOf(t, w)) && (s.id === '_top' || !titled.some((w) => formOf(t, w)));
      if (tf || inHeading) matched += 1;
      const w = weight(t);
      score += (w * (tf * (BM25.k1 + 1))) / (tf + norm);
      if (inHeading) score += w * BM25.heading;
    }
    return { ...s, score, matched };
  });
}

/**
 * The positions of the page's words that are forms of the term (formOf), in no order: the words
 * that start with the term's stem (looked up by its first four letters) and the compounds with a
 * part that is a form. Remembered per page and term, since queries repeat their words.
 */
function termHits(page: PageWords, term: string): number[] {
  let hits = page.hits.get(term);
  if (!hits) {
    if (!page.index) {
      const places = new Map<string, number[]>();
      for (const [i, w] of page.all.entries()) {
        if (!w) continue;
        const at = places.get(w);
        if (at) at.push(i);
        else places.set(w, [i]);
      }
      const byStart = new Map<string, string[]>();
      const compounds: string[] = [];
      for (const w of places.keys()) {
        const start = w.slice(0, 4);
        const same = byStart.get(start);
        if (same) same.push(w);
        else byStart.set(start, [w]);
        if (/[.-]/.test(w)) compounds.push(w);
      }
      page.index = { places, byStart, compounds };
    }
    const { places, byStart, compounds } = page.index;
    // An abbreviation (three letters or less) is only itself; a longer term's forms start with
    // its stem (formStem, four letters or more).
    const near =
      term.length <= 3
        ? places.has(term)
          ? [term]
          : []
        : (byStart.get(formStem(term).slice(0, 4)) ?? []);
    const forms = new Set(near.filter((w) => formOf(term, w)));
    for (const w of compounds) if (!forms.has(w) && formOf(term, w)) forms.add(w);
    hits = [];
    for (const w of forms) for (const i of places.get(w)!) hits.push(i);
    if (page.hits.size >= 512) page.hits.clear();
    page.hits.set(term, hits);
  }
  return hits;
}

/**
 * Whether a word (or a part of a compound: «xml-файла», «web-торги-кс») is a form of the term. A
 * term of three letters or less is an abbreviation: only the word itself («рис», not «рисунок»).
 */
export function formOf(term: string, word: string): boolean {
  const match = (w: string) => (term.length <= 3 ? w === term : sameWord(term, w));
  return match(word) || (/[.-]/.test(word) && word.split(/[.-]/).some(match));
}

/**
 * The section that answers: the best-scoring one (the first on a tie), or undefined when none has
 * a term. When that is the page's top (title, lead, search-only phrasings), a section under a
 * heading that has as many of the query's words answers more precisely, and is taken instead:
 * of those, the one with most words, then the best score.
 */
export function bestOf(scored: readonly ScoredSection[]): ScoredSection | undefined {
  let best: ScoredSection | undefined;
  for (const s of scored) if (s.score > 0 && (!best || s.score > best.score)) best = s;
  if (best?.id !== '_top') return best;
  let inner: ScoredSection | undefined;
  for (const s of scored) {
    if (s.id === '_top' || s.score <= 0) continue;
    if (
      !inner ||
      s.matched > inner.matched ||
      (s.matched === inner.matched && s.score > inner.score)
    ) {
      inner = s;
    }
  }
  return inner && inner.matched >= best.matched ? inner : best;
}

/** A guide's step: its list item's id, its number on the page, where its words lie, its opening words. */
export interface Step extends Section {
  number: number;
}

/** Words of a step's opening shown as its title (its first sentence, at most this many). */
const STEP_TITLE_WORDS = 10;

/**
 * The steps of the section `within` (a guide's «Шаги»): the list items with an id that start
 * inside it, each up to the next one or the section's end. Titled by their first sentence.
 */
export function stepsOf(
  content: string,
  anchors: readonly PageAnchor[] | undefined,
  within: Section | undefined,
): Step[] {
  if (!within) return [];
  const items = (anchors ?? [])
    .filter(
      (a) => a.element === 'li' && a.id && a.location >= within.start && a.location < within.end,
    )
    .sort((a, b) => a.location - b.location);
  const text = content.split(/\s+/);
  return items.map((a, i) => {
    const end = i + 1 < items.length ? items[i + 1]!.location : within.end;
    const opening = text.slice(a.location, Math.min(end, a.location + STEP_TITLE_WORDS));
    const stop = opening.findIndex((w) => /[.!?]$/.test(w));
    const sentence = stop >= 0 ? opening.slice(0, stop + 1) : opening;
    const cut = stop < 0 && end - a.location > STEP_TITLE_WORDS;
    return {
      id: a.id,
      number: i + 1,
      // Without the figure it points to: «(рисунок 3, выноска 2)» means nothing in a list.
      title: `${sentence.join(' ').replace(/\s*\(рисун[^)]*\)/g, '')}${cut ? '…' : ''}`,
      start: a.location,
      end,
    };
  });
}

/**
 * The step the query's words single out: the best-scoring one, when it holds at least two of the
 * words (or the only one asked) and scores clearly above every other step. Undefined otherwise.
 */
export function bestStep(
  content: string,
  steps: readonly Step[],
  terms: readonly string[],
  weight: (term: string) => number,
): Step | undefined {
  if (steps.length < 2 || !terms.length) return undefined;
  // Scored on their words alone: a step's title is its own first words, not a heading.
  const untitled = steps.map((s) => ({ ...s, title: '' }));
  const scored = scoreSections(content, untitled, terms, weight)
    .map((s, i) => ({ s, step: steps[i]! }))
    .sort((a, b) => b.s.score - a.s.score);
  const [first, second] = scored;
  if (!first || first.s.score <= 0) return undefined;
  if (first.s.matched < Math.min(2, terms.length)) return undefined;
  return first.s.score >= STEP_LEAD * (second?.s.score ?? 0) ? first.step : undefined;
}

/** How far the best step must score above the next to be offered. */
export const STEP_LEAD = 1.25;

/**
 * The section under a heading that lists a phone number the reader typed as one word
 * («88006009089», «+78006009089»), however the page spaces it («8 800 600-90-89»): the number's
 * last ten digits among the section's digits. Undefined when no section has them.
 */
export function numberSection(content: string, sections: readonly Section[], number: string) {
  const digits = number.replace(/\D/g, '');
  if (digits.length < 10 || digits.length > 12) return undefined;
  const wanted = digits.slice(-10);
  const text = content.split(/\s+/);
  return sections.find(
    (s) =>
      s.id !== '_top' &&
      text.slice(Math.max(0, s.start), s.end).join('').replace(/\D/g, '').includes(wanted),
  )?.id;
}
