/**
 * The one guard that keeps passwords, tokens and identifiers out of everything the site writes:
 * browser storage, exported files, calendar files and URLs. Every path in and out asks
 * `findSecret` (reminder labels on add and edit, import, decoding stored data, export, search
 * highlight terms).
 *
 * ЕИС does not publish the format of its tokens, passwords or ЭДО identifiers, so the guard
 * refuses shapes: anything a reader could paste from ЛК ЕИС or Web-Торги-КС by mistake. It is
 * tuned to let through the labels people really write (names of organisations, ИНН and КПП
 * separated by spaces, dates) — see tests/unit/secret-guard.test.ts for both lists.
 */

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

/** The message shown when a reminder label is refused. */
export function secretMessage(kind: SecretKind): string {
  return `Подпись не сохранена: ${SECRET_REASONS[kind]}. Не вводите сюда токен, идентификатор или пароль — напишите, например, краткое название организации.`;
}

// Cyrillic letters that look like Latin ones, as typed in the Russian layout by mistake.
const CYRILLIC = 'АВСЕНКМОРТХУавсеорхуІіЈјЅѕԀԁ';
const LATIN = 'ABCEHKMOPTXYabceopxyIiJjSsdd';
const toLatin = (text: string) =>
  text.replace(/[А-Яа-яІіЈјЅѕԀԁ]/g, (ch) => {
    const i = CYRILLIC.indexOf(ch);
    return i === -1 ? ch : LATIN[i]!;
  });

/** Fold what hides a secret: compatibility forms (full-width), zero-width and soft hyphens. */
export function normalize(text: string): string {
  // «№» would become «No» under NFKC and look like letters; it is a number sign, so a space.
  return text
    .replace(/№/g, ' ')
    .normalize('NFKC')
    .replace(/[\u00AD\u200B-\u200F\u2060\uFEFF]/g, '');
}

const HEX = '[0-9a-fA-F]';
const SEP = '[\\s\\-–—_]*';
const GUID = new RegExp(`${HEX}{8}${SEP}${HEX}{4}${SEP}${HEX}{4}${SEP}${HEX}{4}${SEP}${HEX}{12}`);
const hasLetter = (s: string) => /[a-zA-Z]/.test(s);
const hasDigit = (s: string) => /\d/.test(s);

/** ЭДО participant identifiers start with an operator code such as 2BM- (Latin or Cyrillic). */
const EDO = /(?:^|[^0-9A-Za-z])2[0-9A-Z]{2}-[0-9A-Za-z-]{4,}/;

const KEYWORD_VALUE =
  /(?:пароль|password|passwd|pwd|парол|pass|логин\s*\/\s*пароль|login\s*\/\s*password)\s*[:=]\s*\S/i;
