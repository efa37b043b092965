/**
 * The one guard that keeps passwords, tokens and identifiers out of everything the site writes:
 * browser storage, exported files, calendar files and URLs. Every path in and out asks
 * `findSecret` (reminder labels on add and edit, import, decoding stored data, export, search
 * highlight terms); the reminder form asks `judgeLabel` for the middle answer too.
 *
 * ЕИС does not publish the format of its tokens, passwords or ЭДО identifiers, so the guard
 * judges shapes. The text is folded first (NFKC, format characters removed, look-alike letters
 * read in the other script), then scored: known shapes (GUID, ЭДО identifier, JWT, long hex or
 * base64), the mix of character classes inside one word, a password keyword with a value near
 * it, a login next to a password. Words of one script joined to numbers by hyphens, dots,
 * slashes or «№» («Гимназия-16», «1С:Бухгалтерия 8.3») read as names, not values; so do
 * products, protocols, file names, error codes and translit words after a keyword («пароль https»,
 * «parol integracii»), so that a reader's search question is not taken for a password. Measured on
 * a labelled corpus of labels (src/lib/secret-guard.corpus.ts) and one of search texts
 * (secret-guard.search-texts.ts) in src/lib/secret-guard.test.ts.
 */

import { editDistance } from './edit-distance';
import { foldText } from './text-fold';

/** How much of a text the guard reads (labels are 80 characters at most). */
export const MAX_CHECKED = 2000;

export type SecretKind = 'guid' | 'token' | 'edo' | 'password' | 'credentials';

/** Short Russian reasons, one per kind, for the reader. */
export const SECRET_REASONS: Record<SecretKind, string> = {
  guid: 'похоже на идентификатор (GUID)',
  token: 'похоже на токен или ключ',
  edo: 'похоже на идентификатор участника ЭДО',
  password: 'похоже на пароль',
  credentials: 'похоже на логин и пароль',
};

/** Why a label is only doubtful: shown under «Похоже на пароль — всё равно сохранить?». */
export const DOUBT_REASONS = {
  mixed: 'в подписи есть слово из букв и цифр вперемешку, как в пароле',
  keyword: 'после слова «пароль» или «токен» стоит слово, похожее на сам пароль',
  login: 'в подписи есть что-то похожее на логин',
  named:
    'в подписи есть длинный код, названный номером запроса, документа или файла, — убедитесь, что это не токен',
} as const;

/** The message shown when a reminder label is refused. */
export function secretMessage(kind: SecretKind): string {
  return `Подпись не сохранена: ${SECRET_REASONS[kind]}. Не вводите сюда токен, идентификатор или пароль — напишите, например, краткое название организации.`;
}

export type Verdict = 'secret' | 'doubt' | 'ok';

export interface Judgement {
  /** 'secret': refuse; 'doubt': ask the reader before saving; 'ok': save. */
  verdict: Verdict;
  kind?: SecretKind;
  /** Short Russian reason (for 'secret' and 'doubt'). */
  reason?: string;
}

// ---------------------------------------------------------------------------------------------
// Folding

interface Folding {
  map: Map<string, string>;
  re: RegExp;
}
/** A one-to-one character folding (all characters in the basic plane). */
const pairs = (from: string, to: string): Folding => {
  const map = new Map<string, string>();
  Array.from(from).forEach((ch, i) => map.set(ch, to[i]!));
  const escaped = from.replace(/[\\\]^-]/g, '\\$&');
  return { map, re: new RegExp(`[${escaped}]`, 'g') };
};
/** Cyrillic and Greek letters that look like Latin ones. */
const TO_LATIN = pairs(
  'АВЕКМНОРСТУХаеорсухкмтіјѕԁьΑΒΕΖΗΙΚΜΝΟΡΤΥΧαοριυκνχτ',
  'ABEKMHOPCTYXaeopcyxkmtijsdbABEZHIKMNOPTYXaopiukvxt',
);
/** Latin (and digits, @) that look like Cyrillic letters: to read «пapoль» or «TOKEH» as words. */
const TO_CYRILLIC = pairs('abcehkmnoprtuxy0@3', 'аьсенкмпоргтихуоаз');

/** Latin letters that look like Cyrillic ones, case kept: to read «пapoль» as a Cyrillic word. */
const CYRILLIC_OF_LATIN = pairs('ABEKMHOPCTYXaeopcyx', 'АВЕКМНОРСТУХаеорсух');

function fold(text: string, { map, re }: Folding): string {
  re.lastIndex = 0;
  if (!re.test(text)) return text;
  let out = '';
  for (const ch of text) out += map.get(ch) ?? ch;
  return out;
}

/** A word as letters in one script, look-alikes read as Cyrillic, lower case. */
const skeleton = (word: string) => fold(fold(word, TO_LATIN).toLowerCase(), TO_CYRILLIC);

const LATIN_LETTER = /[A-Za-z]/;
const CYRILLIC_LETTER = /[\u0400-\u04FF]/;
const count = (text: string, re: RegExp) => {
  let n = 0;
  re.lastIndex = 0;
  while (re.exec(text)) n += 1;
  return n;
};

/**
 * One word in one script: a word mostly in Latin with a Cyrillic look-alike or two is read as
 * Latin, and the other way round. Words that need no folding are returned as they are.
 */
function foldWord(word: string): string {
  const latin = count(word, /[A-Za-z]/g);
  const cyrillic = count(word, /[\u0400-\u04FF]/g);
  const greek = count(word, /[\u0370-\u03FF]/g);
  if (!cyrillic && !greek) return word;
  if (!latin && !greek) {
    // All Cyrillic: a run of hex-like look-alikes with digits is a value typed in the wrong layout.
    return /\d/.test(word) && /^[\dаАвВсСеЕоО-]+$/.test(word) ? fold(word, TO_LATIN) : word;
  }
  const asLatin = fold(word, TO_LATIN);
  if (!CYRILLIC_LETTER.test(asLatin) && !/[\u0370-\u03FF]/.test(asLatin)) return asLatin;
  const asCyrillic = fold(word, CYRILLIC_OF_LATIN);
  if (!LATIN_LETTER.test(asCyrillic) && latin < cyrillic) return asCyrillic;
  return word;
}

/** In hex context only: Cyrillic look-alikes and the letter O typed for a zero. */
const TO_HEX = pairs('аАвВсСеЕоОoO', 'aAbBcCeE0000');

// ---------------------------------------------------------------------------------------------
// Known shapes over the whole text

const HEX_RUN = /[0-9a-f]+(?:[ _.:-]{1,3}[0-9a-f]+)*/gi;

/** A GUID in any spelling: 32 hex digits in groups, with letters and digits both. */
function hasGuid(hexView: string): boolean {
  for (const match of hexView.matchAll(HEX_RUN)) {
    const before = hexView[match.index - 1];
    if (before && /[0-9A-Za-z]/.test(before)) continue;
    if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9a-z])/i.test(match[0]))
      return true;
    // Groups of four or more hex digits that add up to exactly 32, letters and digits both.
    const groups = match[0].split(/[ _.:-]+/);
    for (let i = 0; i < groups.length; i += 1) {
      let joined = '';
      for (let j = i; j < groups.length && joined.length < 32 && groups[j]!.length >= 4; j += 1)
        joined += groups[j];
      if (joined.length === 32 && /[a-f]/i.test(joined) && /\d/.test(joined)) return true;
    }
  }
  return false;
}

/** ЭДО participant identifier: operator code «2» + two characters, then a long value. */
const EDO =
  /(?:^|[^0-9A-Za-z])2 ?([A-Za-z][0-9A-Za-z]|[0-9][A-Za-z]) ?[- ] ?([0-9A-Za-z][0-9A-Za-z -]{5,})/;
/** «2BM7712345678771201001»: the operator code in capitals, the number right after it. */
const EDO_GLUED = /(?:^|[^0-9A-Za-z])2(?:[A-Z]{2}|[A-Z]\d|\d[A-Z])_?\d{10,}(?![0-9A-Za-z])/;
/**
 * «7721345678-772101001-201911140952313456780»: ИНН, КПП and a long time stamp joined by dashes
 * (not ИНН, КПП and ОГРН in a row: spaces or tabs between, and ОГРН has 13 or 15 digits).
 */
const EDO_BARE = /(?:^|[^\d])\d{10,12}[-_]\d{9}[-_]\d{16,}(?!\d)/;
/**
 * The same with spaces, when the text names ЭДО: «ИД ЭДО: 7721345678 772101001 2019…» — the
 * third part a time stamp (a year of this century and a month), not a bank account's 20 digits.
 */
const EDO_SPACED = /(?:^|[^\d])\d{10,12} \d{9} 20\d\d(?:0[1-9]|1[0-2])\d{10,}(?!\d)/;
function hasEdo(latinView: string): boolean {
  if (EDO_GLUED.test(latinView) || EDO_BARE.test(latinView)) return true;
  const match = EDO.exec(latinView);
  if (!match) return false;
  const tail = match[2]!.replace(/[ -]/g, '');
  const value = /^[0-9A-Fa-f]+/.exec(tail)?.[0] ?? '';
  // The value after the operator code starts with an ИНН (ten digits or more) or is a long hex
  // string; «2TB — 125 000 руб.», «каб. 21А — 31-22-07» are a price and a phone, not one.
  return count(value, /\d/g) >= 10 || (value.length >= 16 && /[a-f]/i.test(value));
}

// ---------------------------------------------------------------------------------------------
// One word

interface Score {
  score: number;
  kind: SecretKind;
}
const NONE: Score = { score: 0, kind: 'password' };

/** «@ivanova_buh»: a Telegram contact, not a password. */
const HANDLE = /^@(?=[A-Za-z\d_]{3,}$)/;
/** Symbols that names and numbers do not use. */
const STRONG_SYMBOL = /[!@#$%^&*+=?~\\<>`|]/;
const EMAIL = /^[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+$/u;
/**
 * EMAIL, tried only on a word with «@»: the regular expression's Unicode letter classes take
 * milliseconds to compile on their first runs (tens of milliseconds on a slow computer), and
 * almost no word of a label or a query has «@».
 */
const isEmail = (w: string) => w.includes('@') && EMAIL.test(w);
/**
 * A URL's user information with a password: «scheme://login:password@host». Every part has a
 * bound, so a long run of letters costs linear time, not a backtrack from every position.
 */
const URL_CREDENTIALS = /[a-z][a-z\d+.-]{0,15}:\/\/[^\s:@/]{1,64}:[^\s@/]{1,128}@/i;
const DOMAIN =
  /^(?:https?:\/\/)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:ru|рф|su|com|net|org|gov|local|lan|corp|internal)$/iu;
const NUMBER_LIKE = /^[\d.,:+()/%№-]+$/;
/** A lower-case Latin word with «`» in it: Russian typed in the Latin layout, «`» for «ё» («bcn`r»). */
const LATIN_LAYOUT_YO = /^[a-z]*`[a-z`]*$/;
/**
 * An address's parameters, two or more, with or without the address: «id_org=2310012345&kpp=…».
 * Their names are not values; a secret's name among them keeps the whole as typed.
 */
const QUERY_STRING =
  /(?<!\S)(?:\S*\?)?[a-z_][\w-]{0,30}=[^&=\s]*(?:&[a-z_][\w-]{0,30}=[^&=\s]*)+(?!\S)/gi;
const QUERY_SECRET_NAME =
  /pass|pwd|token|secret|key|auth|sig|session|sid|code|pin|login|user|parol/i;
/**
 * A goods marking code as printed under its barcode (GS1: the product's number after «(01)», then
 * its serial, date and batch, each after its number in brackets): «(01)04607012345678(21)A7K3X9P2».
 */
const GS1_CODE = /\(01\)\d{14}(?:\(\d{2,4}\)[^()\s]{1,30})*/g;

/** Marking codes dropped, and an address's parameters read as their values alone. */
function withoutPlainCodes(text: string): string {
  return text.replace(GS1_CODE, ' ').replace(QUERY_STRING, (query) => {
    const pairs = query.slice(query.indexOf('?') + 1).split('&');
    if (pairs.some((pair) => QUERY_SECRET_NAME.test(pair.slice(0, pair.indexOf('=')))))
      return query;
    return pairs.map((pair) => pair.slice(pair.indexOf('=') + 1)).join(' ');
  });
}
/**
 * A file's name with a common extension: «contract_2026_11.xml», «запрос.xml»,
 * «schet_№145_ot_03.12.2026.pdf».
 */
const FILE_NAME =
  /^(?:~\$|\*)?[\p{L}\d_.()№*-]+\.(?:xml|zip|rar|7z|pdf|docx?|xlsx?|txt|csv|json|log|sig|cer|crt|p7s|html?|png|jpe?g|exe|msi|odt|ods|rtf|rpm|deb|cab|iso|gz)$/iu;
