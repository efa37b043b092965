/**
 * Pasted error messages → their entry in the error dictionary. The build collects each entry's
 * messages (the sources' words, quoted on the page with `data-err-message`) and its heading into
 * search-vocabulary.json (`messages`); the search dialog then checks whether the query is most of
 * one of those phrases and, if so, opens the entry itself first (src/features/search/search-ui.ts).
 * Pure: no DOM.
 */
import { STOP_WORDS, formStem, words } from './search-query';
import { editDistance } from './search-fuzzy';

/** One entry of the error dictionary as the search dialog knows it. */
export interface MessageEntry {
  /** The page, relative to the site's base: `reference/troubleshooting/`. */
  path: string;
  /** The entry's anchor: `err-…`. */
  id: string;
  /** The entry's heading (the message in the reader's words). */
  title: string;
  /** What a reader may paste: the source's messages and sentences, and the heading. */
  phrases: string[];
}

/** The part of a query a phrase must have, and the part of the phrase the query must have. */
const QUERY_SHARE = 0.8;
const PHRASE_SHARE = 0.7;

const isString = (v: unknown): v is string => typeof v === 'string';

/** The `messages` of search-vocabulary.json, checked; anything unreadable is left out. */
export function loadMessages(data: unknown): MessageEntry[] {
  const list = (data as { messages?: unknown } | null)?.messages;
  if (!Array.isArray(list)) return [];
  return list.filter(
    (m): m is MessageEntry =>
      !!m &&
      typeof m === 'object' &&
      isString(m.path) &&
      /^err-[a-z0-9-]+$/.test(String(m.id)) &&
      isString(m.title) &&
      Array.isArray(m.phrases) &&
      m.phrases.every(isString),
  );
}

/** The words of a phrase that carry meaning, as a query's terms are chosen. */
function phraseWords(phrase: string): readonly string[] {
  let found = phraseCache.get(phrase);
  if (!found) {
    found = [...new Set(words(phrase.replace(/[[\]]/g, '')).filter((w) => !STOP_WORDS.has(w)))];
    if (phraseCache.size >= 1000) phraseCache.clear();
    phraseCache.set(phrase, found);
  }
  return found;
}
const phraseCache = new Map<string, string[]>();

/**
 * For each message word, the query's words that are the same word, tested once each: forms of
 * one word (sameWord, either way), or one typo apart («закрото» for «закрыто», as a source has it).
 */
type Matches = ReadonlyMap<string, readonly string[]>;

function matchesOf(terms: readonly string[], messageWords: readonly string[]): Matches {
  // `same` with each word's stem (formStem) taken once, not once per pair.
  const distinct = [...new Set(terms)].map((t) => [t, formStem(t)] as const);
  const byWord = new Map<string, string[]>();
  for (const w of messageWords) {
    const stem = formStem(w);
    const found: string[] = [];
    for (const [t, own] of distinct) {
      if (
        w.startsWith(own) ||
        t.startsWith(stem) ||
        (t.length >= 5 && editDistance(t, w, 1) <= 1)
      ) {
        found.push(t);
      }
    }
    if (found.length) byWord.set(w, found);
  }
  return byWord;
}

/**
 * How well the query's terms are one phrase: 0 unless most of the query is in the phrase and
 * most of the phrase is in the query; then the sum of both shares (up to 2). `matches`: the
 * message words' query words, when known (matchMessage()). Read from the phrase's side: a long
 * query is compared with hundreds of phrases, and most of their words match none of its words.
 */
function phraseFit(terms: readonly string[], phrase: string, matches: Matches): number {
  const own = phraseWords(phrase);
  if (terms.length < 2 || !own.length) return 0;
  const found = new Set<string>();
  let ownIn = 0;
  for (const w of own) {
    const its = matches.get(w);
    if (!its) continue;
    ownIn += 1;
    for (const t of its) found.add(t);
  }
  const inQuery = ownIn / own.length;
  if (inQuery < PHRASE_SHARE) return 0;
  let termsIn = 0;
  for (const t of terms) if (found.has(t)) termsIn += 1;
  const inPhrase = termsIn / terms.length;
  return inPhrase >= QUERY_SHARE ? inPhrase + inQuery : 0;
}

/** The words of the messages, once per list of entries. */
const vocabularies = new WeakMap<readonly MessageEntry[], string[]>();

/**
 * The entry whose message the query is (pasted whole or mostly), if any: the best fit of the
 * searched terms or of the words as typed.
 */
export function matchMessage(
  terms: readonly string[],
  entries: readonly MessageEntry[],
  typed: readonly string[] = [],
): MessageEntry | undefined {
  let best: MessageEntry | undefined;
  let bestFit = 0;
  // Each word of the query is compared with each word of the messages once, not once a phrase.
  let vocabulary = vocabularies.get(entries);
  if (!vocabulary) {
    vocabulary = [...new Set(entries.flatMap((e) => e.phrases.flatMap(phraseWords)))];
    vocabularies.set(entries, vocabulary);
  }
  const byTerm = matchesOf(terms, vocabulary);
  const byTyped = matchesOf(typed, vocabulary);
  for (const entry of entries) {
    for (const phrase of entry.phrases) {
      const fit = Math.max(
        phraseFit(terms, phrase, byTerm),
        typed.length ? phraseFit(typed, phrase, byTyped) : 0,
      );
      if (fit > bestFit) [best, bestFit] = [entry, fit];
    }
  }
  return best;
}
