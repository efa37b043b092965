/**
 * Understanding a search query before it reaches Pagefind: words typed in the wrong keyboard
 * layout, misspelt words, filler words, words the site never uses, and adjective endings that
 * Pagefind ≥ 1.5 indexes inconsistently. Pure: the vocabulary comes from the build
 * (src/build/search-vocabulary.ts).
 */
import {
  cyrillicToLatin,
  hasCyrillic,
  hasLatin,
  latinToCyrillic,
  translitToCyrillic,
} from './search-layout';
import { foldText } from '../../lib/text-fold';
import { commonPrefix, editDistance, nearestWord } from './search-fuzzy';
import type { RussianLetters } from './search-russian';

/**
 * How far a query may be changed. `corrections: false` (the first try): a word is corrected to
 * a site word only when it does not look Russian (a letter triple Russian never has) or is one
 * slip from it (readWord), and a chunk is read in the other layout only when it does not look
 * Russian either. `true` (the query as typed found nothing): a layout reading is allowed where
 * it reads clearly better, and a word that looks Russian may also have two letters swapped.
 */
export interface PlanOptions {
  russian?: RussianLetters | undefined;
  corrections?: boolean;
}

/** Chunks (words as typed) of a query read at most. */
export const MAX_PLAN_CHUNKS = 32;

/**
 * The site's words by the number of pages they occur on (search-vocabulary.json):
 * `{ pages: 16, words: { "1": "word word …", "2": "…" } }`.
 */
export interface VocabularyData {
  pages: number;
  words: Record<string, string>;
  /** Words of titles, headings, terms and UI names, space-separated (search-vocabulary.ts). */
  named?: string;
  /** Real Russian words one vowel slip from a site word, space-separated: never «corrected». */
  slips?: string;
}

export interface Vocabulary {
  pages: number;
  df: Map<string, number>;
  words: string[];
  /** Words the site names things with; empty when the vocabulary has none (older builds). */
  named: Set<string>;
  /** Real Russian words that are one vowel slip (VOWEL_SLIPS) from a site word. */
  slips: Set<string>;
}

export function loadVocabulary(data: VocabularyData): Vocabulary {
  const df = new Map<string, number>();
  for (const [count, list] of Object.entries(data.words)) {
    for (const w of list.split(' ')) if (w) df.set(w, Number(count));
  }
  const named = new Set(
    typeof data.named === 'string' ? data.named.split(' ').filter(Boolean) : [],
  );
  const slips = new Set(
    typeof data.slips === 'string' ? data.slips.split(' ').filter(Boolean) : [],
  );
  return { pages: data.pages, df, words: [...df.keys()], named, slips };
}

/**
 * The words of a sorted list (by UTF-16 code units, as sort() and startsWith compare) that start
 * with `prefix`: one run, found by binary search instead of a pass over every word.
 */
function sortedStartingWith(sorted: readonly string[], prefix: string): string[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < prefix) low = mid + 1;
    else high = mid;
  }
  let end = low;
  while (end < sorted.length && sorted[end]!.startsWith(prefix)) end += 1;
  return sorted.slice(low, end);
}

/** The vocabulary's words that start with `prefix` (sorted once per vocabulary). */
export function startingWith(vocab: Vocabulary, prefix: string): string[] {
  let sorted = sortedCache.get(vocab);
  if (!sorted) sortedCache.set(vocab, (sorted = [...vocab.words].sort()));
  return sortedStartingWith(sorted, prefix);
}
const sortedCache = new WeakMap<Vocabulary, string[]>();

/** Words that carry no meaning of their own in a reader's question. */
export const STOP_WORDS = new Set(
  (
    'а без бы в во вот все всё где да для до же за и из или к как какая какие каким какой ' +
    'когда кто куда ли мне мной мы на над надо нам не нет нужно о об от по под почему при ' +
    'про с со так там то тут у уже чем что чтобы это эта эти этот я делать сделать можно ни ' +
    'есть быть был была было мой моя мои свой своя наш наша ещё еще очень просто почему-то ' +
    'такое такой такая такие значит означает ' +
    // Other forms of the question words, pronouns and fillers («какую галочку ставить»).
    'какую какое каком какого какому каких какими который которая которое которые которую ' +
    'которого котором зачем если чтоб пока ну вообще вроде типа его ее их им ему она он они ' +
    'оно вы ваш ваша ваше ваши вас вам себя собой тоже также либо нибудь ' +
    // Courtesy: «подскажите, пожалуйста, где…».
    'пожалуйста подскажите помогите скажите здравствуйте добрый день спасибо'
  ).split(' '),
);

