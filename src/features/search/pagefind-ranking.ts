/**
 * Pagefind's ranking weights, one value for every place that asks Pagefind: the dialog (through
 * Starlight's `pagefind` option in astro.config.mjs, which search-ui.ts reads back) and the
 * engine in Node that the quality sets and the bench measure (tests/helpers/search-engine.ts).
 * These are Starlight's defaults, written out: until round 10 the dialog ranked with them and
 * the Node engine with Pagefind's own, so 9 of 46 questions came out differently in the dialog
 * (tests/browser/search-parity.test.ts). On the tuning sets the two differ by 2 questions of 595.
 */
export const PAGEFIND_RANKING = {
  pageLength: 0.1,
  termFrequency: 0.1,
  termSaturation: 2,
  termSimilarity: 9,
  diacriticSimilarity: 0.8,
} as const;
