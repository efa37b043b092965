/**
 * Typo correction against the site's own vocabulary: the nearest word within a small edit
 * distance (Damerau–Levenshtein, adjacent swaps count as one edit: src/lib/edit-distance.ts).
 */
import { editDistance } from '../../lib/edit-distance';

export { editDistance };

/** Edits allowed for a word of this length: 1 for short words, 2 for longer ones. */
export function maxEdits(length: number): number {
  if (length <= 3) return 0;
  return length <= 5 ? 1 : 2;
}

export function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  return i;
}

/**
 * The vocabulary word nearest to `word` (at most maxEdits(word.length) edits), preferring fewer
 * edits, then a longer shared beginning, then a word found on more pages. `weight(w)` is that page
 * count.
 */
export function nearestWord(
  word: string,
  vocabulary: Iterable<string>,
  weight: (w: string) => number = () => 0,
): string | undefined {
  // Each keystroke plans the whole query again: a word's nearest neighbour is looked up once
  // per vocabulary and weighting.
  let known = nearCache.get(vocabulary)?.get(weight);
  if (!known) {
    const byWeight = nearCache.get(vocabulary) ?? new WeakMap();
    nearCache.set(vocabulary, byWeight);
    byWeight.set(weight, (known = new Map()));
  }
  if (known.has(word)) return known.get(word);
  const found = scanNearest(word, vocabulary, weight);
  if (known.size >= 2000) known.clear();
  known.set(word, found);
  return found;
}
const nearCache = new WeakMap<
  Iterable<string>,
  WeakMap<(w: string) => number, Map<string, string | undefined>>
>();

function scanNearest(
  word: string,
  vocabulary: Iterable<string>,
  weight: (w: string) => number,
): string | undefined {
  const limit = maxEdits(word.length);
  if (!limit) return undefined;
  let best: string | undefined;
  let bestKey: [number, number, number] = [limit + 1, 0, 0];
  let bestAt = Infinity;
  // Only words whose length is within the limit can be near: a word two letters longer needs
  // two edits at least. Of equal keys, the word met first in the vocabulary wins.
  const byLength = lengthsOf(vocabulary);
  const own = lettersOf(word);
  for (let length = word.length - limit; length <= word.length + limit; length += 1) {
    for (const [candidate, at, letters] of byLength.get(length) ?? []) {
      // Each letter one word has and the other lacks takes an edit of its own (lettersOf).
      if (bits(own & ~letters) > limit || bits(letters & ~own) > limit) continue;
      const d = editDistance(word, candidate, limit);
      if (d > limit || d === 0) continue;
      const key: [number, number, number] = [d, -commonPrefix(word, candidate), -weight(candidate)];
      const order =
        key[0] - bestKey[0] || key[1] - bestKey[1] || key[2] - bestKey[2] || at - bestAt;
      if (order < 0) {
        best = candidate;
        bestKey = key;
        bestAt = at;
      }
    }
  }
  return best;
}

/**
 * The vocabulary's words by length, each with its place in the vocabulary and its letters
 * (lettersOf); made once per vocabulary.
 */
function lengthsOf(vocabulary: Iterable<string>): Map<number, [string, number, number][]> {
  let found = lengthCache.get(vocabulary);
  if (!found) {
    found = new Map();
    let at = 0;
    for (const w of vocabulary) {
      const entry: [string, number, number] = [w, at, lettersOf(w)];
      const list = found.get(w.length);
      if (list) list.push(entry);
      else found.set(w.length, [entry]);
      at += 1;
    }
    lengthCache.set(vocabulary, found);
  }
  return found;
}
const lengthCache = new WeakMap<Iterable<string>, Map<number, [string, number, number][]>>();

/**
 * The letters a word has, as bits (a letter's code modulo 32). A letter of one word missing
 * from the other costs at least one edit, and letters sharing a bit only lower that count, so
 * the bits one word has and the other lacks never overstate the distance.
 */
function lettersOf(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i += 1) mask |= 1 << (word.charCodeAt(i) & 31);
  return mask;
}

/** How many bits are set. */
function bits(mask: number): number {
  let n = 0;
  for (let m = mask; m; m &= m - 1) n += 1;
  return n;
}