/**
 * Stress marks inside words (U+0301, U+0300: «паро́ль» copied from a dictionary), removed before
 * the query is read at all; «й» and «ё» keep their marks however they were typed.
 */
export function withoutMarks(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300\u0301]/g, '')
    .normalize('NFC');
}

/** Pictures among the words (emoji, «✓», «☎», a keycap's frame); «№» is a word's part. */
const PICTURES = /(?!№)[\p{So}\p{Me}]/gu;
/** An ellipsis, or three dots (commas, semicolons) in a row: no letter, even in the wrong layout. */
const DOTS = /…|([.,;])\1{2,}/g;

/**
 * A query as the reader sees it, whatever the text it was copied from carries: invisible
 * characters, full-width forms, unusual dashes and spaces (src/lib/text-fold.ts), stress marks,
 * pictures, and an ellipsis, which in the wrong layout would read as «ююю» («njrty...» is
 * «токен», not «токенююю»).
 */
export function copiedText(text: string): string {
  return foldText(withoutMarks(text.replace(PICTURES, ' ').replace(DOTS, ' ')));
}

/**
 * A word broken at a line's end and pasted with its hyphen («интегра- ция», «обна-\nружено» from a
 * PDF or a narrow mail window; a browser's one-line field drops the line break: «интегра-ция»), as
 * one word again. Joined when the site has the whole word (and not the compound as written), or,
 * with a space after the hyphen, when the part before it is no word of the site and the part
 * after it no conjunction: «поме- нялось» is «поменялось», «пере- открыть» is «переоткрыть», but
 * «токен- срок» and «двух- и трёхкомнатные» stay as written.
 */
export function joinBroken(text: string, vocab: Vocabulary): string {
  return text.replace(
    /(\p{L}+)-(\s*)(\p{L}+)/gu,
    (whole, head: string, space: string, tail: string) => {
      const site = (w: string) => vocab.df.has(w.toLowerCase().replace(/ё/g, 'е'));
      if (!/[а-яё]$/i.test(head) || !/^[а-яё]/.test(tail)) return whole;
      if (site(head + tail) && !site(`${head}-${tail}`)) return head + tail;
      // «токен- срок»: a word of the site before the hyphen is a dash without its space.
      return space && !site(head) && !STOP_WORDS.has(tail.toLowerCase()) ? head + tail : whole;
    },
  );
}

/** Latin letters that look like Cyrillic ones, and those Cyrillic letters. */
const LOOKALIKES = ['aceopxykmthbACEOPXYKMTHB', 'асеорхукмтнвАСЕОРХУКМТНВ'] as const;
const CYRILLIC_OF = new Map(Array.from(LOOKALIKES[0], (ch, i) => [ch, LOOKALIKES[1][i]!]));

/**
 * A word that mixes Cyrillic and Latin letters, as copied from a document typed carelessly or
 * read by OCR («пapoль», «EИС» with a Latin «E», «ЛK»), with its Latin lookalikes read as the
 * Cyrillic letters. A word of Latin letters alone stays as typed («web», «https», a word typed in
 * the other layout), and so does each Latin part of a compound («Web-Торги-КС»).
 */
export function oneScript(text: string): string {
  return text.replace(/\p{L}+/gu, (word) =>
    /[a-z]/i.test(word) && /[а-яё]/i.test(word)
      ? word.replace(/[a-z]/gi, (ch) => CYRILLIC_OF.get(ch) ?? ch)
      : word,
  );
}

/**
 * A letter held down or typed for emphasis («тооокен», «пароооль»): three or more of the same
 * letter in a row read as two, the most Russian writes («ввод», «касса»), and a doubled letter the
 * site's word has once is a slip the planner reads back when the query as typed finds nothing
 * (letterDoubled). A word of that one letter alone («ООО») stays.
 */
export function unstretched(text: string): string {
  return text.replace(/\p{L}+/gu, (word) =>
    /^(\p{L})\1*$/u.test(word) ? word : word.replace(/(\p{L})\1{2,}/gu, '$1$1'),
  );
}

