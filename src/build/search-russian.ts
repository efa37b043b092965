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
 * The site's words arranged for a one-edit lookup of a Russian form (oneEditFromSite): the words,
 * each with one letter left out (at position 3 or later), and with one letter left out keyed by
 * its position (a letter replaced there), and every beginning of a site word.
 */
export interface SiteEdits {
  words: ReadonlySet<string>;
  shorter: ReadonlySet<string>;
  replaced: ReadonlySet<string>;
  starts: ReadonlySet<string>;
}

/** The first letters the search keeps when it reads a word as a typo (search-query.ts). */
const KEPT_START = 3;

export function siteEdits(site: Iterable<string>): SiteEdits {
  const words = new Set<string>();
  const shorter = new Set<string>();
  const replaced = new Set<string>();
  const starts = new Set<string>();
  for (const w of site) {
    words.add(w);
    for (let i = 1; i <= w.length; i += 1) starts.add(w.slice(0, i));
    for (let i = KEPT_START; i < w.length; i += 1) {
      const without = w.slice(0, i) + w.slice(i + 1);
      shorter.add(without);
      replaced.add(`${i}|${without}`);
    }
  }
  return { words, shorter, replaced, starts };
}

/**
 * Whether the Russian form `form`, not a site word, is one edit (a letter missing, extra, replaced
 * or two swapped, after the first three) from one: a real word that search-query.ts would
 * otherwise read as a typo of it («надо» → «над», «переслал» → «перестал»). A form the search
 * already reads as another ending of a site word (a site word starts with all of it but its last
 * two letters) is not one.
 */
export function oneEditFromSite(form: string, site: SiteEdits): boolean {
  if (form.length < KEPT_START || site.words.has(form) || !/^[а-я]+$/.test(form)) return false;
  const stem = form.length >= 5 ? form.slice(0, Math.max(4, form.length - 2)) : form;
  if (site.starts.has(stem)) return false;
  if (site.shorter.has(form)) return true;
  for (let i = KEPT_START; i < form.length; i += 1) {
    const without = form.slice(0, i) + form.slice(i + 1);
    if (site.words.has(without) || site.replaced.has(`${i}|${without}`)) return true;
    if (i + 1 < form.length) {
      const swapped = form.slice(0, i) + form[i + 1]! + form[i]! + form.slice(i + 2);
      if (site.words.has(swapped)) return true;
    }
  }
  return false;
}

/**
 * The letter-triple table of the Russian dictionary and, given the site's words, the dictionary's
 * forms that are a slip from one of them — an unstressed vowel anywhere (slipsToSite) or one edit
 * after the first three letters (oneEditFromSite): real words the search never «corrects» before
 * the query as typed has been tried. One pass over the 1.5 million forms.
 */
export function russianLetters(
  site: ReadonlySet<string> | ReadonlyMap<string, unknown> = new Set(),
): LettersData & { forms: number; slips: string[] } {
  const text = new TextDecoder();
  let forms = 0;
  const slips = new Set<string>();
  const edits = siteEdits(site.keys());
  const all = expandForms(text.decode(dictionary.dic), text.decode(dictionary.aff));
  const counted = (function* () {
    for (const w of all) {
      forms += 1;
      if (slipsToSite(w, site) || oneEditFromSite(w, edits)) slips.add(w);
      yield w;
    }
  })();
  const data = encodeLetters(counted);
  return { ...data, forms, slips: [...slips].sort() };
}
