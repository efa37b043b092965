/**
 * Build-time evidence for the search's corrections: the letter triples of Russian, from every
 * word form of Hunspell's Russian dictionary (npm `dictionary-ru`: its stems expanded by their
 * suffix rules). Only the table (a bit per possible triple, about 5 KB) ships, in
 * search-vocabulary.json; the word list never reaches the browser.
 * The search reads it with src/features/search/search-russian.ts.
 */
import dictionary from 'dictionary-ru';
import { encodeLetters, normalizeWord, type LettersData } from '../features/search/search-russian';
import { VOWEL_SLIPS } from '../features/search/search-query';

interface Rule {
  add: string;
  condition: RegExp;
}

/** The SFX rules of a Hunspell .aff file, by flag and then by the ending they strip. */
export function suffixRules(aff: string): Map<string, Map<string, Rule[]>> {
  const rules = new Map<string, Map<string, Rule[]>>();
  for (const line of aff.split('\n')) {
    const parts = line.trim().split(/\s+/);
    if (parts[0] !== 'SFX' || parts.length < 5) continue;
    const [, flag, strip, add, condition] = parts as [string, string, string, string, string];
    const byStrip = rules.get(flag) ?? rules.set(flag, new Map()).get(flag)!;
    const key = strip === '0' ? '' : strip;
    (byStrip.get(key) ?? byStrip.set(key, []).get(key)!).push({
      add: add === '0' ? '' : add.replace(/\/.*$/, ''),
      condition: new RegExp(`${condition === '.' ? '' : condition}$`),
    });
  }
  return rules;
}

/** Every form of every stem of a Hunspell .dic (single-letter flags), normalised. */
export function* expandForms(dic: string, aff: string): Generator<string> {
  const rules = suffixRules(aff);
  for (const line of dic.split('\n').slice(1)) {
    const [stem = '', flags = ''] = line.trim().split('/');
    if (!stem) continue;
    yield normalizeWord(stem);
    for (const flag of flags) {
      for (const [strip, list] of rules.get(flag) ?? []) {
        if (!stem.endsWith(strip)) continue;
        const root = stem.slice(0, stem.length - strip.length);
        for (const rule of list) {
          if (rule.condition.test(stem)) yield normalizeWord(root + rule.add);
        }
      }
    }
  }
}

/**
 * Whether the Russian form `form` is one unstressed-vowel slip (VOWEL_SLIPS) from a site word:
 * a real word the search must not «correct» into that site word.
 */
export function slipsToSite(
  form: string,
  site: ReadonlySet<string> | ReadonlyMap<string, unknown>,
): boolean {
  if (form.length < 5 || site.has(form)) return false;
  for (let i = 0; i < form.length; i += 1) {
    for (const meant of VOWEL_SLIPS[form[i]!] ?? []) {
      if (site.has(form.slice(0, i) + meant + form.slice(i + 1))) return true;
    }
  }
  return false;
}

/**
 * The letter-triple table of the Russian dictionary and, given the site's words, the dictionary's
 * forms that are a vowel slip from one of them (one pass over the 1.5 million forms).
 */
export function russianLetters(
  site: ReadonlySet<string> | ReadonlyMap<string, unknown> = new Set(),
): LettersData & { forms: number; slips: string[] } {
  const text = new TextDecoder();
  let forms = 0;
  const slips = new Set<string>();
  const all = expandForms(text.decode(dictionary.dic), text.decode(dictionary.aff));
  const counted = (function* () {
    for (const w of all) {
      forms += 1;
      if (slipsToSite(w, site)) slips.add(w);
      yield w;
    }
  })();
  const data = encodeLetters(counted);
  return { ...data, forms, slips: [...slips].sort() };
}