/** Lower case, «ё» as «е», quotes and brackets as spaces. */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»"“”„()[\]{}!?,;:…—–]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words as both the vocabulary and the query see them: «44-фз» and «13.1» stay whole. */
export function words(text: string): string[] {
  let found = wordCache.get(text);
  if (!found) {
    found = normalize(text).match(/[a-zа-я0-9]+(?:[.-][a-zа-я0-9]+)*/g) ?? [];
    // Headings and keywords are split again for every query and page: remembered, bounded.
    if (wordCache.size >= 4000) wordCache.clear();
    wordCache.set(text, found);
  }
  return [...found];
}
const wordCache = new Map<string, string[]>();

/** A word's page count, one function per vocabulary (nearestWord remembers answers per it). */
function pagesOf(vocab: Vocabulary): (w: string) => number {
  let f = pageCounts.get(vocab);
  if (!f) pageCounts.set(vocab, (f = (w) => vocab.df.get(w) ?? 0));
  return f;
}
const pageCounts = new WeakMap<Vocabulary, (w: string) => number>();

/** How well a word is known: exact, as the start of a site word, as a close inflection. */
type Fit = 'exact' | 'prefix' | 'typo' | 'none';
const FIT_SCORE: Record<Fit, number> = { exact: 3, prefix: 2, typo: 1, none: 0 };

interface Reading {
  fit: Fit;
  /** The word to search for. */
  word: string;
  /** The reader's own word, shown as understood, when the search uses the site's word instead. */
  typed?: string;
}

/** Spellings readers use for words the site writes otherwise («веб торги» for Web-Торги-КС). */
const SPELLINGS: Record<string, string> = {
  веб: 'web',
  вэб: 'web',
  вебторги: 'web-торги',
  // «в ВТ пароль не подходит»: Web-Торги-КС as support staff abbreviate it.
  вт: 'web-торги',
  wt: 'web-торги',
  вткс: 'web-торги',
  // «ЭЦП», «ЭП», «КЭП», «УКЭП»: the electronic signature, whose certificate is what fails at
  // sign-in («несовпадение данных сертификата») and what a reader registers anew.
  эцп: 'сертификат',
  эп: 'сертификат',
  кэп: 'сертификат',
  укэп: 'сертификат',
  // «креды от ЕИС»: credentials, the login and password of the guides.
  креды: 'логин',
  кред: 'логин',
  кредов: 'логин',
  кредами: 'логин',
  кредах: 'логин',
  creds: 'логин',
  credentials: 'логин',
};

/**
 * Reader words for what the site names otherwise, each mapped to the site's own word: word
 * beginnings (the reader's forms) → the word the pages use. Only mappings true for this domain:
 * a token or identifier that «просрочен» or «закончился» has «истёк»; a «галочка» or «флажок» is
 * what the instructions call «флаг»; a «заявка» or «тикет» to support is an «обращение»;
 * «актирование» is the sources' «активирование»; a «напоминалка» (or «напомнит ли сайт») is the
 * site's «напоминание»; to «завести» a request is to «создать» it; «госзакупки» is ЕИС. The search uses the site's
 * word; the reader's word stays what is shown as understood (it is never «corrected»).
 */
export const READER_WORDS: readonly (readonly [start: string, site: string])[] = [
  ['просроч', 'истек'],
  ['закончил', 'истек'],
  ['кончил', 'истек'],
  // «подать заявку в техподдержку»: a request to support is an «обращение» on this site.
  ['заявк', 'обращение'],
  ['галочк', 'флаг'],
  ['галк', 'флаг'],
  ['флажок', 'флаг'],
  ['флажк', 'флаг'],
  ['чекбокс', 'флаг'],
  ['тикет', 'обращение'],
  ['актирован', 'активирование'],
  ['напоминалк', 'напоминание'],
  ['напомн', 'напоминание'],
  ['завести', 'создать'],
  // «вбить логин в торги»: to «ввести» it.
  ['вбив', 'ввести'],
  ['вбит', 'ввести'],
  ['вбей', 'ввести'],
  // «сайт госзакупок», «админка ЕИС»: the portal is ЕИС, its menu «Администрирование».
  ['госзакуп', 'еис'],
  ['zakupki', 'еис'],
  ['админк', 'администрирование'],
  // An IT specialist's English: «password eis», «support phone», «login error».
  ['password', 'пароль'],
  ['passwd', 'пароль'],
  ['login', 'логин'],
  ['support', 'поддержка'],
  ['helpdesk', 'поддержка'],
  ['phone', 'телефон'],
  ['error', 'ошибка'],
  ['ticket', 'обращение'],
  ['settings', 'настройки'],
  ['certificate', 'сертификат'],
  ['changelog', 'изменения'],
];

