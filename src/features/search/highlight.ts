/**
 * Search-term highlighting: the query travels to the opened page in `?highlight=` parameters.
 * A query that holds a pasted password, token or identifier never reaches a URL (and so never
 * browser history): the secret guard drops such terms, and the whole query when it looks like one.
 */
import { isSecretLike, judgeLabel, MAX_CHECKED } from '../../lib/secret-guard';

export const HIGHLIGHT_PARAM = 'highlight';
const MAX_TERM = 40;
/** Words carried to the opened page at most. */
const MAX_TERMS = 8;

/** The words of a query worth highlighting (one parameter each, as Pagefind expects). */
export function highlightTerms(query: string): string[] {
  if (typeof query !== 'string' || isSecretLike(query)) return [];
  // Each word is judged on its own too, until eight are kept: a long query's other words are
  // never read.
  const kept = new Set<string>();
  for (const t of query.split(/\s+/)) {
    if (kept.size >= MAX_TERMS) break;
    if (t.length >= 2 && t.length <= MAX_TERM && !kept.has(t) && !isSecretLike(t)) kept.add(t);
  }
  return [...kept];
}

/**
 * The highlight terms of a search, judged as the reader typed it: the engine's terms are read
 * (lower-cased, split at punctuation, corrected), and «Aa123456» read as «aa123456» or
 * «Qp9$eR2t» as «qp9 er2t» no longer looks like a password. A query the guard refuses as typed
 * gives none; a term taken from a typed word the guard refuses or asks about is dropped.
 */
export function typedHighlightTerms(typed: string, terms: readonly string[]): string[] {
  const steps = typedTerms(typed, terms);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same, with `pause` awaited before each typed word is judged: on a fresh page the guard's
 * patterns compile on their first runs, and judging a whole question in one task took over 50 ms
 * on a slow computer (round 30's bench, 4× CPU).
 */
export async function typedHighlightTermsInTasks(
  typed: string,
  terms: readonly string[],
  pause: () => Promise<void>,
): Promise<string[]> {
  const steps = typedTerms(typed, terms);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}

/** typedHighlightTerms's work, stopping (yield) where a pause may come. */
function* typedTerms(typed: string, terms: readonly string[]): Generator<void, string[]> {
  if (typeof typed !== 'string' || isSecretLike(typed)) return [];
  const risky: string[] = [];
  for (const w of typed.split(/\s+/)) {
    if (!w) continue;
    yield;
    if (judgeLabel(w).verdict !== 'ok') risky.push(w.toLowerCase());
  }
  yield;
  const safe = terms.filter((t) => !risky.some((w) => w.includes(t.toLowerCase())));
  return highlightTerms(safe.join(' '));
}

/** The highlight terms of an opened page's URL that may stay there (the rest are removed). */
export function safeHighlightParams(search: string): { keep: string[]; dropped: boolean } {
  const all = new URLSearchParams(search).getAll(HIGHLIGHT_PARAM);
  const joined = all.join(' ');
  // Longer than the guard reads: not judged in part, removed whole.
  if (joined.length > MAX_CHECKED) return { keep: [], dropped: true };
  const keep = highlightTerms(joined);
  // Any change is a removal: a parameter of two words («номер запроса») is kept as two terms.
  return { keep, dropped: keep.join(' ') !== joined };
}

/** Add the query's words to a result link, keeping its path and #fragment. */
export function withHighlight(href: string, query: string, base = 'http://x'): string {
  return withTerms(href, highlightTerms(query), base);
}

/**
 * The same with the words already read by highlightTerms(): a list of results reads its query
 * once, not once per link (the secret guard is the costly part).
 */
export function withTerms(href: string, terms: readonly string[], base = 'http://x'): string {
  if (!terms.length) return href;
  const url = new URL(href, base);
  url.searchParams.delete(HIGHLIGHT_PARAM);
  for (const term of terms) url.searchParams.append(HIGHLIGHT_PARAM, term);
  return /^[a-z]+:/i.test(href) ? url.href : url.pathname + url.search + url.hash;
}