/**
 * An error code or constant: capitals joined by underscores, each part starting with a letter
 * («ERR_CERT_INVALID», «ERR_HTTP2_PROTOCOL_ERROR», «X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT»).
 */
const CONSTANT = /^[A-Z][A-Z\d]*(?:_[A-Z][A-Z\d]*)+$/;
/**
 * A Windows account, domain and user name («WT-INT02\\svc_eis», «corp.local\\i.petrov»): a login,
 * never a password.
 */
const ACCOUNT = /^(?:[A-Z][A-Z\d-]{1,14}|[a-z][a-z\d-]*(?:\.[a-z\d-]+)+)\\[a-z][a-z\d._$-]{1,30}$/i;
/**
 * Shapes of ordinary codes, never a value: a car's number («А123ВС154»), a MAC address, a postal
 * tracking number («RA123456789RU»), a school class («11Б!»), «Notepad++», a logger's prefix
 * («log4j:WARN»), a numbered «No12345», a ticket's key («#WT-20719», «#INC0458812»), a time zone
 * («МСК+3», «UTC+03:00»), an environment variable
 * («%TEMP%») or a registry key («HKLM\\SOFTWARE\\…»), a processor («i5-1135G7»), a signature
 * algorithm («GOST3411withGOST3410EL», «SHA256withRSA»), an ЕИС document type
 * («epProtocolEF2020Final»).
 */