/** «пароль qwerty», «password 12345678»: the word after is Latin or digits, not a Russian word. */
const KEYWORD_LATIN_VALUE =
  /(?:пароль|паролем|пароля|password|passwd|pwd)\s+[-—–]?\s*[A-Za-z0-9!@#$%^&*._+=~]{4,}(?:\s|$)/i;
const PAIR_KEYWORDS =
  /(?:логин|login|user(?:name)?)\s*[:=]?\s*[A-Za-z0-9._@-]{2,}[\s,;]+(?:пароль|password|pwd|pass)\s*[:=]?\s*\S/i;

/** Chunks of a text that could be one pasted value: split on anything not in tokens. */
const chunks = (text: string) => text.split(/[^0-9A-Za-z+/=_.~-]+/).filter(Boolean);

function isTokenRun(run: string): boolean {
  const core = run.replace(/^[._~-]+|[._~=-]+$/g, '');
  // JWT: three base64url parts, the first a JSON header.
  if (/^eyJ[\w-]{5,}\.[\w-]{5,}\.[\w-]*$/.test(core)) return true;
  // Long hex (keys, hashes, GUIDs without dashes).
  if (new RegExp(`^${HEX}{16,}$`).test(core) && hasLetter(core) && hasDigit(core)) return true;
  if (new RegExp(`^${HEX}{24,}$`).test(core)) return true;
  // Base64 / base64url and other random runs: letters and digits mixed, 12 or more.
  const alnum = core.replace(/[+/=_.~-]/g, '');
  if (alnum.length >= 12 && hasLetter(alnum) && hasDigit(alnum) && /^[\w+/=.~-]+$/.test(core)) {
    // «Web-Торги-КС» style words are split by the chunker; what is left is one unbroken value.
    return true;
  }
  // Long base64 runs even without digits (mixed case, 20+).
  if (alnum.length >= 20 && /[a-z]/.test(alnum) && /[A-Z]/.test(alnum)) return true;
  return false;
}

/** A token typed in groups: «3f2a 9b1c 77de 0a4f …» — 16+ characters over 3+ short groups. */
function isGroupedToken(text: string): boolean {
  const groups = text.split(/\s+/);
  for (let i = 0; i < groups.length; i += 1) {
    let joined = '';
    let count = 0;
    for (let j = i; j < groups.length; j += 1) {
      const g = groups[j]!;
      if (!/^[0-9A-Za-z]{2,8}$/.test(g)) break;
      joined += g;
      count += 1;
      if (count >= 3 && joined.length >= 16 && hasLetter(joined) && hasDigit(joined)) return true;
    }
  }
  return false;
}

const CLASS_TESTS = [
  (s: string) => /\p{Ll}/u.test(s),
  (s: string) => /\p{Lu}/u.test(s),
  (s: string) => /\d/.test(s),
  // Symbols, but not those that ordinary names and numbers use: hyphen, №, dot, comma, slash
  // between numbers is checked with the word as a whole.
  (s: string) => /[^\p{L}\d\-–—№.,«»"'()[\]{}:;]/u.test(s),
];

/** 8+ characters without spaces mixing at least three of: lower, upper, digits, symbols. */
function isPasswordWord(word: string): boolean {
  const core = word.replace(/^[«»"'„“”()[\]{}<>,.;:!?]+|[«»"'„“”()[\]{},.;:]+$/g, '');
  if (core.length < 8) return false;
  const classes = CLASS_TESTS.filter((test) => test(core)).length;
  if (classes >= 3) return true;
  // Symbols in the middle of a word together with digits and letters: «P@ssw0rd», «qwerty!23».
  return /[@#$%^&*!?+=~|\\]/.test(core.slice(1)) && /\d/.test(core) && /\p{L}/u.test(core);
}

/**
 * What kind of secret a text looks like, or `undefined` when it looks like an ordinary label.
 */
export function findSecret(input: string): SecretKind | undefined {
  if (typeof input !== 'string' || !input.trim()) return undefined;
  // Labels are short; a long text is judged by its start, which keeps every check linear.
  const text = normalize(input.slice(0, MAX_CHECKED));
  const latin = toLatin(text);
  if (GUID.test(latin)) {
    const m = GUID.exec(latin)![0];
    if (hasLetter(m)) return 'guid';
  }
  // 32 hex digits anywhere once separators are gone (a GUID typed with odd separators).
  const squeezed = latin.replace(/[\s{}()[\]\-–—_"'«»]/g, '');
  const hex32 = new RegExp(`${HEX}{32}`).exec(squeezed);
  if (hex32 && hasLetter(hex32[0])) return 'guid';
  if (EDO.test(latin)) return 'edo';
  if (KEYWORD_VALUE.test(text) || KEYWORD_LATIN_VALUE.test(text)) return 'password';
  if (PAIR_KEYWORDS.test(text)) return 'credentials';
  for (const pair of text.matchAll(/([^\s/|]+)\s*[/|]\s*([^\s/|]+)/g)) {
    if (/[\p{L}\d]{3,}/u.test(pair[1]!) && isPasswordWord(pair[2]!)) return 'credentials';
  }
  for (const run of chunks(text)) if (isTokenRun(run)) return 'token';
  // The same runs with Cyrillic look-alikes read as Latin, when the run has Latin letters too.
  for (const run of chunks(latin)) {
    if (run.length >= 16 && isTokenRun(run) && /[A-Za-z]/.test(run)) {
      const original = text.slice(latin.indexOf(run), latin.indexOf(run) + run.length);
      if (/[A-Za-z]/.test(original) && hasDigit(original)) return 'token';
    }
  }
  if (isGroupedToken(text) || isGroupedToken(latin)) return 'token';
  for (const word of text.split(/\s+/)) if (isPasswordWord(word)) return 'password';
  return undefined;
}

export const isSecretLike = (text: string): boolean => findSecret(text) !== undefined;
