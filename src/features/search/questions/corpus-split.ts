/**
 * A question corpus split once, mechanically, by position: parity 0 — the even positions (the
 * tuning half), 1 — the odd ones (the held-out half). The corpora (search-corpus-*.ts) are never
 * reordered, so a split made once stays the same.
 */
export function byPosition<T>(list: readonly T[], parity: 0 | 1): T[] {
  return list.filter((_, i) => i % 2 === parity);
}
