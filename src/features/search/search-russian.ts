/**
 * Does this look like a Russian word? Letter triples (with word start and end) that occur in
 * the forms of Hunspell's Russian dictionary, built at build time (src/build/search-russian.ts)
 * and shipped as a bit table (about 5 KB) in search-vocabulary.json (`russian`).
 *
 * The rule the search follows (search-query.ts, search-engine.ts): a Cyrillic word whose every
 * triple is Russian is never read in the other keyboard layout unless the query as typed finds
 * nothing; and no word is corrected to a site word unless the query as typed finds nothing
 * (or the word has a triple Russian never has). «отсутствуют» stays «отсутствуют».
 * Pure: no DOM.
 */

/** Lower case, «ё» as «е»: the form both the table and the query use. */
export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/ё/g, 'е');
}

/** Word start/end, then а…я: 34 symbols. */
const ALPHABET = '^абвгдежзийклмнопрстуфхцчшщъыьэюя';
const SIZE = ALPHABET.length;
const index = (c: string) => (c === '$' ? 0 : ALPHABET.indexOf(c));

export interface LettersData {
  /** Bits, base64: bit (a·34 + b)·34 + c for the triple abc. */
  triples: string;
}

export interface RussianLetters {
  /** Every letter triple of the word occurs in Russian (Cyrillic words only; else false). */
  looksRussian(word: string): boolean;
}

function triples(word: string): number[] | undefined {
  const w = normalizeWord(word);
  if (!/^[а-я]+$/.test(w)) return undefined;
  const x = `^${w}$`;
  const out: number[] = [];
  for (let i = 0; i + 3 <= x.length; i += 1) {
    out.push((index(x[i]!) * SIZE + index(x[i + 1]!)) * SIZE + index(x[i + 2]!));
  }
  return out;
}

/** The table for a list of words. */
export function encodeLetters(words: Iterable<string>): LettersData {
  const bits = new Uint8Array(Math.ceil((SIZE * SIZE * SIZE) / 8));
  for (const word of words) {
    for (const t of triples(word) ?? []) bits[t >> 3]! |= 1 << (t & 7);
  }
  let binary = '';
  for (const b of bits) binary += String.fromCharCode(b);
  return { triples: btoa(binary) };
}

/** The table from search-vocabulary.json, checked; anything unreadable → undefined. */
export function loadLetters(data: unknown): RussianLetters | undefined {
  const encoded = (data as Partial<LettersData> | null | undefined)?.triples;
  if (typeof encoded !== 'string') return undefined;
  let bits: Uint8Array;
  try {
    bits = Uint8Array.from(atob(encoded), (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
  if (bits.length * 8 < SIZE * SIZE * SIZE) return undefined;
  return {
    looksRussian: (word) => {
      const ts = triples(word);
      return !!ts && ts.every((t) => (bits[t >> 3]! & (1 << (t & 7))) !== 0);
    },
  };
}