const NOT_A_VALUE =
  /^(?:[АВЕКМНОРСТУХABEKMHOPCTYX]\d{3}[АВЕКМНОРСТУХABEKMHOPCTYX]{2}\d{2,3}|(?:[0-9A-F]{2}[:-]){5}[0-9A-F]{2}|[A-Z]{2}\d{9}[A-Z]{2}|\d{1,2}[А-ЯЁа-яё]!*|[A-Za-z]+\+\+|No\d+|#[A-Z]{2,10}-?\d{1,10}|(?:МСК|MSK|UTC|GMT)[+−-]\d{1,2}(?::?\d\d)?)$/iu;
/** The same, by letter case: an error's code of capital parts and a number («EIS-AUTH-017»), «%TEMP%», «HKLM\…», «i5-1135G7», «SHA256withRSA», «epProtocolEF2020Final». */
const NOT_A_VALUE_CASED =
  /^(?:[A-Z]{2,10}(?:-[A-Z]{2,10})+-\d{1,6}|%[A-Z_]+%|HK(?:LM|CU|CR|CC|U|EY_[A-Z_]+)(?:\\.*)?|i[3579]-\d{4,5}[A-Z]{1,2}\d?|[A-Z\d]+with[A-Z\d]+|ep[A-Z][A-Za-z\d]{4,})$/u;
/** A class named in an error message: «java.io.FileNotFoundException», «SunCertPathBuilderException». */
const EXCEPTION_NAME = /^(?:[A-Za-z]+\.)*[A-Z][A-Za-z]*(?:Exception|Error)$/;
/**
 * A name with «+» or «&» in it, in Cyrillic («Сервис+», «Бизнес&Право») or in capitalised Latin
 * words («Print&Copy», «Medika+»).
 */
const CYRILLIC_NAME_SYMBOLS =
  /^(?:[а-яёА-ЯЁ-]*[а-яёА-ЯЁ](?:[+&]+[а-яёА-ЯЁ-]*)+|[A-Z][a-z]{2,}(?:[+&]+(?:[A-Z][a-z]{2,})?)+)$/;
/** A keyboard shortcut, as readers write it: «Ctrl+P», «Ctrl+Shift+Delete», «Win+R». */
const SHORTCUT = /^(?:ctrl|alt|shift|win|cmd|fn|super|meta|option)(?:\+[\p{L}\d]+)+$/iu;
/** A system error code in hex («0x80090016» when signing) or a version («v2», «v13.1»). */
const CODE_OR_VERSION = /^(?:0x[\da-f]{1,8}|v\d{1,3}(?:\.\d+)*)$/i;
/** An ЭДО operator's code alone («2BM»): it starts an identifier but names only the operator. */
const OPERATOR_CODE = /^2[A-ZА-ЯЁ]{2,3}$/;

const PASSWORD_ROOTS =
  /pass|pwd|parol|qwer|asdf|zxcv|admin|zaq1|1qaz|qazwsx|letmein|welcome|abc123/i;

/** Runs in a Latin word: «Qwerty», «QW», «er», «123». */
const runs = (word: string) => word.match(/[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+/g)?.length ?? 0;

/** Latin letters, other letters and digits in a word, counted in one pass. */
function tally(seg: string) {
  let latin = 0;
  let other = 0;
  let digits = 0;
  for (const ch of seg) {
    if (/[A-Za-z]/.test(ch)) latin += 1;
    else if (/\d/.test(ch)) digits += 1;
    else if (ch > '\x7f' && /\p{L}/u.test(ch)) other += 1;
  }
  return { latin, cyrillic: other, digits };
}

function segmentScore(seg: string): Score {
  const length = seg.length;
  const { latin, cyrillic, digits } = tally(seg);
  if (!latin && !cyrillic) return NONE;
  if (cyrillic && latin) return { score: 0.5, kind: 'password' }; // unfoldable mix of scripts
  if (cyrillic) {
    // «детсад17», «Школа2026»: a word glued to a number; only a keyword makes it a value.
    // Glued to a year («Ромашка2024») it is the commonest password habit: ask.
    if (/^\p{L}{4,}(?:19|20)\d\d$/u.test(seg)) return { score: 0.5, kind: 'password' };
    // A Latin password typed in the Russian layout: capitals, small letters and digits changing
    // again and again («Лч7ьЗй2я»), or «Фф123456».
    // Not «Шк1505», «Сад2387»: an organisation's short name with its number of four digits.
    if (/^(?=[^а-яё]*[а-яё])(?=[^А-ЯЁ]*[А-ЯЁ])[А-ЯЁа-яё]{2,3}\d{5,}$/.test(seg))
      return { score: 1, kind: 'password' };
    const cyrillicRuns = seg.match(/[А-ЯЁ]?[а-яё]+|[А-ЯЁ]+(?![а-яё])|\d+/g)?.length ?? 0;
    if (digits && length >= 6 && cyrillicRuns >= 5) return { score: 1, kind: 'password' };
    return digits >= 2 && cyrillic >= 3 ? { score: 0.3, kind: 'password' } : NONE;
  }
  // Latin letters (and digits).
  if (/^[0-9a-f]+$/i.test(seg) && length >= 16 && digits && /[a-f]/i.test(seg))
    return { score: 1, kind: 'token' };
  // «4e1f9a7», «b28c0d3»: a short run of lower-case hex is a commit or a checksum's start more
  // often than a password; asked about (a keyword before it still makes it the value).
  if (/^[0-9a-f]{7,15}$/.test(seg) && digits && /[a-f]/.test(seg))
    return { score: 0.5, kind: 'password' };
  // «800B010A»: eight upper-case hex digits, a system error's code as often as a password.
  if (/^[0-9A-F]{8}$/.test(seg) && /[A-F]/.test(seg)) return { score: 0.5, kind: 'password' };
  // A document type of ЕИС in an error («epNotificationEF2020», «fcsNotificationZK504»).
  if (/^[a-z]{2,5}(?:[A-Z][a-z]{3,}){1,3}[A-Z]{1,4}\d{1,6}$/.test(seg) && !PASSWORD_ROOTS.test(seg))
    return NONE;
  // «INC000012345678», «REQ0012345»: a tracker's prefix and its number.
  if (/^(?:INC|REQ|CHG|RITM|TASK|SR|SD)\d{6,}$/.test(seg)) return NONE;
  if (digits && length >= 12) return { score: 1, kind: 'token' };
  // «Aa123456», «Qq123456»: a capital, a small letter or two and a number, the commonest password.
  if (/^(?=[^a-z]*[a-z])(?=[^A-Z]*[A-Z])[A-Za-z]{2,3}\d{4,}$/.test(seg))
    return { score: 1, kind: 'password' };
  // «INC0012345», «SD12345», «M428fdn», «X515EA»: capitals, a number, a model suffix.
  if (/^[A-Z]{1,4}\d+[A-Za-z]{0,4}$/.test(seg)) return NONE;
  const r = runs(seg);
  // A word glued to a year: «Privet2026», «vasya1985» — the commonest password habit.
  if (/^[A-Za-z]{4,}(?:19|20)\d\d$/.test(seg) && !PRODUCTS.has(seg.slice(0, -4).toLowerCase()))
    return { score: 1, kind: 'password' };
  // Roots of the commonest passwords: «mypass2026», «Qwerty», «admin» (not «KeePass», «pgAdmin»).
  if (
    PASSWORD_ROOTS.test(seg) &&
    (digits || r >= 2) &&
    !PRODUCTS.has(seg.toLowerCase().replace(/\d{1,2}$/, ''))
  )
    return { score: 1, kind: 'password' };
  if (!digits) {
    // «NovoSibTechService»: words run together, each with a capital — a name, not a token.
    if (/^(?:[A-Z][a-z]{2,}){3,}$/.test(seg)) return NONE;
    const upper = count(seg, /[A-Z]/g);
    if (length >= 16 && r >= 4 && upper >= 2 && upper < length - 1)
      return { score: 1, kind: 'token' };
    return r >= 4 && length >= 8 ? { score: 0.6, kind: 'password' } : NONE;
  }
  if (length >= 6 && r >= 4) return { score: 1, kind: 'password' };
  // Upper case run before lower case ones, with digits: «QWer1234».
  if (length >= 6 && r === 3 && /[A-Z]{2}[a-z]/.test(seg)) return { score: 1, kind: 'password' };
  if (length >= 6 && r === 3) return { score: 0.6, kind: 'password' };
  if (length >= 6 && r === 2 && digits >= 2 && latin >= 3) return { score: 0.5, kind: 'password' };
  return { score: 0.3, kind: 'password' };
}

/** Keyboard rows, Latin and Russian ЙЦУКЕН, and the digit row. */
const KEY_ROWS = [
  '1234567890',
  'qwertyuiop',
  'asdfghjkl',
  'zxcvbnm',
  'йцукенгшщзхъ',
  'фывапролджэ',
  'ячсмитьбю',
];
const NEXT_KEY = new Map<string, Set<string>>();
for (const row of KEY_ROWS) {
  for (let i = 0; i + 1 < row.length; i += 1) {
    const [a, b] = [row[i]!, row[i + 1]!];
    NEXT_KEY.set(a, (NEXT_KEY.get(a) ?? new Set()).add(b));
    NEXT_KEY.set(b, (NEXT_KEY.get(b) ?? new Set()).add(a));
  }
}

/**
 * A keyboard walk: the word's letters (digits and separators aside) are runs of three or more
 * neighbouring keys of one row, in either direction — «qwertyuiop», «ytrewq123», «123qweasd»,
 * «йцукен2026», «qwe-123-RTY». At least five letters, so no short word is taken for one.
 */
function isKeyboardWalk(word: string): boolean {
  const letters = word.toLowerCase().replace(/[^a-zа-яё]/g, '');
  if (letters.length < 5 || letters.length > 40) return false;
  let run = 1;
  let step = 0;
  for (let i = 1; i <= letters.length; i += 1) {
    const a = letters[i - 1]!;
    const b = letters[i];
    const next = b !== undefined && NEXT_KEY.get(a)?.has(b);
    // The direction of a run is kept: «qwq» is not a walk.
    const dir = next
      ? KEY_ROWS.some((row) => row.indexOf(b!) - row.indexOf(a) === 1 && row.includes(a))
        ? 1
        : -1
      : 0;
    if (next && (run === 1 || dir === step)) {
      run += 1;
      step = dir;
      continue;
    }
    if (run < 3) return false;
    run = 1;
    step = 0;
  }
  return true;
}

/**
 * «Пароль2026», «парольЕИС1», «ПаРоЛь_2026»: the password keyword glued to digits (directly or
 * through an underscore) is a password itself.
 */
const KEYWORD_GLUED = /^(?:парол|пароль|passw|password|pass|parol)[\p{L}_]*\d{2,}/iu;

/** How much one word (no spaces) looks like a password or token on its own, 0…1. */
function wordScore(long: string): Score {
  // A value longer than this is judged by its start.
  const word = long.slice(0, 256);
  if (!word || NUMBER_LIKE.test(word) || SHORTCUT.test(word) || CODE_OR_VERSION.test(word))
    return NONE;
  if (
    FILE_NAME.test(word) ||
    POLICY_SETTING.test(word) ||
    CONSTANT.test(word) ||
    ACCOUNT.test(word) ||
    NOT_A_VALUE.test(word) ||
    NOT_A_VALUE_CASED.test(word)
  )
    return NONE;
  // «*.p7s»: a file mask.
  if (/^\*\.[a-z\d]{2,5}$/i.test(word)) return NONE;
  // «bcn`r»: a Russian word typed in the Latin layout, where «`» is «ё» — a letter, not a symbol.
  if (LATIN_LAYOUT_YO.test(word.replace(/[.,!?]+$/, '')))
    return segmentScore(word.replace(/[`.,!?]/g, ''));
  // «#0055A4»: a colour; «ADMIN$», «C$»: a Windows share; «$PSVersionTable.PSVersion»,
  // «$MYSQL_PWD»: a variable, which names a value and is none; «44-ФЗ!», «6-НДФЛ»: a law's or a
  // form's name.
  if (
    /^#[\da-f]{3}(?:[\da-f]{3})?$/i.test(word) ||
    /^[A-Z]{1,8}\$$/.test(word) ||
    /^\$[A-Za-z_][\w.]*$/.test(word) ||
    /^\d{1,3}-[А-ЯЁ]{1,5}[!?.]*$/.test(word)
  )
    return NONE;
  // «backup@srv-db»: a user at a host (no dot: not an e-mail), as in «scp … backup@srv-db:/…».
  if (/^[a-z][\w.-]{1,30}@[a-z][a-z\d]*-[a-z\d-]+$/i.test(word)) return NONE;
  // «PoE+», «ТЕХНО-2000+», «/UseHwLicenses+»: one «+» after a name or a model is part of the name;
  // the word is read without it (after a keyword it is still the value).
  if (/^[^+]{2,}\+$/.test(word) && !STRONG_SYMBOL.test(word.slice(0, -1)))
    return { score: Math.min(wordScore(word.slice(0, -1)).score, 0.3), kind: 'password' };
  // A checksum's name («sha256», «MD5») and an image's tag pinned to a digest: «3.2.1@sha256».
  if (/^(?:[\w.-]*\d@)?(?:sha|md|crc)-?\d{0,3}$/i.test(word)) return NONE;
  // «ЙЦУКЕН», «QWERTY» are also the layouts' names: asked about, not refused (after a keyword
  // they are the value).
  if (/^(?:йцукен|qwerty)$/i.test(word)) return { score: 0.5, kind: 'password' };
  if (isKeyboardWalk(word) || KEYWORD_GLUED.test(word)) return { score: 1, kind: 'password' };
  if (word.includes('@') && (EMAIL.test(word.replace(/[.!?]+$/, '')) || HANDLE.test(word)))
    return NONE;
  if (word.includes('.') && DOMAIN.test(word)) return NONE;
  const ending = /[!?.…]+$/.exec(word)?.[0] ?? '';
  const bare = word.slice(0, word.length - ending.length);
  const hasLetters = /\p{L}/u.test(word);
  // «Важно!», «Срочно!!!», «2026г.»: punctuation after a word.
  if (ending && /^[\p{L}\d-]+$/u.test(bare) && !/[A-Za-z]/.test(bare) && !/[!?]/.test(ending))
    return NONE;
  if (ending && /^[\p{L}-]+$/u.test(bare) && !/[A-Za-z]/.test(bare)) return NONE;
  const length = Array.from(word).length;
  // «Сервис+», «Консультант+», «Бизнес&Право»: a name in Cyrillic letters with «+» or «&». Only
  // a keyword makes it a value («пароль: Ромашка+»).
  if (CYRILLIC_NAME_SYMBOLS.test(bare)) return { score: 0.3, kind: 'password' };
  // «java.io.FileNotFoundException», «SunCertPathBuilderException»: a class named in an error.
  if (EXCEPTION_NAME.test(bare)) return NONE;
  // «Shkola5!»: an exclamation mark after digits is part of the value; a question mark ends a
  // question («…по 44-ФЗ?», «…на win7?»).
  if (STRONG_SYMBOL.test(bare.replace(HANDLE, '')) || (/!/.test(ending) && /\d/.test(bare))) {
    if (hasLetters && length >= 6) return { score: 1, kind: length >= 16 ? 'token' : 'password' };
    // Short, but lower case, capitals, digits and symbols mixed: «P@ss», «x7#Q».
    const classes = [/\p{Ll}/u, /\p{Lu}/u, /\d/].filter((re) => re.test(word)).length;
    if (hasLetters && length >= 4 && classes >= 2) return { score: 1, kind: 'password' };
    if (hasLetters && length >= 4) return { score: 0.6, kind: 'password' };
  }
  // «12#45!78»: digits with two symbols or more among them.
  if (!hasLetters && length >= 6 && count(word, /[!@#$%^&*]/g) >= 2 && count(word, /\d/g) >= 4)
    return { score: 1, kind: 'password' };
  const clean = bare.replace(/[^\p{L}\d._-]/gu, '');
  // «Pass_word_77»: parts joined by underscores are one value.
  const segs = clean.replace(/_/g, '').split(/[.-]+/).filter(Boolean);
  if (segs.length > 1) {
    const joined = segs.join('');
    if (
      joined.length >= 20 &&
      /[A-Za-z]/.test(joined) &&
      /\d/.test(joined) &&
      !CYRILLIC_LETTER.test(joined)
    )
      return { score: 1, kind: 'token' };
    // «qwe-123-RTY»: three or more Latin parts whose letters change case from part to part.
    if (segs.length >= 3 && /^[A-Za-z\d]+$/.test(joined) && /\d/.test(joined)) {
      const whole = segmentScore(joined);
      if (/[a-z]/.test(joined) && /[A-Z]/.test(joined) && whole.score >= 0.6) return whole;
    }
    const scores = new Map(segs.map((seg) => [seg, segmentScore(seg)]));
    const mixed = segs.filter(
      (seg) => scores.get(seg)!.score >= 0.3 || /^(?=.*[a-f])[0-9a-f]{4,}$/i.test(seg),
    );
    if (mixed.length >= 2 && !CYRILLIC_LETTER.test(joined)) {
      const whole = segmentScore(joined);
      if (
        /^[0-9a-f]+$/i.test(joined) &&
        joined.length >= 16 &&
        /[a-f]/i.test(joined) &&
        /\d/.test(joined)
      )
        return { score: 1, kind: 'token' };
      if (whole.score >= 0.5) return whole;
    }
    return [...scores.values()].reduce((a, b) => (b.score > a.score ? b : a), NONE);
  }
  return segmentScore(clean);
}

// ---------------------------------------------------------------------------------------------
// Words and keywords

/** Characters that stand between a keyword and its value, or between a login and a password. */
const SEPARATOR = /^(?:->|=>|[:=→|/,;()[\]{}«»"„“”‘’'<>])$/;
const VALUE_MARKS = new Set([
  ':',
  '=',
  '→',
  '->',
  '=>',
  '-',
  '(',
  '[',
  '{',
  '«',
  '"',
  '„',
  '“',
  '”',
  "'",
  '‘',
  '’',
  '<',
]);
const EXPLICIT = new Set([':', '=', '→', '->', '=>', '-']);
const QUOTES = new Set(['«', '"', '„', '“', '”', "'", '‘', '’']);
/** Quotes that may close a quotation as well as open one. */
const CLOSING = new Set(['"', '”', "'", '’']);

type KeywordType = 'password' | 'token' | 'id' | 'login';
const stems = (type: KeywordType, prefixes: string[], exact: string[]) => ({
  type,
  prefixes: prefixes.map(skeleton),
  exact: new Set(exact.map(skeleton)),
});
const KEYWORDS = [
  stems(
    'password',
    ['парол', 'порол', 'passw', 'секрет', 'secret', 'пинкод', 'pincode'],
    [
      ...[
        'pass',
        'pwd',
        'psw',
        'pw',
        'pin',
        'пин',
        'пин-код',
        'pin-код',
        'pin-code',
        'пасворд',
        'пассворд',
        'пасс',
        'puk',
        'пук',
        'puk-код',
        'пук-код',
        'puk-code',
        'pswd',
        // A Wi-Fi or VPN network's shared key: «PSK: VpnShkola», «WPA2: Uchitelskaya».
        'psk',
        'wpa',
        'wpa2',
        'pasw',
        'paswd',
        'pasword',
      ],
      // «код доступа: 4455», «кодовое слово: ромашка»
      ...['parol', 'доступа', 'кодовое', 'кодовая', 'кодовую', 'кодовой', 'контрольное'],
      // A remote desktop's password for access without anyone at the screen (AnyDesk):
      // «неконтролируемый доступ: …», «unattended: …».
      ...['неконтролируемый', 'неконтролируемого', 'unattended'],
    ],
  ),
  stems('token', ['токен', 'token', 'ключ', 'apikey', 'api-key', 'api_key'], ['key', 'bearer']),
  stems('id', ['идентификатор'], ['id', 'ид', 'guid', 'uuid']),
  stems('login', ['логин', 'login', 'username'], ['user', 'учётка', 'учетка']),
];

/** Words that start like a keyword and are not one: «Секретарь», «Поролон». */
const NOT_KEYWORDS = ['секретар', 'поролон'].map(skeleton);

/** «код доступа: 4455»: a keyword only after «код». */
const ACCESS = skeleton('доступа');

/** The first letters of every keyword: most words are rejected without folding them whole. */
const FIRST_LETTERS = new Set(
  KEYWORDS.flatMap((k) => [...k.prefixes, ...k.exact]).map((stem) => stem.charAt(0)),
);

/** A password policy's setting, named in CamelCase: the secret's name and what about it is set. */
const POLICY_SETTING =
  /^-{0,2}(?=[A-Za-z]*(?:Password|Passwd|Pwd|Pin)(?![a-z]))(?=[A-Za-z]*(?:Length|Age|Complexity|History|Expir|Policy|Attempts|Lockout|Change|Logon|Never|Reset|Required|Minimum|Maximum|Count|Timeout|Strength))[A-Za-z]+$/;

function keywordType(word: string): KeywordType | undefined {
  // The longest keyword is 13 letters; «client_secret» is split on the underscore.
  if (word.length > 40) return undefined;
  // «PGPASSWORD», «EIS_TOKEN»: an environment variable named after what it holds.
  const env = /^[A-Z][A-Z\d_]*(PASSWORD|PASSWD|PWD|TOKEN|SECRET)$/.exec(word)?.[1];
  if (env) return env === 'TOKEN' ? 'token' : 'password';
  // A key or a lock emoji for «пароль», a bust for «логин»: «👤 ivanova_ea 🔑 Berezka».
  if (/^(?:\u{1F511}|\u{1F510}|\u{1F5DD}\uFE0F?)$/u.test(word)) return 'password';
  if (/^\u{1F464}$/u.test(word)) return 'login';
  // «PIN1», «PUK2»: a SIM card’s codes; «п-ль», «лог.»: abbreviated names («пар» is also steam).
  if (/^(?:pin|пин|puk|пук)[12]$/i.test(word) || /^п-ль\.?$/i.test(word)) return 'password';
  if (/^лог\.$/i.test(word)) return 'login';
  // «dbpass», «vncpasswd»: a password's name glued after what it is for (not «bypass»,
  // «compass», «KeePass»).
  if (
    /^[a-z]{2,6}(?:pass|passwd|pwd)$/i.test(word) &&
    !/^(?:by|com|sur|tres|keepass|lastpass)/i.test(word)
  )
    return 'password';
  // «Инструкция_пароли_v3.pdf», «token_request.docx»: a file's name, not a keyword.
  if (FILE_NAME.test(word.replace(/[.,;]+$/, ''))) return undefined;
  // «MinimumPasswordLength», «-ChangePasswordAtLogon», «PasswordNeverExpires»: a setting of a
  // password policy in a config or a command, not the password.
  if (POLICY_SETTING.test(word)) return undefined;
  // «password_max_age», «pin_length»: a setting about the secret, not the secret.
  if (
    /^\w+_(?:age|length|len|min|max|expiry|expires|ttl|timeout|policy|history|attempts|count|complexity)$/i.test(
      word,
    )
  )
    return undefined;
  // «ПИН-кода», «ПИН-коды»: a PIN's name inflected after its hyphen; «ЕИС-пароль»,
  // «Wi-Fi-пароль»: a password named by the word's last part.
  if (word.includes('-')) {
    const hyphened = word.split('-');
    if (
      /^(?:пин|pin|пук|puk)$/i.test(hyphened[0]!) &&
      /^(?:код|code)\p{L}*$/iu.test(hyphened[1] ?? '')
    )
      return 'password';
    const tail = skeleton(hyphened[hyphened.length - 1]!.replace(/[.!?]+$/, ''));
    if (hyphened.length > 1 && tail.startsWith(skeleton('парол'))) return 'password';
  }
  const parts = word.includes('_') ? [word, ...word.split('_')] : [word];
  for (const part of parts) {
    if (!FIRST_LETTERS.has(skeleton(part.charAt(0)))) continue;
    const s = skeleton(part.replace(/[.!?]+$/, ''));
    if (!s || NOT_KEYWORDS.some((w) => s.startsWith(w))) continue;
    for (const k of KEYWORDS) {
      if (k.exact.has(s) || k.prefixes.some((p) => s.startsWith(p))) return k.type;
    }
  }
  return undefined;
}

/** Words after which the next word names what the password is for, not the password. */
const PREPOSITIONS = new Set(
  [
    'от для к ко в во на у с со из по при и или не до через как без за под это его её ее их',
    // The same words in translit («parol v veb torgi», «login i parol dlya eis»), with the
    // question words («parol kuda vvodit»), and in English.
    'ot dlya dlja k v vo na u s so iz po pri i ili ne do cherez kak bez za pod eto',
    'kuda gde chto pochemu zachem kogda skolko kakoy kakaya kakie kto nado nuzhno mozhno',
    'posle chtoby chtob kakoj kakoi kakuyu kakuju potom snova opyat zanovo uzhe eshche eshe tolko',
    'for to of in on at from with and or the',
  ]
    .join(' ')
    .split(' '),
);
/**
 * Latin words that name products, protocols and the site's own systems, not passwords: «Токен
 * Rutoken», «пароль для VipNet», «пароль HTTPS», «пароль web torgi» (Web-Торги-КС in translit).
 */
const PRODUCTS = new Set(
  [
    'rutoken jacarta etoken vipnet windows excel word outlook chrome chromium firefox yandex mail gmail esia sber sberbank sbis diadoc kontur astra linux office microsoft gosuslugi client csp pro lite eis web lk pki usb gost e-mail email',
    'https http ssl tls ftp xml api veb torgi torgov torgah ks kc zakupki goszakupki eis-ks',
    // File formats: «пароль пришёл в архиве zip».
    'zip rar 7z pdf doc docx xls xlsx txt csv json log sig cer crt p7s',
    // Networks, devices and programs a reader also has passwords for: «пароль VPN», «пароль от
    // KeePass», «Secret Net Studio».
    // Processors: «Core i7-1165G7».
    'core intel amd ryzen xeon pentium celeron athlon',
    // Programs and tokens readers name with their passwords: «пароль 1С», «ПИН-код ESMART Token»,
    // «пароль Moodle», «ПИН: КриптоПро CSP → Сервис»; printers' lines («hp laserjet m1132»).
    '1c moodle esmart jacarta rutoken etoken криптопро cryptopro csp laserjet deskjet officejet ecosys i-sensys workcentre',
    // Devices a school has: «драйвер canon mf3010», «Samsung Galaxy A52s», «Active Directory».
    'canon hp xerox kyocera epson brother pantum ricoh samsung galaxy lenovo acer asus active directory',
    // Remote-support programs: «anydesk 987654321» is the computer's number in it.
    'anydesk teamviewer rustdesk ammyy',
    'vpn wifi wi-fi bios uefi rdp smtp imap pop3 ldap continent parus bitrix bitrix24 keepass lastpass pgadmin phpmyadmin net studio telegram whatsapp skype zoom',
  ]
    .join(' ')
    .split(' '),
);
/** A product's name: one of PRODUCTS, or the protocol mistyped («htps», «htttp»). */
const isProduct = (lower: string) =>
  PRODUCTS.has(lower.replace(/-\d+$/, '')) ||
  // «Windows10», «win7»: a system with its version glued on.
  /^(?:windows|win)\d{1,2}$/.test(lower) ||
  /^h+t+p+s*$/.test(lower) ||
  // Web-Торги in translit, in one word and any case: «vebtorgi», «webtorgah».
  /^(?:veb|web)-?torg[a-z]{0,3}$/.test(lower);
/**
 * A Latin word with a Russian ending, written in translit: «parol integracii», «login
 * organizacii», «parol novogo polzovatelya». Read as an ordinary word only after a keyword in
 * translit, where the whole text is translit.
 */
const TRANSLIT_INFLECTED = /^[a-z]{4,}(?:ii|iya|ija|ogo|ego|ykh|ikh|nyi|nyy|aya|oye|uyu|tsii|cii)$/;
const TRANSLIT_KEYWORD = /^(?:parol|parolya|parolja|login|logina|token|tokena|pin)$/;
/**
 * A verb in translit, by its Russian ending (infinitive, past, present): «parol vvesti», «parol
 * smenit», «parol zabyla», «token poluchil». Read as an ordinary word, like TRANSLIT_INFLECTED,
 * only right after a keyword in translit and with no mark before it («parol: vvesti» still
 * counts). Round 20: a reader's question of corpus 43 («veb torgi parol vvesti»).
 */
const TRANSLIT_VERB = /^[a-z]{3,}(?:ti|tsya|tsa|sya|it|at|et|yat|ut|yut|la|li|lo|al|il|el|yl)$/;
const DATE =
  /^(?:\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?(?:-\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?)?|\d{4}-\d{2}-\d{2}|(?:19|20)\d\d(?:-[xх]|г\.?)?|\d{1,2}:\d{2})$/;
/** Verbs, adjectives and participles: «Пароль: сменить», «Пароль: новый», «Пароль: истёк». */
const NOT_A_NOUN =
  /(?:ть|ти|чь|ся|ет|ит|ут|ют|ат|ят|л|ла|ло|ли|ёк|ек|ён|ен|ена|ено|ены|ан|ана|ано|аны|ый|ий|ой|ая|яя|ое|ее|ые|ие|[чс]но)$/;
const LOGIN = /^[a-z][a-z0-9._-]{2,}$/;
/** A Russian surname's common endings: «Петрова», «Иванов», «Сидоренко», «Ковальчук». */
const SURNAME =
  /^[А-ЯЁ][а-яё]+(?:ова|ева|ёва|ина|ына|ская|цкая|ов|ев|ёв|ин|ын|ский|цкий|енко|чук|юк)$/;
/** Endings of a noun's oblique cases and plurals: «интеграции», «пользователей», «системам». */
const OBLIQUE = /(?:ии|ия|ию|ий|ей|ов|ев|ам|ям|ами|ями|ах|ях|ом|ем|ою|ею|ы|и|у|ю|е)$/;
/** A verb that says who keeps or changed something: «хранит», «знает», «сменён», «сменила». */
const HOLDER_VERB = /^[а-яё]{3,}(?:ит|ет|ат|ят|ут|ют|ал|ил|ел|ла|ли|ён|ен)$/;
/** English words of error messages, never a value: «The password is incorrect», «PIN locked». */
const ENGLISH_WORDS = new Set(
  (
    'the a an is are was were be been has have had does did not cannot can must should will ' +
    'expired expire expires incorrect invalid wrong locked blocked required reset changed change ' +
    'denied failed failure mismatch code length policy recovery protected field hint entered ' +
    'enter attempts attempt remaining empty missing too short long weak logon login needed ' +
    'correct valid please try again ' +
    // Words of logs and settings: «password authentication failed», «token file», «key vault».
    'authentication authorization auth file hash manager vault rotation storage store prompt ' +
    'check verification update updated expiry expiration age history strength complexity mode ' +
    'must meet requirements requirement least contain characters ' +
    // «(using password: YES)», «Enter PEM pass phrase:», «password updated successfully».
    'yes no true false null none undefined enabled disabled phrase successfully days ' +
    // «Пароль не подходит: Caps Lock выключен»: the keyboard's state, said of a password.
    'caps lock capslock numlock'
  ).split(' '),
);
/**
 * Words a number after them is the number of, not a value: a school's, an ИНН, a request's, an
 * error's («токен для школы 1505», «Токен для ИНН 7712345678», «Код ошибки: 10025»).
 */
const NUMBERED =
  /^(?:№|n|no|шк|школ\S*|гимнази\S*|лице\S*|сад\S*|детсад\S*|д\/с|доу|сош|оош|нош|гбоу|мбоу|мадоу|мбдоу|гбуз|инн|кпп|огрн|октмо|окпо|бик|обращени\S*|заявк\S*|тикет\S*|ошибк\S*|корпус\S*|кабинет\S*|дом|здани\S*|больниц\S*|поликлиник\S*|филиал\S*|отделени\S*|учреждени\S*|сборк\S*|верси\S*)$/;
/** The same in English logs and trackers: «job 1442207», «build 3141», «port 8443». */
const NUMBERED_EN =
  /^(?:id|job|build|pipeline|issue|ticket|task|order|request|event|port|pid|line|step|stage|version|release|rev|revision|commit|case|incident|row|page|error|code|status|item|run|attempt|node|process|thread|pr|mr|inc|req|chg)$/;
/** Whether the words before `at` are an HTTP status's code and words: «503 Service …». */
function afterStatusCode(list: Word[], at: number): boolean {
  for (let j = at - 1; j >= Math.max(0, at - 3); j -= 1) {
    const text = list[j]!.text;
    if (/^[1-5]\d\d$/.test(text)) return true;
    if (!HTTP_REASON.test(text)) return false;
  }
  return false;
}

/** The words of an HTTP status after its code: «401 Unauthorized», «503 Service Unavailable». */
const HTTP_REASON =
  /^(?:ok|created|accepted|found|moved|forbidden|unauthorized|bad|not|internal|service|gateway|request|conflict|gone|timeout|unavailable|error|redirect|payload|too|many|requests)$/i;
/** Words a number before them counts: «Срок токена 1000 дней». */
const COUNTED =
  /^(?:дн\S*|день|лет|год\S*|месяц\S*|недел\S*|час\S*|минут\S*|руб\S*|шт\S*|штук\S*|раз|раза|символ\S*|знак\S*|сотрудник\S*|пользовател\S*|организаци\S*|учреждени\S*|школ\S*)$/;

interface Word {
  text: string;
  /** A mark that introduces a value (colon, dash, arrow, opening quote) stands right before. */
  marked: boolean;
  /** …and it is a colon, equals sign, dash or arrow. */
  explicit: boolean;
  quoted: boolean;
  /** The word ends a clause: comma or semicolon right after it (or the end of the text). */
  last: boolean;
  /** The word ends a sentence: a full stop (or «!», «?») after it and a capital letter next. */
  sentenceEnd?: boolean;
  /** An opening bracket stands right before: «(wt-int01 -> …)». */
  opened?: boolean;
  /** …glued to the word before: «lag[school_05]». */
  indexed?: boolean;
  /** A slash glued on both sides stands right before: a segment of a path («/api/v1/contracts»). */
  inPath?: boolean;
  score: Score;
  keyword: KeywordType | undefined;
}

const PIECES = /->|=>|[:=→|/,;()[\]{}«»"„“”‘’'<>]|[^\s:=→|/,;()[\]{}«»"„“”‘’'<>]+/g;

function words(text: string): Word[] {
  const out: Word[] = [];
  // Repeated words are judged once: a long text of the same word stays fast.
  const cache = new Map<string, Pick<Word, 'text' | 'score' | 'keyword'>>();
  let marked = false;
  let explicit = false;
  let quoted = false;
  let indexed = false;
  let opened = false;
  let inPath = false;
  for (const match of text.matchAll(PIECES)) {
    const part = match[0];
    const previous = out[out.length - 1];
    // «1С:Бухгалтерия»: a colon inside a name does not introduce a value.
    const glued =
      part === ':' &&
      /\S/.test(text[match.index - 1] ?? ' ') &&
      /\S/.test(text[match.index + 1] ?? ' ') &&
      !previous?.keyword;
    // A straight quote glued to the word before it and followed by a space closes a quotation
    // («флаг "Сменить пароль" обязательно»): it introduces nothing. An opening one has a space
    // before it or a word right after it («пароль "Ромашка"», «пароль:"Ромашка"»).
    const closing =
      CLOSING.has(part) &&
      /\S/.test(text[match.index - 1] ?? ' ') &&
      /[\s,.;!?)]/.test(text[match.index + 1] ?? ' ');
    if (closing) continue;
    if ((VALUE_MARKS.has(part) && !glued) || part === '-') {
      opened = /[([{<]/.test(part);
      indexed = opened && /[\p{L}\d]/u.test(text[match.index - 1] ?? ' ');
      marked = true;
      quoted ||= QUOTES.has(part);
      explicit ||= EXPLICIT.has(part);
      continue;
    }
    if (part === ',' || part === ';') {
      if (previous) previous.last = true;
      marked = false;
      explicit = false;
      quoted = false;
      continue;
    }
    if (SEPARATOR.test(part)) {
      inPath =
        part === '/' &&
        /\S/.test(text[match.index - 1] ?? ' ') &&
        /\S/.test(text[match.index + 1] ?? ' ');
      continue;
    }
    let seen = cache.get(part);
    if (!seen) {
      const folded = foldWord(part);
      seen = { text: folded, score: wordScore(folded), keyword: keywordType(folded) };
      cache.set(part, seen);
    }
    out.push({
      text: seen.text,
      score: seen.score,
      keyword: seen.keyword,
      marked,
      explicit,
      quoted,
      last: false,
      ...(opened ? { opened } : {}),
      ...(indexed ? { indexed } : {}),
      ...(inPath ? { inPath } : {}),
    });
    inPath = false;
    marked = false;
    explicit = false;
    quoted = false;
    indexed = false;
    opened = false;
  }
  if (out.length) out[out.length - 1]!.last = true;
  for (let i = 0; i + 1 < out.length; i += 1) {
    if (/\p{L}{3,}[.!?]+$/u.test(out[i]!.text) && /^\p{Lu}/u.test(out[i + 1]!.text))
      out[i]!.sentenceEnd = true;
  }
  return out;
}

/**
 * A word of three letters or more and a number of two digits or more, joined by «-», «.» or «_»
 * and nothing else: how people make passwords («masha-2015»). Not «44-фз» or «3-й» (a short
 * ending), not «web-торги-кс» (no number).
 */
function joinedValue(w: string): boolean {
  const parts = w.split(/[-._]/);
  return (
    parts.length >= 2 &&
    parts.every((p) => /^(?:\p{L}+|\d+)$/u.test(p)) &&
    parts.some((p) => /^\p{L}{3,}$/u.test(p)) &&
    parts.some((p) => /^\d{2,}$/.test(p))
  );
}

/** Names of an export's columns: «login;password;inn», «логин;пароль;инн». */
const FIELD_NAME =
  /^(?:inn|kpp|ogrn|okpo|snils|name|org|email|e-mail|mail|phone|tel|date|comment|note|url|host|port|user|username|login|password|pass|passwd|pwd|token|fio|инн|кпп|огрн|окпо|снилс|фио|наименование|организация|телефон|дата|комментарий|примечание|логин|пароль|токен)$/;

/** How a word right after a keyword reads: as the value it names, or as an ordinary word. */
function valueScore(
  word: Word,
  type: KeywordType,
  object: boolean,
  translit = false,
  next = true,
  afterProduct = false,
): Score {
  const typed = word.text.replace(/[.!?]+$/, '') || word.text;
  // «bcn`r» after the keyword is read as the letters it is typed with (see wordScore).
  const w = LATIN_LAYOUT_YO.test(typed) ? typed.replace(/`/g, '') || typed : typed;
  const lower = w.toLowerCase();
  const kind: SecretKind = type === 'password' || type === 'login' ? 'password' : 'token';
  if (OPERATOR_CODE.test(w)) return NONE;
  // «Пароль: XXXXXXXX (придёт в СМС)», «Пароль: ********»: a placeholder where the value would be.
  if (/^(?:[xXхХ]{4,}|[*•·]{3,})$/.test(w)) return NONE;
  if (word.score.score >= 1) return word.score;
  // A token is a long string: «токены ЕИС — k8s» names where it is kept, not the token.
  if (type === 'token' && Array.from(w).length < 8) return NONE;
  // «Пароль: 12-34-56-78», «Пароль: 1234.5678»: digits in groups (not a date) after the mark.
  if (
    word.explicit &&
    type === 'password' &&
    !DATE.test(w) &&
    /^\d{2,4}(?:[-.]\d{2,4})+$/.test(w) &&
    count(w, /\d/g) >= 6
  )
    return { score: 1, kind };
  // «Пароль: 12.05.1985»: a whole date right after «Пароль:», ending the text, may be the
  // password (a birthday) or when it was set: asked about.
  if (
    next &&
    word.explicit &&
    word.last &&
    type === 'password' &&
    /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(w)
  )
    return { score: 0.5, kind };
  if (DATE.test(w) || w === '№') return NONE;
  // A column's name after another («login;password;inn» — a template's header), not a value.
  if (FIELD_NAME.test(lower)) return NONE;
  // «Пароль: зима2», «пароль — Ромашка1»: a Russian word glued to a number, named by the mark.
  // So are «Ромашка_1» and «1Ромашка».
  if (
    next &&
    word.explicit &&
    type === 'password' &&
    /^(?:[а-яё]{2,}[_-]?\d{1,4}|\d{1,4}[а-яё]{4,})$/i.test(w)
  )
    return { score: 1, kind };
  // «Ключ API: 4821-7730-1952-6604-1290»: sixteen digits or more in groups after a key's or a
  // password's name and a mark.
  if (
    word.explicit &&
    (type === 'token' || type === 'password') &&
    /^\d{4,6}(?:[- ]\d{4,6}){3,}$/.test(w)
  )
    return { score: 1, kind: 'token' };
  // «Пароль ЕИС: TK2291xs», «Пароль: Vesna-7», «SOLNCE_K7»: letters and digits together right
  // after the mark are the value, whatever shape they share with a model or a constant.
  if (
    word.explicit &&
    type === 'password' &&
    /[A-Za-z]/.test(w) &&
    /\d/.test(w) &&
    Array.from(w).length >= 5 &&
    /^[A-Za-z\d._-]+$/.test(w)
  )
    return { score: 1, kind };
  // «Пароль: 123» is a (weak) password; «пароль 1 раз в 90 дней» is not.
  if (/^\d{1,3}$/.test(w))
    return word.explicit && word.last && type === 'password' ? { score: 1, kind } : NONE;
  if (isProduct(lower) || (word.keyword && !word.explicit)) return NONE;
  if (translit && !word.marked && (TRANSLIT_INFLECTED.test(w) || TRANSLIT_VERB.test(w))) {
    return NONE;
  }
  if (object) return word.score.score >= 0.5 ? { score: 1, kind } : NONE;
  if (type === 'login') {
    return LOGIN.test(w) || isEmail(w) ? { score: 0.5, kind: 'credentials' } : NONE;
  }
  if (/^\d{4,}$/.test(w)) return type === 'id' ? NONE : { score: 1, kind };
  if (word.score.score >= 0.3) return { score: 1, kind };
  // «Пароль: masha-2015», «zima-leto-2024», «ivan.petrov.1990»: a word and a number joined.
  if (type === 'password' && joinedValue(w))
    return { score: next || word.explicit ? 1 : 0.5, kind };
  // An error message in English: «password was incorrect», «PIN locked», «password has expired».
  if (ENGLISH_WORDS.has(lower)) return NONE;
  // «пароль VPN», «пароль RDP не подходит»: an abbreviation names what the password is for,
  // unless it is the value after the mark at the end («Пароль: QWXZ»).
  if (/^[A-Z]{2,5}$/.test(w) && !(word.explicit && word.last)) return NONE;
  if (/^[A-Za-z]{3,}$/.test(w)) {
    // «parol qwerty» and «parol sbros», «pin kod» look the same: a lower-case word with no mark
    // before it, after a keyword typed in translit, may be a search question — asked about.
    if (type === 'password')
      return { score: translit && !word.marked && lower === w ? 0.5 : 1, kind };
    // «токен ЕИС kqzmwpvtxrbnhjdfylsg»: a long run of letters with few vowels is no word.
    if (type === 'token' && w.length >= 16 && count(lower, /[aeiouy]/g) < w.length / 5)
      return { score: 1, kind };
    return { score: word.marked ? 0.5 : 0, kind };
  }
  if (/^[\p{L}-]+$/u.test(w) && type === 'password') {
    // «Пароль: «ромашка»» is a value; «Пароль: сентябрь» may be; «Пароль: у Иванова» is not.
    if (NOT_A_NOUN.test(lower) || /^[А-ЯЁ]{2,5}$/.test(w)) return NONE;
    // A value in quotes, or a capitalised noun ending the text after «:» or «—»: «Ромашка».
    // Quoted right after the keyword («Пароль «Ромашка»»), not a section's name a few words
    // on («в правах доступа есть раздел «Работа с информационными системами»»).
    if (word.quoted && (next || word.explicit)) return { score: 1, kind };
    // After a product's name, with more words to come, the mark may name a place in it instead:
    // «пароль ЕИС — Настройки, Регистрационные данные» (a menu). Doubtful, not refused.
    // A surname («Ответственный за пароль: Петрова») may be who keeps it: asked about.
    if (word.explicit && word.last && /^\p{Lu}\p{Ll}{3,}$/u.test(w))
      return { score: afterProduct || SURNAME.test(w) ? 0.5 : 1, kind };
    if (word.marked && word.last) return { score: 0.5, kind };
    // «пароль солнышко»: a noun right after the keyword, ending the text, may be the value; so
    // may «пароль интеграции» be a question. Asked about.
    // A long word in «-на» is a short adjective («неактивна», «недоступна»).
    if (
      next &&
      word.last &&
      !word.marked &&
      /^[А-ЯЁ]?[а-яё]{3,}$/.test(w) &&
      !OBLIQUE.test(lower) &&
      !(lower.length >= 7 && lower.endsWith('на'))
    )
      return { score: 0.5, kind };
  }
  return NONE;
}

/**
 * Five or more single characters in a row from `at`, with a Latin letter or a digit among them,
 * joined: a value typed with a space after every character. Undefined otherwise.
 */
function spelledOut(list: Word[], at: number): string | undefined {
  let joined = '';
  for (let j = at; j < list.length && Array.from(list[j]!.text).length === 1; j += 1) {
    joined += list[j]!.text;
    if (list[j]!.last) break;
  }
  return Array.from(joined).length >= 5 && /[A-Za-z\d]/.test(joined) ? joined : undefined;
}

/**
 * Three to eight groups of one to four characters from `at` (none Cyrillic, a dash or an English
 * word of a message), joined: a value split by spaces after its keyword («Qw 7# ks Lm»), mixing
 * three kinds of character. Stops at a clause's end or a mark.
 */
function shortGroups(list: Word[], at: number): string | undefined {
  let joined = '';
  let groups = 0;
  for (let j = at; j < list.length && groups < 8; j += 1) {
    const text = list[j]!.text;
    if (
      !/^[^\s\u0400-\u04FF—–-]{1,4}$/.test(text) ||
      SEPARATOR.test(text) ||
      ENGLISH_WORDS.has(text.toLowerCase()) ||
      (j > at && list[j]!.marked)
    )
      break;
    joined += text;
    groups += 1;
    if (list[j]!.last) break;
  }
  // Capitals, small letters, digits and symbols: three kinds of the four at least.
  const kinds = [/[A-Z]/, /[a-z]/, /\d/, /[^A-Za-z\d]/].filter((re) => re.test(joined)).length;
  return groups >= 3 && joined.length >= 6 && kinds >= 3 ? joined : undefined;
}

/** A clause that opens with what something is now: «…, теперь 71943028», «…, новый: …». */
const NOW = /^(?:теперь|сейчас|новый|новая|новое|стал|стала|стало)$/i;
const PRESENTER = /^(?:вот|here|here's)$/i;
const PRONOUN = /^(?:он|она|оно|они|его|её|ее|it|is)$/i;

/**
 * «…, вот он: X», «…, вот: X»: where a clause that shows the value starts at `at`, the index of the
 * value after its colon; undefined otherwise.
 */
function presented(list: Word[], at: number): number | undefined {
  if (!PRESENTER.test(list[at]?.text ?? '')) return undefined;
  let k = at + 1;
  if (PRONOUN.test(list[k]?.text ?? '') && !list[k]!.explicit) k += 1;
  return list[k]?.explicit ? k : undefined;
}

/** The strongest value within a few words after a keyword. */
function keywordScore(list: Word[], at: number, type: KeywordType): Score {
  let best = NONE;
  const translit = TRANSLIT_KEYWORD.test(list[at]!.text.toLowerCase());
  // «Kitten22 — пароль»: a doubtful word right before the keyword, in the same clause — unless
  // the keyword says who holds it: «sh5_zakupki (пароль у Ольги Петровны)» is a login.
  const before = list[at - 1];
  const heldBy = /^у$/i.test(list[at + 1]?.text ?? '') && !list[at + 1]!.marked;
  if (
    before &&
    !before.last &&
    before.score.score >= 0.5 &&
    type !== 'login' &&
    type !== 'id' &&
    !heldBy
  )
    best = { score: 1, kind: before.score.kind };
  // «Vesna — пароль от ЕИС»: a capitalised Latin word, then a dash before the keyword: asked about.
  if (
    before &&
    list[at]!.explicit &&
    type === 'password' &&
    /^[A-Z][a-z]{3,}$/.test(before.text) &&
    !isProduct(before.text.toLowerCase())
  )
    best = { score: 0.5, kind: 'password' };
  // «48213795 — пароль от ЕИС»: a long number, then a dash or colon before the keyword.
  if (before && list[at]!.explicit && /^\d{6,}$/.test(before.text) && type === 'password')
    best = { score: 1, kind: 'password' };
  // «Vesna7 — пароль от ЕИС», «4821 — ПИН-код»: Latin letters glued to digits, or a PIN's four to
  // eight digits, then a dash or colon before the keyword.
  if (
    before &&
    list[at]!.explicit &&
    type === 'password' &&
    (/^(?=.*[A-Za-z])(?=.*\d)[A-Za-z\d]{5,}$/.test(before.text) ||
      (/^\d{4,8}$/.test(before.text) && /^(?:пин|pin|пук|puk)/i.test(list[at]!.text)))
  )
    best = { score: 1, kind: 'password' };
  // «8009001D токен не найден»: a system error's code before the word is no value.
  if (before && /^[0-9A-F]{8}$/.test(before.text) && !list[at]!.explicit) best = NONE;
  // «Неверный пароль. Код ошибки: 10025»: the sentence ends with the keyword.
  // «Поменяла пароль. Новый: Vesna7»: a sentence that says what it is now goes on with the value.
  // «Ответственный за пароль: Долгих»: who answers for it, asked about at most.
  const holder =
    /^за$/i.test(list[at - 1]?.text ?? '') &&
    /^(?:ответствен|отвеча)/i.test(list[at - 2]?.text ?? '');
  let from = at + 1;
  let now = false;
  if (list[at]!.sentenceEnd) {
    if (!NOW.test(list[at + 1]?.text ?? '')) return best;
    from = at + 2;
    now = true;
  }
  // «Минимальная длина пароля: 12», «Попыток ввода ПИН: 10»: a rule's number, not the value.
  const measured = [list[at - 1], list[at - 2]].some((w) =>
    /^(?:длин|попыт|количеств|числ|минимал|максимал)/i.test(w?.text ?? ''),
  );
  let object = false;
  for (let i = from, seen = 0; i < list.length && seen < 7; i += 1, seen += 1) {
    const found = list[i]!;
    // After «теперь» the next word is the value, as after a colon.
    const word = now ? { ...found, marked: true, explicit: true } : found;
    now = false;
    const lower = word.text.toLowerCase();
    // «password: secret» — a keyword right after a colon is the value itself.
    if (word.keyword && !word.explicit && type !== 'login') {
      if (list[i - 1]!.last) break;
      continue;
    }
    if (word.keyword && !word.explicit) break;
    if (PREPOSITIONS.has(lower) && !word.marked) {
      object = true;
      continue;
    }
    // «Пароль: 12 34 56 78»: digits typed in groups are one value.
    let value = word;
    for (
      let j = i + 1;
      /^\d{1,4}$/.test(value.text) && /^\d{1,4}$/.test(list[j]?.text ?? '');
      j += 1
    )
      value = { ...word, text: value.text + list[j]!.text };
    // «Пароль: H t 6 # w 9 L q»: a value copied character by character, with spaces between.
    const chars = spelledOut(list, i);
    if (chars) value = { ...word, text: chars, score: wordScore(chars) };
    // «пароль: Qw 7# ks Lm»: a value split into short groups (so that mail would not catch it).
    const split = value === word ? shortGroups(list, i) : undefined;
    if (split) value = { ...word, text: split, score: wordScore(split) };
    // A product or a system named by its abbreviation (ЕИС, ЛК, КС) right before, and more
    // words after: a place in it («ЕИС — Настройки, Регистрационные данные»), not «ЛК: Ромашка».
    const previous = list[i - 1]!.text;
    // So is a name after a verb or a date: who keeps it, who changed it («Пароль хранит:
    // Иванова», «Пароль сменён 12.11 — Иванова»), asked about rather than refused.
    const afterProduct =
      (i < list.length - 1 &&
        (isProduct(previous.toLowerCase()) || /^[A-ZА-ЯЁ]{2,5}$/.test(previous))) ||
      (i > at + 1 && (HOLDER_VERB.test(previous.toLowerCase()) || DATE.test(previous)));
    // «для школы 1505», «ИНН 7712345678», «1000 дней»: a number of something, not a value.
    const counted =
      /^\d+$/.test(value.text) &&
      !word.marked &&
      (NUMBERED.test(previous.toLowerCase()) ||
        COUNTED.test(list[i + 1]?.text.toLowerCase().replace(/[.,!?]+$/, '') ?? ''));
    // «ПИН: 1985», «ПИН-код: 2014»: after a PIN's name and a mark, four to eight digits are the
    // PIN even when they read as a year.
    const pin =
      word.explicit && /^(?:пин|pin)/i.test(list[at]!.text) && /^\d{4,8}$/.test(value.text);
    // «…падает: 403 Forbidden», «503 Service Unavailable»: an HTTP status's words after its code
    // are the message.
    const status = HTTP_REASON.test(lower.replace(/[.,:;!?]+$/, '')) && afterStatusCode(list, i);
    const s =
      (measured && /^\d{1,3}$/.test(value.text)) || status
        ? NONE
        : pin
          ? { score: 1, kind: 'password' as const }
          : counted
            ? NONE
            : valueScore(value, type, object && !word.marked, translit, seen === 0, afterProduct);
    if (s.score > best.score) best = s;
    // «password updated successfully», «password age: 42», «pass phrase»: an English word of a
    // message or a setting right after the keyword; what follows is the message, not a value.
    if (seen === 0 && !word.explicit && ENGLISH_WORDS.has(lower.replace(/[.:!?]+$/, ''))) break;
    // A product's name goes on with a word about it: «пароль web torgah», «pin rutoken
    // zablokirovan» — after a product, a word is read as after a preposition.
    object = isProduct(lower) && !word.marked;
    if (best.score >= 1) break;
    // «пин поменяли, теперь 71943028»: a clause that says what it is now goes on with the value.
    if (word.last) {
      // «пароль набрал в русской раскладке, вот он: Зщкеф45Ьфк»: so does one that shows it.
      const shown = presented(list, i + 1);
      if (shown !== undefined) {
        now = true;
        i = shown - 1;
        continue;
      }
      if (!NOW.test(list[i + 1]?.text ?? '')) break;
      now = true;
      i += 1;
    }
  }
  return holder && best.score > DOUBT ? { score: DOUBT, kind: best.kind } : best;
}

/** A login (lower-case Latin or e-mail) next to something password-like: «ivanov / Qw12!xz». */
function pairScore(list: Word[], i: number): Score {
  const login = list[i]!.text;
  const next = list[i + 1];
  // «lag[school_05]», «connect(host01)»: an index or an argument, not a password; nor are two
  // segments of a path («/api/v1/contracts/3540312345626000015»).
  if (!next || next.indexed || (list[i]!.inPath && next.inPath)) return NONE;
  const pass = next.text;
  // A host, a version, a checksum's or an encoding's name: «wt-int01 -> int44.zakupki.gov.ru»,
  // «eis-sync:3.2.1@sha256», «encoding UTF-8».
  if (
    /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}$/u.test(pass) ||
    /^\d+(?:\.\d+)+(?:@\S*)?$/.test(pass) ||
    /^(?:sha|md|crc)-?\d+$/i.test(pass) ||
    /^[A-Z]{2,6}-\d{1,4}$/.test(pass) ||
    NOT_A_VALUE.test(pass) ||
    NOT_A_VALUE_CASED.test(pass) ||
    // Two files' names in a list: «token_request.docx, Инструкция_пароли_v3.pdf».
    FILE_NAME.test(login) ||
    FILE_NAME.test(pass)
  )
    return NONE;
  // «Sidorov/1985Vasya»: a capitalised Latin name, only with a clearly password-like word.
  if (/^[A-Z][a-z]{2,}$/.test(login) && !PRODUCTS.has(login.toLowerCase()))
    return next.score.score >= 0.5 ? { score: 1, kind: 'credentials' } : NONE;
  if (!(LOGIN.test(login) || isEmail(login)) || isProduct(login)) return NONE;
  // «zakaz1, zakaz2, buh_cbs»: logins of one pattern in a list, numbered; not a login and its password.
  const stem = (w: string) => w.replace(/\d+$/, '');
  if (stem(login).length >= 3 && stem(login) === stem(pass) && /\d$/.test(login)) return NONE;
  const phone = /^(?:\+?7|8)\d{10}$/.test(pass);
  // «job 1442207», «pipeline 88213», «заявка 123456»: the number of something.
  // A parameter's name counts by its parts: «id_org=2310012345», «inn-org 7712345678».
  const numbered = login
    .toLowerCase()
    .split(/[_-]/)
    .some((part) => NUMBERED.test(part) || NUMBERED_EN.test(part));
  if (next.score.score >= 0.5) return { score: 1, kind: 'credentials' };
  // A weaker value counts only right after the login, not opened by a bracket: «Connection
  // refused (wt-int01 …)» is a host in brackets.
  if (next.opened) return NONE;
  if (/^\d{6,}$/.test(pass) && !phone && !numbered) return { score: 1, kind: 'credentials' };
  // «ivanov_ea ромашка»: a login that cannot be a word, then one Russian noun ending the text.
  if (
    next.last &&
    /[._@\d]/.test(login) &&
    /^[А-ЯЁ]?[а-яё]{4,}$/.test(pass) &&
    !NOT_A_NOUN.test(pass.toLowerCase()) &&
    !OBLIQUE.test(pass.toLowerCase())
  )
    return { score: 0.5, kind: 'credentials' };
  if (/[A-Za-z]/.test(pass) && /\d/.test(pass) && !isEmail(pass) && Array.from(pass).length >= 5)
    return { score: 1, kind: 'credentials' };
  return NONE;
}

// ---------------------------------------------------------------------------------------------
// The judge

const SECRET = 1;
const DOUBT = 0.5;

/**
 * A pasted XML element («<faultstring>Invalid login or password</faultstring>») read as its
 * name and a colon before its text («<password>…</password>» names its value as «пароль:» does):
 * the tags are not part of a value. Only a pair, opening and closing with the same name, or a
 * closing tag alone, so that a value with angle brackets in it stays as typed.
 */
function withoutElementTags(text: string): string {
  let out = text;
  for (let pass = 0; pass < 4 && out.includes('</'); pass += 1) {
    const next = out.replace(/<([A-Za-z][\w.:-]*)(?:\s[^<>]*)?>([^<]*)<\/\1>/g, ' $1: $2 ');
    if (next === out) break;
    out = next;
  }
  // A closing tag left over, cut from its element («…or password</faultstring>»): a value has
  // no «</» followed by a name and «>».
  out = out.replace(/<\/[A-Za-z][\w.:-]{2,}>/g, ' ');
  return out === text ? text : out.replace(/\s+/g, ' ').trim();
}

/**
 * Names of a checksum or of a certificate's public code: «MD5», «SHA256:», «ETag», «контрольная
 * сумма», «коммит», «отпечаток сертификата», «Thumbprint», «серийный номер».
 */
const HASH_NAME =
  '(?:md5|sha-?(?:1|224|256|384|512)?|crc-?32|blake2[bs]?|etag|checksum|digest|х[еэ]ш\\p{L}*|контрольн\\p{L}*\\s+сумм\\p{L}*|commit|коммит\\p{L}*|отпечат\\p{L}*|thumbprint|fingerprint|серийн\\p{L}*\\s+номер\\p{L}*|serial(?:\\s*number)?)';
/** Words that name a secret: between a checksum's name and its value, they end the name's reach. */
const SECRET_WORDS =
  '(?:парол|пароль|passw|pass|pwd|токен|token|ключ|key|secret|секрет|пин|pin|bearer)';
/**
 * A checksum's value after its name, within the same line: «MD5 выгрузки plan.xml: e4a7c9…»,
 * «ETag: "33a64d…"», «SHA256:Qm3xT8…» (a host key's fingerprint in base64), a thumbprint as the
 * certificate's window shows it, in pairs («Отпечаток: 9f 8e 7d …»).
 */
const NAMED_HASH = new RegExp(
  `(?<![\\p{L}\\d])(${HASH_NAME})(?![\\p{L}\\d])((?:(?!${SECRET_WORDS})[^\\n]){0,60}?)(?<![0-9A-Za-z+/])(?:[0-9a-f]{7,128}|[A-Za-z0-9+/]{40,88}={0,2}|[0-9a-f]{2}(?:[ :][0-9a-f]{2}){15,63})(?![0-9A-Za-z+/])`,
  'giu',
);
/** The text without the values of named checksums. */
function withoutHashes(text: string): string {
  // Not when a secret is named anywhere: «Токен для коммита: c4f1e8…» is the token.
  return /md5|sha|crc|blake|etag|checksum|digest|х[еэ]ш|контрольн|commit|коммит|отпечат|thumbprint|fingerprint|серийн|serial/i.test(
    text,
  ) && !SECRET_NAME.test(text)
    ? text.replace(NAMED_HASH, '$1$2')
    : text;
}
/**
 * Names of codes that identify a request, a document, a file or a disk, not a person's access:
 * «X-Request-ID», «correlationId», «traceId», «GUID извещения», «UUID диска», a file's
 * download address («…/filestore/public/1.0/download/priz/file.html?uid=4F2A…»).
 */
const NAMED_ID =
  /(?<!\p{L})(?:x-)?(?:request|correlation|trace|span|message|transaction|event|document|notice|disk|volume|partition|device|object|record|file|filestore|download|attachment)(?:[-_]?id)?(?!\p{L})|(?<!\p{L})(?:извещени|документ|диск|файл|закупк|контракт|договор|заявк|обращени|тикет|сообщени|транзакци|запрос|объект|лот|процедур|фиас|видео|вебинар|пакет|квитанци)\p{L}*|(?<!\p{L})(?:fias|video|youtu|rutube)/iu;
/** A secret named in the text: then a named code is no excuse. */
const SECRET_NAME = new RegExp(
  `${SECRET_WORDS}|auth|логин|login|учётк|учетк|учётн\\p{L}*\\s+данн|учетн\\p{L}*\\s+данн|эдо|edo|код доступа`,
  'iu',
);

/** Character references of an export or a web page: «МБОУ &quot;СОШ № 5&quot;». */
const ENTITIES: Readonly<Record<string, string>> = {
  quot: '"',
  amp: '&',
  apos: "'",
  laquo: '«',
  raquo: '»',
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  numero: '№',
};
/**
 * Public sites whose addresses name public things: a video or a group, a form. An address with
 * «?token=…» is still refused (SECRET_PARAMETER, read first).
 */
const VIDEO_HOST =
  /^https?:\/\/(?:www\.|m\.)?(?:youtube\.com|youtu\.be|rutube\.ru|vk\.com|vkvideo\.ru|ok\.ru|dzen\.ru|t\.me|forms\.yandex\.ru)(?:[/?#]|$)/i;
/** A parameter of an address that carries a secret: «?token=…», «&password=…». */
const SECRET_PARAMETER =
  /[?&#;](?:access_?token|token|api_?key|key|password|passwd|pass|pwd|secret|auth|sig|signature|session|sid)=/i;

/**
 * What a reader's text says, without the wrapping it was copied in: character references
 * («&quot;»), a messenger's marks around words («*Токен для школы 5*», «~Школа 5~», «`Солнышко`»
 * as quotes), a hashtag's «#» before a word or a ticket («#44ФЗ», «#INC12345»), the backslashes of
 * a Windows path («C:\Program Files\Crypto Pro»), and an address read as the words of its path
 * and parameters (one with «?token=…» is a token). Undefined: the text holds a secret's address.
 */
function unwrapped(text: string): string | undefined {
  let out = text;
  if (out.includes('&'))
    out = out.replace(/&(#\d{1,6}|#x[\da-f]{1,5}|[a-z]{2,8});/gi, (whole, name: string) => {
      if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : +name.slice(1);
      return code > 31 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    });
  // «vk.com/club212345678», «zakupki.gov.ru/epz/…?regNumber=…»: an address typed without its scheme.
  out = out.replace(
    /(^|[\s(«"])((?:[a-z\d-]+\.)+(?:ru|su|com|net|org|gov|be|me)\/)/gi,
    '$1https://$2',
  );
  if (/https?:\/\//i.test(out)) {
    let secretAddress = false;
    // Its path and parameters stay, as words: a GUID or a token in them is still found.
    out = out.replace(/https?:\/\/\S+/gi, (url) => {
      if (SECRET_PARAMETER.test(url) || URL_CREDENTIALS.test(url)) secretAddress = true;
      // A video's or a group's id on a public site («youtu.be/Xk3pQ9mW2zL») is no secret.
      if (VIDEO_HOST.test(url)) return ' ';
      // Kept glued by «/», so that two parts of it never read as a login and its password.
      return ` ${url.replace(/^https?:\/\/[^/\s?#]*/i, '').replace(/[/?&=#]+/g, '/')} `;
    });
    if (secretAddress) return undefined;
  }
  if (/[A-Za-z]:\\|\\\\[\w.-]|HKEY_[A-Z_]+\\|[А-ЯЁа-яё]{2,}\\[\p{L}\d]/u.test(out))
    out = out.replace(/\\+/g, ' ');
  out = out
    .replace(/(^|[\s(«"])([*~_]{1,2})(?=\S)([^*~_\n]*?\S)\2(?=$|[\s.,;:!?)»"])/g, '$1$3')
    .replace(/`([^`\n]+)`/g, '«$1»')
    .replace(/(^|\s)#(?=(?:\S*[\u0400-\u04FF]|[A-Z]{1,4}\d+(?:\s|$)|[a-z]{3,}(?:\s|$)))/gu, '$1');
  return out;
}

/** «паорль», «парль», «пароь»: «пароль» with one letter left out, added, changed or swapped. */
function misspeltPassword(word: string): boolean {
  const a = word.toLowerCase();
  if (a[0] !== 'п' || a.length < 5 || a.length > 7 || a.startsWith('парол')) return false;
  return editDistance(a, 'пароль', 1) <= 1;
}

/**
 * A login glued to its password by a colon («ivanov_ea:zima»), or with a host after them
 * («ivanov:Qwerty123@proxy.school5.local:3128»): a login has «_», «.» or a digit, or a host follows.
 */
const LOGIN_COLON_PASSWORD =
  /(?:^|\s)(?:(?=[a-z]*[._\d])(?!(?:md5|sha-?\d*|crc32|blake2[bs]?)[:])[a-z][a-z\d._-]{2,63}:(?!(?:WARN|INFO|ERROR|DEBUG|TRACE|FATAL)\b|\/\/|\d{1,5}(?:$|[\s:,;)\]}>"'.]))[^\s:@/]{3,128}|(?!(?:mailto|tel|sip|xmpp|http|https|ftp|e-?mail):)[a-z][\w.-]{1,63}:[^\s@/:]{3,128}@[\w-]+(?:\.[\w-]+)+)(?=$|[\s:,;])/i;

/** A token's PIN or PUK by its maker's name, then digits: «Код администратора рутокена: 87654321». */
const RUTOKEN_CODE =
  /(?<!\p{L})код\s+(?:пользователя|администратора|разблокировки)(?=[^:\n]{0,40}(?:рутокен|rutoken|jacarta|джакарт|етокен|etoken|esmart|токен))[^:\n]{0,40}[:=—-]\s*\d{4,12}(?!\d)/iu;
/**
 * A lock's, a safe's or an alarm's code, or an authorisation code, with a value that has a digit:
 * «Код снятия с охраны: 4821», «Шифр сейфа: 48-21-73», «Код авторизации ЕИС: Berezka7».
 */
const LOCK_CODE =
  /(?<!\p{L})(?:код|шифр)\s+(?:доступа|снятия|охраны|сейфа|разблокировки|авторизации|домофона|замка|сигнализации)(?=[^:=\n]{0,40}[:=])[^:=\n]{0,40}[:=]\s*(?=[\w-]*\d)[\w-]{4,}/iu;
/**
 * A signature token's new PIN said without its name: the token named, then a verb of setting it
 * and four to ten digits right after it («Рутокен директора: стандартный сменили, поставили
 * 83917265»). Not a date or a year («заменили на новый 2026 года»: «новый» is no verb here).
 */
const DEVICE_CODE_SET =
  /(?:рутокен|rutoken|jacarta|джакарт|etoken|етокен|esmart)[^\n]{0,80}?(?<![а-яёa-z])(?:смени[а-яё]*|постави[а-яё]*|установи[а-яё]*|зада[а-яё]*|теперь)[\s:—-]+(?:на\s+)?\d{4,10}(?![\d.,/-])(?!\s*г(?:од|\.|\s|$))/i;
/**
 * A value dictated sign by sign, as written down from a call: eight signs or more between commas,
 * with a digit said as a word or a letter's case («большая Дэ, е, т, с, а, д, два, ноль, …»), Latin
 * letters by their names too («большая дабл-ю», «кью»), and signs by theirs («собака», «решётка»).
 */
const SPOKEN_SIGN =
  '(?:(?:больш[а-яё]*|маленьк[а-яё]*|заглавн[а-яё]*|строчн[а-яё]*|прописн[а-яё]*)\\s+)?(?:восклицательный знак|вопросительный знак|нижнее подч[её]ркивание|подч[её]ркивание|четыре|восемь|девять|собака|реш[её]тка|зв[её]здочка|доллар|процент|амперсанд|[а-яёa-z]{1,5}(?:-[а-яёa-z]{1,2})?|\\d)';
// Letters as [а-яёa-z] under «i», not \p{L} under «iu»: Unicode case folding of \p{L} made the
// first run of this pattern cost 19 ms in Node (a long task at 4× CPU).
const DICTATED = new RegExp(
  `(?<![а-яёa-z])${SPOKEN_SIGN}(?:\\s*,\\s*${SPOKEN_SIGN}){7,}(?![а-яёa-z])`,
  'i',
);
/** Digits said as words, as a phone's dictation writes them. */
const DIGIT_WORD = '(?:ноль|нуль|один|одна|два|две|три|четыре|пять|шесть|семь|восемь|девять)';
/** Digit words said together, each but the last. */
const DIGIT_RUN = new RegExp(`(?<![а-яё])(${DIGIT_WORD})\\s+(?=${DIGIT_WORD}(?![а-яё]))`, 'gi');
/**
 * The text as a dictated value reads, sign by sign: digits said together split apart («ноль ноль
 * семь» → «ноль, ноль, семь») and a letter explained by a word said once («эс как доллар» → «эс»).
 */
function dictation(text: string): string {
  return text
    .replace(DIGIT_RUN, '$1, ')
    .replace(/(?<![а-яёa-z])([а-яёa-z]{1,5})\s+как\s+[а-яёa-z]+/gi, '$1');
}
/**
 * A PIN or PUK said as four digit words or more: «пин-код от флешки пять восемь два ноль один
 * девять».
 */
const SPOKEN_PIN = new RegExp(
  `(?<![а-яёa-z])(?:пин|pin|пук|puk)[^\\n]{0,60}?(?<![а-яё])${DIGIT_WORD}(?:[\\s,]+${DIGIT_WORD}){3,}(?![а-яё])`,
  'i',
);
const SPOKEN_MARK =
  /(?<!\p{L})(?:ноль|нуль|один|два|три|четыре|пять|шесть|семь|восемь|девять|больш\p{L}*|заглавн\p{L}*|прописн\p{L}*)(?!\p{L})/giu;
/** A BitLocker recovery key: eight groups of six digits. */
const RECOVERY_KEY = /(?<!\d)\d{6}(?:-\d{6}){7}(?!\d)/;
/** A base32 secret of an authenticator in groups of four («DDLW INJY BF4N N3XM …»). */
const BASE32_GROUPS = /(?<![A-Z2-7])(?:[A-Z2-7]{4} ){5,}[A-Z2-7]{4}(?![A-Z2-7])/;

/** «Л/П от ЕИС buh_school5 / Ромашка», «л/п: ivanova / berezka», «лог./пар. ivanova / …». */
const SLASHED_PAIR =
  /(?<!\p{L})(?:л\/п|l\/p|лог\.?\/пар\.?)(?!\p{L})[^\n/]{0,40}?(?<![\p{L}\d])[a-z][a-z\d._-]{2,}\s*\/\s*\S{3,}/iu;

/**
 * A login and its password given to a command or kept in its file: «curl -u ivanova:Solnce»,
 * «mysql -u eis -pBerezka», «sqlcmd -U sa -P Berezka», «--password=…», «sshpass -p …», a
 * .pgpass line «host:5432:db:user:password».
 */
const COMMAND_CREDENTIALS =
  /(?:^|\s)IDENTIFIED\s+BY\s+(?:PASSWORD\s+)?'[^'\s]{3,}'|ConvertTo-SecureString\s+(?:-String\s+)?["'][^"'\s]{3,}["']|(?:^|\s)[/-]p:\S{3,}|(?:^|\s)(?:-u|--user)[ =]?(?!\d+:\d+(?:\s|$))[^\s:]+:\S{3,}|(?:^|\s)-u ?\S+ +-p\S{3,}|(?:^|\s)-U ?\S+ +-P ?\S{3,}|(?:^|\s)--password[= ](?![$%])\S{3,}|(?:^|\s)sshpass +-p ?\S{3,}|^[\w.-]+:(?:\d{2,5}|\*):[\w*.-]+:[\w.-]+:\S{3,}$/;

/**
 * Texts judged ordinary, each judged once: a page reads the same organisation names and reminder
 * labels again with every decode of them (100 organisations: hundreds of judgements on
 * «Мой прогресс»). A refused or doubtful text is never kept, not even here.
 */
const judgedOrdinary = new Set<string>();
const MAX_REMEMBERED = 2000;
/** Names and labels are short; a pasted page is judged anew rather than kept. */
const REMEMBERED_LENGTH = 200;

/**
 * Judge a label: 'secret' (refuse), 'doubt' (ask the reader) or 'ok'. Reads at most
 * MAX_CHECKED characters; never throws.
 */
export function judgeLabel(input: string): Judgement {
  if (typeof input !== 'string') return { verdict: 'ok' };
  if (judgedOrdinary.has(input)) return { verdict: 'ok' };
  const judgement = judgeAnew(input);
  if (judgement.verdict === 'ok' && input.length <= REMEMBERED_LENGTH) {
    if (judgedOrdinary.size >= MAX_REMEMBERED) judgedOrdinary.clear();
    judgedOrdinary.add(input);
  }
  return judgement;
}

function judgeAnew(input: string): Judgement {
  const secret = (kind: SecretKind): Judgement => ({
    verdict: 'secret',
    kind,
    reason: SECRET_REASONS[kind],
  });
  const folded = foldText(input.slice(0, MAX_CHECKED));
  // An address with a login and password in it: «https://user:pa55w0rd@zakupki.gov.ru».
  if (URL_CREDENTIALS.test(folded)) return secret('credentials');
  const plain = unwrapped(folded);
  if (plain === undefined) return secret('token');
  const text = withoutPlainCodes(withoutHashes(withoutElementTags(plain)))
    .replace(/\s+/g, ' ')
    .trim();
  if (!text) return { verdict: 'ok' };
  // A long code named as a request's, a document's or a disk's («X-Request-ID: …», «GUID
  // извещения …») with no secret's name in the text: asked about, not refused.
  const named = NAMED_ID.test(text) && !SECRET_NAME.test(text);
  const guarded = (kind: SecretKind): Judgement =>
    named && (kind === 'guid' || kind === 'token')
      ? { verdict: 'doubt', kind, reason: DOUBT_REASONS.named }
      : secret(kind);

  // Whole-text shapes, read with look-alikes folded into Latin (and into hex for the GUID).
  const tokens = text.split(' ');
  // Only words that could be part of a value are folded: Latin letters, a long number, or the
  // «2» an ЭДО operator code starts with.
  const valueLike = (t: string) => /[A-Za-z]|\d{3}|^2/.test(t);
  const latinView = tokens.map((t) => (valueLike(t) ? fold(t, TO_LATIN) : t)).join(' ');
  const hexView = tokens.map((t) => (valueLike(t) ? fold(fold(t, TO_HEX), TO_LATIN) : t)).join(' ');
  if (hasGuid(hexView)) return guarded('guid');
  // An operator code typed in lower-case Cyrillic («2вм-…») reads as its capitals.
  const codeView = tokens.map((t) => (/^2[а-яё]/i.test(t) ? fold(t.toUpperCase(), TO_LATIN) : t));
  if (hasEdo(latinView) || hasEdo(codeView.join(' '))) return secret('edo');
  if (/эдо|edo/i.test(text) && EDO_SPACED.test(text)) return secret('edo');
  // A signature token's own names for its PIN and PUK, with the token named: «Код пользователя
  // Рутокена: 582193», «Код разблокировки JaCarta: 10293847». (Each pattern is tried only when
  // its word is there: a Unicode pattern takes milliseconds to compile on its first run, and a
  // search judges every query on a fresh page.)
  if (/код/i.test(text) && RUTOKEN_CODE.test(text)) return secret('password');
  if (/код|шифр/i.test(text) && LOCK_CODE.test(text)) return secret('password');
  if (/токен|token|jacarta|джакарт|esmart/i.test(text) && DEVICE_CODE_SET.test(text))
    return secret('password');
  const dictated = /,.*,.*,/.test(text) ? DICTATED.exec(dictation(text))?.[0] : undefined;
  if (dictated && (dictated.match(SPOKEN_MARK) ?? []).length >= 2) return secret('password');
  if (/пин|pin|пук|puk/i.test(text) && SPOKEN_PIN.test(text)) return secret('password');
  if (RECOVERY_KEY.test(text)) return secret('token');
  const base32 = BASE32_GROUPS.exec(text)?.[0];
  if (base32 && base32.split(' ').filter((g) => /\d/.test(g)).length >= 2) return secret('token');
  // «л/п: ivanova / berezka»: a login and a password, named by their abbreviation.
  if (/[лlг]\.?\//i.test(text) && SLASHED_PAIR.test(text)) return secret('credentials');
  if (/eyJ[\w-]{8,}\.[\w-]{4,}\./.test(latinView)) return secret('token');
  if (LOGIN_COLON_PASSWORD.test(text) || COMMAND_CREDENTIALS.test(text))
    return secret('credentials');

  // A copy's number before a file's extension («…_final(2).docx») keeps the name one word.
  const list = words(text.replace(/\(\d{1,3}\)(?=\.[a-z\d]{2,4}(?:$|[\s,;]))/gi, ''));
  let best = NONE;
  let doubtReason: string = DOUBT_REASONS.mixed;
  const consider = (s: Score, reason: string) => {
    if (s.score > best.score) {
      best = s;
      doubtReason = reason;
    }
  };
  let loginKeyword = false;
  list.forEach((word, i) => {
    consider(word.score, DOUBT_REASONS.mixed);
    let type = word.keyword;
    // «доступа» names a password only as «код доступа»: not «Права доступа: Администратор».
    if (type && skeleton(word.text) === ACCESS && !/^код/i.test(list[i - 1]?.text ?? ''))
      type = undefined;
    if (!type && misspeltPassword(word.text.replace(/[.!?]+$/, ''))) type = 'password';
    if (type) {
      loginKeyword ||= type === 'login';
      consider(
        keywordScore(list, i, type),
        type === 'login' ? DOUBT_REASONS.login : DOUBT_REASONS.keyword,
      );
    }
    consider(pairScore(list, i), DOUBT_REASONS.login);
  });
  // A password split in two at a line's end or by a space («Kx7m Pq2z»), or typed a character at
  // a time («K x 7 m P q 2 z»): capitals, small letters and digits, two of each at least.
  list.forEach((word, i) => {
    const next = list[i + 1];
    const pair =
      next &&
      !word.last &&
      !next.marked &&
      [word.text, next.text].some((t) => /[A-Za-z]\d+[A-Za-z]/.test(t)) &&
      !isProduct(word.text.toLowerCase()) &&
      /^[A-Za-z\d]{3,6}$/.test(word.text) &&
      /^[A-Za-z\d]{3,6}$/.test(next.text)
        ? word.text + next.text
        : undefined;
    // A run of single characters is read once, from its start: a long run stays linear.
    const single = (w: Word | undefined) => w !== undefined && Array.from(w.text).length === 1;
    const run = single(word) && !single(list[i - 1]) ? spelledOut(list, i) : undefined;
    const groups = equalGroups(list, i);
    for (const joined of [pair, run, groups]) {
      if (
        joined &&
        count(joined, /[A-Z]/g) >= 2 &&
        count(joined, /[a-z]/g) >= 2 &&
        count(joined, /\d/g) >= 2 &&
        wordScore(joined).score >= 1
      )
        consider({ score: 1, kind: 'password' }, DOUBT_REASONS.mixed);
    }
  });
  // Hex or mixed groups typed with spaces: «9f8e 7d6c 5b4a 3f2e».
  const grouped = groupedToken(hexView, latinView);
  if (grouped) consider({ score: 1, kind: 'token' }, DOUBT_REASONS.mixed);

  if (best.score >= SECRET) {
    const kind = loginKeyword && best.kind === 'password' ? 'credentials' : best.kind;
    return guarded(kind);
  }
  if (best.score >= DOUBT) return { verdict: 'doubt', kind: best.kind, reason: doubtReason };
  return { verdict: 'ok' };
}

/**
 * Three or more groups of the same length (two to four Latin letters or digits) from `at`, joined:
 * a password copied in groups («Kx 7m Pq 2z»). Read from a run's start only, so a long run stays
 * linear; groups of different lengths («i5 8GB DDR4», «Win 10 Pro») are not one value.
 */
function equalGroups(list: Word[], at: number): string | undefined {
  const chunk = /^[A-Za-z\d]{2,4}$/;
  const first = list[at]!;
  const before = list[at - 1];
  if (!chunk.test(first.text) || (before && !before.last && chunk.test(before.text))) return;
  let joined = first.text;
  let n = 1;
  for (let j = at + 1; j < list.length && n < 8; j += 1) {
    const w = list[j]!;
    if (list[j - 1]!.last || w.marked || w.text.length !== first.text.length || !chunk.test(w.text))
      break;
    joined += w.text;
    n += 1;
  }
  return n >= 3 ? joined : undefined;
}

/**
 * Hex or mixed letter-and-digit groups typed with spaces. A mixed group needs a digit as typed
 * (`latinView`): «o» read as «0» makes a run of words in translit («srok tokenu chtoby potom»)
 * look like one.
 */
function groupedToken(hexView: string, latinView: string): boolean {
  const groups = hexView.split(/[ -]+/);
  const typed = latinView.split(/[ -]+/);
  for (let i = 0; i < groups.length; i += 1) {
    let joined = '';
    for (let j = i; j < groups.length; j += 1) {
      const g = groups[j]!;
      const hex = /^[0-9a-f]{4,8}$/i.test(g);
      const digit = /\d/.test(typed.length === groups.length ? typed[j]! : g);
      const mixed = /^[0-9A-Za-z]{2,8}$/.test(g) && digit && /[A-Za-z]/.test(g);
      if (!hex && !mixed) break;
      joined += g;
      if (j > i && joined.length >= 16 && /[A-Za-z]/.test(joined) && /\d/.test(joined)) return true;
    }
  }
  return false;
}

/**
 * The guard's first run, cut into steps for a caller that runs each in a task of its own (the
 * search dialog, before its first answer): a pattern is compiled the first time it runs, once for
 * Latin and once for other text, and the first judgement of all compiles dozens (12 ms in Node,
 * 50–70 ms on a slow computer). Each step runs one stage of judgeLabel on a short text; after the
 * last, judgeLabel runs whole. Changes no state but V8's caches.
 */
export function guardWarmUp(): (() => void)[] {
  const texts = ['я', 'q', 'Я1'];
  return [
    () => texts.forEach((t) => unwrapped(foldText(t))),
    () => texts.forEach((t) => withoutHashes(withoutElementTags(t))),
    ...[NAMED_ID, SECRET_NAME].flatMap((re) => texts.slice(0, 2).map((t) => () => re.test(t))),
    () => texts.forEach((t) => hasGuid(t) || hasEdo(t) || EDO_SPACED.test(t)),
    () => texts.forEach((t) => LOGIN_COLON_PASSWORD.test(t) || COMMAND_CREDENTIALS.test(t)),
    ...texts.map((t) => () => segmentScore(t)),
    ...texts.map((t) => () => wordScore(t)),
    ...texts.map((t) => () => keywordType(t)),
    ...texts.map((t) => () => words(t)),
    () => words('пароль: Qw12er'),
    // The patterns tried only when their word is there: a query with «токен» or «код» paid for
    // their first run (10 ms in Node for «токен школы», round 34).
    () => DEVICE_CODE_SET.test('токен'),
    () => RUTOKEN_CODE.test('код'),
    () => LOCK_CODE.test('код'),
    () => DICTATED.test(dictation('а, б, в')),
    () => SPOKEN_PIN.test('пин'),
    ...texts.map((t) => () => judgeAnew(t)),
    () => judgeAnew('токен для школы'),
  ];
}

/**
 * What kind of secret a text looks like (high confidence only), or `undefined` when it is an
 * ordinary label or merely doubtful.
 */
export function findSecret(input: string): SecretKind | undefined {
  const judgement = judgeLabel(input);
  return judgement.verdict === 'secret' ? judgement.kind : undefined;
}

export const isSecretLike = (text: string): boolean => findSecret(text) !== undefined;