/** The site's word for a reader's word (READER_WORDS), if it has one. */
export function siteWord(word: string): string | undefined {
  return READER_WORDS.find(([start]) => word.startsWith(start))?.[1];
}

/** Whether there is evidence that `word` is not a Russian word (so it may be a typo). */
function notRussian(word: string, options: PlanOptions): boolean {
  if (!/[а-я]/.test(word)) return true;
  return !!options.russian && !options.russian.looksRussian(word);
}

function readWord(typed: string, vocab: Vocabulary, options: PlanOptions = {}): Reading {
  const site = siteWord(typed);
  if (site && vocab.df.has(site)) return { fit: 'exact', word: site, typed };
  // «техподдержка» is what the site calls «поддержка» (and «техподдержка» only in passing).
  const word =
    SPELLINGS[typed] ??
    // «вебторгах», «вэбторгов»: any form of the name written as one word.
    (/^в[еэ]бторг/.test(typed) ? 'web-торги' : typed.replace(/^техподдержк/, 'поддержк'));
  // The site's spelling is searched; the reader's («веб», «техподдержку») is shown as understood.
  if (vocab.df.has(word))
    return word === typed ? { fit: 'exact', word } : { fit: 'exact', word, typed };
  // A phone number typed with +7 instead of 8, or without the trunk prefix.
  if (/^\d{10,11}$/.test(word)) {
    const national = `8${word.slice(-10)}`;
    if (vocab.df.has(national)) return { fit: 'exact', word: national };
  }
  if (word.length >= 3 || /\d/.test(word)) {
    // A partial word («перерег») or another ending of a site word («галочки» → «галочку»).
    // A site word starts with it, or (five letters or more) with all but its last two letters
    // (which a word that starts with the whole of it does too).
    const stem = word.length >= 5 ? word.slice(0, Math.max(4, word.length - 2)) : word;
    if (startingWith(vocab, stem).length) return { fit: 'prefix', word };
  }
  if (/\d/.test(word)) return { fit: 'none', word };
  const near = nearestWord(word, vocab.words, pagesOf(vocab));
  if (!near) return { fit: 'none', word };
  // A word that looks Russian is changed only when it is one slip from a site word with the same
  // beginning («сертефикат» → «сертификат»), or one unstressed-vowel slip from it anywhere
  // («пороль» → «пароль»), and no Russian word itself (`slips`: Hunspell's forms that are such a
  // slip, listed at build time: «надо» is not «над», «переслал» not «перестал»). When the query as
  // typed found nothing, two neighbouring letters swapped anywhere count too («севриса»), a slip
  // that seldom makes another word. Never into another word: «отказано» is not «сказано», «зайти»
  // not «найти», «картинки» not «карточки».
  if (
    !notRussian(word, options) &&
    (vocab.slips.has(word) ||
      (!vowelSlip(word, near) &&
        !(options.corrections && (neighboursSwapped(word, near) || letterDoubled(word, near))) &&
        (editDistance(word, near, 1) > 1 || commonPrefix(word, near) < 3)))
  ) {
    return { fit: 'none', word };
  }
  return { fit: 'typo', word: near.replace(/^техподдержк/, 'поддержк') };
}

/** Whether `a` is `b` with one of its letters typed twice: «тоокен» for «токен». */
export function letterDoubled(a: string, b: string): boolean {
  if (a.length !== b.length + 1) return false;
  const i = commonPrefix(a, b);
  return i > 0 && a[i] === a[i - 1] && a.slice(i + 1) === b.slice(i);
}

/** Whether `a` is `b` with two neighbouring letters swapped: «севриса» for «сервиса». */
export function neighboursSwapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const i = commonPrefix(a, b);
  return (
    i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)
  );
}

/**
 * Vowels Russian spelling confuses in unstressed syllables, typed → meant: «пороль» for «пароль»,
 * «сертефикат» for «сертификат», «регестрация» for «регистрация».
 */
export const VOWEL_SLIPS: Readonly<Record<string, readonly string[]>> = {
  а: ['о'],
  о: ['а'],
  е: ['и', 'я'],
  и: ['е'],
  я: ['е'],
};

/**
 * Whether `word` is `site` with one unstressed-vowel slip (VOWEL_SLIPS), the commonest Russian
 * misspelling: the same length, one letter apart. Only words of five letters or more.
 */
