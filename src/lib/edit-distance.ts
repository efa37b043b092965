/**
 * Edit distance (Damerau–Levenshtein in its optimal-string-alignment form: an adjacent swap is
 * one edit), shared by the search's typo correction (src/features/search/search-fuzzy.ts) and the
 * secret guard's misspelt keywords (secret-guard.ts).
 */

/**
 * The three rows editDistance works in, reused: a typo is looked for by measuring the word against
 * every word of the vocabulary, and a fresh array per row made that the slowest part of planning a
 * mistyped query on a slow computer (README.md, «Скорость»).
 */
let rows = new Int32Array(96);

/**
 * Edit distance of a and b when it is at most `limit`, else a number over `limit` (`limit + 1` as
 * soon as that is certain). Counted in UTF-16 code units, as string indexing reads them.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const n = b.length + 1;
  if (rows.length < 3 * n) rows = new Int32Array(6 * n);
  const r = rows;
  let prev2 = 0;
  let prev = n;
  let row = 2 * n;
  for (let j = 0; j < n; j += 1) r[prev + j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    const ai = a.charCodeAt(i - 1);
    const before = i > 1 ? a.charCodeAt(i - 2) : -1;
    r[row] = i;
    let best = i;
    for (let j = 1; j < n; j += 1) {
      const bj = b.charCodeAt(j - 1);
      let d = r[prev + j - 1]! + (ai === bj ? 0 : 1);
      const up = r[prev + j]! + 1;
      if (up < d) d = up;
      const left = r[row + j - 1]! + 1;
      if (left < d) d = left;
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && before === bj) {
        const swap = r[prev2 + j - 2]! + 1;
        if (swap < d) d = swap;
      }
      r[row + j] = d;
      if (d < best) best = d;
    }
    if (best > limit) return limit + 1;
    const spare = prev2;
    prev2 = prev;
    prev = row;
    row = spare;
  }
  return r[prev + n - 1]!;
}