export function vowelSlip(word: string, site: string): boolean {
  if (word.length < 5 || word.length !== site.length) return false;
  let at = -1;
  for (let i = 0; i < word.length; i += 1) {
    if (word[i] === site[i]) continue;
    if (at >= 0) return false;
    at = i;
  }
  return at >= 0 && (VOWEL_SLIPS[word[at]!] ?? []).includes(site[at]!);
}

/** A chunk of the query as typed (between spaces), read in the best layout. */
interface Chunk {
  typed: string;
  words: Reading[];
  layout: boolean;
  /** Read as Russian spelt in Latin letters (translitToCyrillic), not as keys. */
  translit?: boolean;
}

/** A date as readers type it: «31.12.2026», «1.7.25». */
const DATE = /^\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})$/;

function readChunk(typed: string, vocab: Vocabulary, options: PlanOptions = {}): Chunk {
  // A compound the site does not have («веб-торги-кс», «web-torgi») is read as its parts; a date
  // it does not have («31.12.2026») is no compound: its parts («12», «2026») would find the
  // site's other dates.
  const read = (text: string) =>
    words(text)
      .map((w) => readWord(w, vocab, options))
      .flatMap((r) =>
        r.fit === 'none' && /[.-]/.test(r.word) && !DATE.test(r.word)
          ? r.word
              .split(/[.-]/)
              .filter(Boolean)
              .map((p) => readWord(p, vocab, options))
          : [r],
      );
  const asTyped = read(typed);
  const score = (r: Reading[]) => r.reduce((s, x) => s + FIT_SCORE[x.fit], 0);
  const known = (r: Reading[]) => r.filter((x) => x.fit === 'exact' || x.fit === 'prefix').length;
  let other: string | undefined;
  if (!hasCyrillic(typed) && hasLatin(typed)) {
    other = latinToCyrillic(typed);
    // Russian spelt in Latin letters («parol», «obrashenie»): read back by sound, and kept only
    // when most of its words are the site's and it reads better than the keys and the letters.
    if (asTyped.some((r) => r.fit !== 'exact')) {
      const keys = read(other);
      const best = (['е', 'э'] as const)
        .map((e) => read(translitToCyrillic(typed, e)))
        .sort((a, b) => score(b) - score(a))[0]!;
      if (
        known(best) * 2 >= best.length &&
        score(best) > score(asTyped) &&
        score(best) > score(keys)
      ) {
        return { typed, words: best, layout: true, translit: true };
      }
    }
  } else if (
    hasCyrillic(typed) &&
    !hasLatin(typed) &&
    // A Russian word is never read as Latin keys just because the site lacks it.
    (options.corrections || words(typed).some((w) => notRussian(w, options)))
  ) {
    other = cyrillicToLatin(typed);
  }
  if (other !== undefined && asTyped.some((r) => r.fit !== 'exact')) {
    const switched = read(other);
    // A chunk that reads as Russian is read as Latin keys only when every word of that reading is
    // a whole site word («реезы» → «https»), never a prefix or a stray letter («отсутствуют» is
    // not «jncencnde.n»).
    const russian = !words(typed).some((w) => notRussian(w, options));
    if (russian && !switched.every((r) => r.fit === 'exact' && r.word.length >= 3)) {
      return { typed, words: asTyped, layout: false };
    }
    // Another layout wins only when it reads better and most of its words are known.
    if (known(switched) * 2 >= switched.length && score(switched) > score(asTyped)) {
      return { typed, words: switched, layout: true };
    }
    // Or when the keys typed in the wrong layout hold a slip too («gththtutcnhfwbz» is
    // «перерегестрация», one slip from «перерегистрация»): nothing of the chunk as typed is known
    // (a Latin word the site has, «web», stays), and every word of the other reading is a site
    // word or one slip from one, by readWord's rules for a Cyrillic word.
    if (
      !hasCyrillic(typed) &&
      !known(asTyped) &&
      switched.length > 0 &&
      switched.every((r) => r.fit !== 'none')
    ) {
      return { typed, words: switched, layout: true };
    }
  }
  return { typed, words: asTyped, layout: false };
}

export interface QueryPlan {
  /** Words to search, in order, without filler words. */
  terms: string[];
  /** The query as understood, for «Показаны результаты для «…»». */
  understood: string;
  /** Some words were read in the other keyboard layout. */
  layout: boolean;
  /** Some words were corrected to the nearest site word. */
  corrected: boolean;
  /** Words the site does not have at all (searched without them). */
  unknown: string[];
  /** Terms that are corrections (less sure than what the reader typed). */
  guessed: string[];
  /** The query reads like an error message or a failure (pasted or retold). */
  error: boolean;
}

/**
 * Words of error messages and failures: «ошибка», «обнаружено несовпадение», «истёк срок», and
 * failures as readers retell them: «не подходит», «закрыли», «нет пункта», «толку никакого».
 */
const ERROR_WORDS =
  /(^| )(ошибк|обнаружен|несовпаден|несоответств|некорректн|неверн|неправильн|истек|просроч|закончил|невозможн|недоступ|не удал|не найден|не появил|не работает|не принима|не отправля|не вижу|не нахож|не могу найти|не знаю|не сохранил|забыл|потерял|перестал|слетел|сбросил|не подход|не проход|не валид|невалид|не пуска|не открыва|не получа|не приход|не загружа|сменил|поменялся|401|403|unauthoriz|forbidden|error|exception|fault|закрыл|не успел|не отображ|не показыва|не заработ|не сработ|не срабатыва|(?:опять|снова|теперь|стал) (?:\S+ )?друг|предлагает установ|требует установ|выскакивает установ|нет пункта|нет блока|нет кнопки|нет раздела|нет вкладки|пропал|исчез|просит установ|толку|не влия|не идет|не идут|не уходит|не уходят|ничего не измен|ничего не помен|отвалил|не помог|ругает|глюч|завис|вылета|отклон|без эффект|ноль эффект|безрезультат|не сохраня|не принял|не прош|не подош|сбой|сбоит)/;

/**
 * A question for a term's meaning: «что такое», «что значит», «… это», «расшифровка»; not «кто
 * может это сделать» (the section every guide has).
 */
const DEFINITION =
  / (что такое|что (?:\S+ )?значит|что означает|что это|что за|это(?! (?:сделать|сделал\S*|делать|делает|делаю|нужно|надо|можно|только))|расшифровк\S*|расшифр\S*|кто такой|кто такая|кто такие|определение|означает|что считается|что понимается|что подразумевается) /;
/** Whether the question asks what a term means. */
export function asksDefinition(query: string): boolean {
  return DEFINITION.test(` ${normalize(query)} `);
}

/** The term after the question's words: «…что такое электронное активирование и при чём…». */
const TERM_AFTER =
  /(?:^|[\s«"(])(?:что такое|что (?:\S+ )?значит|что (?:\S+ )?означает|кто так(?:ой|ая|ие)|определение|расшифровк\S*|что считается|что понимается|что подразумевается)\s+(.{1,80})/;
/** The term a question opens with: «ГоИС — что это…», «токен и идентификатор ЭДО — это…». */
const TERM_BEFORE =
  /^(.{1,80}?)\s*(?:[—–:-]\s*|\s)(?:это|что это|что за|что такое|что значит|что означает|расшифровк\S*|как расшифровыва\S*)(?=[\s?.,!]|$)/;
/** Where the name of a term ends: a punctuation mark or a word joining another thought. */
const TERM_END = /[,.?!;:()«»"]|\s[—–-]\s|\s(?:и|или|при|в|во|для|на|у|с|а|но|это|от|чем)\s/;

/**
 * The words of the term a definition question names, the first named if it names two: «что вообще
 * значит лк» → [лк]; «Уполномоченое учреждение — что это за роль в ЕИС?» → [уполномоченое,
 * учреждение]; «токен и идентификатор ЭДО — это одно и то же?» → [токен]. Empty when it names
 * none. A long question has more words than any term's name: the engine finds the term's entry
 * by these (search-engine.ts termEntry).
 */
export function namedTerm(query: string): string[] {
  const text = query.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
  const match = TERM_AFTER.exec(text) ?? TERM_BEFORE.exec(text);
  if (!match) return [];
  // The first part with a word in it: «что такое «ЛК»?» has nothing before the quote.
  const name = ` ${match[1]!} `.split(TERM_END).find((part) => words(part).length) ?? '';
  return words(name)
    .filter((w) => !STOP_WORDS.has(w))
    .slice(0, 4);
}

export function readsLikeError(text: string): boolean {
  // «пароль ни подходит»: «ни» before a word is the reader's «не» as often as not.
  return ERROR_WORDS.test(normalize(text).replace(/(^| )ни(?= \S)/g, '$1не'));
}

/** Turn what the reader typed into the words to search. */
export function planQuery(
  raw: string,
  vocab: Vocabulary,
  options: PlanOptions = { corrections: true },
): QueryPlan {
  // Chunks as typed: in the wrong layout «,» «.» «;» «[» are letters (б ю ж х), and so is «"»
  // (Э), except around the whole query, where it quotes it («"njrty"» is «токен» in quotes).
  const chunks = raw
    .replace(/^"([^"]+)"$/, '$1')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, MAX_PLAN_CHUNKS)
    .map((c) => readChunk(c, vocab, options));
  // A query typed in the wrong layout is typed so throughout: once a chunk reads as ЙЦУКЕН keys
  // by the site's own words, a Latin chunk whose Cyrillic reading looks Russian is read so too,
  // though the site lacks that word («,jkmybwe» → «больницу» next to «gjlrk.xbnm» → «подключить»).
  // So is a query spelt in Latin letters («kak sozdat obrashenie»: «obrashenie» is one slip
  // from the site's word).
  const translit = chunks.some((c) => c.translit);
  if (options.russian && chunks.some((c) => c.layout && hasLatin(c.typed))) {
    chunks.forEach((c, i) => {
      if (c.layout || hasCyrillic(c.typed) || !hasLatin(c.typed)) return;
      // A word the site has, or names otherwise («web», «password»), stays as typed.
      if (c.words.length && c.words.every((r) => r.fit === 'exact')) return;
      const other = translit ? translitToCyrillic(c.typed) : latinToCyrillic(c.typed);
      const all = words(other);
      if (!all.length || all.some((w) => notRussian(w, options))) return;
      chunks[i] = {
        typed: c.typed,
        words: all.map((w) => readWord(w, vocab, options)),
        layout: true,
        translit,
      };
    });
  }
  const readings = chunks.flatMap((c) => c.words);
  const meaningful = readings.filter((r) => !STOP_WORDS.has(r.word));
  const chosen = meaningful.length ? meaningful : readings;
  const unknown = chosen.filter((r) => r.fit === 'none').map((r) => r.word);
  const terms = [...new Set(chosen.filter((r) => r.fit !== 'none').map((r) => r.word))];
  return {
    terms,
    understood: readings.map((r) => r.typed ?? r.word).join(' '),
    layout: chunks.some((c) => c.layout),
    corrected: readings.some((r) => r.fit === 'typo'),
    unknown,
    guessed: chosen.filter((r) => r.fit === 'typo').map((r) => r.word),
    error: readsLikeError(readings.map((r) => r.word).join(' ')),
  };
}

/**
 * The form of a word to give Pagefind. Pagefind ≥ 1.5 (diacritics support, Pagefind PR #995)
 * indexes words in NFD-normalised form, which folds «й» (и + U+0306) to «и» before stemming; the
 * Russian stemmer then no longer recognises «-ый/-ий/-ой/-ей» as endings: «электронный» is indexed
 * as «электронныи», a stem of its own, so it finds only the pages with that very form (2 of ours),
 * «электронной» only 1, while «электронного» finds 5. The adjective's stem, which Pagefind
 * matches as a prefix, finds every case. (To report upstream with this reproduction; drop this
 * when Pagefind stems before folding.)
 */
export function pagefindTerm(word: string): string {
  const m = /^([а-я]{5,})(ый|ий|ой|ей)$/.exec(word);
  return m ? m[1]! : word;
}

/** Case endings of Russian nouns and adjectives, longest first. */
const ENDINGS = (
  'иями ями ами ого его ому ему ыми ими ией ием иям иях ом ем ам ям ах ях ов ев ой ей ую юю ию ' +
  'ия ие ий ый ое ая яя ые а я ы и у ю е о ь'
)
  .split(' ')
  .sort((a, b) => b.length - a.length);

/**
 * The most common form on the site of a word's case family: «токеном» → «токен». Pagefind's
 * Russian stemmer leaves some forms as stems of their own («токеном», «токенов», «сертификатом»
 * find only the 2 pages with that very form; «токен» finds 10), so the form to search is the
 * family member that most pages have. The family: the word without a case ending (a stem of at
 * least 4 letters) plus any case ending. Only a form with more pages than the word replaces it.
 */
export function commonForm(word: string, vocab: Vocabulary): string {
  if (!/^[а-я]+$/.test(word)) return word;
  const ending = ENDINGS.find((e) => word.endsWith(e) && word.length - e.length >= 4);
  const stem = ending ? word.slice(0, -ending.length) : word;
  if (stem.length < 4) return word;
  let best = word;
  let bestDf = vocab.df.get(word) ?? 0;
  for (const e of ['', ...ENDINGS]) {
    const form = stem + e;
    const df = vocab.df.get(form) ?? 0;
    if (df > bestDf) [best, bestDf] = [form, df];
  }
  return best;
}

/** How informative a word is: rarer on the site → higher. */
export function informativeness(word: string, vocab: Vocabulary): number {
  let known = infoCache.get(vocab);
  if (!known) infoCache.set(vocab, (known = new Map()));
  let value = known.get(word);
  if (value === undefined) {
    value = measureInformativeness(word, vocab);
    if (known.size >= 4000) known.clear();
    known.set(word, value);
  }
  return value;
}
/** Per vocabulary: sorting and dropping words ask for the same word's weight many times. */
const infoCache = new WeakMap<Vocabulary, Map<string, number>>();

function measureInformativeness(word: string, vocab: Vocabulary): number {
  let df = vocab.df.get(word);
  if (df === undefined) {
    df = 0;
    for (const w of startingWith(vocab, word)) df = Math.max(df, vocab.df.get(w)!);
  }
  const idf = Math.log((vocab.pages + 1) / (df + 0.5));
  return isNamed(word, vocab) ? idf : idf * UNNAMED;
}

/**
 * The weight of a word the site never names anything with (in no title, heading, term or UI
 * name): a reader's verb or filler («прошли», «посмотреть») is rare on the site by chance, and
 * must not outweigh the topic word the site is about («перерегистрация», «токен»).
 */
export const UNNAMED = 0.5;

/** Whether the site names things with a form of the word (a title, heading, term or UI name). */
export function isNamed(word: string, vocab: Vocabulary): boolean {
  if (!vocab.named.size) return true;
  if (vocab.named.has(word)) return true;
  // Another form of a named word: a common beginning of all but the last two letters.
  for (const w of vocab.named) {
    if (w.length < 4) continue;
    if (commonPrefix(w, word) >= Math.max(4, Math.min(w.length, word.length) - 2)) return true;
  }
  return false;
}

/**
 * Whether a page's matched word is a real match for one of the query's words, not just a
 * shared first letter or two (Pagefind shortens a word it cannot find down to a prefix).
 */
export function isRealMatch(matched: string, terms: readonly string[]): boolean {
  const w = normalize(matched).replace(/[^a-zа-я0-9]/g, '');
  return terms.some((t) => {
    const term = t.replace(/[^a-zа-я0-9]/g, '');
    return commonPrefix(w, term) >= Math.min(3, term.length) || w.includes(term);
  });
}

/**
 * Whether a word of a heading is a form of the query word: the same beginning, up to seven
 * letters («некорректности» ~ «некорректны», «закрыто» ~ «закрыли»).
 */
export function sameWord(term: string, word: string): boolean {
  return word.startsWith(formStem(term));
}

/** The beginning every form of the term starts with (sameWord): a short term whole. */
export function formStem(term: string): string {
  return term.length <= 4 ? term : term.slice(0, Math.max(4, Math.min(term.length - 2, 7)));
}

/**
 * Whether the query is one of the page's search-only phrasings (its `keywords`), word for word
 * up to endings and filler words: «регистрационные данные в ЕИС», «настройки Web-Торги-КС».
 */
export function matchesPhrase(keywords: string, terms: readonly string[]): boolean {
  if (!terms.length) return false;
  return keywords.split(';').some((phrase) => {
    const own = words(phrase).filter((w) => !STOP_WORDS.has(w));
    return (
      own.length > 0 &&
      terms.every((t) => own.some((w) => sameWord(t, w) || sameWord(w, t))) &&
      own.every((w) => terms.some((t) => sameWord(t, w) || sameWord(w, t)))
    );
  });
}

/** The share of the query's words a heading or title has (0…1). */
export function headingCoverage(heading: string, terms: readonly string[]): number {
  if (!terms.length) return 0;
  const headingWords = words(heading).flatMap((w) => [w, ...w.split(/[.-]/)]);
  const found = terms.filter((t) => headingWords.some((w) => sameWord(t, w)));
  return found.length / terms.length;
}

/**
 * Whether the query starts with one of the page's search-only phrasings of two or more words:
 * «что такое …» for the glossary, «что делать если …» for troubleshooting.
 */
export function startsWithPhrase(keywords: string, query: string): boolean {
  const typed = words(query);
  return keywords.split(';').some((phrase) => {
    const own = words(phrase);
    return own.length >= 2 && typed.length > own.length && own.every((w, i) => typed[i] === w);
  });
}
